"""``replicate.collection``, replicate 1.0.x's module: ``Collection`` (iterates its models) and
``Collections`` (``client.collections``)."""

from .legacy._objects import Collection
from .legacy._resources import Collections

__all__ = ["Collection", "Collections"]
