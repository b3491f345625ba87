"""The one place that touches PyYAML (a dev dependency without type stubs in this environment)."""

from __future__ import annotations

import importlib
from typing import Any

__all__ = ["parse_yaml"]

_yaml: Any = importlib.import_module("yaml")
_TIMESTAMP_TAG = "tag:yaml.org,2002:timestamp"

# libyaml's parser when PyYAML was built with it: a 3 MB spec parses in ~1 s instead of ~8 s.
_BASE_LOADER: Any = getattr(_yaml, "CSafeLoader", _yaml.SafeLoader)

# A safe loader that keeps `2024-01-01T00:00:00Z` a string, as JSON would, instead of a `datetime`.
_StringTimestampLoader: Any = type("StringTimestampLoader", (_BASE_LOADER,), {})
_StringTimestampLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != _TIMESTAMP_TAG]
    for first, resolvers in _yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def parse_yaml(text: str) -> object:
    """Safe-loads YAML; timestamps stay strings. Malformed YAML raises `ValueError`."""
    try:
        result: object = _yaml.load(text, Loader=_StringTimestampLoader)
    except _yaml.YAMLError as error:
        raise ValueError(f"invalid YAML: {error}") from error
    return result
