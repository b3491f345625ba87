"""The sync batch: a pool of worker threads drives the item plans; the caller's thread yields results.

At most `concurrency` inputs are in flight, and inputs are read from the iterable only as slots
free up, so a generator of a million inputs is never held in memory. Stopping early (Ctrl-C in the
caller's thread, an exception, or leaving the `for` loop) tells every worker to stop: each cancels
its prediction on the server, journals that, and exits; then the interrupt propagates.
"""

from __future__ import annotations

import threading
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from typing import TYPE_CHECKING, Any, Generator, Iterable, Iterator, List, Optional, Set

from .._plan import Cancel, Create, Sleep
from .._plan_runner import SyncPlanRunner
from ..run import sync_output
from ._plan import (
    BatchContext,
    Encode,
    Item,
    ListCreated,
    Outcome,
    Step,
    item_steps,
    reconcile_steps,
    resume,
    stopped,
)
from ._request import BatchBase
from ._results import BatchResult, BatchSummary

if TYPE_CHECKING:
    from ..._client import Replicate

__all__ = ["Batch"]


class _Stopped(BaseException):
    """Raised inside a worker's plan when the batch is stopping."""


class Batch(BatchBase["Replicate", Iterable[Any]]):
    """Iterate it for results as they complete; `summary` has the counts (final once iterated)."""

    _iterator: Optional[Iterator[BatchResult]] = None

    def __iter__(self) -> Iterator[BatchResult]:
        if self._iterator is None:
            self._iterator = self._run()
        return self._iterator

    def __enter__(self) -> Batch:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Stop the batch (canceling the predictions in flight), if it is still running."""
        if self._iterator is not None:
            self._iterator.close()  # type: ignore[attr-defined]

    def run(self) -> BatchSummary:
        """Run to the end, discarding the results (use a journal or `progress` to see them)."""
        for _ in self:
            pass
        return self.summary

    def _run(self) -> Generator[BatchResult, None, None]:
        context = self._open_context()
        stop = threading.Event()
        worker = _Worker(self._client, context, stop)
        pending: Set[Future[BatchResult]] = set()
        executor = ThreadPoolExecutor(self._request.concurrency, thread_name_prefix="replicate-batch")
        try:
            worker.drive(reconcile_steps(context), None)
            for index, input in enumerate(self._inputs):
                item = context.item(index, input)
                while len(pending) >= self._request.concurrency:
                    done, pending = wait(pending, return_when=FIRST_COMPLETED)
                    yield from _results(done)
                pending.add(executor.submit(worker.run_item, item))
            while pending:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                yield from _results(done)
        finally:
            stop.set()
            executor.shutdown(wait=True)
            context.close()


def _results(done: Iterable[Future[BatchResult]]) -> List[BatchResult]:
    return [future.result() for future in done]


class _Worker:
    def __init__(self, client: Replicate, context: BatchContext, stop: threading.Event) -> None:
        self.client = client
        self.runner = SyncPlanRunner(client)
        self.creator = SyncPlanRunner(client.with_options(max_retries=0))
        self.context = context
        self.stop = stop

    def run_item(self, item: Item) -> BatchResult:
        context = self.context
        try:
            outcome: Outcome = self.drive(item_steps(item, context), item)
        except _Stopped:
            outcome = self.abandon(item)
        value = None if outcome.output is None else sync_output(self.client, outcome.output)
        return context.finish(outcome, value)

    def abandon(self, item: Item) -> Outcome:
        """The batch is stopping: cancel this input's prediction and journal it (rerun recreates)."""
        prediction_id = self.context.to_cancel(item)
        if prediction_id is None:
            return stopped(item)
        return self.context.canceled(item, prediction_id, self.runner.cancel_quietly(prediction_id))

    def drive(self, steps: Generator[Step, Any, Any], item: Optional[Item]) -> Any:
        done, value = resume(steps)
        while not done:
            if self.stop.is_set() and item is not None:
                steps.close()
                raise _Stopped
            try:
                result = self.perform(value)
            except Exception as exc:
                done, value = resume(steps, error=exc)
                continue
            done, value = resume(steps, result)
        return value

    def perform(self, step: Step) -> object:
        if isinstance(step, Sleep):
            self.stop.wait(step.seconds)
            return None
        if isinstance(step, Create):
            return self.creator.create(step)
        if isinstance(step, Encode):
            from ..file_encoding import encode_file_inputs

            return encode_file_inputs(step.input, client=self.client, strategy=self.context.strategy)
        if isinstance(step, ListCreated):
            return list(self.client.predictions.list(created_after=step.created_after))
        if isinstance(step, Cancel):
            return self.runner.cancel_quietly(step.prediction_id)
        return self.runner.perform(step)
