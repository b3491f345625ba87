# File generated from openapi.yaml by codegen. Do not edit.

from typing_extensions import Literal, TypeAlias

__all__ = ["WebhookEventType"]


WebhookEventType: TypeAlias = Literal["start", "output", "logs", "completed"]
"""An event that triggers a webhook request: `start` (the prediction
started), `output` (new output), `logs` (new log output) or
`completed` (the prediction reached a terminal state).
"""
