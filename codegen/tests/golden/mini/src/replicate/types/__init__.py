# File generated from openapi.yaml by codegen. Do not edit.
"""Every request and response type. Each is imported on first use, so this package is cheap to import."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Dict, List

if TYPE_CHECKING:
    from .stat_list_response import StatListResponse as StatListResponse
    from .upload_create_params import UploadCreateParams as UploadCreateParams
    from .widget import Widget as Widget, WidgetDimensions as WidgetDimensions
    from .widget_color import WidgetColor as WidgetColor
    from .widget_create_params import (
        WidgetCreateParams as WidgetCreateParams,
        WidgetCreateParamsLabels as WidgetCreateParamsLabels,
    )
    from .widget_list_params import WidgetListParams as WidgetListParams
    from .widget_part_get_params import WidgetPartGetParams as WidgetPartGetParams
    from .widget_part_get_response import WidgetPartGetResponse as WidgetPartGetResponse
    from .widget_search_params import WidgetSearchParams as WidgetSearchParams

__all__ = [
    "StatListResponse",
    "UploadCreateParams",
    "Widget",
    "WidgetColor",
    "WidgetCreateParams",
    "WidgetCreateParamsLabels",
    "WidgetDimensions",
    "WidgetListParams",
    "WidgetPartGetParams",
    "WidgetPartGetResponse",
    "WidgetSearchParams",
]

_MODULE_OF: Dict[str, str] = {
    "StatListResponse": "stat_list_response",
    "UploadCreateParams": "upload_create_params",
    "Widget": "widget",
    "WidgetColor": "widget_color",
    "WidgetCreateParams": "widget_create_params",
    "WidgetCreateParamsLabels": "widget_create_params",
    "WidgetDimensions": "widget",
    "WidgetListParams": "widget_list_params",
    "WidgetPartGetParams": "widget_part_get_params",
    "WidgetPartGetResponse": "widget_part_get_response",
    "WidgetSearchParams": "widget_search_params",
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
