"""A create that provably never left the client (no connection) is retried; one that may have reached
the server (the connection broke after sending) is not re-created blindly: the journal reconciles it."""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Callable, Dict, List, Optional, Tuple

import httpx
import pytest

from replicate.lib.batch import _plan
from replicate.testing import Server

from ._sides import SIDES, run_batch
from .conftest import MODEL, created_by_text, journal_records

# A fault for a create attempt: raised before sending (unsent) or after the server answered (sent).
Fault = Callable[[httpx.Request], Exception]


class FaultyCreates:
    """Transports that fail the first create attempts of chosen inputs, counting every attempt."""

    def __init__(self, before_send: Dict[str, List[Fault]], after_send: Dict[str, List[Fault]]) -> None:
        self.before_send = before_send
        self.after_send = after_send
        self.attempts: Dict[str, int] = {}
        self.lock = threading.Lock()

    def faults_for(self, request: httpx.Request) -> Tuple[Optional[Fault], Optional[Fault]]:
        if request.method != "POST" or not request.url.path.endswith("/predictions"):
            return None, None
        text = str(json.loads(request.content)["input"]["text"])
        with self.lock:
            attempt = self.attempts.get(text, 0)
            self.attempts[text] = attempt + 1
        before, after = self.before_send.get(text, []), self.after_send.get(text, [])
        return (
            before[attempt] if attempt < len(before) else None,
            after[attempt] if attempt < len(after) else None,
        )

    def sync(self) -> httpx.BaseTransport:
        faults, inner = self, httpx.HTTPTransport()

        class Transport(httpx.BaseTransport):
            def handle_request(self, request: httpx.Request) -> httpx.Response:
                before, after = faults.faults_for(request)
                if before is not None:
                    raise before(request)
                response = inner.handle_request(request)
                if after is not None:
                    response.read()
                    raise after(request)
                return response

            def close(self) -> None:
                inner.close()

        return Transport()

    def async_(self) -> httpx.AsyncBaseTransport:
        faults, inner = self, httpx.AsyncHTTPTransport()

        class Transport(httpx.AsyncBaseTransport):
            async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
                before, after = faults.faults_for(request)
                if before is not None:
                    raise before(request)
                response = await inner.handle_async_request(request)
                if after is not None:
                    await response.aread()
                    raise after(request)
                return response

            async def aclose(self) -> None:
                await inner.aclose()

        return Transport()


def refused(request: httpx.Request) -> Exception:
    return httpx.ConnectError("[Errno 111] Connection refused", request=request)


def connect_timeout(request: httpx.Request) -> Exception:
    return httpx.ConnectTimeout("timed out while connecting", request=request)


def reset_after_send(request: httpx.Request) -> Exception:
    return httpx.ReadError("[Errno 104] Connection reset by peer", request=request)


TEXTS = [f"t{i}" for i in range(6)]


@pytest.mark.parametrize("side", SIDES)
def test_creates_that_never_connected_are_retried_once_each(
    side: str, server: Server, tmp_path: Path
) -> None:
    faults = FaultyCreates({text: [refused, connect_timeout] for text in TEXTS}, {})
    journal = tmp_path / "journal.jsonl"
    inputs = [{"text": text} for text in TEXTS]

    results, summary = run_batch(
        side, server, MODEL, inputs, concurrency=3, journal=str(journal), transport=faults
    )

    assert [(r.index, r.status, r.output) for r in sorted(results, key=lambda r: r.index)] == [
        (i, "succeeded", f"echo {text}") for i, text in enumerate(TEXTS)
    ]
    assert summary.succeeded == summary.created == len(TEXTS) and summary.errors == 0
    assert faults.attempts == {text: 3 for text in TEXTS}  # two refused, then the one that got through
    assert created_by_text(server) == {text: 1 for text in TEXTS}
    unsent = [r["index"] for r in journal_records(journal) if r.get("event") == "not_created"]
    assert sorted(unsent) == sorted(list(range(len(TEXTS))) * 2)


@pytest.mark.parametrize("side", SIDES)
def test_retries_of_an_unsent_create_are_bounded(
    side: str, server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_plan, "retry_delay", lambda retries_taken, headers: 0.01)  # type: ignore[misc]
    faults = FaultyCreates({"t0": [refused] * 100}, {})

    results, summary = run_batch(side, server, MODEL, [{"text": "t0"}, {"text": "t1"}], transport=faults)

    by_index = {r.index: r for r in results}
    assert by_index[0].status == "error" and "ConnectError" in str(by_index[0].error)
    assert by_index[1].status == "succeeded"
    assert faults.attempts["t0"] == 1 + _plan.UNSENT_RETRIES
    assert created_by_text(server) == {"t1": 1}
    assert summary.errors == 1


@pytest.mark.parametrize("side", SIDES)
def test_a_create_that_reached_the_server_is_not_sent_again(
    side: str, server: Server, tmp_path: Path
) -> None:
    faults = FaultyCreates({}, {"t1": [reset_after_send]})
    journal = tmp_path / "journal.jsonl"
    inputs = [{"text": text} for text in TEXTS[:3]]

    results, _ = run_batch(side, server, MODEL, inputs, journal=str(journal), transport=faults)

    by_index = {r.index: r for r in results}
    assert by_index[1].status == "error" and "ReadError" in str(by_index[1].error)
    assert faults.attempts["t1"] == 1  # not re-created blindly
    assert created_by_text(server) == {"t0": 1, "t1": 1, "t2": 1}
    (made_for_t1,) = [p["id"] for p in server.predictions.values() if p["input"]["text"] == "t1"]

    rerun, summary = run_batch(side, server, MODEL, inputs, journal=str(journal), transport=faults)

    by_index = {r.index: r for r in rerun}
    assert by_index[1].status == "succeeded" and by_index[1].prediction_id == made_for_t1  # reconciled
    assert summary.created == 0
    assert created_by_text(server) == {"t0": 1, "t1": 1, "t2": 1}
