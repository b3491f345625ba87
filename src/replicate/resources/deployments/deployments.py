# File generated from openapi.yaml by codegen. Do not edit.

from __future__ import annotations

import httpx

from ..._operation import Operation, PageShape, RequestOptions, split_carried
from ..._resource import AsyncAPIResource, SyncAPIResource, cached_property
from ..._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from ..._types import NOT_GIVEN, Body, Headers, NotGiven, Query
from ...pagination import AsyncPaginator, SyncCursorURLPage
from ...types.deployment import Deployment
from .predictions import (
    AsyncPredictionsResource,
    AsyncPredictionsResourceWithRawResponse,
    AsyncPredictionsResourceWithStreamingResponse,
    PredictionsResource,
    PredictionsResourceWithRawResponse,
    PredictionsResourceWithStreamingResponse,
)

__all__ = [
    "DeploymentsResource",
    "AsyncDeploymentsResource",
    "DeploymentsResourceWithRawResponse",
    "AsyncDeploymentsResourceWithRawResponse",
    "DeploymentsResourceWithStreamingResponse",
    "AsyncDeploymentsResourceWithStreamingResponse",
]

_PAGE = PageShape(items="results", next="next", previous="previous")
CREATE: Operation[Deployment] = Operation("post", "/deployments", Deployment, body="json", retry="unsent")
DELETE: Operation[None] = Operation(
    "delete", "/deployments/{deployment_owner}/{deployment_name}", response="empty"
)
GET: Operation[Deployment] = Operation("get", "/deployments/{deployment_owner}/{deployment_name}", Deployment)
LIST: Operation[Deployment] = Operation("get", "/deployments", Deployment, page=_PAGE)
UPDATE: Operation[Deployment] = Operation(
    "patch", "/deployments/{deployment_owner}/{deployment_name}", Deployment, body="json"
)


