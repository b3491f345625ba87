from __future__ import annotations

import time
from typing import Any, Dict

import httpx

from replicate.testing import Server

from .conftest import SpecCheckedClient

TERMINAL = {"succeeded", "failed", "canceled"}


def poll(client: httpx.Client, prediction_id: str, timeout: float = 10.0) -> Dict[str, Any]:
    deadline = time.monotonic() + timeout
    while True:
        prediction: Dict[str, Any] = client.get(f"/predictions/{prediction_id}").json()
        if prediction["status"] in TERMINAL or time.monotonic() > deadline:
            return prediction
        time.sleep(0.02)


def test_create_returns_starting_prediction_with_urls(server: Server, client: SpecCheckedClient) -> None:
    response = client.post(
        "/predictions", json={"version": "replicate/hello-world", "input": {"text": "Alice"}}
    )

    assert response.status_code == 201
    prediction = response.json()
    assert prediction["status"] == "starting"
    assert prediction["model"] == "replicate/hello-world"
    assert len(prediction["version"]) == 64
    assert prediction["source"] == "api"
    assert prediction["data_removed"] is False
    assert prediction["urls"]["get"] == f"{server.url}/predictions/{prediction['id']}"
    assert prediction["urls"]["cancel"] == f"{server.url}/predictions/{prediction['id']}/cancel"
    assert "web" in prediction["urls"]
    assert "stream" not in prediction["urls"]


def test_lifecycle_across_successive_gets(client: SpecCheckedClient) -> None:
    created = client.post("/predictions", json={"version": "replicate/slow", "input": {"seconds": 2}}).json()
    seen = [created["status"]]
    while seen[-1] not in TERMINAL:
        seen.append(client.get(f"/predictions/{created['id']}").json()["status"])
        time.sleep(0.01)
    final = client.get(f"/predictions/{created['id']}").json()

    collapsed = [status for index, status in enumerate(seen) if index == 0 or seen[index - 1] != status]
    assert collapsed == ["starting", "processing", "succeeded"]
    assert final["output"] == "done after 2 seconds"
    assert final["logs"] == "step 1/2\nstep 2/2\n"
    assert final["created_at"] <= final["started_at"] <= final["completed_at"]
    assert final["metrics"]["predict_time"] > 0


def test_version_reference_forms(server: Server, client: SpecCheckedClient) -> None:
    version_id = client.get("/models/replicate/hello-world").json()["latest_version"]["id"]
    for reference in (version_id, "replicate/hello-world", f"replicate/hello-world:{version_id}"):
        response = client.post(
            "/predictions", json={"version": reference, "input": {"text": "x"}}, headers={"Prefer": "wait"}
        )
        assert response.status_code == 200, response.text
        assert response.json()["version"] == version_id
        assert response.json()["output"] == "hello x"


def test_model_predictions_endpoint(client: SpecCheckedClient) -> None:
    response = client.post(
        "/models/replicate/hello-world/predictions",
        json={"input": {"text": "Bob"}},
        headers={"Prefer": "wait=5"},
    )
    assert response.status_code == 200
    assert response.json()["output"] == "hello Bob"


def test_prefer_wait_returns_non_terminal_when_the_window_is_shorter(client: SpecCheckedClient) -> None:
    started = time.monotonic()
    response = client.post(
        "/predictions",
        json={"version": "replicate/slow", "input": {"seconds": 30}},
        headers={"Prefer": "wait=1"},
    )
    elapsed = time.monotonic() - started

    assert response.status_code == 201
    assert response.json()["status"] == "processing"
    assert 0.9 <= elapsed < 3


def test_prefer_wait_rejects_malformed_values(client: SpecCheckedClient) -> None:
    for value in ("wait=abc", "wait=0", "wait=61"):
        response = client.post(
            "/predictions",
            json={"version": "replicate/hello-world", "input": {"text": "x"}},
            headers={"Prefer": value},
        )
        assert response.status_code == 400, value
        assert response.headers["content-type"] == "application/problem+json"


def test_cancel_after_cancels_a_running_prediction(client: SpecCheckedClient) -> None:
    created = client.post(
        "/predictions",
        json={"version": "replicate/slow", "input": {"seconds": 60}},
        headers={"Cancel-After": "300ms"},
    ).json()
    final = poll(client, created["id"])
    assert final["status"] == "canceled"
    assert final["completed_at"]


def test_cancel_after_rejects_malformed_durations(client: SpecCheckedClient) -> None:
    for value in ("soon", "5 minutes", "-3s", "1d", "0s"):
        response = client.post(
            "/predictions",
            json={"version": "replicate/hello-world", "input": {"text": "x"}},
            headers={"Cancel-After": value},
        )
        assert response.status_code == 400, value
        assert "Cancel-After" in response.json()["detail"]


