# File generated from openapi.yaml by codegen. Do not edit.

from datetime import datetime
from typing import Union

from typing_extensions import TypedDict

__all__ = ["WidgetListParams"]


class WidgetListParams(TypedDict, total=False):
    created_after: Union[str, datetime]
    """Only widgets created after this time."""
