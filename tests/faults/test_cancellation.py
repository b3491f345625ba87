"""``run()`` / ``stream()`` interrupted by a timeout, KeyboardInterrupt or task cancellation: the
prediction is canceled server-side and nothing is left behind (no request in flight in the pool,
no socket after ``close()``, no pending asyncio task).

``tests/lib/test_run.py`` and ``tests/lib/test_stream.py`` own the cancel mechanics; these add the
leak checks, and interrupts in the windows the lib tests do not hit (a held ``Prefer: wait``
create, the middle of a stream).
"""

from __future__ import annotations

import asyncio
import os
import signal
import threading
from typing import Any, Callable, Iterator, List

import pytest

from replicate import AsyncReplicate, Replicate
from replicate.testing import Server, serve

from .conftest import busy_connections, connections_to

SLOW = "replicate/slow"
LLAMA = "replicate/llama-mock"


@pytest.fixture
def server() -> Iterator[Server]:
    with serve(speed=20.0) as running:
        yield running


def _client(server: Server) -> Replicate:
    return Replicate(base_url=server.url, bearer_token=server.token)


def _async_client(server: Server) -> AsyncReplicate:
    return AsyncReplicate(base_url=server.url, bearer_token=server.token)


def _only_prediction_status(server: Server, timeout: float = 5.0) -> str:
    """The status of the one prediction once terminal (or as it is after ``timeout`` seconds)."""
    (prediction_id,) = server.predictions
    return str(server.wait_for_prediction(prediction_id, timeout=timeout)["status"])


def _no_cancel_request_was_sent(server: Server) -> bool:
    return not any(r.path.endswith("/cancel") for r in server.requests)


# An interrupt while the create is held by `Prefer: wait` comes before the prediction's id: the
# client cannot tell its prediction from another one the account created at the same moment, so it
# cancels nothing itself (docs/architecture.md, "Cancellation"). With `timeout=`, the create
# carries `Cancel-After` and the server cancels the prediction at the deadline.


@pytest.fixture
def interrupt_when() -> Iterator[Callable[[Callable[[], bool]], None]]:
    """``interrupt_when(condition)``: SIGINT the main thread once ``condition()`` holds (at most once,
    and never after the test ended)."""
    stop = threading.Event()

    def arm(condition: Callable[[], bool]) -> None:
        def watch() -> None:
            while not stop.is_set():
                if condition():
                    os.kill(os.getpid(), signal.SIGINT)
                    return
                stop.wait(0.005)

        threading.Thread(target=watch, daemon=True).start()

    yield arm
    stop.set()


# ---------------------------------------------------------------------------------------- sync


def test_run_timeout_cancels_and_leaves_no_connection(server: Server) -> None:
    from replicate.lib.errors import PredictionTimeoutError

    client = _client(server)
    with pytest.raises(PredictionTimeoutError):
        client.run(SLOW, input={"seconds": 600}, timeout=0.5, poll_interval=0.05)
    assert _only_prediction_status(server) == "canceled"
    assert busy_connections(client) == 0
    client.close()
    assert connections_to(server.port) == 0


def test_keyboard_interrupt_while_polling_cancels_and_leaves_no_connection(
    server: Server, interrupt_when: Callable[[Callable[[], bool]], None]
) -> None:
    client = _client(server)
    interrupt_when(lambda: any(r.method == "GET" for r in server.requests))
    with pytest.raises(KeyboardInterrupt):
        client.run(SLOW, input={"seconds": 600}, wait=False, poll_interval=0.05)
    assert _only_prediction_status(server) == "canceled"
    assert busy_connections(client) == 0
    client.close()
    assert connections_to(server.port) == 0


