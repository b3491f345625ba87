# File generated from openapi.yaml by codegen. Do not edit.

from typing import Optional

from .._models import BaseModel

__all__ = ["PredictionUrls"]


class PredictionUrls(BaseModel):
    """API URLs for working with a prediction or training."""

    get: str
    """Retrieve the latest state of the prediction."""
    cancel: str
    """Cancel the prediction."""
    web: Optional[str] = None
    """View the prediction on the Replicate website."""
    stream: Optional[str] = None
    """A server-sent events (`text/event-stream`) URL streaming the
    prediction's output, present when the model supports streaming
    (formerly only when created with `stream: true`).
    """
