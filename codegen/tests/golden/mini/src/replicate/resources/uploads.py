# File generated from openapi.yaml by codegen. Do not edit.

from __future__ import annotations

from typing import Dict

import httpx

from .._operation import Operation, RequestOptions
from .._resource import AsyncAPIResource, SyncAPIResource, cached_property
from .._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from .._types import NOT_GIVEN, Body, FileTypes, Headers, NotGiven, Query
from ..types.widget import Widget

__all__ = [
    "UploadsResource",
    "AsyncUploadsResource",
    "UploadsResourceWithRawResponse",
    "AsyncUploadsResourceWithRawResponse",
    "UploadsResourceWithStreamingResponse",
    "AsyncUploadsResourceWithStreamingResponse",
]

CREATE: Operation[Widget] = Operation("post", "/uploads", Widget, body="multipart", auth=((),))


class UploadsResource(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> UploadsResourceWithRawResponse:
        return UploadsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> UploadsResourceWithStreamingResponse:
        return UploadsResourceWithStreamingResponse(self)

    def create(
        self,
        *,
        content: FileTypes,
        metadata: Dict[str, object] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Widget:
        """Upload

        Multipart.

        Args:
          content: The bytes.
          metadata: Anything.
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        return self._request(
            CREATE,
            body={"content": content, "metadata": metadata},
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )


class AsyncUploadsResource(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncUploadsResourceWithRawResponse:
        return AsyncUploadsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncUploadsResourceWithStreamingResponse:
        return AsyncUploadsResourceWithStreamingResponse(self)

    async def create(
        self,
        *,
        content: FileTypes,
        metadata: Dict[str, object] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Widget:
        """Upload

        Multipart.

        Args:
          content: The bytes.
          metadata: Anything.
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        return await self._request(
            CREATE,
            body={"content": content, "metadata": metadata},
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )


class UploadsResourceWithRawResponse:
    def __init__(self, uploads: UploadsResource) -> None:
        self._uploads = uploads
        raw = uploads._with_mode("raw")
        self.create = to_raw_response_wrapper(raw.create)


class AsyncUploadsResourceWithRawResponse:
    def __init__(self, uploads: AsyncUploadsResource) -> None:
        self._uploads = uploads
        raw = uploads._with_mode("raw")
        self.create = async_to_raw_response_wrapper(raw.create)


class UploadsResourceWithStreamingResponse:
    def __init__(self, uploads: UploadsResource) -> None:
        self._uploads = uploads
        streaming = uploads._with_mode("stream")
        self.create = to_streamed_response_wrapper(streaming.create)


class AsyncUploadsResourceWithStreamingResponse:
    def __init__(self, uploads: AsyncUploadsResource) -> None:
        self._uploads = uploads
        streaming = uploads._with_mode("stream")
        self.create = async_to_streamed_response_wrapper(streaming.create)
