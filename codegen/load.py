"""Stage 1: parse the OpenAPI document, resolve `$ref`s and reject what the generator cannot handle.

The result is the document itself as plain dicts and lists in which every `$ref` has been replaced by
the object it points to. A referenced component schema carries its component name under
`COMPONENT_NAME` so later stages can name the type after it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, Iterator, List, cast

from .all_of import merge_all_of
from .spec_error import SpecError, pointer
from .yaml_io import parse_yaml

__all__ = [
    "COMPONENT_NAME",
    "HTTP_METHODS",
    "SpecError",
    "LoadedOperation",
    "load_spec",
    "parse_spec",
    "iter_operations",
    "pointer",
    "schema_types",
]

COMPONENT_NAME = "x-codegen-component"
HTTP_METHODS = ("get", "put", "post", "delete", "patch")
QUERY_METHOD_KEY = "x-query"

Json = Dict[str, Any]

_PATH_ITEM_KEYS = {*HTTP_METHODS, QUERY_METHOD_KEY, "parameters", "summary", "description", "servers"}
_UNSUPPORTED_PATH_ITEM_KEYS = {"head", "options", "trace"}
_SUPPORTED_PARAMETER_LOCATIONS = {"path", "query", "header"}
_UNSUPPORTED_SCHEMA_KEYS = {
    "if",
    "then",
    "else",
    "dependentSchemas",
    "dependentRequired",
    "patternProperties",
    "prefixItems",
    "unevaluatedProperties",
    "unevaluatedItems",
    "contains",
    "$dynamicRef",
}
_ANNOTATION_KEYS = {"description", "title", "example", "examples"}
_SCHEMA_TYPES = {"string", "integer", "number", "boolean", "array", "object", "null"}


def schema_types(schema: Json) -> List[str]:
    """The schema's `type` as a list (3.1 allows a list), without "null"."""
    raw_type: object = schema.get("type")
    listed = cast(List[object], raw_type) if isinstance(raw_type, list) else [raw_type]
    return [str(item) for item in listed if item is not None and item != "null"]


def load_spec(path: Path) -> Json:
    return parse_spec(path.read_text(encoding="utf-8"))


def parse_spec(text: str) -> Json:
    try:
        document = parse_yaml(text)
    except ValueError as error:
        raise SpecError("", str(error)) from error
    if not isinstance(document, dict):
        raise SpecError("", "the document is not a mapping")
    spec = cast(Json, document)
    version = str(spec.get("openapi", ""))
    if not version.startswith("3."):
        raise SpecError(pointer("openapi"), f"unsupported OpenAPI version {version!r} (expected 3.x)")
    _name_components(spec)
    resolved = cast(Json, _Resolver(spec).resolve(spec, ""))
    merge_all_of(resolved)
    _validate(resolved)
    return resolved


def _name_components(spec: Json) -> None:
    schemas = spec.get("components", {}).get("schemas", {})
    for name, schema in schemas.items():
        if not isinstance(schema, dict):
            raise SpecError(pointer("components", "schemas", name), "a schema must be a mapping")
        cast(Json, schema)[COMPONENT_NAME] = name


