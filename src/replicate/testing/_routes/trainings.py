"""/models/{owner}/{name}/versions/{version_id}/trainings and /trainings."""

from __future__ import annotations

from typing import Any, Dict, List

from .._catalog import VersionRecord
from .._cog_schema import version_id
from .._context import PredictionContext
from .._ids import new_id
from .._jobs import Job
from .._pagination import paginate
from .._problems import invalid, not_found
from .._routing import Router
from .._services import Services
from .._wire import Request, Response, json_response
from ._jobs_common import required_string, webhook_settings

TRAINING_STEPS = 3


def train(inputs: Dict[str, Any], ctx: PredictionContext) -> str:
    """The built-in trainer every version has: logs a few steps and returns a weights file URL."""
    for step in range(1, TRAINING_STEPS + 1):
        if not ctx.sleep(1.0):
            break
        ctx.log(f"training step {step}/{TRAINING_STEPS}")
    return ctx.file_url(b"mock weights for " + ctx.prediction_id.encode(), "weights.tar", "application/x-tar")


def register(router: Router, services: Services) -> None:
    state = services.state

    def find(training_id: str) -> Job:
        with state.lock:
            job = state.trainings.get(training_id)
        if job is None:
            raise not_found(f"Training {training_id}")
        return job

    def create(request: Request) -> Response:
        params = request.path_params
        source_model = state.model(params["model_owner"], params["model_name"])
        source = state.model_version(source_model, params["version_id"])
        body = request.json_object()
        destination_name = required_string(body, "destination")
        owner, _, name = destination_name.partition("/")
        if not owner or not name or "/" in name:
            raise invalid("destination must be of the form owner/name", field="destination")
        destination = state.model(owner, name)
        inputs = body.get("input", {})
        if not isinstance(inputs, dict):
            raise invalid("input must be a JSON object", field="input")
        webhook, events_filter = webhook_settings(body)
        job = Job(
            kind="training",
            job_id=new_id(),
            seq=state.next_seq(),
            model=source.model,
            version=source.id,
            input=inputs,  # pyright: ignore[reportUnknownArgumentType]
            origin=request.origin,
            iterator_output=False,
            stream=False,
            webhook=webhook,
            webhook_events_filter=events_filter,
            listener=services.on_job_change,
        )

        def publish_version(finished: Job, weights: Any) -> Dict[str, Any]:
            trained = VersionRecord(
                id=version_id(destination.full_name, source.openapi_schema, salt=finished.id),
                model=destination.full_name,
                openapi_schema=source.openapi_schema,
                predict=source.predict,
                iterator_output=source.iterator_output,
            )
            state.add_version(destination, trained)
            return {"version": f"{destination.full_name}:{trained.id}", "weights": weights}

        with state.lock:
            state.trainings[job.id] = job
        services.on_job_change(job, "start")
        services.runner.submit(job, train, inputs, transform=publish_version)  # pyright: ignore[reportUnknownArgumentType]
        return json_response(job.to_json(), status=201)

    def get(request: Request) -> Response:
        return json_response(find(request.path_params["training_id"]).to_json())

    def cancel(request: Request) -> Response:
        job = find(request.path_params["training_id"])
        services.runner.cancel(job)
        return json_response(job.to_json())

    def list_trainings(request: Request) -> Response:
        with state.lock:
            jobs: List[Job] = sorted(state.trainings.values(), key=lambda job: job.seq, reverse=True)
        page = paginate(
            request,
            jobs,
            key=lambda job: job.seq,
            render=lambda job: job.to_json(),
            page_size=services.page_size,
        )
        return json_response(page)

    router.add("POST", "/v1/models/{model_owner}/{model_name}/versions/{version_id}/trainings", create)
    router.add("GET", "/v1/trainings", list_trainings)
    router.add("GET", "/v1/trainings/{training_id}", get)
    router.add("POST", "/v1/trainings/{training_id}/cancel", cancel)
