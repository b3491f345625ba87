# File generated from openapi.yaml by codegen. Do not edit.

from __future__ import annotations

import httpx

from .._operation import Operation, RequestOptions
from .._resource import AsyncAPIResource, SyncAPIResource, cached_property
from .._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query
from ..types.hardware_list_response import HardwareListResponse

__all__ = [
    "HardwareResource",
    "AsyncHardwareResource",
    "HardwareResourceWithRawResponse",
    "AsyncHardwareResourceWithRawResponse",
    "HardwareResourceWithStreamingResponse",
    "AsyncHardwareResourceWithStreamingResponse",
]

LIST: Operation[HardwareListResponse] = Operation("get", "/hardware", HardwareListResponse)


class HardwareResource(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> HardwareResourceWithRawResponse:
        return HardwareResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> HardwareResourceWithStreamingResponse:
        return HardwareResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> HardwareListResponse:
        """List available hardware for models

        List the hardware available for running models and deployments. Each
        entry has a human-readable `name` and the `sku` to pass as `hardware`
        when creating a model or deployment. This list is not paginated.

        Args:
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        return self._request(
            LIST,
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )


class AsyncHardwareResource(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncHardwareResourceWithRawResponse:
        return AsyncHardwareResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncHardwareResourceWithStreamingResponse:
        return AsyncHardwareResourceWithStreamingResponse(self)

    async def list(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> HardwareListResponse:
        """List available hardware for models

        List the hardware available for running models and deployments. Each
        entry has a human-readable `name` and the `sku` to pass as `hardware`
        when creating a model or deployment. This list is not paginated.

        Args:
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        return await self._request(
            LIST,
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )


class HardwareResourceWithRawResponse:
    def __init__(self, hardware: HardwareResource) -> None:
        self._hardware = hardware
        raw = hardware._with_mode("raw")
        self.list = to_raw_response_wrapper(raw.list)


class AsyncHardwareResourceWithRawResponse:
    def __init__(self, hardware: AsyncHardwareResource) -> None:
        self._hardware = hardware
        raw = hardware._with_mode("raw")
        self.list = async_to_raw_response_wrapper(raw.list)


class HardwareResourceWithStreamingResponse:
    def __init__(self, hardware: HardwareResource) -> None:
        self._hardware = hardware
        streaming = hardware._with_mode("stream")
        self.list = to_streamed_response_wrapper(streaming.list)


class AsyncHardwareResourceWithStreamingResponse:
    def __init__(self, hardware: AsyncHardwareResource) -> None:
        self._hardware = hardware
        streaming = hardware._with_mode("stream")
        self.list = async_to_streamed_response_wrapper(streaming.list)