class DeploymentsResource(SyncAPIResource):
    @cached_property
    def predictions(self) -> PredictionsResource:
        return PredictionsResource(self._client)

    @cached_property
    def with_raw_response(self) -> DeploymentsResourceWithRawResponse:
        return DeploymentsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> DeploymentsResourceWithStreamingResponse:
        return DeploymentsResourceWithStreamingResponse(self)

    def create(
        self,
        *,
        name: str,
        model: str,
        version: str | NotGiven = NOT_GIVEN,
        hardware: str,
        min_instances: int,
        max_instances: int,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Deployment:
        """Create a deployment

        Create a new deployment of a model version on the hardware you choose,
        with a minimum and maximum number of instances. Predictions can then
        be created against the deployment with `deployments.predictions.create`.

        Args:
          name: The name of the deployment.
          model: The full name of the model that you want to deploy, e.g. `stability-ai/sdxl`. May carry the `version` too: `<model>:<version>`.
          version: The 64-character string ID of the model version that you want to deploy. Optional when `model` carries it; if both do, they must agree.
          hardware: The SKU for the hardware used to run the model. Possible values can be retrieved from `hardware.list`.
          min_instances: The minimum number of instances for scaling.
          max_instances: The maximum number of instances for scaling.
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        model, version = split_carried("model", model, "version", version, separator=":")
        return self._request(
            CREATE,
            body={
                "name": name,
                "model": model,
                "version": version,
                "hardware": hardware,
                "min_instances": min_instances,
                "max_instances": max_instances,
            },
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def delete(
        self,
        *,
        deployment_owner: str,
        deployment_name: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> None:
        """Delete a deployment

        Delete a deployment.

        Deployment deletion has some restrictions: you can only delete
        deployments that have been offline and unused for at least 15 minutes.
        The response is an empty 204, indicating the deployment has been deleted.

        Args:
          deployment_owner: The name of the user or organization that owns the deployment.
          deployment_name: The name of the deployment.
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        return self._request(
            DELETE,
            path={"deployment_owner": deployment_owner, "deployment_name": deployment_name},
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def get(
        self,
        *,
        deployment_owner: str,
        deployment_name: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Deployment:
        """Get a deployment

        Get information about a deployment by name including the current release.

        Args:
          deployment_owner: The name of the user or organization that owns the deployment.
          deployment_name: The name of the deployment.
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        return self._request(
            GET,
            path={"deployment_owner": deployment_owner, "deployment_name": deployment_name},
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def list(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> SyncCursorURLPage[Deployment]:
        """List deployments

        Get a paginated list of deployments associated with the current
        account, including the latest release configuration for each
        deployment.

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

    def update(
        self,
        *,
        deployment_owner: str,
        deployment_name: str,
        hardware: str | NotGiven = NOT_GIVEN,
        min_instances: int | NotGiven = NOT_GIVEN,
        max_instances: int | NotGiven = NOT_GIVEN,
        version: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Deployment:
        """Update a deployment

        Update properties of an existing deployment, including hardware,
        min/max instances, and the deployment's underlying model version.

        Updating any deployment properties will increment the `number` field
        of the `current_release`.

        Args:
          deployment_owner: The name of the user or organization that owns the deployment.
          deployment_name: The name of the deployment.
          hardware: The SKU for the hardware used to run the model. Possible values can be retrieved from `hardware.list`.
          min_instances: The minimum number of instances for scaling.
          max_instances: The maximum number of instances for scaling.
          version: The ID of the model version that you want to deploy.
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        return self._request(
            UPDATE,
            path={"deployment_owner": deployment_owner, "deployment_name": deployment_name},
            body={
                "hardware": hardware,
                "min_instances": min_instances,
                "max_instances": max_instances,
                "version": version,
            },
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )


class AsyncDeploymentsResource(AsyncAPIResource):
    @cached_property
    def predictions(self) -> AsyncPredictionsResource:
        return AsyncPredictionsResource(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncDeploymentsResourceWithRawResponse:
        return AsyncDeploymentsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncDeploymentsResourceWithStreamingResponse:
        return AsyncDeploymentsResourceWithStreamingResponse(self)

    async def create(
        self,
        *,
        name: str,
        model: str,
        version: str | NotGiven = NOT_GIVEN,
        hardware: str,
        min_instances: int,
        max_instances: int,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Deployment:
        """Create a deployment

        Create a new deployment of a model version on the hardware you choose,
        with a minimum and maximum number of instances. Predictions can then
        be created against the deployment with `deployments.predictions.create`.

        Args:
          name: The name of the deployment.
          model: The full name of the model that you want to deploy, e.g. `stability-ai/sdxl`. May carry the `version` too: `<model>:<version>`.
          version: The 64-character string ID of the model version that you want to deploy. Optional when `model` carries it; if both do, they must agree.
          hardware: The SKU for the hardware used to run the model. Possible values can be retrieved from `hardware.list`.
          min_instances: The minimum number of instances for scaling.
          max_instances: The maximum number of instances for scaling.
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        model, version = split_carried("model", model, "version", version, separator=":")
        return await self._request(
            CREATE,
            body={
                "name": name,
                "model": model,
                "version": version,
                "hardware": hardware,
                "min_instances": min_instances,
                "max_instances": max_instances,
            },
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )

    async def delete(
        self,
        *,
        deployment_owner: str,
        deployment_name: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> None:
        """Delete a deployment

        Delete a deployment.

        Deployment deletion has some restrictions: you can only delete
        deployments that have been offline and unused for at least 15 minutes.
        The response is an empty 204, indicating the deployment has been deleted.

        Args:
          deployment_owner: The name of the user or organization that owns the deployment.
          deployment_name: The name of the deployment.
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        return await self._request(
            DELETE,
            path={"deployment_owner": deployment_owner, "deployment_name": deployment_name},
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )

    async def get(
        self,
        *,
        deployment_owner: str,
        deployment_name: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Deployment:
        """Get a deployment

        Get information about a deployment by name including the current release.

        Args:
          deployment_owner: The name of the user or organization that owns the deployment.
          deployment_name: The name of the deployment.
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        return await self._request(
            GET,
            path={"deployment_owner": deployment_owner, "deployment_name": deployment_name},
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def list(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> AsyncPaginator[Deployment]:
        """List deployments

        Get a paginated list of deployments associated with the current
        account, including the latest release configuration for each
        deployment.

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

    async def update(
        self,
        *,
        deployment_owner: str,
        deployment_name: str,
        hardware: str | NotGiven = NOT_GIVEN,
        min_instances: int | NotGiven = NOT_GIVEN,
        max_instances: int | NotGiven = NOT_GIVEN,
        version: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Deployment:
        """Update a deployment

        Update properties of an existing deployment, including hardware,
        min/max instances, and the deployment's underlying model version.

        Updating any deployment properties will increment the `number` field
        of the `current_release`.

        Args:
          deployment_owner: The name of the user or organization that owns the deployment.
          deployment_name: The name of the deployment.
          hardware: The SKU for the hardware used to run the model. Possible values can be retrieved from `hardware.list`.
          min_instances: The minimum number of instances for scaling.
          max_instances: The maximum number of instances for scaling.
          version: The ID of the model version that you want to deploy.
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        return await self._request(
            UPDATE,
            path={"deployment_owner": deployment_owner, "deployment_name": deployment_name},
            body={
                "hardware": hardware,
                "min_instances": min_instances,
                "max_instances": max_instances,
                "version": version,
            },
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )


class DeploymentsResourceWithRawResponse:
    def __init__(self, deployments: DeploymentsResource) -> None:
        self._deployments = deployments
        raw = deployments._with_mode("raw")
        self.create = to_raw_response_wrapper(raw.create)
        self.delete = to_raw_response_wrapper(raw.delete)
        self.get = to_raw_response_wrapper(raw.get)
        self.list = to_raw_response_wrapper(raw.list)
        self.update = to_raw_response_wrapper(raw.update)

    @cached_property
    def predictions(self) -> PredictionsResourceWithRawResponse:
        return PredictionsResourceWithRawResponse(self._deployments.predictions)


class AsyncDeploymentsResourceWithRawResponse:
    def __init__(self, deployments: AsyncDeploymentsResource) -> None:
        self._deployments = deployments
        raw = deployments._with_mode("raw")
        self.create = async_to_raw_response_wrapper(raw.create)
        self.delete = async_to_raw_response_wrapper(raw.delete)
        self.get = async_to_raw_response_wrapper(raw.get)
        self.list = async_to_raw_response_wrapper(raw.list)
        self.update = async_to_raw_response_wrapper(raw.update)

    @cached_property
    def predictions(self) -> AsyncPredictionsResourceWithRawResponse:
        return AsyncPredictionsResourceWithRawResponse(self._deployments.predictions)


class DeploymentsResourceWithStreamingResponse:
    def __init__(self, deployments: DeploymentsResource) -> None:
        self._deployments = deployments
        streaming = deployments._with_mode("stream")
        self.create = to_streamed_response_wrapper(streaming.create)
        self.delete = to_streamed_response_wrapper(streaming.delete)
        self.get = to_streamed_response_wrapper(streaming.get)
        self.list = to_streamed_response_wrapper(streaming.list)
        self.update = to_streamed_response_wrapper(streaming.update)

    @cached_property
    def predictions(self) -> PredictionsResourceWithStreamingResponse:
        return PredictionsResourceWithStreamingResponse(self._deployments.predictions)


class AsyncDeploymentsResourceWithStreamingResponse:
    def __init__(self, deployments: AsyncDeploymentsResource) -> None:
        self._deployments = deployments
        streaming = deployments._with_mode("stream")
        self.create = async_to_streamed_response_wrapper(streaming.create)
        self.delete = async_to_streamed_response_wrapper(streaming.delete)
        self.get = async_to_streamed_response_wrapper(streaming.get)
        self.list = async_to_streamed_response_wrapper(streaming.list)
        self.update = async_to_streamed_response_wrapper(streaming.update)

    @cached_property
    def predictions(self) -> AsyncPredictionsResourceWithStreamingResponse:
        return AsyncPredictionsResourceWithStreamingResponse(self._deployments.predictions)
