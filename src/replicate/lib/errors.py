"""Errors of `run`, `stream`, `use` and `predictions.wait` beyond the HTTP ones."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from .._exceptions import ModelError, ReplicateError

if TYPE_CHECKING:
    from ..types.prediction import Prediction

__all__ = [
    "InputValidationError",
    "PredictionCanceledError",
    "PredictionTimeoutError",
    "StreamingNotSupportedError",
]


class PredictionCanceledError(ModelError):
    """The prediction ended with status `canceled` (a `ModelError`, so one `except` catches both)."""

    def __init__(self, prediction: Prediction, message: Optional[str] = None) -> None:
        super().__init__(prediction, message or f"Prediction {prediction.id} was canceled.")


class PredictionTimeoutError(ReplicateError, TimeoutError):
    """The deadline passed before the prediction finished; `prediction` is its last known state."""

    prediction: Prediction

    def __init__(self, prediction: Prediction, timeout: float, *, canceled: bool) -> None:
        self.prediction = prediction
        self.timeout = timeout
        after = "; it was canceled" if canceled else ""
        super().__init__(
            f"Prediction {prediction.id} did not finish within {timeout:g} seconds "
            f"(last status: {prediction.status}){after}."
        )


class InputValidationError(ReplicateError, ValueError):
    """An input does not match the model version's input schema (raised before any prediction)."""


class StreamingNotSupportedError(ReplicateError):
    """The prediction has no `urls.stream`: its model does not stream output (use `run` instead)."""
