# File generated from openapi.yaml by codegen. Do not edit.

from .._models import BaseModel

__all__ = ["DeploymentConfiguration"]


class DeploymentConfiguration(BaseModel):
    """The hardware and scaling of a deployment release."""

    hardware: str
    """The SKU for the hardware used to run the model."""
    min_instances: int
    """The minimum number of instances for scaling."""
    max_instances: int
    """The maximum number of instances for scaling."""
