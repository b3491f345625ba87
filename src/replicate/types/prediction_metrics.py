# File generated from openapi.yaml by codegen. Do not edit.

from typing import Optional

from .._models import BaseModel

__all__ = ["PredictionMetrics"]


class PredictionMetrics(BaseModel):
    """Metrics of a terminated prediction or training. Language models add
    token counts and timings such as `input_token_count`,
    `output_token_count`, `tokens_per_second` and `time_to_first_token`.
    """

    predict_time: Optional[float] = None
    """The CPU or GPU time, in seconds, that the prediction used while running. It does not include time waiting for the prediction to start."""
    total_time: Optional[float] = None
    """The total time, in seconds, from creation to completion, including time waiting to start."""
