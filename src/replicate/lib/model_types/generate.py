"""Generating modules: references ► schemas (fetched, or given) ► `ModelTypes` ► module text."""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, List, Mapping, Optional, Sequence, Tuple, cast

from ._ir import ModelTypes
from ._read import SchemaError, read_model
from ._render import render_module

if TYPE_CHECKING:
    from ..._client import Replicate

__all__ = [
    "ModelSchema",
    "SchemaError",
    "fetch_schema",
    "generate_from_schemas",
    "generate_module",
    "model_types",
    "parse_model_ref",
]

_REF = re.compile(
    r"(?P<model>[A-Za-z0-9][A-Za-z0-9._-]*/[A-Za-z0-9][A-Za-z0-9._-]*)(?::(?P<version>[0-9a-fA-F]{64}))?"
)


@dataclass(frozen=True)
class ModelSchema:
    """A model version's `openapi_schema` and where it came from."""

    model: str  # owner/name
    version: Optional[str]
    document: Mapping[str, Any]
    pinned_latest: bool  # no version was asked for: `version` is the latest one


def parse_model_ref(ref: str) -> Tuple[str, Optional[str]]:
    """`owner/name` or `owner/name:version` ► (model, version); anything else is a ValueError."""
    match = _REF.fullmatch(ref.strip())
    if match is None:
        raise ValueError(
            f"Expected a model as owner/name or owner/name:VERSION (64 hex characters), got {ref!r}."
        )
    return match["model"], match["version"]


def fetch_schema(client: Replicate, ref: str) -> ModelSchema:
    """The schema of `ref`'s version, or of the model's latest version when no version is given."""
    model, version = parse_model_ref(ref)
    owner, name = model.split("/")
    if version is not None:
        found = client.models.versions.get(model_owner=owner, model_name=name, version_id=version)
        return ModelSchema(model, found.id, _document(found.openapi_schema, ref), pinned_latest=False)
    latest = client.models.get(model_owner=owner, model_name=name).latest_version
    if latest is None:
        raise SchemaError(f"{model} has no version yet: there is no schema to generate types from.")
    return ModelSchema(model, latest.id, _document(latest.openapi_schema, ref), pinned_latest=True)


def schema_from_json(ref: str, data: object) -> ModelSchema:
    """A schema read from a file: the `openapi_schema` itself, or a version object holding it."""
    model, version = parse_model_ref(ref)
    if not isinstance(data, Mapping):
        raise SchemaError(f"{ref}: expected a JSON object (an openapi_schema, or a version holding one).")
    mapping = cast(Mapping[str, Any], data)
    if "openapi_schema" in mapping:
        found_id = mapping.get("id")
        version = version or (
            found_id if isinstance(found_id, str) and _REF.fullmatch(f"a/b:{found_id}") else None
        )
        return ModelSchema(model, version, _document(mapping["openapi_schema"], ref), pinned_latest=False)
    return ModelSchema(model, version, mapping, pinned_latest=False)


def model_types(schemas: Sequence[ModelSchema]) -> List[ModelTypes]:
    """Stage 1 for several models, with distinct class names."""
    result: List[ModelTypes] = []
    for schema in schemas:
        result.append(
            read_model(
                schema.model,
                schema.document,
                version=schema.version,
                pinned_latest=schema.pinned_latest,
                taken_class_names=[model.class_name for model in result],
            )
        )
    return result


def generate_from_schemas(schemas: Sequence[ModelSchema], *, command: Optional[str] = None) -> str:
    """The module for these schemas (no I/O)."""
    if not schemas:
        raise ValueError("Give at least one model to generate types for.")
    return render_module(model_types(schemas), command=command or default_command(schemas))


def generate_module(client: Replicate, refs: Sequence[str], *, output: Optional[str] = None) -> str:
    """Fetch each model's schema (its latest version unless `owner/name:version`) and render the module."""
    schemas = [fetch_schema(client, ref) for ref in refs]
    return generate_from_schemas(schemas, command=default_command(schemas, output=output, refs=refs))


def default_command(
    schemas: Sequence[ModelSchema], *, output: Optional[str] = None, refs: Optional[Sequence[str]] = None
) -> str:
    names = list(refs) if refs is not None else [schema.model for schema in schemas]
    parts = ["replicate", "models", "generate", *names]
    if output:
        parts += ["-o", output]
    return " ".join(shlex.quote(part) for part in parts)


def _document(data: object, ref: str) -> Mapping[str, Any]:
    if not isinstance(data, Mapping):
        raise SchemaError(f"{ref}: the version has no openapi_schema to generate types from.")
    return cast(Mapping[str, Any], data)
