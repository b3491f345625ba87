# File generated from openapi.yaml by codegen. Do not edit.

from __future__ import annotations

from datetime import datetime
from typing import Dict, List, Union

import httpx

from .._operation import Operation, PageShape, RequestOptions, either_keyword
from .._resource import cached_property
from .._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query
from ..lib.predictions import AsyncPredictionsBase, PredictionsBase
from ..pagination import AsyncPaginator, SyncCursorURLPage
from ..types.prediction import Prediction
from ..types.webhook_event_type import WebhookEventType

__all__ = [
    "PredictionsResource",
    "AsyncPredictionsResource",
    "PredictionsResourceWithRawResponse",
    "AsyncPredictionsResourceWithRawResponse",
    "PredictionsResourceWithStreamingResponse",
    "AsyncPredictionsResourceWithStreamingResponse",
]

_PAGE = PageShape(items="results", next="next", previous="previous")
CANCEL: Operation[Prediction] = Operation("post", "/predictions/{prediction_id}/cancel", Prediction)
CREATE: Operation[Prediction] = Operation("post", "/predictions", Prediction, body="json", retry="unsent")
GET: Operation[Prediction] = Operation("get", "/predictions/{prediction_id}", Prediction)
LIST: Operation[Prediction] = Operation("get", "/predictions", Prediction, page=_PAGE)


