# File generated from openapi.yaml by codegen. Do not edit.

from typing_extensions import Literal, TypeAlias

__all__ = ["PredictionSource"]


PredictionSource: TypeAlias = Literal["web", "api"]
"""How the prediction or training was created."""
