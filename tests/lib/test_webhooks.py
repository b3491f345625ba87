"""Webhook verification: the public test vector, every rejection, and end to end with the testing server."""

from __future__ import annotations

import json
import threading
import time
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable, Dict, Iterator, List, Optional, Tuple

import httpx
import pytest

from replicate import AsyncReplicate, Replicate, ReplicateError
from replicate.lib.webhooks import WebhookVerificationError, unwrap, verify
from replicate.testing import Server, sign_webhook
from replicate.types import Prediction

SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
WEBHOOK_ID = "msg_p5jXN8AQM9LWM0D4loKWxJek"
TIMESTAMP = 1614265330
BODY = b'{"test": 2432232314}'
SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="
OTHER_SECRET = "whsec_" + "QUJDREVGR0hJSktMTU5PUFFSU1RVVldY"


def vector_headers(**overrides: Optional[str]) -> Dict[str, str]:
    headers = {"webhook-id": WEBHOOK_ID, "webhook-timestamp": str(TIMESTAMP), "webhook-signature": SIGNATURE}
    for name, value in overrides.items():
        key = name.replace("_", "-")
        if value is None:
            headers.pop(key)
        else:
            headers[key] = value
    return headers


def rejected(body: Any, headers: Any, secret: str = SECRET, **kwargs: Any) -> str:
    with pytest.raises(WebhookVerificationError) as caught:
        verify(body, headers, secret, **kwargs)
    message = str(caught.value)
    assert secret not in message and secret[6:] not in message and SIGNATURE[3:] not in message
    return message


# ---------------------------------------------------------------------------------------- pure


def test_public_test_vector() -> None:
    verify(BODY, vector_headers(), SECRET, now=TIMESTAMP)
    verify(BODY.decode(), vector_headers(), SECRET, now=TIMESTAMP + 299)
    verify(
        bytearray(BODY), vector_headers(), SECRET, now=datetime.fromtimestamp(TIMESTAMP - 299, timezone.utc)
    )
    assert sign_webhook(SECRET, WEBHOOK_ID, TIMESTAMP, BODY) == SIGNATURE
    assert issubclass(WebhookVerificationError, ReplicateError)


def test_header_names_are_case_insensitive() -> None:
    mixed = {"Webhook-Id": WEBHOOK_ID, "WEBHOOK-TIMESTAMP": str(TIMESTAMP), "webhook-Signature": SIGNATURE}
    verify(BODY, mixed, SECRET, now=TIMESTAMP)
    verify(BODY, httpx.Headers(mixed), SECRET, now=TIMESTAMP)


def test_tampered_body_or_headers_are_rejected() -> None:
    assert "No webhook signature matches" in rejected(
        b'{"test": 2432232315}', vector_headers(), now=TIMESTAMP
    )
    assert "No webhook signature matches" in rejected(
        BODY, vector_headers(webhook_id="msg_other"), now=TIMESTAMP
    )
    rejected(BODY, vector_headers(webhook_timestamp=str(TIMESTAMP + 1)), now=TIMESTAMP)
    rejected(BODY + b" ", vector_headers(), now=TIMESTAMP)


def test_wrong_secret_is_rejected() -> None:
    assert "No webhook signature matches" in rejected(BODY, vector_headers(), OTHER_SECRET, now=TIMESTAMP)


def test_stale_and_future_timestamps_are_rejected() -> None:
    assert "seconds old" in rejected(BODY, vector_headers(), now=TIMESTAMP + 301)
    assert "in the future" in rejected(BODY, vector_headers(), now=TIMESTAMP - 301)
    verify(BODY, vector_headers(), SECRET, now=TIMESTAMP + 3000, tolerance=3600)
    rejected(BODY, vector_headers(), now=TIMESTAMP + 11, tolerance=10)
    # The default clock is the real one: the 2021 vector is long stale.
    assert "seconds old" in rejected(BODY, vector_headers())


