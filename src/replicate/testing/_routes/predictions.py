"""/predictions, plus the prediction-creating operations of models and deployments."""

from __future__ import annotations

import datetime
from typing import Any, Dict, List, Optional

from .._catalog import VersionRecord
from .._durations import parse_duration, parse_prefer_wait
from .._ids import new_id, parse_timestamp
from .._jobs import Job
from .._pagination import paginate
from .._problems import bad_request, invalid, not_found
from .._routing import Router
from .._services import Services
from .._validation import validate_input
from .._wire import Request, Response, json_response
from ._jobs_common import optional_bool, required_string, webhook_settings


def start_prediction(
    services: Services,
    request: Request,
    version: VersionRecord,
    body: Dict[str, Any],
    *,
    deployment: Optional[str] = None,
) -> Response:
    if services.create_rate_limit is not None:
        services.create_rate_limit.check()
    wait = parse_prefer_wait(request.header("prefer"))
    cancel_after_header = request.header("cancel-after")
    cancel_after = parse_duration(cancel_after_header) if cancel_after_header is not None else None
    if "input" not in body:
        raise invalid("input is required", field="input", kind="required")
    inputs = validate_input(body["input"], version.openapi_schema)
    webhook, events_filter = webhook_settings(body)
    state = services.state
    job = Job(
        kind="prediction",
        job_id=new_id(),
        seq=state.next_seq(),
        model=version.model,
        version=version.id,
        input=body["input"],
        origin=request.origin,
        iterator_output=version.iterator_output,
        stream=version.iterator_output or optional_bool(body, "stream"),
        webhook=webhook,
        webhook_events_filter=events_filter,
        deployment=deployment,
        listener=services.on_job_change,
    )
    if cancel_after is not None:
        job.deadline = job.created_at + datetime.timedelta(seconds=cancel_after)
    with state.lock:
        state.predictions[job.id] = job
        model = state.models.get(version.model)
        if model is not None:
            model.run_count += 1
    services.on_job_change(job, "start")
    as_created = job.to_json()  # what the API answers a create it does not hold: "starting"
    services.runner.submit(job, version.predict, inputs, cancel_after=cancel_after)
    if wait is None:
        return json_response(as_created, status=201)
    finished = job.wait_until_terminal(wait, services.stopping)
    return json_response(job.to_json(), status=200 if finished else 201)


def find_prediction(services: Services, prediction_id: str) -> Job:
    with services.state.lock:
        job = services.state.predictions.get(prediction_id)
    if job is None:
        raise not_found(f"Prediction {prediction_id}")
    return job


def register(router: Router, services: Services) -> None:
    state = services.state

    def create(request: Request) -> Response:
        body = request.json_object()
        version = state.resolve_version(required_string(body, "version"))
        return start_prediction(services, request, version, body)

    def get(request: Request) -> Response:
        return json_response(find_prediction(services, request.path_params["prediction_id"]).to_json())

    def cancel(request: Request) -> Response:
        job = find_prediction(services, request.path_params["prediction_id"])
        services.runner.cancel(job)
        return json_response(job.to_json())

    def list_predictions(request: Request) -> Response:
        after = _timestamp_filter(request, "created_after")
        before = _timestamp_filter(request, "created_before")
        with state.lock:
            jobs: List[Job] = sorted(state.predictions.values(), key=lambda job: job.seq, reverse=True)
        jobs = [
            job
            for job in jobs
            if (after is None or job.created_at > after) and (before is None or job.created_at < before)
        ]
        page = paginate(
            request,
            jobs,
            key=lambda job: job.seq,
            render=lambda job: job.to_json(),
            page_size=services.page_size,
        )
        return json_response(page)

    router.add("POST", "/v1/predictions", create)
    router.add("GET", "/v1/predictions", list_predictions)
    router.add("GET", "/v1/predictions/{prediction_id}", get)
    router.add("POST", "/v1/predictions/{prediction_id}/cancel", cancel)


def _timestamp_filter(request: Request, name: str) -> Any:
    value = request.query(name)
    if value is None or value == "":
        return None
    try:
        return parse_timestamp(value)
    except ValueError:
        raise bad_request(f"{name} must be an ISO 8601 date-time, got {value!r}") from None
