"""The bases of `Replicate` and `AsyncReplicate` (named in codegen/config.yaml): `run`, `stream`, `use`."""

from __future__ import annotations

from .._base_client import AsyncAPIClient, SyncAPIClient

__all__ = ["AsyncReplicateBase", "ReplicateBase"]


class ReplicateBase(SyncAPIClient):
    pass


class AsyncReplicateBase(AsyncAPIClient):
    pass
