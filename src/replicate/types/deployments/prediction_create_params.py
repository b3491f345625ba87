# File generated from openapi.yaml by codegen. Do not edit.

from typing_extensions import TypeAlias

from ..deployment_prediction_create_params import DeploymentPredictionCreateParams

__all__ = ["PredictionCreateParams"]

# Deprecated names from the published 2.0 betas, kept as aliases of this package's types (see api.md).
PredictionCreateParams: TypeAlias = DeploymentPredictionCreateParams
