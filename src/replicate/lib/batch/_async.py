"""The async batch: one task per input in flight (at most `concurrency`), results through a stream.

Works under asyncio and trio (anyio). Cancelling the task that iterates the batch (or Ctrl-C, or
leaving the `async for` early) cancels each prediction in flight on the server, shielded from the
cancellation, and journals it, before the cancellation propagates.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, AsyncIterable, AsyncIterator, Generator, Iterable, Optional, Union

import anyio
from anyio.abc import TaskGroup
from anyio.streams.memory import MemoryObjectSendStream

from .._plan import Cancel, Create, Sleep
from .._plan_runner import CANCEL_TIMEOUT, AsyncPlanRunner
from ..run import async_output
from ._plan import BatchContext, Encode, Item, ListCreated, Outcome, Step, item_steps, reconcile_steps, resume
from ._request import BatchBase
from ._results import BatchResult, BatchSummary

if TYPE_CHECKING:
    from ..._client import AsyncReplicate

__all__ = ["AsyncBatch"]

Inputs = Union[Iterable[Any], AsyncIterable[Any]]


class AsyncBatch(BatchBase["AsyncReplicate", Inputs]):
    """`async for result in batch` (or `async with batch: async for ...`); `summary` has the counts."""

    _iterator: Optional[AsyncIterator[BatchResult]] = None
    _feed_error: Optional[Exception] = None

    def __aiter__(self) -> AsyncIterator[BatchResult]:
        if self._iterator is None:
            self._iterator = self._run()
        return self._iterator

    async def __aenter__(self) -> AsyncBatch:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Stop the batch (canceling the predictions in flight), if it is still running."""
        if self._iterator is not None:
            await self._iterator.aclose()  # type: ignore[attr-defined]

    async def run(self) -> BatchSummary:
        """Run to the end, discarding the results (use a journal or `progress` to see them)."""
        async for _ in self:
            pass
        return self.summary

    async def _run(self) -> AsyncIterator[BatchResult]:
        context = self._open_context()
        worker = _Worker(self._client, context)
        send, receive = anyio.create_memory_object_stream[BatchResult](0)
        try:
            await worker.drive(reconcile_steps(context))
            async with anyio.create_task_group() as group, receive:
                group.start_soon(self._feed, group, worker, send)
                async for result in receive:
                    yield result
            if self._feed_error is not None:  # raised as itself, not in an exception group
                raise self._feed_error
        finally:
            context.close()

    async def _feed(
        self, group: TaskGroup, worker: _Worker, send: MemoryObjectSendStream[BatchResult]
    ) -> None:
        slots = anyio.Semaphore(self._request.concurrency)
        context = worker.context
        async with send:
            index = 0
            try:
                async for input in _each(self._inputs):
                    item = context.item(index, input)
                    index += 1
                    await slots.acquire()
                    group.start_soon(worker.run_item, item, slots, send.clone())
            except Exception as exc:  # a bad journal, or the inputs' iterator failed: stop it all
                self._feed_error = exc
                group.cancel_scope.cancel()


async def _each(inputs: Inputs) -> AsyncIterator[Any]:
    if isinstance(inputs, AsyncIterable):
        async for input in inputs:  # pyright: ignore[reportUnknownVariableType]
            yield input
    else:
        for input in inputs:
            yield input


class _Worker:
    def __init__(self, client: AsyncReplicate, context: BatchContext) -> None:
        self.client = client
        self.runner = AsyncPlanRunner(client)
        self.creator = AsyncPlanRunner(client.with_options(max_retries=0))
        self.context = context

    async def run_item(
        self, item: Item, slots: anyio.Semaphore, send: MemoryObjectSendStream[BatchResult]
    ) -> None:
        context = self.context
        async with send:
            try:
                outcome: Outcome = await self.drive(item_steps(item, context))
            except BaseException:  # cancellation, or KeyboardInterrupt under trio
                await self.abandon(item)
                raise
            value = None if outcome.output is None else async_output(self.client, outcome.output)
            await send.send(context.finish(outcome, value))
            slots.release()

    async def abandon(self, item: Item) -> None:
        """The batch is stopping: cancel this input's prediction and journal it (rerun recreates)."""
        prediction_id = self.context.to_cancel(item)
        if prediction_id is not None:
            with anyio.CancelScope(shield=True), anyio.move_on_after(CANCEL_TIMEOUT):
                canceled = await self.runner.cancel_quietly(prediction_id)
                self.context.canceled(item, prediction_id, canceled)

    async def drive(self, steps: Generator[Step, Any, Any]) -> Any:
        done, value = resume(steps)
        while not done:
            try:
                result = await self.perform(value)
            except Exception as exc:
                done, value = resume(steps, error=exc)
                continue
            done, value = resume(steps, result)
        return value

    async def perform(self, step: Step) -> object:
        if isinstance(step, Sleep):
            await anyio.sleep(step.seconds)
            return None
        if isinstance(step, Create):
            # Shielded: once sent, a create is answered, so that a cancellation finds its id to cancel.
            with anyio.CancelScope(shield=True):
                return await self.creator.create(step)
        if isinstance(step, Encode):
            from ..file_encoding import async_encode_file_inputs

            return await async_encode_file_inputs(
                step.input, client=self.client, strategy=self.context.strategy
            )
        if isinstance(step, ListCreated):
            return [p async for p in self.client.predictions.list(created_after=step.created_after)]
        if isinstance(step, Cancel):
            return await self.runner.cancel_quietly(step.prediction_id)
        return await self.runner.perform(step)