class _Resolver:
    """Replaces each `$ref` by the very object it points to, so cycles stay finite."""

    def __init__(self, spec: Json) -> None:
        self._spec = spec
        self._done: dict[int, object] = {}

    def resolve(self, node: object, location: str) -> object:
        if isinstance(node, dict):
            mapping = cast(Json, node)
            if "$ref" in mapping:
                return self._follow(mapping, location)
            if id(mapping) in self._done:
                return mapping
            self._done[id(mapping)] = mapping
            for key in list(mapping):
                mapping[key] = self.resolve(mapping[key], location + pointer(key))
            return mapping
        if isinstance(node, list):
            items = cast(List[object], node)
            for index, item in enumerate(items):
                items[index] = self.resolve(item, location + pointer(index))
            return items
        return node

    def _follow(self, mapping: Json, location: str) -> object:
        ref = mapping["$ref"]
        if not isinstance(ref, str) or not ref.startswith("#/"):
            raise SpecError(location, f"only local references are supported, got $ref {ref!r}")
        siblings = {key: value for key, value in mapping.items() if key not in ("$ref", "summary")}
        target: object = self._spec
        for raw in ref[2:].split("/"):
            part = raw.replace("~1", "/").replace("~0", "~")
            if isinstance(target, dict) and part in target:
                target = cast(Dict[str, object], target)[part]
            elif isinstance(target, list) and part.isdigit() and int(part) < len(cast(List[object], target)):
                target = cast(List[object], target)[int(part)]
            else:
                raise SpecError(location, f"unresolvable $ref {ref!r}")
        resolved = self.resolve(target, ref[1:])
        if any(key not in _ANNOTATION_KEYS and not key.startswith("x-") for key in siblings):
            # 3.1 (and many 3.0 specs) say more next to a $ref: `nullable`, `title`, a default. The
            # target stays shared; this use of it is a one-member allOf that carries the extra keys.
            wrapper = cast(Json, self.resolve(siblings, location))
            wrapper["allOf"] = [resolved]
            return wrapper
        return resolved


@dataclass(frozen=True)
class LoadedOperation:
    path: str
    method: str  # lower case; "query" for `x-query`
    operation: Json
    parameters: list[Json]  # path-item parameters merged with the operation's own
    location: str

    @property
    def operation_id(self) -> str:
        """The spec's operationId, or one made from the method and path: `get /pets/{id}` ► `get pets id`."""
        given = self.operation.get("operationId")
        if isinstance(given, str) and given:
            return given
        words = [word for word in re.split(r"[^0-9A-Za-z]+", self.path) if word]
        return " ".join([self.method, *words])


def iter_operations(spec: Json) -> Iterator[LoadedOperation]:
    for path, item in spec.get("paths", {}).items():
        for key in (*HTTP_METHODS, QUERY_METHOD_KEY):
            if key not in item:
                continue
            location = pointer("paths", path, key)
            operation = cast(Json, item[key])
            merged: dict[tuple[str, str], Json] = {}
            for parameter in [*item.get("parameters", []), *operation.get("parameters", [])]:
                merged[(parameter["in"], parameter["name"])] = parameter
            method = "query" if key == QUERY_METHOD_KEY else key
            yield LoadedOperation(path, method, operation, list(merged.values()), location)


def _validate(spec: Json) -> None:
    paths = spec.get("paths", {})
    if not isinstance(paths, dict):
        raise SpecError(pointer("paths"), "paths must be a mapping")
    for path, item in cast(Json, paths).items():
        location = pointer("paths", path)
        if not path.startswith("/"):
            raise SpecError(location, "a path must start with '/'")
        if not isinstance(item, dict):
            raise SpecError(location, "a path item must be a mapping")
        for key in cast(Json, item):
            if key in _UNSUPPORTED_PATH_ITEM_KEYS:
                raise SpecError(location + pointer(key), f"HTTP method {key.upper()} is not supported")
            if key not in _PATH_ITEM_KEYS and not key.startswith("x-"):
                raise SpecError(location + pointer(key), f"unknown path item key {key!r}")
    seen_ids: dict[str, str] = {}
    for op in iter_operations(spec):
        _validate_operation(op, seen_ids)
    for name, schema in spec.get("components", {}).get("schemas", {}).items():
        _validate_schema(schema, pointer("components", "schemas", name), set())


