# File generated from openapi.yaml by codegen. Do not edit.

from typing import Optional

from .._models import BaseModel

__all__ = ["FileUrls"]


class FileUrls(BaseModel):
    """URLs associated with the file resource."""

    get: Optional[str] = None
    """A URL to the file resource. Pass it as a model input to use the file."""
