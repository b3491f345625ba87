"""How fast a batch creates predictions: AIMD on the create rate, driven by 429s (pure; clock injected).

Unthrottled until the API first answers 429. Then the rate is halved from what was actually
achieved (multiplicative decrease) and nothing is sent until `Retry-After` has passed; every
accepted create raises the rate again by about `INCREASE` creates per second, each second
(additive increase). Once the rate is well above anything the API pushed back on, the throttle is
lifted (twice the rate of the last cut, 30 seconds without a 429), so a batch that met a burst
limit goes back to full speed.
"""

from __future__ import annotations

import email.utils
import threading
import time
from collections import deque
from typing import Callable, Deque, Mapping, Optional

__all__ = ["RateController", "retry_after_seconds"]

Clock = Callable[[], float]

DEFAULT_RETRY_AFTER = 1.0
MAX_RETRY_AFTER = 300.0
MIN_RATE = 0.2  # creates per second: never slower than one every 5 seconds
INCREASE = 1.0  # creates per second gained per second without a 429
WINDOW = 5.0  # seconds of accepted creates used to measure the achieved rate
UNTHROTTLE_FACTOR = 2.0  # lift the throttle once the rate is this far above the last cut
UNTHROTTLE_AFTER = 30.0  # and this many seconds have passed without a 429


def retry_after_seconds(headers: Mapping[str, str], now: Clock = time.time) -> float:
    """`retry-after-ms`, else `Retry-After` (seconds or an HTTP date), else one second; capped."""
    seconds: Optional[float] = None
    millis = headers.get("retry-after-ms")
    if millis is not None:
        try:
            seconds = float(millis) / 1000
        except ValueError:
            seconds = None
    value = headers.get("retry-after")
    if seconds is None and value is not None:
        try:
            seconds = float(value)
        except ValueError:
            try:
                seconds = email.utils.parsedate_to_datetime(value).timestamp() - now()
            except (TypeError, ValueError):
                seconds = None
    if seconds is None or seconds != seconds:  # missing, unparseable or NaN
        return DEFAULT_RETRY_AFTER
    return min(max(seconds, 0.0), MAX_RETRY_AFTER)


class RateController:
    """Thread-safe: the sync batch's workers share one."""

    def __init__(self, clock: Clock = time.monotonic) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self.rate: Optional[float] = None  # creates per second; None: unthrottled
        self._cut_at: Optional[float] = None  # the rate the last 429 cut to
        self._cut_time = float("-inf")  # when the last 429 cut the rate
        self._paused_until = 0.0
        self._next_at = 0.0
        self._accepted: Deque[float] = deque()
        self.rate_limited = 0  # 429s seen

    def delay(self) -> float:
        """Seconds to wait before the next create may be sent; 0 means send now (and it is counted)."""
        with self._lock:
            now = self._clock()
            ready = max(self._paused_until, self._next_at)
            if ready > now:
                return ready - now
            if self.rate is not None:
                self._next_at = now + 1.0 / self.rate
            return 0.0

    def accepted(self) -> None:
        """A create was accepted: speed up a little."""
        with self._lock:
            now = self._clock()
            self._accepted.append(now)
            while self._accepted and self._accepted[0] < now - WINDOW:
                self._accepted.popleft()
            if self.rate is None:
                return
            self.rate += INCREASE / self.rate
            recovered = self._cut_at is not None and self.rate >= self._cut_at * UNTHROTTLE_FACTOR
            if recovered and now - self._cut_time >= UNTHROTTLE_AFTER:
                self.rate = self._cut_at = None

    def now(self) -> float:
        return self._clock()

    def rejected(self, retry_after: float, sent_at: float) -> None:
        """The API answered 429 to a create sent at `sent_at` (`now()`): pause for `retry_after`
        seconds and halve the rate, once for all the creates that were in flight together."""
        with self._lock:
            now = self._clock()
            self.rate_limited += 1
            self._paused_until = max(self._paused_until, now + retry_after)
            self._next_at = self._paused_until
            if sent_at <= self._cut_time:
                return
            self._cut_time = now
            achieved = self._achieved(now)
            base = self.rate if self.rate is not None else achieved
            if self.rate is not None and achieved > 0:
                base = min(base, max(achieved, MIN_RATE))
            self.rate = self._cut_at = max(MIN_RATE, base / 2)

    def _achieved(self, now: float) -> float:
        recent = [at for at in self._accepted if at >= now - WINDOW]
        if not recent:
            return MIN_RATE * 2
        span = max(now - recent[0], 1.0)
        return len(recent) / span
