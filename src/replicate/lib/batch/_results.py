"""What a batch reports: each input's result, live progress, and the final summary (pure data)."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Optional

from typing_extensions import Literal

if TYPE_CHECKING:
    from ...types.prediction import Prediction

__all__ = ["BatchProgress", "BatchResult", "BatchSummary", "ResultStatus", "Tally"]

# "error": no prediction could be created (bad input, refused request), or it could not be followed.
ResultStatus = Literal["succeeded", "failed", "canceled", "error"]


@dataclass(frozen=True)
class BatchResult:
    """One input's result. `output` is shaped as `run` shapes it (files as `FileOutput`)."""

    index: int
    input: Any
    prediction_id: Optional[str]
    status: ResultStatus
    output: Any = None
    error: Optional[str] = None
    resumed: bool = False  # finished in an earlier run, read back from the journal
    prediction: Optional[Prediction] = None  # the final prediction (None when resumed or not created)

    @property
    def ok(self) -> bool:
        return self.status == "succeeded"


@dataclass(frozen=True)
class BatchProgress:
    done: int  # results so far, failures included
    failed: int  # results that did not succeed
    running: int  # predictions created and not yet finished
    total: Optional[int]  # number of inputs, when known
    elapsed: float  # seconds since the batch started
    rate: float  # results per second in this run (resumed ones excluded)
    resumed: int

    @property
    def eta(self) -> Optional[float]:
        """Seconds until the last result at the current rate, when the total is known."""
        if self.total is None or self.rate <= 0:
            return None
        return max(self.total - self.done, 0) / self.rate


@dataclass(frozen=True)
class BatchSummary:
    total: int
    succeeded: int
    failed: int
    canceled: int
    errors: int  # inputs with no prediction, or one that could not be followed
    resumed: int  # results read back from the journal
    created: int  # predictions this run created
    rate_limited: int  # 429s the batch absorbed by slowing down
    elapsed: float

    @property
    def ok(self) -> bool:
        return self.succeeded == self.total


class Tally:
    """Counts kept while a batch runs (thread-safe, for the sync batch's workers)."""

    def __init__(self, total: Optional[int], clock: Any = time.monotonic) -> None:
        self._lock = threading.Lock()
        self._clock = clock
        self.started = clock()
        self.total = total
        self.by_status = {"succeeded": 0, "failed": 0, "canceled": 0, "error": 0}
        self.resumed = 0
        self.created = 0
        self.running = 0

    def add_created(self) -> None:
        with self._lock:
            self.created += 1
            self.running += 1

    def add_attached(self) -> None:
        with self._lock:
            self.running += 1

    def add_result(self, result: BatchResult, *, was_running: bool) -> None:
        with self._lock:
            self.by_status[result.status] += 1
            self.resumed += result.resumed
            self.running -= was_running

    def progress(self) -> BatchProgress:
        with self._lock:
            elapsed = self._clock() - self.started
            done = sum(self.by_status.values())
            fresh = done - self.resumed
            return BatchProgress(
                done=done,
                failed=done - self.by_status["succeeded"],
                running=self.running,
                total=self.total,
                elapsed=elapsed,
                rate=fresh / elapsed if elapsed > 0 else 0.0,
                resumed=self.resumed,
            )

    def summary(self, rate_limited: int) -> BatchSummary:
        with self._lock:
            counts = self.by_status
            return BatchSummary(
                total=sum(counts.values()),
                succeeded=counts["succeeded"],
                failed=counts["failed"],
                canceled=counts["canceled"],
                errors=counts["error"],
                resumed=self.resumed,
                created=self.created,
                rate_limited=rate_limited,
                elapsed=self._clock() - self.started,
            )
