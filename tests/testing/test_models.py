from __future__ import annotations

import time

import httpx

from replicate.testing import Server

from .conftest import SpecCheckedClient

NEW_MODEL = {
    "owner": "test-user",
    "name": "my-model",
    "visibility": "private",
    "hardware": "cpu",
    "description": "mine",
}


def test_create_get_update_delete(server: Server, client: SpecCheckedClient) -> None:
    created = client.post("/models", json=NEW_MODEL)
    assert created.status_code == 201
    assert created.json()["latest_version"] is None
    assert client.post("/models", json=NEW_MODEL).status_code == 409

    model = client.get("/models/test-user/my-model").json()
    assert (model["owner"], model["name"], model["visibility"], model["description"]) == (
        "test-user",
        "my-model",
        "private",
        "mine",
    )
    updated = client.patch(
        "/models/test-user/my-model", json={"description": "better", "readme": "# Hi"}
    ).json()
    assert updated["description"] == "better"
    readme = client.get("/models/test-user/my-model/readme")
    assert readme.headers["content-type"].startswith("text/plain") and readme.text == "# Hi"

    assert client.delete("/models/test-user/my-model").status_code == 204
    assert client.get("/models/test-user/my-model").status_code == 404


def test_create_validation(client: SpecCheckedClient) -> None:
    assert client.post("/models", json={**NEW_MODEL, "visibility": "secret"}).status_code == 422
    assert client.post("/models", json={"owner": "x"}).status_code == 422


def test_list_paginates_and_sorts(client: SpecCheckedClient) -> None:
    names = []
    url = "/models"
    while url:
        page = client.get(url).json()
        names.extend(f"{model['owner']}/{model['name']}" for model in page["results"])
        url = page["next"]
    assert len(names) == 7 and "replicate/hello-world" in names
    ascending = client.get("/models", params={"sort_by": "model_created_at", "sort_direction": "asc"}).json()
    assert ascending["results"][0]["name"] == "hello-world"
    assert client.get("/models", params={"sort_direction": "sideways"}).status_code == 400


def test_search_with_query_and_post(client: SpecCheckedClient) -> None:
    found = client.request("QUERY", "/models", content="hello", headers={"Content-Type": "text/plain"}).json()
    assert [model["name"] for model in found["results"]] == ["hello-world"]
    via_post = client.post("/models", content="png", headers={"Content-Type": "text/plain"}).json()
    assert [model["name"] for model in via_post["results"]] == ["png-maker"]
    search = client.get("/search", params={"query": "language", "limit": 5}).json()
    assert search["query"] == "language"
    assert [result["model"]["name"] for result in search["models"]] == ["llama-mock"]
    assert [collection["slug"] for collection in search["collections"]] == ["language-models"]
    assert client.get("/search").status_code == 400


def test_versions_examples_and_openapi_schema(client: SpecCheckedClient) -> None:
    versions = client.get("/models/replicate/llama-mock/versions").json()["results"]
    [version] = versions
    fetched = client.get(f"/models/replicate/llama-mock/versions/{version['id']}").json()
    schemas = fetched["openapi_schema"]["components"]["schemas"]
    assert schemas["Input"]["required"] == ["prompt"]
    assert schemas["Input"]["properties"]["max_tokens"]["default"] == 128
    assert schemas["Output"]["x-cog-array-type"] == "iterator"
    assert schemas["Output"]["x-cog-array-display"] == "concatenate"

    examples = client.get("/models/replicate/hello-world/examples").json()["results"]
    assert examples[0]["input"] == {"text": "world"} and examples[0]["output"] == "hello world"
    assert client.get("/models/replicate/hello-world/versions/" + "0" * 64).status_code == 404

    assert client.delete(f"/models/replicate/llama-mock/versions/{version['id']}").status_code == 202
    assert client.get("/models/replicate/llama-mock/versions").json()["results"] == []


