"""Model references: `owner/name`, `owner/name:version` or a bare version id."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

__all__ = ["ModelRef", "parse_ref"]

_NAME = r"[A-Za-z0-9][A-Za-z0-9._-]*"
_VERSION = r"[0-9a-fA-F]{64}"
_MODEL_REF = re.compile(rf"(?P<owner>{_NAME})/(?P<name>{_NAME})(?::(?P<version>{_VERSION}))?")
_VERSION_REF = re.compile(_VERSION)

ACCEPTED_FORMS = (
    "'owner/name' (the model's latest version), 'owner/name:version' or a bare version id "
    "(64 hexadecimal characters)"
)


@dataclass(frozen=True)
class ModelRef:
    owner: Optional[str]
    name: Optional[str]
    version: Optional[str]

    @property
    def model(self) -> Optional[str]:
        return f"{self.owner}/{self.name}" if self.owner and self.name else None

    def __str__(self) -> str:
        if self.model is None:
            return str(self.version)
        return self.model + (f":{self.version}" if self.version else "")


def parse_ref(ref: object) -> ModelRef:
    """Parse a model reference; raise `ValueError` naming the accepted forms when it is malformed."""
    if not isinstance(ref, str):
        raise TypeError(
            f"A model reference must be a string, not {type(ref).__name__}: use {ACCEPTED_FORMS}."
        )
    match = _MODEL_REF.fullmatch(ref)
    if match is not None:
        return ModelRef(match["owner"], match["name"], match["version"])
    if _VERSION_REF.fullmatch(ref):
        return ModelRef(None, None, ref)
    raise ValueError(f"Invalid model reference {ref!r}: use {ACCEPTED_FORMS}.")
