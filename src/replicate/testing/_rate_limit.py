"""The create rate limit: a token bucket answering 429 with `Retry-After`, as Replicate does."""

from __future__ import annotations

import math
import threading
import time
from typing import Callable, Optional

from ._problems import ApiProblem

__all__ = ["CreateRateLimit"]


class CreateRateLimit:
    """At most `count` creates per `seconds`, refilled smoothly (bursts up to `count`)."""

    def __init__(self, count: int, seconds: float, clock: Callable[[], float] = time.monotonic) -> None:
        if count < 1 or seconds <= 0:
            raise ValueError("create_rate_limit must be (count >= 1, seconds > 0)")
        self._capacity = float(count)
        self._per_second = count / seconds
        self._tokens = float(count)
        self._clock = clock
        self._at = clock()
        self._lock = threading.Lock()
        self.rejected = 0

    def check(self) -> None:
        """Take one create from the bucket, or raise the 429 the API answers when it is empty."""
        wait = self._take()
        if wait is None:
            return
        retry_after = max(1, math.ceil(wait))
        raise ApiProblem(
            429,
            f"Request was throttled. Expected available in {retry_after} second.",
            title="Request was throttled",
            headers={"Retry-After": str(retry_after)},
        )

    def _take(self) -> Optional[float]:
        with self._lock:
            now = self._clock()
            self._tokens = min(self._capacity, self._tokens + (now - self._at) * self._per_second)
            self._at = now
            if self._tokens >= 1:
                self._tokens -= 1
                return None
            self.rejected += 1
            return (1 - self._tokens) / self._per_second
