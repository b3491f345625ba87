"""Load: 10,000 requests through one sync client (threads) and one async client (500 tasks), and a
1,000,000-token stream, against ``loadserver.py`` in its own process.

Why not ``replicate.testing``: it is a thread-per-connection server that routes, validates and
records every request; sharing this process's GIL with the client under test it, not the SDK,
would be what is measured. ``loadserver.py`` is a minimal asyncio keep-alive server that also
counts the connections it accepted and the most requests it was answering at once.
"""

from __future__ import annotations

import asyncio
import gc
import json
import subprocess
import sys
import threading
import time
import tracemalloc
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Dict, Iterator, List

import httpx
import pytest

from replicate import AsyncReplicate, Replicate
from replicate._constants import DEFAULT_CONNECTION_LIMITS

from .conftest import TOKEN, RetryLog, open_fds

POOL = DEFAULT_CONNECTION_LIMITS.max_connections
REQUESTS = 10_000
# The load server is another process: on a loaded machine it may not get to accept() for seconds.
# What these tests check (no errors, the pool's bounds, nothing leaked) does not depend on that.
PATIENT = httpx.Timeout(60.0, connect=30.0)


class LoadServer:
    def __init__(self, delay: float = 0.0) -> None:
        script = Path(__file__).with_name("loadserver.py")
        self.process = subprocess.Popen(
            [sys.executable, str(script), str(delay)], stdout=subprocess.PIPE, text=True
        )
        assert self.process.stdout is not None
        self.port = int(self.process.stdout.readline())
        self.url = f"http://127.0.0.1:{self.port}/v1"

    def stats(self) -> Dict[str, int]:
        with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/stats", timeout=10) as answer:
            return json.loads(answer.read())  # type: ignore[no-any-return]

    def reset(self) -> None:
        request = urllib.request.Request(f"http://127.0.0.1:{self.port}/reset", method="POST")
        with urllib.request.urlopen(request, timeout=10):
            pass

    def stop(self) -> None:
        self.process.kill()
        self.process.wait()
        if self.process.stdout is not None:
            self.process.stdout.close()


@pytest.fixture(scope="module")
def load_server() -> Iterator[LoadServer]:
    server = LoadServer()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def slow_server() -> Iterator[LoadServer]:
    server = LoadServer(delay=0.1)
    yield server
    server.stop()


def rss_mb() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * 4096 / 1e6


def _wait_for_server_connections_to_close(server: LoadServer, patience: float = 5) -> Dict[str, int]:
    deadline = time.monotonic() + patience
    stats = server.stats()
    while stats["open"] and time.monotonic() < deadline:
        time.sleep(0.05)
        stats = server.stats()
    return stats


def _reset_once_earlier_clients_left(server: LoadServer) -> None:
    """A closed client's sockets reach the server late on a loaded machine; still counted as open
    they would add to the next test's ``max_open``."""
    _wait_for_server_connections_to_close(server, patience=30)
    server.reset()


def _assert_each_request_sent_once_and_retries_explained(stats: Dict[str, int], retry_log: RetryLog) -> None:
    """Every call's first attempt reached the server exactly once. On a loaded machine a few
    attempts may fail and be retried (the client's documented recovery, so the server can count
    10,001 requests); each retry the server saw must be one the client logged, and they stay rare."""
    assert stats["requests"] == REQUESTS
    assert stats["retries"] <= len(retry_log.records) <= REQUESTS // 100


def test_10000_requests_through_one_sync_client_from_32_threads(
    load_server: LoadServer, retry_log: RetryLog
) -> None:
    gc.collect()
    fds_before = open_fds()
    with Replicate(base_url=load_server.url, bearer_token=TOKEN, timeout=PATIENT) as client:
        with ThreadPoolExecutor(32) as pool:
            list(pool.map(lambda _: client.predictions.get(prediction_id="warm"), range(500)))
            gc.collect()
            rss_before = rss_mb()
            load_server.reset()
            started = time.monotonic()
            ids = list(pool.map(lambda _: client.predictions.get(prediction_id="p1").id, range(REQUESTS)))
            elapsed = time.monotonic() - started
        gc.collect()
        rss_growth = rss_mb() - rss_before
    stats = _wait_for_server_connections_to_close(load_server)
    assert ids == ["p1"] * REQUESTS  # no errors: any exception would have propagated
    _assert_each_request_sent_once_and_retries_explained(stats, retry_log)
    assert stats["max_in_flight"] <= POOL
    assert stats["open"] == 0
    assert open_fds() == fds_before
    assert rss_growth < 20, f"RSS grew {rss_growth:.1f} MB over {REQUESTS} requests"
    print(
        f"sync: {REQUESTS} requests in {elapsed:.1f}s, {stats['accepted']} connections, RSS +{rss_growth:.1f} MB"
    )