def test_missing_or_malformed_headers_are_rejected() -> None:
    for name in ("webhook-id", "webhook-timestamp", "webhook-signature"):
        headers = vector_headers()
        del headers[name]
        assert rejected(BODY, headers, now=TIMESTAMP) == f"The {name} header is missing"
    assert "missing" in rejected(BODY, vector_headers(webhook_signature="  "), now=TIMESTAMP)
    assert "not a Unix timestamp" in rejected(
        BODY, vector_headers(webhook_timestamp="yesterday"), now=TIMESTAMP
    )
    assert "no v1 signature" in rejected(BODY, vector_headers(webhook_signature="v2,abc"), now=TIMESTAMP)
    assert "No webhook signature matches" in rejected(
        BODY, vector_headers(webhook_signature="v1,not-base64!"), now=TIMESTAMP
    )


def test_any_of_several_signatures_may_match() -> None:
    wrong = sign_webhook(OTHER_SECRET, WEBHOOK_ID, TIMESTAMP, BODY)
    for header in (
        f"{wrong} {SIGNATURE}",
        f"v2,xyz {SIGNATURE}",
        f"{SIGNATURE} {wrong}",
        f"v1,@@ {SIGNATURE}",
    ):
        verify(BODY, vector_headers(webhook_signature=header), SECRET, now=TIMESTAMP)
    rejected(BODY, vector_headers(webhook_signature=f"{wrong} v2,{SIGNATURE[3:]}"), now=TIMESTAMP)


def test_bad_secrets_and_arguments_fail_clearly() -> None:
    for bad in ("whsec_!!!", "", "whsec_"):
        with pytest.raises(ValueError) as caught:
            verify(BODY, vector_headers(), bad, now=TIMESTAMP)
        assert "!!!" not in str(caught.value)
    with pytest.raises(TypeError, match="raw request body"):
        verify({"test": 1}, vector_headers(), SECRET, now=TIMESTAMP)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="tolerance"):
        verify(BODY, vector_headers(), SECRET, now=TIMESTAMP, tolerance=-1)
    # A secret without the prefix is the key itself, base64-encoded.
    verify(BODY, vector_headers(), SECRET[6:], now=TIMESTAMP)


def prediction_body() -> bytes:
    return json.dumps(
        {
            "id": "ufawqhfynnddngldkgtslldrkq",
            "model": "replicate/hello-world",
            "version": "5c7d5dc6dd8bf75c1acaa8565735e7986bc5b66206b55cca93cb72c9bf15ccaa",
            "input": {"text": "Alice"},
            "output": "hello Alice",
            "logs": "",
            "error": None,
            "status": "succeeded",
            "created_at": "2023-09-08T16:19:34.765994Z",
            "urls": {"get": "https://api.replicate.com/v1/predictions/ufawqhfynnddngldkgtslldrkq"},
            "new_field": 1,
        }
    ).encode()


def signed(body: bytes, secret: str = SECRET, timestamp: Optional[int] = None) -> Dict[str, str]:
    stamp = int(time.time()) if timestamp is None else timestamp
    return {
        "webhook-id": "msg_1",
        "webhook-timestamp": str(stamp),
        "webhook-signature": sign_webhook(secret, "msg_1", stamp, body),
    }


def test_unwrap_parses_a_prediction() -> None:
    body = prediction_body()
    prediction = unwrap(body, signed(body), SECRET)
    assert isinstance(prediction, Prediction)
    assert (prediction.id, prediction.status, prediction.output) == (
        "ufawqhfynnddngldkgtslldrkq",
        "succeeded",
        "hello Alice",
    )
    with pytest.raises(WebhookVerificationError):
        unwrap(body.replace(b"Alice", b"Mallory"), signed(body), SECRET)
    with pytest.raises(WebhookVerificationError, match="not valid JSON"):
        unwrap(b"not json", signed(b"not json"), SECRET)


# ---------------------------------------------------------------------------------------- client methods


def secret_fetches(server: Server) -> int:
    return sum(1 for r in server.requests if r.path == "/v1/webhooks/default/secret")


