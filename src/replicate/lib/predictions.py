"""The bases of the generated predictions resources (named in codegen/config.yaml): `wait`, `stream`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, AsyncIterator, Generator, Iterator, Tuple, cast

from .._resource import AsyncAPIResource, SyncAPIResource
from ._polling import DEFAULT_POLL_INTERVAL

if TYPE_CHECKING:
    from .._client import AsyncReplicate, Replicate
    from ..types.prediction import Prediction
    from ._plan import Step, Tracker
    from ._stream_plan import StreamEvent

__all__ = ["AsyncPredictionsBase", "PredictionsBase"]

DEFAULT_WAIT_TIMEOUT = 30 * 60.0


class PredictionsBase(SyncAPIResource):
    def wait(
        self,
        prediction_id: str,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
    ) -> Prediction:
        """Poll the prediction until it is `succeeded`, `failed` or `canceled`, and return it.

        Polls every `poll_interval` seconds, backing off. After `timeout` seconds (30 minutes by
        default) raises `PredictionTimeoutError`, a `TimeoutError` carrying the last prediction
        seen; the prediction itself is left running. A failed prediction is returned, not raised.
        """
        from ._plan_runner import SyncPlanRunner

        steps, tracker = _wait_plan(prediction_id, timeout, poll_interval)
        return SyncPlanRunner(cast("Replicate", self._client)).run(steps, tracker)

    def stream(self, prediction_id: str) -> Iterator[StreamEvent]:
        """Iterate the output events of a prediction whose model streams (`str(event)` is the text)."""
        from .stream import follow

        client = cast("Replicate", self._client)
        prediction = client.predictions.get(prediction_id=_checked_id(prediction_id))
        return follow(client, prediction)


class AsyncPredictionsBase(AsyncAPIResource):
    async def wait(
        self,
        prediction_id: str,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
    ) -> Prediction:
        """Poll the prediction until it is terminal; see `PredictionsResource.wait`."""
        from ._plan_runner import AsyncPlanRunner

        steps, tracker = _wait_plan(prediction_id, timeout, poll_interval)
        return await AsyncPlanRunner(cast("AsyncReplicate", self._client)).run(steps, tracker)

    async def stream(self, prediction_id: str) -> AsyncIterator[StreamEvent]:
        """Iterate the output events of a prediction whose model streams, with `async for`."""
        from .stream import async_follow

        client = cast("AsyncReplicate", self._client)
        prediction = await client.predictions.get(prediction_id=_checked_id(prediction_id))
        async for event in async_follow(client, prediction):
            yield event


def _wait_plan(
    prediction_id: str, timeout: float, poll_interval: float
) -> Tuple[Generator[Step, Any, Prediction], Tracker]:
    """The checked arguments of `wait` as its plan (read, then poll) and the tracker it fills."""
    from ._plan import Tracker, wait_steps
    from ._polling import Backoff, Deadline, check_poll_interval, check_required_timeout

    deadline = Deadline(check_required_timeout(timeout))
    backoff = Backoff(check_poll_interval(poll_interval))
    tracker = Tracker(owned=False)
    return wait_steps(_checked_id(prediction_id), tracker, deadline, backoff), tracker


def _checked_id(prediction_id: object) -> str:
    if not isinstance(prediction_id, str) or not prediction_id:
        raise ValueError(f"prediction_id must be a non-empty string, got {prediction_id!r}")
    return prediction_id
