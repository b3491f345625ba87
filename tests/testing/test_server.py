from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import httpx
import pytest

from replicate.testing import REQUEST_ID_HEADER, Server, serve

from .conftest import SpecCheckedClient

SRC = str(Path(__file__).resolve().parents[2] / "src")


def test_url_token_and_request_id(server: Server, client: SpecCheckedClient) -> None:
    assert re.fullmatch(r"http://127\.0\.0\.1:\d+/v1", server.url)
    assert re.fullmatch(r"r8_[A-Za-z0-9]{37}", server.token)
    response = client.get("/account")
    assert response.status_code == 200
    assert response.headers[REQUEST_ID_HEADER]
    assert server.requests[-1].request_id == response.headers[REQUEST_ID_HEADER]
    assert (server.requests[-1].method, server.requests[-1].path, server.requests[-1].status) == (
        "GET",
        "/v1/account",
        200,
    )


def test_auth_failures_are_401_problem_details(server: Server) -> None:
    for headers in ({}, {"Authorization": "Bearer r8_wrong"}, {"Authorization": "Basic abc"}):
        response = httpx.get(f"{server.url}/predictions", headers=headers)
        assert response.status_code == 401, headers
        assert response.headers["content-type"] == "application/problem+json"
        problem = response.json()
        assert problem["status"] == 401 and problem["title"] and problem["detail"]
        assert response.headers[REQUEST_ID_HEADER]
    assert httpx.get(f"{server.url}/no-such-thing").status_code == 401
    legacy = httpx.get(f"{server.url}/account", headers={"Authorization": f"Token {server.token}"})
    assert legacy.status_code == 200


def test_explicit_token_is_used() -> None:
    with serve(token="r8_fixed") as server:
        assert server.token == "r8_fixed"
        assert (
            httpx.get(f"{server.url}/account", headers={"Authorization": "Bearer r8_fixed"}).status_code
            == 200
        )


def test_unknown_route_and_wrong_method(client: SpecCheckedClient) -> None:
    missing = client.get("/no-such-thing")
    assert missing.status_code == 404 and missing.json()["status"] == 404
    wrong = client.put("/predictions")
    assert wrong.status_code == 405
    assert set(wrong.headers["allow"].split(", ")) == {"GET", "POST"}


def test_connections_are_kept_alive(server: Server, client: SpecCheckedClient) -> None:
    for _ in range(5):
        assert client.get("/account").status_code == 200
    with socket.create_connection(("127.0.0.1", server.port)) as sock:
        request = (
            f"GET /v1/account HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {server.token}\r\n\r\n".encode()
        )
        sock.sendall(request + request)
        received = b""
        deadline = time.monotonic() + 5
        while received.count(b"HTTP/1.1 200") < 2 and time.monotonic() < deadline:
            received += sock.recv(65536)
        assert received.count(b"HTTP/1.1 200") == 2


def test_stop_closes_everything() -> None:
    before = {thread.ident for thread in threading.enumerate()}
    server = serve(speed=10).start()
    port = server.port
    with httpx.Client(base_url=server.url, headers={"Authorization": f"Bearer {server.token}"}) as client:
        client.get("/account")  # leaves an idle keep-alive connection open
        client.post("/predictions", json={"version": "replicate/slow", "input": {"seconds": 100}})
        prediction = client.post(
            "/predictions",
            json={"version": "replicate/llama-mock", "input": {"prompt": "x", "max_tokens": 4000}},
        ).json()
        streaming = threading.Thread(target=lambda: httpx.get(prediction["urls"]["stream"], timeout=30))
        streaming.start()
        time.sleep(0.3)
        started = time.monotonic()
        server.stop()
        assert time.monotonic() - started < 5
        streaming.join(5)
    assert not streaming.is_alive()
    leftover = [t for t in threading.enumerate() if t.ident not in before and t.is_alive()]
    assert leftover == []
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"http://127.0.0.1:{port}/v1/account")
    server.stop()  # idempotent


def test_plain_start_stop_and_restart() -> None:
    server = serve()
    with pytest.raises(RuntimeError):
        _ = server.url
    server.start()
    assert (
        httpx.get(f"{server.url}/account", headers={"Authorization": f"Bearer {server.token}"}).status_code
        == 200
    )
    server.stop()
    assert not server.running


def _run_module(*args: str) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONPATH=SRC + os.pathsep + os.environ.get("PYTHONPATH", ""))
    return subprocess.Popen(
        [sys.executable, "-m", "replicate.testing", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


@pytest.mark.parametrize("stop_signal", [signal.SIGINT, signal.SIGTERM])
def test_module_runs_as_a_process(stop_signal: signal.Signals) -> None:
    process = _run_module("--port", "0", "--token", "r8_cli")
    try:
        assert process.stdout is not None
        first_line = process.stdout.readline()
        match = re.search(r"(http://127\.0\.0\.1:\d+/v1)", first_line)
        assert match, first_line
        assert "REPLICATE_API_TOKEN=r8_cli" in process.stdout.readline() + process.stdout.readline()
        response = httpx.get(f"{match.group(1)}/account", headers={"Authorization": "Bearer r8_cli"})
        assert response.status_code == 200
        process.send_signal(stop_signal)
        assert process.wait(timeout=10) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def test_pytest_plugin_in_a_fresh_project(tmp_path: Path) -> None:
    (tmp_path / "conftest.py").write_text('pytest_plugins = ["replicate.testing.pytest_plugin"]\n')
    (tmp_path / "test_uses_fixture.py").write_text(
        textwrap.dedent(
            """
            import httpx

            def test_hello(replicate_server):
                response = httpx.post(
                    f"{replicate_server.url}/predictions",
                    json={"version": "replicate/hello-world", "input": {"text": "plugin"}},
                    headers={"Authorization": f"Bearer {replicate_server.token}", "Prefer": "wait"},
                )
                assert response.json()["output"] == "hello plugin"
            """
        )
    )
    env = dict(os.environ, PYTHONPATH=SRC + os.pathsep + os.environ.get("PYTHONPATH", ""))
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 passed" in result.stdout