def test_client_methods_fetch_the_default_secret_once(client: Replicate, server: Server) -> None:
    body = prediction_body()
    with pytest.raises(WebhookVerificationError, match="missing"):
        client.webhooks.verify(body, {})
    assert secret_fetches(server) == 0  # bad headers are rejected before any request
    client.webhooks.verify(body, signed(body, server.webhook_secret))
    prediction = client.webhooks.unwrap(body, signed(body, server.webhook_secret))
    assert prediction.output == "hello Alice"
    with pytest.raises(WebhookVerificationError):
        client.webhooks.verify(body, signed(body, SECRET))
    assert secret_fetches(server) == 1
    client.webhooks.verify(BODY, vector_headers(), SECRET, now=TIMESTAMP)  # an explicit secret wins
    assert secret_fetches(server) == 1


async def test_async_client_methods_fetch_the_default_secret_once(
    async_client: AsyncReplicate, server: Server
) -> None:
    body = prediction_body()
    await async_client.webhooks.verify(body, signed(body, server.webhook_secret))
    prediction = await async_client.webhooks.unwrap(body.decode(), signed(body, server.webhook_secret))
    assert prediction.id == "ufawqhfynnddngldkgtslldrkq"
    with pytest.raises(WebhookVerificationError, match="seconds old"):
        await async_client.webhooks.verify(
            body, signed(body, server.webhook_secret, timestamp=int(time.time()) - 600)
        )
    assert secret_fetches(server) == 1
    await async_client.webhooks.verify(BODY, vector_headers(), SECRET, now=TIMESTAMP)


# ---------------------------------------------------------------------------------------- end to end


