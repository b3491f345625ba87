# File generated from openapi.yaml by codegen. Do not edit.

from typing import Optional

from typing_extensions import Literal

from .._models import BaseModel

__all__ = ["AudioEdition"]


class AudioEdition(BaseModel):
    format: Literal["audio"]
    duration_seconds: float
    narrator: Optional[str] = None
