# File generated from openapi.yaml by codegen. Do not edit.

from typing import Dict, List

from typing_extensions import Required, TypedDict

from .webhook_event_type import WebhookEventType

__all__ = ["TrainingCreateParams"]


class TrainingCreateParams(TypedDict, total=False):
    destination: Required[str]
    """A string representing the desired model to push to in the format
    `{destination_model_owner}/{destination_model_name}`. This should
    be an existing model owned by the user or organization making the
    API request. If the destination is invalid, the server returns an
    appropriate 4XX response.
    """
    input: Required[Dict[str, object]]
    """An object containing inputs to the Cog model's `train()` function."""
    webhook: str
    """An HTTPS URL for receiving a webhook when the training completes.
    The webhook is a POST request whose body is the training, as
    returned by `trainings.get`. It may be retried, so it must be
    safe to call more than once.
    """
    webhook_events_filter: List[WebhookEventType]
    """Which events trigger webhook requests: `start`, `output`, `logs`
    and `completed` (when the training reaches a terminal state).
    """
