from __future__ import annotations

import json

import httpx

from replicate.testing import Server

from .conftest import SpecCheckedClient
from .sse import read_events, stream_events


def test_stream_tokens_in_order_then_done(client: SpecCheckedClient) -> None:
    prediction = client.post(
        "/predictions",
        json={"version": "replicate/llama-mock", "input": {"prompt": "hi there", "max_tokens": 30}},
    ).json()
    assert prediction["urls"]["stream"]

    events = stream_events(prediction["urls"]["stream"])

    outputs = [event.data for event in events if event.event == "output"]
    final = client.get(f"/predictions/{prediction['id']}").json()
    assert final["status"] == "succeeded"
    assert outputs == final["output"]
    assert len(outputs) == 30
    assert "".join(outputs).startswith("You said: hi there")
    assert any("\n" in token for token in outputs)  # multi-line tokens survive as several data: lines
    assert [event.data for event in events if event.event == "logs"] == ["Generating 30 tokens", "Done"]
    assert events[-1].event == "done" and json.loads(events[-1].data) == {}
    ids = [int(event.id or 0) for event in events]
    assert ids == sorted(ids) and len(set(ids)) == len(ids)


def test_tokens_arrive_before_the_prediction_finishes(server: Server, client: SpecCheckedClient) -> None:
    prediction = client.post(
        "/predictions", json={"version": "replicate/llama-mock", "input": {"prompt": "x", "max_tokens": 1000}}
    ).json()
    with httpx.stream("GET", prediction["urls"]["stream"], timeout=30.0) as response:
        first = next(event for event in read_events(response.iter_lines()) if event.event == "output")
        status_at_first_token = client.get(f"/predictions/{prediction['id']}").json()["status"]
    assert first.data == "You"
    assert status_at_first_token == "processing"


def test_resume_with_last_event_id(client: SpecCheckedClient) -> None:
    prediction = client.post(
        "/predictions",
        json={"version": "replicate/llama-mock", "input": {"prompt": "resume", "max_tokens": 10}},
        headers={"Prefer": "wait"},
    ).json()
    everything = stream_events(prediction["urls"]["stream"])
    resumed = stream_events(prediction["urls"]["stream"], last_event_id=everything[4].id)
    assert resumed == everything[5:]


def test_error_event_then_done_on_failure(client: SpecCheckedClient) -> None:
    prediction = client.post(
        "/predictions", json={"version": "replicate/fails", "input": {"message": "kaput"}, "stream": True}
    ).json()
    events = stream_events(prediction["urls"]["stream"])
    kinds = [event.event for event in events]
    assert kinds == ["logs", "logs", "error", "done"]
    assert json.loads(events[2].data) == {"detail": "kaput"}
    assert json.loads(events[3].data) == {"reason": "error"}


def test_done_reports_cancellation(client: SpecCheckedClient) -> None:
    prediction = client.post(
        "/predictions", json={"version": "replicate/slow", "input": {"seconds": 60}, "stream": True}
    ).json()
    client.post(f"/predictions/{prediction['id']}/cancel")
    events = stream_events(prediction["urls"]["stream"])
    assert events[-1].event == "done"
    assert json.loads(events[-1].data) == {"reason": "canceled"}


def test_non_streaming_model_streams_its_output_when_asked(client: SpecCheckedClient) -> None:
    prediction = client.post(
        "/predictions", json={"version": "replicate/hello-world", "input": {"text": "s"}, "stream": True}
    ).json()
    events = stream_events(prediction["urls"]["stream"])
    assert [(event.event, event.data) for event in events] == [("output", "hello s"), ("done", "{}")]


def test_stream_of_unknown_prediction_is_404(server: Server) -> None:
    assert httpx.get(f"{server.origin}/stream/nope").status_code == 404
