# File generated from openapi.yaml by codegen. Do not edit.

from typing_extensions import TypedDict

__all__ = ["DeploymentUpdateParams"]


class DeploymentUpdateParams(TypedDict, total=False):
    hardware: str
    """The SKU for the hardware used to run the model. Possible values can be retrieved from `hardware.list`."""
    min_instances: int
    """The minimum number of instances for scaling."""
    max_instances: int
    """The maximum number of instances for scaling."""
    version: str
    """The ID of the model version that you want to deploy."""
