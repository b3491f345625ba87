"""``ModelVersionIdentifier`` (``replicate.identifier``): ``owner/name`` or ``owner/name:version``."""

from __future__ import annotations

import re
from typing import NamedTuple, Optional

__all__ = ["ModelVersionIdentifier"]

_REFERENCE = re.compile(r"^(?P<owner>[^/]+)/(?P<name>[^/:]+)(:(?P<version>.+))?$")


class ModelVersionIdentifier(NamedTuple):
    """A model (``owner``, ``name``) and optionally one of its versions; ``run()`` accepts it."""

    owner: str
    name: str
    version: Optional[str] = None

    @classmethod
    def parse(cls, ref: str) -> ModelVersionIdentifier:
        """Split ``"owner/name"`` or ``"owner/name:version"`` (``ValueError`` for anything else)."""
        match = _REFERENCE.match(ref)
        if match is None:
            raise ValueError(
                f"Invalid reference to model version: {ref}. Expected format: owner/name:version"
            )
        return cls(match["owner"], match["name"], match["version"])
