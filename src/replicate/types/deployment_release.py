# File generated from openapi.yaml by codegen. Do not edit.

from datetime import datetime
from typing import Optional

from .._models import BaseModel
from .account import Account
from .deployment_configuration import DeploymentConfiguration

__all__ = ["DeploymentRelease"]


class DeploymentRelease(BaseModel):
    """A release of a deployment. Each update of a deployment creates a new release."""

    number: int
    """The release number, incremented each time the deployment is updated."""
    model: str
    """The model identifier string in the format of `{model_owner}/{model_name}`."""
    version: str
    """The ID of the model version used in the release."""
    created_at: datetime
    """The time the release was created."""
    created_by: Optional[Account] = None
    """A user or organization account."""
    configuration: DeploymentConfiguration
    """The hardware and scaling of a deployment release."""
