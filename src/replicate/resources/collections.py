# File generated from openapi.yaml by codegen. Do not edit.

from __future__ import annotations

import httpx

from .._operation import Operation, PageShape, RequestOptions
from .._resource import AsyncAPIResource, SyncAPIResource, cached_property
from .._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query
from ..pagination import AsyncPaginator, SyncCursorURLPage
from ..types.collection import Collection
from ..types.collection_summary import CollectionSummary

__all__ = [
    "CollectionsResource",
    "AsyncCollectionsResource",
    "CollectionsResourceWithRawResponse",
    "AsyncCollectionsResourceWithRawResponse",
    "CollectionsResourceWithStreamingResponse",
    "AsyncCollectionsResourceWithStreamingResponse",
]

_PAGE = PageShape(items="results", next="next", previous="previous")
GET: Operation[Collection] = Operation("get", "/collections/{collection_slug}", Collection)
LIST: Operation[CollectionSummary] = Operation("get", "/collections", CollectionSummary, page=_PAGE)


class CollectionsResource(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> CollectionsResourceWithRawResponse:
        return CollectionsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> CollectionsResourceWithStreamingResponse:
        return CollectionsResourceWithStreamingResponse(self)

    def get(
        self,
        collection_slug: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Collection:
        """Get a collection of models

        Get a collection by its slug. The response is a collection object with
        a nested list of the models in that collection.

        Args:
          collection_slug: The slug of the collection, like `super-resolution` or `image-restoration`. See https://replicate.com/collections.
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        return self._request(
            GET,
            path={"collection_slug": collection_slug},
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def list(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> SyncCursorURLPage[CollectionSummary]:
        """List collections of models

        Get a paginated list of curated collections of models. Each collection
        has a `name`, a `slug` used to fetch it and a `description`; use
        `collections.get` with the slug to see the models it contains.

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


class AsyncCollectionsResource(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncCollectionsResourceWithRawResponse:
        return AsyncCollectionsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncCollectionsResourceWithStreamingResponse:
        return AsyncCollectionsResourceWithStreamingResponse(self)

    async def get(
        self,
        collection_slug: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Collection:
        """Get a collection of models

        Get a collection by its slug. The response is a collection object with
        a nested list of the models in that collection.

        Args:
          collection_slug: The slug of the collection, like `super-resolution` or `image-restoration`. See https://replicate.com/collections.
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        return await self._request(
            GET,
            path={"collection_slug": collection_slug},
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def list(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> AsyncPaginator[CollectionSummary]:
        """List collections of models

        Get a paginated list of curated collections of models. Each collection
        has a `name`, a `slug` used to fetch it and a `description`; use
        `collections.get` with the slug to see the models it contains.

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


class CollectionsResourceWithRawResponse:
    def __init__(self, collections: CollectionsResource) -> None:
        self._collections = collections
        raw = collections._with_mode("raw")
        self.get = to_raw_response_wrapper(raw.get)
        self.list = to_raw_response_wrapper(raw.list)


class AsyncCollectionsResourceWithRawResponse:
    def __init__(self, collections: AsyncCollectionsResource) -> None:
        self._collections = collections
        raw = collections._with_mode("raw")
        self.get = async_to_raw_response_wrapper(raw.get)
        self.list = async_to_raw_response_wrapper(raw.list)


class CollectionsResourceWithStreamingResponse:
    def __init__(self, collections: CollectionsResource) -> None:
        self._collections = collections
        streaming = collections._with_mode("stream")
        self.get = to_streamed_response_wrapper(streaming.get)
        self.list = to_streamed_response_wrapper(streaming.list)


class AsyncCollectionsResourceWithStreamingResponse:
    def __init__(self, collections: AsyncCollectionsResource) -> None:
        self._collections = collections
        streaming = collections._with_mode("stream")
        self.get = async_to_streamed_response_wrapper(streaming.get)
        self.list = async_to_streamed_response_wrapper(streaming.list)
