# File generated from openapi.yaml by codegen. Do not edit.

from typing_extensions import Required, TypedDict

__all__ = ["ModelSearchParams"]


class ModelSearchParams(TypedDict, total=False):
    query: Required[str]
    """The search query."""
