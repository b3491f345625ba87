"""The benchmark harness runs end to end on tiny counts and writes well-formed JSON.

This checks that ``benchmarks/run.py`` works (server, fresh subprocesses, every scenario, the
table, the JSON), never how fast anything is: CI machines are too noisy for that. Only ours and
raw httpx are run (``--no-peers``), so no virtualenv is created and nothing is downloaded.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCENARIOS = {
    "cold",
    "get",
    "get-simple",
    "run",
    "list",
    "list-simple",
    "sse",
    "concurrent-1000-20",
    "concurrent-1000",
    "concurrent-10000",
}
CONCURRENT = {"concurrent-1000-20", "concurrent-1000", "concurrent-10000"}
TYPED_FLOOR = {"cold", "get", "get-simple"}  # where httpx + a pydantic model takes part
HAVE_AIOHTTP = importlib.util.find_spec("httpx_aiohttp") is not None


def test_harness_runs_end_to_end_and_writes_json(tmp_path: Path) -> None:
    out = tmp_path / "results.json"
    proc = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "run.py"),
            "--quick",
            "--no-peers",
            "--cold-runs",
            "1",
            "--python",
            sys.executable,
            "--json",
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=str(ROOT),
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "predictions.get median" in proc.stdout  # the table was printed

    report = json.loads(out.read_text())
    assert set(report["clients"]) == {"httpx", "httpx-pydantic", "ours", "ours-aiohttp"}
    assert set(report["results"]) == SCENARIOS
    assert report["machine"]["nproc"] >= 1
    for scenario, per_client in report["results"].items():
        # ours on aiohttp takes part in the concurrent scenarios only
        assert ("ours-aiohttp" in per_client) == (scenario in CONCURRENT), scenario
        assert ("httpx-pydantic" in per_client) == (scenario in TYPED_FLOOR), scenario
        for client, result in per_client.items():
            assert "failed" not in result, (scenario, client, result)
            if client == "ours-aiohttp" and not HAVE_AIOHTTP:
                assert "httpx-aiohttp is not installed" in result["na"]
                continue
            assert "na" not in result, (scenario, client, result)
            assert result.get("errors", 0) == 0, (scenario, client, result)
    assert report["results"]["get"]["ours"]["calls"] == 30
    assert report["results"]["get"]["httpx-pydantic"]["calls"] == 30
    assert report["results"]["cold"]["httpx-pydantic"]["cpu_import_to_first_call_ms"] > 0
    assert report["results"]["list"]["ours"]["items"] == 2000
    assert report["results"]["list-simple"]["ours"]["items"] == 2000
    assert report["results"]["sse"]["ours"]["items"] == 200
    assert report["results"]["sse"]["httpx"]["items"] == 200
    assert report["results"]["cold"]["ours"]["import_ms"] > 0
    for row in report["rows"]:
        assert set(row) >= {"label", "scenario", "metric", "values", "ratio_to_httpx", "target_ratio", "met"}
        assert isinstance(row["values"]["httpx"], (int, float))
        assert isinstance(row["values"]["ours"], (int, float))
        if row["scenario"] in TYPED_FLOOR:
            assert isinstance(row["ours_vs_typed_floor"]["httpx-pydantic"], float)


def test_batch_benchmark_runs_end_to_end() -> None:
    proc = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "batch.py"), "--inputs", "20", "--concurrency", "4"],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=str(ROOT),
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    rows = [line for line in proc.stdout.splitlines() if line.startswith("| ") and "---" not in line]
    assert [row.split(" | ")[0] for row in rows] == [
        "| client",
        "| gather + semaphore over async_run",
        "| client.batch",
        "| client.batch, journal (fsync)",
    ]
    assert all(row.split(" | ")[1] == "20" for row in rows[2:])  # every batch input succeeded
