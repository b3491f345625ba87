"""``replicate.prediction``, replicate 1.0.x's module: ``Prediction`` (``reload``, ``wait``,
``cancel``, ``stream``, ``output_iterator``, ``progress``) and ``Predictions`` (``client.predictions``)."""

from .legacy._objects import Prediction
from .legacy._resources import Predictions

__all__ = ["Prediction", "Predictions"]
