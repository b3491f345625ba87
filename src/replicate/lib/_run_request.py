"""The arguments of `run` / `stream` / `use`, checked before any request is sent."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, Mapping, Optional, Union, cast

from ._plan import prefer_wait_seconds
from ._polling import check_poll_interval, check_timeout
from ._refs import ModelRef, parse_ref
from .file_encoding import FileEncodingStrategy

__all__ = ["RunRequest", "check_input", "check_strategy"]


@dataclass(frozen=True)
class RunRequest:
    ref: ModelRef
    input: Dict[str, object]
    wait: Optional[int]  # seconds of `Prefer: wait`, or None for no header
    strategy: FileEncodingStrategy
    timeout: Optional[float]
    poll_interval: float
    use_file_output: bool

    @classmethod
    def build(
        cls,
        ref: str,
        *,
        input: object,
        wait: Union[bool, int] = True,
        file_encoding_strategy: str = "url",
        timeout: Optional[float] = None,
        poll_interval: float,
        use_file_output: bool = True,
    ) -> RunRequest:
        return cls(
            ref=parse_ref(ref),
            input=check_input(input),
            wait=prefer_wait_seconds(wait),
            strategy=check_strategy(file_encoding_strategy),
            timeout=check_timeout(timeout),
            poll_interval=check_poll_interval(poll_interval),
            use_file_output=bool(use_file_output),
        )


def check_input(input: object) -> Dict[str, object]:
    if input is None:
        return {}
    if not isinstance(input, Mapping):
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
