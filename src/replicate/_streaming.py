"""Server-sent events: a pure, incremental decoder, thin readers over httpx responses, and the
typed ``Stream`` / ``AsyncStream`` that generated methods return for ``text/event-stream`` answers.

The decoder follows the WHATWG "event stream interpretation": lines end in CR, LF or CRLF (also
when split across chunks), a leading BOM is skipped, ``:`` lines are comments, ``data`` lines
accumulate joined by LF, ``id`` persists across events, ``retry`` takes only digits, and a blank
line dispatches the event unless no data was seen.
"""

from __future__ import annotations

import codecs
import json
import re
from dataclasses import dataclass
from typing import (
    Any,
    AsyncIterator,
    Dict,
    Generic,
    Iterable,
    Iterator,
    List,
    Optional,
    Type,
    TypeVar,
    cast,
    overload,
)

import httpx

from ._exceptions import APIResponseValidationError, APIStreamError, connection_error_from

__all__ = [
    "AsyncEventStream",
    "AsyncStream",
    "EventStream",
    "SSEDecoder",
    "ServerSentEvent",
    "Stream",
    "new_event",
]


@dataclass(frozen=True)
class ServerSentEvent:
    event: Optional[str] = None
    data: str = ""
    id: Optional[str] = None  # the last event id seen, carried forward as the SSE spec says
    retry: Optional[int] = None
    own_id: bool = False  # whether this event's own block had an `id:` line


_EventT = TypeVar("_EventT", bound=ServerSentEvent)


def new_event(
    cls: Type[_EventT], event: Optional[str], data: str, id: Optional[str], retry: Optional[int], own_id: bool
) -> _EventT:
    """``cls(event, data, id, retry, own_id)`` at a third of the cost: a frozen dataclass's
    ``__init__`` sets each field through ``object.__setattr__``, once per event of a token stream."""
    instance = object.__new__(cls)
    instance.__dict__.update(event=event, data=data, id=id, retry=retry, own_id=own_id)
    return instance


