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

__all__ = [
    "TopLevelResource",
    "AsyncTopLevelResource",
    "TopLevelResourceWithRawResponse",
    "AsyncTopLevelResourceWithRawResponse",
    "TopLevelResourceWithStreamingResponse",
    "AsyncTopLevelResourceWithStreamingResponse",
]

PING: Operation[None] = Operation("get", "/ping", response="empty", auth=((),))


class TopLevelResource(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> TopLevelResourceWithRawResponse:
        return TopLevelResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> TopLevelResourceWithStreamingResponse:
        return TopLevelResourceWithStreamingResponse(self)

    def ping(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> None:
        """Check the service is up

        Args:
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        return self._request(
            PING,
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )


class AsyncTopLevelResource(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncTopLevelResourceWithRawResponse:
        return AsyncTopLevelResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncTopLevelResourceWithStreamingResponse:
        return AsyncTopLevelResourceWithStreamingResponse(self)

    async def ping(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> None:
        """Check the service is up

        Args:
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        return await self._request(
            PING,
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )


class TopLevelResourceWithRawResponse:
    def __init__(self, top_level: TopLevelResource) -> None:
        self._top_level = top_level
        raw = top_level._with_mode("raw")
        self.ping = to_raw_response_wrapper(raw.ping)


class AsyncTopLevelResourceWithRawResponse:
    def __init__(self, top_level: AsyncTopLevelResource) -> None:
        self._top_level = top_level
        raw = top_level._with_mode("raw")
        self.ping = async_to_raw_response_wrapper(raw.ping)


class TopLevelResourceWithStreamingResponse:
    def __init__(self, top_level: TopLevelResource) -> None:
        self._top_level = top_level
        streaming = top_level._with_mode("stream")
        self.ping = to_streamed_response_wrapper(streaming.ping)


class AsyncTopLevelResourceWithStreamingResponse:
    def __init__(self, top_level: AsyncTopLevelResource) -> None:
        self._top_level = top_level
        streaming = top_level._with_mode("stream")
        self.ping = async_to_streamed_response_wrapper(streaming.ping)
