from __future__ import annotations

import base64
import hashlib
import hmac
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Dict, Iterator, List, Tuple

import pytest

from replicate.testing import Server, sign_webhook

from .conftest import SpecCheckedClient


def test_signing_matches_the_public_test_vector() -> None:
    signature = sign_webhook(
        "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
        "msg_p5jXN8AQM9LWM0D4loKWxJek",
        1614265330,
        b'{"test": 2432232314}',
    )
    assert signature == "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="


class Receiver:
    def __init__(self) -> None:
        self.received: List[Tuple[Dict[str, str], bytes]] = []
        self.arrived = threading.Condition()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                with receiver.arrived:
                    receiver.received.append(({k.lower(): v for k, v in self.headers.items()}, body))
                    receiver.arrived.notify_all()
                self.send_response(204)
                self.end_headers()

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.http = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.http.server_address[1]}/hook"

    def wait_for(self, predicate: Any, timeout: float = 10.0) -> None:
        deadline = time.monotonic() + timeout
        with self.arrived:
            while not predicate(self.received):
                remaining = deadline - time.monotonic()
                assert remaining > 0, f"webhooks received: {len(self.received)}"
                self.arrived.wait(remaining)


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    receiver = Receiver()
    thread = threading.Thread(target=receiver.http.serve_forever, daemon=True)
    thread.start()
    yield receiver
    receiver.http.shutdown()
    receiver.http.server_close()
    thread.join()


def verify(secret: str, headers: Dict[str, str], body: bytes) -> bool:
    key = base64.b64decode(secret[len("whsec_") :])
    signed = f"{headers['webhook-id']}.{headers['webhook-timestamp']}.".encode() + body
    expected = base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest()).decode()
    return any(part.split(",", 1)[1] == expected for part in headers["webhook-signature"].split(" "))


def test_default_secret_endpoint(server: Server, client: SpecCheckedClient) -> None:
    response = client.get("/webhooks/default/secret")
    assert response.json() == {"key": server.webhook_secret}
    assert server.webhook_secret.startswith("whsec_")


def test_webhooks_are_delivered_signed_for_every_event(
    server: Server, client: SpecCheckedClient, receiver: Receiver
) -> None:
    prediction = client.post(
        "/predictions",
        json={
            "version": "replicate/llama-mock",
            "input": {"prompt": "w", "max_tokens": 3},
            "webhook": receiver.url,
        },
    ).json()
    receiver.wait_for(lambda received: any(json.loads(body)["status"] == "succeeded" for _, body in received))

    for headers, body in receiver.received:
        assert verify(server.webhook_secret, headers, body)
        assert abs(int(headers["webhook-timestamp"]) - time.time()) < 60
        assert headers["webhook-id"].startswith("msg_")
        assert json.loads(body)["id"] == prediction["id"]
    statuses = [json.loads(body)["status"] for _, body in receiver.received]
    assert statuses[0] == "starting"
    assert statuses[-1] == "succeeded"
    assert len({headers["webhook-id"] for headers, _ in receiver.received}) == len(receiver.received)
    assert json.loads(receiver.received[-1][1])["output"] == ["You", " said:", " w"]
    deadline = time.monotonic() + 5
    while len(server.webhook_deliveries) < len(receiver.received) and time.monotonic() < deadline:
        time.sleep(0.01)
    assert {delivery.event for delivery in server.webhook_deliveries} == {
        "start",
        "output",
        "logs",
        "completed",
    }
    assert all(delivery.status_code == 204 for delivery in server.webhook_deliveries)


def test_events_filter_completed_only(server: Server, client: SpecCheckedClient, receiver: Receiver) -> None:
    client.post(
        "/predictions",
        json={
            "version": "replicate/fails",
            "input": {},
            "webhook": receiver.url,
            "webhook_events_filter": ["completed"],
        },
    )
    receiver.wait_for(lambda received: len(received) >= 1)
    time.sleep(0.3)
    assert len(receiver.received) == 1
    assert json.loads(receiver.received[0][1])["status"] == "failed"


def test_invalid_webhook_settings_are_422(client: SpecCheckedClient) -> None:
    for extra in ({"webhook": "ftp://x"}, {"webhook": "http://x", "webhook_events_filter": ["finished"]}):
        response = client.post(
            "/predictions", json={"version": "replicate/hello-world", "input": {"text": "x"}, **extra}
        )
        assert response.status_code == 422, extra


def test_unreachable_webhook_does_not_block_the_api(server: Server, client: SpecCheckedClient) -> None:
    started = time.monotonic()
    response = client.post(
        "/predictions",
        json={
            "version": "replicate/hello-world",
            "input": {"text": "x"},
            "webhook": "http://127.0.0.1:9/nothing",
        },
        headers={"Prefer": "wait"},
    )
    assert response.json()["status"] == "succeeded"
    assert time.monotonic() - started < 2
