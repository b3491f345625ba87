# File generated from openapi.yaml by codegen. Do not edit.
"""Every request and response type. Each is imported on first use, so this package is cheap to import."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Dict, List

if TYPE_CHECKING:
    from .account import Account as Account
    from .account_type import AccountType as AccountType
    from .collection import Collection as Collection
    from .collection_summary import CollectionSummary as CollectionSummary
    from .deployment import Deployment as Deployment
    from .deployment_configuration import DeploymentConfiguration as DeploymentConfiguration
    from .deployment_create_params import DeploymentCreateParams as DeploymentCreateParams
    from .deployment_prediction_create_params import (
        DeploymentPredictionCreateParams as DeploymentPredictionCreateParams,
    )
    from .deployment_release import DeploymentRelease as DeploymentRelease
    from .deployment_update_params import DeploymentUpdateParams as DeploymentUpdateParams
    from .error import Error as Error, ErrorInvalidFields as ErrorInvalidFields
    from .file import File as File
    from .file_checksums import FileChecksums as FileChecksums
    from .file_create_params import FileCreateParams as FileCreateParams
    from .file_download_params import FileDownloadParams as FileDownloadParams
    from .file_urls import FileUrls as FileUrls
    from .hardware import Hardware as Hardware
    from .hardware_list_response import HardwareListResponse as HardwareListResponse
    from .model import Model as Model
    from .model_create_params import ModelCreateParams as ModelCreateParams
    from .model_list_params import ModelListParams as ModelListParams
    from .model_prediction_create_params import ModelPredictionCreateParams as ModelPredictionCreateParams
    from .model_search_params import ModelSearchParams as ModelSearchParams
    from .model_update_params import ModelUpdateParams as ModelUpdateParams
    from .model_version import ModelVersion as ModelVersion
    from .model_visibility import ModelVisibility as ModelVisibility
    from .prediction import Prediction as Prediction
    from .prediction_create_params import PredictionCreateParams as PredictionCreateParams
    from .prediction_list_params import PredictionListParams as PredictionListParams
    from .prediction_metrics import PredictionMetrics as PredictionMetrics
    from .prediction_source import PredictionSource as PredictionSource
    from .prediction_status import PredictionStatus as PredictionStatus
    from .prediction_urls import PredictionUrls as PredictionUrls
    from .search_collection import SearchCollection as SearchCollection
    from .search_model_metadata import SearchModelMetadata as SearchModelMetadata
    from .search_model_result import SearchModelResult as SearchModelResult
    from .search_page import SearchPage as SearchPage
    from .search_params import SearchParams as SearchParams
    from .search_response import SearchResponse as SearchResponse
    from .training import Training as Training
    from .training_create_params import TrainingCreateParams as TrainingCreateParams
    from .training_output import TrainingOutput as TrainingOutput
    from .webhook_event_type import WebhookEventType as WebhookEventType
    from .webhook_secret import WebhookSecret as WebhookSecret

__all__ = [
    "Account",
    "AccountType",
    "Collection",
    "CollectionSummary",
    "Deployment",
    "DeploymentConfiguration",
    "DeploymentCreateParams",
    "DeploymentPredictionCreateParams",
    "DeploymentRelease",
    "DeploymentUpdateParams",
    "Error",
    "ErrorInvalidFields",
    "File",
    "FileChecksums",
    "FileCreateParams",
    "FileDownloadParams",
    "FileUrls",
    "Hardware",
    "HardwareListResponse",
    "Model",
    "ModelCreateParams",
    "ModelListParams",
    "ModelPredictionCreateParams",
    "ModelSearchParams",
    "ModelUpdateParams",
    "ModelVersion",
    "ModelVisibility",
    "Prediction",
    "PredictionCreateParams",
    "PredictionListParams",
    "PredictionMetrics",
    "PredictionSource",
    "PredictionStatus",
    "PredictionUrls",
    "SearchCollection",
    "SearchModelMetadata",
    "SearchModelResult",
    "SearchPage",
    "SearchParams",
    "SearchResponse",
    "Training",
    "TrainingCreateParams",
    "TrainingOutput",
    "WebhookEventType",
    "WebhookSecret",
]

_MODULE_OF: Dict[str, str] = {
    "Account": "account",
    "AccountType": "account_type",
    "Collection": "collection",
    "CollectionSummary": "collection_summary",
    "Deployment": "deployment",
    "DeploymentConfiguration": "deployment_configuration",
    "DeploymentCreateParams": "deployment_create_params",
    "DeploymentPredictionCreateParams": "deployment_prediction_create_params",
    "DeploymentRelease": "deployment_release",
    "DeploymentUpdateParams": "deployment_update_params",
    "Error": "error",
    "ErrorInvalidFields": "error",
    "File": "file",
    "FileChecksums": "file_checksums",
    "FileCreateParams": "file_create_params",
    "FileDownloadParams": "file_download_params",
    "FileUrls": "file_urls",
    "Hardware": "hardware",
    "HardwareListResponse": "hardware_list_response",
    "Model": "model",
    "ModelCreateParams": "model_create_params",
    "ModelListParams": "model_list_params",
    "ModelPredictionCreateParams": "model_prediction_create_params",
    "ModelSearchParams": "model_search_params",
    "ModelUpdateParams": "model_update_params",
    "ModelVersion": "model_version",
    "ModelVisibility": "model_visibility",
    "Prediction": "prediction",
    "PredictionCreateParams": "prediction_create_params",
    "PredictionListParams": "prediction_list_params",
    "PredictionMetrics": "prediction_metrics",
    "PredictionSource": "prediction_source",
    "PredictionStatus": "prediction_status",
    "PredictionUrls": "prediction_urls",
    "SearchCollection": "search_collection",
    "SearchModelMetadata": "search_model_metadata",
    "SearchModelResult": "search_model_result",
    "SearchPage": "search_page",
    "SearchParams": "search_params",
    "SearchResponse": "search_response",
    "Training": "training",
    "TrainingCreateParams": "training_create_params",
    "TrainingOutput": "training_output",
    "WebhookEventType": "webhook_event_type",
    "WebhookSecret": "webhook_secret",
}


def __getattr__(name: str) -> object:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> List[str]:
    return sorted(__all__)
