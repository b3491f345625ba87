"""Fixtures of the fault suite: the fault server, and one harness driving the sync and async clients."""

from __future__ import annotations

import asyncio
import inspect
import logging
import os
import time
from typing import Any, Awaitable, Iterator, List, Optional, Union

import pytest

from replicate import AsyncReplicate, Replicate
from replicate._base_client import AsyncAPIClient, SyncAPIClient

from .faultserver import FaultServer

TOKEN = "r8_fault_suite_secret_token_0123456789"
# Above a wall-time bound, only a guard against hangs: on a loaded shared machine (CI's 2 cores, or
# two busy loops beside the suite) scheduling alone can add seconds to any call.
HANG_GUARD = 15.0

AnyClient = Union[Replicate, AsyncReplicate]


class Side:
    """Runs a call on the sync or the async client; ``side.call(client, "predictions.get", ...)``.

    Timing on a shared machine: ``elapsed`` is the wall time of the last call, which load can only
    stretch; ``sleeps`` are the backoff sleeps the client chose during it (really slept), which load
    cannot change. Tests assert the exact bounds on ``sleeps``, lower bounds on wall times, and
    only a generous hang guard (``HANG_GUARD``) above them.
    """

    def __init__(self, is_async: bool) -> None:
        self.is_async = is_async
        self.loop: Optional[asyncio.AbstractEventLoop] = asyncio.new_event_loop() if is_async else None
        self.clients: List[AnyClient] = []
        self.elapsed = 0.0
        self.sleeps: List[float] = []

    @property
    def slept(self) -> float:
        return sum(self.sleeps)

    def spy_on_sleeps(self, monkeypatch: pytest.MonkeyPatch) -> None:
        sync_sleep, async_sleep = SyncAPIClient._sleep, AsyncAPIClient._sleep
        sleeps = self.sleeps

        def sleep(client: SyncAPIClient, seconds: float) -> None:
            sleeps.append(seconds)
            sync_sleep(client, seconds)

        async def asleep(client: AsyncAPIClient, seconds: float) -> None:
            sleeps.append(seconds)
            await async_sleep(client, seconds)

        monkeypatch.setattr(SyncAPIClient, "_sleep", sleep)
        monkeypatch.setattr(AsyncAPIClient, "_sleep", asleep)

    def __repr__(self) -> str:
        return "async" if self.is_async else "sync"

    def client(self, base_url: str, **kwargs: Any) -> AnyClient:
        kwargs.setdefault("bearer_token", TOKEN)
        client: AnyClient = (
            AsyncReplicate(base_url=base_url, **kwargs)
            if self.is_async
            else Replicate(base_url=base_url, **kwargs)
        )
        self.clients.append(client)
        return client

    def run(self, value: Any) -> Any:
        if self.loop is not None and inspect.isawaitable(value):
            return self.loop.run_until_complete(_await(value))
        return value

    def call(self, client: AnyClient, method: str, **kwargs: Any) -> Any:
        """Call ``client.<method>(**kwargs)``; ``self.elapsed`` is how long it took (even on error)."""
        target: Any = client
        for name in method.split("."):
            target = getattr(target, name)
        self.sleeps.clear()
        started = time.monotonic()
        try:
            return self.run(target(**kwargs))
        finally:
            self.elapsed = time.monotonic() - started

    def close(self) -> None:
        for client in self.clients:
            if isinstance(client, AsyncReplicate):
                self.run(client.close())
            else:
                client.close()
        if self.loop is not None:
            self.loop.close()


async def _await(value: Awaitable[Any]) -> Any:
    return await value


@pytest.fixture(params=["sync", "async"])
def side(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[Side]:
    harness = Side(request.param == "async")
    harness.spy_on_sleeps(monkeypatch)
    yield harness
    harness.close()


@pytest.fixture
def fault() -> Iterator[FaultServer]:
    with FaultServer() as server:
        yield server


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("REPLICATE_API_TOKEN", raising=False)
    monkeypatch.delenv("REPLICATE_BASE_URL", raising=False)


def open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


def open_sockets() -> int:
    count = 0
    for name in os.listdir("/proc/self/fd"):
        try:
            if os.readlink(f"/proc/self/fd/{name}").startswith("socket:"):
                count += 1
        except OSError:
            pass
    return count


class RetryLog(logging.Handler):
    """Collects the runtime's "Retrying ..." records; optionally calls a hook on each."""

    def __init__(self, hook: Any = None) -> None:
        super().__init__(logging.INFO)
        self.records: List[logging.LogRecord] = []
        self.hook = hook

    def emit(self, record: logging.LogRecord) -> None:
        if record.getMessage().startswith("Retrying"):
            self.records.append(record)
            if self.hook is not None:
                self.hook(record)


@pytest.fixture
def retry_log() -> Iterator[RetryLog]:
    handler = RetryLog()
    logger = logging.getLogger("replicate")
    previous = logger.level
    logger.setLevel(logging.INFO)
    logger.addHandler(handler)
    yield handler
    logger.removeHandler(handler)
    logger.setLevel(previous)


def _socket_inodes() -> set[str]:
    inodes: set[str] = set()
    for name in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{name}")
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[8:-1])
    return inodes


def connections_to(port: int) -> int:
    """Sockets of this process connected *to* ``port`` on loopback (the client side only)."""
    ours = _socket_inodes()
    count = 0
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            with open(table) as handle:
                rows = handle.read().splitlines()[1:]
        except OSError:
            continue
        for row in rows:
            fields = row.split()
            remote_port = int(fields[2].rsplit(":", 1)[1], 16)
            if remote_port == port and fields[9] in ours:
                count += 1
    return count


def busy_connections(client: object) -> int:
    """Connections of the client's httpx pool that are not idle (a request or body still in flight)."""
    http = client._http_client
    pool = http._transport._pool
    return sum(1 for connection in pool.connections if not connection.is_idle())
