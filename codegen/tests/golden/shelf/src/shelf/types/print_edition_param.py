# File generated from openapi.yaml by codegen. Do not edit.

from typing_extensions import Literal, Required, TypedDict

__all__ = ["PrintEditionParam"]


class PrintEditionParam(TypedDict, total=False):
    format: Required[Literal["print"]]
    pages: Required[int]
