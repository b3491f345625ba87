# File generated from openapi.yaml by codegen. Do not edit.

from __future__ import annotations

from datetime import datetime
from typing import Union

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
from ...types.widget import Widget
from ...types.widget_color import WidgetColor
from ...types.widget_create_params import WidgetCreateParamsLabels
from .blob import (
    AsyncBlobResource,
    AsyncBlobResourceWithRawResponse,
    AsyncBlobResourceWithStreamingResponse,
    BlobResource,
    BlobResourceWithRawResponse,
    BlobResourceWithStreamingResponse,
)
from .parts import (
    AsyncPartsResource,
    AsyncPartsResourceWithRawResponse,
    AsyncPartsResourceWithStreamingResponse,
    PartsResource,
    PartsResourceWithRawResponse,
    PartsResourceWithStreamingResponse,
)

__all__ = [
    "WidgetsResource",
    "AsyncWidgetsResource",
    "WidgetsResourceWithRawResponse",
    "AsyncWidgetsResourceWithRawResponse",
    "WidgetsResourceWithStreamingResponse",
    "AsyncWidgetsResourceWithStreamingResponse",
]

_PAGE = PageShape(items="results", next="next", previous="previous")
CREATE: Operation[Widget] = Operation("post", "/widgets", Widget, body="json", retry="unsent", auth=((),))
DELETE: Operation[None] = Operation("delete", "/widgets/{widget_id}", response="empty", auth=((),))
GET: Operation[Widget] = Operation("get", "/widgets/{widget_id}", Widget, auth=((),))
LIST: Operation[Widget] = Operation("get", "/widgets", Widget, page=_PAGE, auth=((),))
SEARCH: Operation[Widget] = Operation("query", "/widgets", Widget, page=_PAGE, body="text", auth=((),))


