"""`python -m codegen [--check]`: regenerate the client, or verify the tree is current.

`python -m codegen diff OLD.yaml NEW.yaml`: what a spec change means for SDK users (see diff_cli.py).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Dict, List, Optional

from .build import build_api
from .config import load_config
from .diff_cli import diff_main
from .ir import Api
from .load import SpecError, parse_spec
from .output import compare, format_files, write
from .render import render_all

__all__ = ["generate", "generated_dirs", "main"]

REPO_ROOT = Path(__file__).resolve().parent.parent


def main(argv: Optional[List[str]] = None) -> int:
    arguments = sys.argv[1:] if argv is None else argv
    if arguments[:1] == ["diff"]:
        return diff_main(arguments[1:], REPO_ROOT / "codegen" / "config.yaml")
    parser = argparse.ArgumentParser(prog="python -m codegen", description=__doc__)
    parser.add_argument("--check", action="store_true", help="exit 1 if any generated file is out of date")
    parser.add_argument(
        "--root", type=Path, default=REPO_ROOT, help="repository root (default: this checkout)"
    )
    parser.add_argument(
        "--config", type=Path, default=None, help="config file (default: <root>/codegen/config.yaml)"
    )
    args = parser.parse_args(arguments)
    root: Path = args.root.resolve()
    config_path: Path = args.config or root / "codegen" / "config.yaml"
    started = time.perf_counter()
    try:
        api, files = generate(root, config_path)
    except SpecError as error:
        print(f"codegen: {error}", file=sys.stderr)
        return 2
    dirs = generated_dirs(api)
    if args.check:
        differences = compare(files, root, dirs)
        for difference in differences:
            print(f"{difference.kind}: {difference.path}")
        if differences:
            print(
                f"codegen: {len(differences)} generated file(s) out of date; run `python -m codegen`",
                file=sys.stderr,
            )
            return 1
        return 0
    changes = write(files, root, dirs)
    for change in changes:
        verb = "deleted" if change.kind == "stale" else "wrote"
        print(f"{verb} {change.path}")
    elapsed = time.perf_counter() - started
    print(
        f"codegen: {len(files)} files, {len(changes)} changed, {api.endpoint_count} endpoints, {elapsed:.2f}s"
    )
    return 0


def generate(root: Path, config_path: Path) -> tuple[Api, Dict[str, str]]:
    config = load_config(config_path)
    spec_bytes = (root / config.spec).read_bytes()
    spec = parse_spec(spec_bytes.decode("utf-8"))
    api = build_api(spec, config, spec_bytes)
    return api, format_files(render_all(api), root / "pyproject.toml", api.package)


def generated_dirs(api: Api) -> tuple[str, ...]:
    package = f"{api.source_root}/{api.package}"
    return (f"{package}/resources", f"{package}/types", "tests/api_resources")
