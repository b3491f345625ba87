"""``replicate.webhook``, replicate 1.0.x's module: ``Webhooks`` (``client.webhooks``:
``default.secret()``, ``Webhooks.validate(...)``), ``WebhookSigningSecret`` (the typed
``WebhookSecret``: ``.key``) and the validation errors, all ``WebhookValidationError``."""

from .legacy._resources import Webhooks
from .legacy._webhook import (
    InvalidSecretKeyError,
    InvalidSignatureError,
    InvalidTimestampError,
    MissingWebhookBodyError,
    MissingWebhookHeaderError,
    WebhookValidationError,
)
from .types.webhook_secret import WebhookSecret as WebhookSigningSecret

__all__ = [
    "InvalidSecretKeyError",
    "InvalidSignatureError",
    "InvalidTimestampError",
    "MissingWebhookBodyError",
    "MissingWebhookHeaderError",
    "WebhookSigningSecret",
    "WebhookValidationError",
    "Webhooks",
]
