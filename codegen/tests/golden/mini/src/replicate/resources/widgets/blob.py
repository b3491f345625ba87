# File generated from openapi.yaml by codegen. Do not edit.

from __future__ import annotations

import httpx

from ..._operation import Operation, RequestOptions
from ..._resource import AsyncAPIResource, SyncAPIResource, cached_property
from ..._response import (
    AsyncBinaryResponse,
    BinaryResponse,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from ..._types import NOT_GIVEN, Body, Headers, NotGiven, Query

__all__ = [
    "BlobResource",
    "AsyncBlobResource",
    "BlobResourceWithRawResponse",
    "AsyncBlobResourceWithRawResponse",
    "BlobResourceWithStreamingResponse",
    "AsyncBlobResourceWithStreamingResponse",
]

DOWNLOAD: Operation[BinaryResponse] = Operation(
    "get", "/widgets/{widget_id}/blob", response="binary", auth=((),)
)
ASYNC_DOWNLOAD: Operation[AsyncBinaryResponse] = Operation(
    "get", "/widgets/{widget_id}/blob", response="binary", auth=((),)
)


class BlobResource(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> BlobResourceWithRawResponse:
        return BlobResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BlobResourceWithStreamingResponse:
        return BlobResourceWithStreamingResponse(self)

    def download(
        self,
        widget_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> BinaryResponse:
        """Download the blob

        Bytes.

        Args:
          widget_id: The widget.
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        return self._request(
            DOWNLOAD,
            path={"widget_id": widget_id},
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )


class AsyncBlobResource(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncBlobResourceWithRawResponse:
        return AsyncBlobResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBlobResourceWithStreamingResponse:
        return AsyncBlobResourceWithStreamingResponse(self)

    async def download(
        self,
        widget_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> AsyncBinaryResponse:
        """Download the blob

        Bytes.

        Args:
          widget_id: The widget.
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        return await self._request(
            ASYNC_DOWNLOAD,
            path={"widget_id": widget_id},
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )


class BlobResourceWithRawResponse:
    def __init__(self, blob: BlobResource) -> None:
        self._blob = blob
        raw = blob._with_mode("raw")
        self.download = to_raw_response_wrapper(raw.download)


class AsyncBlobResourceWithRawResponse:
    def __init__(self, blob: AsyncBlobResource) -> None:
        self._blob = blob
        raw = blob._with_mode("raw")
        self.download = async_to_raw_response_wrapper(raw.download)


class BlobResourceWithStreamingResponse:
    def __init__(self, blob: BlobResource) -> None:
        self._blob = blob
        streaming = blob._with_mode("stream")
        self.download = to_streamed_response_wrapper(streaming.download)


class AsyncBlobResourceWithStreamingResponse:
    def __init__(self, blob: AsyncBlobResource) -> None:
        self._blob = blob
        streaming = blob._with_mode("stream")
        self.download = async_to_streamed_response_wrapper(streaming.download)