class Receiver:
    """A webhook endpoint on loopback that keeps what it got and answers with `check`'s verdict."""

    def __init__(self, check: Callable[[bytes, Dict[str, str]], bool]) -> None:
        self.received: List[Tuple[bytes, Dict[str, str], bool]] = []
        self.arrived = threading.Condition()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                headers = dict(self.headers.items())
                accepted = check(body, headers)
                self.send_response(200 if accepted else 400)
                self.send_header("Content-Length", "0")
                self.end_headers()
                with receiver.arrived:
                    receiver.received.append((body, headers, accepted))
                    receiver.arrived.notify_all()

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._http = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._http.daemon_threads = True
        self._thread = threading.Thread(target=self._http.serve_forever, args=(0.02,), daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        host, port = self._http.server_address[:2]
        return f"http://{host!s}:{port}/webhook"

    def wait_for(
        self, predicate: Callable[[bytes], bool], timeout: float = 10.0
    ) -> Tuple[bytes, Dict[str, str], bool]:
        deadline = time.monotonic() + timeout
        with self.arrived:
            while True:
                for item in self.received:
                    if predicate(item[0]):
                        return item
                remaining = deadline - time.monotonic()
                assert remaining > 0, "the webhook did not arrive"
                self.arrived.wait(remaining)

    def close(self) -> None:
        self._http.shutdown()
        self._http.server_close()
        self._thread.join()


@pytest.fixture
def receiver_factory() -> Iterator[Callable[[Callable[[bytes, Dict[str, str]], bool]], Receiver]]:
    receivers: List[Receiver] = []

    def make(check: Callable[[bytes, Dict[str, str]], bool]) -> Receiver:
        receivers.append(Receiver(check))
        return receivers[-1]

    yield make
    for receiver in receivers:
        receiver.close()


def is_completed(body: bytes) -> bool:
    return json.loads(body)["status"] in ("succeeded", "failed", "canceled")


def test_end_to_end_webhook_from_the_testing_server(
    client: Replicate, server: Server, receiver_factory: Callable[..., Receiver]
) -> None:
    webhook_secret = client.webhooks.default.secret.get()
    secret = webhook_secret.key

    def check(body: bytes, headers: Dict[str, str]) -> bool:
        try:
            verify(body, headers, secret)
        except WebhookVerificationError:
            return False
        return True

    receiver = receiver_factory(check)
    prediction = client.predictions.create(
        model="replicate/hello-world",
        input={"text": "Alice"},
        webhook=receiver.url,
        webhook_events_filter=["start", "completed"],
    )
    body, headers, accepted = receiver.wait_for(is_completed)
    assert accepted
    unwrapped = unwrap(body, headers, secret)
    assert (unwrapped.id, unwrapped.status, unwrapped.output) == (prediction.id, "succeeded", "hello Alice")
    assert client.webhooks.unwrap(body, headers).id == prediction.id
    assert all(d.status_code == 200 for d in server.webhook_deliveries)

    # What the receiver must reject, built from the real delivery.
    lowered = {k.lower(): v for k, v in headers.items()}
    now = int(lowered["webhook-timestamp"])
    with pytest.raises(WebhookVerificationError):
        verify(body.replace(b"Alice", b"Eve"), headers, secret)
    with pytest.raises(WebhookVerificationError):
        verify(body, headers, OTHER_SECRET)
    with pytest.raises(WebhookVerificationError, match="seconds old"):
        verify(body, headers, secret, now=now + 301)
    with pytest.raises(WebhookVerificationError, match="in the future"):
        verify(body, headers, secret, now=now - 301)
    for name in ("webhook-id", "webhook-timestamp", "webhook-signature"):
        partial = {k: v for k, v in headers.items() if k.lower() != name}
        with pytest.raises(WebhookVerificationError, match=f"The {name} header is missing"):
            verify(body, partial, secret)
    # Several signatures (as during a secret rotation): any match passes.
    stale = sign_webhook(OTHER_SECRET, lowered["webhook-id"], now, body)
    verify(body, {**lowered, "webhook-signature": f"{stale} {lowered['webhook-signature']}"}, secret)
    with pytest.raises(WebhookVerificationError):
        verify(body, {**lowered, "webhook-signature": stale}, secret)


def test_receiver_rejects_a_server_with_another_secret(receiver_factory: Callable[..., Receiver]) -> None:
    with (
        Server(speed=20.0, webhook_secret=OTHER_SECRET) as other,
        Replicate(base_url=other.url, bearer_token=other.token) as client,
    ):

        def check(body: bytes, headers: Dict[str, str]) -> bool:
            try:
                verify(body, headers, SECRET)
            except WebhookVerificationError:
                return False
            return True

        receiver = receiver_factory(check)
        client.predictions.create(model="replicate/hello-world", input={"text": "Bob"}, webhook=receiver.url)
        _, _, accepted = receiver.wait_for(is_completed)
        assert not accepted


async def test_async_end_to_end(
    async_client: AsyncReplicate, server: Server, receiver_factory: Callable[..., Receiver]
) -> None:
    received: List[Tuple[bytes, Dict[str, str]]] = []
    receiver = receiver_factory(lambda body, headers: received.append((body, headers)) is None)
    prediction = await async_client.models.predictions.create(
        model_owner="replicate", model_name="hello-world", input={"text": "Carol"}, webhook=receiver.url
    )
    body, headers, _ = receiver.wait_for(is_completed)
    unwrapped = await async_client.webhooks.unwrap(body, headers)
    assert (unwrapped.id, unwrapped.output) == (prediction.id, "hello Carol")


def test_http_reference_webhook_secret_example(client: Replicate, server: Server) -> None:
    secret = client.webhooks.default.secret.get()
    print(secret.key)
    assert secret.key == server.webhook_secret and secret.key.startswith("whsec_")


def test_reference_webhook_handling_shape(
    client: Replicate, server: Server, receiver_factory: Callable[..., Receiver]
) -> None:
    """The SDK reference's Flask handler, adapted: Replicate sends Standard Webhooks headers, not a hex
    `X-Replicate-Signature`, so the handler verifies with `client.webhooks.verify`."""
    seen: List[Dict[str, Any]] = []

    def webhook(payload: bytes, request_headers: Dict[str, str]) -> bool:
        try:
            client.webhooks.verify(
                payload, request_headers
            )  # secret from client.webhooks.default.secret.get()
        except WebhookVerificationError:
            return False  # "Unauthorized", 401
        data = json.loads(payload)
        print(f"Prediction {data['id']} status: {data['status']}")
        if data["status"] == "succeeded":
            print(f"Output: {data['output']}")
        seen.append(data)
        return True

    receiver = receiver_factory(webhook)
    client.predictions.create(
        model="replicate/hello-world",
        input={"text": "world"},
        webhook=receiver.url,
        webhook_events_filter=["start", "completed"],
    )
    receiver.wait_for(is_completed)
    assert seen[-1]["output"] == "hello world"
    assert {d["status"] for d in seen} >= {"succeeded"}
