"""The bases of the generated predictions resources (named in codegen/config.yaml): `wait`."""

from __future__ import annotations

from .._resource import AsyncAPIResource, SyncAPIResource

__all__ = ["AsyncPredictionsBase", "PredictionsBase"]


class PredictionsBase(SyncAPIResource):
    pass


class AsyncPredictionsBase(AsyncAPIResource):
    pass
