"""A prediction or training in memory: its state machine, its log of stream events, its JSON form."""

from __future__ import annotations

import datetime
import json
import threading
from dataclasses import dataclass
from typing import Any, Callable, Dict, List, Optional, Tuple

from ._ids import format_timestamp, utc_now

TERMINAL_STATUSES = frozenset({"succeeded", "failed", "canceled"})
WEBHOOK_EVENTS = ("start", "output", "logs", "completed")

# Called with the job and the webhook event name after each change worth reporting.
ChangeListener = Callable[["Job", str], None]


@dataclass(frozen=True)
class StreamEvent:
    id: str
    event: str  # output | logs | error | done
    data: str


class Job:
    def __init__(
        self,
        *,
        kind: str,
        job_id: str,
        seq: int,
        model: str,
        version: str,
        input: Dict[str, Any],
        origin: str,
        iterator_output: bool,
        stream: bool,
        webhook: Optional[str] = None,
        webhook_events_filter: Tuple[str, ...] = WEBHOOK_EVENTS,
        deployment: Optional[str] = None,
        listener: Optional[ChangeListener] = None,
    ) -> None:
        self.kind = kind  # "prediction" | "training"
        self.id = job_id
        self.seq = seq
        self.model = model
        self.version = version
        self.input = input
        self.origin = origin
        self.iterator_output = iterator_output
        self.stream = stream
        self.webhook = webhook
        self.webhook_events_filter = webhook_events_filter
        self.deployment = deployment
        self.created_at = utc_now()
        self.started_at: Optional[datetime.datetime] = None
        self.completed_at: Optional[datetime.datetime] = None
        self.deadline: Optional[datetime.datetime] = None  # set by a `Cancel-After` header
        self.status = "starting"
        self.output: Any = None
        self.error: Optional[str] = None
        self.logs = ""
        self.events: List[StreamEvent] = []
        self.cancel_requested = threading.Event()
        self.changed = threading.Condition()
        self._listener = listener

    @property
    def is_terminal(self) -> bool:
        return self.status in TERMINAL_STATUSES

    def _emit(self, event: str, data: str) -> None:
        self.events.append(StreamEvent(str(len(self.events) + 1), event, data))

    def _notify(self, webhook_event: str) -> None:
        if self._listener is not None:
            self._listener(self, webhook_event)

    def mark_processing(self) -> bool:
        with self.changed:
            if self.is_terminal:
                return False
            self.status = "processing"
            self.started_at = utc_now()
            self.changed.notify_all()
            return True

    def append_log(self, line: str) -> None:
        with self.changed:
            if self.is_terminal:
                return
            self.logs += line if line.endswith("\n") else line + "\n"
            self._emit("logs", line.rstrip("\n"))
            self.changed.notify_all()
        self._notify("logs")

    def append_output(self, item: Any) -> bool:
        with self.changed:
            if self.is_terminal:
                return False
            if self.iterator_output:
                self.output = [*(self.output or []), item]
            else:
                self.output = item
            self._emit("output", item if isinstance(item, str) else json.dumps(item))
            self.changed.notify_all()
        self._notify("output")
        return True

    def finish(self, status: str, *, error: Optional[str] = None, output: Any = None) -> bool:
        """Move to a terminal status; False (and nothing changes) when the job already ended."""
        with self.changed:
            if self.is_terminal:
                return False
            self.status = status
            self.completed_at = utc_now()
            if output is not None:
                self.output = output
            if status == "failed":
                self.error = error or "Prediction failed"
                self._emit("error", json.dumps({"detail": self.error}))
                self._emit("done", json.dumps({"reason": "error"}))
            elif status == "canceled":
                self._emit("done", json.dumps({"reason": "canceled"}))
            else:
                if not self.iterator_output and self.output is not None:
                    self._emit(
                        "output", self.output if isinstance(self.output, str) else json.dumps(self.output)
                    )
                self._emit("done", "{}")
            self.changed.notify_all()
        self._notify("completed")
        return True

    def wait_until_terminal(self, timeout: float, stopping: threading.Event) -> bool:
        deadline = utc_now() + datetime.timedelta(seconds=timeout)
        with self.changed:
            while not self.is_terminal and not stopping.is_set():
                remaining = (deadline - utc_now()).total_seconds()
                if remaining <= 0:
                    break
                self.changed.wait(min(remaining, 0.1))
            return self.is_terminal

    def events_after(self, index: int, timeout: float) -> List[StreamEvent]:
        with self.changed:
            if len(self.events) <= index:
                self.changed.wait(timeout)
            return self.events[index:]

    def to_json(self, origin: Optional[str] = None) -> Dict[str, Any]:
        """The API's JSON form; `origin` overrides the server address the job's URLs point at."""
        origin = origin or self.origin
        with self.changed:
            api = f"{origin}/v1/{self.kind}s/{self.id}"
            urls: Dict[str, str] = {
                "get": api,
                "cancel": f"{api}/cancel",
                "web": f"{origin}/p/{self.id}",
            }
            if self.stream:
                urls["stream"] = f"{origin}/stream/{self.id}"
            payload: Dict[str, Any] = {
                "id": self.id,
                "model": self.model,
                "version": self.version,
                "input": self.input,
                "logs": self.logs,
                "output": _copy_output(self.output),
                "data_removed": False,
                "error": self.error,
                "source": "api",
                "status": self.status,
                "created_at": format_timestamp(self.created_at),
                "urls": urls,
            }
            if self.deployment is not None:
                payload["deployment"] = self.deployment
            if self.deadline is not None:
                payload["deadline"] = format_timestamp(self.deadline)
            if self.started_at is not None:
                payload["started_at"] = format_timestamp(self.started_at)
            if self.completed_at is not None:
                payload["completed_at"] = format_timestamp(self.completed_at)
                started = self.started_at or self.completed_at
                payload["metrics"] = {
                    "predict_time": round((self.completed_at - started).total_seconds(), 6),
                    "total_time": round((self.completed_at - self.created_at).total_seconds(), 6),
                }
            return payload


def _copy_output(output: Any) -> Any:
    if isinstance(output, list):
        return list(output)  # pyright: ignore[reportUnknownArgumentType, reportUnknownVariableType]
    return output
