"""Every example in examples/ runs as is (against its in-process local server) and prints what it says."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Dict

import pytest

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def run_example(name: str, *args: str) -> str:
    env: Dict[str, str] = {
        key: value for key, value in os.environ.items() if not key.startswith("REPLICATE_")
    }
    completed = subprocess.run(
        [sys.executable, str(EXAMPLES / name), *args], capture_output=True, text=True, env=env, timeout=120
    )
    assert completed.returncode == 0, completed.stderr
    return completed.stdout


def test_every_example_is_tested() -> None:
    tested = {
        "run_model.py",
        "stream_language_model.py",
        "async_batch.py",
        "files.py",
        "webhook_receiver.py",
        "pagination.py",
    }
    assert {path.name for path in EXAMPLES.glob("*.py") if not path.name.startswith("_")} == tested


def test_run_model() -> None:
    out = run_example("run_model.py")
    assert out.splitlines()[0] == "hello Alice"
    assert re.search(r"^prediction \w+ succeeded: hello Bob$", out, re.MULTILINE)


def test_stream_language_model() -> None:
    out = run_example("stream_language_model.py")
    assert out.startswith("You said: Write a haiku about coding\n")
    assert len(out.split()) == 48


def test_async_batch() -> None:
    out = run_example("async_batch.py")
    assert "Grace: hello Grace" in out and "Frances: hello Frances" in out
    assert out.splitlines()[-1] == "8/8 succeeded"


def test_files(tmp_path: Path) -> None:
    out = run_example("files.py", str(tmp_path))
    image = tmp_path / "image-0.png"
    assert f"to {image}" in out
    assert image.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    size = image.stat().st_size
    assert f"described (uploaded): a 96x64 PNG image ({size} bytes)" in out
    assert f"described (data URI): a 96x64 PNG image ({size} bytes)" in out


def test_webhook_receiver() -> None:
    out = run_example("webhook_receiver.py")
    assert "forged request answered 400" in out
    assert re.search(r"^verified webhook: prediction \w+ succeeded$", out, re.MULTILINE)
    assert "output from the webhook: hello webhooks" in out


def test_pagination() -> None:
    out = run_example("pagination.py")
    assert len(re.findall(r"^  \w+ succeeded +replicate/hello-world$", out, re.MULTILINE)) == 3
    pages = re.findall(r"^page (\d+): (.*)$", out, re.MULTILINE)
    assert [number for number, _ in pages] == ["1", "2"]
    names = ", ".join(models for _, models in pages).split(", ")
    assert "replicate/hello-world" in names and len(names) == len(set(names)) == 8


@pytest.mark.parametrize("name", ["run_model.py"])
def test_examples_use_the_real_api_when_a_token_is_set(name: str) -> None:
    """With a token, no local server starts: the example goes to REPLICATE_BASE_URL (here unreachable)."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("REPLICATE_")}
    env.update(REPLICATE_API_TOKEN="r8_not_a_real_token", REPLICATE_BASE_URL="http://127.0.0.1:9/v1")
    completed = subprocess.run(
        [sys.executable, str(EXAMPLES / name)], capture_output=True, text=True, env=env, timeout=120
    )
    assert completed.returncode != 0
    assert "APIConnectionError" in completed.stderr
    assert "r8_not_a_real_token" not in completed.stderr + completed.stdout
