"""`stream` and `predictions.stream` against the loopback server, sync and async."""

from __future__ import annotations

import asyncio
from typing import List

import pytest

from replicate import AsyncReplicate, Replicate
from replicate.exceptions import ModelError
from replicate.lib.errors import StreamingNotSupportedError
from replicate.testing import Server
from replicate.testing._builtin_models import language_model_tokens

LLAMA = "replicate/llama-mock"


def test_stream_yields_the_tokens_from_the_sse_stream(client: Replicate, server: Server) -> None:
    events = list(client.stream(LLAMA, input={"prompt": "hey", "max_tokens": 6}))
    assert [str(event) for event in events] == language_model_tokens("hey", 6)
    assert all(event.event == "output" for event in events)
    (create, stream_request) = server.requests
    assert create.json()["stream"] is True and "prefer" not in create.headers
    assert stream_request.path.startswith("/stream/")
    assert stream_request.headers["authorization"] == f"Bearer {server.token}"  # same origin as the API
    assert stream_request.headers["accept"] == "text/event-stream"
    assert not any(r.path.startswith("/v1/predictions/") for r in server.requests)  # no polling


async def test_async_stream_works_with_async_for_directly(
    async_client: AsyncReplicate, server: Server
) -> None:
    tokens = [
        str(event) async for event in async_client.stream(LLAMA, input={"prompt": "yo", "max_tokens": 5})
    ]
    assert tokens == language_model_tokens("yo", 5)


def test_stream_raises_model_error_on_an_error_event(client: Replicate, server: Server) -> None:
    def broken(inputs: object, ctx: object) -> object:
        yield "partial"
        raise RuntimeError("exploded")

    server.register_model("me/broken", predict=broken, streaming=True)
    seen: List[str] = []
    with pytest.raises(ModelError, match="exploded") as raised:
        for event in client.stream("me/broken", input={}):
            seen.append(str(event))
    assert seen == ["partial"] and raised.value.prediction.status == "failed"


async def test_async_stream_raises_model_error(async_client: AsyncReplicate, server: Server) -> None:
    def broken(inputs: object, ctx: object) -> object:
        raise RuntimeError("exploded")
        yield  # pragma: no cover

    server.register_model("me/broken", predict=broken, streaming=True)
    with pytest.raises(ModelError, match="exploded"):
        async for _ in async_client.stream("me/broken", input={}):
            pass


def test_predictions_stream_of_a_prediction_without_a_stream_url_raises(
    client: Replicate, server: Server
) -> None:
    prediction = client.models.predictions.create(
        model_owner="replicate", model_name="hello-world", input={"text": "x"}
    )
    assert prediction.urls.stream is None
    with pytest.raises(StreamingNotSupportedError, match="does not stream"):
        list(client.predictions.stream(prediction_id=prediction.id))


def test_a_non_streaming_model_streams_its_whole_output(client: Replicate) -> None:
    assert [str(e) for e in client.stream("replicate/hello-world", input={"text": "x"})] == ["hello x"]


def test_predictions_stream_follows_an_existing_prediction(client: Replicate, server: Server) -> None:
    prediction = client.models.predictions.create(
        model_owner="replicate", model_name="llama-mock", input={"prompt": "p", "max_tokens": 4}, stream=True
    )
    tokens = [str(event) for event in client.predictions.stream(prediction_id=prediction.id)]
    assert tokens == language_model_tokens("p", 4)


async def test_async_predictions_stream(async_client: AsyncReplicate) -> None:
    prediction = await async_client.models.predictions.create(
        model_owner="replicate", model_name="llama-mock", input={"prompt": "p", "max_tokens": 3}, stream=True
    )
    tokens = [str(e) async for e in async_client.predictions.stream(prediction_id=prediction.id)]
    assert tokens == language_model_tokens("p", 3)


def test_stream_ref_is_checked_before_any_request(client: Replicate, server: Server) -> None:
    with pytest.raises(ValueError, match="owner/name"):
        client.stream("not a ref", input={})
    assert server.requests == []


async def test_async_task_cancellation_cancels_a_streamed_prediction(
    async_client: AsyncReplicate, server: Server
) -> None:
    async def consume() -> None:
        async for _ in async_client.stream(LLAMA, input={"prompt": "p", "max_tokens": 4000}):
            pass

    task = asyncio.ensure_future(consume())
    while not any(r.path.startswith("/stream/") for r in server.requests):
        await asyncio.sleep(0.01)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    (prediction_id,) = server.predictions
    assert server.wait_for_prediction(prediction_id)["status"] == "canceled"


def test_the_stream_uses_the_client_it_was_called_on(server: Server) -> None:
    with Replicate(base_url=server.url, bearer_token=server.token, default_headers={"X-Who": "me"}) as client:
        list(client.stream(LLAMA, input={"prompt": "p", "max_tokens": 2}))
    assert all(r.headers.get("x-who") == "me" for r in server.requests)


def test_follow_yields_logs_events_only_when_asked(client: Replicate, server: Server) -> None:
    from replicate.lib.stream import follow

    def chatty(input: dict, ctx: object) -> object:  # type: ignore[type-arg]
        ctx.log("warming up")  # type: ignore[attr-defined]
        yield "a"
        ctx.log("halfway")  # type: ignore[attr-defined]
        yield "b"

    server.register_model("me/chatty", predict=chatty, streaming=True)
    with_logs = [
        (e.event, e.data)
        for e in follow(
            client,
            client.models.predictions.create(model_owner="me", model_name="chatty", input={}, stream=True),
            logs=True,
        )
    ]
    assert ("logs", "warming up") in with_logs and ("logs", "halfway") in with_logs
    assert [data for kind, data in with_logs if kind == "output"] == ["a", "b"]
    without = [
        (e.event, e.data)
        for e in follow(
            client,
            client.models.predictions.create(model_owner="me", model_name="chatty", input={}, stream=True),
        )
    ]
    assert without == [("output", "a"), ("output", "b")]
