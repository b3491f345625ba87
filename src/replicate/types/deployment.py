# File generated from openapi.yaml by codegen. Do not edit.

from typing import Optional

from .._models import BaseModel
from .deployment_release import DeploymentRelease

__all__ = ["Deployment"]


class Deployment(BaseModel):
    """A deployment of a model on dedicated hardware."""

    owner: str
    """The name of the user or organization that owns the deployment."""
    name: str
    """The name of the deployment."""
    current_release: Optional[DeploymentRelease] = None
    """A release of a deployment. Each update of a deployment creates a new release."""
