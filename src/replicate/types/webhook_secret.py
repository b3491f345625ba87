# File generated from openapi.yaml by codegen. Do not edit.

from .._models import BaseModel

__all__ = ["WebhookSecret"]


class WebhookSecret(BaseModel):
    """The signing secret of the default webhook endpoint."""

    key: str
    """The signing secret, beginning with `whsec_`."""
