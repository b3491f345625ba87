"""`run` against the loopback server, sync and async."""

from __future__ import annotations

import asyncio
import os
import signal
import threading
from typing import Any, Dict, List

import pytest

from replicate import AsyncReplicate, Replicate
from replicate.exceptions import ModelError
from replicate.helpers import AsyncFileOutput, FileOutput
from replicate.lib.errors import PredictionCanceledError, PredictionTimeoutError
from replicate.testing import PredictionContext, Server

HELLO = "replicate/hello-world"
LLAMA = "replicate/llama-mock"
PNG = "replicate/png-maker"


def creates(server: Server) -> List[Any]:
    return [r for r in server.requests if r.method == "POST" and r.path.endswith("/predictions")]


def version_reads(server: Server) -> List[Any]:
    return [r for r in server.requests if "/versions/" in r.path]


def latest_version(client: Replicate, model: str) -> str:
    owner, name = model.split("/")
    version = client.models.get(model_owner=owner, model_name=name).latest_version
    assert version is not None
    return version.id


# ---------------------------------------------------------------------------------------- outputs


def test_run_returns_the_output_in_one_request(client: Replicate, server: Server) -> None:
    assert client.run(HELLO, input={"text": "Alice"}) == "hello Alice"
    assert [(r.method, r.path) for r in server.requests] == [
        ("POST", "/v1/models/replicate/hello-world/predictions")
    ]
    assert server.requests[0].headers["prefer"] == "wait=60"


async def test_async_run_returns_the_output(async_client: AsyncReplicate, server: Server) -> None:
    assert await async_client.run(HELLO, input={"text": "Bob"}) == "hello Bob"
    assert len(server.requests) == 1


def test_run_by_version_and_by_owner_name_version(client: Replicate, server: Server) -> None:
    version = latest_version(client, HELLO)
    assert client.run(version, input={"text": "a"}) == "hello a"
    assert client.run(f"{HELLO}:{version}", input={"text": "b"}) == "hello b"
    bodies = [r.json() for r in creates(server)]
    assert [r.path for r in creates(server)] == ["/v1/predictions", "/v1/predictions"]
    assert [body["version"] for body in bodies] == [version, f"{HELLO}:{version}"]


def test_concatenated_iterator_output_is_one_string(client: Replicate, server: Server) -> None:
    output = client.run(LLAMA, input={"prompt": "hi", "max_tokens": 4})
    assert output == "You said: hi\n\nHere"


async def test_async_concatenated_iterator_output_is_one_string(async_client: AsyncReplicate) -> None:
    assert await async_client.run(LLAMA, input={"prompt": "hi", "max_tokens": 2}) == "You said:"


def test_iterator_output_without_concatenate_is_a_list(client: Replicate, server: Server) -> None:
    def words(inputs: Dict[str, Any], ctx: PredictionContext) -> Any:
        yield from ["a", "https:", "b"]

    server.register_model(
        "me/words",
        predict=words,
        output_schema={"type": "array", "items": {"type": "string"}, "x-cog-array-type": "iterator"},
    )
    output = client.run("me/words", input={})
    assert output == ["a", "https:", "b"]  # a token that starts with https: stays a string


def test_schema_is_fetched_once_per_version(client: Replicate, server: Server) -> None:
    client.run(LLAMA, input={"prompt": "a", "max_tokens": 2})
    client.run(LLAMA, input={"prompt": "b", "max_tokens": 2})
    assert len(version_reads(server)) == 1
    assert len(server.requests) == 3  # create, schema, create


def test_a_copied_client_has_its_own_schema_cache(client: Replicate, server: Server) -> None:
    client.run(LLAMA, input={"prompt": "a", "max_tokens": 2})
    client.copy().run(LLAMA, input={"prompt": "a", "max_tokens": 2})
    assert len(version_reads(server)) == 2


def test_file_outputs_are_file_output_objects(client: Replicate) -> None:
    output: List[object] = client.run(PNG, input={"prompt": "sunset", "width": 4, "height": 4})
    assert len(output) == 1
    image = output[0]
    assert isinstance(image, FileOutput)
    assert image.read().startswith(b"\x89PNG")
    assert b"".join(image).startswith(b"\x89PNG")


async def test_async_file_outputs(async_client: AsyncReplicate) -> None:
    output = await async_client.run(PNG, input={"prompt": "sunset", "width": 4, "height": 4})
    assert isinstance(output[0], AsyncFileOutput)
    assert (await output[0].read()).startswith(b"\x89PNG")


