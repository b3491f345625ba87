"""A minimal, fast HTTP/1.1 keep-alive server for the load tests, run in its own process.

``replicate.testing`` is a thread-per-connection server with routing, validation and recording;
at 10,000 requests it (and the GIL it would share with the client under test) is the bottleneck,
so the load tests use this instead: asyncio, one canned JSON answer, and counters of the
connections it accepted, the most it ever had open at once, and the most API requests it was
answering at once (``GET /stats``). The last is the one to compare with a client's pool: a
connection the client closed counts as open until this process gets round to reading its end,
so a client replacing idle connections can seem to hold more than its pool on a loaded machine.

Run: ``python loadserver.py [delay_seconds]``; it prints its port on the first line of stdout.
"""

from __future__ import annotations

import asyncio
import json
import sys

BODY = json.dumps({"id": "p1", "status": "succeeded", "output": "ok", "urls": {}}).encode()
RESPONSE = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s" % (
    len(BODY),
    BODY,
)


class Stats:
    accepted = 0
    open = 0
    max_open = 0
    requests = 0  # first attempts (X-Replicate-Retry-Count 0 or absent)
    retries = 0  # later attempts of a request the client retried
    in_flight = 0  # API requests read and not yet answered
    max_in_flight = 0


async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, delay: float) -> None:
    Stats.accepted += 1
    Stats.open += 1
    Stats.max_open = max(Stats.max_open, Stats.open)
    try:
        while True:
            head = await reader.readuntil(b"\r\n\r\n")
            length = 0
            retry = False
            for line in head.split(b"\r\n"):
                name = line[:24].lower()
                if name[:15] == b"content-length:":
                    length = int(line[15:])
                elif name == b"x-replicate-retry-count:":
                    retry = line[24:].strip() != b"0"
            if length:
                await reader.readexactly(length)
            if head.startswith(b"GET /stats "):
                body = json.dumps(
                    {
                        "accepted": Stats.accepted,
                        "open": Stats.open - 1,
                        "max_open": Stats.max_open,
                        "requests": Stats.requests,
                        "retries": Stats.retries,
                        "max_in_flight": Stats.max_in_flight,
                    }
                ).encode()
                writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n%s" % (len(body), body))
            elif head.startswith(b"GET /v1/predictions/stream-"):
                tokens = int(head.split(b" ", 2)[1].rsplit(b"-", 1)[1])
                writer.write(_json_response(_streaming_prediction(writer, tokens)))
            elif head.startswith(b"GET /v1/sse/"):
                await _stream_tokens(writer, int(head.split(b" ", 2)[1].rsplit(b"/", 1)[1]))
            elif head.startswith(b"POST /reset "):
                # Like /stats, not counting the connection this request came on.
                Stats.accepted, Stats.max_open, Stats.requests, Stats.retries = 0, Stats.open - 1, 0, 0
                Stats.max_in_flight = Stats.in_flight
                writer.write(b"HTTP/1.1 204 No Content\r\n\r\n")
            else:
                if retry:
                    Stats.retries += 1
                else:
                    Stats.requests += 1
                Stats.in_flight += 1
                Stats.max_in_flight = max(Stats.max_in_flight, Stats.in_flight)
                try:
                    if delay:
                        await asyncio.sleep(delay)
                    writer.write(RESPONSE)
                finally:
                    Stats.in_flight -= 1
            await writer.drain()
    except (asyncio.IncompleteReadError, ConnectionError, asyncio.LimitOverrunError):
        pass
    finally:
        Stats.open -= 1
        writer.close()


def _json_response(payload: object) -> bytes:
    body = json.dumps(payload).encode()
    return b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s" % (
        len(body),
        body,
    )


def _streaming_prediction(writer: asyncio.StreamWriter, tokens: int) -> object:
    host, port = writer.get_extra_info("sockname")[:2]
    return {
        "id": f"stream-{tokens}",
        "status": "processing",
        "urls": {"stream": f"http://{host}:{port}/v1/sse/{tokens}"},
    }


async def _stream_tokens(writer: asyncio.StreamWriter, tokens: int) -> None:
    """``tokens`` output events (generated lazily, 1000 per chunk), then ``done``."""
    writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n")
    for start in range(0, tokens, 1000):
        data = b"".join(
            b"event: output\nid: %d\ndata: t%d\n\n" % (i, i % 10)
            for i in range(start + 1, min(tokens, start + 1000) + 1)
        )
        writer.write(b"%x\r\n%s\r\n" % (len(data), data))
        await writer.drain()
    done = b"event: done\nid: %d\ndata: {}\n\n" % (tokens + 1)
    writer.write(b"%x\r\n%s\r\n0\r\n\r\n" % (len(done), done))


async def main(delay: float) -> None:
    server = await asyncio.start_server(lambda r, w: handle(r, w, delay), "127.0.0.1", 0, backlog=1024)
    print(server.sockets[0].getsockname()[1], flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main(float(sys.argv[1]) if len(sys.argv) > 1 else 0.0))
