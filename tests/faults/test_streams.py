"""Server-sent event streams that drop, replay or reorder: complete events only, typed errors, and
(through ``predictions.stream`` / ``stream``) no token lost and none yielded twice."""

from __future__ import annotations

import asyncio
import time
from typing import Any, List, Optional

import httpx
import pytest

from replicate import APIConnectionError, AsyncReplicate, Replicate
from replicate._streaming import AsyncEventStream, EventStream, SSEDecoder

from .conftest import TOKEN
from .faultserver import FaultServer, SSEEvent, respond, sse, streaming_prediction

STREAM = "GET /v1/stream/p1"


def _events(count: int, *, done: bool = True) -> List[SSEEvent]:
    events: List[SSEEvent] = [(str(i), "output", f"tok{i}") for i in range(1, count + 1)]
    if done:
        events.append((str(count + 1), "done", "{}"))
    return events


# ------------------------------------------------------------------------------ the runtime reader


def test_event_stream_dropping_mid_event_yields_complete_events_then_a_typed_error(
    fault: FaultServer,
) -> None:
    fault.script(STREAM, sse(_events(10), drop_after=4))
    seen: List[str] = []
    with httpx.Client() as http, http.stream("GET", fault.url + "/stream/p1") as response:
        with pytest.raises(APIConnectionError):
            for event in EventStream(response):
                seen.append(event.data)
        assert response.is_closed
    assert seen == ["tok1", "tok2", "tok3", "tok4"]  # the half-sent 5th event is not dispatched


async def test_async_event_stream_dropping_mid_event(fault: FaultServer) -> None:
    fault.script(STREAM, sse(_events(10), drop_after=2))
    seen: List[str] = []
    async with httpx.AsyncClient() as http, http.stream("GET", fault.url + "/stream/p1") as response:
        with pytest.raises(APIConnectionError):
            async for event in AsyncEventStream(response):
                seen.append(event.data)
    assert seen == ["tok1", "tok2"]


