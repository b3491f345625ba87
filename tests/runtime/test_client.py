from __future__ import annotations

import asyncio
import http.server
import socketserver
import threading
import time
from typing import Iterator, List

import httpx
import pytest
import respx

from replicate._base_client import DefaultAsyncHttpxClient, DefaultHttpxClient
from replicate._constants import DEFAULT_CONNECTION_LIMITS
from replicate._exceptions import APITimeoutError, NotFoundError
from replicate._operation import Operation, RequestOptions

from .conftest import BASE_URL, AsyncClient, Client, Harness

LIST: Operation[object] = Operation("get", "/things", object)


def test_copy_changes_settings_and_shares_the_http_client(harness: Harness, api: respx.MockRouter) -> None:
    route = api.get("/things").mock(return_value=httpx.Response(200, json=[]))
    original = harness.client(
        default_headers={"X-A": "1", "X-B": "1"}, default_query={"q": "1"}, max_retries=2
    )
    copy = original.copy(default_headers={"X-B": "2"}, timeout=7.0, max_retries=5)
    assert type(copy) is type(original)
    assert copy._http_client is original._http_client
    assert copy.max_retries == 5
    assert copy.timeout == httpx.Timeout(7.0)
    assert copy.bearer_token == original.bearer_token
    assert original.max_retries == 2
    harness.request(copy, LIST)
    headers = route.calls.last.request.headers
    assert (headers["X-A"], headers["X-B"]) == ("1", "2")
    assert route.calls.last.request.url.params["q"] == "1"

    replaced = original.with_options(set_default_headers={"X-C": "3"}, bearer_token="other")
    harness.request(replaced, LIST)
    headers = route.calls.last.request.headers
    assert "X-A" not in headers
    assert headers["X-C"] == "3"
    assert headers["Authorization"] == "Bearer other"


def test_copy_rejects_both_header_modes(harness: Harness) -> None:
    with pytest.raises(ValueError):
        harness.client().copy(default_headers={"a": "1"}, set_default_headers={"b": "2"})


def test_copy_with_own_http_client(harness: Harness) -> None:
    original = harness.client()
    http_client = DefaultAsyncHttpxClient() if harness.is_async else DefaultHttpxClient()
    copy = original.copy(http_client=http_client)  # type: ignore[arg-type]
    assert copy._http_client is http_client


def test_sync_context_manager_and_close() -> None:
    with Client(bearer_token="t") as client:
        assert not client.is_closed()
        copy = client.copy()
        copy.close()
        assert not client.is_closed()  # a copy does not close the shared pool
    assert client.is_closed()


async def test_async_context_manager_and_close() -> None:
    async with AsyncClient(bearer_token="t") as client:
        assert not client.is_closed()
    assert client.is_closed()
    other = AsyncClient(bearer_token="t")
    await other.close()
    assert other.is_closed()


def test_default_httpx_clients_have_our_defaults() -> None:
    for http_client in (DefaultHttpxClient(), DefaultAsyncHttpxClient()):
        assert http_client.timeout == httpx.Timeout(60.0, connect=5.0)
        assert http_client.follow_redirects is True
    assert DEFAULT_CONNECTION_LIMITS.max_connections == 100
    custom = DefaultHttpxClient(timeout=httpx.Timeout(3.0))
    assert custom.timeout == httpx.Timeout(3.0)
    assert Client(bearer_token="t", http_client=custom).timeout == httpx.Timeout(3.0)


def test_low_level_calls(harness: Harness, api: respx.MockRouter) -> None:
    get = api.get("/account").mock(return_value=httpx.Response(200, json={"username": "me"}))
    post = api.post("/things").mock(return_value=httpx.Response(201, json={"id": "new"}))
    client = harness.client()
    assert harness.low_level(client, "get", "/account", params={"x": "1"}) == {"username": "me"}
    assert get.calls.last.request.url.params["x"] == "1"
    assert get.calls.last.request.headers["Authorization"].startswith("Bearer ")
    assert harness.low_level(client, "post", "things", json={"a": 1}) == {"id": "new"}
    assert post.calls.last.request.content == b'{"a":1}'
    assert harness.low_level(client, "request", "GET", f"{BASE_URL}/account") == {"username": "me"}
    result = harness.low_level(
        client, "request", method="POST", url="/things", json={"b": 2}, headers={"X-Y": "z"}
    )
    assert result == {"id": "new"}
    assert post.calls.last.request.headers["X-Y"] == "z"


def test_low_level_errors_and_retries(harness: Harness, api: respx.MockRouter) -> None:
    route = api.delete("/things/x").mock(
        side_effect=[httpx.Response(502), httpx.Response(404, json={"detail": "gone"})]
    )
    with pytest.raises(NotFoundError, match="gone"):
        harness.low_level(harness.client(), "delete", "/things/x")
    assert route.call_count == 2


def test_low_level_put_patch(harness: Harness, api: respx.MockRouter) -> None:
    api.put("/a").mock(return_value=httpx.Response(200, json=1))
    api.patch("/b").mock(return_value=httpx.Response(200, json=2))
    client = harness.client()
    assert harness.low_level(client, "put", "/a", json={}) == 1
    assert harness.low_level(client, "patch", "/b", json={}) == 2


def test_redirect_to_another_origin_drops_authorization(harness: Harness) -> None:
    with respx.mock() as router:
        router.get(f"{BASE_URL}/files/f").mock(
            return_value=httpx.Response(302, headers={"Location": "https://cdn.example.test/f"})
        )
        same = router.get(f"{BASE_URL}/files/g").mock(
            return_value=httpx.Response(307, headers={"Location": f"{BASE_URL}/files/h"})
        )
        final = router.get("https://cdn.example.test/f").mock(
            return_value=httpx.Response(200, json={"ok": True})
        )
        same_final = router.get(f"{BASE_URL}/files/h").mock(
            return_value=httpx.Response(200, json={"ok": True})
        )
        client = harness.client()
        assert harness.low_level(client, "get", "/files/f") == {"ok": True}
        assert "Authorization" not in final.calls.last.request.headers
        assert harness.low_level(client, "get", "/files/g") == {"ok": True}
        assert same.call_count == 1
        assert same_final.calls.last.request.headers["Authorization"].startswith("Bearer ")


class _SlowHandler(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        time.sleep(0.6)
        body = b'{"slow": true}'
        try:
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def slow_server() -> Iterator[str]:
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), _SlowHandler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/v1"
    server.shutdown()
    server.server_close()


def test_real_timeouts_client_and_per_request(
    harness: Harness, slow_server: str, sleeps: List[float]
) -> None:
    client = harness.client(base_url=slow_server, timeout=0.1, max_retries=1)
    started = time.monotonic()
    with pytest.raises(APITimeoutError):
        harness.request(client, LIST)
    assert time.monotonic() - started < 0.6 * 2
    assert len(sleeps) == 1
    assert harness.request(client, LIST, options=RequestOptions(timeout=None)) == {"slow": True}
    assert harness.request(client, LIST, options=RequestOptions(timeout=5.0)) == {"slow": True}
    harness.run(client.close())


def test_async_client_runs_concurrently(api: respx.MockRouter) -> None:
    api.get("/things").mock(return_value=httpx.Response(200, json=[1]))

    async def main() -> List[object]:
        async with AsyncClient(bearer_token="t", base_url=BASE_URL) as client:
            return list(await asyncio.gather(*(client.get("/things") for _ in range(5))))

    assert asyncio.run(main()) == [[1]] * 5
