# File generated from openapi.yaml by codegen. Do not edit.

from typing import Dict

from typing_extensions import Required, TypedDict

from .._types import FileTypes

__all__ = ["UploadCreateParams"]


class UploadCreateParams(TypedDict, total=False):
    content: Required[FileTypes]
    """The bytes."""
    metadata: Dict[str, object]
    """Anything."""
