"""The run-time check of input values against a version's Cog `Input` schema, before any request:
types, choices and bounds, with a message naming the input and what it accepts."""

from __future__ import annotations

import io
import os
from typing import Any, List, Mapping, Optional, cast

from ..errors import InputValidationError
from ._nodes import Node, components, mapping, resolve
from ._runtime import Secret

__all__ = ["check_input_values"]

_NAMES = {"string": "a string", "integer": "an integer", "number": "a number", "boolean": "a boolean"}


def check_input_values(document: Optional[Mapping[str, Any]], inputs: Mapping[str, object]) -> None:
    """Raise `InputValidationError` for the first value the schema rules out (unknown schemas pass)."""
    schemas = components(document)
    properties = mapping(mapping(schemas.get("Input")).get("properties"))
    for name, value in inputs.items():
        if name in properties:
            _check(f"'{name}'", value, resolve(mapping(properties[name]), schemas), schemas)


def _check(where: str, value: object, node: Node, schemas: Node) -> None:
    if value is None and (node.get("nullable") is True or node.get("x-nullable") is True):
        return
    if isinstance(value, Secret):  # checked without looking at (or showing) the value
        if node.get("type") not in ("string", None):
            raise InputValidationError(
                f"Input {where} must be {_NAMES.get(str(node.get('type')), 'a value')}; got a Secret."
            )
        return
    choices = node.get("enum")
    if isinstance(choices, list):
        allowed = cast(List[object], choices)
        if not any(value == choice and type(value) is type(choice) for choice in allowed):
            listed = ", ".join(repr(choice) for choice in allowed)
            raise InputValidationError(f"Input {where} must be one of {listed}; got {value!r}.")
        return
    kind = node.get("type")
    if kind == "string" and node.get("format") == "uri":
        if not _is_file_like(value):
            raise InputValidationError(
                f"Input {where} is a file: pass a URL string, a pathlib.Path, bytes or an open binary "
                f"file; got {type(value).__name__}."
            )
        return
    if isinstance(kind, str) and kind in _NAMES and not _is_json_type(value, kind):
        shown = "a secret" if node.get("format") == "password" else repr(value)
        raise InputValidationError(
            f"Input {where} must be {_NAMES[kind]}; got {type(value).__name__} {shown}."
        )
    if kind == "array":
        if not isinstance(value, (list, tuple)):
            raise InputValidationError(f"Input {where} must be a list; got {type(value).__name__}.")
        items = resolve(mapping(node.get("items")), schemas)
        for index, item in enumerate(cast(List[object], value)):
            _check(f"{where}[{index}]", item, items, schemas)
        return
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        _check_bounds(where, value, node)


def _check_bounds(where: str, value: float, node: Node) -> None:
    minimum, maximum = node.get("minimum"), node.get("maximum")
    if isinstance(minimum, (int, float)) and value < minimum:
        raise InputValidationError(f"Input {where} must be at least {minimum}; got {value!r}.")
    if isinstance(maximum, (int, float)) and value > maximum:
        raise InputValidationError(f"Input {where} must be at most {maximum}; got {value!r}.")


def _is_json_type(value: object, kind: str) -> bool:
    if kind == "string":
        return isinstance(value, str)
    if kind == "boolean":
        return isinstance(value, bool)
    if isinstance(value, bool):
        return False
    if kind == "integer":
        return isinstance(value, int) or (isinstance(value, float) and value.is_integer())
    return isinstance(value, (int, float))


def _is_file_like(value: object) -> bool:
    if isinstance(value, (str, bytes, bytearray, memoryview, os.PathLike, io.IOBase)):
        return True
    return callable(getattr(value, "read", None)) or type(value).__name__ in ("FileOutput", "AsyncFileOutput")
