"""A `replicate.testing` server for the 2.0 betas' call shapes, typed clients on it, and the module-level
client pointed at it (its settings are put back after each test)."""

from __future__ import annotations

from typing import Iterator, List

import pytest

import replicate
from replicate import Replicate
from replicate.testing import RecordedRequest, Server, serve

MODULE_SETTINGS = (
    "api_token",
    "bearer_token",
    "base_url",
    "timeout",
    "max_retries",
    "default_headers",
    "default_query",
    "http_client",
)


@pytest.fixture
def server() -> Iterator[Server]:
    with serve(speed=20.0) as running:
        yield running


@pytest.fixture
def client(server: Server) -> Iterator[Replicate]:
    with Replicate(base_url=server.url, bearer_token=server.token) as sdk_client:
        yield sdk_client


@pytest.fixture
def module_client(server: Server, monkeypatch: pytest.MonkeyPatch) -> Iterator[Server]:
    """`replicate.<resource>` / `replicate.run` talk to `server` (through the environment)."""
    monkeypatch.setenv("REPLICATE_API_TOKEN", server.token)
    monkeypatch.setenv("REPLICATE_BASE_URL", server.url)
    yield server
    for name in MODULE_SETTINGS:
        replicate.__dict__.pop(name, None)


def requests_to(server: Server, method: str, path: str) -> List[RecordedRequest]:
    return [request for request in server.requests if request.method == method and request.path == path]
