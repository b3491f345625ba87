# File generated from openapi.yaml by codegen. Do not edit.

from typing import List, Optional

from .._models import BaseModel

__all__ = ["SearchCollection"]


class SearchCollection(BaseModel):
    """A collection matching a search."""

    name: str
    """The name of the collection."""
    slug: str
    """The slug of the collection (lowercase with dashes)."""
    description: str
    """A description of the collection."""
    models: Optional[List[str]] = None
    """The full names (`owner/name`) of the models in the collection."""
