"""`stream`: read a prediction's output as it is produced, from its server-sent events at `urls.stream`.

A dropped connection is resumed with `Last-Event-ID` (a few times, with backoff), so no output
is lost or repeated. Interrupting (KeyboardInterrupt, task cancellation) while streaming a
prediction that `stream()` created cancels it; breaking out of the loop early does not.
"""

from __future__ import annotations

from typing import (
    TYPE_CHECKING,
    AsyncGenerator,
    AsyncIterable,
    AsyncIterator,
    Awaitable,
    Callable,
    Dict,
    Iterable,
    Iterator,
    Optional,
)

import httpx

from .._exceptions import ModelError
from .._streaming import SSEDecoder
from ._plan import Create, create_step
from ._plan_runner import AsyncPlanRunner, SyncPlanRunner
from ._polling import Deadline
from ._run_request import RunRequest
from ._stream_plan import Failed, StreamEvent, StreamFollower
from .errors import PredictionCanceledError, StreamingNotSupportedError

if TYPE_CHECKING:
    from .._client import AsyncReplicate, Replicate
    from ..types.prediction import Prediction

__all__ = ["StreamEvent", "async_follow", "async_stream", "follow", "stream"]


# ---------------------------------------------------------------------------------------- sync


def follow(client: Replicate, prediction: Prediction, *, logs: bool = False) -> Iterator[StreamEvent]:
    """The `output` events (and `logs` ones, if asked) of `prediction`'s stream until `done`;
    `ModelError` if it fails."""
    return _follow(client, lambda: prediction, logs=logs, runner=None)


def stream(client: Replicate, request: RunRequest) -> Iterator[StreamEvent]:
    def create() -> Prediction:
        from .file_encoding import encode_file_inputs

        encoded = encode_file_inputs(request.input, client=client, strategy=request.strategy)
        return runner.create(_create(request, encoded, client.timeout))

    runner = SyncPlanRunner(client)
    return _follow(client, create, logs=False, runner=runner)


def _follow(
    client: Replicate, start: Callable[[], Prediction], *, logs: bool, runner: Optional[SyncPlanRunner]
) -> Iterator[StreamEvent]:
    """`follow` the prediction `start()` returns (on the first `next`); with a `runner`, an
    interrupt cancels it. One generator, not one wrapping another: it runs once per token."""
    prediction = start()
    try:
        follower = StreamFollower(stream_url(prediction), logs=logs)
        delay = 0.0
        while True:
            result = client._drive(follower.connect(delay))
            error: Optional[Exception] = None
            decoder = SSEDecoder(StreamEvent)
            try:
                for chunk in _chunks_then_end(result.iter_bytes()):
                    outputs, end = follower.receive_all(decoder.feed(chunk) if chunk else decoder.flush())
                    yield from outputs
                    if end is None:
                        continue
                    if isinstance(end, Failed):
                        latest = client.predictions.get(prediction_id=prediction.id)
                        raise ModelError(latest, _failure_message(prediction, end))
                    if end.canceled:
                        raise PredictionCanceledError(client.predictions.get(prediction_id=prediction.id))
                    return
            except httpx.TransportError as exc:
                error = exc
            finally:
                result.close()
            delay = follower.reconnect_delay(result.request, error)
    except BaseException as exc:
        if runner is not None and _cancels(exc):
            runner.cancel_quietly(prediction.id)
        raise


# ---------------------------------------------------------------------------------------- async


def async_follow(
    client: AsyncReplicate, prediction: Prediction, *, logs: bool = False
) -> AsyncIterator[StreamEvent]:
    async def start() -> Prediction:
        return prediction

    return _async_follow(client, start, logs=logs, runner=None)


def async_stream(client: AsyncReplicate, request: RunRequest) -> AsyncIterator[StreamEvent]:
    async def create() -> Prediction:
        from .file_encoding import async_encode_file_inputs

        encoded = await async_encode_file_inputs(request.input, client=client, strategy=request.strategy)
        return await runner.create(_create(request, encoded, client.timeout))

    runner = AsyncPlanRunner(client)
    return _async_follow(client, create, logs=False, runner=runner)


async def _async_follow(
    client: AsyncReplicate,
    start: Callable[[], Awaitable[Prediction]],
    *,
    logs: bool,
    runner: Optional[AsyncPlanRunner],
) -> AsyncIterator[StreamEvent]:
    prediction = await start()
    try:
        follower = StreamFollower(stream_url(prediction), logs=logs)
        delay = 0.0
        while True:
            result = await client._drive(follower.connect(delay))
            error: Optional[Exception] = None
            decoder = SSEDecoder(StreamEvent)
            chunks = _async_chunks_then_end(result.aiter_bytes())
            try:
                async for chunk in chunks:
                    outputs, end = follower.receive_all(decoder.feed(chunk) if chunk else decoder.flush())
                    for event in outputs:
                        yield event
                    if end is None:
                        continue
                    if isinstance(end, Failed):
                        latest = await client.predictions.get(prediction_id=prediction.id)
                        raise ModelError(latest, _failure_message(prediction, end))
                    if end.canceled:
                        latest = await client.predictions.get(prediction_id=prediction.id)
                        raise PredictionCanceledError(latest)
                    return
            except httpx.TransportError as exc:
                error = exc
            finally:
                await chunks.aclose()
                await result.aclose()
            delay = follower.reconnect_delay(result.request, error)
    except BaseException as exc:
        if runner is not None and _cancels(exc):
            await runner.cancel_shielded(prediction.id)
        raise


# ---------------------------------------------------------------------------------------- shared


def stream_url(prediction: Prediction) -> str:
    url = prediction.urls.stream
    if not url:
        raise StreamingNotSupportedError(
            f"Prediction {prediction.id} of {prediction.model} has no stream URL: this model does not "
            "stream its output. Use run() instead."
        )
    return url


def _create(request: RunRequest, encoded: Dict[str, object], client_timeout: httpx.Timeout) -> Create:
    """The create request of a streamed prediction: never held (`Prefer: wait`), output comes by SSE."""
    return create_step(
        request.ref, encoded, wait=None, deadline=Deadline(None), client_timeout=client_timeout, stream=True
    )


def _cancels(exc: BaseException) -> bool:
    """Whether ending with `exc` cancels the prediction `stream()` created: on KeyboardInterrupt or
    task cancellation (not an error, and not the consumer leaving early), and when the model
    turns out not to stream."""
    return not isinstance(exc, (Exception, GeneratorExit)) or isinstance(exc, StreamingNotSupportedError)


def _failure_message(prediction: Prediction, failure: Failed) -> str:
    return f"Prediction {prediction.id} failed: {failure.detail}"


def _chunks_then_end(chunks: Iterable[bytes]) -> Iterator[bytes]:
    """The body's non-empty chunks, then one empty chunk marking its end."""
    for chunk in chunks:
        if chunk:
            yield chunk
    yield b""


async def _async_chunks_then_end(chunks: AsyncIterable[bytes]) -> AsyncGenerator[bytes, None]:
    async for chunk in chunks:
        if chunk:
            yield chunk
    yield b""
