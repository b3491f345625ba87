"""The lib tests' server and client, and the module-level client pointed at that server (its settings
are put back after each test), for the 2.0 betas' call shapes."""

from __future__ import annotations

from typing import Iterator, List

import pytest

import replicate
from replicate.testing import RecordedRequest, Server

from ...lib.conftest import client, server

__all__ = ["client", "module_client", "requests_to", "server"]

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
def module_client(server: Server, monkeypatch: pytest.MonkeyPatch) -> Iterator[Server]:
    """`replicate.<resource>` / `replicate.run` talk to `server` (through the environment)."""
    monkeypatch.setenv("REPLICATE_API_TOKEN", server.token)
    monkeypatch.setenv("REPLICATE_BASE_URL", server.url)
    yield server
    for name in MODULE_SETTINGS:
        replicate.__dict__.pop(name, None)
    close_module_client()


def close_module_client() -> None:
    """The module-level client of this test's settings is not needed by the next test: close it."""
    from replicate.legacy import _default

    if _default._current is not None:
        _default._current[1].close()
        _default._current = None


def requests_to(server: Server, method: str, path: str) -> List[RecordedRequest]:
    return [request for request in server.requests if request.method == method and request.path == path]
