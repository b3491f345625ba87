# File generated from openapi.yaml by codegen. Do not edit.

from datetime import datetime
from typing import Dict, Optional

from typing_extensions import TypeAlias

from .._models import BaseModel
from .prediction_metrics import PredictionMetrics
from .prediction_source import PredictionSource
from .prediction_status import PredictionStatus
from .prediction_urls import PredictionUrls

__all__ = ["Prediction", "URLs", "Metrics"]


class Prediction(BaseModel):
    """A run of a model with a given input."""

    id: str
    """The ID of the prediction."""
    model: str
    """The name of the model that created the prediction, as `{owner}/{name}`."""
    version: str
    """The ID of the model version that created the prediction, or `hidden` for official models."""
    input: Dict[str, object]
    """The prediction input."""
    output: Optional[object] = None
    """The prediction output, which can be any JSON-serializable value
    depending on the model; files are HTTPS URLs. Null until there is
    output, and after the data has been removed.
    """
    logs: Optional[str] = None
    """The log output from the model."""
    error: Optional[str] = None
    """An error string if the status is `failed`."""
    status: PredictionStatus
    """The state of a prediction or training: `starting` (starting up, or
    waiting for a worker), `processing` (the model is running),
    `succeeded`, `failed` or `canceled`. The last three are terminal.
    """
    source: Optional[PredictionSource] = None
    """How the prediction or training was created."""
    deployment: Optional[str] = None
    """The name of the deployment that created the prediction, as `{owner}/{name}`, if any."""
    created_at: datetime
    """The time that the prediction was created."""
    started_at: Optional[datetime] = None
    """The time that the model began the prediction."""
    completed_at: Optional[datetime] = None
    """The time that the model completed the prediction and all outputs were uploaded."""
    deadline: Optional[datetime] = None
    """The absolute time at which the prediction will be canceled automatically if it has not
    completed: the creation time plus the `Cancel-After` duration, when one was given.
    """
    data_removed: Optional[bool] = None
    """Whether the prediction's input and output data have been removed."""
    metrics: Optional[PredictionMetrics] = None
    """Metrics of the prediction, present once it has terminated."""
    urls: PredictionUrls
    """API URLs for working with a prediction or training."""


# Deprecated names from the published 2.0 betas, kept as aliases of this package's types (see api.md).
URLs: TypeAlias = PredictionUrls
Metrics: TypeAlias = PredictionMetrics
