"""Model references: `owner/name`, `owner/name:version` or a bare version id, or an object naming
one (a typed `Model` or `ModelVersion`, the older interface's `Model` / `Version`, a
`ModelVersionIdentifier`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional, Union

from typing_extensions import Protocol

__all__ = ["ModelRef", "ModelReference", "NamedModel", "RunRef", "VersionWithId", "parse_ref"]

_NAME = r"[A-Za-z0-9][A-Za-z0-9._-]*"
_VERSION = r"[0-9a-fA-F]{64}"
_MODEL_REF = re.compile(rf"(?P<owner>{_NAME})/(?P<name>{_NAME})(?::(?P<version>{_VERSION}))?")
_VERSION_REF = re.compile(_VERSION)

ACCEPTED_FORMS = (
    "'owner/name' (the model's latest version), 'owner/name:version' or a bare version id "
    "(64 hexadecimal characters)"
)
ACCEPTED_OBJECTS = "a model (with owner and name), a version (with an id) or a ModelVersionIdentifier"


class NamedModel(Protocol):
    """A model: the typed `Model`, the older interface's `Model`, a `ModelVersionIdentifier`
    (whose `version`, when set, is the version to run)."""

    @property
    def owner(self) -> str: ...

    @property
    def name(self) -> str: ...


class VersionWithId(Protocol):
    """A model version: the typed `ModelVersion` or the older interface's `Version`."""

    @property
    def id(self) -> str: ...


RunRef = Union[str, NamedModel, VersionWithId]


class ModelReference:
    """`replicate.Model(owner, name)` (the 2.0 betas' name): a model to run at its latest version."""

    def __init__(self, owner: str, name: str) -> None:
        self.owner = owner
        self.name = name

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ModelReference) and (other.owner, other.name) == (self.owner, self.name)

    def __hash__(self) -> int:
        return hash((self.owner, self.name))

    def __repr__(self) -> str:
        return f"Model(owner={self.owner!r}, name={self.name!r})"


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
        return _ref_of_object(ref)
    match = _MODEL_REF.fullmatch(ref)
    if match is not None:
        return ModelRef(match["owner"], match["name"], match["version"])
    if _VERSION_REF.fullmatch(ref):
        return ModelRef(None, None, ref)
    raise ValueError(f"Invalid model reference {ref!r}: use {ACCEPTED_FORMS}.")


def _ref_of_object(ref: object) -> ModelRef:
    owner, name = getattr(ref, "owner", None), getattr(ref, "name", None)
    if isinstance(owner, str) and isinstance(name, str):
        version = getattr(ref, "version", None)  # a ModelVersionIdentifier's; a model's is not a str
        return parse_ref(
            f"{owner}/{name}:{version}" if isinstance(version, str) and version else f"{owner}/{name}"
        )
    version_id = getattr(ref, "id", None)
    if isinstance(version_id, str) and _VERSION_REF.fullmatch(version_id):
        return ModelRef(None, None, version_id)
    raise TypeError(
        f"A model reference must be a string ({ACCEPTED_FORMS}) or {ACCEPTED_OBJECTS}, "
        f"not {type(ref).__name__}."
    )
