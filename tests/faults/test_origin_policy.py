"""One origin policy for every request: an API call, a file download and a prediction's event stream
carry the token and the client's default headers on the API's origin (where an explicit
``Authorization`` default replaces the token's), and neither of them anywhere else."""

from __future__ import annotations

from typing import Any, Callable, Dict, Iterator

import pytest

from replicate import AsyncFileOutput, FileOutput

from .conftest import TOKEN, Side
from .faultserver import FaultServer, respond, sse, streaming_prediction

DEFAULTS = {"X-Team": "secret-team-header"}


@pytest.fixture
def elsewhere() -> Iterator[FaultServer]:
    with FaultServer(host="localhost") as server:  # another origin: same port space, other host
        yield server


def _api_call(side: Side, api: FaultServer, target: FaultServer, **kwargs: Any) -> Dict[str, str]:
    api.script("GET /v1/predictions/p1", respond(200, json_body=streaming_prediction(api, target.origin)))
    side.call(side.client(api.url, **kwargs), "predictions.get", prediction_id="p1")
    return api.received("GET /v1/predictions/p1")[-1].headers


def _download(side: Side, api: FaultServer, target: FaultServer, **kwargs: Any) -> Dict[str, str]:
    target.script("GET /v1/files/out.png", respond(200, body="png", content_type="image/png"))
    client: Any = side.client(api.url, **kwargs)
    url = f"{target.url}/files/out.png"
    if side.is_async:
        assert side.run(AsyncFileOutput(url, client).read()) == b"png"
    else:
        assert FileOutput(url, client).read() == b"png"
    return target.received("GET /v1/files/out.png")[-1].headers


def _event_stream(side: Side, api: FaultServer, target: FaultServer, **kwargs: Any) -> Dict[str, str]:
    api.script("GET /v1/predictions/p1", respond(200, json_body=streaming_prediction(api, target.origin)))
    target.script("GET /v1/stream/p1", sse([("1", "output", "hi"), ("2", "done", "{}")]))
    client: Any = side.client(api.url, **kwargs)
    if side.is_async:

        async def collect() -> Any:
            return [str(event) async for event in client.predictions.stream(prediction_id="p1")]

        assert side.run(collect()) == ["hi"]
    else:
        assert [str(event) for event in client.predictions.stream(prediction_id="p1")] == ["hi"]
    return target.received("GET /v1/stream/p1")[-1].headers


Request = Callable[..., Dict[str, str]]
KINDS = [
    pytest.param(_api_call, id="api-call"),
    pytest.param(_download, id="download"),
    pytest.param(_event_stream, id="event-stream"),
]


@pytest.mark.parametrize("request_of", KINDS)
def test_on_the_api_origin_the_token_and_default_headers_are_sent(
    side: Side, fault: FaultServer, request_of: Request
) -> None:
    headers = request_of(side, fault, fault, default_headers=DEFAULTS)
    assert headers["authorization"] == f"Bearer {TOKEN}"
    assert headers["x-team"] == "secret-team-header"
    assert headers["user-agent"].startswith("replicate-python/")


@pytest.mark.parametrize("request_of", KINDS)
def test_an_explicit_authorization_default_replaces_the_token_on_the_api_origin(
    side: Side, fault: FaultServer, request_of: Request
) -> None:
    headers = request_of(side, fault, fault, default_headers={"Authorization": "Token other"})
    assert headers["authorization"] == "Token other"


@pytest.mark.parametrize("request_of", KINDS[1:])  # an API call never leaves the API's origin
def test_elsewhere_neither_the_token_nor_default_headers_are_sent(
    side: Side, fault: FaultServer, elsewhere: FaultServer, request_of: Request
) -> None:
    headers = request_of(side, fault, elsewhere, default_headers={**DEFAULTS, "Authorization": "Token x"})
    assert "authorization" not in headers
    assert "x-team" not in headers
    assert headers["user-agent"].startswith("replicate-python/")
