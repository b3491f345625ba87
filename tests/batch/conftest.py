"""Fixtures of the batch tests: a testing server with a model whose inputs say how it behaves."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path
from typing import Any, Dict, Iterator, List

import pytest

from replicate import Replicate
from replicate.testing import PredictionContext, Server, serve

MODEL = "acme/echo"
INPUT_SCHEMA = {
    "type": "object",
    "properties": {
        "text": {"type": "string"},
        "seconds": {"type": "number", "default": 0},
        "fail": {"type": "boolean", "default": False},
        "hold": {"type": "boolean", "default": False},
    },
}


class Starts:
    """When each prediction of the echo model started running (monotonic seconds), and the gate that
    inputs with `hold` wait for (or for their cancellation)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.times: List[float] = []
        self.gate = threading.Event()

    def add(self) -> None:
        with self.lock:
            self.times.append(time.monotonic())


def echo(starts: Starts) -> Any:
    def predict(inputs: Dict[str, Any], ctx: PredictionContext) -> str:
        starts.add()
        if not ctx.sleep(float(inputs.get("seconds") or 0)):
            return "canceled"
        while inputs.get("hold") and not starts.gate.is_set():
            if not ctx.sleep(0.02):
                return "canceled"
        if inputs.get("fail"):
            raise RuntimeError(f"asked to fail on {inputs.get('text')!r}")
        return f"echo {inputs.get('text')}"

    return predict


@pytest.fixture
def starts() -> Starts:
    return Starts()


@pytest.fixture
def server(starts: Starts) -> Iterator[Server]:
    with serve() as running:
        running.register_model(
            MODEL, predict=echo(starts), input_schema=INPUT_SCHEMA, output_schema={"type": "string"}
        )
        yield running


@pytest.fixture
def client(server: Server) -> Iterator[Replicate]:
    with Replicate(base_url=server.url, bearer_token=server.token) as sdk_client:
        yield sdk_client


def created_by_text(server: Server) -> Dict[str, int]:
    """How many predictions the server created for each input text."""
    counts: Dict[str, int] = {}
    for prediction in server.predictions.values():
        text = str(prediction["input"].get("text"))
        counts[text] = counts.get(text, 0) + 1
    return counts


def journal_records(path: Path) -> List[Dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def wait_all_terminal(server: Server, timeout: float = 10.0) -> None:
    for prediction_id in list(server.predictions):
        server.wait_for_prediction(prediction_id, timeout)
