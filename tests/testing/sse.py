"""A small server-sent events reader for the tests."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator, List, Optional

import httpx


@dataclass(frozen=True)
class Event:
    event: str
    id: Optional[str]
    data: str


def read_events(lines: Iterator[str]) -> Iterator[Event]:
    event, event_id, data = "message", None, []  # type: ignore[var-annotated]
    data_lines: List[str] = data
    for line in lines:
        if line == "":
            if data_lines:
                yield Event(event, event_id, "\n".join(data_lines))
            event, event_id, data_lines = "message", None, []
            continue
        if line.startswith(":"):
            continue
        field, _, value = line.partition(":")
        value = value[1:] if value.startswith(" ") else value
        if field == "event":
            event = value
        elif field == "id":
            event_id = value
        elif field == "data":
            data_lines.append(value)


def stream_events(url: str, last_event_id: Optional[str] = None) -> List[Event]:
    headers = {"Accept": "text/event-stream"}
    if last_event_id is not None:
        headers["Last-Event-ID"] = last_event_id
    with httpx.stream("GET", url, headers=headers, timeout=30.0) as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        return list(read_events(response.iter_lines()))
