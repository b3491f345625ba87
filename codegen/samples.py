"""A value valid for a schema, for the generated tests. Prefers the spec's own examples."""

from __future__ import annotations

import re
from typing import Any, Dict, List, Tuple, cast

from .load import SpecError, schema_types
from .type_registry import is_nullable

__all__ = ["FILE_SAMPLE", "member_required", "sample"]

FILE_SAMPLE = b"raw file contents"

_FORMAT_SAMPLES = {
    "date-time": "2019-12-27T18:11:19.117Z",
    "date": "2019-12-27",
    "uri": "https://example.com",
    "url": "https://example.com",
    "email": "dev@example.com",
    "uuid": "182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e",
}


def sample(schema: Dict[str, Any], location: str, *, all_properties: bool = True) -> object:
    """The spec's own example when it fits the schema (real specs' examples often do not), else one made up."""
    examples = schema.get("examples")
    given = [schema["example"]] if "example" in schema else []
    given += cast(List[object], examples) if isinstance(examples, list) else []
    for example in given:
        if fits(example, schema):
            return example
    if "const" in schema:
        return schema["const"]
    if "default" in schema and fits(schema["default"], schema):
        return schema["default"]
    if schema.get("enum"):
        return next(value for value in schema["enum"] if value is not None)
    for key in ("allOf", "anyOf", "oneOf"):
        members = [member for member in schema.get(key, []) if member.get("type") != "null"]
        if members and _constraints_only(members[0]):
            return sample(_chosen(schema, key, 0), location, all_properties=all_properties)
        if members:
            return sample(members[0], f"{location}/{key}/0", all_properties=all_properties)
    types = schema_types(schema)
    schema_type = types[0] if types else ("object" if "properties" in schema else None)
    if schema_type == "string":
        return _string_sample(schema, location)
    if schema_type == "integer":
        return int(schema.get("minimum", 0))
    if schema_type == "number":
        return float(schema.get("minimum", 0))
    if schema_type == "boolean":
        return True
    if schema_type == "array":
        if not isinstance(schema.get("items"), dict):
            return []
        return [sample(schema["items"], location + "/items", all_properties=all_properties)]
    if schema_type == "object" or schema_type is None:
        properties: Dict[str, Dict[str, Any]] = schema.get("properties", {})
        if not properties:
            return {"foo": "bar"} if schema_type == "object" else {}
        required = set(schema.get("required", []))
        return {
            name: sample(member, f"{location}/properties/{name}", all_properties=all_properties)
            for name, member in properties.items()
            if (all_properties or name in required) and not member.get("readOnly")
        }
    raise SpecError(location, f"cannot make a sample value for schema type {schema_type!r}")


_JSON_TYPES: Dict[str, Tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "array": (list,),
    "object": (dict,),
}


def fits(value: object, schema: Dict[str, Any]) -> bool:
    """Whether `value` is valid for `schema` as the generated request types see it.

    Types, enums, const and patterns are checked, objects and arrays all the way down: an object
    with properties becomes a TypedDict, so it takes no other keys (nor read-only ones) and needs
    its required ones.
    """
    if value is None:
        return is_nullable(schema)
    for key in ("anyOf", "oneOf"):
        members: List[Dict[str, Any]] = schema.get(key) or []
        matches = sum(1 for index in range(len(members)) if fits(value, _member(schema, key, index)))
        if members and (matches == 0 or (key == "oneOf" and matches > 1)):
            return False
    types = schema_types(schema)
    if types and not any(
        isinstance(value, _JSON_TYPES[t]) and (t == "boolean" or not isinstance(value, bool))
        for t in types
        if t in _JSON_TYPES
    ):
        return False
    if ("enum" in schema and value not in schema["enum"]) or ("const" in schema and value != schema["const"]):
        return False
    pattern = schema.get("pattern")
    if isinstance(value, str) and isinstance(pattern, str) and not re.search(pattern, value):
        return False
    if isinstance(value, dict):
        return _object_fits(cast(Dict[str, object], value), schema)
    if isinstance(value, list) and isinstance(schema.get("items"), dict):
        return all(fits(item, schema["items"]) for item in cast(List[object], value))
    return True


# What gives a schema its shape; a combinator member with none of these only adds constraints (most
# often `required`) to the schema around it, e.g. `{properties: {a, b}, oneOf: [{required: [a]}, {required: [b]}]}`.
_SHAPE_KEYS = frozenset(
    {
        "type",
        "properties",
        "items",
        "additionalProperties",
        "allOf",
        "anyOf",
        "oneOf",
        "enum",
        "const",
        "$ref",
    }
)
_COMBINATORS = ("allOf", "anyOf", "oneOf")


def _constraints_only(member: Dict[str, Any]) -> bool:
    return not _SHAPE_KEYS.intersection(member)


def _member(schema: Dict[str, Any], key: str, index: int) -> Dict[str, Any]:
    """The member as a schema of its own: merged into the schema around it when it only adds constraints."""
    member: Dict[str, Any] = schema[key][index]
    if not _constraints_only(member):
        return member
    merged = {
        name: value for name, value in schema.items() if name not in (*_COMBINATORS, "example", "examples")
    }
    merged.update({name: value for name, value in member.items() if name != "required"})
    required: List[str] = list(schema.get("required", []))
    merged["required"] = required + [name for name in member.get("required", []) if name not in required]
    return merged


def _chosen(schema: Dict[str, Any], key: str, index: int) -> Dict[str, Any]:
    """Member `index` merged into its schema; for `oneOf`, without the properties only the other members
    require, so that exactly one member matches the value made from it."""
    merged = _member(schema, key, index)
    if key != "oneOf" or "properties" not in merged:
        return merged
    others = {
        name
        for position, member in enumerate(schema[key])
        if position != index
        for name in cast(Dict[str, Any], member).get("required", [])
    }
    left_out = others - set(merged["required"])
    merged["properties"] = {
        name: value for name, value in merged["properties"].items() if name not in left_out
    }
    return merged


def member_required(schema: Dict[str, Any]) -> List[str]:
    """The names the first `anyOf`/`oneOf` member requires when it only lists `required` names: a
    valid value needs them although the schema's own `required` does not name them."""
    for key in ("anyOf", "oneOf"):
        members = [member for member in schema.get(key, []) if member.get("type") != "null"]
        if members and _constraints_only(members[0]):
            return [str(name) for name in members[0].get("required", [])]
    return []


def _object_fits(value: Dict[str, object], schema: Dict[str, Any]) -> bool:
    properties: Dict[str, Dict[str, Any]] = schema.get("properties") or {}
    extra: object = schema.get("additionalProperties")
    if not properties:
        if not isinstance(extra, dict):
            return True
        extra_schema = cast(Dict[str, Any], extra)
        return all(fits(item, extra_schema) for item in value.values())
    for key, item in value.items():
        member = properties.get(key)
        if member is None or member.get("readOnly") or not fits(item, member):
            return False
    return all(name in value for name in schema.get("required", []) if name in properties)


def _string_sample(schema: Dict[str, Any], location: str) -> object:
    if schema.get("format") == "binary":
        return FILE_SAMPLE
    value = _FORMAT_SAMPLES.get(schema.get("format", ""), "string")
    pattern = schema.get("pattern")
    if pattern is not None and not re.search(pattern, value):
        raise SpecError(location, f"pattern {pattern!r} needs an example: cannot invent a matching value")
    min_length = int(schema.get("minLength", 0))
    if len(value) < min_length:
        value = value + "x" * (min_length - len(value))
    return value
