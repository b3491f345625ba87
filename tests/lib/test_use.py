"""`use` against the loopback server, sync and async."""

from __future__ import annotations

from typing import Any, Dict

import pytest

from replicate import AsyncReplicate, Replicate
from replicate.helpers import FileOutput
from replicate.lib.errors import InputValidationError
from replicate.testing import PredictionContext, Server, serve

HELLO = "replicate/hello-world"


def creates(server: Server) -> int:
    return sum(1 for r in server.requests if r.method == "POST" and r.path.endswith("/predictions"))


def test_a_function_returns_outputs_and_is_reusable(client: Replicate, server: Server) -> None:
    hello = client.use(HELLO)
    assert hello(text="one") == "hello one"
    assert hello(text="two") == "hello two"
    assert (
        creates(server) == 2
        and sum(1 for r in server.requests if r.path == "/v1/models/replicate/hello-world") == 1
    )


def test_file_outputs_of_a_function(client: Replicate) -> None:
    (image,) = client.use("replicate/png-maker")(prompt="cat", width=3, height=3)
    assert isinstance(image, FileOutput) and image.read().startswith(b"\x89PNG")
    (url,) = client.use("replicate/png-maker", use_file_output=False)(prompt="cat", width=3, height=3)
    assert isinstance(url, str)


def test_unknown_input_is_refused_before_any_prediction(client: Replicate, server: Server) -> None:
    with pytest.raises(InputValidationError, match=r"'txt'.*accepts: text") as raised:
        client.use(HELLO)(txt="typo")
    assert isinstance(raised.value, ValueError) and creates(server) == 0


def test_missing_required_input_is_refused(client: Replicate, server: Server) -> None:
    with pytest.raises(InputValidationError, match=r"Missing required input 'prompt'.*max_tokens, prompt"):
        client.use("replicate/llama-mock")(max_tokens=3)
    assert creates(server) == 0


def test_inputs_are_checked_against_a_pinned_version(client: Replicate, server: Server) -> None:
    model = client.models.get(model_owner="replicate", model_name="hello-world")
    assert model.latest_version is not None
    pinned = client.use(f"{HELLO}:{model.latest_version.id}")
    with pytest.raises(InputValidationError, match="'nope'"):
        pinned(nope=1)
    assert pinned(text="v") == "hello v" and creates(server) == 1


def test_create_returns_a_handle(client: Replicate, server: Server) -> None:
    def chatty(inputs: Dict[str, Any], ctx: PredictionContext) -> str:
        ctx.log("thinking")
        ctx.sleep(2)
        return "answer"

    server.register_model("me/chatty", predict=chatty)
    run = client.use("me/chatty").create()
    assert run.id in server.predictions and run.status in ("starting", "processing")
    assert run.output(poll_interval=0.02) == "answer"
    assert run.prediction.status == "succeeded" and run.logs() == "thinking\n"


def test_a_handle_can_be_canceled(client: Replicate, server: Server) -> None:
    run = client.use("replicate/slow").create(seconds=600)
    assert run.cancel().status in ("canceled", "processing", "starting")
    assert server.wait_for_prediction(run.id)["status"] == "canceled"


def test_a_streaming_function_yields_text_chunks(client: Replicate) -> None:
    llama = client.use("replicate/llama-mock", streaming=True)
    chunks = list(llama(prompt="hi", max_tokens=4))
    assert all(isinstance(chunk, str) for chunk in chunks) and "".join(chunks) == "You said: hi\n\nHere"


def test_use_runs_on_the_client_it_was_called_on(server: Server) -> None:
    with serve(speed=20.0) as other, Replicate(base_url=other.url, bearer_token=other.token) as other_client:
        assert other_client.use(HELLO)(text="x") == "hello x"
        assert len(other.predictions) == 1 and server.predictions == {}
        assert other.requests[-1].headers["authorization"] == f"Bearer {other.token}"


def test_malformed_ref_is_refused_when_use_is_called(client: Replicate, server: Server) -> None:
    with pytest.raises(ValueError, match="owner/name"):
        client.use("hello world")
    assert server.requests == []


async def test_async_function(async_client: AsyncReplicate, server: Server) -> None:
    hello = async_client.use(HELLO)
    assert await hello(text="a") == "hello a"
    run = await hello.create(text="b")
    assert await run.output(poll_interval=0.02) == "hello b" and run.status == "succeeded"
    assert await run.logs() == ""
    with pytest.raises(InputValidationError, match="accepts: text"):
        await hello(bad=1)


async def test_async_streaming_function(async_client: AsyncReplicate) -> None:
    llama = async_client.use("replicate/llama-mock", streaming=True)
    chunks = [chunk async for chunk in llama(prompt="hi", max_tokens=2)]
    assert chunks == ["You", " said:"]


async def test_async_handle_cancel(async_client: AsyncReplicate, server: Server) -> None:
    run = await async_client.use("replicate/slow").create(seconds=600)
    await run.cancel()
    assert server.wait_for_prediction(run.id)["status"] == "canceled"
