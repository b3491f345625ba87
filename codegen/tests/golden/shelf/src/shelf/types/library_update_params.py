# File generated from openapi.yaml by codegen. Do not edit.

from typing import Optional

from typing_extensions import TypedDict

__all__ = ["LibraryUpdateParams"]


class LibraryUpdateParams(TypedDict, total=False):
    name: str
    address: Optional[str]
    """null removes the address."""
