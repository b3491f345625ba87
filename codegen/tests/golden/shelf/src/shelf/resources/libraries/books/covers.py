# File generated from openapi.yaml by codegen. Do not edit.

from __future__ import annotations

import httpx

from ...._operation import Operation, RequestOptions
from ...._resource import AsyncAPIResource, SyncAPIResource, cached_property
from ...._response import (
    AsyncBinaryResponse,
    BinaryResponse,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from ...._types import NOT_GIVEN, Body, FileTypes, Headers, NotGiven, Query
from ....types.library_book_cover_upload_response import LibraryBookCoverUploadResponse

__all__ = [
    "CoversResource",
    "AsyncCoversResource",
    "CoversResourceWithRawResponse",
    "AsyncCoversResourceWithRawResponse",
    "CoversResourceWithStreamingResponse",
    "AsyncCoversResourceWithStreamingResponse",
]

DOWNLOAD: Operation[BinaryResponse] = Operation(
    "get", "/libraries/{library_id}/books/{isbn}/cover", response="binary", auth=((),)
)
ASYNC_DOWNLOAD: Operation[AsyncBinaryResponse] = Operation(
    "get", "/libraries/{library_id}/books/{isbn}/cover", response="binary", auth=((),)
)
UPLOAD: Operation[LibraryBookCoverUploadResponse] = Operation(
    "put",
    "/libraries/{library_id}/books/{isbn}/cover",
    LibraryBookCoverUploadResponse,
    body="multipart",
    auth=((),),
)


class CoversResource(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> CoversResourceWithRawResponse:
        return CoversResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> CoversResourceWithStreamingResponse:
        return CoversResourceWithStreamingResponse(self)

    def download(
        self,
        *,
        library_id: str,
        isbn: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> BinaryResponse:
        """Download a cover

        Args:
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        return self._request(
            DOWNLOAD,
            path={"library_id": library_id, "isbn": isbn},
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def upload(
        self,
        *,
        library_id: str,
        isbn: str,
        image: FileTypes,
        caption: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> LibraryBookCoverUploadResponse:
        """Upload a cover

        Args:
          image: A PNG or JPEG.
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        return self._request(
            UPLOAD,
            path={"library_id": library_id, "isbn": isbn},
            body={"image": image, "caption": caption},
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )


class AsyncCoversResource(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncCoversResourceWithRawResponse:
        return AsyncCoversResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncCoversResourceWithStreamingResponse:
        return AsyncCoversResourceWithStreamingResponse(self)

    async def download(
        self,
        *,
        library_id: str,
        isbn: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> AsyncBinaryResponse:
        """Download a cover

        Args:
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        return await self._request(
            ASYNC_DOWNLOAD,
            path={"library_id": library_id, "isbn": isbn},
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )

    async def upload(
        self,
        *,
        library_id: str,
        isbn: str,
        image: FileTypes,
        caption: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> LibraryBookCoverUploadResponse:
        """Upload a cover

        Args:
          image: A PNG or JPEG.
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        return await self._request(
            UPLOAD,
            path={"library_id": library_id, "isbn": isbn},
            body={"image": image, "caption": caption},
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )


class CoversResourceWithRawResponse:
    def __init__(self, covers: CoversResource) -> None:
        self._covers = covers
        raw = covers._with_mode("raw")
        self.download = to_raw_response_wrapper(raw.download)
        self.upload = to_raw_response_wrapper(raw.upload)


class AsyncCoversResourceWithRawResponse:
    def __init__(self, covers: AsyncCoversResource) -> None:
        self._covers = covers
        raw = covers._with_mode("raw")
        self.download = async_to_raw_response_wrapper(raw.download)
        self.upload = async_to_raw_response_wrapper(raw.upload)


class CoversResourceWithStreamingResponse:
    def __init__(self, covers: CoversResource) -> None:
        self._covers = covers
        streaming = covers._with_mode("stream")
        self.download = to_streamed_response_wrapper(streaming.download)
        self.upload = to_streamed_response_wrapper(streaming.upload)


class AsyncCoversResourceWithStreamingResponse:
    def __init__(self, covers: AsyncCoversResource) -> None:
        self._covers = covers
        streaming = covers._with_mode("stream")
        self.download = async_to_streamed_response_wrapper(streaming.download)
        self.upload = async_to_streamed_response_wrapper(streaming.upload)
