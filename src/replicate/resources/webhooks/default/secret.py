# File generated from openapi.yaml by codegen. Do not edit.

from __future__ import annotations

import httpx

from ...._operation import Operation, RequestOptions
from ...._resource import AsyncAPIResource, SyncAPIResource, cached_property
from ...._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from ...._types import NOT_GIVEN, Body, Headers, NotGiven, Query
from ....types.webhook_secret import WebhookSecret

__all__ = [
    "SecretResource",
    "AsyncSecretResource",
    "SecretResourceWithRawResponse",
    "AsyncSecretResourceWithRawResponse",
    "SecretResourceWithStreamingResponse",
    "AsyncSecretResourceWithStreamingResponse",
]

GET: Operation[WebhookSecret] = Operation("get", "/webhooks/default/secret", WebhookSecret)


class SecretResource(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> SecretResourceWithRawResponse:
        return SecretResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> SecretResourceWithStreamingResponse:
        return SecretResourceWithStreamingResponse(self)

    def get(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> WebhookSecret:
        """Get the signing secret for the default webhook

        Get the signing secret for the default webhook endpoint. This is used
        to verify that webhook requests are coming from Replicate: each
        webhook request carries `webhook-id`, `webhook-timestamp` and
        `webhook-signature` headers, where the signature is an HMAC-SHA256 of
        `{id}.{timestamp}.{body}` keyed with the base64-decoded part of the
        secret after `whsec_`.

        Args:
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        return self._request(
            GET,
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )


class AsyncSecretResource(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncSecretResourceWithRawResponse:
        return AsyncSecretResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncSecretResourceWithStreamingResponse:
        return AsyncSecretResourceWithStreamingResponse(self)

    async def get(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> WebhookSecret:
        """Get the signing secret for the default webhook

        Get the signing secret for the default webhook endpoint. This is used
        to verify that webhook requests are coming from Replicate: each
        webhook request carries `webhook-id`, `webhook-timestamp` and
        `webhook-signature` headers, where the signature is an HMAC-SHA256 of
        `{id}.{timestamp}.{body}` keyed with the base64-decoded part of the
        secret after `whsec_`.

        Args:
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        return await self._request(
            GET,
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )


class SecretResourceWithRawResponse:
    def __init__(self, secret: SecretResource) -> None:
        self._secret = secret
        raw = secret._with_mode("raw")
        self.get = to_raw_response_wrapper(raw.get)


class AsyncSecretResourceWithRawResponse:
    def __init__(self, secret: AsyncSecretResource) -> None:
        self._secret = secret
        raw = secret._with_mode("raw")
        self.get = async_to_raw_response_wrapper(raw.get)


class SecretResourceWithStreamingResponse:
    def __init__(self, secret: SecretResource) -> None:
        self._secret = secret
        streaming = secret._with_mode("stream")
        self.get = to_streamed_response_wrapper(streaming.get)


class AsyncSecretResourceWithStreamingResponse:
    def __init__(self, secret: AsyncSecretResource) -> None:
        self._secret = secret
        streaming = secret._with_mode("stream")
        self.get = async_to_streamed_response_wrapper(streaming.get)
