"""Request parsing shared by the operations that create predictions and trainings."""

from __future__ import annotations

from typing import Any, Dict, Optional, Tuple

from .._jobs import WEBHOOK_EVENTS
from .._problems import invalid


def webhook_settings(body: Dict[str, Any]) -> Tuple[Optional[str], Tuple[str, ...]]:
    webhook = body.get("webhook")
    if webhook is not None and (
        not isinstance(webhook, str) or not webhook.startswith(("http://", "https://"))
    ):
        raise invalid("webhook must be an HTTP or HTTPS URL", field="webhook")
    events = body.get("webhook_events_filter")
    if events is None:
        return webhook, WEBHOOK_EVENTS
    if not isinstance(events, list) or not all(event in WEBHOOK_EVENTS for event in events):  # pyright: ignore[reportUnknownVariableType]
        raise invalid(
            f"webhook_events_filter must be a list of: {', '.join(WEBHOOK_EVENTS)}",
            field="webhook_events_filter",
        )
    return webhook, tuple(str(event) for event in events)  # pyright: ignore[reportUnknownVariableType, reportUnknownArgumentType]


def required_string(body: Dict[str, Any], name: str) -> str:
    value = body.get(name)
    if not isinstance(value, str) or not value:
        raise invalid(f"{name} is required and must be a non-empty string", field=name, kind="required")
    return value


def optional_bool(body: Dict[str, Any], name: str) -> bool:
    value = body.get(name, False)
    if not isinstance(value, bool):
        raise invalid(f"{name} must be a boolean", field=name, kind="invalid_type")
    return value
