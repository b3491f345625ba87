"""The API token of the running Cog prediction, as both published clients read it (the typed clients
and the older interface alike).

Inside a Cog predictor (cog >= 0.14.11) a prediction request can carry ``REPLICATE_API_TOKEN`` in
its context, readable as ``cog.current_scope().context``; a model that calls other models runs them
with the token of the user who called it. Outside Cog (``cog`` not installed, no current scope, no
such key) the ``REPLICATE_API_TOKEN`` environment variable is used.

Where ``cog`` is not installed, the failed import costs ~45 us (a search of every ``sys.path``
entry), which the module-level API would pay on every call: the failure is remembered for as long
as ``sys.path`` stays the same.
"""

from __future__ import annotations

import importlib
import os
import sys
from typing import Any, List, Optional

from ._env import TOKEN_ENV_VAR

__all__ = ["api_token_from_environment", "cog_scope_token"]

# sys.path as it was when `cog` could not be imported.
_cog_missing_on: Optional[List[str]] = None


def _import_cog() -> Any:
    global _cog_missing_on
    cog = sys.modules.get("cog")
    if cog is not None or _cog_missing_on == sys.path:
        return cog
    try:
        return importlib.import_module("cog")
    except ImportError:
        _cog_missing_on = list(sys.path)
        return None


def cog_scope_token() -> Optional[str]:
    """``REPLICATE_API_TOKEN`` (any case) from the current Cog scope's context, else None."""
    cog = _import_cog()
    if cog is None:
        return None
    try:
        scope = cog.current_scope()
        items = scope.context.items()
        for key, value in items:
            if str(key).upper() == TOKEN_ENV_VAR and value:
                return str(value)
    except Exception:
        return None
    return None


def api_token_from_environment() -> Optional[str]:
    """The Cog scope's token, else ``REPLICATE_API_TOKEN``, else None."""
    return cog_scope_token() or os.environ.get(TOKEN_ENV_VAR) or None
