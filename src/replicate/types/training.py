# File generated from openapi.yaml by codegen. Do not edit.

from datetime import datetime
from typing import Dict, Optional

from .._models import BaseModel
from .prediction_metrics import PredictionMetrics
from .prediction_source import PredictionSource
from .prediction_status import PredictionStatus
from .prediction_urls import PredictionUrls
from .training_output import TrainingOutput

__all__ = ["Training"]


class Training(BaseModel):
    """A fine-tuning run of a model version, which pushes a new version to its destination."""

    id: str
    """The ID of the training."""
    model: str
    """The name of the model being trained, as `{owner}/{name}`."""
    version: str
    """The ID of the model version being trained."""
    input: Dict[str, object]
    """The training input."""
    output: Optional[TrainingOutput] = None
    """The output of the training once it has succeeded."""
    logs: Optional[str] = None
    """The log output of the training."""
    error: Optional[str] = None
    """An error string if the status is `failed`."""
    status: PredictionStatus
    """The state of a prediction or training: `starting` (starting up, or
    waiting for a worker), `processing` (the model is running),
    `succeeded`, `failed` or `canceled`. The last three are terminal.
    """
    source: Optional[PredictionSource] = None
    """How the prediction or training was created."""
    created_at: datetime
    """The time that the training was created."""
    started_at: Optional[datetime] = None
    """The time that the training started."""
    completed_at: Optional[datetime] = None
    """The time that the training completed."""
    metrics: Optional[PredictionMetrics] = None
    """Metrics of the training, present once it has terminated."""
    urls: PredictionUrls
    """API URLs for working with a prediction or training."""
