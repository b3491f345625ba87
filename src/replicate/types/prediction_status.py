# File generated from openapi.yaml by codegen. Do not edit.

from typing_extensions import Literal, TypeAlias

__all__ = ["PredictionStatus"]


PredictionStatus: TypeAlias = Literal["starting", "processing", "succeeded", "failed", "canceled"]
"""The state of a prediction or training: `starting` (starting up, or
waiting for a worker), `processing` (the model is running),
`succeeded`, `failed` or `canceled`. The last three are terminal.
"""
