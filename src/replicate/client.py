"""``from replicate.client import Client``: the older client's import path (see ``replicate.legacy``)."""

from .legacy import Client

__all__ = ["Client"]
