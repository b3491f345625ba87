"""``replicate.resource``, replicate 1.0.x's module: ``Resource``, the base of the objects the older
interface returns (``Prediction``, ``Model``...), and ``Namespace``, the base of its resources
(``client.predictions``...)."""

from .legacy._objects import Resource
from .legacy._resources import Namespace

__all__ = ["Namespace", "Resource"]
