"""Validates responses against the response schemas /work/main/openapi.yaml declares, read at run time."""

from __future__ import annotations

import copy
import functools
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, List, Optional, Tuple

import httpx
import jsonschema
import yaml
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

SPEC_PATH = Path(__file__).resolve().parents[2] / "openapi.yaml"
SPEC_URI = "urn:replicate-openapi"
METHODS = ("get", "put", "post", "delete", "patch", "x-query")


# Where the server knowingly differs from openapi.yaml, pending the lead's decision (see the report):
# (method, path template, status, problem prefix) -> why the server does what it does.
KNOWN_MISMATCHES = {
    ("GET", "/files/{file_id}/download", "200", "content type"): (
        "the server answers with the file's own content type; the spec declares only application/octet-stream"
    ),
}


@dataclass(frozen=True)
class Operation:
    method: str
    template: str
    pattern: re.Pattern[str]
    definition: Dict[str, Any]


def _absolute_refs(node: Any) -> Any:
    if isinstance(node, dict):
        return {
            key: (
                SPEC_URI + value
                if key == "$ref" and isinstance(value, str) and value.startswith("#")
                else _absolute_refs(value)
            )
            for key, value in node.items()
        }
    if isinstance(node, list):
        return [_absolute_refs(item) for item in node]
    return node


@functools.lru_cache(maxsize=1)
def load_spec() -> Tuple[Dict[str, Any], Registry]:
    spec = yaml.safe_load(SPEC_PATH.read_text())
    resolved = _absolute_refs(spec)
    registry = Registry().with_resource(
        SPEC_URI, Resource.from_contents(resolved, default_specification=DRAFT202012)
    )
    return resolved, registry


def operations() -> List[Operation]:
    spec, _ = load_spec()
    found: List[Operation] = []
    for template, item in spec["paths"].items():
        regex = "^" + re.sub(r"\{[^}]+\}", "[^/]+", template) + "$"
        for method in METHODS:
            if method in item:
                name = "QUERY" if method == "x-query" else method.upper()
                found.append(Operation(name, template, re.compile(regex), item[method]))
    return found


def find_operation(method: str, api_path: str) -> Optional[Operation]:
    for operation in operations():
        if operation.method == method.upper() and operation.pattern.match(api_path):
            return operation
    return None


def _resolve(node: Dict[str, Any]) -> Dict[str, Any]:
    spec, _ = load_spec()
    while "$ref" in node:
        pointer = node["$ref"][len(SPEC_URI) + 2 :]
        target: Any = spec
        for part in pointer.split("/"):
            target = target[part]
        node = target
    return node


def response_problems(response: httpx.Response, base_path: str = "/v1") -> List[str]:
    """Why `response` does not match the spec ([] when it does, or when the spec says nothing)."""
    request = response.request
    path = request.url.path
    if not path.startswith(base_path + "/"):
        return []
    api_path = path[len(base_path) :]
    method = request.method
    if method == "POST" and request.headers.get("content-type", "").startswith("text/plain"):
        method = "QUERY"  # the server's POST stand-in for clients that cannot send QUERY
    operation = find_operation(method, api_path)
    if operation is None:
        if response.status_code in (404, 405):
            return []
        return [f"{request.method} {api_path}: no such operation in the spec"]
    responses: Dict[str, Any] = operation.definition["responses"]
    status = str(response.status_code)
    declared = responses.get(status) or responses.get(f"{status[0]}XX") or responses.get("default")
    where = f"{request.method} {operation.template} -> {status}"
    if declared is None:
        return [f"{where}: status not declared (declared: {sorted(responses)})"]
    declared = _resolve(declared)
    content: Dict[str, Any] = declared.get("content") or {}
    media_type = response.headers.get("content-type", "").split(";")[0].strip()
    if not content:
        return (
            []
            if not response.content
            else [f"{where}: spec declares no body, got {len(response.content)} bytes"]
        )
    if media_type not in content:
        if (request.method, operation.template, status, "content type") in KNOWN_MISMATCHES:
            return []
        return [f"{where}: content type {media_type!r} not declared ({sorted(content)})"]
    schema = content[media_type].get("schema")
    if schema is None or "json" not in media_type:
        return []
    _, registry = load_spec()
    validator = jsonschema.Draft202012Validator(copy.deepcopy(schema), registry=registry)
    body = json.loads(response.content)
    return [f"{where}: {error.json_path}: {error.message}" for error in validator.iter_errors(body)]
