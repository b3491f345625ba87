# File generated from openapi.yaml by codegen. Do not edit.

from __future__ import annotations

import warnings
from datetime import datetime
from typing import List, Union

import httpx
from typing_extensions import Literal

from ...._operation import Operation, PageShape, RequestOptions
from ...._resource import AsyncAPIResource, SyncAPIResource, cached_property
from ...._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from ...._types import NOT_GIVEN, Body, Headers, NotGiven, Query
from ....pagination import AsyncPaginator, SyncCursorURLPage
from ....types.audio_edition_param import AudioEditionParam
from ....types.book import Book
from ....types.genre import Genre
from ....types.print_edition_param import PrintEditionParam
from .covers import (
    AsyncCoversResource,
    AsyncCoversResourceWithRawResponse,
    AsyncCoversResourceWithStreamingResponse,
    CoversResource,
    CoversResourceWithRawResponse,
    CoversResourceWithStreamingResponse,
)

__all__ = [
    "BooksResource",
    "AsyncBooksResource",
    "BooksResourceWithRawResponse",
    "AsyncBooksResourceWithRawResponse",
    "BooksResourceWithStreamingResponse",
    "AsyncBooksResourceWithStreamingResponse",
]

_PAGE = PageShape(items="data", next="next_url", previous="prev_url")
ADD: Operation[Book] = Operation("post", "/libraries/{library_id}/books", Book, body="json", auth=((),))
LIST: Operation[Book] = Operation("get", "/libraries/{library_id}/books", Book, page=_PAGE, auth=((),))
LOOKUP: Operation[Book] = Operation("get", "/libraries/{library_id}/lookup", Book, auth=((),))


