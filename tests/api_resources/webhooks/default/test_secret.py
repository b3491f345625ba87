# File generated from openapi.yaml by codegen. Do not edit.

from __future__ import annotations

from typing import Any, cast

from replicate import AsyncReplicate, Replicate
from replicate.types import WebhookSecret

from ....utils import assert_matches_type


class TestWebhooksDefaultSecret:
    def test_method_get(self, client: Replicate) -> None:
        secret = client.webhooks.default.secret.get()
        assert_matches_type(WebhookSecret, secret, path=["response"])

    def test_raw_response_get(self, client: Replicate) -> None:
        response = client.webhooks.default.secret.with_raw_response.get()

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Replicate-Lang") == "python"
        secret = response.parse()
        assert_matches_type(WebhookSecret, secret, path=["response"])

    def test_streaming_response_get(self, client: Replicate) -> None:
        with client.webhooks.default.secret.with_streaming_response.get() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Replicate-Lang") == "python"

            secret = response.parse()
            assert_matches_type(WebhookSecret, secret, path=["response"])

        assert cast(Any, response.is_closed) is True


class TestAsyncWebhooksDefaultSecret:
    async def test_method_get(self, async_client: AsyncReplicate) -> None:
        secret = await async_client.webhooks.default.secret.get()
        assert_matches_type(WebhookSecret, secret, path=["response"])

    async def test_raw_response_get(self, async_client: AsyncReplicate) -> None:
        response = await async_client.webhooks.default.secret.with_raw_response.get()

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Replicate-Lang") == "python"
        secret = await response.parse()
        assert_matches_type(WebhookSecret, secret, path=["response"])

    async def test_streaming_response_get(self, async_client: AsyncReplicate) -> None:
        async with async_client.webhooks.default.secret.with_streaming_response.get() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Replicate-Lang") == "python"

            secret = await response.parse()
            assert_matches_type(WebhookSecret, secret, path=["response"])

        assert cast(Any, response.is_closed) is True
