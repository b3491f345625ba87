"""Fixtures for the runtime tests: a tiny client/resource pair, sync and async behind one harness."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path
from typing import Any, Awaitable, Callable, Iterator, List, Union, cast

import pytest

_SRC = Path(__file__).resolve().parents[2] / "src"
if str(_SRC) not in sys.path:
    sys.path.insert(0, str(_SRC))

import respx  # noqa: E402

from replicate._base_client import AsyncAPIClient, SyncAPIClient  # noqa: E402
from replicate._client import Replicate  # noqa: E402
from replicate._operation import Operation  # noqa: E402
from replicate._resource import AsyncAPIResource, Mode, SyncAPIResource  # noqa: E402

BASE_URL = "https://api.example.test/v1"
TOKEN = "r8_secret_token_value_123"


# The runtime as our generated clients configure it (Replicate's base URL, variables and headers).
class Client(SyncAPIClient):
    _settings = Replicate._settings


class AsyncClient(AsyncAPIClient):
    _settings = Replicate._settings


class Things(SyncAPIResource):
    pass


class AsyncThings(AsyncAPIResource):
    pass


AnyClient = Union[Client, AsyncClient]


class Harness:
    """Runs the same test body against the sync and the async driver."""

    def __init__(self, is_async: bool, sleeps: List[float]) -> None:
        self.is_async = is_async
        self.sleeps = sleeps

    def __repr__(self) -> str:
        return "async" if self.is_async else "sync"

    def client(self, **kwargs: Any) -> AnyClient:
        kwargs.setdefault("bearer_token", TOKEN)
        kwargs.setdefault("base_url", BASE_URL)
        return AsyncClient(**kwargs) if self.is_async else Client(**kwargs)

    def bare_client(self, **kwargs: Any) -> AnyClient:
        return AsyncClient(**kwargs) if self.is_async else Client(**kwargs)

    def run(self, value: Any) -> Any:
        if self.is_async:
            return asyncio.run(_await(value))
        return value

    def request(self, client: AnyClient, op: Operation[Any], *, mode: Mode = "parsed", **kwargs: Any) -> Any:
        if isinstance(client, AsyncClient):
            resource = AsyncThings(client)._with_mode(mode)
            return self.run(resource._request(op, **kwargs))
        return Things(client)._with_mode(mode)._request(op, **kwargs)

    def low_level(self, client: AnyClient, client_method: str, *args: Any, **kwargs: Any) -> Any:
        return self.run(getattr(client, client_method)(*args, **kwargs))


async def _await(value: Union[Awaitable[Any], Callable[[], Awaitable[Any]]]) -> Any:
    return await cast(Awaitable[Any], value)


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> List[float]:
    recorded: List[float] = []

    def fake_sleep(self: object, seconds: float) -> None:
        recorded.append(seconds)

    async def fake_async_sleep(self: object, seconds: float) -> None:
        recorded.append(seconds)

    monkeypatch.setattr(SyncAPIClient, "_sleep", fake_sleep)
    monkeypatch.setattr(AsyncAPIClient, "_sleep", fake_async_sleep)
    return recorded


@pytest.fixture(params=["sync", "async"])
def harness(request: pytest.FixtureRequest, sleeps: List[float]) -> Harness:
    return Harness(request.param == "async", sleeps)


@pytest.fixture
def api() -> Iterator[respx.MockRouter]:
    with respx.mock(base_url=BASE_URL, assert_all_called=False) as router:
        yield router


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("REPLICATE_API_TOKEN", raising=False)
    monkeypatch.delenv("REPLICATE_BASE_URL", raising=False)
