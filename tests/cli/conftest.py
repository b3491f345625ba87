"""The `replicate` CLI run as a subprocess against an in-process `replicate.testing` server."""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, Iterator, Optional

import pytest

from replicate.testing import PredictionContext, Server, serve

FILE_SIZE_MODEL = "tests/file-size"
ECHO_MODEL = "tests/echo"
ECHO_INPUTS = ("n", "x", "flag", "obj", "list", "quoted", "text", "nothing", "at", "empty")


@dataclass(frozen=True)
class Result:
    exit_code: int
    stdout: str
    stderr: str


def _file_size(server: Server, inputs: Dict[str, Any], ctx: PredictionContext) -> str:
    url = str(inputs["file"])
    if url.startswith("data:"):
        return f"data uri: {len(base64.b64decode(url.split(',', 1)[1]))} bytes"
    file_id = url.rstrip("/").rsplit("/", 1)[-1]
    import urllib.request

    with urllib.request.urlopen(server.file_download_url(file_id), timeout=10) as response:
        content: bytes = response.read()
    return f"upload: {len(content)} bytes: {content[:20].decode(errors='replace')}"


def _echo(inputs: Dict[str, Any], ctx: PredictionContext) -> Dict[str, Any]:
    return {"types": {key: type(value).__name__ for key, value in inputs.items()}, "input": inputs}


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    with serve(speed=20.0) as running:
        running.register_model(
            FILE_SIZE_MODEL,
            predict=lambda inputs, ctx: _file_size(running, inputs, ctx),
            input_schema={
                "type": "object",
                "required": ["file"],
                "properties": {"file": {"type": "string", "format": "uri"}},
            },
            output_schema={"type": "string"},
        )
        running.register_model(
            ECHO_MODEL,
            predict=_echo,
            input_schema={"type": "object", "properties": {name: {} for name in ECHO_INPUTS}},
            output_schema={"type": "object"},
        )
        yield running


def base_env() -> Dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("REPLICATE_")}
    env["PYTHONUNBUFFERED"] = "1"
    return env


def run_cli(
    *args: str,
    server: Optional[Server] = None,
    env: Optional[Dict[str, str]] = None,
    cwd: Optional[Path] = None,
    timeout: float = 60,
) -> Result:
    environment = base_env()
    if server is not None:
        environment["REPLICATE_BASE_URL"] = server.url
        environment["REPLICATE_API_TOKEN"] = server.token
    environment.update(env or {})
    completed = subprocess.run(
        [sys.executable, "-m", "replicate.cli", *args],
        capture_output=True,
        text=True,
        env=environment,
        cwd=cwd,
        timeout=timeout,
    )
    result = Result(completed.returncode, completed.stdout, completed.stderr)
    if server is not None:  # the token is never printed, whatever happened
        assert server.token not in result.stdout and server.token not in result.stderr
    return result


def json_of(result: Result) -> Any:
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)
