# File generated from openapi.yaml by codegen. Do not edit.

from typing import List, Optional

from .._models import BaseModel

__all__ = ["SearchModelMetadata"]


class SearchModelMetadata(BaseModel):
    """Extra search metadata about a model."""

    generated_description: Optional[str] = None
    """A longer and more detailed AI-generated description of the model."""
    tags: Optional[List[str]] = None
    """Tags for the model."""
    score: Optional[float] = None
    """The model's relevance to the search query."""
