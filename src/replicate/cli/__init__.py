"""The `replicate` command: run models and inspect your account from the shell.

    replicate run replicate/hello-world -i text=Alice
    replicate stream replicate/llama-mock -i prompt="Tell me a story"
    replicate whoami

Exit codes: 0 success, 1 the prediction failed or was canceled, 2 usage or configuration error
(bad arguments, missing token), 3 API or network error. Only argparse and this package's own
modules load before a command runs, so `replicate --help` is fast.
"""

from __future__ import annotations

import argparse
import sys
from typing import List, Optional

from .._version import __version__
from . import account, batch, deployments, hardware, models, predictions, run, trainings
from ._common import EXIT_USAGE, add_common_options, run_handler

__all__ = ["build_parser", "main"]

EPILOG = """\
environment:
  REPLICATE_API_TOKEN   your API token (https://replicate.com/account/api-tokens)
  REPLICATE_BASE_URL    the API base URL (default https://api.replicate.com/v1)

exit codes:
  0 success, 1 the model failed (or was canceled), 2 usage error or missing token,
  3 API or network error

examples:
  replicate run replicate/hello-world -i text=Alice
  replicate run replicate/png-maker -i prompt="a sunset" -i width=128 -o out/
  replicate stream replicate/llama-mock -i prompt="Write a haiku"
  replicate run owner/captioner -i image=@photo.jpg
  replicate predictions list --json
  replicate batch owner/model inputs.jsonl -o results.jsonl --concurrency 8
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="replicate",
        description="Run machine-learning models on Replicate from the command line.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    add_common_options(parser)
    subparsers = parser.add_subparsers(title="commands", metavar="COMMAND")
    for module in (run, batch, account, models, predictions, trainings, deployments, hardware):
        module.register(subparsers)
    return parser


def main(argv: Optional[List[str]] = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    if handler is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        return run_handler(handler, args)
    except KeyboardInterrupt:
        sys.stderr.write("\nInterrupted.\n")
        return 130
    except BrokenPipeError:
        # stdout was closed early (`replicate models list | head`): not an error.
        sys.stderr.close()
        return 0
