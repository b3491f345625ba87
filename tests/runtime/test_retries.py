from __future__ import annotations

import email.utils
import time
from typing import Any, Dict, List

import httpx
import pytest
import respx

from replicate._core import retry_delay
from replicate._exceptions import APIConnectionError, APITimeoutError, InternalServerError, RateLimitError
from replicate._operation import Operation

from .conftest import Harness

GET: Operation[object] = Operation("get", "/things/{id}", object)
CREATE: Operation[object] = Operation("post", "/things", object, body="json", retry="unsent")


def _sequence(*responses: Any) -> List[Any]:
    return list(responses)


def test_retries_until_success_and_counts_attempts(harness: Harness, api: respx.MockRouter) -> None:
    route = api.get("/things/a").mock(
        side_effect=[httpx.Response(500), httpx.Response(503), httpx.Response(200, json={"ok": True})]
    )
    client = harness.client()
    assert harness.request(client, GET, path={"id": "a"}) == {"ok": True}
    assert route.call_count == 3
    counts = [call.request.headers["X-Replicate-Retry-Count"] for call in route.calls]
    assert counts == ["0", "1", "2"]
    assert len(harness.sleeps) == 2


def test_gives_up_after_max_retries(harness: Harness, api: respx.MockRouter) -> None:
    route = api.get("/things/a").mock(return_value=httpx.Response(500, json={"detail": "boom"}))
    client = harness.client(max_retries=3)
    with pytest.raises(InternalServerError):
        harness.request(client, GET, path={"id": "a"})
    assert route.call_count == 4


def test_max_retries_zero_sends_once(harness: Harness, api: respx.MockRouter) -> None:
    route = api.get("/things/a").mock(return_value=httpx.Response(429))
    with pytest.raises(RateLimitError):
        harness.request(harness.client(max_retries=0), GET, path={"id": "a"})
    assert route.call_count == 1
    assert harness.sleeps == []


@pytest.mark.parametrize("status", [408, 409, 429, 500, 502, 504])
def test_retryable_statuses(harness: Harness, api: respx.MockRouter, status: int) -> None:
    route = api.get("/things/a").mock(side_effect=[httpx.Response(status), httpx.Response(200, json=1)])
    assert harness.request(harness.client(), GET, path={"id": "a"}) == 1
    assert route.call_count == 2


@pytest.mark.parametrize("status", [400, 401, 403, 404, 422])
def test_client_errors_are_not_retried(harness: Harness, api: respx.MockRouter, status: int) -> None:
    route = api.get("/things/a").mock(return_value=httpx.Response(status))
    with pytest.raises(Exception):  # noqa: B017 - the type is checked in test_errors
        harness.request(harness.client(), GET, path={"id": "a"})
    assert route.call_count == 1


def test_backoff_grows_and_stays_within_jitter_bounds(harness: Harness, api: respx.MockRouter) -> None:
    api.get("/things/a").mock(return_value=httpx.Response(500))
    with pytest.raises(InternalServerError):
        harness.request(harness.client(max_retries=6), GET, path={"id": "a"})
    expected = [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]
    assert len(harness.sleeps) == 6
    for slept, ceiling in zip(harness.sleeps, expected):
        assert ceiling * 0.75 <= slept <= ceiling


def test_retry_delay_bounds_are_exact_at_the_extremes() -> None:
    assert retry_delay(0, None, rand=lambda: 0.0) == 0.5
    assert retry_delay(0, None, rand=lambda: 1.0) == 0.375
    assert retry_delay(3, None, rand=lambda: 0.0) == 4.0
    assert retry_delay(10, None, rand=lambda: 0.0) == 8.0


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"Retry-After": "3"}, 3.0),
        ({"Retry-After": "1.5"}, 1.5),
        ({"retry-after-ms": "250"}, 0.25),
        ({"retry-after-ms": "250", "Retry-After": "9"}, 0.25),
    ],
)
def test_retry_after_headers_are_honoured(
    harness: Harness, api: respx.MockRouter, headers: Dict[str, str], expected: float
) -> None:
    api.get("/things/a").mock(side_effect=[httpx.Response(429, headers=headers), httpx.Response(200, json=1)])
    harness.request(harness.client(), GET, path={"id": "a"})
    assert harness.sleeps == [expected]


