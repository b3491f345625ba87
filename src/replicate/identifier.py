"""``replicate.identifier``, replicate 1.0.x's module: ``ModelVersionIdentifier``."""

from .legacy._identifier import ModelVersionIdentifier

__all__ = ["ModelVersionIdentifier"]
