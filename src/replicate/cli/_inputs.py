"""`-i key=value` inputs.

The rule, in order:

1. `key=@path` is the local file at `path`, uploaded (or sent as a data URI with
   `--file-encoding base64`); `key=@@text` is the literal string `@text`.
2. A value that is valid JSON *and* is a number (`42`, `0.5`, `-1e3`), `true`/`false`, an object
   (`{"a": 1}`), an array (`[1, 2]`) or a quoted string (`"42"`, to force a string) is that JSON value.
3. Anything else is the string as typed: `hello world`, `null`, `NaN`, `yes`, `1girl`, the empty string.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Dict, List, Sequence

from ._common import EXIT_USAGE, CommandError

__all__ = ["has_files", "parse_inputs", "parse_value"]


def parse_inputs(pairs: Sequence[str]) -> Dict[str, object]:
    inputs: Dict[str, object] = {}
    for pair in pairs:
        key, equals, raw = pair.partition("=")
        key = key.strip()
        if not equals or not key:
            raise CommandError(
                f'Expected an input as key=value (e.g. -i prompt="a photo of a cat"), got {pair!r}.',
                EXIT_USAGE,
            )
        if key in inputs:
            raise CommandError(f"Input {key!r} is given more than once.", EXIT_USAGE)
        inputs[key] = parse_value(key, raw)
    return inputs


def parse_value(key: str, raw: str) -> object:
    if raw.startswith("@@"):
        return raw[1:]
    if raw.startswith("@"):
        path = Path(raw[1:]).expanduser()
        if not raw[1:]:
            raise CommandError(f"Input {key!r}: '@' must be followed by a file path.", EXIT_USAGE)
        if not path.is_file():
            raise CommandError(
                f"Input {key!r}: no such file: {raw[1:]} (use @@ for a value that starts with '@').",
                EXIT_USAGE,
            )
        return path
    stripped = raw.strip()
    if not stripped or stripped[0] not in '-0123456789tf{["':
        return raw
    try:
        value: object = json.loads(stripped, parse_constant=_reject_constant)
    except ValueError:
        return raw
    return value


def _reject_constant(name: str) -> object:
    raise ValueError(name)  # NaN, Infinity and -Infinity stay strings


def has_files(value: object) -> bool:
    if isinstance(value, Path):
        return True
    if isinstance(value, dict):
        return any(has_files(item) for item in value.values())  # pyright: ignore[reportUnknownVariableType, reportUnknownArgumentType]
    if isinstance(value, list):
        items: List[object] = value  # pyright: ignore[reportUnknownVariableType]
        return any(has_files(item) for item in items)
    return False
