"""Reading a model version's Cog `openapi_schema`: output shape, input fields, and a per-client cache."""

from __future__ import annotations

import threading
from collections import abc
from typing import Any, Dict, List, Mapping, Optional, cast

from .errors import InputValidationError

__all__ = [
    "Schema",
    "VersionSchemas",
    "check_inputs",
    "shape_output",
    "schema_cache",
]

Schema = Mapping[str, Any]


def _component(document: Optional[Schema], name: str) -> Schema:
    if document is None:
        return {}
    node: Schema = document
    for key in ("components", "schemas", name):
        child: object = node.get(key)
        if not isinstance(child, abc.Mapping):
            return {}
        node = cast(Schema, child)
    return node


def is_iterator_output(document: Optional[Schema]) -> bool:
    return _component(document, "Output").get("x-cog-array-type") == "iterator"


def is_concatenated_output(document: Optional[Schema]) -> bool:
    output = _component(document, "Output")
    return output.get("x-cog-array-type") == "iterator" and output.get("x-cog-array-display") == "concatenate"


def shape_output(output: object, document: Optional[Schema]) -> object:
    """Iterator outputs as a list, or as one string where the schema says `concatenate`."""
    if output is None or not is_iterator_output(document):
        return output
    items: List[object] = list(cast(List[object], output)) if isinstance(output, list) else [output]
    if is_concatenated_output(document):
        return "".join(item if isinstance(item, str) else str(item) for item in items)
    return items


def check_inputs(document: Optional[Schema], inputs: Mapping[str, object]) -> None:
    """Raise `InputValidationError` for an input the schema does not know or a required one missing."""
    component = _component(document, "Input")
    properties = component.get("properties")
    if not isinstance(properties, abc.Mapping):
        return
    accepted = sorted(cast(Mapping[str, object], properties))
    accepted_text = ", ".join(accepted) if accepted else "none"
    unknown = sorted(set(inputs) - set(accepted))
    if unknown:
        raise InputValidationError(
            f"Unknown input {', '.join(repr(name) for name in unknown)}; this model accepts: {accepted_text}."
        )
    required = component.get("required")
    if isinstance(required, list):
        missing = [str(name) for name in cast(List[object], required) if name not in inputs]
        if missing:
            raise InputValidationError(
                f"Missing required input {', '.join(repr(name) for name in missing)}; "
                f"this model accepts: {accepted_text}."
            )


class VersionSchemas:
    """`openapi_schema` documents by version id; versions are immutable, so entries never expire."""

    def __init__(self) -> None:
        self._documents: Dict[str, Schema] = {}
        self._lock = threading.Lock()

    def get(self, version_id: str) -> Optional[Schema]:
        with self._lock:
            return self._documents.get(version_id)

    def put(self, version_id: str, document: Schema) -> None:
        with self._lock:
            self._documents[version_id] = document


_CACHE_ATTRIBUTE = "_replicate_version_schemas"
_cache_lock = threading.Lock()


def schema_cache(client: object) -> VersionSchemas:
    """The cache belonging to `client` (created on first use; a copied client starts empty)."""
    cache = cast(Optional[VersionSchemas], client.__dict__.get(_CACHE_ATTRIBUTE))
    if cache is None:
        with _cache_lock:
            cache = cast(Optional[VersionSchemas], client.__dict__.get(_CACHE_ATTRIBUTE))
            if cache is None:
                cache = VersionSchemas()
                client.__dict__[_CACHE_ATTRIBUTE] = cache
    return cache
