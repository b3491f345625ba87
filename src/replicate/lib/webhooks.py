"""Verifying Replicate's webhook requests, and the bases of the generated webhooks resources.

Replicate signs webhooks as Standard Webhooks does: each request carries `webhook-id`,
`webhook-timestamp` (Unix seconds) and `webhook-signature` (space-separated `v1,<base64>` entries),
where each signature is the HMAC-SHA256 of `{id}.{timestamp}.{body}` keyed with the base64-decoded
part of the secret after `whsec_`. Pass the body exactly as received (bytes, or the str it decodes
to), not JSON parsed and dumped again.

    from replicate.lib.webhooks import unwrap
    prediction = unwrap(request_body, request_headers, secret)   # or client.webhooks.unwrap(...)

`verify` and `unwrap` raise `WebhookVerificationError` for anything that must be rejected: a missing
or malformed header, a timestamp more than `tolerance` seconds (5 minutes) in the past or future, or
no matching signature. A malformed secret is a configuration mistake and raises `ValueError`.
Messages never contain the secret or the signatures.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import threading
import time
import weakref
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Dict, List, Mapping, Optional, Union, cast

from .._exceptions import ReplicateError
from .._resource import AsyncAPIResource, SyncAPIResource

if TYPE_CHECKING:
    from .._base_client import AsyncAPIClient, SyncAPIClient
    from ..types.prediction import Prediction

__all__ = [
    "DEFAULT_TOLERANCE",
    "AsyncWebhooksBase",
    "WebhookVerificationError",
    "WebhooksBase",
    "unwrap",
    "verify",
]

DEFAULT_TOLERANCE = 300
SECRET_PREFIX = "whsec_"
SIGNATURE_VERSION = "v1"

Body = Union[bytes, bytearray, memoryview, str]
Now = Union[float, datetime, None]


class WebhookVerificationError(ReplicateError):
    """A webhook request could not be verified as sent by Replicate; reject it (e.g. with HTTP 400)."""


@dataclass(frozen=True)
class WebhookHeaders:
    webhook_id: str
    timestamp: int
    signatures: List[str]


def verify(
    body: Body,
    headers: Mapping[str, str],
    secret: str,
    *,
    tolerance: float = DEFAULT_TOLERANCE,
    now: Now = None,
) -> None:
    """Raise `WebhookVerificationError` unless `body` and `headers` are a fresh request signed with `secret`.

    `headers` is any mapping (a dict, `httpx.Headers`, a web framework's headers); names are matched
    case-insensitively. `now` (Unix seconds or an aware datetime) defaults to the current time.
    """
    _Received.of(body, headers).verify(secret, tolerance, now)


def unwrap(
    body: Body,
    headers: Mapping[str, str],
    secret: str,
    *,
    tolerance: float = DEFAULT_TOLERANCE,
    now: Now = None,
) -> Prediction:
    """Verify the request as `verify` does, then parse its body into a `Prediction`."""
    return _Received.of(body, headers).unwrap(secret, tolerance, now)


@dataclass(frozen=True)
class _Received:
    """A webhook request as received, its body and headers checked: what every `verify` and
    `unwrap` (the functions, and the sync and async clients' methods) does before the secret."""

    body: bytes
    headers: WebhookHeaders

    @classmethod
    def of(cls, body: Body, headers: Mapping[str, str]) -> _Received:
        return cls(_raw(body), parse_headers(headers))

    def verify(self, secret: str, tolerance: float, now: Now) -> None:
        check_signature(self.body, self.headers, secret, tolerance=tolerance, now=now)

    def unwrap(self, secret: str, tolerance: float, now: Now) -> Prediction:
        self.verify(secret, tolerance, now)
        return parse_prediction(self.body)


# ---------------------------------------------------------------------------------------- checks


def parse_headers(headers: Mapping[str, str]) -> WebhookHeaders:
    webhook_id = _header(headers, "webhook-id")
    timestamp_text = _header(headers, "webhook-timestamp")
    signature_text = _header(headers, "webhook-signature")
    try:
        timestamp = int(timestamp_text.strip())
    except ValueError:
        raise WebhookVerificationError("The webhook-timestamp header is not a Unix timestamp") from None
    return WebhookHeaders(webhook_id, timestamp, signature_text.split())


def check_signature(body: bytes, headers: WebhookHeaders, secret: str, *, tolerance: float, now: Now) -> None:
    if tolerance < 0:
        raise ValueError("tolerance must be 0 or more seconds")
    key = secret_key(secret)
    current = _unix_seconds(now)
    if headers.timestamp < current - tolerance:
        raise WebhookVerificationError(
            f"The webhook timestamp is {int(current - headers.timestamp)} seconds old, "
            f"more than the {tolerance:g} seconds allowed: rejecting it as a possible replay"
        )
    if headers.timestamp > current + tolerance:
        raise WebhookVerificationError(
            f"The webhook timestamp is {int(headers.timestamp - current)} seconds in the future, "
            f"more than the {tolerance:g} seconds allowed"
        )
    expected = sign(key, headers.webhook_id, headers.timestamp, body)
    candidates = [_decode_signature(entry) for entry in headers.signatures]
    versioned = [candidate for candidate in candidates if candidate is not None]
    if not versioned:
        raise WebhookVerificationError(
            f"The webhook-signature header has no {SIGNATURE_VERSION} signature (expected '{SIGNATURE_VERSION},<base64>')"
        )
    matches = [hmac.compare_digest(expected, candidate) for candidate in versioned]
    if not any(matches):
        raise WebhookVerificationError(
            "No webhook signature matches: the body or headers were altered, or the secret is not this endpoint's"
        )


def sign(key: bytes, webhook_id: str, timestamp: int, body: bytes) -> bytes:
    return hmac.new(key, f"{webhook_id}.{timestamp}.".encode() + body, hashlib.sha256).digest()


def secret_key(secret: str) -> bytes:
    """The HMAC key: the base64-decoded part of a `whsec_...` secret."""
    if not isinstance(secret, str) or not secret:  # pyright: ignore[reportUnnecessaryIsInstance]
        raise ValueError("The webhook secret must be a non-empty string (the 'whsec_...' signing secret)")
    encoded = secret[len(SECRET_PREFIX) :] if secret.startswith(SECRET_PREFIX) else secret
    try:
        key = base64.b64decode(encoded, validate=True)
    except binascii.Error:
        raise ValueError("The webhook secret is not valid base64 after its 'whsec_' prefix") from None
    if not key:
        raise ValueError("The webhook secret is empty after its 'whsec_' prefix")
    return key


def parse_prediction(body: bytes) -> Prediction:
    from .._models import parse_as  # pydantic loads only when a webhook is unwrapped
    from ..types.prediction import Prediction

    try:
        data: object = json.loads(body)
    except ValueError:
        raise WebhookVerificationError("The webhook body is signed but is not valid JSON") from None
    if not isinstance(data, dict):
        raise WebhookVerificationError("The webhook body is signed but is not a JSON object")
    prediction: Prediction = parse_as(Prediction, cast(Dict[str, object], data))
    return prediction


def _header(headers: Mapping[str, str], name: str) -> str:
    value = headers.get(name)
    if value is None:
        value = next((v for k, v in headers.items() if k.lower() == name), None)
    if value is None or not value.strip():
        raise WebhookVerificationError(f"The {name} header is missing")
    return value


def _decode_signature(entry: str) -> Optional[bytes]:
    """The signature bytes of a `v1,<base64>` entry (empty, so never matching, when not base64);
    None for other versions."""
    version, _, encoded = entry.partition(",")
    if version != SIGNATURE_VERSION:
        return None
    try:
        return base64.b64decode(encoded, validate=True)
    except binascii.Error:
        return b""


def _raw(body: Body) -> bytes:
    if isinstance(body, str):
        return body.encode("utf-8")
    if isinstance(body, (bytes, bytearray, memoryview)):  # pyright: ignore[reportUnnecessaryIsInstance]
        return bytes(body)
    raise TypeError(
        f"body must be the raw request body as bytes or str, not {type(body).__name__} "
        "(verify the body as received, before parsing it as JSON)"
    )


def _unix_seconds(now: Now) -> float:
    if now is None:
        return time.time()
    if isinstance(now, datetime):
        return now.timestamp()
    return float(now)


# ---------------------------------------------------------------------------------------- the bases

# The default endpoint's secret, fetched once per client with `webhooks.default.secret.get()`.
_secrets: weakref.WeakKeyDictionary[object, str] = weakref.WeakKeyDictionary()
_secrets_lock = threading.Lock()


def _known_secret(client: object, secret: Optional[str]) -> Optional[str]:
    """The secret passed, else the one fetched before; None: it must be fetched."""
    if secret is not None:
        return secret
    with _secrets_lock:
        return _secrets.get(client)


def _remember_secret(client: object, secret: str) -> str:
    with _secrets_lock:
        _secrets[client] = secret
    return secret


class WebhooksBase(SyncAPIResource):
    _client: SyncAPIClient

    def verify(
        self,
        body: Body,
        headers: Mapping[str, str],
        secret: Optional[str] = None,
        *,
        tolerance: float = DEFAULT_TOLERANCE,
        now: Now = None,
    ) -> None:
        """Like `replicate.lib.webhooks.verify`; without `secret`, the default endpoint's secret
        (fetched once with `webhooks.default.secret.get()` and cached on the client)."""
        _Received.of(body, headers).verify(self._secret(secret), tolerance, now)

    def unwrap(
        self,
        body: Body,
        headers: Mapping[str, str],
        secret: Optional[str] = None,
        *,
        tolerance: float = DEFAULT_TOLERANCE,
        now: Now = None,
    ) -> Prediction:
        """Verify the request as `verify` does, then parse its body into a `Prediction`."""
        return _Received.of(body, headers).unwrap(self._secret(secret), tolerance, now)

    def _secret(self, secret: Optional[str]) -> str:
        known = _known_secret(self._client, secret)
        if known is not None:
            return known
        from ..resources.webhooks.default.secret import GET  # the call `webhooks.default.secret.get()` makes

        return _remember_secret(self._client, self._request(GET).key)


class AsyncWebhooksBase(AsyncAPIResource):
    _client: AsyncAPIClient

    async def verify(
        self,
        body: Body,
        headers: Mapping[str, str],
        secret: Optional[str] = None,
        *,
        tolerance: float = DEFAULT_TOLERANCE,
        now: Now = None,
    ) -> None:
        """Like `replicate.lib.webhooks.verify`; without `secret`, the default endpoint's secret
        (fetched once with `webhooks.default.secret.get()` and cached on the client)."""
        received = _Received.of(body, headers)  # checked before the secret may be fetched
        received.verify(await self._secret(secret), tolerance, now)

    async def unwrap(
        self,
        body: Body,
        headers: Mapping[str, str],
        secret: Optional[str] = None,
        *,
        tolerance: float = DEFAULT_TOLERANCE,
        now: Now = None,
    ) -> Prediction:
        """Verify the request as `verify` does, then parse its body into a `Prediction`."""
        received = _Received.of(body, headers)
        return received.unwrap(await self._secret(secret), tolerance, now)

    async def _secret(self, secret: Optional[str]) -> str:
        known = _known_secret(self._client, secret)
        if known is not None:
            return known
        from ..resources.webhooks.default.secret import GET

        return _remember_secret(self._client, (await self._request(GET)).key)
