# File generated from openapi.yaml by codegen. Do not edit.

from typing import Dict, List

from typing_extensions import Required, TypedDict

from .webhook_event_type import WebhookEventType

__all__ = ["DeploymentPredictionCreateParams"]


class DeploymentPredictionCreateParams(TypedDict, total=False):
    input: Required[Dict[str, object]]
    """The model's input as a JSON object. The input schema depends on
    the model the deployment runs; see its version's `openapi_schema`.
    Files should be passed as HTTP URLs or data URLs.
    """
    webhook: str
    """An HTTPS URL for receiving a webhook when the prediction has new
    output. The webhook is a POST request whose body is the
    prediction, as returned by `predictions.get`. It may be retried,
    so it must be safe to call more than once; redirects are not followed.
    """
    webhook_events_filter: List[WebhookEventType]
    """Which events trigger webhook requests: `start` (immediately on
    prediction start), `output` (each time the prediction generates
    an output), `logs` (each time log output is generated) and
    `completed` (when the prediction reaches a terminal state).
    `output` and `logs` requests are sent at most once every 500ms.
    """
    stream: bool
    """**Deprecated.** Request a URL to receive streaming output using
    server-sent events (SSE). No longer needed: the returned
    prediction always has a `stream` entry in its `urls` if the
    model supports streaming. Deprecated.
    """
    prefer: str
    """Leave the request open and wait for the model to finish generating
    output (sync mode). Set to `wait=n` where n is a number of seconds
    between 1 and 60 to hold the request up to n seconds; plain `wait`
    uses the server default (60 seconds). If the prediction has not
    finished by then, the response is the prediction in its current
    state. See https://replicate.com/docs/topics/predictions/create-a-prediction#sync-mode
    """
    cancel_after: str
    """The maximum time the prediction can run before it is automatically
    canceled, measured from when the prediction is created. A duration
    made of a number with a unit: `s` (seconds), `m` (minutes) or `h`
    (hours), combinable, e.g. `40s`, `6m`, `1h30m45s`; a bare number
    is seconds. The minimum allowed duration is 5 seconds. A prediction
    canceled this way ends with status `canceled`.
    """
