"""``replicate.account``, replicate 1.0.x's module: ``Account`` (the typed ``replicate.types.Account``)
and ``Accounts`` (``client.accounts``: ``current()`` / ``async_current()``).

Any other attribute is the module-level client's account resource, so ``replicate.account.current()``
keeps working after ``import replicate.account``.
"""

from __future__ import annotations

from typing import Any

from .legacy._resources import Account as Accounts
from .types.account import Account

__all__ = ["Account", "Accounts"]


def __getattr__(name: str) -> Any:
    from .legacy._default import default_resource_attribute

    return default_resource_attribute(__name__, "account", name)
