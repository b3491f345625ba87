# File generated from openapi.yaml by codegen. Do not edit.

from datetime import datetime
from typing import Union

from typing_extensions import TypedDict

__all__ = ["PredictionListParams"]


class PredictionListParams(TypedDict, total=False):
    created_after: Union[str, datetime]
    """Include only predictions created at or after this date-time, in ISO 8601 format."""
    created_before: Union[str, datetime]
    """Include only predictions created before this date-time, in ISO 8601 format."""
