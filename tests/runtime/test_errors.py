from __future__ import annotations

from typing import Type

import httpx
import pytest
import respx

from replicate import exceptions
from replicate._exceptions import (
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    ModelError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ReplicateError,
    UnprocessableEntityError,
)
from replicate._operation import Operation

from .conftest import Harness

GET: Operation[object] = Operation("get", "/things/{id}", object)


@pytest.mark.parametrize(
    ("status", "error_class"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (418, APIStatusError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (500, InternalServerError),
        (502, InternalServerError),
        (503, InternalServerError),
    ],
)
def test_status_maps_to_error_with_detail_and_request_id(
    harness: Harness, api: respx.MockRouter, status: int, error_class: Type[APIStatusError]
) -> None:
    problem = {"title": "Something happened", "detail": f"The thing failed with {status}", "status": status}
    api.get("/things/a").mock(
        return_value=httpx.Response(status, json=problem, headers={"X-Request-Id": "req_42"})
    )
    with pytest.raises(error_class) as caught:
        harness.request(harness.client(max_retries=0), GET, path={"id": "a"})
    error = caught.value
    assert type(error) is error_class
    assert error.status_code == status
    assert error.detail == f"The thing failed with {status}"
    assert error.title == "Something happened"
    assert error.request_id == "req_42"
    assert error.body == problem
    assert error.response.status_code == status
    assert error.request.url == httpx.URL("https://api.example.test/v1/things/a")
    message = str(error)
    assert str(status) in message
    assert f"The thing failed with {status}" in message
    assert "req_42" in message
    assert isinstance(error, ReplicateError)


def test_plain_text_body_is_truncated(harness: Harness, api: respx.MockRouter) -> None:
    api.get("/things/a").mock(return_value=httpx.Response(400, text="x" * 5000))
    with pytest.raises(BadRequestError) as caught:
        harness.request(harness.client(), GET, path={"id": "a"})
    message = str(caught.value)
    assert "xxxx" in message
    assert len(message) < 700
    assert caught.value.detail is None


def test_html_502_body_becomes_a_short_note(harness: Harness, api: respx.MockRouter) -> None:
    html = (
        "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body>"
        + "<p>oops</p>" * 5000
        + "</body></html>"
    )
    api.get("/things/a").mock(
        return_value=httpx.Response(502, text=html, headers={"content-type": "text/html"})
    )
    with pytest.raises(InternalServerError) as caught:
        harness.request(harness.client(max_retries=0), GET, path={"id": "a"})
    message = str(caught.value)
    assert "502" in message
    assert "HTML" in message
    assert "<p>" not in message
    assert len(message) < 200


def test_exceptions_are_reexported() -> None:
    import replicate

    assert exceptions.NotFoundError is NotFoundError
    assert replicate.NotFoundError is NotFoundError
    assert replicate.ReplicateError is ReplicateError
    assert issubclass(exceptions.APITimeoutError, exceptions.APIConnectionError)
    assert issubclass(exceptions.APIStatusError, exceptions.APIError)


def test_model_error_carries_the_prediction() -> None:
    class Prediction:
        id = "p123"
        status = "failed"
        error = "CUDA out of memory"
        logs = ""

    error = ModelError(Prediction())
    assert error.prediction.id == "p123"
    assert "p123" in str(error)
    assert "CUDA out of memory" in str(error)
    assert isinstance(error, ReplicateError)