class BooksResource(SyncAPIResource):
    @cached_property
    def covers(self) -> CoversResource:
        return CoversResource(self._client)

    @cached_property
    def with_raw_response(self) -> BooksResourceWithRawResponse:
        return BooksResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BooksResourceWithStreamingResponse:
        return BooksResourceWithStreamingResponse(self)

    def add(
        self,
        library_id: str,
        *,
        title: str,
        isbn: str,
        edition: Union[PrintEditionParam, AudioEditionParam],
        genre: Genre | NotGiven = NOT_GIVEN,
        price: Union[float, str] | NotGiven = NOT_GIVEN,
        author_ids: List[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Book:
        """Add a book

        Args:
          library_id: The library.
          genre: What a book is about.
          price: A number, or "free".
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        return self._request(
            ADD,
            path={"library_id": library_id},
            body={
                "title": title,
                "isbn": isbn,
                "edition": edition,
                "genre": genre,
                "price": price,
                "author_ids": author_ids,
            },
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def list(
        self,
        library_id: str,
        *,
        genre: Genre | NotGiven = NOT_GIVEN,
        year: Union[int, str] | NotGiven = NOT_GIVEN,
        published_after: Union[str, datetime] | NotGiven = NOT_GIVEN,
        accept_language: Literal["en", "fr"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> SyncCursorURLPage[Book]:
        """List a library's books

        Args:
          library_id: The library.
          genre: What a book is about.
          year: A year, or a range such as `1990-1999`.
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        return self._request_page(
            LIST,
            path={"library_id": library_id},
            query={"genre": genre, "year": year, "published_after": published_after},
            headers={"Accept-Language": accept_language},
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def lookup(
        self,
        library_id: str,
        *,
        title: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Book:
        """Find a book by title

        Use `libraries.books.list` instead.

        Deprecated.

        Args:
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        warnings.warn("client.libraries.books.lookup() is deprecated.", DeprecationWarning, stacklevel=2)
        return self._request(
            LOOKUP,
            path={"library_id": library_id},
            query={"title": title},
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )


class AsyncBooksResource(AsyncAPIResource):
    @cached_property
    def covers(self) -> AsyncCoversResource:
        return AsyncCoversResource(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncBooksResourceWithRawResponse:
        return AsyncBooksResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBooksResourceWithStreamingResponse:
        return AsyncBooksResourceWithStreamingResponse(self)

    async def add(
        self,
        library_id: str,
        *,
        title: str,
        isbn: str,
        edition: Union[PrintEditionParam, AudioEditionParam],
        genre: Genre | NotGiven = NOT_GIVEN,
        price: Union[float, str] | NotGiven = NOT_GIVEN,
        author_ids: List[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Book:
        """Add a book

        Args:
          library_id: The library.
          genre: What a book is about.
          price: A number, or "free".
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        return await self._request(
            ADD,
            path={"library_id": library_id},
            body={
                "title": title,
                "isbn": isbn,
                "edition": edition,
                "genre": genre,
                "price": price,
                "author_ids": author_ids,
            },
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def list(
        self,
        library_id: str,
        *,
        genre: Genre | NotGiven = NOT_GIVEN,
        year: Union[int, str] | NotGiven = NOT_GIVEN,
        published_after: Union[str, datetime] | NotGiven = NOT_GIVEN,
        accept_language: Literal["en", "fr"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> AsyncPaginator[Book]:
        """List a library's books

        Args:
          library_id: The library.
          genre: What a book is about.
          year: A year, or a range such as `1990-1999`.
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        return self._request_page(
            LIST,
            path={"library_id": library_id},
            query={"genre": genre, "year": year, "published_after": published_after},
            headers={"Accept-Language": accept_language},
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )

    async def lookup(
        self,
        library_id: str,
        *,
        title: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Book:
        """Find a book by title

        Use `libraries.books.list` instead.

        Deprecated.

        Args:
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        warnings.warn("client.libraries.books.lookup() is deprecated.", DeprecationWarning, stacklevel=2)
        return await self._request(
            LOOKUP,
            path={"library_id": library_id},
            query={"title": title},
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )


class BooksResourceWithRawResponse:
    def __init__(self, books: BooksResource) -> None:
        self._books = books
        raw = books._with_mode("raw")
        self.add = to_raw_response_wrapper(raw.add)
        self.list = to_raw_response_wrapper(raw.list)
        self.lookup = to_raw_response_wrapper(raw.lookup)

    @cached_property
    def covers(self) -> CoversResourceWithRawResponse:
        return CoversResourceWithRawResponse(self._books.covers)


class AsyncBooksResourceWithRawResponse:
    def __init__(self, books: AsyncBooksResource) -> None:
        self._books = books
        raw = books._with_mode("raw")
        self.add = async_to_raw_response_wrapper(raw.add)
        self.list = async_to_raw_response_wrapper(raw.list)
        self.lookup = async_to_raw_response_wrapper(raw.lookup)

    @cached_property
    def covers(self) -> AsyncCoversResourceWithRawResponse:
        return AsyncCoversResourceWithRawResponse(self._books.covers)


class BooksResourceWithStreamingResponse:
    def __init__(self, books: BooksResource) -> None:
        self._books = books
        streaming = books._with_mode("stream")
        self.add = to_streamed_response_wrapper(streaming.add)
        self.list = to_streamed_response_wrapper(streaming.list)
        self.lookup = to_streamed_response_wrapper(streaming.lookup)

    @cached_property
    def covers(self) -> CoversResourceWithStreamingResponse:
        return CoversResourceWithStreamingResponse(self._books.covers)


class AsyncBooksResourceWithStreamingResponse:
    def __init__(self, books: AsyncBooksResource) -> None:
        self._books = books
        streaming = books._with_mode("stream")
        self.add = async_to_streamed_response_wrapper(streaming.add)
        self.list = async_to_streamed_response_wrapper(streaming.list)
        self.lookup = async_to_streamed_response_wrapper(streaming.lookup)

    @cached_property
    def covers(self) -> AsyncCoversResourceWithStreamingResponse:
        return AsyncCoversResourceWithStreamingResponse(self._books.covers)
