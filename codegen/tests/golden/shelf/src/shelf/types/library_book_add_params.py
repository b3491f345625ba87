# File generated from openapi.yaml by codegen. Do not edit.

from typing import List, Union

from typing_extensions import Required, TypedDict

from .audio_edition_param import AudioEditionParam
from .genre import Genre
from .print_edition_param import PrintEditionParam

__all__ = ["LibraryBookAddParams"]


class LibraryBookAddParams(TypedDict, total=False):
    title: Required[str]
    isbn: Required[str]
    edition: Required[Union[PrintEditionParam, AudioEditionParam]]
    genre: Genre
    """What a book is about."""
    price: Union[float, str]
    """A number, or "free"."""
    author_ids: List[str]
