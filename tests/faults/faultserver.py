"""A scripted fault-injection HTTP/1.1 server on loopback, written on raw sockets.

Each test scripts what the server does per route (``"POST /v1/predictions"``): a list of actions
consumed one per request, the last one repeating. Actions can answer normally, reset the
connection after reading the request, stall before the headers or mid-body, truncate a body,
stream server-sent events that drop mid-way, and so on. Every request is recorded (method, path,
headers, body, arrival time), so tests count attempts on the server side.

``FaultServer(listening=False)`` binds its port without listening: connecting is refused
(``ECONNREFUSED``) until ``start_listening()`` is called.
"""

from __future__ import annotations

import contextlib
import json
import socket
import struct
import threading
import time
from dataclasses import dataclass, field
from email.utils import formatdate
from http import HTTPStatus
from typing import Any, Callable, Dict, Iterable, List, Optional, Sequence, Tuple, Union

__all__ = [
    "Action",
    "Conn",
    "FaultServer",
    "Recorded",
    "close_without_response",
    "html_page",
    "http_date_in",
    "reset",
    "respond",
    "sse",
    "stall_body",
    "stall_headers",
    "truncated",
]


@dataclass
class Recorded:
    method: str
    path: str
    query: str
    headers: Dict[str, str]
    body: bytes
    at: float
    connection: int

    @property
    def retry_count(self) -> Optional[str]:
        return self.headers.get("x-replicate-retry-count")

    def json(self) -> object:
        return json.loads(self.body)


class Conn:
    """The server side of one accepted connection, as an action sees it."""

    def __init__(self, sock: socket.socket, number: int, stopping: threading.Event) -> None:
        self.sock = sock
        self.number = number
        self.stopping = stopping
        self.keep_alive = True

    def send(self, data: bytes) -> bool:
        try:
            self.sock.sendall(data)
            return True
        except OSError:
            self.keep_alive = False
            return False

    def sleep(self, seconds: float) -> None:
        """Stall, but wake up when the server stops."""
        self.stopping.wait(seconds)

    def reset(self) -> None:
        """Abort with a TCP RST (SO_LINGER 0), as a crashing proxy would."""
        with contextlib.suppress(OSError):
            self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.close()

    def close(self) -> None:
        self.keep_alive = False
        with contextlib.suppress(OSError):
            self.sock.close()


Action = Callable[[Recorded, Conn], None]
Script = Union[Action, Sequence[Action]]


# ---------------------------------------------------------------------------------------- actions


def _head(status: int, headers: Iterable[Tuple[str, str]]) -> bytes:
    reason = HTTPStatus(status).phrase if status in HTTPStatus._value2member_map_ else "Unknown"
    lines = [f"HTTP/1.1 {status} {reason}"] + [f"{name}: {value}" for name, value in headers]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def respond(
    status: int = 200,
    *,
    json_body: object = None,
    body: Union[bytes, str, None] = None,
    headers: Optional[Dict[str, str]] = None,
    content_type: Optional[str] = None,
) -> Action:
    if json_body is not None:
        payload = json.dumps(json_body).encode()
        content_type = content_type or "application/json"
    elif isinstance(body, str):
        payload = body.encode()
    else:
        payload = body or b""

    def action(request: Recorded, conn: Conn) -> None:
        head: List[Tuple[str, str]] = [("Content-Length", str(len(payload)))]
        if content_type:
            head.append(("Content-Type", content_type))
        head.extend((headers or {}).items())
        conn.send(_head(status, head) + payload)

    return action


def html_page(status: int = 502) -> Action:
    page = (
        "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head>"
        "<body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>"
    )
    return respond(status, body=page, content_type="text/html")


def reset() -> Action:
    """Read the whole request, then abort the connection with a RST and no response."""

    def action(request: Recorded, conn: Conn) -> None:
        conn.reset()

    return action


def close_without_response() -> Action:
    def action(request: Recorded, conn: Conn) -> None:
        conn.close()

    return action


def stall_headers(seconds: float, then: Optional[Action] = None) -> Action:
    """Send nothing for ``seconds`` (the client's read timeout should fire first)."""

    def action(request: Recorded, conn: Conn) -> None:
        conn.sleep(seconds)
        if then is not None and not conn.stopping.is_set():
            then(request, conn)
        else:
            conn.close()

    return action


