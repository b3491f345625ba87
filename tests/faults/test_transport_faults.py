"""Transport and status faults from a real socket: the typed error or the recovered result, the
number of attempts the server saw, and the elapsed time within the documented backoff bounds.

Backoff (``_core`` docstring): retry n waits ``min(0.5 * 2**n, 8) * [0.75, 1]`` seconds unless
``retry-after-ms`` / ``Retry-After`` (seconds or HTTP date, 0..60 s) says otherwise. The sleeps the
client chose are checked exactly, and so are lower bounds on wall time (load can only add to it);
above them there is only a hang guard, because the machine is shared (see ``Side``).
"""

from __future__ import annotations

import logging
import socket
import time
from email.utils import parsedate_to_datetime

import pytest

from replicate import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    BadRequestError,
    InternalServerError,
    RateLimitError,
)
from replicate.types import Prediction

from .conftest import HANG_GUARD, RetryLog, Side
from .faultserver import (
    Action,
    Conn,
    FaultServer,
    Recorded,
    close_without_response,
    html_page,
    http_date_in,
    reset,
    respond,
    stall_body,
    stall_headers,
    truncated,
)

GET = "GET /v1/predictions/p1"
PREDICTION = {"id": "p1", "status": "succeeded", "output": "ok"}

# Sums of the first n backoff delays: (lower, upper)
ONE_RETRY = (0.375, 0.5)
TWO_RETRIES = (0.375 + 0.75, 0.5 + 1.0)


def ok() -> Action:
    return respond(200, json_body=PREDICTION)


def get(side: Side, fault: FaultServer, **client_kwargs: object) -> Prediction:
    client = side.client(fault.url, **client_kwargs)
    return side.call(client, "predictions.get", prediction_id="p1")


def backoff_within(side: Side, bounds: tuple[float, float], extra: float = 0.0) -> bool:
    """The client slept the documented backoff (exactly), and the call took at least that plus
    ``extra`` (e.g. timeouts that had to fire) without hanging."""
    low, high = bounds
    return low <= side.slept <= high and low + extra <= side.elapsed <= high + extra + HANG_GUARD


# ------------------------------------------------------------------------------ connection refused


def _refused_port() -> int:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    return port


def test_connection_refused_is_retried_then_raises_connection_error(side: Side, retry_log: RetryLog) -> None:
    client = side.client(f"http://127.0.0.1:{_refused_port()}/v1")
    with pytest.raises(APIConnectionError) as caught:
        side.call(client, "predictions.get", prediction_id="p1")
    assert not isinstance(caught.value, APITimeoutError)
    assert len(retry_log.records) == 2  # 3 attempts in all
    assert backoff_within(side, TWO_RETRIES)


def test_connection_refused_then_server_up_recovers(side: Side, retry_log: RetryLog) -> None:
    with FaultServer(listening=False) as down:
        down.script(GET, ok())
        retry_log.hook = lambda record: down.listening or down.start_listening()
        prediction = get(side, down)
        assert prediction.id == "p1"
        received = down.received(GET)
        assert len(received) == 1 and received[0].retry_count == "1"  # attempt 0 was refused
        assert backoff_within(side, ONE_RETRY)


# ------------------------------------------------------------------------------ resets and closes


def test_reset_after_request_is_retried_for_reads(side: Side, fault: FaultServer) -> None:
    fault.script(GET, [reset(), ok()])
    assert get(side, fault).id == "p1"
    assert [r.retry_count for r in fault.received(GET)] == ["0", "1"]
    assert backoff_within(side, ONE_RETRY)


def test_reset_every_time_raises_connection_error_after_the_budget(side: Side, fault: FaultServer) -> None:
    fault.script(GET, reset())
    with pytest.raises(APIConnectionError):
        get(side, fault)
    assert fault.count(GET) == 3
    assert backoff_within(side, TWO_RETRIES)


def test_server_closing_without_response_is_retried(side: Side, fault: FaultServer) -> None:
    fault.script(GET, [close_without_response(), ok()])
    assert get(side, fault).id == "p1"
    assert fault.count(GET) == 2


