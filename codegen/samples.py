"""A value valid for a schema, for the generated tests. Prefers the spec's own examples."""

from __future__ import annotations

import re
from typing import Any, Dict, List, cast

from .load import SpecError, schema_types

__all__ = ["FILE_SAMPLE", "sample"]

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
    if "example" in schema:
        return schema["example"]
    examples = schema.get("examples")
    if isinstance(examples, list) and examples:
        return cast(List[object], examples)[0]
    if "const" in schema:
        return schema["const"]
    if "default" in schema:
        return schema["default"]
    if schema.get("enum"):
        return next(value for value in schema["enum"] if value is not None)
    for key in ("allOf", "anyOf", "oneOf"):
        members = [member for member in schema.get(key, []) if member.get("type") != "null"]
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
            if all_properties or name in required
        }
    raise SpecError(location, f"cannot make a sample value for schema type {schema_type!r}")


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
