"""The live status line on stderr while a prediction runs: status, elapsed time, latest log line.

It is drawn only when stderr is a terminal (and `TERM` is not `dumb`); otherwise every call is a
no-op, so logs, pipes and CI output stay clean.
"""

from __future__ import annotations

import os
import shutil
import time
from typing import Optional, TextIO

__all__ = ["StatusLine"]

_SPINNER = "|/-\\"
_LABELS = {"starting": "queued", "processing": "running"}


class StatusLine:
    def __init__(self, stream: TextIO, *, enabled: Optional[bool] = None) -> None:
        self._stream = stream
        if enabled is None:
            enabled = _is_terminal(stream) and os.environ.get("TERM") != "dumb"
        self.enabled = enabled
        self._started = time.monotonic()
        self._frame = 0
        self._status = "starting"
        self._log = ""
        self._drawn = False

    def update(self, status: Optional[str] = None, logs: Optional[str] = None) -> None:
        """Redraw with a new status and/or the latest line of `logs` (the whole log text is fine)."""
        if status:
            self._status = status
        if logs:
            lines = [line.strip() for line in logs.splitlines() if line.strip()]
            if lines:
                self._log = lines[-1]
        if not self.enabled:
            return
        self._frame += 1
        elapsed = time.monotonic() - self._started
        label = _LABELS.get(self._status, self._status)
        text = f"{_SPINNER[self._frame % len(_SPINNER)]} {label} {elapsed:5.1f}s"
        if self._log:
            text += f"  {self._log}"
        width = shutil.get_terminal_size((80, 24)).columns - 1
        if len(text) > width:
            text = text[: max(width - 1, 0)] + "…"
        self._stream.write("\r\x1b[K" + text)
        self._stream.flush()
        self._drawn = True

    def clear(self) -> None:
        if self.enabled and self._drawn:
            self._stream.write("\r\x1b[K")
            self._stream.flush()
            self._drawn = False

    def disable(self) -> None:
        """Clear the line and stop drawing (once output starts streaming to the same terminal)."""
        self.clear()
        self.enabled = False


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