class SSEDecoder(Generic[_EventT]):
    """Incremental: memory is bounded by the longest line and event, and time is linear in the
    input even when one line arrives in many chunks (a partial line is kept as a list of parts).

    Events are ``ServerSentEvent``; a subclass given as ``event_type`` is built instead.
    """

    @overload
    def __init__(self: SSEDecoder[ServerSentEvent]) -> None: ...
    @overload
    def __init__(self, event_type: Type[_EventT]) -> None: ...
    def __init__(self, event_type: Type[Any] = ServerSentEvent) -> None:
        self._event_type: Type[_EventT] = event_type
        self._utf8 = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self._partial: List[str] = []
        self._skip_leading_lf = False
        self._at_start = True
        self._event: Optional[str] = None
        self._data: List[str] = []
        self._last_id: Optional[str] = None
        self._own_id = False
        self._retry: Optional[int] = None

    def feed(self, chunk: bytes) -> List[_EventT]:
        """Decode the next bytes of the stream; return the events they complete."""
        return self.feed_text(self._utf8.decode(chunk))

    def feed_text(self, text: str) -> List[_EventT]:
        if self._at_start and text:
            self._at_start = False
            text = _strip_bom(text)
        if self._skip_leading_lf and text:
            self._skip_leading_lf = False
            if text.startswith("\n"):
                text = text[1:]
        if "\r" in text:
            # A CR ending this chunk ends a line; an LF starting the next chunk completes that CRLF.
            self._skip_leading_lf = text.endswith("\r")
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        events: List[_EventT] = []
        if self._partial or self._data or self._event is not None or self._own_id:
            # Inside an event: the line loop reads up to the blank line that ends it.
            if not self._partial and text[:1] == "\n":
                end = 1
            else:
                end = text.find("\n\n") + 2
                if end < 2:
                    self._feed_lines(text, events)
                    return events
            self._feed_lines(text[:end], events)
            text = text[end:]
        # At an event boundary: events of the common shape are read one regex match each, the
        # rest (other shapes, an event cut by the chunk's end) by the line loop.
        end = self._read_common_events(text, events)
        self._feed_lines(text[end:] if end else text, events)
        return events

    def _feed_lines(self, text: str, events: List[_EventT]) -> None:
        lines = text.split("\n")
        if len(lines) == 1:
            if text:
                self._partial.append(text)
            return
        if self._partial:
            self._partial.append(lines[0])
            lines[0] = "".join(self._partial)
        rest = lines.pop()
        self._partial = [rest] if rest else []
        # feed_line, inlined with the state in locals: this loop runs for every line of a token
        # stream, and a method call plus attribute writes per line were most of its cost.
        event_type, new = self._event_type, object.__new__
        kind, data, last_id, retry, own_id = self._event, self._data, self._last_id, self._retry, self._own_id
        for line in lines:
            if not line:
                if data:
                    text = data[0] if len(data) == 1 else "\n".join(data)
                    event = new(event_type)  # new_event(), inlined
                    event.__dict__.update(
                        event=kind or None, data=text, id=last_id, retry=retry, own_id=own_id
                    )
                    events.append(event)
                    data = []
                kind, own_id = None, False
                continue
            # The three lines of a typical event first, each without a partition().
            if line[:6] == "data: ":
                data.append(line[6:])
                continue
            if line[:7] == "event: ":
                kind = line[7:]
                continue
            if line[:4] == "id: " and "\0" not in line:
                last_id, own_id = line[4:], True
                continue
            name, colon, value = line.partition(":")
            if colon and value[:1] == " ":
                value = value[1:]
            if name == "data":
                data.append(value)
            elif name == "event":
                kind = value
            elif name == "id":
                if "\0" not in value:
                    last_id, own_id = value, True
            elif name == "retry" and value.isdigit() and value.isascii():
                retry = int(value)
            # any other field, and a comment (empty name), is ignored
        self._event, self._data, self._last_id, self._retry, self._own_id = kind, data, last_id, retry, own_id

    def _read_common_events(self, text: str, events: List[_EventT]) -> int:
        """Events of the common shape at the start of ``text`` into ``events``; how far they reach.

        One ``split`` by the event pattern returns every event's fields at once, between the text
        around them (``[before, event, id, data, between, event, id, data, ..., after]``; an
        absent line is None): no match object per event.
        """
        pieces: List[Optional[str]] = _COMMON_EVENT.split(text)
        if pieces[0] or len(pieces) == 1:
            return 0  # no event of the common shape at the start
        count = len(pieces) - 1
        if any(pieces[4:-1:4]):  # other text between them: only the run at the start is read here
            end = _COMMON_RUN.match(text).end()  # type: ignore[union-attr]  # `*` always matches
            count = 4 * [bool(between) for between in pieces[4::4]].index(True) + 4
        else:
            end = len(text) - len(pieces[-1] or "")
        event_type, new, append = self._event_type, object.__new__, events.append
        last_id, retry = self._last_id, self._retry
        for kind, event_id, data in zip(pieces[1:count:4], pieces[2:count:4], pieces[3:count:4]):
            event = new(event_type)  # new_event(), inlined
            if event_id is None:
                event.__dict__.update(event=kind or None, data=data, id=last_id, retry=retry, own_id=False)
            else:
                last_id = event_id
                event.__dict__.update(event=kind or None, data=data, id=event_id, retry=retry, own_id=True)
            append(event)
        self._last_id = last_id
        return end

    def flush(self) -> List[_EventT]:
        """End of stream: an unterminated last line is processed; an incomplete event is dropped."""
        events = self.feed_text(self._utf8.decode(b"", final=True))
        if self._partial:
            self.feed_line("".join(self._partial))
            self._partial = []
        self._event, self._data, self._own_id = None, [], False
        return events

    def feed_line(self, line: str) -> Optional[_EventT]:
        """Process one line (without its terminator); return an event when the line dispatches one."""
        if not line:
            return self._dispatch()
        if line.startswith(":"):
            return None
        name, colon, value = line.partition(":")
        if colon and value.startswith(" "):
            value = value[1:]
        if name == "event":
            self._event = value
        elif name == "data":
            self._data.append(value)
        elif name == "id":
            if "\0" not in value:
                self._last_id, self._own_id = value, True
        elif name == "retry" and value.isdigit() and value.isascii():
            self._retry = int(value)
        return None

    def _dispatch(self) -> Optional[_EventT]:
        if not self._data:
            self._event, self._own_id = None, False
            return None
        event = new_event(
            self._event_type,
            self._event or None,
            "\n".join(self._data),
            self._last_id,
            self._retry,
            self._own_id,
        )
        self._event, self._data, self._own_id = None, [], False
        return event

    def decode(self, chunks: Iterable[bytes]) -> Iterator[_EventT]:
        for chunk in chunks:
            yield from self.feed(chunk)
        yield from self.flush()


