"""The create ► poll ► cancel conversation of `run()` and `predictions.wait`, as the server sees it.

Each is one plan of `_core` steps driven by the client's `_drive` (`lib/_plan_runner.py`): these
tests pin what goes over the wire (paths, bodies, `Prefer`, `Cancel-After`, retry counts, the
token), sync, and async under asyncio and trio.
"""

from __future__ import annotations

import re
from typing import Any, Awaitable, Callable, List, Tuple

import anyio
import pytest

from replicate import AsyncReplicate, Replicate
from replicate.exceptions import NotFoundError
from replicate.lib.errors import PredictionTimeoutError
from replicate.testing import RecordedRequest, Server, serve

BACKENDS = ["asyncio", "trio"]
SLOW = "/v1/models/replicate/slow/predictions"


def conversation(server: Server, since: int = 0) -> List[Tuple[str, str]]:
    """The requests (from the `since`-th) as (method, path), each poll collapsed into one."""
    seen: List[Tuple[str, str]] = []
    for request in server.requests[since:]:
        entry = (request.method, request.path)
        if not (seen and seen[-1] == entry and request.method == "GET"):
            seen.append(entry)
    return seen


def the_create(server: Server) -> RecordedRequest:
    (create,) = [r for r in server.requests if r.method == "POST" and r.path.endswith("/predictions")]
    return create


def run_async(backend: str, main: Callable[[AsyncReplicate], Awaitable[Any]], server: Server) -> Any:
    async def with_client() -> Any:
        async with AsyncReplicate(base_url=server.url, bearer_token=server.token) as client:
            return await main(client)

    return anyio.run(with_client, backend=backend)


def assert_polled_to_the_end(server: Server, create_path: str) -> str:
    (prediction_id,) = server.predictions
    assert conversation(server) == [("POST", create_path), ("GET", f"/v1/predictions/{prediction_id}")]
    return prediction_id


def assert_every_request_authenticated_first_try(server: Server) -> None:
    for request in server.requests:
        assert request.headers["authorization"] == f"Bearer {server.token}"
        assert request.headers["x-replicate-retry-count"] == "0"


# ---------------------------------------------------------------------------------------- create ► poll


def test_run_by_model_creates_on_the_model_then_polls_the_prediction(
    client: Replicate, server: Server
) -> None:
    output = client.run("replicate/slow", input={"seconds": 2}, wait=False, poll_interval=0.02)
    assert output == "done after 2 seconds"
    assert_polled_to_the_end(server, SLOW)
    create = the_create(server)
    assert create.json() == {"input": {"seconds": 2}}
    assert "prefer" not in create.headers and "cancel-after" not in create.headers
    assert_every_request_authenticated_first_try(server)


@pytest.mark.parametrize("backend", BACKENDS)
def test_async_run_by_model_has_the_same_conversation(server: Server, backend: str) -> None:
    async def main(client: AsyncReplicate) -> Any:
        return await client.run("replicate/slow", input={"seconds": 2}, wait=False, poll_interval=0.02)

    assert run_async(backend, main, server) == "done after 2 seconds"
    assert_polled_to_the_end(server, SLOW)
    assert the_create(server).json() == {"input": {"seconds": 2}}
    assert_every_request_authenticated_first_try(server)


def test_run_by_version_creates_a_held_prediction_with_the_deadline(
    client: Replicate, server: Server
) -> None:
    version = client.models.get(model_owner="replicate", model_name="hello-world").latest_version
    assert version is not None
    before = len(server.requests)
    output = client.run(
        f"replicate/hello-world:{version.id}",
        input={"text": "v"},
        wait=30,
        timeout=120,
        webhook="https://example.com/hook",
        webhook_events_filter=["completed"],
    )
    assert output == "hello v"
    assert conversation(server, before) == [("POST", "/v1/predictions")]  # answered while held: no poll
    create = the_create(server)
    assert create.json() == {
        "version": f"replicate/hello-world:{version.id}",
        "input": {"text": "v"},
        "webhook": "https://example.com/hook",
        "webhook_events_filter": ["completed"],
    }
    assert create.headers["prefer"] == "wait=30"
    cancel_after = re.fullmatch(r"(\d+)s", create.headers["cancel-after"])
    assert cancel_after is not None and 110 <= int(cancel_after.group(1)) <= 120


