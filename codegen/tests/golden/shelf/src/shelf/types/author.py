# File generated from openapi.yaml by codegen. Do not edit.

from datetime import date
from typing import Dict, Optional

from .._models import BaseModel

__all__ = ["Author"]


class Author(BaseModel):
    id: str
    name: str
    born: Optional[date] = None
    nickname: Optional[str] = None
    """Use name.

    Deprecated.
    """
    homepage: Optional[str] = None
    links: Optional[Dict[str, str]] = None
    """Named links to elsewhere."""
