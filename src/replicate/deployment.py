"""``replicate.deployment``, replicate 1.0.x's module: ``Deployment``, ``Deployments``
(``client.deployments``), ``DeploymentPredictions`` (``deployment.predictions``) and
``DeploymentsPredictions`` (``client.deployments.predictions``)."""

from .legacy._objects import Deployment
from .legacy._resources import DeploymentPredictions, Deployments, DeploymentsPredictions

__all__ = ["Deployment", "DeploymentPredictions", "Deployments", "DeploymentsPredictions"]
