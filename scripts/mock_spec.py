"""Writes the copy of openapi.yaml that Prism serves to the generated tests.

Two things Prism 5 cannot do are adapted here, and only here:

- It routes only the methods OpenAPI 3.1 names, so each operation declared under the path-item
  extension `x-query` (HTTP QUERY) is served as `post` at the same path under the prefix
  `/x-query` (`QUERY /models` as `POST /x-query/models`: `/models` has a `post` of its own). The
  test client rewrites those requests the same way on the wire (see tests/conftest.py).
- It ignores multipart `encoding`, so a part sent as `application/json` reaches its validator as
  a string. Such parts are declared as strings holding JSON in the copy.

Everything else about each request is validated against the spec unchanged.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

QUERY_PATH_PREFIX = "/x-query"


def serve_query_as_post(spec: dict[str, Any]) -> None:
    paths: dict[str, Any] = spec.get("paths", {})
    for path, item in list(paths.items()):
        if "x-query" in item:
            served: dict[str, Any] = {"post": item.pop("x-query")}
            if "parameters" in item:
                served["parameters"] = item["parameters"]
            paths[QUERY_PATH_PREFIX + path] = served


def declare_json_parts_as_strings(spec: dict[str, Any]) -> None:
    for item in spec.get("paths", {}).values():
        for operation in item.values():
            if not isinstance(operation, dict):
                continue
            content = operation.get("requestBody", {}).get("content", {})
            multipart = content.get("multipart/form-data")
            if not multipart:
                continue
            properties = multipart.get("schema", {}).get("properties", {})
            for name, encoding in multipart.get("encoding", {}).items():
                if encoding.get("contentType") == "application/json" and name in properties:
                    properties[name] = {"type": "string", "contentMediaType": "application/json"}


def main() -> None:
    import yaml

    source, target = Path(sys.argv[1]), Path(sys.argv[2])
    spec = yaml.safe_load(source.read_text(encoding="utf-8"))
    serve_query_as_post(spec)
    declare_json_parts_as_strings(spec)
    target.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")


if __name__ == "__main__":
    main()
