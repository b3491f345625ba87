"""`python -m codegen diff OLD.yaml NEW.yaml`: what a spec change means for SDK users, as Markdown.

Exit status: 0 without breaking changes, 1 with, 2 when a spec cannot be built.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import List

from .build import build_api
from .config import Config, load_config
from .diff import compare_apis
from .diff_report import render_report
from .ir import Api
from .load import SpecError, parse_spec

__all__ = ["diff_main"]


def diff_main(argv: List[str], default_config: Path) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen diff", description=__doc__)
    parser.add_argument("old", type=Path, help="the spec users have now")
    parser.add_argument("new", type=Path, help="the spec about to be released")
    parser.add_argument(
        "--config", type=Path, default=default_config, help=f"config for both (default: {default_config})"
    )
    args = parser.parse_args(argv)
    config = load_config(args.config)
    try:
        old = _build(args.old, config)
        new = _build(args.new, config)
    except SpecError as error:
        print(f"codegen diff: {error}", file=sys.stderr)
        return 2
    changes = compare_apis(old, new)
    print(render_report(f"SDK changes: {args.old.name} → {args.new.name}", changes), end="")
    return 1 if any(change.breaking for change in changes) else 0


def _build(path: Path, config: Config) -> Api:
    spec_bytes = path.read_bytes()
    try:
        return build_api(parse_spec(spec_bytes.decode("utf-8")), config, spec_bytes)
    except SpecError as error:
        raise SpecError(error.location, f"{path}: {error}") from error
