"""Clients for the generated tests, pointed at the mock server (`scripts/mock`, Prism on port 4010)."""

from __future__ import annotations

import os
import signal
from typing import AsyncIterator, Iterator

import httpx
import pytest

from replicate import AsyncReplicate, Replicate

BASE_URL = os.environ.get("TEST_API_BASE_URL", "http://127.0.0.1:4010")
BEARER_TOKEN = "My Bearer Token"


# Prism 5 cannot route the HTTP method QUERY, so scripts/mock serves each `x-query` operation of
# openapi.yaml as POST under the path prefix /x-query (QUERY /models is POST /x-query/models, since
# /models has a POST of its own). The client under test still builds QUERY requests; only the wire
# method and path are swapped here, after the SDK is done, so everything else it sends is tested as is.
QUERY_PATH_PREFIX = "/x-query"


def _query_as_post(request: httpx.Request) -> None:
    if request.method == "QUERY":
        request.method = "POST"
        request.url = request.url.copy_with(path=QUERY_PATH_PREFIX + request.url.path)


async def _async_query_as_post(request: httpx.Request) -> None:
    _query_as_post(request)


@pytest.fixture(scope="session", autouse=True)
def _keyboard_interrupt_on_sigint() -> Iterator[None]:
    """A run started in the background by a non-interactive shell (`pytest ... &`, CI scripts)
    inherits SIGINT ignored, and Python then never raises KeyboardInterrupt: the tests that
    interrupt a call with SIGINT need the default handler."""
    previous = signal.getsignal(signal.SIGINT)
    if previous is signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)
    yield
    if previous is signal.SIG_IGN:
        signal.signal(signal.SIGINT, previous)


@pytest.fixture
def client() -> Iterator[Replicate]:
    http_client = httpx.Client(event_hooks={"request": [_query_as_post]})
    sdk_client = Replicate(base_url=BASE_URL, bearer_token=BEARER_TOKEN, http_client=http_client)
    try:
        yield sdk_client
    finally:
        sdk_client.close()
        http_client.close()


@pytest.fixture
async def async_client() -> AsyncIterator[AsyncReplicate]:
    http_client = httpx.AsyncClient(event_hooks={"request": [_async_query_as_post]})
    sdk_client = AsyncReplicate(base_url=BASE_URL, bearer_token=BEARER_TOKEN, http_client=http_client)
    try:
        yield sdk_client
    finally:
        await sdk_client.close()
        await http_client.aclose()
