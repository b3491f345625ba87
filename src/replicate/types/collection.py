# File generated from openapi.yaml by codegen. Do not edit.

from typing import List, Optional

from .._models import BaseModel
from .model import Model

__all__ = ["Collection"]


class Collection(BaseModel):
    """A collection of models with the models it contains."""

    name: str
    """The name of the collection."""
    slug: str
    """The slug of the collection (lowercase with dashes), used in its URL."""
    description: str
    """A description of the collection."""
    full_description: Optional[str] = None
    """A longer description of the collection, in Markdown, when it has one."""
    models: List[Model]
    """The models in this collection."""
