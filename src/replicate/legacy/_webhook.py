"""replicate 1.0.x's webhook validation: ``Webhooks.validate(request=... | headers=..., body=...,
secret=..., tolerance=...)`` and its error classes (``replicate.webhook``).

The check is the one ``client.webhooks.verify`` makes (HMAC-SHA256 over ``id.timestamp.body``, any
of several signatures, constant-time comparison), with 1.0.x's rules where they differ: the
timestamp is checked only when ``tolerance`` is given, and each failure has its own class, all
``WebhookValidationError`` (a ``ValueError`` and a ``WebhookVerificationError``).
"""

from __future__ import annotations

import base64
import binascii
import hmac
import time
from typing import TYPE_CHECKING, Mapping, Optional, Union

from ..lib.webhooks import WebhookVerificationError, secret_key, sign

if TYPE_CHECKING:
    import httpx

    from ..types.webhook_secret import WebhookSecret

__all__ = [
    "InvalidSecretKeyError",
    "InvalidSignatureError",
    "InvalidTimestampError",
    "MissingWebhookBodyError",
    "MissingWebhookHeaderError",
    "WebhookValidationError",
    "validate",
]


class WebhookValidationError(WebhookVerificationError, ValueError):
    """A webhook failed validation (base of the specific errors below)."""


class MissingWebhookHeaderError(WebhookValidationError):
    """The webhook-id, webhook-timestamp or webhook-signature header is missing."""


class InvalidSecretKeyError(WebhookValidationError):
    """The signing secret is not ``whsec_<base64>``."""


class MissingWebhookBodyError(WebhookValidationError):
    """The request has no body."""


class InvalidTimestampError(WebhookValidationError):
    """The timestamp is not a number, or is further from now than ``tolerance`` seconds."""


class InvalidSignatureError(WebhookValidationError):
    """No signature matches, or one is malformed."""


def validate(
    request: Optional[httpx.Request] = None,
    headers: Optional[Mapping[str, str]] = None,
    body: Union[str, bytes, None] = None,
    secret: Union[WebhookSecret, str, None] = None,
    tolerance: Optional[int] = None,
) -> None:
    """Validate a webhook's signature; returns None when valid and raises a
    ``WebhookValidationError`` subclass when not. Pass the ``httpx.Request`` or its ``headers`` and
    raw ``body``; ``secret`` is ``client.webhooks.default.secret()`` (or its ``key``)."""
    if not secret:
        raise ValueError("Missing webhook signing secret")
    if request is not None and (headers or body):
        raise ValueError("Only one of request or headers/body can be provided")
    if request is not None and request.headers:
        found = {name.lower(): value for name, value in request.headers.items()}
        content: Union[str, bytes, None] = request.content
    else:
        if not headers:
            raise MissingWebhookHeaderError("Missing webhook headers")
        found = {name.lower(): value for name, value in headers.items()}
        content = body
    webhook_id = found.get("webhook-id")
    timestamp = found.get("webhook-timestamp")
    signatures = found.get("webhook-signature")
    if not webhook_id:
        raise MissingWebhookHeaderError("Missing webhook id")
    if not timestamp:
        raise MissingWebhookHeaderError("Missing webhook timestamp")
    if not signatures:
        raise MissingWebhookHeaderError("Missing webhook signature")
    if not content:
        raise MissingWebhookBodyError("Missing webhook body")
    try:
        sent_at = int(timestamp)
    except ValueError:
        raise InvalidTimestampError(f"Invalid webhook timestamp: {timestamp!r}") from None
    if tolerance is not None and abs(int(time.time()) - sent_at) > tolerance:
        raise InvalidTimestampError(
            f"Webhook timestamp is outside the allowed tolerance of {tolerance} seconds"
        )
    key = _key(secret if isinstance(secret, str) else secret.key)
    raw = content.encode("utf-8") if isinstance(content, str) else content
    expected = sign(key, webhook_id, sent_at, raw)
    for entry in signatures.split():
        parts = entry.split(",")
        if len(parts) < 2:
            raise InvalidSignatureError(f"Invalid signature format: {entry}")
        try:
            candidate = base64.b64decode(parts[1], validate=True)
        except binascii.Error:
            raise InvalidSignatureError(f"Invalid signature format: {entry}") from None
        if hmac.compare_digest(candidate, expected):
            return
    raise InvalidSignatureError("Webhook signature is invalid")


def _key(secret: str) -> bytes:
    if len(secret.split("_")) != 2:
        raise InvalidSecretKeyError("Invalid secret key format: expected 'whsec_<base64>'")
    try:
        return secret_key(secret)
    except ValueError:
        raise InvalidSecretKeyError("Invalid secret key format: expected 'whsec_<base64>'") from None
