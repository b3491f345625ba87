# File generated from openapi.yaml by codegen. Do not edit.

from typing_extensions import Required, TypedDict

__all__ = ["SearchParams"]


class SearchParams(TypedDict, total=False):
    query: Required[str]
    """The search query."""
    limit: int
    """The maximum number of model results to return (1 to 50). Defaults to `20`."""
