# File generated from openapi.yaml by codegen. Do not edit.

from .._models import BaseModel

__all__ = ["Hardware"]


class Hardware(BaseModel):
    """A kind of hardware that models and deployments can run on."""

    name: str
    """The name of the hardware, e.g. `Nvidia T4 GPU`."""
    sku: str
    """The SKU of the hardware, e.g. `gpu-t4`, used as `hardware` when creating models and deployments."""
