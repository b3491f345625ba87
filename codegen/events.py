"""`text/event-stream` answers: what each event carries, and which body flag asks for the stream.

The events' schema is the media type's `itemSchema` (OpenAPI 3.2, used by 3.1 specs ahead of it),
else its `schema`. It is read as one of:

- an envelope, an object whose properties are among `event`, `data`, `id`, `retry` (3.2's way):
  the items are `data`'s `contentSchema`, or `data`'s own schema when that is not a string;
- a string, or nothing: the items are the raw events (`ServerSentEvent`), unparsed;
- anything else describes one event's `data`, decoded as JSON and validated into that type.
"""

from __future__ import annotations

from typing import Any, Dict, List, Optional

from .ir import Events, Param, TypeRef
from .load import schema_types
from .type_registry import TypeRegistry

__all__ = ["SSE_MEDIA", "event_stream"]

Json = Dict[str, Any]

SSE_MEDIA = "text/event-stream"
_ENVELOPE_FIELDS = {"event", "data", "id", "retry"}
_FLAG = "stream"


def event_stream(
    content: Json, location: str, body_params: List[Param], registry: TypeRegistry, name: str
) -> Optional[Events]:
    """The event stream a success answer's `content` offers, if the method can return it.

    When other media are offered too, the stream needs a boolean body property `stream` to ask for
    it; without one the method keeps its other answer (no event types are defined then).
    """
    if SSE_MEDIA not in content:
        return None
    flag = ""
    if len(content) > 1:
        found = next((param for param in body_params if _is_flag(param)), None)
        if found is None:
            return None
        flag = found.name
    media: Json = content[SSE_MEDIA] or {}
    key = "itemSchema" if "itemSchema" in media else "schema"
    schema: Json = media.get(key) or {}
    return Events(_item_type(schema, registry, name, f"{location}/{key}"), flag)


def _is_flag(param: Param) -> bool:
    if param.location != "body" or param.wire_name != _FLAG:
        return False
    kind = param.type.args[0] if param.type.kind == "optional" else param.type
    return kind == TypeRef("builtin", name="bool")


def _item_type(schema: Json, registry: TypeRegistry, name: str, location: str) -> Optional[TypeRef]:
    properties: Json = schema.get("properties") or {}
    if "data" in properties and set(properties) <= _ENVELOPE_FIELDS:
        data: Json = properties["data"] or {}
        if isinstance(data.get("contentSchema"), dict):
            return registry.named_or_root(
                name, data["contentSchema"], f"{location}/properties/data/contentSchema"
            )
        schema, location = data, f"{location}/properties/data"
    if not schema or "string" in schema_types(schema):
        return None
    return registry.named_or_root(name, schema, location)
