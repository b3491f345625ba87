# File generated from openapi.yaml by codegen. Do not edit.

from typing_extensions import Literal, TypeAlias

__all__ = ["ModelVisibility"]


ModelVisibility: TypeAlias = Literal["public", "private"]
"""Whether the model is public or private. Public models can be viewed
and run by anyone; private models only by the owner and, for
organizations, its members.
"""
