"""A fast loopback server speaking just enough of the Replicate HTTP API for the benchmarks.

Stdlib only (it runs under any interpreter), one asyncio ``Protocol`` per connection, HTTP/1.1
keep-alive, canned JSON built once at start-up. It runs in its own process so that serving never
takes the GIL from the client being measured.

    python benchmarks/server.py [--port 0]     # prints "PORT <n>" on stdout once listening

Routes (an optional ``/v1`` prefix is accepted, so ``replicate==1.0.7``'s ``/v1/...`` paths work):

- ``GET  /predictions/{id}``                a finished prediction (the same bytes every time)
- ``POST /predictions``, ``POST /models/{owner}/{name}/predictions``
                                            a prediction that has already succeeded, or, when the
                                            body has ``"stream": true``, a ``starting`` prediction
                                            whose ``urls.stream`` serves ``input.tokens`` tokens
- ``GET  /models?cursor=k``                 page ``k`` of ``PAGES`` pages of ``PAGE_SIZE`` models
- ``GET  /stream/{id}?n=N``                 ``N`` ``output`` events then ``done`` (chunked SSE)
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import sys
from typing import Dict, List, Optional, Tuple
from urllib.parse import parse_qs, urlsplit

PAGES = 20
PAGE_SIZE = 100
VERSION_ID = "5c7d5dc6dd8bf75c1acaa8565735e7986bc5b66206b55cca93cb72c9bf15ccaa"
PREDICTION_ID = "ufawqhfynnddngldkgtslldrkq"


def prediction(
    host: str, *, status: str = "succeeded", stream_tokens: Optional[int] = None
) -> Dict[str, object]:
    base = f"http://{host}/v1/predictions/{PREDICTION_ID}"
    urls: Dict[str, str] = {
        "get": base,
        "cancel": base + "/cancel",
        "web": f"https://replicate.com/p/{PREDICTION_ID}",
    }
    if stream_tokens is not None:
        urls["stream"] = f"http://{host}/stream/{PREDICTION_ID}?n={stream_tokens}"
    done = status == "succeeded"
    return {
        "id": PREDICTION_ID,
        "model": "replicate/hello-world",
        "version": VERSION_ID,
        "input": {"text": "Alice"},
        "logs": "Generating...\nDone in 0.1s\n" if done else "",
        "output": "hello Alice" if done else None,
        "data_removed": False,
        "error": None,
        "source": "api",
        "status": status,
        "created_at": "2024-05-01T12:00:00.000000Z",
        "started_at": "2024-05-01T12:00:00.250000Z" if done else None,
        "completed_at": "2024-05-01T12:00:01.050000Z" if done else None,
        "metrics": {"predict_time": 0.8, "total_time": 1.05} if done else None,
        "urls": urls,
    }


def model(i: int) -> Dict[str, object]:
    return {
        "url": f"https://replicate.com/acme/model-{i}",
        "owner": "acme",
        "name": f"model-{i}",
        "description": "A model that turns text into other text, for benchmarking list endpoints.",
        "visibility": "public",
        "github_url": f"https://github.com/acme/model-{i}",
        "paper_url": None,
        "license_url": "https://www.apache.org/licenses/LICENSE-2.0",
        "run_count": 1000 + i,
        "cover_image_url": f"https://replicate.delivery/acme/model-{i}/cover.webp",
        "default_example": None,
        "is_official": False,
        "latest_version": {
            "id": VERSION_ID,
            "created_at": "2024-04-01T10:00:00.000000Z",
            "cog_version": "0.9.6",
            "openapi_schema": {
                "openapi": "3.0.2",
                "info": {"title": "Cog", "version": "0.1.0"},
                "components": {
                    "schemas": {
                        "Input": {
                            "type": "object",
                            "properties": {"text": {"type": "string", "title": "Text"}},
                        },
                        "Output": {"type": "string", "title": "Output"},
                    }
                },
            },
        },
    }


def _response(body: bytes, content_type: bytes = b"application/json", status: bytes = b"200 OK") -> bytes:
    return (
        b"HTTP/1.1 "
        + status
        + b"\r\nContent-Type: "
        + content_type
        + b"\r\nContent-Length: "
        + str(len(body)).encode()
        + b"\r\n\r\n"
        + body
    )


def _json(data: object, status: bytes = b"200 OK") -> bytes:
    return _response(json.dumps(data, separators=(",", ":")).encode(), status=status)


def sse_body(n: int, events_per_chunk: int = 64) -> bytes:
    """``n`` output events then ``done``, as HTTP/1.1 chunks of a few dozen events each."""
    out: List[bytes] = []
    events = [b"event: output\nid: %d\ndata: tok%d \n\n" % (i, i % 1000) for i in range(n)]
    events.append(b"event: done\nid: %d\ndata: {}\n\n" % n)
    for start in range(0, len(events), events_per_chunk):
        chunk = b"".join(events[start : start + events_per_chunk])
        out.append(b"%x\r\n%s\r\n" % (len(chunk), chunk))
    out.append(b"0\r\n\r\n")
    head = b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\nTransfer-Encoding: chunked\r\n\r\n"
    return head + b"".join(out)


class Canned:
    """Responses keyed by what varies (the Host header, page, token count), built once each."""

    def __init__(self) -> None:
        self._cache: Dict[Tuple[object, ...], bytes] = {}

    def get(self, key: Tuple[object, ...]) -> bytes:
        cached = self._cache.get(key)
        if cached is None:
            cached = self._cache[key] = self._build(key)
        return cached

    def _build(self, key: Tuple[object, ...]) -> bytes:
        kind, host = key[0], str(key[1])
        if kind == "prediction":
            return _json(prediction(host))
        if kind == "created":
            return _json(prediction(host), status=b"201 Created")
        if kind == "streaming":
            return _json(prediction(host, status="starting", stream_tokens=int(str(key[2]))), b"201 Created")
        if kind == "page":
            page = int(str(key[2]))
            base = f"http://{host}/v1/models"
            return _json(
                {
                    "next": f"{base}?cursor={page + 1}" if page + 1 < PAGES else None,
                    "previous": f"{base}?cursor={page - 1}" if page > 0 else None,
                    "results": [model(page * PAGE_SIZE + i) for i in range(PAGE_SIZE)],
                }
            )
        if kind == "sse":
            return sse_body(int(str(key[2])))
        return _json({"detail": "Not found.", "status": 404}, status=b"404 Not Found")


CANNED = Canned()


def route(method: bytes, target: bytes, host: str, body: bytes) -> bytes:
    parts = urlsplit(target.decode("latin-1"))
    path = parts.path
    if path.startswith("/v1/"):
        path = path[3:]
    segments = [s for s in path.split("/") if s]
    if method == b"GET" and len(segments) == 2 and segments[0] == "predictions":
        return CANNED.get(("prediction", host))
    if method == b"POST" and (
        segments == ["predictions"] or (len(segments) == 4 and segments[3] == "predictions")
    ):
        if b'"stream"' in body:
            data = json.loads(body)
            if data.get("stream"):
                tokens = int((data.get("input") or {}).get("tokens", 100))
                return CANNED.get(("streaming", host, tokens))
        return CANNED.get(("created", host))
    if method == b"GET" and segments == ["models"]:
        cursor = parse_qs(parts.query).get("cursor", ["0"])[0]
        return CANNED.get(("page", host, int(cursor)))
    if method == b"GET" and len(segments) == 2 and segments[0] == "stream":
        n = parse_qs(parts.query).get("n", ["100"])[0]
        return CANNED.get(("sse", host, int(n)))
    return CANNED.get(("missing", host))


class HTTPProtocol(asyncio.Protocol):
    def __init__(self) -> None:
        self._buffer = b""
        self._transport: Optional[asyncio.Transport] = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self._transport = transport  # type: ignore[assignment]

    def data_received(self, data: bytes) -> None:
        buffer = self._buffer + data if self._buffer else data
        out: List[bytes] = []
        while True:
            end = buffer.find(b"\r\n\r\n")
            if end < 0:
                break
            head = buffer[:end]
            lines = head.split(b"\r\n")
            method, target, _ = lines[0].split(b" ", 2)
            length = 0
            host = ""
            for line in lines[1:]:
                name, _, value = line.partition(b":")
                lname = name.strip().lower()
                if lname == b"content-length":
                    length = int(value)
                elif lname == b"host":
                    host = value.strip().decode("latin-1")
            if len(buffer) < end + 4 + length:
                break
            body = buffer[end + 4 : end + 4 + length]
            buffer = buffer[end + 4 + length :]
            out.append(route(method, target, host, body))
        self._buffer = buffer
        if out and self._transport is not None:
            self._transport.write(b"".join(out))


async def serve(port: int) -> None:
    loop = asyncio.get_running_loop()
    server = await loop.create_server(HTTPProtocol, "127.0.0.1", port, backlog=4096, reuse_address=True)
    actual = server.sockets[0].getsockname()[1]
    sys.stdout.write(f"PORT {actual}\n")
    sys.stdout.flush()
    stop = asyncio.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    async with server:
        await stop.wait()


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--port", type=int, default=int(os.environ.get("BENCH_PORT", "0")))
    args = parser.parse_args()
    asyncio.run(serve(args.port))


if __name__ == "__main__":
    main()
