# File generated from openapi.yaml by codegen. Do not edit.

from __future__ import annotations

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
from ...types.prediction import Prediction

__all__ = [
    "ExamplesResource",
    "AsyncExamplesResource",
    "ExamplesResourceWithRawResponse",
    "AsyncExamplesResourceWithRawResponse",
    "ExamplesResourceWithStreamingResponse",
    "AsyncExamplesResourceWithStreamingResponse",
]

_PAGE = PageShape(items="results", next="next", previous="previous")
LIST: Operation[Prediction] = Operation(
    "get", "/models/{model_owner}/{model_name}/examples", Prediction, page=_PAGE
)


class ExamplesResource(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> ExamplesResourceWithRawResponse:
        return ExamplesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ExamplesResourceWithStreamingResponse:
        return ExamplesResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        model_owner: str,
        model_name: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> SyncCursorURLPage[Prediction]:
        """List examples for a model

        List example predictions made using the model. These are predictions
        that the model's author has chosen to feature on the model page.

        Args:
          model_owner: The name of the user or organization that owns the model.
          model_name: The name of the model.
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        return self._request_page(
            LIST,
            path={"model_owner": model_owner, "model_name": model_name},
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )


class AsyncExamplesResource(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncExamplesResourceWithRawResponse:
        return AsyncExamplesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncExamplesResourceWithStreamingResponse:
        return AsyncExamplesResourceWithStreamingResponse(self)

    def list(
        self,
        *,
        model_owner: str,
        model_name: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> AsyncPaginator[Prediction]:
        """List examples for a model

        List example predictions made using the model. These are predictions
        that the model's author has chosen to feature on the model page.

        Args:
          model_owner: The name of the user or organization that owns the model.
          model_name: The name of the model.
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        return self._request_page(
            LIST,
            path={"model_owner": model_owner, "model_name": model_name},
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )


class ExamplesResourceWithRawResponse:
    def __init__(self, examples: ExamplesResource) -> None:
        self._examples = examples
        raw = examples._with_mode("raw")
        self.list = to_raw_response_wrapper(raw.list)


class AsyncExamplesResourceWithRawResponse:
    def __init__(self, examples: AsyncExamplesResource) -> None:
        self._examples = examples
        raw = examples._with_mode("raw")
        self.list = async_to_raw_response_wrapper(raw.list)


class ExamplesResourceWithStreamingResponse:
    def __init__(self, examples: ExamplesResource) -> None:
        self._examples = examples
        streaming = examples._with_mode("stream")
        self.list = to_streamed_response_wrapper(streaming.list)


class AsyncExamplesResourceWithStreamingResponse:
    def __init__(self, examples: AsyncExamplesResource) -> None:
        self._examples = examples
        streaming = examples._with_mode("stream")
        self.list = async_to_streamed_response_wrapper(streaming.list)
