"""Turning spec names into Python names."""

from __future__ import annotations

import keyword
import re

__all__ = ["pascal_case", "python_identifier", "singular", "snake_case"]

_WORD_BOUNDARY = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_NOT_IDENTIFIER = re.compile(r"[^0-9a-zA-Z]+")


def snake_case(name: str) -> str:
    """`PredictionStatus` ► `prediction_status`, `Cancel-After` ► `cancel_after`."""
    spaced = _WORD_BOUNDARY.sub("_", name)
    return _NOT_IDENTIFIER.sub("_", spaced).strip("_").lower()


def pascal_case(name: str) -> str:
    """`webhook_events_filter` ► `WebhookEventsFilter`; keeps inner capitals of `ModelVersion`."""
    return "".join(part[:1].upper() + part[1:] for part in _NOT_IDENTIFIER.split(name) if part)


def python_identifier(name: str) -> str:
    """A valid, non-keyword Python name for a spec name: `from` ► `from_`, `Cancel-After` ► `cancel_after`."""
    identifier = snake_case(name) if _NOT_IDENTIFIER.search(name) or not name.islower() else name
    if not identifier or identifier[0].isdigit():
        identifier = "_" + identifier
    if keyword.iskeyword(identifier) or identifier in {"None", "True", "False"}:
        identifier += "_"
    return identifier


def singular(word: str) -> str:
    """`predictions` ► `prediction`, `hardware` ► `hardware`; good enough for resource names."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word
