"""Python source for JSON-like values, shared by the IR builder (defaults) and the emitters."""

from __future__ import annotations

from typing import Dict, List, cast

__all__ = ["python_literal"]


def python_literal(value: object) -> str:
    """Python source for a JSON-like value (deterministic: dict order as given)."""
    if isinstance(value, dict):
        mapping = cast(Dict[object, object], value)
        return (
            "{"
            + ", ".join(f"{python_literal(key)}: {python_literal(item)}" for key, item in mapping.items())
            + "}"
        )
    if isinstance(value, list):
        return "[" + ", ".join(python_literal(item) for item in cast(List[object], value)) + "]"
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
    return repr(value)
