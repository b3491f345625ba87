"""Sends signed webhook requests from one background thread, in order, never blocking the API."""

from __future__ import annotations

import json
import queue
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import Any, List, Optional, Tuple

from ._ids import new_id
from ._webhook_signing import sign_webhook

_TIMEOUT_SECONDS = 2.0


@dataclass(frozen=True)
class WebhookDelivery:
    """One attempted delivery, for assertions in tests."""

    url: str
    event: str
    webhook_id: str
    status_code: Optional[int]
    error: Optional[str]


class WebhookDispatcher:
    def __init__(self, secret: str) -> None:
        self._secret = secret
        self._queue: queue.Queue[Optional[Tuple[str, str, bytes]]] = queue.Queue()
        self._deliveries: List[WebhookDelivery] = []
        self._lock = threading.Lock()
        self._thread: Optional[threading.Thread] = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="replicate-testing-webhooks", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        if self._thread is None:
            return
        self._queue.put(None)
        self._thread.join(_TIMEOUT_SECONDS * 2)
        self._thread = None

    def enqueue(self, url: str, event: str, payload: Any) -> None:
        self._queue.put((url, event, json.dumps(payload).encode("utf-8")))

    @property
    def deliveries(self) -> List[WebhookDelivery]:
        with self._lock:
            return list(self._deliveries)

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            if item is None:
                return
            delivery = self._send(*item)
            with self._lock:
                self._deliveries.append(delivery)

    def _send(self, url: str, event: str, body: bytes) -> WebhookDelivery:
        webhook_id = f"msg_{new_id()}"
        timestamp = int(time.time())
        request = urllib.request.Request(
            url,
            data=body,
            method="POST",
            headers={
                "Content-Type": "application/json",
                "User-Agent": "Replicate-Webhooks/1.0 (replicate.testing)",
                "webhook-id": webhook_id,
                "webhook-timestamp": str(timestamp),
                "webhook-signature": sign_webhook(self._secret, webhook_id, timestamp, body),
            },
        )
        try:
            with urllib.request.urlopen(request, timeout=_TIMEOUT_SECONDS) as response:
                return WebhookDelivery(url, event, webhook_id, response.status, None)
        except urllib.error.HTTPError as error:
            return WebhookDelivery(url, event, webhook_id, error.code, None)
        except (urllib.error.URLError, OSError, ValueError) as error:
            return WebhookDelivery(url, event, webhook_id, None, str(error))
