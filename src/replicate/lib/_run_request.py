"""The arguments of `run` / `stream` / `use`, checked before any request is sent."""

from __future__ import annotations

import re
from collections import abc
from dataclasses import dataclass, field
from typing import Dict, Mapping, Optional, Sequence, Tuple, Union, cast

from .._types import NOT_GIVEN, NotGiven
from ._plan import CreateParams, prefer_wait_seconds
from ._polling import check_poll_interval, check_timeout
from ._refs import ModelRef, parse_ref
from .file_encoding import FileEncodingStrategy

__all__ = ["WEBHOOK_EVENTS", "RunRequest", "check_input", "check_strategy"]

WEBHOOK_EVENTS = ("start", "output", "logs", "completed")


@dataclass(frozen=True)
class RunRequest:
    ref: ModelRef
    input: Dict[str, object]
    wait: Optional[int]  # seconds of `Prefer: wait`, or None for no header
    strategy: FileEncodingStrategy
    timeout: Optional[float]
    poll_interval: float
    use_file_output: bool
    params: CreateParams = field(default_factory=CreateParams)

    @classmethod
    def build(
        cls,
        ref: object,
        *,
        input: object,
        wait: Union[bool, int, NotGiven] = NOT_GIVEN,
        file_encoding_strategy: Optional[str] = "url",
        timeout: Optional[float] = None,
        poll_interval: float,
        use_file_output: bool = True,
        prefer: Optional[str] = None,
        webhook: Optional[str] = None,
        webhook_events_filter: Optional[Sequence[str]] = None,
        cancel_after: Optional[str] = None,
    ) -> RunRequest:
        return cls(
            ref=parse_ref(ref),
            input=check_input(input),
            wait=_wait_seconds(wait, prefer),
            strategy=check_strategy(file_encoding_strategy or "url"),
            timeout=check_timeout(timeout),
            poll_interval=check_poll_interval(poll_interval),
            use_file_output=bool(use_file_output),
            params=CreateParams(
                webhook=_optional_str("webhook", webhook),
                webhook_events_filter=_events_filter(webhook_events_filter),
                cancel_after=_optional_str("cancel_after", cancel_after),
            ),
        )


_PREFER_WAIT = re.compile(r"wait(?:=([0-9]+))?")


def _wait_seconds(wait: Union[bool, int, NotGiven], prefer: object) -> Optional[int]:
    """`wait=` or the equivalent `prefer="wait"` / `prefer="wait=N"` (the 2.0 betas' spelling), not both."""
    if prefer is None:
        return prefer_wait_seconds(True if isinstance(wait, NotGiven) else wait)
    if not isinstance(wait, NotGiven):
        raise TypeError("pass wait= or prefer=, not both: prefer='wait=N' is wait=N")
    match = _PREFER_WAIT.fullmatch(prefer.strip()) if isinstance(prefer, str) else None
    if match is None:
        raise ValueError(f"prefer must be 'wait' or 'wait=N' (N from 1 to 60 seconds), got {prefer!r}")
    return prefer_wait_seconds(int(match[1]) if match[1] else True)


def _optional_str(name: str, value: object) -> Optional[str]:
    if value is not None and not isinstance(value, str):
        raise TypeError(f"{name} must be a string, got {type(value).__name__}")
    return value


def _events_filter(events: Optional[Sequence[str]]) -> Optional[Tuple[str, ...]]:
    if events is None:
        return None
    if isinstance(events, str):
        raise TypeError(f"webhook_events_filter must be a list of events, not the string {events!r}")
    unknown = [event for event in events if event not in WEBHOOK_EVENTS]
    if unknown:
        raise ValueError(
            f"webhook_events_filter: unknown event {unknown[0]!r}; use any of {list(WEBHOOK_EVENTS)}"
        )
    return tuple(events)


def check_input(input: object) -> Dict[str, object]:
    if input is None:
        return {}
    if not isinstance(input, abc.Mapping):
        raise TypeError(f"input must be a dict of the model's inputs, not {type(input).__name__}")
    mapping = cast(Mapping[object, object], input)
    bad = [key for key in mapping if not isinstance(key, str)]
    if bad:
        raise TypeError(f"input names must be strings, got {bad[0]!r}")
    return {cast(str, key): value for key, value in mapping.items()}


def check_strategy(strategy: object) -> FileEncodingStrategy:
    if strategy == "url":
        return "url"
    if strategy == "base64":
        return "base64"
    raise ValueError(f"file_encoding_strategy must be 'url' or 'base64', got {strategy!r}")