def _validate_operation(op: LoadedOperation, seen_ids: dict[str, str]) -> None:
    operation_id = op.operation_id
    if operation_id in seen_ids:
        raise SpecError(op.location, f"operationId {operation_id!r} is also used at {seen_ids[operation_id]}")
    seen_ids[operation_id] = op.location
    template_names = _template_names(op.path)
    declared_path_names: set[str] = set()
    for index, parameter in enumerate(op.parameters):
        location = op.location + pointer("parameters", index)
        where = parameter.get("in")
        if where not in _SUPPORTED_PARAMETER_LOCATIONS:
            raise SpecError(location, f"parameters in {where!r} are not supported")
        if "schema" not in parameter:
            raise SpecError(
                location, "a parameter needs a schema (content-typed parameters are not supported)"
            )
        _validate_schema(parameter["schema"], location + "/schema", set())
        if where == "path":
            declared_path_names.add(parameter["name"])
            if not parameter.get("required"):
                raise SpecError(location, "path parameters must be required")
    if declared_path_names != template_names:
        raise SpecError(
            op.location,
            f"path template names {sorted(template_names)} do not match path parameters {sorted(declared_path_names)}",
        )
    body = op.operation.get("requestBody")
    if body is not None:
        for media, content in body.get("content", {}).items():
            if "schema" in content:
                _validate_schema(
                    content["schema"], op.location + pointer("requestBody", "content", media, "schema"), set()
                )
    responses = op.operation.get("responses")
    if not isinstance(responses, dict) or not responses:
        raise SpecError(op.location, "an operation needs responses")
    for status, response in cast(Json, responses).items():
        for media, content in response.get("content", {}).items():
            if "schema" in content:
                where = op.location + pointer("responses", status, "content", media, "schema")
                _validate_schema(content["schema"], where, set())


def _template_names(path: str) -> set[str]:
    names: set[str] = set()
    for segment in path.split("{")[1:]:
        if "}" not in segment:
            raise SpecError(pointer("paths", path), "unbalanced '{' in path template")
        names.add(segment.split("}", 1)[0])
    return names


def _validate_schema(schema: object, location: str, visiting: set[int]) -> None:
    if not isinstance(schema, dict):
        if schema is True:
            return
        raise SpecError(location, "a schema must be a mapping")
    node = cast(Json, schema)
    if id(node) in visiting:
        return
    visiting = {*visiting, id(node)}
    if COMPONENT_NAME in node and location != pointer("components", "schemas", node[COMPONENT_NAME]):
        return  # validated where it is defined
    unsupported = sorted(_UNSUPPORTED_SCHEMA_KEYS & set(node))
    if unsupported:
        raise SpecError(location, f"unsupported schema keyword(s): {', '.join(unsupported)}")
    if "discriminator" in node:
        _validate_discriminator(node, location)
    raw_type: object = node.get("type")
    listed = cast(List[object], raw_type) if isinstance(raw_type, list) else [raw_type]
    types = [item for item in listed if item is not None]
    for schema_type in types:
        if schema_type not in _SCHEMA_TYPES:
            raise SpecError(location, f"unknown schema type {schema_type!r}")
    if "allOf" in node and len(node["allOf"]) != 1:
        raise SpecError(location + "/allOf", "allOf is only supported with exactly one schema")
    if "array" in types and "items" in node and not isinstance(node["items"], dict):
        raise SpecError(location + "/items", "array items must be a single schema (tuples are not supported)")
    for key in ("anyOf", "oneOf", "allOf"):
        for index, member in enumerate(node.get(key, [])):
            _validate_schema(member, location + pointer(key, index), visiting)
    properties = cast(Json, node.get("properties", {}))
    for name, member in properties.items():
        _validate_schema(member, location + pointer("properties", name), visiting)
    for key in ("items", "additionalProperties"):
        nested: object = node.get(key)
        if isinstance(nested, dict):
            _validate_schema(cast(Json, nested), location + pointer(key), visiting)


def _validate_discriminator(node: Json, location: str) -> None:
    """Only the shape is checked here: a discriminator that cannot type a union leaves it a plain union."""
    discriminator: object = node["discriminator"]
    if not isinstance(discriminator, dict) or not isinstance(
        cast(Json, discriminator).get("propertyName"), str
    ):
        raise SpecError(location + "/discriminator", "a discriminator needs a propertyName")