def stall_body(
    seconds: float, *, status: int = 200, total: bytes = b'{"id": "abc", "status": "ok"}'
) -> Action:
    """Send the headers and half the body, then stall."""

    def action(request: Recorded, conn: Conn) -> None:
        head = _head(status, [("Content-Type", "application/json"), ("Content-Length", str(len(total)))])
        conn.send(head + total[: len(total) // 2])
        conn.sleep(seconds)
        conn.close()

    return action


def truncated(
    body: bytes, *, declared: Optional[int] = None, status: int = 200, close: bool = True
) -> Action:
    """Send ``body`` under a Content-Length of ``declared`` (default: exact) and close."""

    def action(request: Recorded, conn: Conn) -> None:
        length = len(body) if declared is None else declared
        head = _head(status, [("Content-Type", "application/json"), ("Content-Length", str(length))])
        conn.send(head + body)
        if close:
            conn.close()

    return action


SSEEvent = Tuple[Optional[str], str, str]  # (id, event, data)


def encode_sse(event_id: Optional[str], event: str, data: str) -> bytes:
    lines = [f"event: {event}"]
    if event_id is not None:
        lines.append(f"id: {event_id}")
    lines.extend(f"data: {line}" for line in data.split("\n"))
    return ("\n".join(lines) + "\n\n").encode()


def sse(
    events: Sequence[SSEEvent],
    *,
    drop_after: Optional[int] = None,
    resume: bool = True,
    chunk: int = 1,
) -> Action:
    """Stream ``events`` with chunked encoding, ``chunk`` events per chunk.

    ``resume``: honour ``Last-Event-ID`` (start after the event with that id). ``drop_after``:
    after that many events of this response, send half of the next event and close the connection
    (no terminating chunk: an incomplete body).
    """

    def action(request: Recorded, conn: Conn) -> None:
        start = 0
        last = request.headers.get("last-event-id")
        if resume and last is not None:
            ids = [event_id for event_id, _, _ in events]
            start = ids.index(last) + 1 if last in ids else 0
        head = [
            ("Content-Type", "text/event-stream"),
            ("Cache-Control", "no-cache"),
            ("Transfer-Encoding", "chunked"),
        ]
        conn.send(_head(200, head))
        todo = list(events[start:])
        cut: Optional[bytes] = None
        if drop_after is not None and drop_after < len(todo):
            whole = encode_sse(*todo[drop_after])
            cut = whole[: len(whole) // 2]
            todo = todo[:drop_after]
        for index in range(0, len(todo), chunk):
            data = b"".join(encode_sse(*event) for event in todo[index : index + chunk])
            if not conn.send(b"%x\r\n%s\r\n" % (len(data), data)):
                return
        if cut is not None:
            conn.send(b"%x\r\n%s\r\n" % (len(cut), cut))
            # FIN, not RST: a RST would let the kernel discard events the client has not read yet.
            conn.close()
            return
        conn.send(b"0\r\n\r\n")

    return action


def http_date_in(seconds: float) -> str:
    return formatdate(time.time() + seconds, usegmt=True)


def _not_scripted(request: Recorded, conn: Conn) -> None:
    respond(404, json_body={"detail": f"not scripted: {request.method} {request.path}", "status": 404})(
        request, conn
    )


# ---------------------------------------------------------------------------------------- server


@dataclass
class _Route:
    actions: List[Action]
    served: int = 0

    def next(self) -> Action:
        action = self.actions[min(self.served, len(self.actions) - 1)]
        self.served += 1
        return action


@dataclass
class FaultServer:
    listening: bool = True
    host: str = "127.0.0.1"
    requests: List[Recorded] = field(default_factory=lambda: [])
    connections_accepted: int = 0

    def __post_init__(self) -> None:
        self._routes: Dict[str, _Route] = {}
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._threads: List[threading.Thread] = []
        self._socks: List[socket.socket] = []
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind((self.host, 0))
        self.port: int = self._listener.getsockname()[1]
        self._accept_thread: Optional[threading.Thread] = None
        if self.listening:
            self.start_listening()

    # -------------------------------------------------------------- public

    @property
    def origin(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def url(self) -> str:
        return self.origin + "/v1"

    def script(self, route: str, actions: Script) -> None:
        """``route`` is ``"METHOD /path"`` (path without query string)."""
        listed = [actions] if callable(actions) else list(actions)
        with self._lock:
            self._routes[route] = _Route(listed)

    def count(self, route: Optional[str] = None) -> int:
        return len(self.received(route))

    def received(self, route: Optional[str] = None) -> List[Recorded]:
        with self._lock:
            recorded = list(self.requests)
        if route is None:
            return recorded
        method, _, path = route.partition(" ")
        return [r for r in recorded if r.method == method and r.path == path]

    def start_listening(self) -> None:
        self._listener.listen(128)
        self.listening = True
        self._accept_thread = threading.Thread(target=self._accept_loop, name="fault-accept", daemon=True)
        self._accept_thread.start()

    def stop(self) -> None:
        self._stopping.set()
        with contextlib.suppress(OSError):
            self._listener.shutdown(socket.SHUT_RDWR)
        with contextlib.suppress(OSError):
            self._listener.close()
        with self._lock:
            socks = list(self._socks)
            threads = list(self._threads)
        for sock in socks:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
        if self._accept_thread is not None:
            self._accept_thread.join(5)
        for thread in threads:
            thread.join(5)

    def __enter__(self) -> FaultServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -------------------------------------------------------------- internals

    def _accept_loop(self) -> None:
        while not self._stopping.is_set():
            try:
                sock, _ = self._listener.accept()
            except OSError:
                return
            with self._lock:
                self.connections_accepted += 1
                number = self.connections_accepted
                self._socks.append(sock)
                thread = threading.Thread(target=self._serve, args=(sock, number), daemon=True)
                self._threads.append(thread)
            thread.start()

    def _serve(self, sock: socket.socket, number: int) -> None:
        conn = Conn(sock, number, self._stopping)
        reader = _Reader(sock)
        try:
            while conn.keep_alive and not self._stopping.is_set():
                request = reader.read_request(number)
                if request is None:
                    return
                with self._lock:
                    self.requests.append(request)
                    route = self._routes.get(f"{request.method} {request.path}")
                action = route.next() if route is not None else _not_scripted
                action(request, conn)
                if request.headers.get("connection", "").lower() == "close":
                    conn.close()
        except OSError:
            pass
        finally:
            conn.close()
            with self._lock:
                if sock in self._socks:
                    self._socks.remove(sock)


class _Reader:
    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.buffer = b""

    def _fill(self) -> bool:
        data = self.sock.recv(65536)
        if not data:
            return False
        self.buffer += data
        return True

    def _read_line(self) -> Optional[bytes]:
        while b"\r\n" not in self.buffer:
            if not self._fill():
                return None
        line, _, self.buffer = self.buffer.partition(b"\r\n")
        return line

    def _read_exact(self, size: int) -> Optional[bytes]:
        while len(self.buffer) < size:
            if not self._fill():
                return None
        data, self.buffer = self.buffer[:size], self.buffer[size:]
        return data

    def read_request(self, connection: int) -> Optional[Recorded]:
        while b"\r\n\r\n" not in self.buffer:
            if not self._fill():
                return None
        head, _, self.buffer = self.buffer.partition(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        method, target, _ = lines[0].split(" ", 2)
        headers: Dict[str, str] = {}
        for line in lines[1:]:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        body = b""
        if headers.get("transfer-encoding", "").lower() == "chunked":
            parts: List[bytes] = []
            while True:
                size_line = self._read_line()
                if size_line is None:
                    return None
                size = int(size_line.split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    self._read_line()
                    break
                part = self._read_exact(size + 2)
                if part is None:
                    return None
                parts.append(part[:-2])
            body = b"".join(parts)
        elif headers.get("content-length"):
            data = self._read_exact(int(headers["content-length"]))
            if data is None:
                return None
            body = data
        path, _, query = target.partition("?")
        return Recorded(method, path, query, headers, body, time.monotonic(), connection)


def streaming_prediction(fault: FaultServer, stream_origin: Optional[str] = None) -> Dict[str, Any]:
    """A processing prediction of `fault` whose events stream from `stream_origin` (default: `fault`)."""
    api = f"{fault.url}/predictions/p1"
    return {
        "id": "p1",
        "model": "acme/llm",
        "version": "v" * 64,
        "input": {},
        "status": "processing",
        "created_at": "2024-01-01T00:00:00Z",
        "urls": {
            "get": api,
            "cancel": api + "/cancel",
            "stream": f"{stream_origin or fault.origin}/v1/stream/p1",
        },
    }
