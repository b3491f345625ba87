"""Parsing of the `Cancel-After` and `Prefer: wait` request headers."""

from __future__ import annotations

import re
from typing import Optional

from ._problems import bad_request

_UNIT_SECONDS = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0}
_DURATION = re.compile(r"^(?:\d+(?:\.\d+)?(?:ms|s|m|h))+$")
_PART = re.compile(r"(\d+(?:\.\d+)?)(ms|s|m|h)")
DEFAULT_WAIT_SECONDS = 60.0
MAX_WAIT_SECONDS = 60.0


def parse_duration(text: str) -> float:
    """Seconds in a Go-style duration (`500ms`, `30s`, `5m`, `1h30m`) or a bare number of seconds."""
    value = text.strip()
    if re.fullmatch(r"\d+(?:\.\d+)?", value):
        seconds = float(value)
    elif _DURATION.match(value):
        seconds = sum(float(amount) * _UNIT_SECONDS[unit] for amount, unit in _PART.findall(value))
    else:
        raise bad_request(f"Invalid Cancel-After duration {text!r}: use e.g. '30s', '5m', '1h30m' or '500ms'")
    if seconds <= 0:
        raise bad_request(f"Invalid Cancel-After duration {text!r}: it must be positive")
    return seconds


def parse_prefer_wait(header: Optional[str]) -> Optional[float]:
    """Seconds to hold a create response for, from `Prefer: wait` or `Prefer: wait=N`; None when absent.

    Other preferences in the header are ignored, as RFC 7240 asks.
    """
    if header is None:
        return None
    for preference in header.split(","):
        name, _, value = preference.split(";")[0].strip().partition("=")
        if name.strip().lower() != "wait":
            continue
        value = value.strip().strip('"')
        if not value:
            return DEFAULT_WAIT_SECONDS
        if not re.fullmatch(r"\d+", value) or not 1 <= int(value) <= MAX_WAIT_SECONDS:
            raise bad_request(f"Invalid Prefer header {header!r}: wait must be an integer from 1 to 60")
        return float(value)
    return None