# An event as most servers write it, after CR and CRLF became LF: optional `event: ` and `id: `
# lines, one `data: ` line, a blank line. An id holding NUL is ignored by the spec: the loop reads those.
_COMMON_EVENT = re.compile(r"(?:event: ([^\n]*)\n)?(?:id: ([^\n\0]*)\n)?data: ([^\n]*)\n\n")
# A run of such events (the same pattern, without groups).
_COMMON_RUN = re.compile(r"(?:(?:event: [^\n]*\n)?(?:id: [^\n\0]*\n)?data: [^\n]*\n\n)*")


def _strip_bom(text: str) -> str:
    return text[1:] if text.startswith("\ufeff") else text


class EventStream:
    """Iterates the events of a streaming httpx response and closes it when done."""

    def __init__(self, response: httpx.Response) -> None:
        self.response = response

    def __iter__(self) -> Iterator[ServerSentEvent]:
        """Events as they complete; a dropped connection raises ``APIConnectionError`` (or
        ``APITimeoutError``) after the last complete event, never a raw ``httpx`` error."""
        try:
            yield from SSEDecoder().decode(self.response.iter_bytes())
        except httpx.TransportError as exc:
            raise connection_error_from(exc, self.response.request) from exc
        finally:
            self.response.close()

    def close(self) -> None:
        self.response.close()

    def __enter__(self) -> EventStream:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncEventStream:
    def __init__(self, response: httpx.Response) -> None:
        self.response = response

    async def __aiter__(self) -> AsyncIterator[ServerSentEvent]:
        decoder = SSEDecoder()
        try:
            async for chunk in self.response.aiter_bytes():
                for event in decoder.feed(chunk):
                    yield event
            for event in decoder.flush():
                yield event
        except httpx.TransportError as exc:
            raise connection_error_from(exc, self.response.request) from exc
        finally:
            await self.response.aclose()

    async def close(self) -> None:
        await self.response.aclose()

    async def __aenter__(self) -> AsyncEventStream:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()


# ---------------------------------------------------------------------------------------- typed streams

T = TypeVar("T")


class _EventReader(Generic[T]):
    """What ``Stream`` and ``AsyncStream`` share, free of I/O: bytes in, the stream's items out.

    Each event's ``data`` is JSON validated into ``item_type``, or the event itself when
    ``item_type`` is ``ServerSentEvent``. A ``data: [DONE]`` event ends the stream (OpenAI's
    sentinel); an event named ``error``, or an unnamed one whose data is only ``{"error": ...}``,
    raises ``APIStreamError``; a typed stream skips events with empty data (keep-alives).
    """

    def __init__(self, response: httpx.Response, item_type: Any) -> None:
        self._response = response
        self._item_type = item_type
        self._decoder = SSEDecoder()
        self.done = False  # the [DONE] sentinel came: read no further
        self.closed = False  # iterated to its end or closed: a new loop yields nothing

    def read(self, chunk: bytes) -> Iterator[T]:
        return self._items(self._decoder.feed(chunk))

    def finish(self) -> Iterator[T]:
        return self._items(self._decoder.flush())

    def _items(self, events: List[ServerSentEvent]) -> Iterator[T]:
        raw = self._item_type is ServerSentEvent
        for event in events:
            data = event.data
            if data == "[DONE]":
                self.done = True
                return
            if event.event == "error" or (event.event is None and _is_error_object(data)):
                raise APIStreamError(response=self._response, event=event.event, data=data)
            if raw:
                yield event  # type: ignore[misc]
            elif data:
                yield self._parse(event)

    def _parse(self, event: ServerSentEvent) -> T:
        from ._models import parse_json_as  # pydantic is imported only when a typed event is parsed

        try:
            return parse_json_as(self._item_type, event.data)  # type: ignore[no-any-return]
        except ValueError as exc:
            name = f"{event.event!r} " if event.event else ""
            raise APIResponseValidationError(
                response=self._response,
                body=event.data,
                message=f"Invalid JSON in the {name}event's data: {exc}",
            ) from exc


