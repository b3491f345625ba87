"""Writes the copy of openapi.yaml that Prism serves.

Prism 5 routes only the methods OpenAPI 3.1 names, so each operation declared under the
path-item extension `x-query` (HTTP QUERY) is served as `post` at the same path. The generated
tests' client sends those requests as POST to the mock (see tests/conftest.py); everything else
about the request is validated unchanged.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import yaml


def prism_copy(spec: dict[str, Any]) -> dict[str, Any]:
    for path, item in spec.get("paths", {}).items():
        if "x-query" in item:
            if "post" in item:
                raise SystemExit(f"{path}: has both post and x-query; Prism cannot serve both")
            item["post"] = item.pop("x-query")
    return spec


def main() -> None:
    source, target = Path(sys.argv[1]), Path(sys.argv[2])
    spec = yaml.safe_load(source.read_text(encoding="utf-8"))
    target.write_text(yaml.safe_dump(prism_copy(spec), sort_keys=False), encoding="utf-8")


if __name__ == "__main__":
    main()
