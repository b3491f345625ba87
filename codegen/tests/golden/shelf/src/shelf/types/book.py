# File generated from openapi.yaml by codegen. Do not edit.

from typing import List, Optional, Union

from pydantic import Field as FieldInfo
from typing_extensions import Annotated

from .._models import BaseModel
from .audio_edition import AudioEdition
from .genre import Genre
from .print_edition import PrintEdition

__all__ = ["Book"]


class Book(BaseModel):
    """A copy of a work on the shelves."""

    title: str
    genre: Optional[Genre] = None
    """What a book is about."""
    isbn: str
    edition: Annotated[Union[PrintEdition, AudioEdition], FieldInfo(discriminator="format")]
    price: Optional[Union[float, str]] = None
    """A number, or "free"."""
    author_ids: Optional[List[str]] = None
