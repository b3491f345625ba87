# File generated from openapi.yaml by codegen. Do not edit.

from datetime import datetime
from typing import Dict, List, Optional

from typing_extensions import Literal

from .._models import BaseModel

__all__ = ["LibraryOpeningHours", "Library"]


class LibraryOpeningHours(BaseModel):
    day: Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    opens: Optional[str] = None
    closes: Optional[str] = None


class Library(BaseModel):
    id: str
    name: str
    address: Optional[str] = None
    created_at: Optional[datetime] = None
    metadata: Optional[Dict[str, str]] = None
    opening_hours: Optional[List[LibraryOpeningHours]] = None
