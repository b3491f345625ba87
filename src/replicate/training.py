"""``replicate.training``, replicate 1.0.x's module: ``Training`` and ``Trainings`` (``client.trainings``)."""

from .legacy._objects import Training
from .legacy._resources import Trainings

__all__ = ["Training", "Trainings"]
