# File generated from openapi.yaml by codegen. Do not edit.

from typing import Optional

from typing_extensions import TypedDict

__all__ = ["LibraryListParams"]


class LibraryListParams(TypedDict, total=False):
    city: Optional[str]
    """Only libraries in this city."""
    page_size: int
    """How many libraries a page holds. Defaults to `25`."""
