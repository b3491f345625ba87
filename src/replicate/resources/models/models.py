# File generated from openapi.yaml by codegen. Do not edit.

from __future__ import annotations

import httpx
from typing_extensions import Literal

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
from ...types.model import Model
from ...types.model_visibility import ModelVisibility
from .examples import (
    AsyncExamplesResource,
    AsyncExamplesResourceWithRawResponse,
    AsyncExamplesResourceWithStreamingResponse,
    ExamplesResource,
    ExamplesResourceWithRawResponse,
    ExamplesResourceWithStreamingResponse,
)
from .predictions import (
    AsyncPredictionsResource,
    AsyncPredictionsResourceWithRawResponse,
    AsyncPredictionsResourceWithStreamingResponse,
    PredictionsResource,
    PredictionsResourceWithRawResponse,
    PredictionsResourceWithStreamingResponse,
)
from .readme import (
    AsyncReadmeResource,
    AsyncReadmeResourceWithRawResponse,
    AsyncReadmeResourceWithStreamingResponse,
    ReadmeResource,
    ReadmeResourceWithRawResponse,
    ReadmeResourceWithStreamingResponse,
)
from .versions import (
    AsyncVersionsResource,
    AsyncVersionsResourceWithRawResponse,
    AsyncVersionsResourceWithStreamingResponse,
    VersionsResource,
    VersionsResourceWithRawResponse,
    VersionsResourceWithStreamingResponse,
)

__all__ = [
    "ModelsResource",
    "AsyncModelsResource",
    "ModelsResourceWithRawResponse",
    "AsyncModelsResourceWithRawResponse",
    "ModelsResourceWithStreamingResponse",
    "AsyncModelsResourceWithStreamingResponse",
]

_PAGE = PageShape(items="results", next="next", previous="previous")
CREATE: Operation[Model] = Operation("post", "/models", Model, body="json")
DELETE: Operation[None] = Operation("delete", "/models/{model_owner}/{model_name}", response="empty")
GET: Operation[Model] = Operation("get", "/models/{model_owner}/{model_name}", Model)
LIST: Operation[Model] = Operation("get", "/models", Model, page=_PAGE)
SEARCH: Operation[Model] = Operation("query", "/models", Model, page=_PAGE, body="text")
UPDATE: Operation[Model] = Operation("patch", "/models/{model_owner}/{model_name}", Model, body="json")


