# File generated from openapi.yaml by codegen. Do not edit.

from typing import Optional

from .._models import BaseModel

__all__ = ["WidgetPartGetResponse"]


class WidgetPartGetResponse(BaseModel):
    id: str
    weight: Optional[float] = None