def test_event_stream_stalling_past_the_read_timeout_is_a_typed_timeout(fault: FaultServer) -> None:
    from replicate import APITimeoutError

    def stall_after_one(request: Any, conn: Any) -> None:
        conn.send(b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n")
        first = b"id: 1\nevent: output\ndata: tok1\n\n"
        conn.send(b"%x\r\n%s\r\n" % (len(first), first))
        conn.sleep(10)

    fault.script(STREAM, stall_after_one)
    seen: List[str] = []
    url = fault.url + "/stream/p1"
    with (
        httpx.Client(timeout=0.3) as http,
        http.stream("GET", url) as response,
        pytest.raises(APITimeoutError),
    ):
        for event in EventStream(response):
            seen.append(event.data)
    assert seen == ["tok1"]


def test_decoder_time_is_linear_for_one_huge_line() -> None:
    """A 16 MB data line in 64 KB chunks: was quadratic (8 MB took ~7 s), now well under a second
    (of this process's CPU time, which other processes on the machine do not stretch)."""
    decoder = SSEDecoder()
    piece = b"x" * 65536
    started = time.process_time()
    decoder.feed(b"data: ")
    for _ in range(16 * 16):
        assert decoder.feed(piece) == []
    (event,) = decoder.feed(b"\n\n")
    assert len(event.data) == 16 * 1024 * 1024
    assert time.process_time() - started < 3.0


# ------------------------------------------------------------------------------ through the SDK


def _tokens(fault: FaultServer, is_async: bool, **client_kwargs: Any) -> List[str]:
    if is_async:

        async def collect() -> List[str]:
            async with AsyncReplicate(base_url=fault.url, bearer_token=TOKEN, **client_kwargs) as client:
                return [str(e) async for e in client.predictions.stream(prediction_id="p1")]

        return asyncio.run(collect())
    with Replicate(base_url=fault.url, bearer_token=TOKEN, **client_kwargs) as client:
        return [str(e) for e in client.predictions.stream(prediction_id="p1")]


def _last_event_ids(fault: FaultServer) -> List[Optional[str]]:
    return [r.headers.get("last-event-id") for r in fault.received(STREAM)]


@pytest.fixture(params=["sync", "async"])
def is_async(request: pytest.FixtureRequest) -> bool:
    return request.param == "async"  # type: ignore[no-any-return]


def test_stream_dropping_repeatedly_loses_and_repeats_nothing(fault: FaultServer, is_async: bool) -> None:
    events = _events(20)
    fault.script("GET /v1/predictions/p1", respond(200, json_body=streaming_prediction(fault)))
    fault.script(
        STREAM, [sse(events, drop_after=3), sse(events, drop_after=5), sse(events, drop_after=4), sse(events)]
    )
    assert _tokens(fault, is_async) == [f"tok{i}" for i in range(1, 21)]
    assert _last_event_ids(fault) == [None, "3", "8", "12"]


def test_stream_with_a_replayed_duplicate_id_yields_it_once(fault: FaultServer, is_async: bool) -> None:
    events = _events(5)
    replayed = [*events[:3], events[2], *events[3:]]  # ... 3, 3, 4 ...
    fault.script("GET /v1/predictions/p1", respond(200, json_body=streaming_prediction(fault)))
    fault.script(STREAM, sse(replayed))
    assert _tokens(fault, is_async) == ["tok1", "tok2", "tok3", "tok4", "tok5"]


def test_stream_server_ignoring_last_event_id_replays_nothing_twice(
    fault: FaultServer, is_async: bool
) -> None:
    events = _events(6)
    fault.script("GET /v1/predictions/p1", respond(200, json_body=streaming_prediction(fault)))
    fault.script(STREAM, [sse(events, drop_after=4, resume=False), sse(events, resume=False)])
    assert _tokens(fault, is_async) == [f"tok{i}" for i in range(1, 7)]
    assert _last_event_ids(fault) == [None, "4"]


def test_stream_with_out_of_order_ids_yields_each_once(fault: FaultServer, is_async: bool) -> None:
    order = ["1", "3", "2", "4", "6", "5"]
    events: List[SSEEvent] = [(i, "output", f"tok{i}") for i in order] + [("7", "done", "{}")]
    fault.script("GET /v1/predictions/p1", respond(200, json_body=streaming_prediction(fault)))
    # drop after "3": resume after id "3" in the server's own order
    fault.script(STREAM, [sse(events, drop_after=2), sse(events)])
    assert _tokens(fault, is_async) == [f"tok{i}" for i in order]
    assert _last_event_ids(fault) == [None, "3"]


def test_stream_gives_up_with_a_typed_error_when_the_server_keeps_dropping(fault: FaultServer) -> None:
    events: List[SSEEvent] = [(str(i), "output", f"tok{i}") for i in range(1, 4)]
    fault.script("GET /v1/predictions/p1", respond(200, json_body=streaming_prediction(fault)))
    fault.script(STREAM, [sse(events, drop_after=1), sse([], drop_after=0)])
    with Replicate(base_url=fault.url, bearer_token=TOKEN) as client:
        seen: List[str] = []
        with pytest.raises(APIConnectionError):
            for event in client.predictions.stream(prediction_id="p1"):
                seen.append(str(event))
    assert seen == ["tok1"]


def test_stream_on_another_origin_gets_no_token_even_after_reconnects(fault: FaultServer) -> None:
    with FaultServer() as elsewhere:
        events = _events(4)
        fault.script(
            "GET /v1/predictions/p1", respond(200, json_body=streaming_prediction(fault, elsewhere.origin))
        )
        elsewhere.script(STREAM, [sse(events, drop_after=2), sse(events)])
        with Replicate(base_url=fault.url, bearer_token=TOKEN) as client:
            assert [str(e) for e in client.predictions.stream(prediction_id="p1")] == [
                "tok1",
                "tok2",
                "tok3",
                "tok4",
            ]
        assert elsewhere.count(STREAM) == 2
        assert all("authorization" not in r.headers for r in elsewhere.received())
