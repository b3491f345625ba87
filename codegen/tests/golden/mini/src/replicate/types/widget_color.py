# File generated from openapi.yaml by codegen. Do not edit.

from typing_extensions import Literal, TypeAlias

__all__ = ["WidgetColor"]


WidgetColor: TypeAlias = Literal["red", "blue"]
"""A color."""
