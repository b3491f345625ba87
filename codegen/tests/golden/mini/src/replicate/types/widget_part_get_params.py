# File generated from openapi.yaml by codegen. Do not edit.

from typing_extensions import TypedDict

__all__ = ["WidgetPartGetParams"]


class WidgetPartGetParams(TypedDict, total=False):
    verbose: bool
    """More detail."""
