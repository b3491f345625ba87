"""Ctrl-C, task cancellation or leaving the loop cancels the predictions in flight on the server and
leaves the journal consistent: every created prediction is finished or canceled in it. A rerun
creates the canceled inputs again (they never finished) and nothing else."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Dict, List

import anyio
import pytest

from replicate import AsyncReplicate, Replicate
from replicate.testing import Server

from ._sides import SIDES, run_batch
from .conftest import MODEL, Starts, created_by_text, journal_records, wait_all_terminal
from .test_crash import CHILD

COUNT = 10
CONCURRENCY = 4


def held_inputs(prefix: str = "c") -> List[Dict[str, Any]]:
    """Two inputs finish at once; the others run until the test opens the gate (or are canceled)."""
    return [{"text": f"{prefix}{i}", "seconds": 0, "hold": i >= 2} for i in range(COUNT)]


def assert_consistent(server: Server, journal: Path) -> Dict[int, str]:
    """Nothing left running; each created prediction is finished or canceled in the journal, as on
    the server. Returns the canceled ones by index."""
    wait_all_terminal(server, timeout=5)
    records = journal_records(journal)
    created = {r["index"]: r["id"] for r in records if r.get("event") == "created"}
    finished = {r["index"]: r["id"] for r in records if r.get("event") == "finished"}
    canceled = {r["index"]: r["id"] for r in records if r.get("event") == "canceled"}
    assert set(created) == set(finished) | set(canceled) and not set(finished) & set(canceled)
    assert len(created) == len(server.predictions)
    for prediction_id in finished.values():
        assert server.predictions[prediction_id]["status"] == "succeeded"
    for prediction_id in canceled.values():
        assert server.predictions[prediction_id]["status"] == "canceled"
    return canceled


def assert_rerun_recreates_only_the_canceled(
    side: str, server: Server, starts: Starts, journal: Path, canceled: Dict[int, str], prefix: str = "c"
) -> None:
    before = len(server.predictions)
    starts.gate.set()
    results, summary = run_batch(
        side, server, MODEL, held_inputs(prefix), journal=journal, concurrency=CONCURRENCY
    )
    assert summary.succeeded == COUNT
    assert summary.created == COUNT - (before - len(canceled))
    assert {r.index for r in results if r.resumed} == set(range(COUNT)) - set(canceled) - {
        r.index for r in results if not r.resumed
    }
    counts = created_by_text(server)
    assert all(counts[f"{prefix}{i}"] == (2 if i in canceled else 1) for i in range(COUNT))


@pytest.mark.parametrize("backend", ["asyncio", "trio"])
def test_cancelling_the_task_cancels_the_predictions_in_flight(
    backend: str, server: Server, starts: Starts, tmp_path: Path
) -> None:
    journal = tmp_path / "journal.jsonl"
    seen: List[int] = []

    async def main() -> None:
        async with AsyncReplicate(base_url=server.url, bearer_token=server.token) as client:
            batch = client.batch(
                MODEL, held_inputs(), concurrency=CONCURRENCY, journal=journal, poll_interval=0.05
            )
            with anyio.CancelScope() as scope:
                async with batch:
                    async for result in batch:
                        seen.append(result.index)
                        if len(seen) == 2:
                            while len(server.predictions) < 2 + CONCURRENCY:
                                await anyio.sleep(0.02)
                            scope.cancel()

    anyio.run(main, backend=backend)

    assert sorted(seen) == [0, 1]
    canceled = assert_consistent(server, journal)
    assert len(canceled) == CONCURRENCY
    assert_rerun_recreates_only_the_canceled(backend, server, starts, journal, canceled)


def test_leaving_the_loop_early_cancels_the_predictions_in_flight(
    server: Server, starts: Starts, tmp_path: Path
) -> None:
    journal = tmp_path / "journal.jsonl"
    with Replicate(base_url=server.url, bearer_token=server.token) as client:
        batch = client.batch(
            MODEL, held_inputs(), concurrency=CONCURRENCY, journal=journal, poll_interval=0.05
        )
        for count, _ in enumerate(batch, start=1):
            if count == 2:  # 2 or 3 held inputs are in flight (no slot is refilled during the loop body)
                while len(server.predictions) < CONCURRENCY:
                    time.sleep(0.02)
                break
        batch.close()

    canceled = assert_consistent(server, journal)
    assert sorted(canceled) == list(range(2, len(server.predictions)))
    assert len(canceled) >= 2
    assert batch.summary.canceled >= len(canceled)  # and any input stopped before its create
    assert_rerun_recreates_only_the_canceled("sync", server, starts, journal, canceled)


@pytest.mark.parametrize("side", SIDES)
def test_ctrl_c_cancels_the_predictions_in_flight(
    side: str, server: Server, starts: Starts, tmp_path: Path
) -> None:
    journal = tmp_path / "journal.jsonl"
    child = subprocess.Popen(
        [sys.executable, CHILD, side, server.url, server.token, str(journal), str(COUNT), "0", "hold"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and len(server.predictions) < 6:
        time.sleep(0.05)
    time.sleep(0.2)  # every in-flight prediction polled at least once
    child.send_signal(signal.SIGINT)
    out, err = child.communicate(timeout=30)
    assert child.returncode != 0 and "KeyboardInterrupt" in err, err
    assert "done" not in out

    canceled = assert_consistent(server, journal)
    assert len(canceled) == 6
    starts.gate.set()
    before = len(server.predictions)
    _, summary = run_batch(
        side,
        server,
        MODEL,
        [{"text": f"k{i}", "seconds": 0, "hold": True} for i in range(COUNT)],
        journal=journal,
    )
    assert summary.succeeded == COUNT and summary.created == COUNT
    assert len(server.predictions) == before + COUNT
