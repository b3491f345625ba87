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
- ``GET  /models/{owner}/{name}/versions/{id}``   a version with its ``openapi_schema`` (what
                                            ``run()`` reads, once per client, to shape list outputs)
- ``GET  /stream/{id}?n=N``                 ``N`` ``output`` events then ``done`` (chunked SSE)

Bodies have the ``realistic`` shape (``payloads.py``); a path under ``/simple`` (``/simple/v1/...``)
gets the ``simple`` shape of issue 5's first benchmarks instead, and links in it keep the prefix.
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

from payloads import SHAPES, model, prediction

PAGES = 20
PAGE_SIZE = 100


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
        kind, shape, host = key[0], str(key[1]), str(key[2])
        # Links the client follows keep the shape's prefix: the page it gets next has the same shape.
        root = host if shape == SHAPES[0] else f"{host}/{shape}"
        if kind == "prediction":
            return _json(prediction(root, shape=shape))
        if kind == "created":
            return _json(prediction(root, shape=shape), status=b"201 Created")
        if kind == "streaming":
            tokens = int(str(key[3]))
            return _json(
                prediction(root, shape=shape, status="starting", stream_tokens=tokens), b"201 Created"
            )
        if kind == "page":
            page = int(str(key[3]))
            base = f"http://{root}/v1/models"
            return _json(
                {
                    "next": f"{base}?cursor={page + 1}" if page + 1 < PAGES else None,
                    "previous": f"{base}?cursor={page - 1}" if page > 0 else None,
                    "results": [model(page * PAGE_SIZE + i, shape) for i in range(PAGE_SIZE)],
                }
            )
        if kind == "version":
            return _json(model(0, shape)["latest_version"])
        if kind == "sse":
            return sse_body(int(str(key[3])))
        return _json({"detail": "Not found.", "status": 404}, status=b"404 Not Found")


CANNED = Canned()


def route(method: bytes, target: bytes, host: str, body: bytes) -> bytes:
    parts = urlsplit(target.decode("latin-1"))
    segments = [s for s in parts.path.split("/") if s]
    shape = SHAPES[0]
    if segments and segments[0] in SHAPES:
        shape = segments.pop(0)
    if segments and segments[0] == "v1":
        segments.pop(0)
    if method == b"GET" and len(segments) == 2 and segments[0] == "predictions":
        return CANNED.get(("prediction", shape, host))
    if method == b"POST" and (
        segments == ["predictions"] or (len(segments) == 4 and segments[3] == "predictions")
    ):
        if b'"stream"' in body:
            data = json.loads(body)
            if data.get("stream"):
                tokens = int((data.get("input") or {}).get("tokens", 100))
                return CANNED.get(("streaming", shape, host, tokens))
        return CANNED.get(("created", shape, host))
    if method == b"GET" and len(segments) == 5 and segments[0] == "models" and segments[3] == "versions":
        return CANNED.get(("version", shape, host))
    if method == b"GET" and segments == ["models"]:
        cursor = parse_qs(parts.query).get("cursor", ["0"])[0]
        return CANNED.get(("page", shape, host, int(cursor)))
    if method == b"GET" and len(segments) == 2 and segments[0] == "stream":
        n = parse_qs(parts.query).get("n", ["100"])[0]
        return CANNED.get(("sse", shape, host, int(n)))
    return CANNED.get(("missing", shape, host))


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
