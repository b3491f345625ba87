# File generated from openapi.yaml by codegen. Do not edit.

from __future__ import annotations

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

__all__ = [
    "ReadmeResource",
    "AsyncReadmeResource",
    "ReadmeResourceWithRawResponse",
    "AsyncReadmeResourceWithRawResponse",
    "ReadmeResourceWithStreamingResponse",
    "AsyncReadmeResourceWithStreamingResponse",
]

GET: Operation[str] = Operation("get", "/models/{model_owner}/{model_name}/readme", str, response="text")


class ReadmeResource(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> ReadmeResourceWithRawResponse:
        return ReadmeResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ReadmeResourceWithStreamingResponse:
        return ReadmeResourceWithStreamingResponse(self)

    def get(
        self,
        *,
        model_owner: str,
        model_name: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> str:
        """Get a model's README

        Get the README content for a model, as Markdown text.

        Args:
          model_owner: The name of the user or organization that owns the model.
          model_name: The name of the model.
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        return self._request(
            GET,
            path={"model_owner": model_owner, "model_name": model_name},
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )


class AsyncReadmeResource(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncReadmeResourceWithRawResponse:
        return AsyncReadmeResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncReadmeResourceWithStreamingResponse:
        return AsyncReadmeResourceWithStreamingResponse(self)

    async def get(
        self,
        *,
        model_owner: str,
        model_name: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> str:
        """Get a model's README

        Get the README content for a model, as Markdown text.

        Args:
          model_owner: The name of the user or organization that owns the model.
          model_name: The name of the model.
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        return await self._request(
            GET,
            path={"model_owner": model_owner, "model_name": model_name},
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )


class ReadmeResourceWithRawResponse:
    def __init__(self, readme: ReadmeResource) -> None:
        self._readme = readme
        raw = readme._with_mode("raw")
        self.get = to_raw_response_wrapper(raw.get)


class AsyncReadmeResourceWithRawResponse:
    def __init__(self, readme: AsyncReadmeResource) -> None:
        self._readme = readme
        raw = readme._with_mode("raw")
        self.get = async_to_raw_response_wrapper(raw.get)


class ReadmeResourceWithStreamingResponse:
    def __init__(self, readme: ReadmeResource) -> None:
        self._readme = readme
        streaming = readme._with_mode("stream")
        self.get = to_streamed_response_wrapper(streaming.get)


class AsyncReadmeResourceWithStreamingResponse:
    def __init__(self, readme: AsyncReadmeResource) -> None:
        self._readme = readme
        streaming = readme._with_mode("stream")
        self.get = async_to_streamed_response_wrapper(streaming.get)
