"""Bad input: fuzzed response bodies for every generated model and fuzzed SSE streams give a typed
error or a tolerant parse, never another exception or a hang; invalid arguments raise before any
request, and path parameters are percent-encoded as one segment on the wire."""

from __future__ import annotations

import json
import re
import time
from typing import Any, List, Type

import httpx
import pydantic
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

import replicate.types as types
from replicate import APIResponseValidationError, Replicate
from replicate._core import parse_body
from replicate._models import parse_as
from replicate._operation import Operation
from replicate._streaming import SSEDecoder

from .conftest import TOKEN, Side
from .faultserver import FaultServer, respond

MODELS: List[Type[pydantic.BaseModel]] = sorted(
    (
        value
        for value in (getattr(types, name) for name in dir(types) if not name.startswith("_"))
        if isinstance(value, type) and issubclass(value, pydantic.BaseModel)
    ),
    key=lambda model: model.__name__,
)
FUZZ = settings(
    max_examples=60, deadline=2000, suppress_health_check=[HealthCheck.too_slow], derandomize=True
)

json_scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20)
json_values = st.recursive(
    json_scalars,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=20,
)


def test_every_generated_model_is_fuzzed() -> None:
    assert len(MODELS) >= 20
    assert {"Prediction", "Training", "Model", "Deployment", "File"} <= {m.__name__ for m in MODELS}


def _shaped(model: Type[pydantic.BaseModel]) -> st.SearchStrategy[Any]:
    """Dicts keyed by the model's own field names (and aliases), with arbitrary JSON values."""
    names = sorted(
        {field.alias or name for name, field in model.model_fields.items()} | set(model.model_fields)
    )
    return st.dictionaries(st.sampled_from(names) | st.text(max_size=8), json_values, max_size=len(names) + 2)


def _use(parsed: Any) -> None:
    """What a user does with a parsed model must not crash either."""
    repr(parsed)
    str(parsed)
    if isinstance(parsed, pydantic.BaseModel) and hasattr(parsed, "to_dict"):
        json.dumps(parsed.to_dict())


@pytest.mark.filterwarnings("error")  # to_dict() of a tolerant parse must not warn either
@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_model_parsing_tolerates_any_shaped_json(model: Type[pydantic.BaseModel]) -> None:
    @FUZZ
    @given(data=_shaped(model) | json_values)
    def check(data: Any) -> None:
        _use(parse_as(model, data))
        _use(parse_as(List[model], [data, data]))  # type: ignore[valid-type]

    check()


@pytest.mark.filterwarnings("error")
@pytest.mark.parametrize(
    "model", [types.Prediction, types.Training, types.Model, types.File], ids=lambda m: m.__name__
)
def test_response_bytes_parse_or_raise_a_typed_error(model: Type[pydantic.BaseModel]) -> None:
    op: Operation[Any] = Operation("get", "/x", model)
    request = httpx.Request("GET", "https://api.example.test/v1/x")

    @FUZZ
    @given(body=st.binary(max_size=200) | _shaped(model).map(lambda d: json.dumps(d).encode()))
    def check(body: bytes) -> None:
        response = httpx.Response(
            200, content=body, request=request, headers={"content-type": "application/json"}
        )
        try:
            _use(parse_body(op, response))
        except APIResponseValidationError as error:
            assert error.status_code == 200

    check()


sse_bytes = st.lists(
    st.sampled_from(
        [
            b"data: x",
            b"data:",
            b"data: ",
            b"event: output\nid: 7\ndata: tok \n",  # the shape token streams have
            b"event: output\ndata: x\n",
            b"event: \nid: \ndata: \n",  # empty values in the common shape
            b"id: 3\ndata: y\n",
            b"id: 1",
            b"id: \x00",
            b"retry: 10",
            b"retry: x",
            b"event: e",
            b":c",
            b"",
            b"\xff\xfe",
            b"\xef\xbb\xbf",
            b"\r",
            b"\n",
            b"\r\n",
            "é".encode(),
        ]
    )
    | st.binary(max_size=20),
    max_size=40,
)


