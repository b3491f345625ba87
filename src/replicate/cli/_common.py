"""What every command shares: exit codes, the client, JSON output and turning errors into messages.

Nothing here imports the SDK at module level, so `replicate --help` stays fast; the client and the
error classes are imported when a command actually runs.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, List, Optional, Tuple, TypeVar, cast

from .._env import BASE_URL_ENV_VAR, DEFAULT_BASE_URL, TOKEN_ENV_VAR

if TYPE_CHECKING:
    from .._client import Replicate

__all__ = [
    "EXIT_API",
    "EXIT_MODEL",
    "EXIT_OK",
    "EXIT_USAGE",
    "CommandError",
    "Handler",
    "add_common_options",
    "add_limit_option",
    "dump_json",
    "make_client",
    "parse_model_name",
    "print_fields",
    "run_handler",
    "take",
    "to_data",
]

EXIT_OK = 0
EXIT_MODEL = 1  # the prediction or training failed or was canceled
EXIT_USAGE = 2  # bad arguments or configuration: nothing (billable) was sent
EXIT_API = 3  # the API answered with an error, or could not be reached

TOKEN_HELP = (
    "No API token: set the REPLICATE_API_TOKEN environment variable, e.g.\n"
    "  export REPLICATE_API_TOKEN=r8_...\n"
    "(create one at https://replicate.com/account/api-tokens). To try the CLI without an "
    "account, start a local server with `python -m replicate.testing` and use the "
    "REPLICATE_BASE_URL and REPLICATE_API_TOKEN it prints."
)

Handler = Callable[[argparse.Namespace], int]
_T = TypeVar("_T")


class CommandError(Exception):
    """A failure the command explains itself: `message` goes to stderr, `exit_code` to the shell."""

    def __init__(self, message: str, exit_code: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.message = message
        self.exit_code = exit_code


def add_common_options(parser: argparse.ArgumentParser, *, top_level: bool = False) -> None:
    """`--base-url` and `--json`, accepted before or after the subcommand."""
    # SUPPRESS keeps a value given before the subcommand from being reset by the subparser's default.
    default: Any = argparse.SUPPRESS
    parser.add_argument(
        "--base-url",
        metavar="URL",
        default=default,
        help=f"API base URL (default: ${BASE_URL_ENV_VAR}, else https://api.replicate.com/v1)",
    )
    parser.add_argument(
        "--json", action="store_true", default=default, help="print machine-readable JSON on stdout"
    )


def add_limit_option(parser: argparse.ArgumentParser, default: int = 50) -> None:
    parser.add_argument(
        "--limit",
        type=_limit,
        default=default,
        metavar="N",
        help=f"show at most N items, following pages as needed (default: {default}; 0: all)",
    )


def _limit(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        raise argparse.ArgumentTypeError(f"--limit must be 0 (all) or a positive number, not {text!r}")
    return value


def make_client(args: argparse.Namespace) -> Replicate:
    """The SDK client for these arguments; a missing token is a usage error, before any request."""
    if not os.environ.get(TOKEN_ENV_VAR):
        raise CommandError(TOKEN_HELP, EXIT_USAGE)
    from .._client import Replicate

    base_url: Optional[str] = getattr(args, "base_url", None)
    return Replicate(base_url=base_url or None)


def parse_model_name(value: str, what: str = "model") -> Tuple[str, str]:
    owner, slash, name = value.partition("/")
    if not slash or not owner or not name or "/" in name:
        raise CommandError(f"Expected a {what} as owner/name, got {value!r}.", EXIT_USAGE)
    return owner, name


def take(items: Iterable[_T], limit: int) -> Iterator[_T]:
    """At most `limit` items (all when `limit` is 0), without fetching pages beyond them."""
    for count, item in enumerate(items, start=1):
        yield item
        if limit and count >= limit:
            return


def to_data(value: object) -> Any:
    """An SDK model (or a list of them) as plain JSON data, keyed as the API keys it."""
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    if isinstance(value, (list, tuple)):
        return [to_data(item) for item in cast("List[object]", value)]
    return value


def dump_json(value: object) -> None:
    sys.stdout.write(json.dumps(to_data(value), indent=2, default=str) + "\n")
    sys.stdout.flush()


def print_fields(fields: List[Tuple[str, object]]) -> None:
    """`name: value` lines, aligned, skipping empty values; nested values as compact JSON."""
    present = [(name, value) for name, value in fields if value is not None and value != ""]
    width = max((len(name) for name, _ in present), default=0)
    for name, value in present:
        text = value if isinstance(value, str) else json.dumps(to_data(value), default=str)
        print(f"{name + ':':<{width + 1}} {text}")


def run_handler(handler: Handler, args: argparse.Namespace) -> int:
    """Run a command, turning every expected failure into a message on stderr and an exit code."""
    try:
        return handler(args)
    except CommandError as exc:
        _error(exc.message)
        return exc.exit_code
    except Exception as exc:
        exit_code = _explain(exc, args)
        if exit_code is None:
            raise
        return exit_code


def _explain(exc: Exception, args: argparse.Namespace) -> Optional[int]:
    """Say what an SDK error means and return its exit code; None for any other exception. The
    SDK's errors (and httpx) are imported only here, so commands that need no API start faster."""
    from .. import _exceptions as errors

    if isinstance(exc, errors.MissingAPITokenError):
        _error(TOKEN_HELP)
        return EXIT_USAGE
    if isinstance(exc, errors.AuthenticationError):
        _error(
            f"The API rejected your token ({exc.status_code}): check REPLICATE_API_TOKEN "
            "(tokens are listed at https://replicate.com/account/api-tokens)" + _request_id(exc) + "."
        )
        return EXIT_API
    if isinstance(exc, errors.PermissionDeniedError):
        _error(f"Your token may not do this ({exc}). Check that the account owns what you asked for.")
        return EXIT_API
    if isinstance(exc, errors.NotFoundError):
        _error(f"Not found ({exc}). Check the name or id.")
        return EXIT_API
    if isinstance(exc, errors.RateLimitError):
        _error(f"Rate limited ({exc}). Wait a little and try again.")
        return EXIT_API
    if isinstance(exc, errors.APIStatusError):
        _error(f"The API returned an error: {exc}")
        return EXIT_API
    if isinstance(exc, errors.APIConnectionError):
        _error(
            f"Could not reach the API at {_base_url(args)}: {exc.message} "
            "Check your network connection, or --base-url / REPLICATE_BASE_URL."
        )
        return EXIT_API
    if isinstance(exc, errors.ModelError):
        _error(str(exc))
        return EXIT_MODEL
    if isinstance(exc, errors.ReplicateError):
        _error(str(exc))
        return EXIT_API
    return None


def _error(message: str) -> None:
    sys.stderr.write(f"replicate: error: {message}\n")
    sys.stderr.flush()


def _request_id(exc: Any) -> str:
    request_id = getattr(exc, "request_id", None)
    return f" (request id: {request_id})" if request_id else ""


def _base_url(args: argparse.Namespace) -> str:
    return getattr(args, "base_url", None) or os.environ.get(BASE_URL_ENV_VAR) or DEFAULT_BASE_URL
