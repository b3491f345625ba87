# File generated from openapi.yaml by codegen. Do not edit.

from typing import Dict, List, Optional

from typing_extensions import Literal, Required, TypedDict

__all__ = ["LibraryCreateParamsOpeningHours", "LibraryCreateParams"]


class LibraryCreateParamsOpeningHours(TypedDict, total=False):
    day: Required[Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"]]
    opens: str
    closes: str


class LibraryCreateParams(TypedDict, total=False):
    name: Required[str]
    address: Optional[str]
    access_code: str
    """Staff-only; never returned."""
    metadata: Dict[str, str]
    opening_hours: List[LibraryCreateParamsOpeningHours]
    x_request_tag: str
    """Echoed back in logs."""
