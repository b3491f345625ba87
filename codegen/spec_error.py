"""The one error the generator raises for a spec it cannot turn into correct code, and JSON pointers."""

from __future__ import annotations

__all__ = ["SpecError", "pointer"]


class SpecError(Exception):
    """The spec uses something the generator does not support, or is inconsistent."""

    def __init__(self, location: str, message: str) -> None:
        super().__init__(f"{location or '/'}: {message}")
        self.location = location


def pointer(*parts: str | int) -> str:
    """A JSON pointer (RFC 6901) from its unescaped parts."""
    return "".join("/" + str(part).replace("~", "~0").replace("/", "~1") for part in parts)