class ModelsResource(SyncAPIResource):
    @cached_property
    def examples(self) -> ExamplesResource:
        return ExamplesResource(self._client)

    @cached_property
    def predictions(self) -> PredictionsResource:
        return PredictionsResource(self._client)

    @cached_property
    def readme(self) -> ReadmeResource:
        return ReadmeResource(self._client)

    @cached_property
    def versions(self) -> VersionsResource:
        return VersionsResource(self._client)

    @cached_property
    def with_raw_response(self) -> ModelsResourceWithRawResponse:
        return ModelsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ModelsResourceWithStreamingResponse:
        return ModelsResourceWithStreamingResponse(self)

    def create(
        self,
        *,
        owner: str,
        name: str,
        visibility: ModelVisibility,
        hardware: str,
        description: str | NotGiven = NOT_GIVEN,
        github_url: str | NotGiven = NOT_GIVEN,
        paper_url: str | NotGiven = NOT_GIVEN,
        license_url: str | NotGiven = NOT_GIVEN,
        cover_image_url: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Model:
        """Create a model

        Create a model for a user or organization with a given name,
        visibility and hardware SKU. A new model has no versions: push one
        with Cog or create one with a training.

        Args:
          owner: The name of the user or organization that will own the model. This must be the same as the user or organization making the API request; in other words, the API token used in the request must belong to this user or organization.
          name: The name of the model. This must be unique among all models owned by the user or organization.
          visibility: Whether the model is public or private. Public models can be viewed
            and run by anyone; private models only by the owner and, for
            organizations, its members.
          hardware: The SKU for the hardware used to run the model. Possible values can be retrieved from `hardware.list`.
          description: A description of the model.
          github_url: A URL for the model's source code on GitHub.
          paper_url: A URL for the model's paper.
          license_url: A URL for the model's license.
          cover_image_url: A URL for the model's cover image. This should be an image file.
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        return self._request(
            CREATE,
            body={
                "owner": owner,
                "name": name,
                "visibility": visibility,
                "hardware": hardware,
                "description": description,
                "github_url": github_url,
                "paper_url": paper_url,
                "license_url": license_url,
                "cover_image_url": cover_image_url,
            },
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def delete(
        self,
        *,
        model_owner: str,
        model_name: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> None:
        """Delete a model

        Delete a model.

        Model deletion has some restrictions: you can only delete models you
        own, you can only delete private models, and you can only delete
        models that have no versions associated with them (delete the
        versions first). The response is an empty 204.

        Args:
          model_owner: The name of the user or organization that owns the model.
          model_name: The name of the model.
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        return self._request(
            DELETE,
            path={"model_owner": model_owner, "model_name": model_name},
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def get(
        self,
        *,
        model_owner: str,
        model_name: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Model:
        """Get a model

        Get a model by owner and name, including its `latest_version` and
        `default_example` prediction (either can be null).

        The `latest_version.openapi_schema` describes the model's inputs and
        outputs as OpenAPI schema objects.

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

    def list(
        self,
        *,
        sort_by: Literal["model_created_at", "latest_version_created_at"] | NotGiven = NOT_GIVEN,
        sort_direction: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> SyncCursorURLPage[Model]:
        """List public models

        Get a paginated list of public models. By default models are sorted by
        the creation time of their latest version, newest first; use
        `sort_by` and `sort_direction` to change the order.

        Args:
          sort_by: Field to sort models by. Defaults to `latest_version_created_at`.
          sort_direction: Sort direction. Defaults to `desc` (descending, newest first).
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        return self._request_page(
            LIST,
            query={"sort_by": sort_by, "sort_direction": sort_direction},
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
    ) -> SyncCursorURLPage[Model]:
        """Search public models

        Get a paginated list of public models matching a search query. This
        is an HTTP `QUERY /models` request whose body is the search string as
        `text/plain` (OpenAPI 3.1 has no `query` method, so the operation is
        declared under the `x-query` extension of the `/models` path).

        Args:
          query: The search query.
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

    def update(
        self,
        *,
        model_owner: str,
        model_name: str,
        description: str | NotGiven = NOT_GIVEN,
        readme: str | NotGiven = NOT_GIVEN,
        github_url: str | NotGiven = NOT_GIVEN,
        paper_url: str | NotGiven = NOT_GIVEN,
        license_url: str | NotGiven = NOT_GIVEN,
        cover_image_url: str | NotGiven = NOT_GIVEN,
        weights_url: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Model:
        """Update metadata for a model

        Update select properties of an existing model. Only the fields you
        send are changed. You can only update models you own.

        Args:
          model_owner: The name of the user or organization that owns the model.
          model_name: The name of the model.
          description: A description of the model.
          readme: The README content of the model, as Markdown.
          github_url: A URL for the model's source code on GitHub.
          paper_url: A URL for the model's paper.
          license_url: A URL for the model's license.
          cover_image_url: A URL for the model's cover image. This should be an image file.
          weights_url: A URL for the model's weights.
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        return self._request(
            UPDATE,
            path={"model_owner": model_owner, "model_name": model_name},
            body={
                "description": description,
                "readme": readme,
                "github_url": github_url,
                "paper_url": paper_url,
                "license_url": license_url,
                "cover_image_url": cover_image_url,
                "weights_url": weights_url,
            },
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )


class AsyncModelsResource(AsyncAPIResource):
    @cached_property
    def examples(self) -> AsyncExamplesResource:
        return AsyncExamplesResource(self._client)

    @cached_property
    def predictions(self) -> AsyncPredictionsResource:
        return AsyncPredictionsResource(self._client)

    @cached_property
    def readme(self) -> AsyncReadmeResource:
        return AsyncReadmeResource(self._client)

    @cached_property
    def versions(self) -> AsyncVersionsResource:
        return AsyncVersionsResource(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncModelsResourceWithRawResponse:
        return AsyncModelsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncModelsResourceWithStreamingResponse:
        return AsyncModelsResourceWithStreamingResponse(self)

    async def create(
        self,
        *,
        owner: str,
        name: str,
        visibility: ModelVisibility,
        hardware: str,
        description: str | NotGiven = NOT_GIVEN,
        github_url: str | NotGiven = NOT_GIVEN,
        paper_url: str | NotGiven = NOT_GIVEN,
        license_url: str | NotGiven = NOT_GIVEN,
        cover_image_url: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Model:
        """Create a model

        Create a model for a user or organization with a given name,
        visibility and hardware SKU. A new model has no versions: push one
        with Cog or create one with a training.

        Args:
          owner: The name of the user or organization that will own the model. This must be the same as the user or organization making the API request; in other words, the API token used in the request must belong to this user or organization.
          name: The name of the model. This must be unique among all models owned by the user or organization.
          visibility: Whether the model is public or private. Public models can be viewed
            and run by anyone; private models only by the owner and, for
            organizations, its members.
          hardware: The SKU for the hardware used to run the model. Possible values can be retrieved from `hardware.list`.
          description: A description of the model.
          github_url: A URL for the model's source code on GitHub.
          paper_url: A URL for the model's paper.
          license_url: A URL for the model's license.
          cover_image_url: A URL for the model's cover image. This should be an image file.
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        return await self._request(
            CREATE,
            body={
                "owner": owner,
                "name": name,
                "visibility": visibility,
                "hardware": hardware,
                "description": description,
                "github_url": github_url,
                "paper_url": paper_url,
                "license_url": license_url,
                "cover_image_url": cover_image_url,
            },
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )

    async def delete(
        self,
        *,
        model_owner: str,
        model_name: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> None:
        """Delete a model

        Delete a model.

        Model deletion has some restrictions: you can only delete models you
        own, you can only delete private models, and you can only delete
        models that have no versions associated with them (delete the
        versions first). The response is an empty 204.

        Args:
          model_owner: The name of the user or organization that owns the model.
          model_name: The name of the model.
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        return await self._request(
            DELETE,
            path={"model_owner": model_owner, "model_name": model_name},
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )

    async def get(
        self,
        *,
        model_owner: str,
        model_name: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Model:
        """Get a model

        Get a model by owner and name, including its `latest_version` and
        `default_example` prediction (either can be null).

        The `latest_version.openapi_schema` describes the model's inputs and
        outputs as OpenAPI schema objects.

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

    def list(
        self,
        *,
        sort_by: Literal["model_created_at", "latest_version_created_at"] | NotGiven = NOT_GIVEN,
        sort_direction: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> AsyncPaginator[Model]:
        """List public models

        Get a paginated list of public models. By default models are sorted by
        the creation time of their latest version, newest first; use
        `sort_by` and `sort_direction` to change the order.

        Args:
          sort_by: Field to sort models by. Defaults to `latest_version_created_at`.
          sort_direction: Sort direction. Defaults to `desc` (descending, newest first).
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        return self._request_page(
            LIST,
            query={"sort_by": sort_by, "sort_direction": sort_direction},
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
    ) -> AsyncPaginator[Model]:
        """Search public models

        Get a paginated list of public models matching a search query. This
        is an HTTP `QUERY /models` request whose body is the search string as
        `text/plain` (OpenAPI 3.1 has no `query` method, so the operation is
        declared under the `x-query` extension of the `/models` path).

        Args:
          query: The search query.
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

    async def update(
        self,
        *,
        model_owner: str,
        model_name: str,
        description: str | NotGiven = NOT_GIVEN,
        readme: str | NotGiven = NOT_GIVEN,
        github_url: str | NotGiven = NOT_GIVEN,
        paper_url: str | NotGiven = NOT_GIVEN,
        license_url: str | NotGiven = NOT_GIVEN,
        cover_image_url: str | NotGiven = NOT_GIVEN,
        weights_url: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Model:
        """Update metadata for a model

        Update select properties of an existing model. Only the fields you
        send are changed. You can only update models you own.

        Args:
          model_owner: The name of the user or organization that owns the model.
          model_name: The name of the model.
          description: A description of the model.
          readme: The README content of the model, as Markdown.
          github_url: A URL for the model's source code on GitHub.
          paper_url: A URL for the model's paper.
          license_url: A URL for the model's license.
          cover_image_url: A URL for the model's cover image. This should be an image file.
          weights_url: A URL for the model's weights.
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        return await self._request(
            UPDATE,
            path={"model_owner": model_owner, "model_name": model_name},
            body={
                "description": description,
                "readme": readme,
                "github_url": github_url,
                "paper_url": paper_url,
                "license_url": license_url,
                "cover_image_url": cover_image_url,
                "weights_url": weights_url,
            },
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )


class ModelsResourceWithRawResponse:
    def __init__(self, models: ModelsResource) -> None:
        self._models = models
        raw = models._with_mode("raw")
        self.create = to_raw_response_wrapper(raw.create)
        self.delete = to_raw_response_wrapper(raw.delete)
        self.get = to_raw_response_wrapper(raw.get)
        self.list = to_raw_response_wrapper(raw.list)
        self.search = to_raw_response_wrapper(raw.search)
        self.update = to_raw_response_wrapper(raw.update)

    @cached_property
    def examples(self) -> ExamplesResourceWithRawResponse:
        return ExamplesResourceWithRawResponse(self._models.examples)

    @cached_property
    def predictions(self) -> PredictionsResourceWithRawResponse:
        return PredictionsResourceWithRawResponse(self._models.predictions)

    @cached_property
    def readme(self) -> ReadmeResourceWithRawResponse:
        return ReadmeResourceWithRawResponse(self._models.readme)

    @cached_property
    def versions(self) -> VersionsResourceWithRawResponse:
        return VersionsResourceWithRawResponse(self._models.versions)


class AsyncModelsResourceWithRawResponse:
    def __init__(self, models: AsyncModelsResource) -> None:
        self._models = models
        raw = models._with_mode("raw")
        self.create = async_to_raw_response_wrapper(raw.create)
        self.delete = async_to_raw_response_wrapper(raw.delete)
        self.get = async_to_raw_response_wrapper(raw.get)
        self.list = async_to_raw_response_wrapper(raw.list)
        self.search = async_to_raw_response_wrapper(raw.search)
        self.update = async_to_raw_response_wrapper(raw.update)

    @cached_property
    def examples(self) -> AsyncExamplesResourceWithRawResponse:
        return AsyncExamplesResourceWithRawResponse(self._models.examples)

    @cached_property
    def predictions(self) -> AsyncPredictionsResourceWithRawResponse:
        return AsyncPredictionsResourceWithRawResponse(self._models.predictions)

    @cached_property
    def readme(self) -> AsyncReadmeResourceWithRawResponse:
        return AsyncReadmeResourceWithRawResponse(self._models.readme)

    @cached_property
    def versions(self) -> AsyncVersionsResourceWithRawResponse:
        return AsyncVersionsResourceWithRawResponse(self._models.versions)


class ModelsResourceWithStreamingResponse:
    def __init__(self, models: ModelsResource) -> None:
        self._models = models
        streaming = models._with_mode("stream")
        self.create = to_streamed_response_wrapper(streaming.create)
        self.delete = to_streamed_response_wrapper(streaming.delete)
        self.get = to_streamed_response_wrapper(streaming.get)
        self.list = to_streamed_response_wrapper(streaming.list)
        self.search = to_streamed_response_wrapper(streaming.search)
        self.update = to_streamed_response_wrapper(streaming.update)

    @cached_property
    def examples(self) -> ExamplesResourceWithStreamingResponse:
        return ExamplesResourceWithStreamingResponse(self._models.examples)

    @cached_property
    def predictions(self) -> PredictionsResourceWithStreamingResponse:
        return PredictionsResourceWithStreamingResponse(self._models.predictions)

    @cached_property
    def readme(self) -> ReadmeResourceWithStreamingResponse:
        return ReadmeResourceWithStreamingResponse(self._models.readme)

    @cached_property
    def versions(self) -> VersionsResourceWithStreamingResponse:
        return VersionsResourceWithStreamingResponse(self._models.versions)


class AsyncModelsResourceWithStreamingResponse:
    def __init__(self, models: AsyncModelsResource) -> None:
        self._models = models
        streaming = models._with_mode("stream")
        self.create = async_to_streamed_response_wrapper(streaming.create)
        self.delete = async_to_streamed_response_wrapper(streaming.delete)
        self.get = async_to_streamed_response_wrapper(streaming.get)
        self.list = async_to_streamed_response_wrapper(streaming.list)
        self.search = async_to_streamed_response_wrapper(streaming.search)
        self.update = async_to_streamed_response_wrapper(streaming.update)

    @cached_property
    def examples(self) -> AsyncExamplesResourceWithStreamingResponse:
        return AsyncExamplesResourceWithStreamingResponse(self._models.examples)

    @cached_property
    def predictions(self) -> AsyncPredictionsResourceWithStreamingResponse:
        return AsyncPredictionsResourceWithStreamingResponse(self._models.predictions)

    @cached_property
    def readme(self) -> AsyncReadmeResourceWithStreamingResponse:
        return AsyncReadmeResourceWithStreamingResponse(self._models.readme)

    @cached_property
    def versions(self) -> AsyncVersionsResourceWithStreamingResponse:
        return AsyncVersionsResourceWithStreamingResponse(self._models.versions)
