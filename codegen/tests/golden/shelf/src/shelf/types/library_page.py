# File generated from openapi.yaml by codegen. Do not edit.

from typing import List, Optional

from .._models import BaseModel
from .library import Library

__all__ = ["LibraryPage"]


class LibraryPage(BaseModel):
    data: Optional[List[Library]] = None
    next_url: Optional[str] = None
    prev_url: Optional[str] = None
