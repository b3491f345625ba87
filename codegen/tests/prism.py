"""Prism, the OpenAPI mock server, serving one spec on a free loopback port for the tests' lifetime."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Generator

from .helpers import REPO_ROOT

PRISM = REPO_ROOT / "tools" / "prism" / "node_modules" / ".bin" / "prism"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def serve(spec: Path, log: Path, *, timeout: float = 60.0) -> Generator[str, None, None]:
    """Yields the base URL; Prism runs in its own process group so stopping it ends its children."""
    if not PRISM.exists():
        raise RuntimeError(f"Prism is not installed at {PRISM}: run scripts/bootstrap")
    port = free_port()
    command = [str(PRISM), "mock", "--host", "127.0.0.1", "--port", str(port), str(spec)]
    with log.open("wb") as output:
        process = subprocess.Popen(command, stdout=output, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        _wait_for(port, process, log, timeout)
        yield f"http://127.0.0.1:{port}"
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=10)


def _wait_for(port: int, process: subprocess.Popen[bytes], log: Path, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"Prism exited while starting:\n{log.read_text(errors='replace')}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"Prism did not listen on port {port} within {timeout} s:\n{log.read_text()}")