class PredictionsResource(PredictionsBase):
    @cached_property
    def with_raw_response(self) -> PredictionsResourceWithRawResponse:
        return PredictionsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> PredictionsResourceWithStreamingResponse:
        return PredictionsResourceWithStreamingResponse(self)

    def cancel(
        self,
        prediction_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Prediction:
        """Cancel a prediction

        Cancel a prediction that is currently running. The response is the
        prediction; its status becomes `canceled` once the cancellation has
        been processed.

        Args:
          prediction_id: The ID of the prediction to cancel.
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        return self._request(
            CANCEL,
            path={"prediction_id": prediction_id},
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def create(
        self,
        *,
        version: str | NotGiven = NOT_GIVEN,
        model: str | NotGiven = NOT_GIVEN,
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
        """Create a prediction

        Create a prediction for the model version and inputs you provide.

        By default the request returns immediately with a `starting`
        prediction (201). With the `Prefer: wait` header the request is held
        open until the prediction finishes or the wait time elapses (200 if it
        finished). Poll `predictions.get`, or pass a `webhook`, to follow a
        prediction that is still running. If the model supports streaming,
        the prediction's `urls.stream` is a server-sent events URL for its
        output.

        Input and output (including any files) are automatically deleted
        after an hour, so you must save a copy of any files in the output if
        you'd like to continue using them.

        Args:
          version: The identifier of the model or model version to run. One of:
            a 64-character version ID (`5c7d5dc6...`);
            `{owner}/{name}:{version_id}`;
            or `{owner}/{name}` for official models, which run their
            latest version (equivalent to `models.predictions.create`).
          model: Another name for `version`; pass one of the two.
          input: The model's input as a JSON object. The input schema depends on
            what model you are running: see the version's `openapi_schema`.
            For example, stability-ai/sdxl takes `prompt` as an input.

            Files should be passed as HTTP URLs or data URLs. Use an HTTP
            URL for files over 256kb, files used more than once, or files
            you want associated with the prediction; use a data URL for
            small files you don't need to use again.
          webhook: An HTTPS URL for receiving a webhook when the prediction has new
            output. The webhook is a POST request whose body is the
            prediction, as returned by `predictions.get`. It may be retried,
            so it must be safe to call more than once; redirects are not followed.
          webhook_events_filter: Which events trigger webhook requests: `start` (immediately on
            prediction start), `output` (each time the prediction generates
            an output), `logs` (each time log output is generated) and
            `completed` (when the prediction reaches a terminal state).
            By default webhooks are sent for new outputs and completion.
            `output` and `logs` requests are sent at most once every 500ms;
            `start` and `completed` are always sent.
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
            headers={"Prefer": prefer, "Cancel-After": cancel_after},
            body={
                "version": either_keyword("version", version, "model", model, required=True),
                "input": input,
                "webhook": webhook,
                "webhook_events_filter": webhook_events_filter,
                "stream": stream,
            },
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def get(
        self,
        prediction_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Prediction:
        """Get a prediction

        Get the current state of a prediction.

        `status` is one of `starting` (the prediction is starting up; if this
        lasts longer than a few seconds a new worker is typically being
        started), `processing` (the model's `predict()` is running),
        `succeeded`, `failed` or `canceled`. On success `output` holds the
        model's output, with files as HTTPS URLs; on failure `error` holds the
        error. Terminated predictions include `metrics.predict_time`, the CPU
        or GPU time in seconds the prediction used while running.

        Input, output and logs of API predictions are removed after an hour by
        default; `output` is then null and `data_removed` true. Output files
        are served by `replicate.delivery` and its subdomains.

        Args:
          prediction_id: The ID of the prediction.
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        return self._request(
            GET,
            path={"prediction_id": prediction_id},
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def list(
        self,
        *,
        created_after: Union[str, datetime] | NotGiven = NOT_GIVEN,
        created_before: Union[str, datetime] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> SyncCursorURLPage[Prediction]:
        """List predictions

        Get a paginated list of all predictions created by the user or
        organization associated with the provided API token, including
        predictions created from the API and the website, sorted with the
        most recent prediction first.

        Each page holds up to 100 predictions. Use `created_after` and
        `created_before` to restrict the list to a time range.

        Args:
          created_after: Include only predictions created at or after this date-time, in ISO 8601 format.
          created_before: Include only predictions created before this date-time, in ISO 8601 format.
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        return self._request_page(
            LIST,
            query={"created_after": created_after, "created_before": created_before},
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )


class AsyncPredictionsResource(AsyncPredictionsBase):
    @cached_property
    def with_raw_response(self) -> AsyncPredictionsResourceWithRawResponse:
        return AsyncPredictionsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncPredictionsResourceWithStreamingResponse:
        return AsyncPredictionsResourceWithStreamingResponse(self)

    async def cancel(
        self,
        prediction_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Prediction:
        """Cancel a prediction

        Cancel a prediction that is currently running. The response is the
        prediction; its status becomes `canceled` once the cancellation has
        been processed.

        Args:
          prediction_id: The ID of the prediction to cancel.
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        return await self._request(
            CANCEL,
            path={"prediction_id": prediction_id},
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )

    async def create(
        self,
        *,
        version: str | NotGiven = NOT_GIVEN,
        model: str | NotGiven = NOT_GIVEN,
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
        """Create a prediction

        Create a prediction for the model version and inputs you provide.

        By default the request returns immediately with a `starting`
        prediction (201). With the `Prefer: wait` header the request is held
        open until the prediction finishes or the wait time elapses (200 if it
        finished). Poll `predictions.get`, or pass a `webhook`, to follow a
        prediction that is still running. If the model supports streaming,
        the prediction's `urls.stream` is a server-sent events URL for its
        output.

        Input and output (including any files) are automatically deleted
        after an hour, so you must save a copy of any files in the output if
        you'd like to continue using them.

        Args:
          version: The identifier of the model or model version to run. One of:
            a 64-character version ID (`5c7d5dc6...`);
            `{owner}/{name}:{version_id}`;
            or `{owner}/{name}` for official models, which run their
            latest version (equivalent to `models.predictions.create`).
          model: Another name for `version`; pass one of the two.
          input: The model's input as a JSON object. The input schema depends on
            what model you are running: see the version's `openapi_schema`.
            For example, stability-ai/sdxl takes `prompt` as an input.

            Files should be passed as HTTP URLs or data URLs. Use an HTTP
            URL for files over 256kb, files used more than once, or files
            you want associated with the prediction; use a data URL for
            small files you don't need to use again.
          webhook: An HTTPS URL for receiving a webhook when the prediction has new
            output. The webhook is a POST request whose body is the
            prediction, as returned by `predictions.get`. It may be retried,
            so it must be safe to call more than once; redirects are not followed.
          webhook_events_filter: Which events trigger webhook requests: `start` (immediately on
            prediction start), `output` (each time the prediction generates
            an output), `logs` (each time log output is generated) and
            `completed` (when the prediction reaches a terminal state).
            By default webhooks are sent for new outputs and completion.
            `output` and `logs` requests are sent at most once every 500ms;
            `start` and `completed` are always sent.
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
            headers={"Prefer": prefer, "Cancel-After": cancel_after},
            body={
                "version": either_keyword("version", version, "model", model, required=True),
                "input": input,
                "webhook": webhook,
                "webhook_events_filter": webhook_events_filter,
                "stream": stream,
            },
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )

    async def get(
        self,
        prediction_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Prediction:
        """Get a prediction

        Get the current state of a prediction.

        `status` is one of `starting` (the prediction is starting up; if this
        lasts longer than a few seconds a new worker is typically being
        started), `processing` (the model's `predict()` is running),
        `succeeded`, `failed` or `canceled`. On success `output` holds the
        model's output, with files as HTTPS URLs; on failure `error` holds the
        error. Terminated predictions include `metrics.predict_time`, the CPU
        or GPU time in seconds the prediction used while running.

        Input, output and logs of API predictions are removed after an hour by
        default; `output` is then null and `data_removed` true. Output files
        are served by `replicate.delivery` and its subdomains.

        Args:
          prediction_id: The ID of the prediction.
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        return await self._request(
            GET,
            path={"prediction_id": prediction_id},
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )

    def list(
        self,
        *,
        created_after: Union[str, datetime] | NotGiven = NOT_GIVEN,
        created_before: Union[str, datetime] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> AsyncPaginator[Prediction]:
        """List predictions

        Get a paginated list of all predictions created by the user or
        organization associated with the provided API token, including
        predictions created from the API and the website, sorted with the
        most recent prediction first.

        Each page holds up to 100 predictions. Use `created_after` and
        `created_before` to restrict the list to a time range.

        Args:
          created_after: Include only predictions created at or after this date-time, in ISO 8601 format.
          created_before: Include only predictions created before this date-time, in ISO 8601 format.
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        return self._request_page(
            LIST,
            query={"created_after": created_after, "created_before": created_before},
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout),
        )


class PredictionsResourceWithRawResponse:
    def __init__(self, predictions: PredictionsResource) -> None:
        self._predictions = predictions
        raw = predictions._with_mode("raw")
        self.cancel = to_raw_response_wrapper(raw.cancel)
        self.create = to_raw_response_wrapper(raw.create)
        self.get = to_raw_response_wrapper(raw.get)
        self.list = to_raw_response_wrapper(raw.list)


class AsyncPredictionsResourceWithRawResponse:
    def __init__(self, predictions: AsyncPredictionsResource) -> None:
        self._predictions = predictions
        raw = predictions._with_mode("raw")
        self.cancel = async_to_raw_response_wrapper(raw.cancel)
        self.create = async_to_raw_response_wrapper(raw.create)
        self.get = async_to_raw_response_wrapper(raw.get)
        self.list = async_to_raw_response_wrapper(raw.list)


class PredictionsResourceWithStreamingResponse:
    def __init__(self, predictions: PredictionsResource) -> None:
        self._predictions = predictions
        streaming = predictions._with_mode("stream")
        self.cancel = to_streamed_response_wrapper(streaming.cancel)
        self.create = to_streamed_response_wrapper(streaming.create)
        self.get = to_streamed_response_wrapper(streaming.get)
        self.list = to_streamed_response_wrapper(streaming.list)


class AsyncPredictionsResourceWithStreamingResponse:
    def __init__(self, predictions: AsyncPredictionsResource) -> None:
        self._predictions = predictions
        streaming = predictions._with_mode("stream")
        self.cancel = async_to_streamed_response_wrapper(streaming.cancel)
        self.create = async_to_streamed_response_wrapper(streaming.create)
        self.get = async_to_streamed_response_wrapper(streaming.get)
        self.list = async_to_streamed_response_wrapper(streaming.list)
