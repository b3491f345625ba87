# File generated from openapi.yaml by codegen. Do not edit.

from typing_extensions import Required, TypedDict

from .._types import FileTypes

__all__ = ["LibraryBookCoverUploadParams"]


class LibraryBookCoverUploadParams(TypedDict, total=False):
    image: Required[FileTypes]
    """A PNG or JPEG."""
    caption: str
