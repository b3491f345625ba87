# File generated from openapi.yaml by codegen. Do not edit.

from typing_extensions import Literal

from .._models import BaseModel

__all__ = ["PrintEdition"]


class PrintEdition(BaseModel):
    format: Literal["print"]
    pages: int
