# File generated from openapi.yaml by codegen. Do not edit.

from datetime import datetime
from typing import Dict, Optional

from .._models import BaseModel

__all__ = ["ModelVersion"]


class ModelVersion(BaseModel):
    """A version of a model, with the schema of its inputs and outputs."""

    id: str
    """The ID of the version (a 64-character hex string)."""
    created_at: datetime
    """When the version was created."""
    cog_version: Optional[str] = None
    """The version of Cog used to build the model version."""
    openapi_schema: Optional[Dict[str, object]] = None
    """An OpenAPI document describing the model's inputs and outputs:
    `components.schemas.Input` and `components.schemas.Output`.
    """