@FUZZ
@given(pieces=sse_bytes, cuts=st.lists(st.integers(min_value=0, max_value=400), max_size=6))
def test_sse_decoder_never_crashes_and_chunking_does_not_change_the_events(
    pieces: List[bytes], cuts: List[int]
) -> None:
    raw = b"\n".join(pieces)
    whole = list(SSEDecoder().decode([raw]))
    points = sorted({min(cut, len(raw)) for cut in cuts})
    chunks = [raw[a:b] for a, b in zip([0, *points], [*points, len(raw)])]
    assert list(SSEDecoder().decode(chunks)) == whole
    assert list(SSEDecoder().decode([raw[i : i + 1] for i in range(len(raw))])) == whole


@FUZZ
@given(pieces=sse_bytes)
def test_sse_decoder_batch_reading_agrees_with_reading_line_by_line(pieces: List[bytes]) -> None:
    """``feed`` (a whole chunk at once, with fast paths for the common lines) against ``feed_line``
    (the WHATWG steps, one line at a time) on the same complete lines."""
    raw = b"\n".join(pieces)
    text = raw.decode("utf-8", errors="replace")
    text = text[1:] if text.startswith("\ufeff") else text
    *complete, _partial = re.split(r"\r\n|\r|\n", text)
    reference = SSEDecoder()
    expected = [event for event in map(reference.feed_line, complete) if event is not None]
    assert SSEDecoder().feed(raw) == expected


def test_sse_decoder_on_megabytes_of_garbage_finishes_quickly() -> None:
    garbage = bytes(range(256)) * 20_000  # 5 MB of every byte value, many CR/LF
    started = time.process_time()  # CPU time: other processes on the machine do not stretch it
    decoder = SSEDecoder()
    for index in range(0, len(garbage), 4096):
        decoder.feed(garbage[index : index + 4096])
    decoder.flush()
    assert time.process_time() - started < 10


# ------------------------------------------------------------------------------ arguments


@pytest.mark.parametrize("bad", ["", None, 123, b"p1", ["p1"]])
def test_invalid_path_arguments_raise_before_any_request(side: Side, fault: FaultServer, bad: Any) -> None:
    client = side.client(fault.url)
    with pytest.raises((ValueError, TypeError)):
        side.call(client, "predictions.get", prediction_id=bad)
    with pytest.raises((ValueError, TypeError)):
        side.call(client, "models.get", model_owner="acme", model_name=bad)
    assert fault.count() == 0


def test_missing_required_arguments_raise_before_any_request(fault: FaultServer) -> None:
    with Replicate(base_url=fault.url, bearer_token=TOKEN) as client:
        with pytest.raises(TypeError):
            client.predictions.get()  # type: ignore[call-arg]
        with pytest.raises(TypeError):
            client.models.predictions.create(model_owner="acme", input={})  # type: ignore[call-arg]
    assert fault.count() == 0


@pytest.mark.parametrize(
    "value,wire",
    [
        ("..", "%2E%2E"),
        (".", "%2E"),
        ("../account", "..%2Faccount"),
        ("a/b", "a%2Fb"),
        ("p1?x=1", "p1%3Fx%3D1"),
        ("p1#frag", "p1%23frag"),
        ("spa ce", "spa%20ce"),
        ("%2F", "%252F"),
        ("ünï", "%C3%BCn%C3%AF"),
        ("a\\b", "a%5Cb"),
    ],
)
def test_path_parameters_are_one_percent_encoded_segment_on_the_wire(
    side: Side, fault: FaultServer, value: str, wire: str
) -> None:
    client = side.client(fault.url, max_retries=0)
    with pytest.raises(Exception):  # noqa: B017 - the fault server answers 404: only the wire path matters
        side.call(client, "predictions.get", prediction_id=value)
    (received,) = fault.received()
    assert received.path == f"/v1/predictions/{wire}"
    assert received.query == ""


def test_encoded_path_in_a_multi_parameter_template(fault: FaultServer) -> None:
    fault.script(
        "GET /v1/models/..%2F..%2Faccount/x%20y/versions/%2E%2E", respond(200, json_body={"id": "v"})
    )
    with Replicate(base_url=fault.url, bearer_token=TOKEN) as client:
        version = client.models.versions.get(model_owner="../../account", model_name="x y", version_id="..")
    assert version.id == "v"  # type: ignore[attr-defined]
