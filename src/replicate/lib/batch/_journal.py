"""The batch journal: a JSON Lines file that makes a batch resumable without paying twice.

Records, one per line, each written with a single `write` and fsynced before the batch goes on:

    {"journal": "replicate.batch", "version": 1, "ref": "owner/name"}     first line
    {"event": "creating", "index": 7, "sha": ..., "sent": ..., "at": 1732...}   before a create is sent
    {"event": "created", "index": 7, "sha": ..., "id": "..."}          before its result is awaited
    {"event": "not_created", "index": 7}                               the create was refused
    {"event": "finished", "index": 7, "sha": ..., "id": ..., "status": ..., "output": ..., ...}
    {"event": "canceled", "index": 7, "id": "..."}                     interrupted and canceled

Reading it back (`JournalState`) tells, for each input index: finished (skip it, replay the
result), created (re-attach to that prediction), or "creating" with no answer (the process died
while a create was in flight: the API may or may not have created it, so the batch looks for it
among the predictions created since, before creating again). A torn last line (killed mid-write)
is cut off. Memory stays small for a million inputs: finished inputs are kept as file offsets in
an array, not as records.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
from array import array
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, Iterator, Optional, Set, Tuple, Union, cast

__all__ = [
    "Intent",
    "Journal",
    "JournalMismatchError",
    "JournalState",
    "input_sha",
]

MAGIC = "replicate.batch"
VERSION = 1


class JournalMismatchError(ValueError):
    """The journal was written by a different batch (another model, or other inputs)."""


def _describe(value: object) -> object:
    if isinstance(value, (bytes, bytearray, memoryview)):
        data = cast("Union[bytes, bytearray, memoryview[int]]", value)
        return "bytes:" + hashlib.sha256(data).hexdigest()
    if isinstance(value, os.PathLike):
        return "path:" + str(cast("os.PathLike[str]", value))
    name = getattr(value, "name", None)
    return f"{type(value).__name__}:{name}"


def input_sha(input: object) -> str:
    """A short, stable digest of an input (files by path, name or content digest)."""
    text = json.dumps(input, sort_keys=True, separators=(",", ":"), default=_describe)
    return hashlib.sha256(text.encode()).hexdigest()[:24]


@dataclass(frozen=True)
class Intent:
    """A create that was sent (or about to be) with no answer recorded."""

    index: int
    sha: str
    sent: str  # digest of the input as sent (files replaced by their URLs)
    at: float  # wall-clock time, seconds since the epoch


class JournalState:
    """What a journal says about each input index."""

    def __init__(self) -> None:
        self._finished = array("q")  # index -> byte offset of its finished record, -1 if none
        self.finished_count = 0
        self.created: Dict[int, Tuple[str, str]] = {}  # index -> (prediction id, sha)
        self.intents: Dict[int, Intent] = {}
        self.ref: Optional[str] = None

    def finished_offset(self, index: int) -> Optional[int]:
        if index < len(self._finished) and self._finished[index] >= 0:
            return self._finished[index]
        return None

    def apply(self, record: Dict[str, Any], offset: int) -> None:
        event, index = record.get("event"), record.get("index")
        if not isinstance(index, int):
            if record.get("journal") == MAGIC:
                self.ref = str(record.get("ref"))
            return
        if event == "creating":
            self.intents[index] = Intent(index, record["sha"], record["sent"], float(record["at"]))
        elif event == "created":
            self.intents.pop(index, None)
            self.created[index] = (str(record["id"]), str(record["sha"]))
        elif event in ("not_created", "canceled"):
            self.intents.pop(index, None)
            self.created.pop(index, None)
        elif event == "finished":
            self.intents.pop(index, None)
            self.created.pop(index, None)
            if index >= len(self._finished):
                self._finished.extend([-1] * (index + 1 - len(self._finished)))
            if self._finished[index] < 0:
                self.finished_count += 1
            self._finished[index] = offset


class Journal:
    """Appends records durably; thread-safe. `Journal.open(path, ref)` reads what is there first."""

    def __init__(self, path: Union[str, os.PathLike[str]], *, durable: bool = True) -> None:
        self.path = Path(path)
        self.durable = durable
        self.state = JournalState()
        self._lock = threading.Lock()
        self._fd: Optional[int] = None

    @classmethod
    def open(cls, path: Union[str, os.PathLike[str]], ref: str, *, durable: bool = True) -> Journal:
        journal = cls(path, durable=durable)
        journal._load()
        if journal.state.ref is not None and journal.state.ref != ref:
            raise JournalMismatchError(
                f"The journal {journal.path} belongs to a batch of {journal.state.ref!r}, not {ref!r}: "
                "use another journal file for another model."
            )
        journal._fd = os.open(journal.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        if journal.state.ref is None:
            journal._write({"journal": MAGIC, "version": VERSION, "ref": ref})
        return journal

    def _load(self) -> None:
        try:
            handle = self.path.open("rb")
        except FileNotFoundError:
            return
        with handle:
            offset = 0
            for line in handle:
                if not line.endswith(b"\n"):
                    break  # torn by a crash mid-write: cut off below
                try:
                    record = json.loads(line)
                except ValueError as exc:
                    raise JournalMismatchError(
                        f"{self.path} is not a batch journal (line at byte {offset}: {exc})"
                    ) from None
                if isinstance(record, dict):
                    self.state.apply(record, offset)  # pyright: ignore[reportUnknownArgumentType]
                offset += len(line)
        if offset != self.path.stat().st_size:
            os.truncate(self.path, offset)

    def read_record(self, offset: int) -> Dict[str, Any]:
        with self.path.open("rb") as handle:
            handle.seek(offset)
            record: Dict[str, Any] = json.loads(handle.readline())
        return record

    def ids(self) -> Set[str]:
        """Every prediction id the journal names (read from the file, for reconciling intents)."""
        found: Set[str] = set()
        for record in self._records():
            if isinstance(record.get("id"), str):
                found.add(record["id"])
        return found

    def _records(self) -> Iterator[Dict[str, Any]]:
        with self.path.open("rb") as handle:
            for line in handle:
                record = json.loads(line)
                if isinstance(record, dict):
                    yield record  # pyright: ignore[reportReturnType]

    def creating(self, index: int, sha: str, sent: str, at: float) -> None:
        self._write({"event": "creating", "index": index, "sha": sha, "sent": sent, "at": at})

    def created(self, index: int, sha: str, prediction_id: str) -> None:
        self._write({"event": "created", "index": index, "sha": sha, "id": prediction_id})

    def not_created(self, index: int) -> None:
        self._write({"event": "not_created", "index": index})

    def canceled(self, index: int, prediction_id: str) -> None:
        self._write({"event": "canceled", "index": index, "id": prediction_id})

    def finished(self, record: Dict[str, Any]) -> None:
        self._write({"event": "finished", **record})

    def _write(self, record: Dict[str, Any]) -> None:
        line = (json.dumps(record, separators=(",", ":"), default=str) + "\n").encode()
        with self._lock:
            if self._fd is None:
                raise ValueError(f"the journal {self.path} is closed")
            os.write(self._fd, line)
            if self.durable:
                os.fsync(self._fd)

    def close(self) -> None:
        with self._lock:
            if self._fd is not None:
                os.close(self._fd)
                self._fd = None
