"""Compatibility with the older ``replicate`` interface (its README, getting-started guide and cheat sheet); see UPGRADING.md.

- ``Client`` (``replicate.Client``, ``replicate.client.Client``): the older constructor and call
  shapes over a typed ``Replicate`` (``client.typed``).
- The module-level API (``replicate.run``, ``replicate.predictions``, ``replicate.paginate``...) on a
  default ``Client`` created on first use (``_default``).

The typed clients never import this package. Names load on first use, like ``replicate``'s own.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any, Dict

if TYPE_CHECKING:
    from ._client import Client as Client
    from ._default import (
        async_paginate as async_paginate,
        async_run as async_run,
        async_stream as async_stream,
        default_client as default_client,
        paginate as paginate,
        run as run,
        stream as stream,
        use as use,
    )
    from ._io import LegacyFileOutput as LegacyFileOutput
    from ._objects import (
        Collection as Collection,
        Deployment as Deployment,
        Model as Model,
        Prediction as Prediction,
        Training as Training,
        Version as Version,
    )
    from ._resources import Page as Page

_LAZY: Dict[str, str] = {
    "Client": "._client",
    **{
        name: "._default"
        for name in (
            "async_paginate",
            "async_run",
            "async_stream",
            "default_client",
            "paginate",
            "run",
            "stream",
            "use",
        )
    },
    "LegacyFileOutput": "._io",
    **{
        name: "._objects"
        for name in ("Collection", "Deployment", "Model", "Prediction", "Training", "Version")
    },
    "Page": "._resources",
}

__all__ = [
    "Client",
    "Collection",
    "Deployment",
    "LegacyFileOutput",
    "Model",
    "Page",
    "Prediction",
    "Training",
    "Version",
    "async_paginate",
    "async_run",
    "async_stream",
    "default_client",
    "paginate",
    "run",
    "stream",
    "use",
]


def __getattr__(name: str) -> Any:
    module_name = _LAZY.get(name)
    if module_name is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module_name, __name__), name)
    globals()[name] = value
    return value
