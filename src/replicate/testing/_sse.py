"""Server-sent events: encoding of a job's stream events, and the resumable stream body."""

from __future__ import annotations

import threading
from typing import Iterator, Optional

from ._jobs import Job, StreamEvent

_POLL_SECONDS = 0.1
_KEEPALIVE_SECONDS = 15.0


def encode_event(event: StreamEvent) -> bytes:
    lines = [f"event: {event.event}", f"id: {event.id}"]
    lines.extend(f"data: {line}" for line in event.data.split("\n"))
    return ("\n".join(lines) + "\n\n").encode("utf-8")


def start_index(last_event_id: Optional[str]) -> int:
    """Events are numbered from 1, so resuming after event N starts at list index N."""
    if last_event_id is None:
        return 0
    try:
        return max(0, int(last_event_id.strip()))
    except ValueError:
        return 0


def event_stream(job: Job, index: int, stopping: threading.Event) -> Iterator[bytes]:
    idle = 0.0
    while not stopping.is_set():
        events = job.events_after(index, _POLL_SECONDS)
        if not events:
            idle += _POLL_SECONDS
            if idle >= _KEEPALIVE_SECONDS:
                idle = 0.0
                yield b": keep-alive\n\n"
            continue
        idle = 0.0
        index += len(events)
        for event in events:
            yield encode_event(event)
        if events[-1].event == "done":
            return
