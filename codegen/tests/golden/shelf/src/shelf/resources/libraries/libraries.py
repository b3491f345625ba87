# File generated from openapi.yaml by codegen. Do not edit.

from __future__ import annotations

from typing import Dict, List, Optional

import httpx

from ..._operation import Operation, PageShape, RequestOptions
from ..._resource import AsyncAPIResource, SyncAPIResource, cached_property
from ..._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from ..._types import NOT_GIVEN, Body, Headers, NotGiven, Query
from ...pagination import AsyncPaginator, SyncCursorURLPage
from ...types.library import Library
from ...types.library_create_params import LibraryCreateParamsOpeningHours
from .books.books import (
    AsyncBooksResource,
    AsyncBooksResourceWithRawResponse,
    AsyncBooksResourceWithStreamingResponse,
    BooksResource,
    BooksResourceWithRawResponse,
    BooksResourceWithStreamingResponse,
)

__all__ = [
    "LibrariesResource",
    "AsyncLibrariesResource",
    "LibrariesResourceWithRawResponse",
    "AsyncLibrariesResourceWithRawResponse",
    "LibrariesResourceWithStreamingResponse",
    "AsyncLibrariesResourceWithStreamingResponse",
]

_PAGE = PageShape(items="data", next="next_url", previous="prev_url")
CREATE: Operation[Library] = Operation("post", "/libraries", Library, body="json", retry="unsent", auth=((),))
GET: Operation[Library] = Operation("get", "/libraries/{library_id}", Library, auth=((),))
LIST: Operation[Library] = Operation("get", "/libraries", Library, page=_PAGE, auth=((),))
REMOVE: Operation[None] = Operation("delete", "/libraries/{library_id}", response="empty", auth=((),))
UPDATE: Operation[Library] = Operation("patch", "/libraries/{library_id}", Library, body="json", auth=((),))


