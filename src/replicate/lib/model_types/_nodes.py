"""Walking a Cog `openapi_schema`: its components, `$ref`s and `allOf` enums (shared by the reader
and the run-time input check)."""

from __future__ import annotations

from typing import Any, Dict, List, Mapping, Optional, cast

__all__ = ["Node", "components", "mapping", "resolve"]

Node = Mapping[str, Any]
_MAX_DEPTH = 32


def mapping(value: object) -> Node:
    return cast(Node, value) if isinstance(value, Mapping) else {}


def components(document: Optional[Mapping[str, Any]]) -> Node:
    """`components.schemas` of the document ({} where missing)."""
    if document is None:
        return {}
    return mapping(mapping(document.get("components")).get("schemas"))


def resolve(node: Node, schemas: Node, depth: int = 0) -> Node:
    """Follow local `$ref`s and merge `allOf` parts (Cog's encoding of choices) into one flat node;
    the node's own keys win over those it refers to."""
    if depth > _MAX_DEPTH:
        return {}
    ref = node.get("$ref")
    if isinstance(ref, str):
        prefix = "#/components/schemas/"
        target: Node = mapping(schemas.get(ref[len(prefix) :])) if ref.startswith(prefix) else {}
        own = {key: value for key, value in node.items() if key != "$ref"}
        return {**resolve(target, schemas, depth + 1), **own}
    parts = node.get("allOf")
    if not isinstance(parts, list):
        return node
    merged: Dict[str, Any] = {}
    for part in cast(List[object], parts):
        merged.update(resolve(mapping(part), schemas, depth + 1))
    merged.update({key: value for key, value in node.items() if key != "allOf"})
    return merged