class WidgetsResource(SyncAPIResource):
    @cached_property
    def blob(self) -> BlobResource:
        return BlobResource(self._client)

    @cached_property
    def parts(self) -> PartsResource:
        return PartsResource(self._client)

    @cached_property
    def with_raw_response(self) -> WidgetsResourceWithRawResponse:
        return WidgetsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> WidgetsResourceWithStreamingResponse:
        return WidgetsResourceWithStreamingResponse(self)

    def create(
        self,
        *,
        name: str,
        color: WidgetColor | NotGiven = NOT_GIVEN,
        labels: WidgetCreateParamsLabels | NotGiven = NOT_GIVEN,
        idempotency_key: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Widget:
        """Create a widget

        Creates one.

        Args:
          name: The name.
          color: A color.
          labels: Free-form labels.
          idempotency_key: Makes retries safe.
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        return self._request(
            CREATE,
            headers={"Idempotency-Key": idempotency_key},
            body={"name": name, "color": color, "labels": labels},
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def delete(
        self,
        widget_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> None:
        """Delete a widget

        Gone.

        Args:
          widget_id: The widget.
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        return self._request(
            DELETE,
            path={"widget_id": widget_id},
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def get(
        self,
        widget_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Widget:
        """Get a widget

        One widget.

        Args:
          widget_id: The widget.
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        return self._request(
            GET,
            path={"widget_id": widget_id},
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def list(
        self,
        *,
        created_after: Union[str, datetime] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> SyncCursorURLPage[Widget]:
        """List widgets

        A page of widgets.

        Args:
          created_after: Only widgets created after this time.
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        return self._request_page(
            LIST,
            query={"created_after": created_after},
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def search(
        self,
        *,
        query: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> SyncCursorURLPage[Widget]:
        """Search widgets

        Full-text search.

        Args:
          query: The search text.
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        return self._request_page(
            SEARCH,
            body=query,
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )


class AsyncWidgetsResource(AsyncAPIResource):
    @cached_property
    def blob(self) -> AsyncBlobResource:
        return AsyncBlobResource(self._client)

    @cached_property
    def parts(self) -> AsyncPartsResource:
        return AsyncPartsResource(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncWidgetsResourceWithRawResponse:
        return AsyncWidgetsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncWidgetsResourceWithStreamingResponse:
        return AsyncWidgetsResourceWithStreamingResponse(self)

    async def create(
        self,
        *,
        name: str,
        color: WidgetColor | NotGiven = NOT_GIVEN,
        labels: WidgetCreateParamsLabels | NotGiven = NOT_GIVEN,
        idempotency_key: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Widget:
        """Create a widget

        Creates one.

        Args:
          name: The name.
          color: A color.
          labels: Free-form labels.
          idempotency_key: Makes retries safe.
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        return await self._request(
            CREATE,
            headers={"Idempotency-Key": idempotency_key},
            body={"name": name, "color": color, "labels": labels},
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )

    async def delete(
        self,
        widget_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> None:
        """Delete a widget

        Gone.

        Args:
          widget_id: The widget.
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        return await self._request(
            DELETE,
            path={"widget_id": widget_id},
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )

    async def get(
        self,
        widget_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Widget:
        """Get a widget

        One widget.

        Args:
          widget_id: The widget.
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        return await self._request(
            GET,
            path={"widget_id": widget_id},
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def list(
        self,
        *,
        created_after: Union[str, datetime] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> AsyncPaginator[Widget]:
        """List widgets

        A page of widgets.

        Args:
          created_after: Only widgets created after this time.
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        return self._request_page(
            LIST,
            query={"created_after": created_after},
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def search(
        self,
        *,
        query: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> AsyncPaginator[Widget]:
        """Search widgets

        Full-text search.

        Args:
          query: The search text.
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        return self._request_page(
            SEARCH,
            body=query,
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )


class WidgetsResourceWithRawResponse:
    def __init__(self, widgets: WidgetsResource) -> None:
        self._widgets = widgets
        raw = widgets._with_mode("raw")
        self.create = to_raw_response_wrapper(raw.create)
        self.delete = to_raw_response_wrapper(raw.delete)
        self.get = to_raw_response_wrapper(raw.get)
        self.list = to_raw_response_wrapper(raw.list)
        self.search = to_raw_response_wrapper(raw.search)

    @cached_property
    def blob(self) -> BlobResourceWithRawResponse:
        return BlobResourceWithRawResponse(self._widgets.blob)

    @cached_property
    def parts(self) -> PartsResourceWithRawResponse:
        return PartsResourceWithRawResponse(self._widgets.parts)


class AsyncWidgetsResourceWithRawResponse:
    def __init__(self, widgets: AsyncWidgetsResource) -> None:
        self._widgets = widgets
        raw = widgets._with_mode("raw")
        self.create = async_to_raw_response_wrapper(raw.create)
        self.delete = async_to_raw_response_wrapper(raw.delete)
        self.get = async_to_raw_response_wrapper(raw.get)
        self.list = async_to_raw_response_wrapper(raw.list)
        self.search = async_to_raw_response_wrapper(raw.search)

    @cached_property
    def blob(self) -> AsyncBlobResourceWithRawResponse:
        return AsyncBlobResourceWithRawResponse(self._widgets.blob)

    @cached_property
    def parts(self) -> AsyncPartsResourceWithRawResponse:
        return AsyncPartsResourceWithRawResponse(self._widgets.parts)


class WidgetsResourceWithStreamingResponse:
    def __init__(self, widgets: WidgetsResource) -> None:
        self._widgets = widgets
        streaming = widgets._with_mode("stream")
        self.create = to_streamed_response_wrapper(streaming.create)
        self.delete = to_streamed_response_wrapper(streaming.delete)
        self.get = to_streamed_response_wrapper(streaming.get)
        self.list = to_streamed_response_wrapper(streaming.list)
        self.search = to_streamed_response_wrapper(streaming.search)

    @cached_property
    def blob(self) -> BlobResourceWithStreamingResponse:
        return BlobResourceWithStreamingResponse(self._widgets.blob)

    @cached_property
    def parts(self) -> PartsResourceWithStreamingResponse:
        return PartsResourceWithStreamingResponse(self._widgets.parts)


class AsyncWidgetsResourceWithStreamingResponse:
    def __init__(self, widgets: AsyncWidgetsResource) -> None:
        self._widgets = widgets
        streaming = widgets._with_mode("stream")
        self.create = async_to_streamed_response_wrapper(streaming.create)
        self.delete = async_to_streamed_response_wrapper(streaming.delete)
        self.get = async_to_streamed_response_wrapper(streaming.get)
        self.list = async_to_streamed_response_wrapper(streaming.list)
        self.search = async_to_streamed_response_wrapper(streaming.search)

    @cached_property
    def blob(self) -> AsyncBlobResourceWithStreamingResponse:
        return AsyncBlobResourceWithStreamingResponse(self._widgets.blob)

    @cached_property
    def parts(self) -> AsyncPartsResourceWithStreamingResponse:
        return AsyncPartsResourceWithStreamingResponse(self._widgets.parts)
