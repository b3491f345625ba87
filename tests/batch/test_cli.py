"""`replicate batch`: results file, exit code, resume by rerunning, and the live progress line on a TTY."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
from pathlib import Path
from typing import Any, Dict, List, Optional

from replicate.testing import Server

from .conftest import MODEL, created_by_text


def cli(server: Server, *args: str, stderr: Optional[int] = None) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("REPLICATE_")}
    env.update(REPLICATE_BASE_URL=server.url, REPLICATE_API_TOKEN=server.token, TERM="xterm")
    return subprocess.run(
        [sys.executable, "-m", "replicate.cli", "batch", *args],
        stdout=subprocess.PIPE,
        stderr=stderr if stderr is not None else subprocess.PIPE,
        text=True,
        env=env,
        timeout=120,
    )


def write_inputs(path: Path, inputs: List[Dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(item) + "\n" for item in inputs))
    return path


def read_results(path: Path) -> Dict[int, Dict[str, Any]]:
    lines = [json.loads(line) for line in path.read_text().splitlines()]
    return {line["index"]: line for line in lines}


def test_results_file_exit_code_and_resume(server: Server, tmp_path: Path) -> None:
    inputs = [{"text": f"x{i}", "fail": i == 4} for i in range(8)]
    source = write_inputs(tmp_path / "inputs.jsonl", inputs)
    out = tmp_path / "results.jsonl"

    first = cli(server, MODEL, str(source), "-o", str(out), "--concurrency", "3")

    assert first.returncode == 1, first.stderr
    assert "7 succeeded, 1 failed" in first.stderr
    results = read_results(out)
    assert sorted(results) == list(range(8))
    assert results[0] == {
        "index": 0,
        "input": inputs[0],
        "id": results[0]["id"],
        "status": "succeeded",
        "output": "echo x0",
        "error": None,
    }
    assert results[4]["status"] == "failed" and "asked to fail" in results[4]["error"]
    assert Path(f"{out}.journal").exists()

    again = cli(server, MODEL, str(source), "-o", str(out))

    assert again.returncode == 1
    assert "(8 from an earlier run)" in again.stderr
    assert read_results(out) == results
    assert created_by_text(server) == {f"x{i}": 1 for i in range(8)}


def test_all_succeeded_is_exit_0_and_journal_can_be_named(server: Server, tmp_path: Path) -> None:
    source = write_inputs(tmp_path / "in.jsonl", [{"text": "a"}, {"text": "b"}])
    journal = tmp_path / "my-journal.jsonl"

    done = cli(server, MODEL, str(source), "-o", str(tmp_path / "out.jsonl"), "--journal", str(journal))

    assert done.returncode == 0, done.stderr
    assert journal.exists()


def test_bad_input_lines_are_a_usage_error_before_any_request(server: Server, tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text('{"text": "a"}\n[1, 2]\n')

    refused = cli(server, MODEL, str(source), "-o", str(tmp_path / "out.jsonl"))

    assert refused.returncode == 2
    assert "in.jsonl:2: each line must be a JSON object" in refused.stderr
    missing = cli(server, MODEL, str(tmp_path / "nope.jsonl"), "-o", str(tmp_path / "out.jsonl"))
    assert missing.returncode == 2 and "Cannot read" in missing.stderr
    assert server.requests == []


def test_progress_line_on_a_terminal_only(server: Server, tmp_path: Path) -> None:
    source = write_inputs(tmp_path / "in.jsonl", [{"text": f"t{i}", "seconds": 0.3} for i in range(6)])
    master, slave = pty.openpty()
    try:
        done = cli(
            server, MODEL, str(source), "-o", str(tmp_path / "out.jsonl"), "--concurrency", "2", stderr=slave
        )
        os.close(slave)
        chunks: List[bytes] = []
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:
                break
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        os.close(master)
    terminal = b"".join(chunks).decode()
    assert done.returncode == 0
    assert "\r\x1b[K" in terminal and "done 6/6" in terminal and "running" in terminal and "/s" in terminal
    assert "ETA" in terminal

    piped = cli(server, MODEL, str(source), "-o", str(tmp_path / "out2.jsonl"))
    assert "\r" not in piped.stderr and "done " not in piped.stderr
