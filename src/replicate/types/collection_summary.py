# File generated from openapi.yaml by codegen. Do not edit.

from .._models import BaseModel

__all__ = ["CollectionSummary"]


class CollectionSummary(BaseModel):
    """A collection of models, without its models (as listed by `collections.list`)."""

    name: str
    """The name of the collection."""
    slug: str
    """The slug of the collection (lowercase with dashes), used in its URL."""
    description: str
    """A description of the collection."""
