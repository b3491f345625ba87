# File generated from openapi.yaml by codegen. Do not edit.

from __future__ import annotations

import warnings

import httpx

from ..._operation import Operation, RequestOptions
from ..._resource import AsyncAPIResource, SyncAPIResource, cached_property
from ..._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from ..._types import NOT_GIVEN, Body, Headers, NotGiven, Query
from ...types.widget_part_get_response import WidgetPartGetResponse

__all__ = [
    "PartsResource",
    "AsyncPartsResource",
    "PartsResourceWithRawResponse",
    "AsyncPartsResourceWithRawResponse",
    "PartsResourceWithStreamingResponse",
    "AsyncPartsResourceWithStreamingResponse",
]

GET: Operation[WidgetPartGetResponse] = Operation(
    "get", "/widgets/{widget_id}/parts/{part_id}", WidgetPartGetResponse, auth=((),)
)


class PartsResource(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> PartsResourceWithRawResponse:
        return PartsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> PartsResourceWithStreamingResponse:
        return PartsResourceWithStreamingResponse(self)

    def get(
        self,
        *,
        widget_id: str,
        part_id: str,
        verbose: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> WidgetPartGetResponse:
        """Get a part

        Old.

        Deprecated.

        Args:
          widget_id: The widget.
          part_id: The part.
          verbose: More detail.
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        warnings.warn("client.widgets.parts.get() is deprecated.", DeprecationWarning, stacklevel=2)
        return self._request(
            GET,
            path={"widget_id": widget_id, "part_id": part_id},
            query={"verbose": verbose},
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )


class AsyncPartsResource(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncPartsResourceWithRawResponse:
        return AsyncPartsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncPartsResourceWithStreamingResponse:
        return AsyncPartsResourceWithStreamingResponse(self)

    async def get(
        self,
        *,
        widget_id: str,
        part_id: str,
        verbose: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> WidgetPartGetResponse:
        """Get a part

        Old.

        Deprecated.

        Args:
          widget_id: The widget.
          part_id: The part.
          verbose: More detail.
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        warnings.warn("client.widgets.parts.get() is deprecated.", DeprecationWarning, stacklevel=2)
        return await self._request(
            GET,
            path={"widget_id": widget_id, "part_id": part_id},
            query={"verbose": verbose},
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )


class PartsResourceWithRawResponse:
    def __init__(self, parts: PartsResource) -> None:
        self._parts = parts
        raw = parts._with_mode("raw")
        self.get = to_raw_response_wrapper(raw.get)


class AsyncPartsResourceWithRawResponse:
    def __init__(self, parts: AsyncPartsResource) -> None:
        self._parts = parts
        raw = parts._with_mode("raw")
        self.get = async_to_raw_response_wrapper(raw.get)


class PartsResourceWithStreamingResponse:
    def __init__(self, parts: PartsResource) -> None:
        self._parts = parts
        streaming = parts._with_mode("stream")
        self.get = to_streamed_response_wrapper(streaming.get)


class AsyncPartsResourceWithStreamingResponse:
    def __init__(self, parts: AsyncPartsResource) -> None:
        self._parts = parts
        streaming = parts._with_mode("stream")
        self.get = async_to_streamed_response_wrapper(streaming.get)
