# File generated from openapi.yaml by codegen. Do not edit.

from __future__ import annotations

from typing import Dict, List

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
from ...types.prediction import Prediction
from ...types.webhook_event_type import WebhookEventType

__all__ = [
    "PredictionsResource",
    "AsyncPredictionsResource",
    "PredictionsResourceWithRawResponse",
    "AsyncPredictionsResourceWithRawResponse",
    "PredictionsResourceWithStreamingResponse",
    "AsyncPredictionsResourceWithStreamingResponse",
]

CREATE: Operation[Prediction] = Operation(
    "post",
    "/deployments/{deployment_owner}/{deployment_name}/predictions",
    Prediction,
    body="json",
    retry="unsent",
)


class PredictionsResource(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> PredictionsResourceWithRawResponse:
        return PredictionsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> PredictionsResourceWithStreamingResponse:
        return PredictionsResourceWithStreamingResponse(self)

    def create(
        self,
        *,
        deployment_owner: str,
        deployment_name: str,
        input: Dict[str, object],
        webhook: str | NotGiven = NOT_GIVEN,
        webhook_events_filter: List[WebhookEventType] | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        prefer: str | NotGiven = NOT_GIVEN,
        cancel_after: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Prediction:
        """Create a prediction using a deployment

        Create a prediction for the deployment and inputs you provide. The
        deployment decides which model version and hardware run it.

        By default the request returns immediately with a `starting`
        prediction (201). With the `Prefer: wait` header the request is held
        open until the prediction finishes or the wait time elapses (200 if it
        finished). Poll `predictions.get`, or pass a `webhook`, to follow a
        prediction that is still running.

        Args:
          deployment_owner: The name of the user or organization that owns the deployment.
          deployment_name: The name of the deployment.
          input: The model's input as a JSON object. The input schema depends on
            the model the deployment runs; see its version's `openapi_schema`.
            Files should be passed as HTTP URLs or data URLs.
          webhook: An HTTPS URL for receiving a webhook when the prediction has new
            output. The webhook is a POST request whose body is the
            prediction, as returned by `predictions.get`. It may be retried,
            so it must be safe to call more than once; redirects are not followed.
          webhook_events_filter: Which events trigger webhook requests: `start` (immediately on
            prediction start), `output` (each time the prediction generates
            an output), `logs` (each time log output is generated) and
            `completed` (when the prediction reaches a terminal state).
            `output` and `logs` requests are sent at most once every 500ms.
          stream: **Deprecated.** Request a URL to receive streaming output using
            server-sent events (SSE). No longer needed: the returned
            prediction always has a `stream` entry in its `urls` if the
            model supports streaming. Deprecated.
          prefer: Leave the request open and wait for the model to finish generating
            output (sync mode). Set to `wait=n` where n is a number of seconds
            between 1 and 60 to hold the request up to n seconds; plain `wait`
            uses the server default (60 seconds). If the prediction has not
            finished by then, the response is the prediction in its current
            state. See https://replicate.com/docs/topics/predictions/create-a-prediction#sync-mode
          cancel_after: The maximum time the prediction can run before it is automatically
            canceled, measured from when the prediction is created. A duration
            made of a number with a unit: `s` (seconds), `m` (minutes) or `h`
            (hours), combinable, e.g. `40s`, `6m`, `1h30m45s`; a bare number
            is seconds. The minimum allowed duration is 5 seconds. A prediction
            canceled this way ends with status `canceled`.
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        return self._request(
            CREATE,
            path={"deployment_owner": deployment_owner, "deployment_name": deployment_name},
            headers={"Prefer": prefer, "Cancel-After": cancel_after},
            body={
                "input": input,
                "webhook": webhook,
                "webhook_events_filter": webhook_events_filter,
                "stream": stream,
            },
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )


class AsyncPredictionsResource(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncPredictionsResourceWithRawResponse:
        return AsyncPredictionsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncPredictionsResourceWithStreamingResponse:
        return AsyncPredictionsResourceWithStreamingResponse(self)

    async def create(
        self,
        *,
        deployment_owner: str,
        deployment_name: str,
        input: Dict[str, object],
        webhook: str | NotGiven = NOT_GIVEN,
        webhook_events_filter: List[WebhookEventType] | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        prefer: str | NotGiven = NOT_GIVEN,
        cancel_after: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Prediction:
        """Create a prediction using a deployment

        Create a prediction for the deployment and inputs you provide. The
        deployment decides which model version and hardware run it.

        By default the request returns immediately with a `starting`
        prediction (201). With the `Prefer: wait` header the request is held
        open until the prediction finishes or the wait time elapses (200 if it
        finished). Poll `predictions.get`, or pass a `webhook`, to follow a
        prediction that is still running.

        Args:
          deployment_owner: The name of the user or organization that owns the deployment.
          deployment_name: The name of the deployment.
          input: The model's input as a JSON object. The input schema depends on
            the model the deployment runs; see its version's `openapi_schema`.
            Files should be passed as HTTP URLs or data URLs.
          webhook: An HTTPS URL for receiving a webhook when the prediction has new
            output. The webhook is a POST request whose body is the
            prediction, as returned by `predictions.get`. It may be retried,
            so it must be safe to call more than once; redirects are not followed.
          webhook_events_filter: Which events trigger webhook requests: `start` (immediately on
            prediction start), `output` (each time the prediction generates
            an output), `logs` (each time log output is generated) and
            `completed` (when the prediction reaches a terminal state).
            `output` and `logs` requests are sent at most once every 500ms.
          stream: **Deprecated.** Request a URL to receive streaming output using
            server-sent events (SSE). No longer needed: the returned
            prediction always has a `stream` entry in its `urls` if the
            model supports streaming. Deprecated.
          prefer: Leave the request open and wait for the model to finish generating
            output (sync mode). Set to `wait=n` where n is a number of seconds
            between 1 and 60 to hold the request up to n seconds; plain `wait`
            uses the server default (60 seconds). If the prediction has not
            finished by then, the response is the prediction in its current
            state. See https://replicate.com/docs/topics/predictions/create-a-prediction#sync-mode
          cancel_after: The maximum time the prediction can run before it is automatically
            canceled, measured from when the prediction is created. A duration
            made of a number with a unit: `s` (seconds), `m` (minutes) or `h`
            (hours), combinable, e.g. `40s`, `6m`, `1h30m45s`; a bare number
            is seconds. The minimum allowed duration is 5 seconds. A prediction
            canceled this way ends with status `canceled`.
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        return await self._request(
            CREATE,
            path={"deployment_owner": deployment_owner, "deployment_name": deployment_name},
            headers={"Prefer": prefer, "Cancel-After": cancel_after},
            body={
                "input": input,
                "webhook": webhook,
                "webhook_events_filter": webhook_events_filter,
                "stream": stream,
            },
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )


class PredictionsResourceWithRawResponse:
    def __init__(self, predictions: PredictionsResource) -> None:
        self._predictions = predictions
        raw = predictions._with_mode("raw")
        self.create = to_raw_response_wrapper(raw.create)


class AsyncPredictionsResourceWithRawResponse:
    def __init__(self, predictions: AsyncPredictionsResource) -> None:
        self._predictions = predictions
        raw = predictions._with_mode("raw")
        self.create = async_to_raw_response_wrapper(raw.create)


class PredictionsResourceWithStreamingResponse:
    def __init__(self, predictions: PredictionsResource) -> None:
        self._predictions = predictions
        streaming = predictions._with_mode("stream")
        self.create = to_streamed_response_wrapper(streaming.create)


class AsyncPredictionsResourceWithStreamingResponse:
    def __init__(self, predictions: AsyncPredictionsResource) -> None:
        self._predictions = predictions
        streaming = predictions._with_mode("stream")
        self.create = async_to_streamed_response_wrapper(streaming.create)
