# File generated from openapi.yaml by codegen. Do not edit.

from typing_extensions import Required, TypedDict

__all__ = ["WidgetSearchParams"]


class WidgetSearchParams(TypedDict, total=False):
    query: Required[str]
    """The search text."""
