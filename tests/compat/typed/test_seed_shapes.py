"""Call shapes the seeds show on the typed client: search, a lone path parameter by position, and
`deployments.create(model="owner/name:version")`."""

from __future__ import annotations

import inspect
import json
from pathlib import Path
from typing import Any, List, Tuple

import pytest

import replicate
from replicate import AsyncReplicate, Replicate
from replicate.testing import Server

REPO = Path(__file__).resolve().parents[3]
DESCRIPTION = "Generates images of llamas"


def _register_search_models(server: Server) -> None:
    server.register_model("acme/llama-painter", predict=lambda inputs, ctx: "ok", description=DESCRIPTION)
    server.register_model("acme/unrelated", predict=lambda inputs, ctx: "ok", description="Text to speech")


def test_search_iterates_the_matching_models_and_keeps_its_fields(client: Replicate, server: Server) -> None:
    _register_search_models(server)
    results = client.search(query="llama", limit=10)
    names = [f"{model.owner}/{model.name}" for model in results]
    assert "acme/llama-painter" in names and "acme/unrelated" not in names
    painter = next(model for model in results if model.name == "llama-painter")
    assert painter.description == DESCRIPTION
    # Seed 004's fields keep working beside the iteration.
    assert [result.model.name for result in results.models] == [model.name for model in results]
    assert results.collections is not None and results.query == "llama"
    assert results.to_dict()["query"] == "llama"  # iteration does not change serialisation
    request = next(r for r in server.requests if r.path == "/v1/search")
    assert sorted(request.query_string.split("&")) == ["limit=10", "query=llama"]


async def test_async_search_iterates_models(async_client: AsyncReplicate, server: Server) -> None:
    _register_search_models(server)
    results = await async_client.search(query="llama")
    assert [model.description for model in results if model.name == "llama-painter"] == [DESCRIPTION]


def test_module_level_search(server: Server, monkeypatch: pytest.MonkeyPatch) -> None:
    _register_search_models(server)
    monkeypatch.setenv("REPLICATE_API_TOKEN", server.token)
    monkeypatch.setenv("REPLICATE_BASE_URL", server.url)
    response = replicate.search(query="llama painter")  # seed 004
    assert response.collections == []
    assert [model.name for model in response] == ["llama-painter"]


def _generated_methods() -> List[Tuple[Tuple[str, ...], str, List[str]]]:
    """(resource path, method name, path parameters) of every operation in openapi.yaml."""
    from codegen.build import build_api
    from codegen.config import load_config
    from codegen.load import parse_spec

    spec_bytes = (REPO / "openapi.yaml").read_bytes()
    api = build_api(
        parse_spec(spec_bytes.decode()), load_config(REPO / "codegen" / "config.yaml"), spec_bytes
    )
    return [
        (resource.path, method.name, [p.name for p in method.params if p.location == "path"])
        for resource in api.all_resources()
        for method in resource.methods
    ]


@pytest.mark.parametrize("flavor", [Replicate, AsyncReplicate])
def test_a_lone_path_parameter_is_positional_or_keyword_and_two_stay_keyword_only(flavor: Any) -> None:
    client = flavor(base_url="http://127.0.0.1:9/v1", bearer_token="r8_unused")
    lone = 0
    for path, name, path_params in _generated_methods():
        owner = client
        for part in path:
            owner = getattr(owner, part)
        parameters = inspect.signature(getattr(owner, name)).parameters.values()
        by_position = [p.name for p in parameters if p.kind is p.POSITIONAL_OR_KEYWORD]
        if len(path_params) == 1:
            lone += 1
            assert by_position == path_params, (path, name)
        else:
            assert by_position == [], (path, name)
    assert (
        lone == 8
    )  # predictions get/cancel, files get/delete/download, trainings get/cancel, collections get
    for name in ("wait", "stream"):  # the handwritten prediction methods follow the same rule
        parameters = inspect.signature(getattr(client.predictions, name)).parameters.values()
        assert [p.name for p in parameters if p.kind is p.POSITIONAL_OR_KEYWORD] == ["prediction_id"]