def test_cancel(client: SpecCheckedClient) -> None:
    created = client.post("/predictions", json={"version": "replicate/slow", "input": {"seconds": 60}}).json()
    canceled = client.post(f"/predictions/{created['id']}/cancel")

    assert canceled.status_code == 200
    assert canceled.json()["status"] == "canceled"
    time.sleep(0.3)
    assert client.get(f"/predictions/{created['id']}").json()["status"] == "canceled"
    again = client.post(f"/predictions/{created['id']}/cancel")
    assert again.status_code == 200 and again.json()["status"] == "canceled"


def test_failed_prediction_keeps_logs_and_error(client: SpecCheckedClient) -> None:
    response = client.post(
        "/predictions",
        json={"version": "replicate/fails", "input": {"message": "boom"}},
        headers={"Prefer": "wait"},
    )
    prediction = response.json()
    assert prediction["status"] == "failed"
    assert prediction["error"] == "boom"
    assert prediction["logs"] == "Starting up\nAbout to fail\n"
    assert prediction["output"] is None


def test_unknown_model_and_version_are_404(client: SpecCheckedClient) -> None:
    for reference in ("nobody/nothing", "0" * 64, "replicate/hello-world:" + "0" * 64):
        response = client.post("/predictions", json={"version": reference, "input": {}})
        assert response.status_code == 404, reference
        assert response.json()["status"] == 404
    assert client.post("/models/nobody/nothing/predictions", json={"input": {}}).status_code == 404
    assert client.get("/predictions/doesnotexist").status_code == 404
    assert client.post("/predictions/doesnotexist/cancel").status_code == 404


def test_invalid_input_is_422_naming_the_field(client: SpecCheckedClient) -> None:
    cases = [
        ({}, "text is required"),
        ({"text": "x", "colour": "red"}, "colour"),
        ({"text": 5}, "input.text"),
    ]
    for given, expected in cases:
        response = client.post("/predictions", json={"version": "replicate/hello-world", "input": given})
        assert response.status_code == 422, given
        problem = response.json()
        assert problem["status"] == 422
        assert expected in problem["detail"], problem
        assert problem["invalid_fields"]
    response = client.post(
        "/predictions",
        json={"version": "replicate/llama-mock", "input": {"prompt": "x", "max_tokens": "many"}},
    )
    assert response.status_code == 422 and "max_tokens" in response.json()["detail"]
    assert client.post("/predictions", json={"version": "replicate/hello-world"}).status_code == 422
    assert client.post("/predictions", json={"input": {"text": "x"}}).status_code == 422
    assert (
        client.post(
            "/predictions", content=b"{not json", headers={"Content-Type": "application/json"}
        ).status_code
        == 400
    )


def test_list_paginates_newest_first_with_date_filters(server: Server, client: SpecCheckedClient) -> None:
    created = [
        client.post(
            "/predictions", json={"version": "replicate/hello-world", "input": {"text": str(n)}}
        ).json()
        for n in range(7)
    ]
    expected_ids = [prediction["id"] for prediction in reversed(created)]

    seen, pages = [], 0
    url: Any = "/predictions"
    while url:
        page = client.get(url).json()
        seen.extend(prediction["id"] for prediction in page["results"])
        url = page["next"]
        pages += 1
    assert seen == expected_ids
    assert pages == 3  # page_size=3 in the fixture

    second = client.get(client.get("/predictions").json()["next"]).json()
    back = client.get(second["previous"]).json()
    assert [p["id"] for p in back["results"]] == expected_ids[:3]
    assert back["previous"] is None

    middle = created[3]["created_at"]
    after = client.get("/predictions", params={"created_after": middle}).json()
    assert [p["id"] for p in after["results"]] == expected_ids[:3]
    before = client.get("/predictions", params={"created_before": middle}).json()
    assert [p["id"] for p in before["results"]] == expected_ids[4:7]
    assert client.get("/predictions", params={"created_after": "yesterday"}).status_code == 400
    assert client.get("/predictions", params={"cursor": "garbage"}).status_code == 400


def test_server_exposes_predictions_for_assertions(server: Server, client: SpecCheckedClient) -> None:
    created = client.post(
        "/predictions", json={"version": "replicate/hello-world", "input": {"text": "z"}}
    ).json()
    final = server.wait_for_prediction(created["id"])
    assert final["output"] == "hello z"
    assert server.predictions[created["id"]]["status"] == "succeeded"