def test_retry_after_http_date(harness: Harness, api: respx.MockRouter) -> None:
    when = email.utils.formatdate(time.time() + 10, usegmt=True)
    api.get("/things/a").mock(
        side_effect=[httpx.Response(503, headers={"Retry-After": when}), httpx.Response(200, json=1)]
    )
    harness.request(harness.client(), GET, path={"id": "a"})
    assert 8.0 <= harness.sleeps[0] <= 10.0


def test_retry_after_over_a_minute_falls_back_to_backoff(harness: Harness, api: respx.MockRouter) -> None:
    api.get("/things/a").mock(
        side_effect=[httpx.Response(429, headers={"Retry-After": "3600"}), httpx.Response(200, json=1)]
    )
    harness.request(harness.client(), GET, path={"id": "a"})
    assert 0.375 <= harness.sleeps[0] <= 0.5


def test_x_should_retry_false_stops_a_retryable_status(harness: Harness, api: respx.MockRouter) -> None:
    route = api.get("/things/a").mock(return_value=httpx.Response(503, headers={"x-should-retry": "false"}))
    with pytest.raises(InternalServerError):
        harness.request(harness.client(), GET, path={"id": "a"})
    assert route.call_count == 1


def test_x_should_retry_true_retries_a_client_error(harness: Harness, api: respx.MockRouter) -> None:
    route = api.get("/things/a").mock(
        side_effect=[httpx.Response(400, headers={"x-should-retry": "true"}), httpx.Response(200, json=1)]
    )
    assert harness.request(harness.client(), GET, path={"id": "a"}) == 1
    assert route.call_count == 2


def test_connection_errors_and_timeouts_are_retried(harness: Harness, api: respx.MockRouter) -> None:
    route = api.get("/things/a").mock(
        side_effect=[httpx.ConnectError("refused"), httpx.ReadTimeout("slow"), httpx.Response(200, json=1)]
    )
    assert harness.request(harness.client(), GET, path={"id": "a"}) == 1
    assert route.call_count == 3


def test_timeout_after_retries_raises_api_timeout_error(harness: Harness, api: respx.MockRouter) -> None:
    api.get("/things/a").mock(side_effect=httpx.ReadTimeout("slow"))
    with pytest.raises(APITimeoutError) as caught:
        harness.request(harness.client(max_retries=1), GET, path={"id": "a"})
    assert isinstance(caught.value.__cause__, httpx.ReadTimeout)
    assert caught.value.request.url.path == "/v1/things/a"


def test_connection_error_raises_api_connection_error(harness: Harness, api: respx.MockRouter) -> None:
    api.get("/things/a").mock(side_effect=httpx.ConnectError("refused"))
    with pytest.raises(APIConnectionError) as caught:
        harness.request(harness.client(max_retries=0), GET, path={"id": "a"})
    assert not isinstance(caught.value, APITimeoutError)


class TestUnsentOperations:
    def test_not_retried_on_500(self, harness: Harness, api: respx.MockRouter) -> None:
        route = api.post("/things").mock(return_value=httpx.Response(500))
        with pytest.raises(InternalServerError):
            harness.request(harness.client(), CREATE, body={"a": 1})
        assert route.call_count == 1

    def test_not_retried_on_read_timeout(self, harness: Harness, api: respx.MockRouter) -> None:
        route = api.post("/things").mock(side_effect=httpx.ReadTimeout("sent, no answer"))
        with pytest.raises(APITimeoutError):
            harness.request(harness.client(), CREATE, body={"a": 1})
        assert route.call_count == 1

    def test_not_retried_on_503_without_retry_after(self, harness: Harness, api: respx.MockRouter) -> None:
        route = api.post("/things").mock(return_value=httpx.Response(503))
        with pytest.raises(InternalServerError):
            harness.request(harness.client(), CREATE, body={"a": 1})
        assert route.call_count == 1

    def test_retried_on_connect_error_429_and_503_with_retry_after(
        self, harness: Harness, api: respx.MockRouter
    ) -> None:
        route = api.post("/things").mock(
            side_effect=[
                httpx.ConnectError("refused"),
                httpx.Response(429),
                httpx.Response(503, headers={"Retry-After": "1"}),
                httpx.Response(201, json={"id": "p1"}),
            ]
        )
        assert harness.request(harness.client(max_retries=3), CREATE, body={"a": 1}) == {"id": "p1"}
        assert route.call_count == 4
        assert harness.sleeps[-1] == 1.0
