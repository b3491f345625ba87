"""replicate 1.0.7's exceptions and webhook validation, with the messages users match on."""

from __future__ import annotations

import json
import time

import httpx
import pytest

import replicate
from replicate.exceptions import ModelError, ReplicateError, ReplicateException
from replicate.testing import Server
from replicate.webhook import (
    InvalidSecretKeyError,
    InvalidSignatureError,
    InvalidTimestampError,
    MissingWebhookBodyError,
    MissingWebhookHeaderError,
    Webhooks,
    WebhookSigningSecret,
    WebhookValidationError,
)

from ...legacy.conftest import CLIPDRAW


def test_model_error_is_the_predictions_error(server: Server, client: replicate.Client) -> None:
    with pytest.raises(ModelError) as caught:
        client.run("stability-ai/stable-diffusion-3", input={"prompt": "x"})
    assert str(caught.value) == "CUDA out of memory"
    prediction = caught.value.prediction
    assert prediction.status == "failed" and "CUDA out of memory" in (prediction.logs or "")
    prediction.reload()  # an older Prediction, as 1.0.x's was
    assert isinstance(caught.value, ReplicateException)


async def test_async_model_error(server: Server, client: replicate.Client) -> None:
    with pytest.raises(ModelError, match=r"^CUDA out of memory$") as caught:
        await client.async_run("stability-ai/stable-diffusion-3", input={"prompt": "x"})
    assert caught.value.prediction.id in server.predictions


def test_model_error_from_output_iterator_and_webhook_run(server: Server, client: replicate.Client) -> None:
    prediction = client.predictions.create(model="stability-ai/stable-diffusion-3", input={"prompt": "x"})
    with pytest.raises(ModelError, match=r"^CUDA out of memory$"):
        list(prediction.output_iterator())
    with pytest.raises(ModelError, match=r"^CUDA out of memory$"):
        client.run("stability-ai/stable-diffusion-3", input={"prompt": "x"}, webhook="https://example.com/h")


def test_api_errors_carry_problem_details(server: Server, client: replicate.Client) -> None:
    with pytest.raises(ReplicateError) as caught:
        client.models.get("nobody/nothing")
    error = caught.value
    assert error.status == 404 and error.detail and "nobody/nothing" in error.detail
    assert error.to_dict()["status"] == 404 and isinstance(error, ReplicateException)
    assert error.detail in str(error)
    assert {"type", "title", "instance"} <= set(dir(error))


def test_replicate_error_built_as_in_1_0() -> None:
    error = ReplicateError(type="https://replicate.com/errors/x", title="Bad", status=400, detail="Nope")
    assert (error.type, error.title, error.status, error.detail, error.instance) == (
        "https://replicate.com/errors/x",
        "Bad",
        400,
        "Nope",
        None,
    )
    assert (
        str(error)
        == "ReplicateError Details:\ntype: https://replicate.com/errors/x\ntitle: Bad\nstatus: 400\ndetail: Nope"
    )
    response = httpx.Response(
        422,
        json={"title": "Invalid", "detail": "input is wrong", "status": 422},
        request=httpx.Request("POST", "https://api.replicate.com/v1/predictions"),
    )
    from_response = ReplicateError.from_response(response)
    assert isinstance(from_response, replicate.UnprocessableEntityError)
    assert (from_response.status, from_response.title, from_response.detail) == (
        422,
        "Invalid",
        "input is wrong",
    )


def _signed(server: Server, body: bytes, *, timestamp: int) -> dict[str, str]:
    from replicate.testing._webhook_signing import sign_webhook

    return {
        "Webhook-Id": "msg_1",
        "Webhook-Timestamp": str(timestamp),
        "Webhook-Signature": "v1,bm90LXRoaXM= "
        + sign_webhook(server.webhook_secret, "msg_1", timestamp, body),
    }


def test_webhooks_validate(server: Server, client: replicate.Client) -> None:
    secret = client.webhooks.default.secret()
    body = json.dumps({"id": "p1", "status": "succeeded"})
    now = int(time.time())
    headers = _signed(server, body.encode(), timestamp=now)
    assert Webhooks.validate(headers=headers, body=body, secret=secret) is None
    assert client.webhooks.validate(headers=headers, body=body, secret=secret, tolerance=300) is None
    request = httpx.Request("POST", "https://my.app/hook", headers=headers, content=body.encode())
    assert Webhooks.validate(request=request, secret=WebhookSigningSecret(key=server.webhook_secret)) is None

    with pytest.raises(InvalidSignatureError, match="Webhook signature is invalid"):
        Webhooks.validate(headers=headers, body=body + " ", secret=secret)
    with pytest.raises(MissingWebhookHeaderError, match="Missing webhook signature"):
        Webhooks.validate(
            headers={k: v for k, v in headers.items() if k != "Webhook-Signature"}, body=body, secret=secret
        )
    with pytest.raises(MissingWebhookBodyError, match="Missing webhook body"):
        Webhooks.validate(headers=headers, body="", secret=secret)
    with pytest.raises(InvalidSecretKeyError):
        Webhooks.validate(headers=headers, body=body, secret=WebhookSigningSecret(key="not-a-secret"))
    old = _signed(server, body.encode(), timestamp=now - 3600)
    assert Webhooks.validate(headers=old, body=body, secret=secret) is None  # no tolerance: not checked
    with pytest.raises(InvalidTimestampError, match="tolerance of 300 seconds"):
        Webhooks.validate(headers=old, body=body, secret=secret, tolerance=300)
    with pytest.raises(ValueError, match="Missing webhook signing secret"):
        Webhooks.validate(headers=headers, body=body, secret=None)
    assert issubclass(InvalidSignatureError, WebhookValidationError) and issubclass(
        WebhookValidationError, ValueError
    )
    assert issubclass(WebhookValidationError, replicate.WebhookVerificationError)


def test_predictions_created_with_a_webhook_are_signed_as_validate_expects(
    server: Server, client: replicate.Client
) -> None:
    prediction = client.predictions.create(
        CLIPDRAW,
        {"prompt": "x"},
        webhook=f"{server.origin}/no-such-receiver",
        webhook_events_filter=["completed"],
    )
    assert prediction.id in server.predictions
