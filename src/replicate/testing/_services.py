"""The collaborators route handlers share, bundled so each route module takes one argument."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any, Dict, Optional

from ._context import FilePublisher
from ._delivery import DeliveryStore
from ._file_store import DownloadSigner
from ._jobs import Job
from ._rate_limit import CreateRateLimit
from ._runner import Runner
from ._state import State
from ._webhook_delivery import WebhookDispatcher


@dataclass
class Services:
    state: State
    runner: Runner
    webhooks: WebhookDispatcher
    delivery: DeliveryStore
    signer: DownloadSigner
    account: Dict[str, Any]
    page_size: int
    webhook_secret: str
    stopping: threading.Event
    create_rate_limit: Optional[CreateRateLimit] = None

    def file_publisher(self, job: Job) -> FilePublisher:
        def publish(content: bytes, filename: str, content_type: str) -> str:
            return self.delivery.add(job.origin, content, filename, content_type)

        return publish

    def on_job_change(self, job: Job, event: str) -> None:
        if job.webhook is not None and event in job.webhook_events_filter:
            self.webhooks.enqueue(job.webhook, event, job.to_json())
