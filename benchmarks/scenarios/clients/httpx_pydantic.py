"""The floor of a typed client: raw ``httpx`` as in ``httpx_raw``, each body validated into a pydantic
model (``_typed_prediction.Prediction``). What this adds to ``httpx`` is what pydantic costs; what
``ours`` adds to this is the SDK's own share. Takes part in the cold start and ``get`` scenarios.
"""

from __future__ import annotations

import httpx as _httpx
from _common import PREDICTION_ID, NotApplicable

from clients._typed_prediction import Prediction
from clients.httpx_raw import make


def get(client: _httpx.Client) -> Prediction:
    response = client.get(f"/predictions/{PREDICTION_ID}")
    response.raise_for_status()
    return Prediction.model_validate_json(response.content)


def _only_get(*_: object) -> object:
    raise NotApplicable("the typed floor takes part in the cold start and predictions.get scenarios only")


run = list_models = stream = make_async = aget = aclose = _only_get
__all__ = ["get", "make"]
