"""Python source for JSON-like values, shared by the IR builder (defaults) and the emitters."""

from __future__ import annotations

from typing import Dict, List, cast

__all__ = ["plain_prose", "python_literal"]


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
        escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
        return '"' + "".join(_escape(char) for char in escaped) + '"'
    return repr(value)


def _escape(char: str) -> str:
    """Non-ASCII and control characters as escapes: no look-alike quote or dash ever reaches ruff (RUF001)."""
    if " " <= char <= "~":
        return char
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


_TYPOGRAPHIC = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\u00a0": " ",
        "\u2009": " ",
        "\u202f": " ",
        "\u200b": "",
        "\u2026": "...",
        "\u00d7": "x",
    }
)


def plain_prose(text: str) -> str:
    """Spec prose for docstrings and comments, with typographic quotes, dashes and spaces made ASCII."""
    return text.translate(_TYPOGRAPHIC)
