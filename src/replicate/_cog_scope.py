"""A credential of the running Cog prediction, as both published clients read the API token (the typed
clients and the older interface alike).

Inside a Cog predictor (cog >= 0.14.11) a prediction request can carry environment-style values in
its context, readable as ``cog.current_scope().context``; a model that calls other models runs them
with the token of the user who called it. Outside Cog (``cog`` not installed, no current scope, no
such key) the environment variable of the same name is used.

Where ``cog`` is not installed, the failed import costs ~45 us (a search of every ``sys.path``
entry), which the module-level API would pay on every call: the failure is remembered for as long
as ``sys.path`` stays the same.
"""

from __future__ import annotations

import importlib
import os
import sys
from typing import Any, List, Optional

__all__ = ["cog_scope_value", "token_from_environment"]

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


def cog_scope_value(key: str) -> Optional[str]:
    """``key`` (any case) from the current Cog scope's context, else None."""
    cog = _import_cog()
    if cog is None:
        return None
    wanted = key.upper()
    try:
        scope = cog.current_scope()
        items = scope.context.items()
        for name, value in items:
            if str(name).upper() == wanted and value:
                return str(value)
    except Exception:
        return None
    return None


def token_from_environment(env_var: str) -> Optional[str]:
    """The Cog scope's ``env_var``, else the environment variable, else None."""
    return cog_scope_value(env_var) or os.environ.get(env_var) or None
