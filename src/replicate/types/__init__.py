# File generated from openapi.yaml by codegen. Do not edit.
"""Every request and response type. Each is imported on first use, so this package is cheap to import."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Dict, List

if TYPE_CHECKING:
    from .account import Account as Account
    from .account_get_response import AccountGetResponse as AccountGetResponse
    from .account_type import AccountType as AccountType
    from .client_search_params import ClientSearchParams as ClientSearchParams
    from .collection import Collection as Collection
    from .collection_get_response import CollectionGetResponse as CollectionGetResponse
    from .collection_list_response import CollectionListResponse as CollectionListResponse
    from .collection_summary import CollectionSummary as CollectionSummary
    from .deployment import Deployment as Deployment
    from .deployment_configuration import DeploymentConfiguration as DeploymentConfiguration
    from .deployment_create_params import DeploymentCreateParams as DeploymentCreateParams
    from .deployment_create_response import DeploymentCreateResponse as DeploymentCreateResponse
    from .deployment_get_response import DeploymentGetResponse as DeploymentGetResponse
    from .deployment_list_response import DeploymentListResponse as DeploymentListResponse
    from .deployment_prediction_create_params import (
        DeploymentPredictionCreateParams as DeploymentPredictionCreateParams,
    )
    from .deployment_release import DeploymentRelease as DeploymentRelease
    from .deployment_update_params import DeploymentUpdateParams as DeploymentUpdateParams
    from .deployment_update_response import DeploymentUpdateResponse as DeploymentUpdateResponse
    from .error import Error as Error, ErrorInvalidFields as ErrorInvalidFields
    from .file import File as File
    from .file_checksums import FileChecksums as FileChecksums
    from .file_create_params import FileCreateParams as FileCreateParams
    from .file_create_response import FileCreateResponse as FileCreateResponse
    from .file_download_params import FileDownloadParams as FileDownloadParams
    from .file_get_response import FileGetResponse as FileGetResponse
    from .file_list_response import FileListResponse as FileListResponse
    from .file_urls import FileUrls as FileUrls
    from .hardware import Hardware as Hardware
    from .hardware_list_response import (
        HardwareListResponse as HardwareListResponse,
        HardwareListResponseItem as HardwareListResponseItem,
    )
    from .model import Model as Model
    from .model_create_params import ModelCreateParams as ModelCreateParams
    from .model_create_response import ModelCreateResponse as ModelCreateResponse
    from .model_get_response import ModelGetResponse as ModelGetResponse
    from .model_list_params import ModelListParams as ModelListParams
    from .model_list_response import ModelListResponse as ModelListResponse
    from .model_prediction_create_params import ModelPredictionCreateParams as ModelPredictionCreateParams
    from .model_search_params import ModelSearchParams as ModelSearchParams
    from .model_search_response import ModelSearchResponse as ModelSearchResponse
    from .model_update_params import ModelUpdateParams as ModelUpdateParams
    from .model_update_response import ModelUpdateResponse as ModelUpdateResponse
    from .model_version import ModelVersion as ModelVersion
    from .model_visibility import ModelVisibility as ModelVisibility
    from .prediction import Prediction as Prediction
    from .prediction_create_params import (
        PredictionCreateParams as PredictionCreateParams,
        PredictionCreateParamsWithoutVersion as PredictionCreateParamsWithoutVersion,
    )
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
    from .training_cancel_response import TrainingCancelResponse as TrainingCancelResponse
    from .training_create_params import TrainingCreateParams as TrainingCreateParams
    from .training_create_response import TrainingCreateResponse as TrainingCreateResponse
    from .training_get_response import TrainingGetResponse as TrainingGetResponse
    from .training_list_response import TrainingListResponse as TrainingListResponse
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
    "AccountGetResponse": "account_get_response",
    "AccountType": "account_type",
    "ClientSearchParams": "client_search_params",
    "Collection": "collection",
    "CollectionGetResponse": "collection_get_response",
    "CollectionListResponse": "collection_list_response",
    "CollectionSummary": "collection_summary",
    "Deployment": "deployment",
    "DeploymentConfiguration": "deployment_configuration",
    "DeploymentCreateParams": "deployment_create_params",
    "DeploymentCreateResponse": "deployment_create_response",
    "DeploymentGetResponse": "deployment_get_response",
    "DeploymentListResponse": "deployment_list_response",
    "DeploymentPredictionCreateParams": "deployment_prediction_create_params",
    "DeploymentRelease": "deployment_release",
    "DeploymentUpdateParams": "deployment_update_params",
    "DeploymentUpdateResponse": "deployment_update_response",
    "Error": "error",
    "ErrorInvalidFields": "error",
    "File": "file",
    "FileChecksums": "file_checksums",
    "FileCreateParams": "file_create_params",
    "FileCreateResponse": "file_create_response",
    "FileDownloadParams": "file_download_params",
    "FileGetResponse": "file_get_response",
    "FileListResponse": "file_list_response",
    "FileUrls": "file_urls",
    "Hardware": "hardware",
    "HardwareListResponse": "hardware_list_response",
    "HardwareListResponseItem": "hardware_list_response",
    "Model": "model",
    "ModelCreateParams": "model_create_params",
    "ModelCreateResponse": "model_create_response",
    "ModelGetResponse": "model_get_response",
    "ModelListParams": "model_list_params",
    "ModelListResponse": "model_list_response",
    "ModelPredictionCreateParams": "model_prediction_create_params",
    "ModelSearchParams": "model_search_params",
    "ModelSearchResponse": "model_search_response",
    "ModelUpdateParams": "model_update_params",
    "ModelUpdateResponse": "model_update_response",
    "ModelVersion": "model_version",
    "ModelVisibility": "model_visibility",
    "Prediction": "prediction",
    "PredictionCreateParams": "prediction_create_params",
    "PredictionCreateParamsWithoutVersion": "prediction_create_params",
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
    "TrainingCancelResponse": "training_cancel_response",
    "TrainingCreateParams": "training_create_params",
    "TrainingCreateResponse": "training_create_response",
    "TrainingGetResponse": "training_get_response",
    "TrainingListResponse": "training_list_response",
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
