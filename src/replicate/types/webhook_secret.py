# File generated from openapi.yaml by codegen. Do not edit.

from pydantic import Field as FieldInfo

from .._models import BaseModel

__all__ = ["WebhookSecret"]


class WebhookSecret(BaseModel):
    """The signing secret of the default webhook endpoint."""

    key: str = FieldInfo(default=..., repr=False)
    """The signing secret, beginning with `whsec_`. The SDK keeps it out of `repr()` and `str()` of the model."""
