"""``replicate.version``, replicate 1.0.x's module: ``Version`` and ``Versions``
(``model.versions``, or ``Versions(client, "owner/name")``)."""

from .legacy._objects import Version
from .legacy._resources import ModelVersions as Versions

__all__ = ["Version", "Versions"]
