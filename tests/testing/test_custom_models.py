from __future__ import annotations

from typing import Any, Dict, Iterator

from replicate.testing import ModelSpec, PredictionContext, Server, serve

from .conftest import SpecCheckedClient
from .sse import stream_events

ECHO_INPUT = {
    "type": "object",
    "required": ["word"],
    "properties": {"word": {"type": "string"}, "times": {"type": "integer", "default": 2}},
}


def echo(inputs: Dict[str, Any], ctx: PredictionContext) -> str:
    ctx.log(f"echoing {inputs['word']}")
    return " ".join([inputs["word"]] * inputs["times"])


def spell(inputs: Dict[str, Any], ctx: PredictionContext) -> Iterator[str]:
    yield from inputs["word"]


def explode(inputs: Dict[str, Any], ctx: PredictionContext) -> None:
    ctx.log("about to explode")
    raise ValueError("kaboom")


def test_registered_model_runs_with_defaults_and_logs(server: Server, client: SpecCheckedClient) -> None:
    version = server.register_model(
        "me/echo", predict=echo, input_schema=ECHO_INPUT, output_schema={"type": "string"}
    )
    prediction = client.post(
        "/predictions", json={"version": "me/echo", "input": {"word": "hi"}}, headers={"Prefer": "wait"}
    ).json()
    assert prediction["version"] == version
    assert prediction["output"] == "hi hi"
    assert prediction["logs"] == "echoing hi\n"
    assert prediction["input"] == {"word": "hi"}


def test_a_registered_model_can_be_given_its_version_id(server: Server, client: SpecCheckedClient) -> None:
    chosen = "5c7d5dc6dd8bf75c1acaa8565735e7986bc5b66206b55cca93cb72c9bf15ccaa"
    assert (
        server.register_model("me/echo", predict=echo, input_schema=ECHO_INPUT, version_id=chosen) == chosen
    )
    prediction = client.post(
        "/predictions", json={"version": chosen, "input": {"word": "yo"}}, headers={"Prefer": "wait"}
    ).json()
    assert (prediction["model"], prediction["version"], prediction["output"]) == ("me/echo", chosen, "yo yo")
    assert client.get(f"/models/me/echo/versions/{chosen}").json()["id"] == chosen


def test_version_id_is_deterministic_and_schema_is_cog_style(
    server: Server, client: SpecCheckedClient
) -> None:
    first = server.register_model(
        "me/echo", predict=echo, input_schema=ECHO_INPUT, output_schema={"type": "string"}
    )
    with serve(builtin_models=False) as other:
        assert (
            other.register_model(
                "me/echo", predict=echo, input_schema=ECHO_INPUT, output_schema={"type": "string"}
            )
            == first
        )
    assert len(first) == 64 and int(first, 16) >= 0
    changed = server.register_model(
        "me/echo", predict=echo, input_schema=ECHO_INPUT, output_schema={"type": "number"}
    )
    assert changed != first

    schema = client.get(f"/models/me/echo/versions/{first}").json()["openapi_schema"]
    assert schema["openapi"].startswith("3.")
    assert schema["components"]["schemas"]["Input"]["title"] == "Input"
    assert schema["components"]["schemas"]["Input"]["properties"]["word"]["x-order"] == 0
    assert schema["components"]["schemas"]["Output"] == {"type": "string", "title": "Output"}
    assert client.get("/models/me/echo").json()["latest_version"]["id"] == changed


def test_streaming_generator_model(server: Server, client: SpecCheckedClient) -> None:
    server.register_model("me/spell", predict=spell, input_schema=ECHO_INPUT, streaming=True)
    prediction = client.post("/predictions", json={"version": "me/spell", "input": {"word": "abc"}}).json()
    events = stream_events(prediction["urls"]["stream"])
    assert [e.data for e in events if e.event == "output"] == ["a", "b", "c"]
    assert server.wait_for_prediction(prediction["id"])["output"] == ["a", "b", "c"]
    output_schema = client.get("/models/me/spell").json()["latest_version"]["openapi_schema"]["components"][
        "schemas"
    ]["Output"]
    assert output_schema["x-cog-array-type"] == "iterator"
    assert output_schema["x-cog-array-display"] == "concatenate"


def test_exception_fails_the_prediction(server: Server, client: SpecCheckedClient) -> None:
    server.register_model("me/explode", predict=explode)
    prediction = client.post(
        "/predictions", json={"version": "me/explode", "input": {}}, headers={"Prefer": "wait"}
    ).json()
    assert (prediction["status"], prediction["error"], prediction["logs"]) == (
        "failed",
        "kaboom",
        "about to explode\n",
    )


def test_models_passed_to_serve() -> None:
    import httpx

    spec = ModelSpec(name="me/echo", predict=echo, input_schema=ECHO_INPUT)
    with serve(models=[spec], builtin_models=False, speed=10) as server:
        response = httpx.post(
            f"{server.url}/models/me/echo/predictions",
            json={"input": {"word": "yo", "times": 3}},
            headers={"Authorization": f"Bearer {server.token}", "Prefer": "wait"},
        )
        assert response.json()["output"] == "yo yo yo"
        names = [
            m["name"]
            for m in httpx.get(
                f"{server.url}/models", headers={"Authorization": f"Bearer {server.token}"}
            ).json()["results"]
        ]
        assert names == ["echo"]


def test_plugin_fixture(replicate_server: Server) -> None:
    import httpx

    response = httpx.get(
        f"{replicate_server.url}/account", headers={"Authorization": f"Bearer {replicate_server.token}"}
    )
    assert response.status_code == 200