def _reset_mid_body(request: Recorded, conn: Conn) -> None:
    body = b'{"id": "p1", "status": "succeeded", "output": "' + b"x" * 2000 + b'"}'
    conn.send(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n" % len(body))
    conn.send(body[:100])
    conn.reset()


def test_reset_mid_response_body_is_retried_for_reads(side: Side, fault: FaultServer) -> None:
    fault.script(GET, [_reset_mid_body, ok()])
    assert get(side, fault).id == "p1"
    assert fault.count(GET) == 2


def test_reset_mid_response_body_every_time_raises_connection_error(side: Side, fault: FaultServer) -> None:
    fault.script(GET, _reset_mid_body)
    with pytest.raises(APIConnectionError):
        get(side, fault, max_retries=1)
    assert fault.count(GET) == 2


def test_body_shorter_than_content_length_is_a_connection_error(side: Side, fault: FaultServer) -> None:
    fault.script(GET, truncated(b'{"id": "p1", "sta', declared=200))
    with pytest.raises(APIConnectionError):
        get(side, fault, max_retries=1)
    assert fault.count(GET) == 2


# ------------------------------------------------------------------------------ slow servers


def test_slow_headers_time_out_on_every_attempt(side: Side, fault: FaultServer) -> None:
    fault.script(GET, stall_headers(10))
    with pytest.raises(APITimeoutError):
        get(side, fault, timeout=0.3, max_retries=1)
    assert fault.count(GET) == 2
    assert backoff_within(side, ONE_RETRY, extra=2 * 0.3)


def test_slow_headers_once_then_recovers(side: Side, fault: FaultServer) -> None:
    fault.script(GET, [stall_headers(10), ok()])
    assert get(side, fault, timeout=0.3).id == "p1"
    assert fault.count(GET) == 2
    assert backoff_within(side, ONE_RETRY, extra=0.3)


def test_body_stalling_past_the_read_timeout_is_a_timeout(side: Side, fault: FaultServer) -> None:
    fault.script(GET, stall_body(10))
    with pytest.raises(APITimeoutError):
        get(side, fault, timeout=0.3, max_retries=1)
    assert fault.count(GET) == 2
    assert backoff_within(side, ONE_RETRY, extra=2 * 0.3)


def test_body_stalling_once_then_recovers(side: Side, fault: FaultServer) -> None:
    fault.script(GET, [stall_body(10), ok()])
    assert get(side, fault, timeout=0.3).id == "p1"
    assert fault.count(GET) == 2


# ------------------------------------------------------------------------------ bad bodies


def test_truncated_json_in_a_success_is_a_validation_error_not_retried(
    side: Side, fault: FaultServer
) -> None:
    fault.script(GET, truncated(b'{"id": "p1", "status": "succ', close=False))
    with pytest.raises(APIResponseValidationError) as caught:
        get(side, fault)
    assert caught.value.status_code == 200
    assert "Invalid JSON" in str(caught.value)
    assert fault.count(GET) == 1


def test_non_json_error_body_keeps_the_text(side: Side, fault: FaultServer) -> None:
    fault.script(GET, respond(400, body="missing field: input", content_type="text/plain"))
    with pytest.raises(BadRequestError) as caught:
        get(side, fault)
    assert "missing field: input" in str(caught.value)
    assert caught.value.body == "missing field: input"
    assert fault.count(GET) == 1


def test_truncated_json_error_body_is_kept_as_text(side: Side, fault: FaultServer) -> None:
    fault.script(GET, respond(422, body='{"detail": "bad', content_type="application/json"))
    with pytest.raises(Exception) as caught:
        get(side, fault)
    assert type(caught.value).__name__ == "UnprocessableEntityError"
    assert caught.value.body == '{"detail": "bad'  # type: ignore[attr-defined]


def test_html_502_page_is_retried_then_summarised(side: Side, fault: FaultServer) -> None:
    fault.script(GET, html_page(502))
    with pytest.raises(InternalServerError) as caught:
        get(side, fault)
    message = str(caught.value)
    assert message.startswith("502 Bad Gateway")
    assert "HTML error page" in message and "<html>" not in message
    assert fault.count(GET) == 3
    assert backoff_within(side, TWO_RETRIES)


# ------------------------------------------------------------------------------ rate limits and bursts


def test_429_retry_after_seconds_is_honoured(side: Side, fault: FaultServer) -> None:
    fault.script(GET, [respond(429, json_body={"detail": "slow down"}, headers={"Retry-After": "1"}), ok()])
    assert get(side, fault).id == "p1"
    first, second = fault.received(GET)
    assert second.at - first.at >= 1.0
    assert side.sleeps == [1.0]
    assert 1.0 <= side.elapsed <= 1.0 + HANG_GUARD


def test_429_retry_after_http_date_is_honoured(side: Side, fault: FaultServer) -> None:
    retry_at = http_date_in(2)  # whole seconds: 1 to 2 seconds from now
    fault.script(GET, [respond(429, headers={"Retry-After": retry_at}), ok()])
    assert get(side, fault).id == "p1"
    _, second = fault.received(GET)
    # Not before the date (however long the first request took to arrive), and not slept longer
    # than the date asked for: the backoff (under half a second) instead of the date, or a misread
    # date, fails one of them.
    wall_clock_offset = time.time() - time.monotonic()
    assert second.at + wall_clock_offset >= parsedate_to_datetime(retry_at).timestamp() - 0.01
    (slept,) = side.sleeps
    assert 0 <= slept <= 2.0
    assert side.elapsed <= 2.0 + HANG_GUARD


def test_retry_after_ms_wins_over_retry_after(side: Side, fault: FaultServer) -> None:
    headers = {"retry-after-ms": "250", "Retry-After": "30"}
    fault.script(GET, [respond(429, headers=headers), ok()])
    assert get(side, fault).id == "p1"
    first, second = fault.received(GET)
    assert second.at - first.at >= 0.25
    assert side.sleeps == [0.25]
    assert side.elapsed <= 0.25 + HANG_GUARD


def test_retry_after_beyond_a_minute_falls_back_to_backoff(side: Side, fault: FaultServer) -> None:
    fault.script(GET, [respond(429, headers={"Retry-After": "3600"}), ok()])
    assert get(side, fault).id == "p1"
    assert backoff_within(side, ONE_RETRY)


def test_429_every_time_raises_rate_limit_error(side: Side, fault: FaultServer) -> None:
    fault.script(
        GET, respond(429, json_body={"detail": "Request was throttled."}, headers={"retry-after-ms": "10"})
    )
    with pytest.raises(RateLimitError) as caught:
        get(side, fault)
    assert caught.value.detail == "Request was throttled."
    assert fault.count(GET) == 3


def test_500_503_burst_recovers_within_backoff_bounds(side: Side, fault: FaultServer) -> None:
    fault.script(GET, [respond(500), respond(503), ok()])
    assert get(side, fault).id == "p1"
    assert [r.retry_count for r in fault.received(GET)] == ["0", "1", "2"]
    assert backoff_within(side, TWO_RETRIES)
    first, second, third = fault.received(GET)
    assert second.at - first.at >= 0.375 and third.at - second.at >= 0.75


def test_burst_longer_than_the_budget_raises(side: Side, fault: FaultServer) -> None:
    fault.script(GET, respond(503, json_body={"detail": "down"}, headers={"retry-after-ms": "0"}))
    with pytest.raises(InternalServerError) as caught:
        get(side, fault, max_retries=4)
    assert caught.value.status_code == 503
    assert fault.count(GET) == 5


def test_x_should_retry_false_stops_retries(side: Side, fault: FaultServer) -> None:
    fault.script(GET, respond(503, headers={"x-should-retry": "false"}))
    with pytest.raises(InternalServerError):
        get(side, fault)
    assert fault.count(GET) == 1


def test_debug_logging_survives_faults(
    side: Side, fault: FaultServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    fault.script(GET, [reset(), respond(503, headers={"retry-after-ms": "0"}), ok()])
    assert get(side, fault).id == "p1"
    assert fault.count(GET) == 3
