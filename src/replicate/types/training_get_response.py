# File generated from openapi.yaml by codegen. Do not edit.

from typing_extensions import TypeAlias

from .prediction_metrics import PredictionMetrics
from .prediction_urls import PredictionUrls
from .training import Training
from .training_output import TrainingOutput

__all__ = ["TrainingGetResponse", "Metrics", "Output", "URLs"]

# Deprecated names from the published 2.0 betas, kept as aliases of this package's types (see api.md).
TrainingGetResponse: TypeAlias = Training
Metrics: TypeAlias = PredictionMetrics
Output: TypeAlias = TrainingOutput
URLs: TypeAlias = PredictionUrls
