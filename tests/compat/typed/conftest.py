"""A `replicate.testing` server and typed clients on it, for the seeds' own call shapes."""

from __future__ import annotations

from typing import AsyncIterator, Iterator

import pytest

from replicate import AsyncReplicate, Replicate
from replicate.testing import Server, serve


@pytest.fixture
def server() -> Iterator[Server]:
    with serve(speed=20.0) as running:
        yield running


@pytest.fixture
def client(server: Server) -> Iterator[Replicate]:
    with Replicate(base_url=server.url, bearer_token=server.token) as sdk_client:
        yield sdk_client


@pytest.fixture
async def async_client(server: Server) -> AsyncIterator[AsyncReplicate]:
    async with AsyncReplicate(base_url=server.url, bearer_token=server.token) as sdk_client:
        yield sdk_client