@pytest.mark.parametrize("backend", BACKENDS)
def test_async_wait_reads_then_polls_in_one_conversation(server: Server, backend: str) -> None:
    async def main(client: AsyncReplicate) -> Any:
        created = await client.models.predictions.create(
            model_owner="replicate", model_name="slow", input={"seconds": 2}
        )
        return await client.predictions.wait(prediction_id=created.id, poll_interval=0.02)

    done = run_async(backend, main, server)
    assert done.status == "succeeded"
    assert_polled_to_the_end(server, SLOW)


# ---------------------------------------------------------------------------------------- cancel


def assert_ends_with_one_cancel(server: Server) -> None:
    """Create, polls (none if a slow machine answers the create after the deadline), one cancel."""
    (prediction_id,) = server.predictions
    poll = ("GET", f"/v1/predictions/{prediction_id}")
    assert [entry for entry in conversation(server) if entry != poll] == [
        ("POST", SLOW),
        ("POST", f"/v1/predictions/{prediction_id}/cancel"),
    ]
    assert conversation(server)[1:-1] in ([], [poll])
    assert server.wait_for_prediction(prediction_id)["status"] == "canceled"


def test_run_past_its_timeout_cancels_once_and_tells_the_server_the_deadline(
    client: Replicate, server: Server
) -> None:
    with pytest.raises(PredictionTimeoutError) as raised:
        client.run("replicate/slow", input={"seconds": 600}, wait=False, timeout=0.4, poll_interval=0.05)
    assert raised.value.prediction.status == "canceled"
    assert_ends_with_one_cancel(server)
    assert the_create(server).headers["cancel-after"] == "5s"  # the API's minimum
    assert_every_request_authenticated_first_try(server)


@pytest.mark.parametrize("backend", BACKENDS)
def test_async_run_past_its_timeout_cancels_once(server: Server, backend: str) -> None:
    async def main(client: AsyncReplicate) -> Any:
        with pytest.raises(PredictionTimeoutError) as raised:
            await client.run(
                "replicate/slow", input={"seconds": 600}, wait=False, timeout=0.4, poll_interval=0.05
            )
        return raised.value

    assert run_async(backend, main, server).prediction.status == "canceled"
    assert_ends_with_one_cancel(server)


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_cancelled_async_run_sends_its_cancel_shielded(server: Server, backend: str) -> None:
    async def main(client: AsyncReplicate) -> Any:
        with anyio.CancelScope() as scope:

            async def cancel_when_polling() -> None:
                while not any(r.method == "GET" for r in server.requests):
                    await anyio.sleep(0.01)
                scope.cancel()

            async with anyio.create_task_group() as group:
                group.start_soon(cancel_when_polling)
                await client.run("replicate/slow", input={"seconds": 600}, wait=False, poll_interval=0.05)
        return scope.cancelled_caught

    assert run_async(backend, main, server) is True
    assert_ends_with_one_cancel(server)


def test_a_wait_timeout_polls_and_never_cancels(client: Replicate, server: Server) -> None:
    created = client.models.predictions.create(
        model_owner="replicate", model_name="slow", input={"seconds": 600}
    )
    with pytest.raises(PredictionTimeoutError):
        client.predictions.wait(prediction_id=created.id, timeout=0.3, poll_interval=0.05)
    assert conversation(server) == [("POST", SLOW), ("GET", f"/v1/predictions/{created.id}")]
    client.predictions.cancel(prediction_id=created.id)


# ---------------------------------------------------------------------------------------- errors


def test_a_refused_create_is_a_typed_error_sent_once() -> None:
    with serve(speed=20.0) as server, Replicate(base_url=server.url, bearer_token=server.token) as client:
        with pytest.raises(NotFoundError) as raised:
            client.run("nobody/nothing", input={})
        (create,) = server.requests
        assert create.path == "/v1/models/nobody/nothing/predictions"
        error = raised.value
        assert error.status_code == 404 and error.request_id == create.request_id
        assert server.token not in str(error) and server.token not in repr(error)
