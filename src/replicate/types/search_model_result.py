# File generated from openapi.yaml by codegen. Do not edit.

from .._models import BaseModel
from .model import Model
from .search_model_metadata import SearchModelMetadata

__all__ = ["SearchModelResult"]


class SearchModelResult(BaseModel):
    """A model matching a search, with search metadata."""

    model: Model
    """A model on Replicate."""
    metadata: SearchModelMetadata
    """Extra search metadata about a model."""
