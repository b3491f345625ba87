# File generated from openapi.yaml by codegen. Do not edit.

from typing_extensions import TypeAlias

from .account import Account
from .deployment import Deployment
from .deployment_configuration import DeploymentConfiguration
from .deployment_release import DeploymentRelease

__all__ = [
    "DeploymentListResponse",
    "CurrentRelease",
    "CurrentReleaseConfiguration",
    "CurrentReleaseCreatedBy",
]

# Deprecated names from the published 2.0 betas, kept as aliases of this package's types (see api.md).
DeploymentListResponse: TypeAlias = Deployment
CurrentRelease: TypeAlias = DeploymentRelease
CurrentReleaseConfiguration: TypeAlias = DeploymentConfiguration
CurrentReleaseCreatedBy: TypeAlias = Account
