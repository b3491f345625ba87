# File generated from openapi.yaml by codegen. Do not edit.

from typing_extensions import Required, TypedDict

from .widget_color import WidgetColor

__all__ = ["WidgetCreateParamsLabels", "WidgetCreateParams"]


class WidgetCreateParamsLabels(TypedDict, total=False):
    """Free-form labels."""

    team: str


class WidgetCreateParams(TypedDict, total=False):
    name: Required[str]
    """The name."""
    color: WidgetColor
    """A color."""
    labels: WidgetCreateParamsLabels
    """Free-form labels."""
    idempotency_key: str
    """Makes retries safe."""
