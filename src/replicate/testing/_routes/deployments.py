"""/deployments: create, get, update (new release), list, delete, predictions."""

from __future__ import annotations

from typing import Any, Dict, List

from .._catalog import HARDWARE, DeploymentRecord, Release
from .._pagination import paginate
from .._problems import ApiProblem, invalid, not_found
from .._routing import Router
from .._services import Services
from .._wire import Request, Response, empty_response, json_response
from ._jobs_common import required_string
from .predictions import start_prediction

_HARDWARE_SKUS = {item["sku"] for item in HARDWARE}


def _instances(body: Dict[str, Any], name: str) -> int:
    value = body.get(name)
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise invalid(f"{name} is required and must be a non-negative integer", field=name)
    return value


def _hardware(body: Dict[str, Any]) -> str:
    sku = required_string(body, "hardware")
    if sku not in _HARDWARE_SKUS:
        raise invalid(f"hardware {sku!r} is not one of {', '.join(sorted(_HARDWARE_SKUS))}", field="hardware")
    return sku


def register(router: Router, services: Services) -> None:
    state = services.state
    owner = str(services.account["username"])

    def find(request: Request) -> DeploymentRecord:
        full_name = f"{request.path_params['deployment_owner']}/{request.path_params['deployment_name']}"
        with state.lock:
            deployment = state.deployments.get(full_name)
        if deployment is None:
            raise not_found(f"Deployment {full_name}")
        return deployment

    def create(request: Request) -> Response:
        body = request.json_object()
        name = required_string(body, "name")
        model_name = required_string(body, "model")
        version = state.resolve_version(f"{model_name}:{required_string(body, 'version')}")
        release = Release(
            number=1,
            model=model_name,
            version=version.id,
            hardware=_hardware(body),
            min_instances=_instances(body, "min_instances"),
            max_instances=_instances(body, "max_instances"),
        )
        with state.lock:
            if f"{owner}/{name}" in state.deployments:
                raise ApiProblem(409, f"A deployment named {owner}/{name} already exists")
            deployment = DeploymentRecord(owner=owner, name=name, seq=state.next_seq(), release=release)
            state.deployments[deployment.full_name] = deployment
        return json_response(deployment.to_json(services.account), status=201)

    def update(request: Request) -> Response:
        deployment = find(request)
        body = request.json_object()
        current = deployment.release
        version = current.version
        if "version" in body:
            version = state.resolve_version(f"{current.model}:{required_string(body, 'version')}").id
        release = Release(
            number=current.number + 1,
            model=current.model,
            version=version,
            hardware=_hardware(body) if "hardware" in body else current.hardware,
            min_instances=_instances(body, "min_instances")
            if "min_instances" in body
            else current.min_instances,
            max_instances=_instances(body, "max_instances")
            if "max_instances" in body
            else current.max_instances,
        )
        with state.lock:
            deployment.release = release
        return json_response(deployment.to_json(services.account))

    def delete(request: Request) -> Response:
        deployment = find(request)
        with state.lock:
            state.deployments.pop(deployment.full_name, None)
        return empty_response(204)

    def list_deployments(request: Request) -> Response:
        with state.lock:
            deployments: List[DeploymentRecord] = sorted(
                state.deployments.values(), key=lambda item: item.seq, reverse=True
            )
        return json_response(
            paginate(
                request,
                deployments,
                key=lambda item: item.seq,
                render=lambda item: item.to_json(services.account),
                page_size=services.page_size,
            )
        )

    def create_prediction(request: Request) -> Response:
        deployment = find(request)
        version = state.resolve_version(deployment.release.version)
        return start_prediction(
            services, request, version, request.json_object(), deployment=deployment.full_name
        )

    router.add("GET", "/v1/deployments", list_deployments)
    router.add("POST", "/v1/deployments", create)
    router.add(
        "GET",
        "/v1/deployments/{deployment_owner}/{deployment_name}",
        lambda request: json_response(find(request).to_json(services.account)),
    )
    router.add("PATCH", "/v1/deployments/{deployment_owner}/{deployment_name}", update)
    router.add("DELETE", "/v1/deployments/{deployment_owner}/{deployment_name}", delete)
    router.add("POST", "/v1/deployments/{deployment_owner}/{deployment_name}/predictions", create_prediction)