def test_collections_hardware_account(server: Server, client: SpecCheckedClient) -> None:
    collections = client.get("/collections").json()["results"]
    assert {"official", "language-models", "text-to-image"} <= {c["slug"] for c in collections} | {
        c["slug"]
        for c in client.get(client.get("/collections").json()["next"] or "/collections").json()["results"]
    }
    official = client.get("/collections/official").json()
    assert len(official["models"]) == 7
    assert client.get("/collections/nope").status_code == 404
    assert {"name": "CPU", "sku": "cpu"} in client.get("/hardware").json()
    account = client.get("/account").json()
    assert account["username"] == "test-user" and account["type"] == "user"


def test_deployments(client: SpecCheckedClient) -> None:
    version = client.get("/models/replicate/hello-world").json()["latest_version"]["id"]
    body = {
        "name": "greeter",
        "model": "replicate/hello-world",
        "version": version,
        "hardware": "cpu",
        "min_instances": 0,
        "max_instances": 2,
    }
    created = client.post("/deployments", json=body)
    assert created.status_code == 201
    assert created.json()["current_release"]["number"] == 1
    assert client.post("/deployments", json=body).status_code == 409
    assert (
        client.post("/deployments", json={**body, "name": "other", "hardware": "gpu-abacus"}).status_code
        == 422
    )

    updated = client.patch(
        "/deployments/test-user/greeter", json={"min_instances": 1, "max_instances": 5}
    ).json()
    assert updated["current_release"]["number"] == 2
    assert updated["current_release"]["configuration"] == {
        "hardware": "cpu",
        "min_instances": 1,
        "max_instances": 5,
    }
    assert client.get("/deployments/test-user/greeter").json() == updated
    assert [d["name"] for d in client.get("/deployments").json()["results"]] == ["greeter"]

    prediction = client.post(
        "/deployments/test-user/greeter/predictions",
        json={"input": {"text": "dep"}},
        headers={"Prefer": "wait"},
    ).json()
    assert prediction["output"] == "hello dep"
    assert prediction["deployment"] == "test-user/greeter"

    assert client.delete("/deployments/test-user/greeter").status_code == 204
    assert client.get("/deployments/test-user/greeter").status_code == 404


def test_trainings_create_a_new_version(client: SpecCheckedClient) -> None:
    client.post("/models", json=NEW_MODEL)
    version = client.get("/models/replicate/hello-world").json()["latest_version"]["id"]
    created = client.post(
        f"/models/replicate/hello-world/versions/{version}/trainings",
        json={"destination": "test-user/my-model", "input": {"train_data": "https://example.com/data.zip"}},
    )
    assert created.status_code == 201
    training = created.json()
    assert training["status"] == "starting"
    assert training["urls"]["get"].endswith(f"/trainings/{training['id']}")

    deadline = time.monotonic() + 10
    while training["status"] not in ("succeeded", "failed", "canceled") and time.monotonic() < deadline:
        time.sleep(0.02)
        training = client.get(f"/trainings/{training['id']}").json()
    assert training["status"] == "succeeded"
    assert "training step 3/3" in training["logs"]
    new_version = training["output"]["version"]
    assert new_version.startswith("test-user/my-model:")
    assert httpx.get(training["output"]["weights"]).status_code == 200
    assert (
        client.get("/models/test-user/my-model").json()["latest_version"]["id"] == new_version.split(":")[1]
    )
    run = client.post(
        "/predictions", json={"version": new_version, "input": {"text": "t"}}, headers={"Prefer": "wait"}
    )
    assert run.json()["output"] == "hello t"

    assert [t["id"] for t in client.get("/trainings").json()["results"]] == [training["id"]]


def test_training_cancel_and_errors(client: SpecCheckedClient) -> None:
    client.post("/models", json=NEW_MODEL)
    version = client.get("/models/replicate/hello-world").json()["latest_version"]["id"]
    path = f"/models/replicate/hello-world/versions/{version}/trainings"
    training = client.post(path, json={"destination": "test-user/my-model", "input": {}}).json()
    canceled = client.post(f"/trainings/{training['id']}/cancel").json()
    assert canceled["status"] == "canceled"
    assert client.post(path, json={"destination": "nobody/nothing"}).status_code == 404
    assert client.post(path, json={}).status_code == 422
    assert client.get("/trainings/missing").status_code == 404
