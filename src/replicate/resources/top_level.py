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
from ..types.search_response import SearchResponse

__all__ = [
    "TopLevelResource",
    "AsyncTopLevelResource",
    "TopLevelResourceWithRawResponse",
    "AsyncTopLevelResourceWithRawResponse",
    "TopLevelResourceWithStreamingResponse",
    "AsyncTopLevelResourceWithStreamingResponse",
]

SEARCH: Operation[SearchResponse] = Operation("get", "/search", SearchResponse)


class TopLevelResource(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> TopLevelResourceWithRawResponse:
        return TopLevelResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> TopLevelResourceWithStreamingResponse:
        return TopLevelResourceWithStreamingResponse(self)

    def search(
        self,
        *,
        query: str,
        limit: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> SearchResponse:
        """Search models, collections, and docs (beta)

        Search for public models, collections, and docs using a text query.

        For models, the response includes all model data, plus a `metadata`
        object with `generated_description` (a longer AI-generated
        description of the model), `tags` and `score` (relevance to the
        query). This search API is currently in beta and may change.

        Args:
          query: The search query.
          limit: The maximum number of model results to return (1 to 50). Defaults to `20`.
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        return self._request(
            SEARCH,
            query={"query": query, "limit": limit},
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )


class AsyncTopLevelResource(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncTopLevelResourceWithRawResponse:
        return AsyncTopLevelResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncTopLevelResourceWithStreamingResponse:
        return AsyncTopLevelResourceWithStreamingResponse(self)

    async def search(
        self,
        *,
        query: str,
        limit: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> SearchResponse:
        """Search models, collections, and docs (beta)

        Search for public models, collections, and docs using a text query.

        For models, the response includes all model data, plus a `metadata`
        object with `generated_description` (a longer AI-generated
        description of the model), `tags` and `score` (relevance to the
        query). This search API is currently in beta and may change.

        Args:
          query: The search query.
          limit: The maximum number of model results to return (1 to 50). Defaults to `20`.
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        return await self._request(
            SEARCH,
            query={"query": query, "limit": limit},
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )


class TopLevelResourceWithRawResponse:
    def __init__(self, top_level: TopLevelResource) -> None:
        self._top_level = top_level
        raw = top_level._with_mode("raw")
        self.search = to_raw_response_wrapper(raw.search)


class AsyncTopLevelResourceWithRawResponse:
    def __init__(self, top_level: AsyncTopLevelResource) -> None:
        self._top_level = top_level
        raw = top_level._with_mode("raw")
        self.search = async_to_raw_response_wrapper(raw.search)


class TopLevelResourceWithStreamingResponse:
    def __init__(self, top_level: TopLevelResource) -> None:
        self._top_level = top_level
        streaming = top_level._with_mode("stream")
        self.search = to_streamed_response_wrapper(streaming.search)


class AsyncTopLevelResourceWithStreamingResponse:
    def __init__(self, top_level: AsyncTopLevelResource) -> None:
        self._top_level = top_level
        streaming = top_level._with_mode("stream")
        self.search = async_to_streamed_response_wrapper(streaming.search)
