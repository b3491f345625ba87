"""The bases of the generated webhooks resources (named in codegen/config.yaml): `verify`, `unwrap`."""

from __future__ import annotations

from .._resource import AsyncAPIResource, SyncAPIResource

__all__ = ["AsyncWebhooksBase", "WebhooksBase"]


class WebhooksBase(SyncAPIResource):
    pass


class AsyncWebhooksBase(AsyncAPIResource):
    pass
