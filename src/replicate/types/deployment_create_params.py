# File generated from openapi.yaml by codegen. Do not edit.

from typing_extensions import Required, TypedDict

__all__ = ["DeploymentCreateParams"]


class DeploymentCreateParams(TypedDict, total=False):
    name: Required[str]
    """The name of the deployment."""
    model: Required[str]
    """The full name of the model that you want to deploy, e.g. `stability-ai/sdxl`."""
    version: Required[str]
    """The 64-character string ID of the model version that you want to deploy."""
    hardware: Required[str]
    """The SKU for the hardware used to run the model. Possible values can be retrieved from `hardware.list`."""
    min_instances: Required[int]
    """The minimum number of instances for scaling."""
    max_instances: Required[int]
    """The maximum number of instances for scaling."""
