"""A tour of every operation in openapi.yaml; the `client` fixture validates each response against it."""

from __future__ import annotations

from replicate.testing import Server

from .conftest import SpecCheckedClient
from .spec_validation import find_operation, operations


def test_every_spec_operation_is_served_and_conforms(server: Server, client: SpecCheckedClient) -> None:
    hello = client.get("/models/replicate/hello-world").json()["latest_version"]["id"]
    client.get("/account")
    client.get("/collections")
    client.get("/collections/official")
    client.get("/hardware")
    client.get("/search", params={"query": "hello"})
    client.get("/webhooks/default/secret")

    client.post(
        "/models", json={"owner": "test-user", "name": "tour", "visibility": "public", "hardware": "cpu"}
    )
    client.get("/models")
    client.request("QUERY", "/models", content="hello", headers={"Content-Type": "text/plain"})
    client.get("/models/replicate/hello-world")
    client.patch("/models/test-user/tour", json={"description": "a tour"})
    client.get("/models/replicate/hello-world/examples")
    client.get("/models/replicate/hello-world/readme")
    client.get("/models/replicate/hello-world/versions")
    client.get(f"/models/replicate/hello-world/versions/{hello}")

    waited = client.post(
        "/predictions", json={"version": hello, "input": {"text": "a"}}, headers={"Prefer": "wait"}
    )
    assert waited.status_code == 200
    running = client.post("/predictions", json={"version": "replicate/slow", "input": {}})
    assert running.status_code == 201
    client.post("/models/replicate/llama-mock/predictions", json={"input": {"prompt": "x", "max_tokens": 2}})
    client.get("/predictions")
    client.get(f"/predictions/{running.json()['id']}")
    client.post(f"/predictions/{running.json()['id']}/cancel")
    client.post("/predictions", json={"version": hello, "input": {}})  # 422

    deployment = {"name": "tour", "model": "replicate/hello-world", "version": hello, "hardware": "cpu"}
    client.post("/deployments", json={**deployment, "min_instances": 0, "max_instances": 1})
    client.get("/deployments")
    client.get("/deployments/test-user/tour")
    client.patch("/deployments/test-user/tour", json={"max_instances": 2})
    client.post(
        "/deployments/test-user/tour/predictions", json={"input": {"text": "d"}}, headers={"Prefer": "wait"}
    )
    client.delete("/deployments/test-user/tour")

    training = client.post(
        f"/models/replicate/hello-world/versions/{hello}/trainings",
        json={"destination": "test-user/tour", "input": {}},
    ).json()
    client.get("/trainings")
    client.get(f"/trainings/{training['id']}")
    client.post(f"/trainings/{training['id']}/cancel")

    uploaded = client.post("/files", files={"content": ("a.txt", b"abc", "text/plain")}).json()
    client.get("/files")
    client.get(f"/files/{uploaded['id']}")
    download = client.get(server.file_download_url(uploaded["id"]))
    assert download.content == b"abc"
    client.delete(f"/files/{uploaded['id']}")

    client.delete("/models/replicate/hello-world/versions/" + hello)
    client.delete("/models/test-user/tour")
    client.get("/no-such-operation")  # 404 problem details

    served = {
        (operation.method, operation.template)
        for request in server.requests
        if request.path.startswith("/v1/")
        for operation in [find_operation(request.method, request.path[3:])]
        if operation is not None
    }
    assert served >= {(op.method, op.template) for op in operations()}
