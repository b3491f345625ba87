# File generated from openapi.yaml by codegen. Do not edit.

from datetime import datetime
from typing import List, Optional

from pydantic import Field as FieldInfo
from typing_extensions import Literal

from .._models import BaseModel
from .widget_color import WidgetColor

__all__ = ["WidgetDimensions", "Widget"]


class WidgetDimensions(BaseModel):
    width: Optional[int] = None
    unit: Optional[Literal["cm", "in"]] = None


class Widget(BaseModel):
    """A widget."""

    id: str
    created_at: datetime
    color: WidgetColor
    """A color."""
    from_: Optional[str] = FieldInfo(alias="from", default=None)
    """A keyword."""
    dimensions: Optional[WidgetDimensions] = None
    tags: Optional[List[str]] = None
