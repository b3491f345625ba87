"""How a request reaches the wire (``_transmit.py``), against a real HTTP server on loopback.

With the httpx client this package creates, requests skip ``httpx.Client.send`` and go to its
transport; these tests pin down what that path must still do as ``send`` would (redirects with
history, ``elapsed``, the closed-client check, the request on a transport error) and what it
deliberately does not (store cookies: requests are built by this package, which never sends any). A client the caller passes in keeps all of ``send``.
"""

from __future__ import annotations

import json
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, ClassVar, Dict, Iterator, List

import httpx
import pytest

from replicate._exceptions import APIConnectionError
from replicate._operation import Operation

from .conftest import TOKEN, AsyncClient, Client, Harness

GET: Operation[Dict[str, Any]] = Operation("get", "/things/{id}", Dict[str, Any])


class _Handler(BaseHTTPRequestHandler):
    seen: ClassVar[List[Dict[str, str]]] = []

    def do_GET(self) -> None:
        type(self).seen.append({"path": self.path, **{k.lower(): v for k, v in self.headers.items()}})
        if self.path.endswith("/things/moved"):
            self.send_response(307)
            self.send_header("Location", "/v1/things/here")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        body = json.dumps({"path": self.path}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Set-Cookie", "session=abc; Path=/")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def server_url() -> Iterator[str]:
    _Handler.seen = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/v1"
    finally:
        server.shutdown()
        server.server_close()


def test_a_redirect_is_followed_and_recorded_in_history(harness: Harness, server_url: str) -> None:
    client = harness.client(base_url=server_url)
    assert client._direct
    raw = harness.request(client, GET, mode="raw", path={"id": "moved"})
    assert harness.run(raw.json()) == {"path": "/v1/things/here"}
    assert [r.status_code for r in raw.http_response.history] == [307]
    assert raw.elapsed.total_seconds() > 0
    assert [seen["path"] for seen in _Handler.seen] == ["/v1/things/moved", "/v1/things/here"]
    assert all(seen["authorization"] == f"Bearer {TOKEN}" for seen in _Handler.seen)  # same origin


def test_our_own_client_stores_no_cookies(harness: Harness, server_url: str) -> None:
    client = harness.client(base_url=server_url)
    assert harness.request(client, GET, path={"id": "a"}) == {"path": "/v1/things/a"}
    assert harness.request(client, GET, path={"id": "b"}) == {"path": "/v1/things/b"}
    assert len(client._http_client.cookies) == 0
    assert all("cookie" not in seen for seen in _Handler.seen)


def test_a_client_passed_in_keeps_its_hooks_and_cookies(harness: Harness, server_url: str) -> None:
    hooked: List[str] = []
    if harness.is_async:

        async def async_hook(response: httpx.Response) -> None:
            hooked.append(str(response.url))

        client: Any = AsyncClient(
            bearer_token=TOKEN,
            base_url=server_url,
            http_client=httpx.AsyncClient(event_hooks={"response": [async_hook]}),
        )
    else:

        def hook(response: httpx.Response) -> None:
            hooked.append(str(response.url))

        client = Client(
            bearer_token=TOKEN,
            base_url=server_url,
            http_client=httpx.Client(event_hooks={"response": [hook]}),
        )
    assert not client._direct
    harness.request(client, GET, path={"id": "a"})
    harness.request(client, GET, path={"id": "b"})
    assert hooked == [f"{server_url}/things/a", f"{server_url}/things/b"]
    assert client._http_client.cookies["session"] == "abc"  # its jar, to use as it sees fit


def test_a_closed_client_refuses_to_send(harness: Harness, server_url: str) -> None:
    client = harness.client(base_url=server_url)
    harness.run(client.close())
    with pytest.raises(RuntimeError, match="client has been closed"):
        harness.request(client, GET, path={"id": "a"})
    assert _Handler.seen == []


def test_a_refused_connection_names_the_request(harness: Harness) -> None:
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    client = harness.client(base_url=f"http://127.0.0.1:{port}/v1", max_retries=0)
    with pytest.raises(APIConnectionError) as caught:
        harness.request(client, GET, path={"id": "a"})
    assert caught.value.request.url == httpx.URL(f"http://127.0.0.1:{port}/v1/things/a")
    assert isinstance(caught.value.__cause__, httpx.ConnectError)
    assert caught.value.__cause__.request.url == caught.value.request.url


def test_a_proxy_from_the_environment_still_applies(
    harness: Harness, server_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    proxy = server_url.rsplit("/v1", 1)[0]  # the loopback server plays the proxy
    for name in ("HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy", "NO_PROXY", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HTTP_PROXY", proxy)
    client = harness.client(base_url="http://api.example.test/v1")
    assert client._direct
    assert harness.request(client, GET, path={"id": "a"}) == {"path": "http://api.example.test/v1/things/a"}
    assert _Handler.seen[0]["host"] == "api.example.test"