def test_10000_requests_through_one_async_client_from_500_tasks(
    load_server: LoadServer, retry_log: RetryLog
) -> None:
    async def main() -> Dict[str, float]:
        gc.collect()
        fds_before = open_fds()
        async with AsyncReplicate(base_url=load_server.url, bearer_token=TOKEN, timeout=PATIENT) as client:
            await asyncio.gather(*(client.predictions.get(prediction_id="warm") for _ in range(500)))
            gc.collect()
            rss_before = rss_mb()
            load_server.reset()
            errors: List[BaseException] = []

            async def worker() -> None:
                for _ in range(REQUESTS // 500):
                    try:
                        prediction = await client.predictions.get(prediction_id="p1")
                        assert prediction.id == "p1"
                    except BaseException as exc:
                        errors.append(exc)

            started = time.monotonic()
            await asyncio.gather(*(worker() for _ in range(500)))
            elapsed = time.monotonic() - started
            assert errors == []
            gc.collect()
            rss_growth = rss_mb() - rss_before
        others = [task for task in asyncio.all_tasks() if task is not asyncio.current_task()]
        assert others == []  # nothing left running in the background
        assert open_fds() == fds_before
        return {"elapsed": elapsed, "rss_growth": rss_growth}

    result = asyncio.run(main())
    stats = _wait_for_server_connections_to_close(load_server)
    _assert_each_request_sent_once_and_retries_explained(stats, retry_log)
    assert stats["max_in_flight"] <= POOL
    assert stats["open"] == 0
    assert result["rss_growth"] < 20
    print(f"async: {REQUESTS} requests in {result['elapsed']:.1f}s, {stats['accepted']} connections")


def test_500_tasks_queue_for_the_pool_instead_of_failing_with_pool_timeout(slow_server: LoadServer) -> None:
    """Each request takes 0.1 s and the pool has 100 connections, so in httpcore's queue the last of
    500 tasks would wait ~0.4 s (longer on a loaded machine) for one: beyond the 0.2 s pool timeout.
    The client's own queue is not part of that timeout."""

    async def main() -> List[str]:
        timeout = httpx.Timeout(30.0, pool=0.2)
        async with AsyncReplicate(
            base_url=slow_server.url, bearer_token=TOKEN, timeout=timeout, max_retries=0
        ) as client:
            predictions = await asyncio.gather(
                *(client.predictions.get(prediction_id="p1") for _ in range(500))
            )
            return [p.id for p in predictions]  # type: ignore[misc]

    _reset_once_earlier_clients_left(slow_server)
    assert asyncio.run(main()) == ["p1"] * 500
    assert slow_server.stats()["max_in_flight"] <= POOL


def test_200_threads_queue_for_the_pool_instead_of_failing_with_pool_timeout(slow_server: LoadServer) -> None:
    """In httpcore's queue the second 100 threads would wait ~0.1 s (or longer) for a connection."""
    _reset_once_earlier_clients_left(slow_server)
    timeout = httpx.Timeout(30.0, pool=0.05)
    with Replicate(base_url=slow_server.url, bearer_token=TOKEN, timeout=timeout, max_retries=0) as client:
        barrier = threading.Barrier(200)

        def one(_: int) -> str:
            barrier.wait()
            return client.predictions.get(prediction_id="p1").id  # type: ignore[return-value]

        with ThreadPoolExecutor(200) as pool:
            assert list(pool.map(one, range(200))) == ["p1"] * 200
    assert slow_server.stats()["max_in_flight"] <= POOL


def test_a_1_000_000_token_stream_keeps_memory_flat(load_server: LoadServer) -> None:
    """RSS is sampled every 100,000 tokens over the whole stream, and tracemalloc traces 40,000
    tokens in the middle, sampled every 500. What is alive varies with the position in the current
    network read (a 64 KB read decodes to ~2,000 events at once), so the floor is compared: the
    least memory in the window's first quarter and in its last quarter. A leak of even one small
    object per token would raise it by over 1 MB."""
    tokens = 1_000_000
    samples: List[float] = []
    traced: List[int] = []
    peak = 0
    count = 0
    with Replicate(base_url=load_server.url, bearer_token=TOKEN, timeout=PATIENT) as client:
        for event in client.predictions.stream(prediction_id=f"stream-{tokens}"):
            count += 1
            if count % 100_000 == 0:
                samples.append(rss_mb())
            if count == 500_000:
                tracemalloc.start()
            elif 500_000 < count <= 540_000 and count % 500 == 0:
                traced.append(tracemalloc.get_traced_memory()[0])
                if count == 540_000:
                    peak = tracemalloc.get_traced_memory()[1]
                    tracemalloc.stop()
            assert event.data == f"t{count % 10}"
    assert count == tokens
    assert max(samples) - samples[0] < 5, f"RSS over the stream (MB): {samples}"
    quarter = len(traced) // 4
    floor_growth = min(traced[-quarter:]) - min(traced[:quarter])
    assert floor_growth < 64 * 1024, f"memory floor rose {floor_growth} bytes over 30,000 tokens: {traced}"
    assert peak < 4 * 1024 * 1024, f"peak {peak} bytes while tracing"