def test_keyboard_interrupt_during_a_held_create_with_a_timeout_is_canceled_by_the_server(
    server: Server, interrupt_when: Callable[[Callable[[], bool]], None]
) -> None:
    """The interrupt lands while the create is held open (no id known yet): the server cancels the
    prediction at the run's deadline (5 s, the shortest `Cancel-After` the API takes), not 30 s later."""
    client = _client(server)
    interrupt_when(lambda: bool(server.predictions))
    with pytest.raises(KeyboardInterrupt):
        client.run(SLOW, input={"seconds": 600}, wait=30, timeout=5)
    assert _only_prediction_status(server, timeout=15) == "canceled"
    assert _no_cancel_request_was_sent(server)
    client.close()
    assert connections_to(server.port) == 0


def test_keyboard_interrupt_during_a_held_create_without_a_timeout_leaves_the_prediction(
    server: Server, interrupt_when: Callable[[Callable[[], bool]], None]
) -> None:
    """The documented limit: no id, no deadline, so nothing is canceled (never someone else's)."""
    client = _client(server)
    interrupt_when(lambda: bool(server.predictions))
    with pytest.raises(KeyboardInterrupt):
        client.run(SLOW, input={"seconds": 600}, wait=30)
    assert _only_prediction_status(server, timeout=0.5) in ("starting", "processing")
    assert _no_cancel_request_was_sent(server)
    client.close()
    assert connections_to(server.port) == 0


def test_keyboard_interrupt_mid_stream_cancels_and_closes_the_stream(
    server: Server, interrupt_when: Callable[[Callable[[], bool]], None]
) -> None:
    client = _client(server)
    seen: List[str] = []
    interrupt_when(lambda: len(seen) >= 3)
    with pytest.raises(KeyboardInterrupt):
        for event in client.stream(LLAMA, input={"prompt": "p", "max_tokens": 4000}):
            seen.append(str(event))
    assert _only_prediction_status(server) == "canceled"
    assert busy_connections(client) == 0
    client.close()
    assert connections_to(server.port) == 0


def test_breaking_out_of_a_stream_closes_its_connection(server: Server) -> None:
    client = _client(server)
    stream = client.stream(LLAMA, input={"prompt": "p", "max_tokens": 4000})
    for index, _ in enumerate(stream):
        if index == 2:
            break
    stream.close()  # type: ignore[attr-defined]
    assert busy_connections(client) == 0
    client.close()
    assert connections_to(server.port) == 0


# ---------------------------------------------------------------------------------------- async


def _pending_tasks() -> int:
    return len(
        [task for task in asyncio.all_tasks() if task is not asyncio.current_task() and not task.done()]
    )


async def _polling_slow_prediction(client: AsyncReplicate, server: Server) -> asyncio.Task[object]:
    """``run()`` of the slow model, once it has started polling."""
    task = asyncio.ensure_future(client.run(SLOW, input={"seconds": 600}, wait=False, poll_interval=0.05))
    while not any(r.method == "GET" for r in server.requests):
        await asyncio.sleep(0.01)
    return task


async def _canceled_leaving_nothing(task: asyncio.Task[Any], client: AsyncReplicate, server: Server) -> None:
    """``task`` ends cancelled, its prediction is canceled on the server, no pooled connection is
    busy, and nothing is left running once the client is closed."""
    with pytest.raises(asyncio.CancelledError):
        await task
    assert _only_prediction_status(server) == "canceled"
    assert busy_connections(client) == 0
    await client.close()
    assert _pending_tasks() == 0


def test_task_cancellation_while_polling_cancels_and_leaves_nothing(server: Server) -> None:
    async def main() -> None:
        client = _async_client(server)
        task = await _polling_slow_prediction(client, server)
        task.cancel()
        await _canceled_leaving_nothing(task, client, server)

    asyncio.run(main())
    assert connections_to(server.port) == 0


