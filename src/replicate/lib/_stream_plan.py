"""Following a prediction's server-sent events stream, without doing any I/O (sans-I/O).

`StreamFollower` plans each connection (resuming with `Last-Event-ID` after a drop, waiting before
reconnecting) as steps of the request protocol (`_core`) for a client's `_drive`, and interprets
each event; `stream.py` reads the bodies.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Dict, List, Optional, Tuple, Union

import httpx

from .._core import Call, ClientConfig, Plan, Send, Sleep, Steps, build_request
from .._exceptions import APIConnectionError, status_error_from_response
from .._logs import log_request
from .._operation import Operation
from .._streaming import ServerSentEvent, new_event

__all__ = ["MAX_RECONNECTS", "Done", "Failed", "StreamEvent", "StreamFollower"]

MAX_RECONNECTS = 5
# How many recent event ids (at least) are remembered to drop a replayed event: bounded, since
# streams can be millions of events long; a replay reaching further back than this is not detected.
REMEMBERED_EVENT_IDS = 256
FIRST_RECONNECT_DELAY = 0.1
MAX_RECONNECT_DELAY = 5.0
_EVENTS: Operation[None] = Operation("get", "{url}", None, response="binary")


@dataclass(frozen=True)
class StreamEvent(ServerSentEvent):
    """An `output` (or, when asked for, `logs`) event of a prediction's stream; `str(event)` is its text."""

    def __str__(self) -> str:
        return self.data


@dataclass(frozen=True)
class Done:
    canceled: bool


@dataclass(frozen=True)
class Failed:
    detail: str


class StreamFollower:
    def __init__(self, url: str, *, logs: bool = False, max_reconnects: int = MAX_RECONNECTS) -> None:
        self.url = httpx.URL(url)
        self._logs = logs
        self._max_reconnects = max_reconnects
        self.last_event_id: Optional[str] = None
        self._handled_ids: Dict[str, None] = {}  # insertion-ordered, oldest first
        self._retry_ms: Optional[int] = None
        self._failures = 0

    def call(self) -> Call:
        """The GET for the stream (any origin: the token goes only to the API's own, see `_core`)."""
        headers = {"Accept": "text/event-stream", "Cache-Control": "no-store"}
        if self.last_event_id is not None:
            headers["Last-Event-ID"] = self.last_event_id
        return Call(_EVENTS, str(self.url), headers=headers, origin="any")

    def connect(self, delay: float = 0.0) -> Plan[httpx.Response]:
        """Wait `delay` seconds, then connect, waiting and reconnecting after a failed attempt; the
        successful (unread) response, or raise once the reconnects are used up."""

        def steps(config: ClientConfig) -> Steps[httpx.Response]:
            wait = delay
            while True:
                if wait > 0:
                    yield Sleep(wait)
                request = build_request(config, self.call(), 0)
                log_request(request, 0)
                result = yield Send(request)
                if isinstance(result, httpx.Response):
                    if result.is_success:
                        return result
                    wait = self.rejected(result)
                else:
                    wait = self.reconnect_delay(request, result)

        return steps

    def receive_all(self, events: List[StreamEvent]) -> Tuple[List[StreamEvent], Union[Done, Failed, None]]:
        """What these events mean: the output to yield, in order, then what ends the stream (the
        `done` event, a failure), if one of them does; events after that one are not read, and
        events that mean nothing to the caller are left out.

        An event carrying an id that was handled already (a server replaying after a reconnect, or
        sending an event twice) is dropped, so no token is yielded twice.
        """
        outputs: List[StreamEvent] = []
        end: Union[Done, Failed, None] = None
        if not events:
            return outputs, end
        self._failures = 0
        handled, logs, last_id, append = self._handled_ids, self._logs, self.last_event_id, outputs.append
        for event in events:
            event_id = event.id
            if event_id is not None:
                if event.own_id:
                    if event_id in handled:
                        continue
                    handled[event_id] = None
                last_id = event_id
            kind = event.event
            if kind == "output" or (kind == "logs" and logs):
                append(event)
            elif kind is None or kind == "message":
                append(new_event(StreamEvent, "output", event.data, event_id, event.retry, event.own_id))
            elif kind == "error":
                end = Failed(_detail(event.data))
                break
            elif kind == "done":
                end = Done(canceled=_reason(event.data) == "canceled")
                break
        if len(handled) > 2 * REMEMBERED_EVENT_IDS:  # trimmed in batches: one rebuild per 256 events
            self._handled_ids = dict.fromkeys(list(handled)[-REMEMBERED_EVENT_IDS:])
        self.last_event_id = last_id
        if events[-1].retry is not None:  # the decoder carries `retry` forward: the last is the latest
            self._retry_ms = events[-1].retry
        return outputs, end

    def reconnect_delay(self, request: httpx.Request, error: Optional[Exception]) -> float:
        """The connection dropped (or ended before `done`): the delay before resuming, or raise."""
        self._failures += 1
        if self._failures > self._max_reconnects:
            reason = type(error).__name__ if error is not None else "the stream ended before its `done` event"
            raise APIConnectionError(
                request=request,
                message=f"Lost the prediction's stream {self._failures} times in a row ({reason}).",
            )
        if self._retry_ms is not None:
            return min(self._retry_ms / 1000, MAX_RECONNECT_DELAY)
        return min(FIRST_RECONNECT_DELAY * 2.0 ** (self._failures - 1), MAX_RECONNECT_DELAY)

    def rejected(self, response: httpx.Response) -> float:
        """A non-2xx answer (body already read): retry server errors as drops, raise the rest."""
        if response.status_code >= 500 or response.status_code == 429:
            return self.reconnect_delay(response.request, status_error_from_response(response))
        raise status_error_from_response(response)


def _detail(data: str) -> str:
    try:
        parsed: object = json.loads(data)
    except ValueError:
        return data
    if isinstance(parsed, dict) and "detail" in parsed:
        return str(parsed["detail"])  # pyright: ignore[reportUnknownArgumentType]
    return data


def _reason(data: str) -> Optional[str]:
    try:
        parsed: object = json.loads(data)
    except ValueError:
        return None
    if isinstance(parsed, dict):
        reason: object = parsed.get("reason")  # pyright: ignore[reportUnknownMemberType, reportUnknownVariableType]
        return reason if isinstance(reason, str) else None
    return None
