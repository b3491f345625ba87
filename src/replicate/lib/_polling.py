"""Time for polling: a deadline and a backing-off poll interval (pure; the clock is injected)."""

from __future__ import annotations

import math
import time
from typing import Callable, Optional

__all__ = [
    "DEFAULT_POLL_INTERVAL",
    "MAX_POLL_INTERVAL",
    "TERMINAL_STATUSES",
    "Backoff",
    "Deadline",
    "check_poll_interval",
    "check_required_timeout",
    "check_timeout",
]

TERMINAL_STATUSES = frozenset({"succeeded", "failed", "canceled"})
DEFAULT_POLL_INTERVAL = 0.5
BACKOFF_FACTOR = 1.5
MAX_POLL_INTERVAL = 5.0

Clock = Callable[[], float]


def check_timeout(timeout: object, *, name: str = "timeout") -> Optional[float]:
    if timeout is None:
        return None
    if isinstance(timeout, bool) or not isinstance(timeout, (int, float)) or not math.isfinite(timeout):
        raise TypeError(f"{name} must be a number of seconds, got {timeout!r}")
    if timeout <= 0:
        raise ValueError(f"{name} must be more than 0 seconds, got {timeout!r}")
    return float(timeout)


def check_required_timeout(timeout: object, *, name: str = "timeout") -> float:
    """A positive number of seconds; None is refused, so that nothing polls forever."""
    checked = check_timeout(timeout, name=name)
    if checked is None:
        raise ValueError(f"{name} must be a number of seconds: nothing polls without a deadline")
    return checked


def check_poll_interval(poll_interval: object) -> float:
    return check_required_timeout(poll_interval, name="poll_interval")


class Deadline:
    """`timeout` seconds from now, or never when `timeout` is None."""

    def __init__(self, timeout: Optional[float], clock: Clock = time.monotonic) -> None:
        self.timeout = timeout
        self._clock = clock
        self._at = None if timeout is None else clock() + timeout

    def remaining(self) -> Optional[float]:
        return None if self._at is None else max(0.0, self._at - self._clock())

    def passed(self) -> bool:
        remaining = self.remaining()
        return remaining is not None and remaining <= 0


class Backoff:
    """Poll intervals starting at `initial` and growing by half each time, up to a few seconds."""

    def __init__(self, initial: float = DEFAULT_POLL_INTERVAL) -> None:
        self._next = initial
        self._cap = max(initial, MAX_POLL_INTERVAL)

    def next(self, remaining: Optional[float] = None) -> float:
        delay = self._next
        self._next = min(self._cap, self._next * BACKOFF_FACTOR)
        return delay if remaining is None else min(delay, remaining)