def test_task_cancellation_while_a_response_is_being_closed_leaves_no_busy_connection(
    server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The cancel lands exactly where httpcore hands the connection back to its pool (the one yield
    in its ``_response_closed``): the window a CI run once hit by chance."""
    from httpcore._async.http11 import AsyncHTTP11Connection

    close_connection = AsyncHTTP11Connection._response_closed
    victim: List[asyncio.Task[object]] = []

    async def cancel_then_close(connection: AsyncHTTP11Connection) -> None:
        if victim and not victim[0].done():
            victim.pop().cancel()
        await close_connection(connection)

    async def main() -> None:
        client = _async_client(server)
        task = await _polling_slow_prediction(client, server)
        monkeypatch.setattr(AsyncHTTP11Connection, "_response_closed", cancel_then_close)
        victim.append(task)
        await _canceled_leaving_nothing(task, client, server)
        assert not victim, "the cancel was never delivered"

    asyncio.run(main())
    assert connections_to(server.port) == 0


def test_task_cancelled_during_a_held_create_with_a_timeout_is_canceled_by_the_server(server: Server) -> None:
    async def main() -> None:
        async with _async_client(server) as client:
            task = asyncio.ensure_future(client.run(SLOW, input={"seconds": 600}, wait=30, timeout=5))
            while not server.predictions:
                await asyncio.sleep(0.01)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            assert busy_connections(client) == 0
        assert _pending_tasks() == 0

    asyncio.run(main())
    assert _only_prediction_status(server, timeout=15) == "canceled"
    assert _no_cancel_request_was_sent(server)
    assert connections_to(server.port) == 0


def test_wait_for_timeout_during_a_held_create_without_a_timeout_leaves_the_prediction(
    server: Server,
) -> None:
    """The documented limit, under asyncio: the task ends at once and leaves nothing behind in the
    client, but the prediction (whose id never arrived) is not canceled."""

    async def main() -> None:
        async with _async_client(server) as client:
            with pytest.raises(asyncio.TimeoutError):
                await asyncio.wait_for(client.run(SLOW, input={"seconds": 600}, wait=30), 0.5)
            assert busy_connections(client) == 0
        assert _pending_tasks() == 0

    asyncio.run(main())
    assert _only_prediction_status(server, timeout=0.5) in ("starting", "processing")
    assert _no_cancel_request_was_sent(server)
    assert connections_to(server.port) == 0


def test_run_timeout_async_leaves_nothing(server: Server) -> None:
    from replicate.lib.errors import PredictionTimeoutError

    async def main() -> None:
        async with _async_client(server) as client:
            with pytest.raises(PredictionTimeoutError):
                await client.run(SLOW, input={"seconds": 600}, timeout=0.5, poll_interval=0.05)
            assert busy_connections(client) == 0
        assert _pending_tasks() == 0

    asyncio.run(main())
    assert _only_prediction_status(server) == "canceled"
    assert connections_to(server.port) == 0


def test_task_cancellation_mid_stream_cancels_and_leaves_nothing(server: Server) -> None:
    async def main() -> None:
        client = _async_client(server)
        seen: List[str] = []

        async def consume() -> None:
            async for event in client.stream(LLAMA, input={"prompt": "p", "max_tokens": 4000}):
                seen.append(str(event))

        task = asyncio.ensure_future(consume())
        while len(seen) < 3:
            await asyncio.sleep(0.01)
        task.cancel()
        await _canceled_leaving_nothing(task, client, server)

    asyncio.run(main())
    assert connections_to(server.port) == 0


# ---------------------------------------------------------------------------------------- httpcore's windows
#
# httpcore (1.0.9) puts a new connection in its pool before it has served a request. An interrupt
# landing between the two (the connection made, its request not yet started on it) leaves a
# connection that is neither idle nor closed nor assigned: never reused, never reaped, a pool slot
# lost for the life of the client. These tests deliver the interrupt exactly there.


def _interrupt_on_first_use_of_a_new_connection(
    monkeypatch: pytest.MonkeyPatch, connection_class: Any, name: str, interrupt: Callable[[], None]
) -> List[bool]:
    original = getattr(connection_class, name)
    fired: List[bool] = []

    def first_use(connection: Any, request: Any) -> Any:
        if not fired:
            fired.append(True)
            interrupt()
        return original(connection, request)

    monkeypatch.setattr(connection_class, name, first_use)
    return fired


def victim_cancel(victim: List[asyncio.Task[Any]]) -> Callable[[], None]:
    return lambda: victim[0].cancel() and None


def test_task_cancelled_as_a_new_connection_starts_its_request_loses_no_pool_slot(
    server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    import httpx
    from httpcore._async.http11 import AsyncHTTP11Connection

    async def main() -> None:
        limits = httpx.Limits(max_connections=1)
        http = httpx.AsyncClient(limits=limits, timeout=httpx.Timeout(5.0, pool=1.0))
        for client in (
            _async_client(server),
            AsyncReplicate(base_url=server.url, bearer_token=server.token, http_client=http),
        ):
            victim: List[asyncio.Task[Any]] = []
            fired = _interrupt_on_first_use_of_a_new_connection(
                monkeypatch, AsyncHTTP11Connection, "handle_async_request", victim_cancel(victim)
            )
            victim.append(asyncio.ensure_future(client.account.get()))
            with pytest.raises(asyncio.CancelledError):
                await victim[0]
            assert fired
            monkeypatch.undo()
            assert busy_connections(client) == 0
            assert (await client.account.get()).username  # a pool of one still has its slot
            await client.close()
        await http.aclose()
        assert _pending_tasks() == 0

    asyncio.run(main())
    assert connections_to(server.port) == 0


def test_task_cancelled_while_a_new_connection_waits_for_its_request_loses_no_pool_slot(
    server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One step earlier: the pool made the connection (not yet connected) and assigned it, and the
    cancel is requested before the request picks it up; it lands in the connect, which marks the
    connection failed, so no slot is lost here either."""
    from httpcore._async.connection_pool import AsyncPoolRequest

    async def main() -> None:
        client = _async_client(server)
        victim: List[asyncio.Task[Any]] = []
        original = AsyncPoolRequest.wait_for_connection

        async def cancel_then_wait(pool_request: Any, timeout: Any = None) -> Any:
            if victim and not victim[0].done():
                victim.pop().cancel()
            return await original(pool_request, timeout)

        monkeypatch.setattr(AsyncPoolRequest, "wait_for_connection", cancel_then_wait)
        task = asyncio.ensure_future(client.account.get())
        victim.append(task)
        with pytest.raises(asyncio.CancelledError):
            await task
        monkeypatch.undo()
        assert not victim, "the cancel was never delivered"
        assert busy_connections(client) == 0
        await client.close()

    asyncio.run(main())
    assert connections_to(server.port) == 0


def test_keyboard_interrupt_as_a_new_connection_starts_its_request_loses_no_pool_slot(
    server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    import httpx
    from httpcore._sync.http11 import HTTP11Connection

    def interrupt() -> None:
        raise KeyboardInterrupt

    http = httpx.Client(limits=httpx.Limits(max_connections=1), timeout=httpx.Timeout(5.0, pool=1.0))
    for client in (
        _client(server),
        Replicate(base_url=server.url, bearer_token=server.token, http_client=http),
    ):
        fired = _interrupt_on_first_use_of_a_new_connection(
            monkeypatch, HTTP11Connection, "handle_request", interrupt
        )
        with pytest.raises(KeyboardInterrupt):
            client.account.get()
        assert fired
        monkeypatch.undo()
        assert busy_connections(client) == 0
        assert client.account.get().username  # a pool of one still has its slot
        client.close()
    http.close()
    assert connections_to(server.port) == 0


def test_trio_cancellation_as_a_new_connection_starts_its_request_loses_no_pool_slot(
    server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    import anyio
    from httpcore._async.http11 import AsyncHTTP11Connection

    async def main() -> None:
        async with _async_client(server) as client:
            with anyio.CancelScope() as scope:
                fired = _interrupt_on_first_use_of_a_new_connection(
                    monkeypatch, AsyncHTTP11Connection, "handle_async_request", scope.cancel
                )
                await client.account.get()
            assert fired and scope.cancelled_caught
            monkeypatch.undo()
            assert busy_connections(client) == 0
            assert (await client.account.get()).username

    anyio.run(main, backend="trio")
    assert connections_to(server.port) == 0
