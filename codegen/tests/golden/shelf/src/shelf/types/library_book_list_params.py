# File generated from openapi.yaml by codegen. Do not edit.

from datetime import datetime
from typing import Union

from typing_extensions import Literal, TypedDict

from .genre import Genre

__all__ = ["LibraryBookListParams"]


class LibraryBookListParams(TypedDict, total=False):
    genre: Genre
    """What a book is about."""
    year: Union[int, str]
    """A year, or a range such as `1990-1999`."""
    published_after: Union[str, datetime]
    accept_language: Literal["en", "fr"]
