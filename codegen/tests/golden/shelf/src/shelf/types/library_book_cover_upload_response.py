# File generated from openapi.yaml by codegen. Do not edit.

from typing import Optional

from .._models import BaseModel

__all__ = ["LibraryBookCoverUploadResponse"]


class LibraryBookCoverUploadResponse(BaseModel):
    url: str
    bytes: Optional[int] = None
