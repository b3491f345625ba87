# File generated from openapi.yaml by codegen. Do not edit.

from typing import Optional

from .._models import BaseModel
from .genre import Genre

__all__ = ["Work"]


class Work(BaseModel):
    title: str
    genre: Optional[Genre] = None
    """What a book is about."""
