"""A webhook receiver that verifies Replicate's signatures before trusting a request.

    python examples/webhook_receiver.py

It listens on 127.0.0.1, starts a prediction whose webhook points at it, and prints each verified
delivery; a forged request is rejected with 400. Against the real API, Replicate must be able to
reach the receiver: expose the port (e.g. with a tunnel) and set WEBHOOK_URL to its public URL.
"""

from __future__ import annotations

import os
import queue
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Optional

import httpx
from _target import LOCAL, MODELS, client

from replicate import Replicate
from replicate.lib.webhooks import WebhookVerificationError
from replicate.types import Prediction


def make_handler(replicate: Replicate, secret: str, received: queue.Queue[Prediction]) -> type:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            try:
                # Verify the raw body as received, before parsing it.
                prediction = replicate.webhooks.unwrap(body, dict(self.headers.items()), secret)
            except WebhookVerificationError as exc:
                print(f"rejected a webhook: {exc}", flush=True)
                self.send_response(400)
                self.end_headers()
                return
            print(f"verified webhook: prediction {prediction.id} {prediction.status}", flush=True)
            self.send_response(204)
            self.end_headers()
            received.put(prediction)

        def log_message(self, format: str, *args: object) -> None:  # quiet access log
            pass

    return Handler


def main() -> int:
    received: queue.Queue[Prediction] = queue.Queue()
    with client() as replicate:
        secret = replicate.webhooks.default.secret.get().key
        server = ThreadingHTTPServer(
            ("127.0.0.1", int(os.environ.get("PORT", "0"))), make_handler(replicate, secret, received)
        )
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        local_url = f"http://127.0.0.1:{server.server_address[1]}/webhooks/replicate"
        webhook_url: Optional[str] = local_url if LOCAL else os.environ.get("WEBHOOK_URL")
        try:
            if webhook_url is None:
                print(
                    f"Listening on {local_url}. Replicate cannot reach it: expose it publicly "
                    "(e.g. with a tunnel) and set WEBHOOK_URL to the public URL.",
                    file=sys.stderr,
                )
                return 2

            # A request without a valid signature is rejected.
            forged = httpx.post(
                local_url,
                content=b'{"id": "forged", "status": "succeeded"}',
                headers={
                    "webhook-id": "msg_1",
                    "webhook-timestamp": str(int(time.time())),
                    "webhook-signature": "v1,AAAA",
                },
            )
            print(f"forged request answered {forged.status_code}")

            prediction = replicate.predictions.create(
                version=MODELS.hello,
                input={"text": "webhooks"},
                webhook=webhook_url,
                webhook_events_filter=["completed"],
            )
            print(f"started prediction {prediction.id}; waiting for its webhook")
            delivered = received.get(timeout=300)
            print(f"output from the webhook: {delivered.output}")
            return 0
        finally:
            server.shutdown()
            server.server_close()


if __name__ == "__main__":
    sys.exit(main())
