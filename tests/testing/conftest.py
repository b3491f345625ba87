from __future__ import annotations

import sys
from pathlib import Path
from typing import Iterator, List

import httpx
import pytest

try:
    import replicate.testing  # noqa: F401
except ImportError:  # running from a checkout without the package installed
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))

from replicate.testing import Server, serve
from replicate.testing.pytest_plugin import replicate_server  # noqa: F401  (the fixture under test)

from .spec_validation import response_problems


@pytest.fixture
def server() -> Iterator[Server]:
    with serve(speed=10.0, page_size=3) as running:
        yield running


class SpecCheckedClient(httpx.Client):
    """An httpx client that checks every API response against openapi.yaml."""

    def __init__(self, server: Server, **kwargs: object) -> None:
        self.spec_problems: List[str] = []
        super().__init__(
            base_url=server.url,
            headers={"Authorization": f"Bearer {server.token}"},
            timeout=30.0,
            event_hooks={"response": [self._check]},
            **kwargs,  # type: ignore[arg-type]
        )

    def _check(self, response: httpx.Response) -> None:
        if response.headers.get("content-type", "").startswith("text/event-stream"):
            return
        response.read()
        self.spec_problems.extend(response_problems(response))


@pytest.fixture
def client(server: Server) -> Iterator[SpecCheckedClient]:
    with SpecCheckedClient(server) as checked:
        yield checked
    assert checked.spec_problems == [], "responses that do not match openapi.yaml:\n" + "\n".join(
        checked.spec_problems
    )
