"""A threading HTTP/1.1 server on loopback that hands each request to an application callable.

It keeps connections alive, streams iterator bodies with chunked encoding (one flush per chunk),
and on `close()` shuts down every open connection and joins the threads serving them.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Callable, Dict, List, Tuple

from ._wire import Request, Response

Application = Callable[[Request], Response]

_JOIN_TIMEOUT_SECONDS = 5.0


class LoopbackHTTPServer(HTTPServer):
    allow_reuse_address = True

    def __init__(self, address: Tuple[str, int], application: Application) -> None:
        super().__init__(address, _RequestHandler)
        self.application = application
        self._lock = threading.Lock()
        self._connections: Dict[socket.socket, threading.Thread] = {}

    @property
    def origin(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host!s}:{port}"

    def process_request(self, request: socket.socket, client_address: object) -> None:  # type: ignore[override]
        thread = threading.Thread(
            target=self._serve_connection,
            args=(request, client_address),
            name=f"replicate-testing-conn-{client_address}",
            daemon=True,
        )
        with self._lock:
            self._connections[request] = thread
        thread.start()

    def _serve_connection(self, request: socket.socket, client_address: object) -> None:
        try:
            self.finish_request(request, client_address)
        except Exception:
            self.handle_error(request, client_address)
        finally:
            with self._lock:
                self._connections.pop(request, None)
            self.shutdown_request(request)

    def handle_error(self, request: object, client_address: object) -> None:
        # Clients hanging up mid-response are routine; stay quiet instead of printing tracebacks.
        pass

    def close_connections(self) -> None:
        with self._lock:
            connections = list(self._connections.items())
        for sock, _ in connections:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
        for _, thread in connections:
            thread.join(_JOIN_TIMEOUT_SECONDS)


class _RequestHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: LoopbackHTTPServer  # pyright: ignore[reportIncompatibleVariableOverride]

    def do_GET(self) -> None:
        self._dispatch()

    do_POST = do_PUT = do_PATCH = do_DELETE = do_QUERY = do_OPTIONS = do_GET

    def log_message(self, format: str, *args: object) -> None:
        pass

    def _dispatch(self) -> None:
        body = self._read_body()
        path, _, query_string = self.path.partition("?")
        request = Request(
            method=self.command,
            path=path,
            query_string=query_string,
            headers={name.lower(): value for name, value in self.headers.items()},
            body=body,
            origin=self.server.origin,
        )
        response = self.server.application(request)
        try:
            self._write(response)
        except (BrokenPipeError, ConnectionResetError, ConnectionAbortedError, OSError):
            self.close_connection = True
        finally:
            if response.on_close is not None:
                response.on_close()

    def _read_body(self) -> bytes:
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            return self._read_chunked_body()
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length > 0 else b""

    def _read_chunked_body(self) -> bytes:
        parts: List[bytes] = []
        while True:
            size_line = self.rfile.readline()
            size = int(size_line.split(b";")[0].strip() or b"0", 16)
            if size == 0:
                while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                    pass  # trailers
                return b"".join(parts)
            parts.append(self.rfile.read(size))
            self.rfile.readline()

    def _write(self, response: Response) -> None:
        self.send_response(response.status)
        if response.content_type is not None:
            self.send_header("Content-Type", response.content_type)
        for name, value in response.headers.items():
            self.send_header(name, value)
        if isinstance(response.body, bytes):
            self.send_header("Content-Length", str(len(response.body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(response.body)
            self.wfile.flush()
            return
        self.send_header("Transfer-Encoding", "chunked")
        self.send_header("Cache-Control", "no-cache")
        self.end_headers()
        self.wfile.flush()
        for chunk in response.body:
            if chunk:
                self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                self.wfile.flush()
        self.wfile.write(b"0\r\n\r\n")
        self.wfile.flush()


def bind(host: str, port: int, application: Application) -> LoopbackHTTPServer:
    return LoopbackHTTPServer((host, port), application)


def serve_forever_in_thread(server: LoopbackHTTPServer) -> threading.Thread:
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
    thread.name = "replicate-testing-server"
    thread.start()
    return thread
