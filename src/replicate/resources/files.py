# File generated from openapi.yaml by codegen. Do not edit.

from __future__ import annotations

from typing import Dict

import httpx

from .._operation import Operation, PageShape, RequestOptions, either_keyword
from .._resource import AsyncAPIResource, SyncAPIResource, cached_property
from .._response import (
    AsyncBinaryResponse,
    BinaryResponse,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from .._types import NOT_GIVEN, Body, FileTypes, Headers, NotGiven, Query
from ..pagination import AsyncPaginator, SyncCursorURLPage
from ..types.file import File

__all__ = [
    "FilesResource",
    "AsyncFilesResource",
    "FilesResourceWithRawResponse",
    "AsyncFilesResourceWithRawResponse",
    "FilesResourceWithStreamingResponse",
    "AsyncFilesResourceWithStreamingResponse",
]

_PAGE = PageShape(items="results", next="next", previous="previous")
CREATE: Operation[File] = Operation("post", "/files", File, body="multipart")
DELETE: Operation[None] = Operation("delete", "/files/{file_id}", response="empty")
DOWNLOAD: Operation[BinaryResponse] = Operation("get", "/files/{file_id}/download", response="binary")
ASYNC_DOWNLOAD: Operation[AsyncBinaryResponse] = Operation(
    "get", "/files/{file_id}/download", response="binary"
)
GET: Operation[File] = Operation("get", "/files/{file_id}", File)
LIST: Operation[File] = Operation("get", "/files", File, page=_PAGE)


class FilesResource(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> FilesResourceWithRawResponse:
        return FilesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> FilesResourceWithStreamingResponse:
        return FilesResourceWithStreamingResponse(self)

    def create(
        self,
        *,
        content: FileTypes | NotGiven = NOT_GIVEN,
        file: FileTypes | NotGiven = NOT_GIVEN,
        filename: str | NotGiven = NOT_GIVEN,
        type: str | NotGiven = NOT_GIVEN,
        metadata: Dict[str, object] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> File:
        """Create a file

        Create a file by uploading its content and optional metadata, as a
        `multipart/form-data` request. The returned file's `urls.get` can be
        passed as a model input.

        The request must include `content`; `filename` (at most 255 bytes of
        valid UTF-8), `type` (the MIME type, default
        `application/octet-stream`) and `metadata` (a JSON object, default
        `{}`) are optional.

        Args:
          content: The file content.
          file: Another name for `content`; pass one of the two.
          filename: The filename. At most 255 bytes, valid UTF-8.
          type: The content / MIME type for the file. Defaults to `"application/octet-stream"`.
          metadata: User-provided metadata associated with the file, as a JSON object.
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        return self._request(
            CREATE,
            body={
                "content": either_keyword("content", content, "file", file, required=True),
                "filename": filename,
                "type": type,
                "metadata": metadata,
            },
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def delete(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> None:
        """Delete a file

        Delete a file. Once a file has been deleted, subsequent requests to
        the file resource return 404 Not found.

        Args:
          file_id: The ID of the file.
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        return self._request(
            DELETE,
            path={"file_id": file_id},
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def download(
        self,
        file_id: str,
        *,
        owner: str,
        expiry: int,
        signature: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> BinaryResponse:
        """Download a file

        Download a file by providing the file owner, access expiry, and a
        valid signature. The response body is the file's raw content.

        Args:
          file_id: The ID of the file.
          owner: The username of the user or organization that uploaded the file.
          expiry: A Unix timestamp (seconds) with the expiration date of this download URL.
          signature: A base64-encoded HMAC-SHA256 checksum of the string
            `{owner} {id} {expiry}` generated with the Files API signing secret.
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        return self._request(
            DOWNLOAD,
            path={"file_id": file_id},
            query={"owner": owner, "expiry": expiry, "signature": signature},
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def get(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> File:
        """Get a file

        Get the details of a file.

        Args:
          file_id: The ID of the file.
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        return self._request(
            GET,
            path={"file_id": file_id},
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def list(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> SyncCursorURLPage[File]:
        """List files

        Get a paginated list of all files created by the user or organization
        associated with the provided API token, sorted with the most recent
        file first.

        Args:
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        return self._request_page(
            LIST,
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )


class AsyncFilesResource(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncFilesResourceWithRawResponse:
        return AsyncFilesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncFilesResourceWithStreamingResponse:
        return AsyncFilesResourceWithStreamingResponse(self)

    async def create(
        self,
        *,
        content: FileTypes | NotGiven = NOT_GIVEN,
        file: FileTypes | NotGiven = NOT_GIVEN,
        filename: str | NotGiven = NOT_GIVEN,
        type: str | NotGiven = NOT_GIVEN,
        metadata: Dict[str, object] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> File:
        """Create a file

        Create a file by uploading its content and optional metadata, as a
        `multipart/form-data` request. The returned file's `urls.get` can be
        passed as a model input.

        The request must include `content`; `filename` (at most 255 bytes of
        valid UTF-8), `type` (the MIME type, default
        `application/octet-stream`) and `metadata` (a JSON object, default
        `{}`) are optional.

        Args:
          content: The file content.
          file: Another name for `content`; pass one of the two.
          filename: The filename. At most 255 bytes, valid UTF-8.
          type: The content / MIME type for the file. Defaults to `"application/octet-stream"`.
          metadata: User-provided metadata associated with the file, as a JSON object.
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        return await self._request(
            CREATE,
            body={
                "content": either_keyword("content", content, "file", file, required=True),
                "filename": filename,
                "type": type,
                "metadata": metadata,
            },
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )

    async def delete(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> None:
        """Delete a file

        Delete a file. Once a file has been deleted, subsequent requests to
        the file resource return 404 Not found.

        Args:
          file_id: The ID of the file.
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        return await self._request(
            DELETE,
            path={"file_id": file_id},
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )

    async def download(
        self,
        file_id: str,
        *,
        owner: str,
        expiry: int,
        signature: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> AsyncBinaryResponse:
        """Download a file

        Download a file by providing the file owner, access expiry, and a
        valid signature. The response body is the file's raw content.

        Args:
          file_id: The ID of the file.
          owner: The username of the user or organization that uploaded the file.
          expiry: A Unix timestamp (seconds) with the expiration date of this download URL.
          signature: A base64-encoded HMAC-SHA256 checksum of the string
            `{owner} {id} {expiry}` generated with the Files API signing secret.
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        return await self._request(
            ASYNC_DOWNLOAD,
            path={"file_id": file_id},
            query={"owner": owner, "expiry": expiry, "signature": signature},
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )

    async def get(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> File:
        """Get a file

        Get the details of a file.

        Args:
          file_id: The ID of the file.
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        return await self._request(
            GET,
            path={"file_id": file_id},
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def list(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> AsyncPaginator[File]:
        """List files

        Get a paginated list of all files created by the user or organization
        associated with the provided API token, sorted with the most recent
        file first.

        Args:
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        return self._request_page(
            LIST,
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )


class FilesResourceWithRawResponse:
    def __init__(self, files: FilesResource) -> None:
        self._files = files
        raw = files._with_mode("raw")
        self.create = to_raw_response_wrapper(raw.create)
        self.delete = to_raw_response_wrapper(raw.delete)
        self.download = to_raw_response_wrapper(raw.download)
        self.get = to_raw_response_wrapper(raw.get)
        self.list = to_raw_response_wrapper(raw.list)


class AsyncFilesResourceWithRawResponse:
    def __init__(self, files: AsyncFilesResource) -> None:
        self._files = files
        raw = files._with_mode("raw")
        self.create = async_to_raw_response_wrapper(raw.create)
        self.delete = async_to_raw_response_wrapper(raw.delete)
        self.download = async_to_raw_response_wrapper(raw.download)
        self.get = async_to_raw_response_wrapper(raw.get)
        self.list = async_to_raw_response_wrapper(raw.list)


class FilesResourceWithStreamingResponse:
    def __init__(self, files: FilesResource) -> None:
        self._files = files
        streaming = files._with_mode("stream")
        self.create = to_streamed_response_wrapper(streaming.create)
        self.delete = to_streamed_response_wrapper(streaming.delete)
        self.download = to_streamed_response_wrapper(streaming.download)
        self.get = to_streamed_response_wrapper(streaming.get)
        self.list = to_streamed_response_wrapper(streaming.list)


class AsyncFilesResourceWithStreamingResponse:
    def __init__(self, files: AsyncFilesResource) -> None:
        self._files = files
        streaming = files._with_mode("stream")
        self.create = async_to_streamed_response_wrapper(streaming.create)
        self.delete = async_to_streamed_response_wrapper(streaming.delete)
        self.download = async_to_streamed_response_wrapper(streaming.download)
        self.get = async_to_streamed_response_wrapper(streaming.get)
        self.list = async_to_streamed_response_wrapper(streaming.list)
