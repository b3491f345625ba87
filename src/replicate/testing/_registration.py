"""Model definitions as users write them, and how they become models and versions on the server."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Dict, Mapping, Optional, Sequence, Tuple

from ._catalog import ModelRecord, VersionRecord
from ._cog_schema import is_iterator_output, openapi_document, version_id
from ._ids import new_id
from ._jobs import Job
from ._runner import PredictFunction
from ._state import State

DEFAULT_INPUT_SCHEMA: Mapping[str, Any] = {"type": "object", "properties": {}}


@dataclass(frozen=True)
class ModelSpec:
    """A model implemented by a Python function `predict(input, ctx) -> output`.

    For iterator outputs (`streaming=True`, or an output schema with `x-cog-array-type: iterator`)
    `predict` may be a generator; each yielded item is one output element and one stream event.
    """

    name: str  # owner/name
    predict: PredictFunction
    input_schema: Mapping[str, Any] = field(default_factory=lambda: dict(DEFAULT_INPUT_SCHEMA))
    output_schema: Mapping[str, Any] = field(default_factory=lambda: {})
    streaming: bool = False
    description: Optional[str] = None
    readme: Optional[str] = None
    visibility: str = "public"
    # (input, output) pairs listed by GET /models/{owner}/{name}/examples.
    examples: Sequence[Tuple[Dict[str, Any], Any]] = ()
    # The version's id; by default a sha256 of the name and schema, stable across runs.
    version_id: Optional[str] = None


def register_model(state: State, spec: ModelSpec) -> str:
    """Create the model if needed and add a version for the spec's schema; returns the version id."""
    owner, _, name = spec.name.partition("/")
    if not owner or not name or "/" in name:
        raise ValueError(f"model name must look like 'owner/name', got {spec.name!r}")
    document = openapi_document(spec.input_schema, spec.output_schema, streaming=spec.streaming)
    version = VersionRecord(
        id=spec.version_id or version_id(spec.name, document),
        model=spec.name,
        openapi_schema=document,
        predict=spec.predict,
        iterator_output=is_iterator_output(document),
    )
    with state.lock:
        model = state.models.get(spec.name)
        if model is None:
            model = ModelRecord(owner=owner, name=name, seq=state.next_seq(), visibility=spec.visibility)
            state.models[spec.name] = model
        model.description = spec.description if spec.description is not None else model.description
        model.readme = spec.readme if spec.readme is not None else model.readme
        if version.id in model.version_ids:
            model.version_ids.remove(version.id)
        state.add_version(model, version)
        model.examples.extend(
            _example_job(state, version, inputs, output) for inputs, output in spec.examples
        )
    return version.id


def _example_job(state: State, version: VersionRecord, inputs: Dict[str, Any], output: Any) -> Job:
    job = Job(
        kind="prediction",
        job_id=new_id(),
        seq=state.next_seq(),
        model=version.model,
        version=version.id,
        input=dict(inputs),
        origin="",
        iterator_output=version.iterator_output,
        stream=False,
    )
    job.mark_processing()
    job.finish("succeeded", output=output)
    return job
