"""kill -9 at any moment loses nothing and duplicates nothing: the server counts the creates."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import List

import pytest

from replicate.testing import Server

from .conftest import created_by_text, journal_records

CHILD = str(Path(__file__).with_name("_child.py"))
COUNT = 30


def start_child(side: str, server: Server, journal: Path, seconds: float = 0.3) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, CHILD, side, server.url, server.token, str(journal), str(COUNT), str(seconds)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.mark.parametrize("side", ["sync", "asyncio"])
def test_killed_again_and_again_then_resumed_every_input_ran_exactly_once(
    side: str, server: Server, tmp_path: Path
) -> None:
    journal = tmp_path / "journal.jsonl"
    rng = random.Random(14)
    kills = 0
    for _ in range(8):
        child = start_child(side, server, journal)
        time.sleep(rng.uniform(0.4, 1.2))  # the interpreter starts in ~0.3 s: kill at any point after
        if child.poll() is not None:
            break
        child.send_signal(signal.SIGKILL)
        child.wait()
        kills += 1
    assert kills >= 3

    child = start_child(side, server, journal)
    out, err = child.communicate(timeout=120)
    assert child.returncode == 0, err
    assert out.splitlines()[-1] == "done"

    # Exactly one prediction per input on the server, all of them finished, none canceled.
    assert created_by_text(server) == {f"k{i}": 1 for i in range(COUNT)}
    statuses = {prediction["status"] for prediction in server.predictions.values()}
    assert statuses == {"succeeded"}
    finished: List[int] = [r["index"] for r in journal_records(journal) if r.get("event") == "finished"]
    assert sorted(finished) == list(range(COUNT))
    # The last run replayed what earlier runs finished and reported every input once.
    reported = sorted(int(line.split()[0]) for line in out.splitlines()[:-1])
    assert reported == list(range(COUNT))