def test_predictions_get_by_position_and_by_keyword(client: Replicate, server: Server) -> None:
    created = client.predictions.create(model="replicate/hello-world", input={"text": "Ada"}, prefer="wait")
    by_position = client.predictions.get(created.id)  # seed 002, Common Patterns
    by_keyword = client.predictions.get(prediction_id=created.id)
    assert by_position.id == by_keyword.id == created.id
    assert by_position.output == "hello Ada"
    gets = [r for r in server.requests if r.method == "GET" and r.path == f"/v1/predictions/{created.id}"]
    assert len(gets) == 2
    assert client.predictions.wait(created.id, timeout=10).status == "succeeded"
    assert client.collections.get("text-to-image").slug == "text-to-image"
    with pytest.raises(TypeError):
        client.predictions.get(created.id, prediction_id=created.id)  # type: ignore[misc]


async def test_async_lone_path_parameter_by_position(async_client: AsyncReplicate) -> None:
    created = await async_client.predictions.create(model="replicate/hello-world", input={"text": "Bo"})
    finished = await async_client.predictions.wait(created.id, timeout=10)
    assert (await async_client.predictions.get(created.id)).output == finished.output == "hello Bo"
    canceled = await async_client.predictions.cancel(created.id)
    assert canceled.id == created.id


VERSION = "5c7d5dc6dd8bf75c1acaa8565735e7986bc5b66206b55cca93cb72c9bf15ccaa"


@pytest.fixture(autouse=True)
def deployable(server: Server) -> None:
    server.register_model("acme/deployable", predict=lambda inputs, ctx: "ok", version_id=VERSION)


def _deployment_creates(server: Server) -> List[Any]:
    return [r.json() for r in server.requests if r.method == "POST" and r.path == "/v1/deployments"]


def test_deployments_create_with_a_model_carrying_its_version(client: Replicate, server: Server) -> None:
    deployment = client.deployments.create(  # seed 002
        name="my-deployment",
        model=f"acme/deployable:{VERSION}",
        hardware="gpu-a100-large",
        min_instances=1,
        max_instances=10,
    )
    assert deployment.name == "my-deployment"
    assert deployment.current_release is not None
    assert deployment.current_release.model == "acme/deployable"
    assert deployment.current_release.version == VERSION
    assert _deployment_creates(server) == [
        {
            "name": "my-deployment",
            "model": "acme/deployable",
            "version": VERSION,
            "hardware": "gpu-a100-large",
            "min_instances": 1,
            "max_instances": 10,
        }
    ]


def test_deployments_create_model_and_version_must_agree(client: Replicate, server: Server) -> None:
    common: Any = {"name": "d", "hardware": "cpu", "min_instances": 0, "max_instances": 1}
    same = client.deployments.create(model=f"acme/deployable:{VERSION}", version=VERSION, **common)
    assert same.current_release is not None and same.current_release.version == VERSION
    other = "a" * 64
    with pytest.raises(ValueError, match="carries version"):
        client.deployments.create(model=f"acme/deployable:{VERSION}", version=other, **common)
    with pytest.raises(ValueError, match="both parts"):
        client.deployments.create(model="acme/deployable:", **common)
    with pytest.raises(TypeError, match="'version'"):
        client.deployments.create(model="acme/deployable", **common)
    # Only the first call reached the server.
    assert len(_deployment_creates(server)) == 1


async def test_async_deployments_create_with_a_model_carrying_its_version(
    async_client: AsyncReplicate, server: Server
) -> None:
    deployment = await async_client.deployments.create(
        name="async-deployment",
        model=f"acme/deployable:{VERSION}",
        hardware="cpu",
        min_instances=0,
        max_instances=1,
    )
    assert deployment.current_release is not None and deployment.current_release.version == VERSION
    with pytest.raises(ValueError):
        await async_client.deployments.create(
            name="x",
            model=f"acme/deployable:{VERSION}",
            version="b" * 64,
            hardware="cpu",
            min_instances=0,
            max_instances=1,
        )
    assert json.loads(server.requests[-1].body)["name"] == "async-deployment"