def test_data_uri_outputs_and_use_file_output_false(client: Replicate, server: Server) -> None:
    output = client.run(PNG, input={"prompt": "p", "width": 2, "height": 2, "return_data_uri": True})
    assert isinstance(output[0], FileOutput) and output[0].read().startswith(b"\x89PNG")
    plain = client.run(PNG, input={"prompt": "p", "width": 2, "height": 2}, use_file_output=False)
    assert isinstance(plain[0], str) and plain[0].startswith(server.origin)


# ---------------------------------------------------------------------------------------- Prefer: wait


@pytest.mark.parametrize(("wait", "header"), [(True, "wait=60"), (5, "wait=5"), (False, None)])
def test_prefer_wait_header(client: Replicate, server: Server, wait: Any, header: Any) -> None:
    assert client.run(HELLO, input={"text": "x"}, wait=wait, poll_interval=0.01) == "hello x"
    assert creates(server)[0].headers.get("prefer") == header


@pytest.mark.parametrize("wait", [0, 61, -1, 2.5, "60"])
def test_bad_wait_raises_before_any_request(client: Replicate, server: Server, wait: Any) -> None:
    with pytest.raises((ValueError, TypeError), match="wait must be"):
        client.run(HELLO, input={"text": "x"}, wait=wait)
    assert server.requests == []


def test_a_processing_prediction_after_prefer_wait_is_polled(client: Replicate, server: Server) -> None:
    def slowish(inputs: Dict[str, Any], ctx: PredictionContext) -> str:
        ctx.sleep(30)  # 1.5 s at speed 20
        return "finally"

    server.register_model("me/slowish", predict=slowish)
    assert client.run("me/slowish", input={}, wait=1, poll_interval=0.05) == "finally"
    gets = [r for r in server.requests if r.method == "GET" and r.path.startswith("/v1/predictions/")]
    assert len(creates(server)) == 1 and len(gets) >= 1


def test_held_create_outlives_a_short_client_read_timeout(server: Server) -> None:
    def slowish(inputs: Dict[str, Any], ctx: PredictionContext) -> str:
        ctx.sleep(30)  # 1.5 s at speed 20: longer than the client's 0.5 s read timeout
        return "done"

    server.register_model("me/slowish", predict=slowish)
    with Replicate(base_url=server.url, bearer_token=server.token, timeout=0.5) as client:
        assert client.run("me/slowish", input={}, wait=3) == "done"
    assert len(creates(server)) == 1
    assert len(server.predictions) == 1


# ---------------------------------------------------------------------------------------- failures


def test_failed_prediction_raises_model_error(client: Replicate, server: Server) -> None:
    with pytest.raises(ModelError) as raised:
        client.run("replicate/fails", input={"message": "boom"})
    prediction = raised.value.prediction
    assert prediction.status == "failed" and prediction.error == "boom"
    assert prediction.id in server.predictions and "About to fail" in (prediction.logs or "")
    assert "boom" in str(raised.value)


async def test_async_failed_prediction_raises_model_error(async_client: AsyncReplicate) -> None:
    with pytest.raises(ModelError, match="kaput"):
        await async_client.run("replicate/fails", input={"message": "kaput"})


def _canceled_model(server: Server) -> None:
    def cancels_itself(inputs: Dict[str, Any], ctx: PredictionContext) -> str:
        server_job_id = ctx.prediction_id
        threading.Thread(target=lambda: _cancel_on_server(server, server_job_id)).start()
        ctx.sleep(100)
        return "never"

    server.register_model("me/cancels", predict=cancels_itself)


def _cancel_on_server(server: Server, prediction_id: str) -> None:
    import httpx

    httpx.post(
        f"{server.url}/predictions/{prediction_id}/cancel",
        headers={"Authorization": f"Bearer {server.token}"},
    )


def test_canceled_prediction_raises_canceled_error(client: Replicate, server: Server) -> None:
    _canceled_model(server)
    with pytest.raises(PredictionCanceledError) as raised:
        client.run("me/cancels", input={}, poll_interval=0.05)
    assert isinstance(raised.value, ModelError) and raised.value.prediction.status == "canceled"


