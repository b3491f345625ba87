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
from ...types.model_version import ModelVersion

__all__ = [
    "VersionsResource",
    "AsyncVersionsResource",
    "VersionsResourceWithRawResponse",
    "AsyncVersionsResourceWithRawResponse",
    "VersionsResourceWithStreamingResponse",
    "AsyncVersionsResourceWithStreamingResponse",
]

_PAGE = PageShape(items="results", next="next", previous="previous")
DELETE: Operation[None] = Operation(
    "delete", "/models/{model_owner}/{model_name}/versions/{version_id}", response="empty"
)
GET: Operation[ModelVersion] = Operation(
    "get", "/models/{model_owner}/{model_name}/versions/{version_id}", ModelVersion
)
LIST: Operation[ModelVersion] = Operation(
    "get", "/models/{model_owner}/{model_name}/versions", ModelVersion, page=_PAGE
)


class VersionsResource(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> VersionsResourceWithRawResponse:
        return VersionsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> VersionsResourceWithStreamingResponse:
        return VersionsResourceWithStreamingResponse(self)

    def delete(
        self,
        *,
        model_owner: str,
        model_name: str,
        version_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> None:
        """Delete a model version

        Delete a model version and all associated predictions, including all
        output files.

        Model version deletion has some restrictions: you can only delete
        versions from models you own, and only from private models; you
        cannot delete a version if someone other than you has run predictions
        with it, if it is used as the base model for a fine-tune/training, if
        it has an associated deployment, or if another model version is
        overridden to use it.

        The response is an empty 202, indicating the deletion request has been
        accepted. It might take a few minutes to be processed.

        Args:
          model_owner: The name of the user or organization that owns the model.
          model_name: The name of the model.
          version_id: The ID of the version.
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        return self._request(
            DELETE,
            path={"model_owner": model_owner, "model_name": model_name, "version_id": version_id},
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def get(
        self,
        *,
        model_owner: str,
        model_name: str,
        version_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> ModelVersion:
        """Get a model version

        Get a model version. Every model describes its inputs and outputs with
        OpenAPI schema objects in the `openapi_schema` property:
        `openapi_schema.components.schemas.Input` and
        `openapi_schema.components.schemas.Output`.

        Args:
          model_owner: The name of the user or organization that owns the model.
          model_name: The name of the model.
          version_id: The ID of the version.
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        return self._request(
            GET,
            path={"model_owner": model_owner, "model_name": model_name, "version_id": version_id},
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def list(
        self,
        *,
        model_owner: str,
        model_name: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> SyncCursorURLPage[ModelVersion]:
        """List model versions

        Get a paginated list of a model's versions, sorted with the most
        recent version first.

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


class AsyncVersionsResource(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncVersionsResourceWithRawResponse:
        return AsyncVersionsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncVersionsResourceWithStreamingResponse:
        return AsyncVersionsResourceWithStreamingResponse(self)

    async def delete(
        self,
        *,
        model_owner: str,
        model_name: str,
        version_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> None:
        """Delete a model version

        Delete a model version and all associated predictions, including all
        output files.

        Model version deletion has some restrictions: you can only delete
        versions from models you own, and only from private models; you
        cannot delete a version if someone other than you has run predictions
        with it, if it is used as the base model for a fine-tune/training, if
        it has an associated deployment, or if another model version is
        overridden to use it.

        The response is an empty 202, indicating the deletion request has been
        accepted. It might take a few minutes to be processed.

        Args:
          model_owner: The name of the user or organization that owns the model.
          model_name: The name of the model.
          version_id: The ID of the version.
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        return await self._request(
            DELETE,
            path={"model_owner": model_owner, "model_name": model_name, "version_id": version_id},
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )

    async def get(
        self,
        *,
        model_owner: str,
        model_name: str,
        version_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> ModelVersion:
        """Get a model version

        Get a model version. Every model describes its inputs and outputs with
        OpenAPI schema objects in the `openapi_schema` property:
        `openapi_schema.components.schemas.Input` and
        `openapi_schema.components.schemas.Output`.

        Args:
          model_owner: The name of the user or organization that owns the model.
          model_name: The name of the model.
          version_id: The ID of the version.
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        return await self._request(
            GET,
            path={"model_owner": model_owner, "model_name": model_name, "version_id": version_id},
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def list(
        self,
        *,
        model_owner: str,
        model_name: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> AsyncPaginator[ModelVersion]:
        """List model versions

        Get a paginated list of a model's versions, sorted with the most
        recent version first.

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


class VersionsResourceWithRawResponse:
    def __init__(self, versions: VersionsResource) -> None:
        self._versions = versions
        raw = versions._with_mode("raw")
        self.delete = to_raw_response_wrapper(raw.delete)
        self.get = to_raw_response_wrapper(raw.get)
        self.list = to_raw_response_wrapper(raw.list)


class AsyncVersionsResourceWithRawResponse:
    def __init__(self, versions: AsyncVersionsResource) -> None:
        self._versions = versions
        raw = versions._with_mode("raw")
        self.delete = async_to_raw_response_wrapper(raw.delete)
        self.get = async_to_raw_response_wrapper(raw.get)
        self.list = async_to_raw_response_wrapper(raw.list)


class VersionsResourceWithStreamingResponse:
    def __init__(self, versions: VersionsResource) -> None:
        self._versions = versions
        streaming = versions._with_mode("stream")
        self.delete = to_streamed_response_wrapper(streaming.delete)
        self.get = to_streamed_response_wrapper(streaming.get)
        self.list = to_streamed_response_wrapper(streaming.list)


class AsyncVersionsResourceWithStreamingResponse:
    def __init__(self, versions: AsyncVersionsResource) -> None:
        self._versions = versions
        streaming = versions._with_mode("stream")
        self.delete = async_to_streamed_response_wrapper(streaming.delete)
        self.get = async_to_streamed_response_wrapper(streaming.get)
        self.list = async_to_streamed_response_wrapper(streaming.list)
