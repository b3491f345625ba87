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

# Keys of a member that only annotate (`allOf: [{$ref: X}, {nullable: true}]` is "X or null").
_ANNOTATION_KEYS = {"nullable", "description", "title", "example", "examples", "deprecated", "default"}


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
    sources: List[tuple[Json, str]] = []
    for index, member in enumerate(members):
        member_location = location + pointer("allOf", index)
        if not isinstance(member, dict):
            raise SpecError(member_location, "an allOf member must be a schema")
        schema = cast(Json, member)
        if _only_annotates(schema):
            if schema.get("nullable") is True:
                node["nullable"] = True
            continue
        sources.append((schema, member_location))
    if len(sources) == 1 and not node.get("properties"):
        node["allOf"] = [sources[0][0]]  # one schema left, annotated: still a reference to it
        return
    properties: Json = {}
    owner: Dict[str, str] = {}
    required: List[str] = []
    extra: object = None
    own = {key: value for key, value in node.items() if key in ("properties", "required")}
    sources.append((own, location))
    for schema, where in sources:
        _check_mergeable(schema, where)
        for name, member, is_required in _member_properties(schema):
            if name in properties and properties[name] is not member:
                member = _narrower(properties[name], member)
            properties[name] = member
            owner[name] = where
            if is_required and name not in required:
                required.append(name)
        if isinstance(schema.get("additionalProperties"), dict):
            extra = schema["additionalProperties"]
    del node["allOf"]
    node["type"] = "object"
    node["properties"] = properties
    # A name required but defined by no member is valid JSON Schema; only known properties are kept.
    required = [name for name in required if name in properties]
    if required:
        node["required"] = required
    if extra is not None and "additionalProperties" not in node:
        node["additionalProperties"] = extra


def _only_annotates(schema: Json) -> bool:
    return all(key in _ANNOTATION_KEYS or key.startswith("x-") for key in schema)


def _member_properties(schema: Json) -> List[tuple[str, object, bool]]:
    """A member's properties with whether each is required; a oneOf/anyOf member adds its variants'
    properties as optional ones (which variant applies is not known statically)."""
    required = set(schema.get("required", []))
    found = [
        (name, member, name in required) for name, member in cast(Json, schema.get("properties", {})).items()
    ]
    for key in ("oneOf", "anyOf"):
        for variant in schema.get(key, []):
            if isinstance(variant, dict):
                found += [
                    (name, member, False) for name, member, _ in _member_properties(cast(Json, variant))
                ]
    return found


def _check_mergeable(schema: Json, location: str) -> None:
    types = schema.get("type")
    if isinstance(types, list):
        types = [item for item in cast(List[object], types) if item != "null"] or None
        types = types[0] if types and len(types) == 1 else types
    if types not in (None, "object"):
        raise SpecError(location, f"allOf can only merge object schemas, this one is {types!r}")


def _narrower(first: object, second: object) -> object:
    """A property restated by a later member: the later one, unless it only annotates the first."""
    return first if _annotates_only(second) else second


def _annotates_only(schema: object) -> bool:
    return isinstance(schema, dict) and _only_annotates(cast(Json, schema))
