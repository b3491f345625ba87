# File generated from openapi.yaml by codegen. Do not edit.

from typing import Dict, List

from typing_extensions import Required, TypeAlias, TypedDict

from .webhook_event_type import WebhookEventType

__all__ = ["PredictionCreateParams", "PredictionCreateParamsWithoutVersion"]


class PredictionCreateParams(TypedDict, total=False):
    version: Required[str]
    """The identifier of the model or model version to run. One of:
    a 64-character version ID (`5c7d5dc6...`);
    `{owner}/{name}:{version_id}`;
    or `{owner}/{name}` for official models, which run their
    latest version (equivalent to `models.predictions.create`).
    """
    input: Required[Dict[str, object]]
    """The model's input as a JSON object. The input schema depends on
    what model you are running: see the version's `openapi_schema`.
    For example, stability-ai/sdxl takes `prompt` as an input.

    Files should be passed as HTTP URLs or data URLs. Use an HTTP
    URL for files over 256kb, files used more than once, or files
    you want associated with the prediction; use a data URL for
    small files you don't need to use again.
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
    By default webhooks are sent for new outputs and completion.
    `output` and `logs` requests are sent at most once every 500ms;
    `start` and `completed` are always sent.
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


# Deprecated names from the published 2.0 betas, kept as aliases of this package's types (see api.md).
PredictionCreateParamsWithoutVersion: TypeAlias = PredictionCreateParams
