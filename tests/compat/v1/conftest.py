"""A `replicate.testing` server for replicate 1.0.7's public API, and a `replicate.Client` built the
way 1.0.7's README builds one (`api_token=`, and `base_url=` as 1.0.7 took it: the origin).

The module-level client (`replicate.run`...) reads REPLICATE_BASE_URL / REPLICATE_API_TOKEN, which
`server` points at the server, as in tests/legacy.
"""

from __future__ import annotations

import json
from typing import Any, Dict, Iterator, List

import pytest

import replicate
from replicate.testing import PredictionContext, Server, serve

from ...legacy.conftest import USERNAME, register_snippet_models

SLEEPY = "acme/sleepy"


def _sleepy(inputs: Dict[str, Any], ctx: PredictionContext) -> str:
    ctx.sleep(200.0)  # 10 s at the fixture's speed: long enough to cancel
    return "woke up"


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[Server]:
    with serve(speed=20.0, username=USERNAME) as server:
        register_snippet_models(server)
        server.register_model(SLEEPY, predict=_sleepy)
        monkeypatch.setenv("REPLICATE_BASE_URL", server.url)
        monkeypatch.setenv("REPLICATE_API_TOKEN", server.token)
        monkeypatch.delenv("REPLICATE_POLL_INTERVAL", raising=False)
        for name in ("api_token", "base_url"):
            monkeypatch.delitem(replicate.__dict__, name, raising=False)
        yield server


@pytest.fixture
def client(server: Server) -> Iterator[replicate.Client]:
    client = replicate.Client(api_token=server.token, base_url=server.origin)
    client.poll_interval = 0.01
    yield client
    client.close()


def requests_to(server: Server, method: str, path: str) -> List[Any]:
    """The requests the server received for `method path` (path without the query string)."""
    return [request for request in server.requests if request.method == method and request.path == path]


def body_of(request: Any) -> Dict[str, Any]:
    data: Dict[str, Any] = json.loads(request.body)
    return data
