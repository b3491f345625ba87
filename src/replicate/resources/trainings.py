# File generated from openapi.yaml by codegen. Do not edit.

from __future__ import annotations

from typing import Dict, List

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
from ..types.training import Training
from ..types.webhook_event_type import WebhookEventType

__all__ = [
    "TrainingsResource",
    "AsyncTrainingsResource",
    "TrainingsResourceWithRawResponse",
    "AsyncTrainingsResourceWithRawResponse",
    "TrainingsResourceWithStreamingResponse",
    "AsyncTrainingsResourceWithStreamingResponse",
]

_PAGE = PageShape(items="results", next="next", previous="previous")
CANCEL: Operation[Training] = Operation("post", "/trainings/{training_id}/cancel", Training)
CREATE: Operation[Training] = Operation(
    "post",
    "/models/{model_owner}/{model_name}/versions/{version_id}/trainings",
    Training,
    body="json",
    retry="unsent",
)
GET: Operation[Training] = Operation("get", "/trainings/{training_id}", Training)
LIST: Operation[Training] = Operation("get", "/trainings", Training, page=_PAGE)


class TrainingsResource(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> TrainingsResourceWithRawResponse:
        return TrainingsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> TrainingsResourceWithStreamingResponse:
        return TrainingsResourceWithStreamingResponse(self)

    def cancel(
        self,
        training_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Training:
        """Cancel a training

        Cancel a training that is currently running. The response is the
        training; its status becomes `canceled` once the cancellation has
        been processed.

        Args:
          training_id: The ID of the training to cancel.
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        return self._request(
            CANCEL,
            path={"training_id": training_id},
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def create(
        self,
        *,
        model_owner: str,
        model_name: str,
        version_id: str,
        destination: str,
        input: Dict[str, object],
        webhook: str | NotGiven = NOT_GIVEN,
        webhook_events_filter: List[WebhookEventType] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Training:
        """Create a training

        Start a new training of the model version you specify.

        As models can take several minutes or more to train, the result will
        not be available immediately. To get the final result of the training
        you should either provide a `webhook` HTTPS URL for us to call when the
        results are ready, or poll `trainings.get` until it has finished.

        When a training completes, it creates a new version of the model at the
        specified destination.

        Args:
          model_owner: The name of the user or organization that owns the model.
          model_name: The name of the model.
          version_id: The ID of the version.
          destination: A string representing the desired model to push to in the format
            `{destination_model_owner}/{destination_model_name}`. This should
            be an existing model owned by the user or organization making the
            API request. If the destination is invalid, the server returns an
            appropriate 4XX response.
          input: An object containing inputs to the Cog model's `train()` function.
          webhook: An HTTPS URL for receiving a webhook when the training completes.
            The webhook is a POST request whose body is the training, as
            returned by `trainings.get`. It may be retried, so it must be
            safe to call more than once.
          webhook_events_filter: Which events trigger webhook requests: `start`, `output`, `logs`
            and `completed` (when the training reaches a terminal state).
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        return self._request(
            CREATE,
            path={"model_owner": model_owner, "model_name": model_name, "version_id": version_id},
            body={
                "destination": destination,
                "input": input,
                "webhook": webhook,
                "webhook_events_filter": webhook_events_filter,
            },
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def get(
        self,
        training_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Training:
        """Get a training

        Get the current state of a training.

        `status` is one of `starting`, `processing` (the model's `train()` is
        running), `succeeded`, `failed` or `canceled`. On success `output`
        holds the new `version` and its `weights`; on failure `error` holds
        the error. Terminated trainings include `metrics.predict_time`.

        Args:
          training_id: The ID of the training.
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        return self._request(
            GET,
            path={"training_id": training_id},
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def list(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> SyncCursorURLPage[Training]:
        """List trainings

        Get a paginated list of all trainings created by the user or
        organization associated with the provided API token, including
        trainings created from the API and the website, sorted with the most
        recent training first.

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


class AsyncTrainingsResource(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncTrainingsResourceWithRawResponse:
        return AsyncTrainingsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncTrainingsResourceWithStreamingResponse:
        return AsyncTrainingsResourceWithStreamingResponse(self)

    async def cancel(
        self,
        training_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Training:
        """Cancel a training

        Cancel a training that is currently running. The response is the
        training; its status becomes `canceled` once the cancellation has
        been processed.

        Args:
          training_id: The ID of the training to cancel.
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        return await self._request(
            CANCEL,
            path={"training_id": training_id},
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )

    async def create(
        self,
        *,
        model_owner: str,
        model_name: str,
        version_id: str,
        destination: str,
        input: Dict[str, object],
        webhook: str | NotGiven = NOT_GIVEN,
        webhook_events_filter: List[WebhookEventType] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Training:
        """Create a training

        Start a new training of the model version you specify.

        As models can take several minutes or more to train, the result will
        not be available immediately. To get the final result of the training
        you should either provide a `webhook` HTTPS URL for us to call when the
        results are ready, or poll `trainings.get` until it has finished.

        When a training completes, it creates a new version of the model at the
        specified destination.

        Args:
          model_owner: The name of the user or organization that owns the model.
          model_name: The name of the model.
          version_id: The ID of the version.
          destination: A string representing the desired model to push to in the format
            `{destination_model_owner}/{destination_model_name}`. This should
            be an existing model owned by the user or organization making the
            API request. If the destination is invalid, the server returns an
            appropriate 4XX response.
          input: An object containing inputs to the Cog model's `train()` function.
          webhook: An HTTPS URL for receiving a webhook when the training completes.
            The webhook is a POST request whose body is the training, as
            returned by `trainings.get`. It may be retried, so it must be
            safe to call more than once.
          webhook_events_filter: Which events trigger webhook requests: `start`, `output`, `logs`
            and `completed` (when the training reaches a terminal state).
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        return await self._request(
            CREATE,
            path={"model_owner": model_owner, "model_name": model_name, "version_id": version_id},
            body={
                "destination": destination,
                "input": input,
                "webhook": webhook,
                "webhook_events_filter": webhook_events_filter,
            },
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )

    async def get(
        self,
        training_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Training:
        """Get a training

        Get the current state of a training.

        `status` is one of `starting`, `processing` (the model's `train()` is
        running), `succeeded`, `failed` or `canceled`. On success `output`
        holds the new `version` and its `weights`; on failure `error` holds
        the error. Terminated trainings include `metrics.predict_time`.

        Args:
          training_id: The ID of the training.
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        return await self._request(
            GET,
            path={"training_id": training_id},
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def list(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> AsyncPaginator[Training]:
        """List trainings

        Get a paginated list of all trainings created by the user or
        organization associated with the provided API token, including
        trainings created from the API and the website, sorted with the most
        recent training first.

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


class TrainingsResourceWithRawResponse:
    def __init__(self, trainings: TrainingsResource) -> None:
        self._trainings = trainings
        raw = trainings._with_mode("raw")
        self.cancel = to_raw_response_wrapper(raw.cancel)
        self.create = to_raw_response_wrapper(raw.create)
        self.get = to_raw_response_wrapper(raw.get)
        self.list = to_raw_response_wrapper(raw.list)


class AsyncTrainingsResourceWithRawResponse:
    def __init__(self, trainings: AsyncTrainingsResource) -> None:
        self._trainings = trainings
        raw = trainings._with_mode("raw")
        self.cancel = async_to_raw_response_wrapper(raw.cancel)
        self.create = async_to_raw_response_wrapper(raw.create)
        self.get = async_to_raw_response_wrapper(raw.get)
        self.list = async_to_raw_response_wrapper(raw.list)


class TrainingsResourceWithStreamingResponse:
    def __init__(self, trainings: TrainingsResource) -> None:
        self._trainings = trainings
        streaming = trainings._with_mode("stream")
        self.cancel = to_streamed_response_wrapper(streaming.cancel)
        self.create = to_streamed_response_wrapper(streaming.create)
        self.get = to_streamed_response_wrapper(streaming.get)
        self.list = to_streamed_response_wrapper(streaming.list)


class AsyncTrainingsResourceWithStreamingResponse:
    def __init__(self, trainings: AsyncTrainingsResource) -> None:
        self._trainings = trainings
        streaming = trainings._with_mode("stream")
        self.cancel = async_to_streamed_response_wrapper(streaming.cancel)
        self.create = async_to_streamed_response_wrapper(streaming.create)
        self.get = async_to_streamed_response_wrapper(streaming.get)
        self.list = async_to_streamed_response_wrapper(streaming.list)
