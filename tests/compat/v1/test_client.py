"""`replicate.Client(api_token=None, *, base_url=None, timeout=None, **kwargs)` as replicate 1.0.7
built it: extra keyword arguments configure the httpx clients, the token can come from Cog's scope,
and `poll_interval` / REPLICATE_POLL_INTERVAL pace `run` and `wait`."""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path
from typing import Any, Dict, Iterator, List

import httpx
import pytest

import replicate
from replicate.testing import PredictionContext, Server

from .conftest import requests_to


class RecordingTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """A transport for both clients (as `httpx.MockTransport` is) that records what it sends."""

    def __init__(self) -> None:
        self.sent: List[httpx.Request] = []
        self._sync = httpx.HTTPTransport()
        self._async = httpx.AsyncHTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(request)
        return self._sync.handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(request)
        return await self._async.handle_async_request(request)


def test_httpx_options_reach_the_httpx_clients(server: Server) -> None:
    transport = RecordingTransport()
    hooked: List[str] = []
    client = replicate.Client(
        api_token=server.token,
        base_url=server.origin,
        timeout=httpx.Timeout(10.0),
        headers={"User-Agent": "my-app/1.0"},
        transport=transport,
        event_hooks={"request": [lambda request: hooked.append(request.url.path)]},
        verify=False,
    )
    assert client.accounts.current().username == "your-username"
    assert [request.url.path for request in transport.sent] == ["/v1/account"] == hooked
    [received] = requests_to(server, "GET", "/v1/account")
    assert received.headers["user-agent"] == "my-app/1.0"
    assert received.headers["authorization"] == f"Bearer {server.token}"


async def test_httpx_options_reach_the_async_client(server: Server) -> None:
    transport = RecordingTransport()
    client = replicate.Client(api_token=server.token, base_url=server.origin, transport=transport)
    account = await client.accounts.async_current()
    assert account.username == "your-username"
    assert [request.url.path for request in transport.sent] == ["/v1/account"]


def test_unknown_httpx_option_is_a_type_error_before_any_request(server: Server) -> None:
    with pytest.raises(TypeError, match="no_such_option"):
        replicate.Client(api_token=server.token, no_such_option=True)
    with pytest.raises(TypeError, match="http_client= and httpx options"):
        replicate.Client(api_token=server.token, http_client=httpx.Client(), verify=False)
    assert server.requests == []


@pytest.mark.parametrize("suffix", ["", "/", "/v1"])
def test_base_url_as_origin_or_with_v1(server: Server, suffix: str) -> None:
    client = replicate.Client(api_token=server.token, base_url=server.origin + suffix)
    assert str(client.typed.base_url).rstrip("/") == server.url
    assert client.hardware.list()[0].sku == "cpu"
    assert [request.path for request in server.requests] == ["/v1/hardware"]


def _slow(inputs: Dict[str, Any], ctx: PredictionContext) -> str:
    ctx.sleep(8.0)  # 0.4 s at the fixture's speed
    return "done"


def test_poll_interval_paces_wait_and_run(server: Server) -> None:
    server.register_model("acme/slow", predict=_slow)
    client = replicate.Client(api_token=server.token, base_url=server.origin)
    assert client.poll_interval == 0.5
    client.poll_interval = 0.02
    prediction = client.predictions.create(model="acme/slow", input={})
    prediction.wait()
    assert prediction.status == "succeeded"
    # 0.4 s at 0.02 s: many polls (at 1.0.7's default 0.5 s there would be one).
    assert len(requests_to(server, "GET", f"/v1/predictions/{prediction.id}")) >= 5

    output = client.run("acme/slow", input={}, wait=False)
    assert output == "done"
    [created] = [p for p in server.predictions.values() if p["id"] != prediction.id]
    assert len(requests_to(server, "GET", f"/v1/predictions/{created['id']}")) >= 3


