"""Checks prediction input against a version's Cog `Input` schema and fills in defaults."""

from __future__ import annotations

from typing import Any, Dict, Mapping

from ._problems import invalid

_JSON_TYPES = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "array": (list,),
    "object": (dict,),
}


def validate_input(value: Any, document: Mapping[str, Any]) -> Dict[str, Any]:
    """The input with defaults applied; raises a 422 problem naming the offending field."""
    if not isinstance(value, dict):
        raise invalid("input must be a JSON object", field="input", kind="invalid_type")
    given: Dict[str, Any] = value  # pyright: ignore[reportUnknownVariableType]
    components: Mapping[str, Any] = document.get("components", {}).get("schemas", {})
    schema: Mapping[str, Any] = components.get("Input", {})
    properties: Mapping[str, Any] = schema.get("properties", {})
    for name in schema.get("required", []):
        if name not in given:
            raise invalid(f"{name} is required", field="input", kind="required")
    for name in given:
        if name not in properties:
            raise invalid(
                f"{name} is not a known input (expected one of: {', '.join(properties)})",
                field="input",
                kind="additional_property_not_allowed",
            )
    completed: Dict[str, Any] = {}
    for name, field in properties.items():
        if name in given:
            _check_value(f"input.{name}", given[name], _resolve(field, components), components)
            completed[name] = given[name]
        elif "default" in field:
            completed[name] = field["default"]
    return completed


def _resolve(field: Mapping[str, Any], components: Mapping[str, Any]) -> Dict[str, Any]:
    """Merge `allOf: [{$ref}]` (how Cog encodes choices) into one flat schema."""
    merged: Dict[str, Any] = {key: item for key, item in field.items() if key != "allOf"}
    for part in field.get("allOf", []):
        ref = part.get("$ref", "")
        target = components.get(ref.rsplit("/", 1)[-1], {}) if ref else part
        merged.update({key: item for key, item in target.items() if key not in merged})
    return merged


def _check_value(path: str, item: Any, field: Mapping[str, Any], components: Mapping[str, Any]) -> None:
    expected = field.get("type")
    if isinstance(expected, str) and expected in _JSON_TYPES:
        matches = isinstance(item, _JSON_TYPES[expected])
        if expected in ("integer", "number") and isinstance(item, bool):
            matches = False
        if expected == "integer" and isinstance(item, float) and item.is_integer():
            matches = True
        if not matches:
            raise invalid(
                f"expected {expected}, got {type(item).__name__} {item!r}", field=path, kind="invalid_type"
            )
    if "enum" in field and item not in field["enum"]:
        choices = ", ".join(repr(choice) for choice in field["enum"])
        raise invalid(f"{item!r} is not one of {choices}", field=path, kind="enum")
    if isinstance(item, (int, float)) and not isinstance(item, bool):
        if "minimum" in field and item < field["minimum"]:
            raise invalid(
                f"{item} is less than the minimum of {field['minimum']}", field=path, kind="number_gte"
            )
        if "maximum" in field and item > field["maximum"]:
            raise invalid(
                f"{item} is greater than the maximum of {field['maximum']}", field=path, kind="number_lte"
            )
    if isinstance(item, list) and isinstance(field.get("items"), dict):
        element_schema = _resolve(field["items"], components)
        for index, element in enumerate(item):  # pyright: ignore[reportUnknownVariableType, reportUnknownArgumentType]
            _check_value(f"{path}[{index}]", element, element_schema, components)