def _is_error_object(data: str) -> bool:
    """``{"error": {...}}`` and nothing else: how OpenAI reports a failure inside a stream."""
    if not data.startswith('{"error"') and not data.startswith('{ "error"'):
        return False
    try:
        decoded: object = json.loads(data)
    except ValueError:
        return False
    if not isinstance(decoded, dict):
        return False
    members = cast(Dict[str, object], decoded)
    return list(members) == ["error"] and members["error"] is not None


class _StreamBase(Generic[T]):
    """What Stream and AsyncStream hold: the response and the reader of its events."""

    def __init__(self, response: httpx.Response, item_type: Any) -> None:
        self.response = response
        self._reader: _EventReader[T] = _EventReader(response, item_type)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} [{self.response.status_code}] {self.response.request.url}>"


class Stream(_StreamBase[T]):
    """The items of a ``text/event-stream`` response, as they arrive.

    Iterate it once (``next(stream)`` reads on from where the last call stopped). The connection
    is closed when the events end, when a ``for`` loop is left early (``break``, an exception), by
    ``close()``, or by leaving ``with stream:``. A dropped connection raises
    ``APIConnectionError``; an error event raises ``APIStreamError``.
    """

    _started: Optional[Iterator[T]] = None  # the items `next()` reads from

    def __iter__(self) -> Iterator[T]:
        # A fresh generator that only the loop holds: leaving the loop drops it, which closes it.
        return self._started or self._items()

    def __next__(self) -> T:
        if self._started is None:
            self._started = self._items()
        return next(self._started)

    def _items(self) -> Iterator[T]:
        reader, response = self._reader, self.response
        if reader.closed:
            return
        try:
            for chunk in response.iter_bytes():
                yield from reader.read(chunk)
                if reader.done:
                    return
            yield from reader.finish()
        except httpx.TransportError as exc:
            raise connection_error_from(exc, response.request) from exc
        finally:
            reader.closed = True
            response.close()

    def close(self) -> None:
        """Close the connection; iterating afterwards yields nothing more."""
        self._reader.closed = True
        self.response.close()

    def __enter__(self) -> Stream[T]:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncStream(_StreamBase[T]):
    """``Stream`` for the async client: ``async for``, ``await close()``, ``async with``."""

    _started: Optional[AsyncIterator[T]] = None

    def __aiter__(self) -> AsyncIterator[T]:
        # Left early, the loop drops this generator and the event loop's finalizer closes it.
        return self._started or self._items()

    async def __anext__(self) -> T:
        if self._started is None:
            self._started = self._items()
        return await self._started.__anext__()

    async def _items(self) -> AsyncIterator[T]:
        reader, response = self._reader, self.response
        if reader.closed:
            return
        try:
            async for chunk in response.aiter_bytes():
                for item in reader.read(chunk):
                    yield item
                if reader.done:
                    return
            for item in reader.finish():
                yield item
        except httpx.TransportError as exc:
            raise connection_error_from(exc, response.request) from exc
        finally:
            reader.closed = True
            await response.aclose()

    async def close(self) -> None:
        self._reader.closed = True
        await self.response.aclose()

    async def __aenter__(self) -> AsyncStream[T]:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()