def test_replicate_poll_interval_environment_variable(
    server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("REPLICATE_POLL_INTERVAL", "0.02")
    server.register_model("acme/slow", predict=_slow)
    assert replicate.Client().poll_interval == 0.02
    prediction = replicate.predictions.create(model="acme/slow", input={})
    prediction.wait()
    assert len(requests_to(server, "GET", f"/v1/predictions/{prediction.id}")) >= 5
    monkeypatch.setenv("REPLICATE_POLL_INTERVAL", "soon")
    with pytest.raises(ValueError, match="REPLICATE_POLL_INTERVAL must be a number"):
        replicate.Client()


@pytest.fixture
def fake_cog(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A `cog` package on sys.path whose `current_scope().context` is read from `context.json`."""
    package = tmp_path / "cog"
    package.mkdir()
    (package / "__init__.py").write_text(
        textwrap.dedent(
            """
            import json, pathlib, types

            def current_scope():
                path = pathlib.Path(__file__).with_name("context.json")
                if not path.exists():
                    raise RuntimeError("not inside a prediction")
                return types.SimpleNamespace(context=json.loads(path.read_text()))
            """
        )
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "cog", raising=False)
    yield package
    sys.modules.pop("cog", None)


def test_token_from_cog_scope(server: Server, fake_cog: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("REPLICATE_API_TOKEN")
    (fake_cog / "context.json").write_text(f'{{"replicate_api_token": "{server.token}"}}')
    assert replicate.run("replicate/hello-world", input={"text": "cog"}) == "hello cog"
    client = replicate.Client(base_url=server.origin)
    assert client.accounts.current().username == "your-username"
    assert {request.headers["authorization"] for request in server.requests} == {f"Bearer {server.token}"}


def test_explicit_token_wins_and_no_scope_falls_back(
    server: Server, fake_cog: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (fake_cog / "context.json").write_text('{"REPLICATE_API_TOKEN": "r8_from_cog"}')
    with pytest.raises(replicate.AuthenticationError):
        replicate.Client(base_url=server.origin).accounts.current()
    assert replicate.Client(api_token=server.token, base_url=server.origin).accounts.current()
    (fake_cog / "context.json").unlink()  # current_scope() raises outside a prediction
    assert replicate.Client(base_url=server.origin).accounts.current()  # REPLICATE_API_TOKEN
    tokens = [request.headers["authorization"] for request in server.requests]
    assert tokens == ["Bearer r8_from_cog", f"Bearer {server.token}", f"Bearer {server.token}"]


async def test_typed_clients_read_the_cog_scope_token_too(
    server: Server, fake_cog: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("REPLICATE_API_TOKEN")
    (fake_cog / "context.json").write_text(f'{{"REPLICATE_API_TOKEN": "{server.token}"}}')
    with replicate.Replicate(base_url=server.url) as client:
        assert client.account.get().username == "your-username"
    async with replicate.AsyncReplicate(base_url=server.url) as async_client:
        assert (await async_client.account.get()).username == "your-username"
    (fake_cog / "context.json").write_text('{"REPLICATE_API_TOKEN": "r8_from_cog"}')
    with replicate.Replicate(bearer_token=server.token, base_url=server.url) as client:
        assert client.account.get().username == "your-username"  # an explicit token wins
    tokens = [request.headers["authorization"] for request in server.requests]
    assert tokens == [f"Bearer {server.token}"] * 3


def test_cog_installed_after_a_failed_lookup_is_found(
    server: Server, fake_cog: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A failed `import cog` is remembered only while sys.path stays the same."""
    monkeypatch.delenv("REPLICATE_API_TOKEN")
    (fake_cog / "context.json").write_text(f'{{"REPLICATE_API_TOKEN": "{server.token}"}}')
    monkeypatch.setattr(sys, "path", [entry for entry in sys.path if entry != str(fake_cog.parent)])
    for _ in range(2):  # the second lookup is answered from the remembered failure
        with pytest.raises(replicate.MissingAPITokenError):
            replicate.Replicate(base_url=server.url).account.get()
    monkeypatch.syspath_prepend(str(fake_cog.parent))
    with replicate.Replicate(base_url=server.url) as client:
        assert client.account.get().username == "your-username"
    assert [request.headers["authorization"] for request in server.requests] == [f"Bearer {server.token}"]


def test_webhooks_default_secret(server: Server, client: replicate.Client) -> None:
    secret = client.webhooks.default.secret()
    assert secret.key == server.webhook_secret
    assert requests_to(server, "GET", "/v1/webhooks/default/secret")


async def test_webhooks_default_async_secret(server: Server, client: replicate.Client) -> None:
    secret = await client.webhooks.default.async_secret()
    assert secret.key == server.webhook_secret
