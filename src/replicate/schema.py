"""``replicate.schema``, replicate 1.0.x's module: reading model schemas made by old Cog versions."""

from __future__ import annotations

import copy
import re
from typing import Any, Dict, Optional, Tuple, cast

__all__ = ["make_schema_backwards_compatible", "version_has_no_array_type"]

_RELEASE = re.compile(r"^v?(\d+)\.(\d+)\.(\d+)")
_ITERATOR_TYPE_SINCE = (0, 3, 9)


def version_has_no_array_type(cog_version: str) -> Optional[bool]:
    """Whether Cog ``cog_version`` predates ``x-cog-array-type`` (added in 0.3.9); None when the
    version cannot be read."""
    release = _release(cog_version)
    return None if release is None else release < _ITERATOR_TYPE_SINCE


def make_schema_backwards_compatible(schema: Dict[str, Any], cog_version: str) -> Dict[str, Any]:
    """``schema`` with an array output marked ``x-cog-array-type: iterator`` when Cog
    ``cog_version`` was too old to mark it (its arrays were iterators)."""
    if not version_has_no_array_type(cog_version):
        return schema
    output = _child(_child(_child(schema, "components"), "schemas"), "Output")
    if isinstance(output, dict) and cast(Dict[str, Any], output).get("type") == "array":
        schema = copy.deepcopy(schema)
        schema["components"]["schemas"]["Output"]["x-cog-array-type"] = "iterator"
    return schema


def _release(cog_version: str) -> Optional[Tuple[int, int, int]]:
    match = _RELEASE.match(cog_version.strip()) if isinstance(cog_version, str) else None  # pyright: ignore[reportUnnecessaryIsInstance]
    if match is None:
        return None
    return int(match[1]), int(match[2]), int(match[3])


def _child(value: object, key: str) -> object:
    return cast(Dict[str, Any], value).get(key) if isinstance(value, dict) else None
