# File generated from openapi.yaml by codegen. Do not edit.

from typing_extensions import Required, TypedDict

__all__ = ["LibraryBookLookupParams"]


class LibraryBookLookupParams(TypedDict, total=False):
    title: Required[str]
