"""``replicate.model``, replicate 1.0.x's module: ``Model``, ``Models`` (``client.models``) and
``ModelsPredictions`` (``client.models.predictions``), from the older interface (``replicate.legacy``)."""

from .legacy._objects import Model
from .legacy._resources import Models, ModelsPredictions

__all__ = ["Model", "Models", "ModelsPredictions"]
