# File generated from openapi.yaml by codegen. Do not edit.

from typing import Optional

from .._models import BaseModel

__all__ = ["TrainingOutput"]


class TrainingOutput(BaseModel):
    """The output of a successful training."""

    version: Optional[str] = None
    """The model version created by the training, as `{owner}/{name}:{version_id}`."""
    weights: Optional[str] = None
    """A URL of the trained weights."""
