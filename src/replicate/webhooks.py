"""``import replicate.webhooks``: the default client's webhooks (``replicate.webhooks.default.secret``).

A module (not only an attribute of ``replicate``) because the older docs (the cheat sheet) import it. Every
attribute is the module-level client's ``webhooks`` resource: ``default.secret()`` (older),
``default.secret.get()`` (typed), ``verify(...)``, ``unwrap(...)``.
"""

from __future__ import annotations

from typing import Any


def __getattr__(name: str) -> Any:
    if name.startswith("__"):
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from .legacy._default import default_client

    return getattr(default_client().webhooks, name)