async def test_async_canceled_prediction_raises(async_client: AsyncReplicate, server: Server) -> None:
    _canceled_model(server)
    with pytest.raises(PredictionCanceledError):
        await async_client.run("me/cancels", input={}, poll_interval=0.05)


@pytest.mark.parametrize(
    "ref",
    ["", "hello-world", "owner/", "/name", "a/b/c", "owner/name:", "owner/name:abc", "owner/ name", "x" * 63],
)
def test_malformed_ref_raises_before_any_request(client: Replicate, server: Server, ref: str) -> None:
    with pytest.raises(ValueError, match="owner/name:version"):
        client.run(ref, input={})
    assert server.requests == []


def test_bad_arguments_raise_before_any_request(client: Replicate, server: Server) -> None:
    with pytest.raises(TypeError, match="input must be a dict"):
        client.run(HELLO, input=["text"])  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="file_encoding_strategy"):
        client.run(HELLO, input={}, file_encoding_strategy="zip")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="timeout"):
        client.run(HELLO, input={}, timeout=0)
    with pytest.raises(ValueError, match="poll_interval"):
        client.run(HELLO, input={}, poll_interval=-1)
    assert server.requests == []


# ---------------------------------------------------------------------------------------- deadlines and interrupts


def test_timeout_cancels_the_prediction_and_raises(client: Replicate, server: Server) -> None:
    with pytest.raises(PredictionTimeoutError) as raised:
        client.run("replicate/slow", input={"seconds": 600}, timeout=0.5, poll_interval=0.05)
    error = raised.value
    assert isinstance(error, TimeoutError) and error.prediction.status == "canceled"
    assert server.wait_for_prediction(error.prediction.id)["status"] == "canceled"
    prefer = creates(server)[0].headers.get("prefer")
    assert prefer is None  # a deadline under a second leaves no time to hold the request


async def test_async_timeout_cancels_the_prediction(async_client: AsyncReplicate, server: Server) -> None:
    with pytest.raises(PredictionTimeoutError) as raised:
        await async_client.run("replicate/slow", input={"seconds": 600}, timeout=1.5, poll_interval=0.05)
    assert creates(server)[0].headers.get("prefer") == "wait=1"
    assert server.wait_for_prediction(raised.value.prediction.id)["status"] == "canceled"


def test_keyboard_interrupt_cancels_the_prediction(client: Replicate, server: Server) -> None:
    assert threading.current_thread() is threading.main_thread()

    def interrupt_when_polling() -> None:
        while not any(r.method == "GET" for r in server.requests):
            threading.Event().wait(0.01)
        os.kill(os.getpid(), signal.SIGINT)

    threading.Thread(target=interrupt_when_polling, daemon=True).start()
    with pytest.raises(KeyboardInterrupt):
        client.run("replicate/slow", input={"seconds": 600}, wait=False, poll_interval=0.05)
    (prediction_id,) = server.predictions
    assert server.wait_for_prediction(prediction_id)["status"] == "canceled"
    assert server.requests[-1].path == f"/v1/predictions/{prediction_id}/cancel"


async def test_task_cancellation_cancels_the_prediction(async_client: AsyncReplicate, server: Server) -> None:
    task = asyncio.ensure_future(
        async_client.run("replicate/slow", input={"seconds": 600}, wait=False, poll_interval=0.05)
    )
    while not any(r.method == "GET" for r in server.requests):
        await asyncio.sleep(0.01)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    (prediction_id,) = server.predictions
    assert server.wait_for_prediction(prediction_id)["status"] == "canceled"


async def test_wait_for_timeout_cancels_the_prediction(async_client: AsyncReplicate, server: Server) -> None:
    with pytest.raises(asyncio.TimeoutError):
        await asyncio.wait_for(
            async_client.run("replicate/slow", input={"seconds": 600}, wait=False, poll_interval=0.05), 0.3
        )
    (prediction_id,) = server.predictions
    assert server.wait_for_prediction(prediction_id)["status"] == "canceled"


def test_run_uses_the_client_it_was_called_on(server: Server) -> None:
    with Replicate(base_url=server.url, bearer_token="r8_wrong") as wrong:
        from replicate.exceptions import AuthenticationError

        with pytest.raises(AuthenticationError) as raised:
            wrong.run(HELLO, input={"text": "x"})
        assert "r8_wrong" not in str(raised.value) and "r8_wrong" not in repr(raised.value)
    assert server.requests[0].headers["authorization"] == "Bearer r8_wrong"
