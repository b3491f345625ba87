# File generated from openapi.yaml by codegen. Do not edit.

from typing_extensions import Literal, TypeAlias

__all__ = ["Genre"]


Genre: TypeAlias = Literal["fiction", "poetry", "history"]
"""What a book is about."""
