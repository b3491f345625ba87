"""``replicate.hardware``, replicate 1.0.x's module: ``Hardware`` (``sku``, ``name``, deprecated
``id``) and ``HardwareNamespace`` (``client.hardware``: ``list()`` / ``async_list()``).

Any other attribute is the module-level client's hardware resource, so ``replicate.hardware.list()``
keeps working after ``import replicate.hardware``.
"""

from __future__ import annotations

from typing import Any

from .legacy._objects import Hardware
from .legacy._resources import Hardware as HardwareNamespace

__all__ = ["Hardware", "HardwareNamespace"]


def __getattr__(name: str) -> Any:
    from .legacy._default import default_resource_attribute

    return default_resource_attribute(__name__, "hardware", name)
