# File generated from openapi.yaml by codegen. Do not edit.

from __future__ import annotations

from ...._resource import AsyncAPIResource, SyncAPIResource, cached_property
from .secret import (
    AsyncSecretResource,
    AsyncSecretResourceWithRawResponse,
    AsyncSecretResourceWithStreamingResponse,
    SecretResource,
    SecretResourceWithRawResponse,
    SecretResourceWithStreamingResponse,
)

__all__ = [
    "DefaultResource",
    "AsyncDefaultResource",
    "DefaultResourceWithRawResponse",
    "AsyncDefaultResourceWithRawResponse",
    "DefaultResourceWithStreamingResponse",
    "AsyncDefaultResourceWithStreamingResponse",
]


class DefaultResource(SyncAPIResource):
    @cached_property
    def secret(self) -> SecretResource:
        return SecretResource(self._client)

    @cached_property
    def with_raw_response(self) -> DefaultResourceWithRawResponse:
        return DefaultResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> DefaultResourceWithStreamingResponse:
        return DefaultResourceWithStreamingResponse(self)


class AsyncDefaultResource(AsyncAPIResource):
    @cached_property
    def secret(self) -> AsyncSecretResource:
        return AsyncSecretResource(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncDefaultResourceWithRawResponse:
        return AsyncDefaultResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncDefaultResourceWithStreamingResponse:
        return AsyncDefaultResourceWithStreamingResponse(self)


class DefaultResourceWithRawResponse:
    def __init__(self, default: DefaultResource) -> None:
        self._default = default

    @cached_property
    def secret(self) -> SecretResourceWithRawResponse:
        return SecretResourceWithRawResponse(self._default.secret)


class AsyncDefaultResourceWithRawResponse:
    def __init__(self, default: AsyncDefaultResource) -> None:
        self._default = default

    @cached_property
    def secret(self) -> AsyncSecretResourceWithRawResponse:
        return AsyncSecretResourceWithRawResponse(self._default.secret)


class DefaultResourceWithStreamingResponse:
    def __init__(self, default: DefaultResource) -> None:
        self._default = default

    @cached_property
    def secret(self) -> SecretResourceWithStreamingResponse:
        return SecretResourceWithStreamingResponse(self._default.secret)


class AsyncDefaultResourceWithStreamingResponse:
    def __init__(self, default: AsyncDefaultResource) -> None:
        self._default = default

    @cached_property
    def secret(self) -> AsyncSecretResourceWithStreamingResponse:
        return AsyncSecretResourceWithStreamingResponse(self._default.secret)
