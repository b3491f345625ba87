from __future__ import annotations

from typing import List

import httpx
import pytest

from replicate._streaming import AsyncEventStream, EventStream, ServerSentEvent, SSEDecoder


def _decode(*chunks: bytes) -> List[ServerSentEvent]:
    return list(SSEDecoder().decode(chunks))


def test_simple_events() -> None:
    events = _decode(b"event: output\ndata: hello\n\nevent: done\ndata: {}\n\n")
    assert events == [ServerSentEvent(event="output", data="hello"), ServerSentEvent(event="done", data="{}")]


def test_multi_line_data_is_joined_with_newlines() -> None:
    assert _decode(b"data: a\ndata:b\ndata:  c\n\n") == [ServerSentEvent(data="a\nb\n c")]


def test_comments_and_unknown_fields_are_ignored() -> None:
    assert _decode(b": keep-alive\nfoo: bar\ndata: x\n\n") == [ServerSentEvent(data="x")]


@pytest.mark.parametrize("newline", [b"\n", b"\r", b"\r\n"])
def test_every_line_ending(newline: bytes) -> None:
    raw = b"event: e" + newline + b"data: 1" + newline + newline + b"data: 2" + newline + newline
    assert _decode(raw) == [ServerSentEvent(event="e", data="1"), ServerSentEvent(data="2")]


def test_crlf_split_across_chunks_is_one_line_ending() -> None:
    assert _decode(b"data: a\r", b"\ndata: b\r", b"\n\r", b"\n") == [ServerSentEvent(data="a\nb")]


def test_byte_by_byte_feeding_including_multibyte_utf8() -> None:
    raw = "data: héllo ✓\n\n".encode()
    assert _decode(*[raw[i : i + 1] for i in range(len(raw))]) == [ServerSentEvent(data="héllo ✓")]


def test_leading_bom_is_skipped_only_at_the_start() -> None:
    raw = "\ufeffdata: x\n\ndata: \ufeffy\n\n".encode()
    assert _decode(raw[:1], raw[1:]) == [ServerSentEvent(data="x"), ServerSentEvent(data="\ufeffy")]


def test_id_persists_and_retry_parses_digits_only() -> None:
    events = _decode(b"id: 7\nretry: 1500\ndata: a\n\ndata: b\n\nretry: soon\nid\ndata: c\n\n")
    assert events[0] == ServerSentEvent(data="a", id="7", retry=1500, own_id=True)
    assert events[1] == ServerSentEvent(data="b", id="7", retry=1500, own_id=False)  # carried forward
    assert events[2] == ServerSentEvent(data="c", id="", retry=1500, own_id=True)


def test_event_without_data_is_not_dispatched_but_empty_data_is() -> None:
    assert _decode(b"event: ping\n\ndata\n\n") == [ServerSentEvent(data="")]


def test_field_without_colon_and_value_without_space() -> None:
    assert _decode(b"data\ndata:x\n\n") == [ServerSentEvent(data="\nx")]


def test_unterminated_final_event_is_dropped() -> None:
    assert _decode(b"data: complete\n\ndata: partial") == [ServerSentEvent(data="complete")]


def test_event_stream_over_a_response_closes_it() -> None:
    response = httpx.Response(200, content=b"event: output\ndata: hi\n\nevent: done\ndata: {}\n\n")
    stream = EventStream(response)
    assert [event.event for event in stream] == ["output", "done"]
    assert response.is_closed


async def test_async_event_stream() -> None:
    async def body():  # type: ignore[no-untyped-def]
        yield b"data: a\n"
        yield b"\ndata: b\n\n"

    response = httpx.Response(200, content=body())
    events = [event.data async for event in AsyncEventStream(response)]
    assert events == ["a", "b"]
    assert response.is_closed
