"""Dropped SSE connections, against a small in-test server that drops them on purpose."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Dict, Iterator, List, Optional

import pytest

from replicate import AsyncReplicate, Replicate
from replicate.exceptions import APIConnectionError

TOKEN = "r8_in_test_secret_token"

# Each connection: the events to send, then the connection closes (no `done` unless listed).
FIRST = b"id: 1\nevent: output\ndata: a\n\nid: 2\nevent: output\ndata: b\n\nid: 3\nevent: output\ndata: c\n\n"
PARTIAL = b"id: 4\nevent: output\ndata: PARTIAL"  # cut mid-event: must not be yielded
SECOND = b"id: 4\nevent: output\ndata: d\n\nid: 5\nevent: done\ndata: {}\n\n"


class SSEServer:
    """Serves one prediction at /v1/predictions/p1 whose stream lives at `stream_origin`/stream/p1."""

    def __init__(self, script: List[bytes]) -> None:
        self.script = list(script)
        self.stream_origin = ""
        self.stream_headers: List[Dict[str, str]] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.0"

            def log_message(self, format: str, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                if self.path == "/v1/predictions/p1":
                    self._json(outer.prediction())
                elif self.path == "/stream/p1":
                    outer.stream_headers.append({k.lower(): v for k, v in self.headers.items()})
                    body = outer.script.pop(0) if outer.script else b""
                    self.send_response(200)
                    self.send_header("Content-Type", "text/event-stream")
                    self.end_headers()
                    self.wfile.write(body)
                else:
                    self.send_error(404)

            def _json(self, payload: object) -> None:
                body = json.dumps(payload).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.origin = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.stream_origin = self.origin

    def prediction(self) -> Dict[str, object]:
        api = f"{self.origin}/v1/predictions/p1"
        return {
            "id": "p1",
            "model": "me/m",
            "version": "v" * 64,
            "input": {},
            "status": "processing",
            "created_at": "2024-01-01T00:00:00Z",
            "urls": {"get": api, "cancel": api + "/cancel", "stream": f"{self.stream_origin}/stream/p1"},
        }

    def __enter__(self) -> SSEServer:
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def dropping() -> Iterator[SSEServer]:
    with SSEServer([FIRST + PARTIAL, SECOND]) as server:
        yield server


def _resumes(server: SSEServer) -> List[Optional[str]]:
    return [headers.get("last-event-id") for headers in server.stream_headers]


def test_a_dropped_stream_resumes_without_losing_or_repeating(dropping: SSEServer) -> None:
    with Replicate(base_url=dropping.origin + "/v1", bearer_token=TOKEN) as client:
        tokens = [str(event) for event in client.predictions.stream(prediction_id="p1")]
    assert tokens == ["a", "b", "c", "d"]
    assert _resumes(dropping) == [None, "3"]


async def test_async_dropped_stream_resumes(dropping: SSEServer) -> None:
    async with AsyncReplicate(base_url=dropping.origin + "/v1", bearer_token=TOKEN) as client:
        tokens = [str(event) async for event in client.predictions.stream(prediction_id="p1")]
    assert tokens == ["a", "b", "c", "d"]
    assert _resumes(dropping) == [None, "3"]


def test_the_token_is_not_sent_to_a_stream_on_another_origin() -> None:
    with SSEServer([]) as api, SSEServer([FIRST + SECOND]) as elsewhere:
        api.stream_origin = elsewhere.origin
        with Replicate(base_url=api.origin + "/v1", bearer_token=TOKEN) as client:
            assert [str(e) for e in client.predictions.stream(prediction_id="p1")] == ["a", "b", "c", "d"]
        (headers,) = elsewhere.stream_headers
        assert "authorization" not in headers


def test_reconnects_are_limited() -> None:
    script = [b"retry: 5\nid: 1\nevent: output\ndata: a\n\n"] + [b""] * 10
    with SSEServer(script) as server, Replicate(base_url=server.origin + "/v1", bearer_token=TOKEN) as client:
        tokens: List[str] = []
        with pytest.raises(APIConnectionError, match="Lost the prediction's stream") as raised:
            for event in client.predictions.stream(prediction_id="p1"):
                tokens.append(str(event))
        assert tokens == ["a"] and len(server.stream_headers) == 6  # the first connection + 5 reconnects
        assert TOKEN not in str(raised.value)
