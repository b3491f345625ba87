"""/models: create, get, update, list, delete, search, versions, examples, readme, predictions."""

from __future__ import annotations

from typing import Any, Dict, List, Tuple

from .._catalog import ModelRecord, VersionRecord
from .._jobs import Job
from .._pagination import paginate
from .._problems import ApiProblem, bad_request, invalid, not_found
from .._routing import Router
from .._services import Services
from .._state import State
from .._wire import Request, Response, empty_response, json_response, text_response
from ._jobs_common import required_string
from .predictions import start_prediction

VISIBILITIES = ("public", "private")
SORT_FIELDS = ("model_created_at", "latest_version_created_at")
_EDITABLE_FIELDS = ("description", "github_url", "paper_url", "license_url", "cover_image_url", "readme")


def model_json(services: Services, model: ModelRecord, origin: str) -> Dict[str, Any]:
    return model.to_json(origin, services.state.latest_version(model))


def matches(model: ModelRecord, query: str) -> bool:
    haystack = " ".join([model.full_name, model.description or "", model.readme or ""]).lower()
    return all(term in haystack for term in query.lower().split())


def register(router: Router, services: Services) -> None:
    state = services.state

    def models_newest_first() -> List[ModelRecord]:
        with state.lock:
            return sorted(state.models.values(), key=lambda model: model.seq, reverse=True)

    def model_page(request: Request, models: List[ModelRecord]) -> Response:
        position = {model.full_name: index for index, model in enumerate(models)}
        return json_response(
            paginate(
                request,
                models,
                key=lambda model: position[model.full_name],
                newest_first=False,
                render=lambda model: model_json(services, model, request.origin),
                page_size=services.page_size,
            )
        )

    def path_model(request: Request) -> ModelRecord:
        return state.model(request.path_params["model_owner"], request.path_params["model_name"])

    def create(request: Request) -> Response:
        if _is_search(request):
            return search(request)
        body = request.json_object()
        owner, name = required_string(body, "owner"), required_string(body, "name")
        visibility = required_string(body, "visibility")
        if visibility not in VISIBILITIES:
            raise invalid("visibility must be 'public' or 'private'", field="visibility")
        hardware = required_string(body, "hardware")
        with state.lock:
            if f"{owner}/{name}" in state.models:
                raise ApiProblem(409, f"A model named {owner}/{name} already exists")
            model = ModelRecord(
                owner=owner, name=name, seq=state.next_seq(), visibility=visibility, hardware=hardware
            )
            _apply_edits(model, body)
            state.models[model.full_name] = model
        return json_response(model_json(services, model, request.origin), status=201)

    def search(request: Request) -> Response:
        query = request.body.decode("utf-8", errors="replace").strip()
        return model_page(request, [model for model in models_newest_first() if matches(model, query)])

    def update(request: Request) -> Response:
        model = path_model(request)
        body = request.json_object()
        with state.lock:
            _apply_edits(model, body)
        return json_response(model_json(services, model, request.origin))

    def delete(request: Request) -> Response:
        model = path_model(request)
        with state.lock:
            state.models.pop(model.full_name, None)
        return empty_response(204)

    def list_versions(request: Request) -> Response:
        model = path_model(request)
        with state.lock:
            versions = [state.versions[version_id] for version_id in reversed(model.version_ids)]
        order = {version.id: index for index, version in enumerate(reversed(versions))}
        return json_response(
            paginate(
                request,
                versions,
                key=lambda version: order[version.id],
                render=VersionRecord.to_json,
                page_size=services.page_size,
            )
        )

    def get_version(request: Request) -> Response:
        return json_response(
            state.model_version(path_model(request), request.path_params["version_id"]).to_json()
        )

    def delete_version(request: Request) -> Response:
        model = path_model(request)
        version = state.model_version(model, request.path_params["version_id"])
        with state.lock:
            model.version_ids.remove(version.id)
        return empty_response(202)

    def examples(request: Request) -> Response:
        model = path_model(request)
        with state.lock:
            jobs: List[Job] = list(reversed(model.examples))
        return json_response(
            paginate(
                request,
                jobs,
                key=lambda job: job.seq,
                render=lambda job: job.to_json(request.origin),
                page_size=services.page_size,
            )
        )

    def readme(request: Request) -> Response:
        model = path_model(request)
        return text_response(
            model.readme or f"# {model.full_name}\n\n{model.description or ''}\n", "text/plain; charset=utf-8"
        )

    def create_prediction(request: Request) -> Response:
        model = path_model(request)
        version = state.latest_version(model)
        if version is None:
            raise not_found(f"Model {model.full_name} has no versions, so a runnable version was")
        return start_prediction(services, request, version, request.json_object())

    def list_models(request: Request) -> Response:
        sort_by = request.query("sort_by") or "latest_version_created_at"
        direction = request.query("sort_direction") or "desc"
        if sort_by not in SORT_FIELDS or direction not in ("asc", "desc"):
            raise bad_request(
                "sort_by must be one of model_created_at, latest_version_created_at; sort_direction asc or desc"
            )
        with state.lock:
            ordered = sorted(state.models.values(), key=lambda model: _sort_key(state, model, sort_by))
        return model_page(request, ordered if direction == "asc" else ordered[::-1])

    router.add("GET", "/v1/models", list_models)
    router.add("POST", "/v1/models", create)
    router.add("QUERY", "/v1/models", search)
    router.add(
        "GET",
        "/v1/models/{model_owner}/{model_name}",
        lambda request: json_response(model_json(services, path_model(request), request.origin)),
    )
    router.add("PATCH", "/v1/models/{model_owner}/{model_name}", update)
    router.add("DELETE", "/v1/models/{model_owner}/{model_name}", delete)
    router.add("GET", "/v1/models/{model_owner}/{model_name}/examples", examples)
    router.add("POST", "/v1/models/{model_owner}/{model_name}/predictions", create_prediction)
    router.add("GET", "/v1/models/{model_owner}/{model_name}/readme", readme)
    router.add("GET", "/v1/models/{model_owner}/{model_name}/versions", list_versions)
    router.add("GET", "/v1/models/{model_owner}/{model_name}/versions/{version_id}", get_version)
    router.add("DELETE", "/v1/models/{model_owner}/{model_name}/versions/{version_id}", delete_version)


def _sort_key(state: State, model: ModelRecord, sort_by: str) -> Tuple[float, int]:
    latest = state.latest_version(model) if sort_by == "latest_version_created_at" else None
    moment = latest.created_at if latest is not None else model.created_at
    return (moment.timestamp(), model.seq)


def _is_search(request: Request) -> bool:
    """POST stands in for QUERY when a client says so, or sends a plain-text query."""
    override = (request.header("x-http-method-override") or "").upper()
    content_type = (request.header("content-type") or "").lower()
    return override == "QUERY" or content_type.startswith("text/plain")


def _apply_edits(model: ModelRecord, body: Dict[str, Any]) -> None:
    for field in _EDITABLE_FIELDS:
        if field in body:
            value = body[field]
            if value is not None and not isinstance(value, str):
                raise invalid(f"{field} must be a string", field=field)
            setattr(model, field, value)