class LibrariesResource(SyncAPIResource):
    @cached_property
    def books(self) -> BooksResource:
        return BooksResource(self._client)

    @cached_property
    def with_raw_response(self) -> LibrariesResourceWithRawResponse:
        return LibrariesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> LibrariesResourceWithStreamingResponse:
        return LibrariesResourceWithStreamingResponse(self)

    def create(
        self,
        *,
        name: str,
        address: Optional[str] | NotGiven = NOT_GIVEN,
        access_code: str | NotGiven = NOT_GIVEN,
        metadata: Dict[str, str] | NotGiven = NOT_GIVEN,
        opening_hours: List[LibraryCreateParamsOpeningHours] | NotGiven = NOT_GIVEN,
        x_request_tag: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Library:
        """Open a library

        Args:
          access_code: Staff-only; never returned.
          x_request_tag: Echoed back in logs.
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        return self._request(
            CREATE,
            headers={"X-Request-Tag": x_request_tag},
            body={
                "name": name,
                "address": address,
                "access_code": access_code,
                "metadata": metadata,
                "opening_hours": opening_hours,
            },
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def get(
        self,
        library_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Library:
        """Get a library

        Args:
          library_id: The library.
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        return self._request(
            GET,
            path={"library_id": library_id},
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def list(
        self,
        *,
        city: Optional[str] | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> SyncCursorURLPage[Library]:
        """List libraries

        Args:
          city: Only libraries in this city.
          page_size: How many libraries a page holds. Defaults to `25`.
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        return self._request_page(
            LIST,
            query={"city": city, "page_size": page_size},
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def remove(
        self,
        library_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> None:
        """Close a library

        Args:
          library_id: The library.
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        return self._request(
            REMOVE,
            path={"library_id": library_id},
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def update(
        self,
        library_id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        address: Optional[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Library:
        """Change a library

        Args:
          library_id: The library.
          address: null removes the address.
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        return self._request(
            UPDATE,
            path={"library_id": library_id},
            body={"name": name, "address": address},
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )


class AsyncLibrariesResource(AsyncAPIResource):
    @cached_property
    def books(self) -> AsyncBooksResource:
        return AsyncBooksResource(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncLibrariesResourceWithRawResponse:
        return AsyncLibrariesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncLibrariesResourceWithStreamingResponse:
        return AsyncLibrariesResourceWithStreamingResponse(self)

    async def create(
        self,
        *,
        name: str,
        address: Optional[str] | NotGiven = NOT_GIVEN,
        access_code: str | NotGiven = NOT_GIVEN,
        metadata: Dict[str, str] | NotGiven = NOT_GIVEN,
        opening_hours: List[LibraryCreateParamsOpeningHours] | NotGiven = NOT_GIVEN,
        x_request_tag: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Library:
        """Open a library

        Args:
          access_code: Staff-only; never returned.
          x_request_tag: Echoed back in logs.
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        return await self._request(
            CREATE,
            headers={"X-Request-Tag": x_request_tag},
            body={
                "name": name,
                "address": address,
                "access_code": access_code,
                "metadata": metadata,
                "opening_hours": opening_hours,
            },
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )

    async def get(
        self,
        library_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Library:
        """Get a library

        Args:
          library_id: The library.
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        return await self._request(
            GET,
            path={"library_id": library_id},
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def list(
        self,
        *,
        city: Optional[str] | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> AsyncPaginator[Library]:
        """List libraries

        Args:
          city: Only libraries in this city.
          page_size: How many libraries a page holds. Defaults to `25`.
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        return self._request_page(
            LIST,
            query={"city": city, "page_size": page_size},
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )

    async def remove(
        self,
        library_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> None:
        """Close a library

        Args:
          library_id: The library.
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        return await self._request(
            REMOVE,
            path={"library_id": library_id},
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )

    async def update(
        self,
        library_id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        address: Optional[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Library:
        """Change a library

        Args:
          library_id: The library.
          address: null removes the address.
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        return await self._request(
            UPDATE,
            path={"library_id": library_id},
            body={"name": name, "address": address},
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )


class LibrariesResourceWithRawResponse:
    def __init__(self, libraries: LibrariesResource) -> None:
        self._libraries = libraries
        raw = libraries._with_mode("raw")
        self.create = to_raw_response_wrapper(raw.create)
        self.get = to_raw_response_wrapper(raw.get)
        self.list = to_raw_response_wrapper(raw.list)
        self.remove = to_raw_response_wrapper(raw.remove)
        self.update = to_raw_response_wrapper(raw.update)

    @cached_property
    def books(self) -> BooksResourceWithRawResponse:
        return BooksResourceWithRawResponse(self._libraries.books)


class AsyncLibrariesResourceWithRawResponse:
    def __init__(self, libraries: AsyncLibrariesResource) -> None:
        self._libraries = libraries
        raw = libraries._with_mode("raw")
        self.create = async_to_raw_response_wrapper(raw.create)
        self.get = async_to_raw_response_wrapper(raw.get)
        self.list = async_to_raw_response_wrapper(raw.list)
        self.remove = async_to_raw_response_wrapper(raw.remove)
        self.update = async_to_raw_response_wrapper(raw.update)

    @cached_property
    def books(self) -> AsyncBooksResourceWithRawResponse:
        return AsyncBooksResourceWithRawResponse(self._libraries.books)


class LibrariesResourceWithStreamingResponse:
    def __init__(self, libraries: LibrariesResource) -> None:
        self._libraries = libraries
        streaming = libraries._with_mode("stream")
        self.create = to_streamed_response_wrapper(streaming.create)
        self.get = to_streamed_response_wrapper(streaming.get)
        self.list = to_streamed_response_wrapper(streaming.list)
        self.remove = to_streamed_response_wrapper(streaming.remove)
        self.update = to_streamed_response_wrapper(streaming.update)

    @cached_property
    def books(self) -> BooksResourceWithStreamingResponse:
        return BooksResourceWithStreamingResponse(self._libraries.books)


class AsyncLibrariesResourceWithStreamingResponse:
    def __init__(self, libraries: AsyncLibrariesResource) -> None:
        self._libraries = libraries
        streaming = libraries._with_mode("stream")
        self.create = async_to_streamed_response_wrapper(streaming.create)
        self.get = async_to_streamed_response_wrapper(streaming.get)
        self.list = async_to_streamed_response_wrapper(streaming.list)
        self.remove = async_to_streamed_response_wrapper(streaming.remove)
        self.update = async_to_streamed_response_wrapper(streaming.update)

    @cached_property
    def books(self) -> AsyncBooksResourceWithStreamingResponse:
        return AsyncBooksResourceWithStreamingResponse(self._libraries.books)
