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
from ..types.author import Author

__all__ = [
    "AuthorsResource",
    "AsyncAuthorsResource",
    "AuthorsResourceWithRawResponse",
    "AsyncAuthorsResourceWithRawResponse",
    "AuthorsResourceWithStreamingResponse",
    "AsyncAuthorsResourceWithStreamingResponse",
]

GET: Operation[Author] = Operation("get", "/authors/{author_id}", Author, auth=((),))


class AuthorsResource(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AuthorsResourceWithRawResponse:
        return AuthorsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AuthorsResourceWithStreamingResponse:
        return AuthorsResourceWithStreamingResponse(self)

    def get(
        self,
        author_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Author:
        """Get an author

        Args:
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        return self._request(
            GET,
            path={"author_id": author_id},
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )


class AsyncAuthorsResource(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncAuthorsResourceWithRawResponse:
        return AsyncAuthorsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAuthorsResourceWithStreamingResponse:
        return AsyncAuthorsResourceWithStreamingResponse(self)

    async def get(
        self,
        author_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Author:
        """Get an author

        Args:
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        return await self._request(
            GET,
            path={"author_id": author_id},
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )


class AuthorsResourceWithRawResponse:
    def __init__(self, authors: AuthorsResource) -> None:
        self._authors = authors
        raw = authors._with_mode("raw")
        self.get = to_raw_response_wrapper(raw.get)


class AsyncAuthorsResourceWithRawResponse:
    def __init__(self, authors: AsyncAuthorsResource) -> None:
        self._authors = authors
        raw = authors._with_mode("raw")
        self.get = async_to_raw_response_wrapper(raw.get)


class AuthorsResourceWithStreamingResponse:
    def __init__(self, authors: AuthorsResource) -> None:
        self._authors = authors
        streaming = authors._with_mode("stream")
        self.get = to_streamed_response_wrapper(streaming.get)


class AsyncAuthorsResourceWithStreamingResponse:
    def __init__(self, authors: AsyncAuthorsResource) -> None:
        self._authors = authors
        streaming = authors._with_mode("stream")
        self.get = async_to_streamed_response_wrapper(streaming.get)
