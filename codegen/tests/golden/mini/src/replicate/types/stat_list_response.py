# File generated from openapi.yaml by codegen. Do not edit.

from typing import List

from typing_extensions import TypeAlias

from .widget import Widget

__all__ = ["StatListResponse"]


StatListResponse: TypeAlias = List[Widget]
