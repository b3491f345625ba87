"""A client generated from a spec with `text/event-stream` answers, against a real loopback server.

The spec has the two shapes real APIs use: operations that only stream (typed events, raw events)
and one that answers JSON unless its body's `stream` flag asks for events (OpenAI's pattern). The
server writes events in pieces, with comments, CRLF line endings, multi-line data, a `[DONE]`
sentinel and error events, and notices when the client hangs up.
"""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Callable, Dict, Iterator, List, Tuple

import anyio
import pytest

from codegen.cli import main
from codegen.tests.sandbox import Sandbox, make_sandbox

SPEC = """
openapi: 3.1.0
info: {title: Events, version: "1"}
paths:
  /ticks:
    get:
      operationId: ticks.list
      parameters:
        - {name: scenario, in: query, schema: {type: string}}
      responses:
        "200":
          description: typed events
          content:
            text/event-stream:
              schema: {$ref: "#/components/schemas/Tick"}
  /raw:
    get:
      operationId: ticks.raw
      responses:
        "200":
          description: the events themselves
          content:
            text/event-stream:
              schema: {type: string}
  /chat:
    post:
      operationId: chat.create
      requestBody: {$ref: "#/components/requestBodies/Prompt"}
      responses: {"200": {$ref: "#/components/responses/Completion"}}
  /complete:
    post:
      operationId: complete  # a method of the client itself
      requestBody: {$ref: "#/components/requestBodies/Prompt"}
      responses: {"200": {$ref: "#/components/responses/Completion"}}
components:
  requestBodies:
    Prompt:
      required: true
      content:
        application/json:
          schema:
            type: object
            required: [prompt]
            properties:
              prompt: {type: string}
              stream: {type: [boolean, "null"], default: false}
  responses:
    Completion:
      description: a completion, or its chunks as events
      content:
        application/json:
          schema: {$ref: "#/components/schemas/Completion"}
        text/event-stream:
          schema: {$ref: "#/components/schemas/Chunk"}
  schemas:
    Tick:
      type: object
      required: [n]
      properties:
        n: {type: integer}
        note: {type: string}
    Completion:
      type: object
      required: [id, text]
      properties:
        id: {type: string}
        text: {type: string}
    Chunk:
      type: object
      required: [delta]
      properties:
        delta: {type: string}
"""

CONFIG = "spec: events.yaml\npackage: sse_demo\nclient: {sync: Events, async: AsyncEvents}\n"

# Each scenario: the pieces the server writes, in order (a piece is flushed on its own).
TICKS = [
    b": a comment first\r\n",
    b'event: tick\r\nid: 1\r\ndata: {"n": 1,\r\ndata:  "note": "two\\nlines"}\r\n\r\n',
    b'data: {"n"',
    b": 2}\n\n",
    b"retry: 3000\ndata:\n\n",  # empty data: a keep-alive, skipped by a typed stream
    b'data: {"n": 3}\n\n',
]
SCENARIOS: Dict[str, List[bytes]] = {
    "ticks": TICKS,
    "error": [b'data: {"n": 1}\n\n', b'event: error\ndata: {"detail": "the model crashed"}\n\n'],
    "openai-error": [
        b'data: {"n": 1}\n\n',
        b'data: {"error": {"message": "overloaded", "type": "server"}}\n\n',
    ],
    "bad-json": [b"data: not json\n\n"],
    "raw": [b"event: greeting\nid: 7\nretry: 10\ndata: hello\ndata: world\n\n", b"data: [DONE]\n\n"],
    "chunks": [b'data: {"delta": "Hel"}\n\n', b'data: {"delta": "lo"}\n\n', b"data: [DONE]\n\n"],
}
PAUSE = 0.01  # between pieces, so that they arrive as separate reads
ENDLESS_FOR = 20.0  # how long an endless stream goes on unless the client hangs up


