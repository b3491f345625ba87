"""Part of stage 1: `allOf` of object schemas becomes one object schema, in place.

`{allOf: [{$ref: Pet}, {properties: {...}}]}` turns into a schema with Pet's properties and the
inline ones, and the union of their `required`. The members themselves are left alone (a member
that is a component keeps being its own type). A lone `allOf: [{$ref: X}]` without properties of its
own is the 3.0 idiom for "X, with another description" and stays a reference to X.
"""

from __future__ import annotations

from typing import Any, Dict, List, cast

from .spec_error import SpecError, pointer

__all__ = ["merge_all_of"]

Json = Dict[str, Any]

# What an allOf member may say besides its properties; anything else cannot be merged faithfully.
_MERGEABLE_KEYS = {
    "type",
    "properties",
    "required",
    "description",
    "title",
    "example",
    "examples",
    "additionalProperties",
    "allOf",
    "deprecated",
    "readOnly",
    "writeOnly",
}


def merge_all_of(spec: Json) -> None:
    """Merges every mergeable `allOf` in the resolved document (which may share nodes and have cycles).

    Components go first, so an error in one names where it is defined rather than where it is used.
    """
    merger = _Merger()
    for name, schema in spec.get("components", {}).get("schemas", {}).items():
        merger.visit(schema, pointer("components", "schemas", name))
    merger.visit(spec, "")


class _Merger:
    def __init__(self) -> None:
        self._seen: set[int] = set()

    def visit(self, node: object, location: str) -> None:
        if isinstance(node, list):
            for index, item in enumerate(cast(List[object], node)):
                self.visit(item, location + pointer(index))
            return
        if not isinstance(node, dict):
            return
        mapping = cast(Json, node)
        if id(mapping) in self._seen:
            return
        self._seen.add(id(mapping))
        for key, value in list(mapping.items()):
            self.visit(value, location + pointer(key))
        members: object = mapping.get("allOf")
        if isinstance(members, list) and _needs_merge(mapping, cast(List[object], members)):
            _merge(mapping, cast(List[object], members), location)


def _needs_merge(node: Json, members: List[object]) -> bool:
    return len(members) > 1 or bool(node.get("properties"))


def _merge(node: Json, members: List[object], location: str) -> None:
    properties: Json = {}
    owner: Dict[str, str] = {}
    required: List[str] = []
    extra: object = None
    sources: List[tuple[Json, str]] = []
    for index, member in enumerate(members):
        member_location = location + pointer("allOf", index)
        if not isinstance(member, dict):
            raise SpecError(member_location, "an allOf member must be a schema")
        sources.append((cast(Json, member), member_location))
    own = {key: value for key, value in node.items() if key in ("properties", "required")}
    sources.append((own, location))
    for schema, where in sources:
        _check_mergeable(schema, where)
        for name, member in cast(Json, schema.get("properties", {})).items():
            if name in properties and properties[name] is not member:
                _check_compatible(properties[name], member, where + pointer("properties", name), owner[name])
            properties[name] = member
            owner[name] = where
        required += [name for name in schema.get("required", []) if name not in required]
        if isinstance(schema.get("additionalProperties"), dict):
            extra = schema["additionalProperties"]
    missing = [name for name in required if name not in properties]
    if missing:
        raise SpecError(location, f"allOf requires {missing}, which no member defines")
    del node["allOf"]
    node["type"] = "object"
    node["properties"] = properties
    if required:
        node["required"] = required
    if extra is not None and "additionalProperties" not in node:
        node["additionalProperties"] = extra


def _check_mergeable(schema: Json, location: str) -> None:
    types = schema.get("type")
    if types not in (None, "object") and types != ["object"]:
        raise SpecError(location, f"allOf can only merge object schemas, this one is {types!r}")
    unknown = sorted(key for key in schema if key not in _MERGEABLE_KEYS and not key.startswith("x-"))
    if unknown:
        raise SpecError(location, f"allOf member uses {', '.join(unknown)}, which cannot be merged")


def _check_compatible(first: object, second: object, location: str, first_location: str) -> None:
    """A later member may restate a property only with the same JSON type (e.g. narrowing to an enum)."""
    first_type = cast(Json, first).get("type") if isinstance(first, dict) else None
    second_type = cast(Json, second).get("type") if isinstance(second, dict) else None
    if first_type != second_type:
        raise SpecError(
            location, f"conflicts with the property of the same name at {first_location} ({first_type!r})"
        )
