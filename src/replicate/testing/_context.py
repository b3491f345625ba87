"""What a model function receives besides its input: logging, cancellable sleep, file outputs."""

from __future__ import annotations

from typing import Callable

from ._delivery import data_uri
from ._jobs import Job

FilePublisher = Callable[[bytes, str, str], str]


class PredictionContext:
    """Passed as the second argument to a registered model's `predict(input, ctx)`."""

    def __init__(self, job: Job, speed: float, publish_file: FilePublisher) -> None:
        self._job = job
        self._speed = speed
        self._publish_file = publish_file

    @property
    def prediction_id(self) -> str:
        return self._job.id

    @property
    def canceled(self) -> bool:
        return self._job.cancel_requested.is_set()

    def log(self, line: str) -> None:
        """Append a line to the prediction's logs (and its stream, and `logs` webhooks)."""
        self._job.append_log(line)

    def sleep(self, seconds: float) -> bool:
        """Sleep `seconds / speed`; returns False early if the prediction was canceled meanwhile."""
        return not self._job.cancel_requested.wait(seconds / self._speed)

    def file_url(self, content: bytes, filename: str, content_type: str = "application/octet-stream") -> str:
        """Serve `content` from the server and return its URL, as outputs on replicate.delivery."""
        return self._publish_file(content, filename, content_type)

    def data_uri(self, content: bytes, content_type: str = "application/octet-stream") -> str:
        return data_uri(content, content_type)