class EventServer:
    """Streams a scenario per request; `[DONE]` and endless streams then hold the connection open,
    so only the client closing it ends them. Records each request and each hang-up."""

    def __init__(self) -> None:
        self.requests: List[Tuple[str, str, Dict[str, str], bytes]] = []
        self.hung_up = threading.Event()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.0"  # the body ends when the connection closes

            def log_message(self, format: str, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                self._answer()

            def do_POST(self) -> None:
                self._answer()

            def _answer(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                headers = {name.lower(): value for name, value in self.headers.items()}
                outer.requests.append((self.command, self.path, headers, body))
                path, _, query = self.path.partition("?")
                if path in ("/chat", "/complete") and not json.loads(body).get("stream"):
                    self._json({"id": "c1", "text": "Hello"})
                    return
                scenario = {"/raw": "raw", "/chat": "chunks", "/complete": "chunks"}.get(path)
                scenario = scenario or query.partition("=")[2]
                if scenario == "refused":
                    self._json({"title": "Invalid", "detail": "scenario refused"}, status=422)
                    return
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.end_headers()
                try:
                    self._stream(scenario)
                except (BrokenPipeError, ConnectionResetError):
                    outer.hung_up.set()

            def _stream(self, scenario: str) -> None:
                pieces = SCENARIOS.get(scenario, [])
                for piece in pieces:
                    self.wfile.write(piece)
                    self.wfile.flush()
                    time.sleep(PAUSE)
                if scenario == "endless" or (pieces and b"[DONE]" in pieces[-1]):
                    deadline = time.monotonic() + ENDLESS_FOR
                    n = 0
                    while time.monotonic() < deadline:  # writing into a closed connection fails
                        n += 1
                        data = b": still here\n\n" if scenario != "endless" else b'data: {"n": %d}\n\n' % n
                        self.wfile.write(data)
                        self.wfile.flush()
                        time.sleep(PAUSE)

            def _json(self, payload: object, status: int = 200) -> None:
                data = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("X-Request-Id", "req_42")
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def __enter__(self) -> EventServer:
        threading.Thread(target=self.httpd.serve_forever, args=(0.02,), daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def assert_hung_up(self) -> None:
        """The client closed the connection: the server's next writes failed (well before the
        stream would have ended on its own)."""
        assert self.hung_up.wait(ENDLESS_FOR / 2), "the client kept the connection open"


TYPES_TEST = """
from typing import Union

from typing_extensions import assert_type

from sse_demo import AsyncEvents, Events
from sse_demo._streaming import AsyncStream, ServerSentEvent, Stream
from sse_demo.types import Chunk, Completion, Tick


def answers(client: Events, flag: bool) -> None:
    assert_type(client.chat.create(prompt="p"), Completion)
    assert_type(client.chat.create(prompt="p", stream=False), Completion)
    assert_type(client.chat.create(prompt="p", stream=None), Completion)
    assert_type(client.chat.create(prompt="p", stream=True), Stream[Chunk])
    assert_type(client.chat.create(prompt="p", stream=flag), Union[Completion, Stream[Chunk]])
    assert_type(client.complete(prompt="p", stream=True), Stream[Chunk])
    assert_type(client.complete(prompt="p", stream=flag), Union[Completion, Stream[Chunk]])
    assert_type(client.ticks.list(), Stream[Tick])
    assert_type(client.ticks.raw(), Stream[ServerSentEvent])
    assert_type(client.chat.with_raw_response.create(prompt="p", stream=True).parse(), Stream[Chunk])


async def async_answers(client: AsyncEvents, flag: bool) -> None:
    assert_type(await client.chat.create(prompt="p"), Completion)
    assert_type(await client.chat.create(prompt="p", stream=True), AsyncStream[Chunk])
    assert_type(await client.complete(prompt="p", stream=flag), Union[Completion, AsyncStream[Chunk]])
    assert_type(await client.ticks.raw(), AsyncStream[ServerSentEvent])
"""


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Sandbox:
    """The spec generated into a sandbox, with a test of the answers' static types."""
    base = tmp_path_factory.mktemp("events")
    spec = base / "events.yaml"
    spec.write_text(SPEC, encoding="utf-8")
    config = base / "events_config.yaml"
    config.write_text(CONFIG, encoding="utf-8")
    sandbox = make_sandbox(
        base / "root",
        spec=spec,
        package="sse_demo",
        client="Events",
        async_client="AsyncEvents",
        venv=Path(sys.executable).parent.parent,
    )
    assert main(["--root", str(sandbox.root), "--config", str(config)]) == 0
    (sandbox.root / "tests" / "test_types.py").write_text(TYPES_TEST, encoding="utf-8")
    return sandbox


@pytest.fixture(scope="module")
def sdk(sandbox: Sandbox) -> Iterator[Any]:
    """The generated package `sse_demo`, imported from its sandbox."""
    sys.path.insert(0, str(sandbox.root / "src"))
    try:
        yield importlib.import_module("sse_demo")
    finally:
        sys.path.remove(str(sandbox.root / "src"))


@pytest.fixture
def server() -> Iterator[EventServer]:
    with EventServer() as running:
        yield running


def _client(sdk: Any, server: EventServer, *, is_async: bool = False) -> Any:
    kind = sdk.AsyncEvents if is_async else sdk.Events
    return kind(base_url=server.url, bearer_token="test-token", max_retries=0)


def _errors(sdk: Any) -> Any:
    return importlib.import_module("sse_demo._exceptions")


def test_each_answer_has_its_static_type_under_pyright_strict(sandbox: Sandbox) -> None:
    """The stream flag's overloads, on resources and on the client itself, sync and async."""
    pyright = Path(sys.executable).parent / "pyright"
    checked = subprocess.run(
        [str(pyright), "-p", "pyrightconfig.json", "tests/test_types.py"],
        capture_output=True,
        text=True,
        check=False,
        cwd=sandbox.root,
    )
    assert checked.returncode == 0, checked.stdout[-4000:] + checked.stderr
    assert "0 errors" in checked.stdout


# ------------------------------------------------------------------------------------------- sync


def test_typed_events_are_validated_models_across_split_chunks_comments_and_crlf(
    sdk: Any, server: EventServer
) -> None:
    with _client(sdk, server) as client:
        stream = client.ticks.list(scenario="ticks")
        assert type(stream).__name__ == "Stream"
        ticks = list(stream)
    assert [(tick.n, tick.note) for tick in ticks] == [(1, "two\nlines"), (2, None), (3, None)]
    assert all(type(tick).__name__ == "Tick" for tick in ticks)
    assert stream.response.is_closed
    _, path, headers, _ = server.requests[-1]
    assert (path, headers["accept"]) == ("/ticks?scenario=ticks", "text/event-stream")


def test_raw_events_keep_name_id_retry_and_multi_line_data_and_done_ends_them(
    sdk: Any, server: EventServer
) -> None:
    with _client(sdk, server) as client:
        events = list(client.ticks.raw())
    assert [(e.event, e.id, e.retry, e.data) for e in events] == [("greeting", "7", 10, "hello\nworld")]


def test_the_stream_flag_chooses_json_or_events_and_done_ends_the_stream(
    sdk: Any, server: EventServer
) -> None:
    with _client(sdk, server) as client:
        completion = client.chat.create(prompt="hi")
        assert (type(completion).__name__, completion.text) == ("Completion", "Hello")
        assert client.chat.create(prompt="hi", stream=False).id == "c1"
        started = time.monotonic()
        stream = client.chat.create(prompt="hi", stream=True)
        deltas = [chunk.delta for chunk in stream]
    assert deltas == ["Hel", "lo"]
    # The server holds the connection open after [DONE]: the client ended the stream, and closed it.
    assert time.monotonic() - started < ENDLESS_FOR / 2
    assert stream.response.is_closed
    server.assert_hung_up()
    sent = [(headers["accept"], json.loads(body)) for _, _, headers, body in server.requests]
    assert sent == [
        ("application/json", {"prompt": "hi"}),
        ("application/json", {"prompt": "hi", "stream": False}),
        ("text/event-stream", {"prompt": "hi", "stream": True}),
    ]


def test_extra_body_asking_for_the_stream_gets_the_stream(sdk: Any, server: EventServer) -> None:
    with _client(sdk, server) as client:
        chunks = list(client.chat.create(prompt="hi", extra_body={"stream": True}))
    assert [chunk.delta for chunk in chunks] == ["Hel", "lo"]


@pytest.mark.parametrize(
    ("scenario", "words"), [("error", "the model crashed"), ("openai-error", "overloaded")]
)
def test_an_error_event_raises_after_the_events_before_it(
    sdk: Any, server: EventServer, scenario: str, words: str
) -> None:
    seen: List[int] = []
    with _client(sdk, server) as client:
        stream = client.ticks.list(scenario=scenario)
        with pytest.raises(_errors(sdk).APIStreamError, match=words) as raised:
            seen.extend(tick.n for tick in stream)
    assert seen == [1]
    assert raised.value.response is stream.response and stream.response.is_closed
    assert isinstance(raised.value.body, dict)


def test_an_error_status_instead_of_a_stream_raises_the_typed_error_before_any_event(
    sdk: Any, server: EventServer
) -> None:
    with _client(sdk, server) as client, pytest.raises(_errors(sdk).UnprocessableEntityError) as raised:
        client.ticks.list(scenario="refused")
    assert (raised.value.status_code, raised.value.detail) == (422, "scenario refused")
    assert "req_42" in str(raised.value)


def test_data_that_is_not_json_raises_a_validation_error(sdk: Any, server: EventServer) -> None:
    with (
        _client(sdk, server) as client,
        pytest.raises(_errors(sdk).APIResponseValidationError, match="Invalid JSON"),
    ):
        list(client.ticks.list(scenario="bad-json"))


def test_breaking_out_of_the_loop_closes_the_connection(sdk: Any, server: EventServer) -> None:
    with _client(sdk, server) as client:
        stream = client.ticks.list(scenario="endless")
        for tick in stream:
            assert tick.n == 1
            break
        assert stream.response.is_closed
        server.assert_hung_up()
        assert list(stream) == []  # closed: nothing more


def test_leaving_the_with_block_closes_the_connection(sdk: Any, server: EventServer) -> None:
    with _client(sdk, server) as client:
        with client.ticks.list(scenario="endless") as stream:
            assert [next(stream).n, next(stream).n] == [1, 2]
            assert next(iter(stream)).n == 3  # a loop after next() reads on
        server.assert_hung_up()


def test_with_raw_response_and_with_streaming_response(sdk: Any, server: EventServer) -> None:
    with _client(sdk, server) as client:
        raw = client.chat.with_raw_response.create(prompt="hi")
        assert raw.parse().text == "Hello"
        with client.chat.with_streaming_response.create(prompt="hi", stream=True) as response:
            assert response.headers["content-type"] == "text/event-stream"
            assert [chunk.delta for chunk in response.parse()] == ["Hel", "lo"]
        assert response.is_closed
        raw_stream = client.ticks.with_raw_response.list(scenario="ticks")
        assert [tick.n for tick in raw_stream.parse()] == [1, 2, 3]
        # A raw event stream is not read up front: its headers and first events come at once.
        endless = client.ticks.with_raw_response.list(scenario="endless")
        assert endless.headers["content-type"] == "text/event-stream"
        assert next(endless.parse()).n == 1
        endless.close()
        server.assert_hung_up()


# ------------------------------------------------------------------------------------------ async

Scenario = Callable[[Any, EventServer], Any]


def _on(backend: str, body: Scenario, sdk: Any, server: EventServer) -> None:
    async def run() -> None:
        async with _client(sdk, server, is_async=True) as client:
            await body(client, server)

    anyio.run(run, backend=backend)


BACKENDS = pytest.mark.parametrize("backend", ["asyncio", "trio"])


@BACKENDS
def test_async_typed_events_and_the_stream_flag(sdk: Any, server: EventServer, backend: str) -> None:
    async def body(client: Any, server: EventServer) -> None:
        stream = await client.ticks.list(scenario="ticks")
        assert type(stream).__name__ == "AsyncStream"
        assert [tick.n async for tick in stream] == [1, 2, 3]
        assert stream.response.is_closed
        assert (await client.chat.create(prompt="hi")).text == "Hello"
        chunks = await client.chat.create(prompt="hi", stream=True)
        assert [chunk.delta async for chunk in chunks] == ["Hel", "lo"]
        assert chunks.response.is_closed

    _on(backend, body, sdk, server)
    server.assert_hung_up()  # after [DONE], the client closed the connection the server held open


@BACKENDS
def test_async_error_event_raises(sdk: Any, server: EventServer, backend: str) -> None:
    async def body(client: Any, server: EventServer) -> None:
        seen: List[int] = []
        with pytest.raises(_errors(sdk).APIStreamError, match="the model crashed"):
            async for tick in await client.ticks.list(scenario="error"):
                seen.append(tick.n)
        assert seen == [1]

    _on(backend, body, sdk, server)


@BACKENDS
def test_async_break_closes_the_connection(sdk: Any, server: EventServer, backend: str) -> None:
    async def body(client: Any, server: EventServer) -> None:
        stream = await client.ticks.list(scenario="endless")
        async for tick in stream:
            assert tick.n == 1
            break
        # The abandoned generator is closed by the event loop's async-generator finalizer.
        with anyio.fail_after(ENDLESS_FOR / 2):
            while not stream.response.is_closed:
                await anyio.sleep(0.01)

    _on(backend, body, sdk, server)
    server.assert_hung_up()


@BACKENDS
def test_async_with_block_and_streaming_response_close_the_connection(
    sdk: Any, server: EventServer, backend: str
) -> None:
    async def body(client: Any, server: EventServer) -> None:
        async with await client.ticks.list(scenario="endless") as stream:
            assert (await stream.__anext__()).n == 1
            async for tick in stream:
                assert tick.n == 2
                break
        assert stream.response.is_closed
        async with client.chat.with_streaming_response.create(prompt="hi", stream=True) as response:
            assert [chunk.delta async for chunk in await response.parse()] == ["Hel", "lo"]

    _on(backend, body, sdk, server)
    server.assert_hung_up()
