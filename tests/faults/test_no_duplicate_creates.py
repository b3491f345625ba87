"""No duplicated billable work: a create is retried only where the server provably did not start it.

The fault server counts the creates it received. Where it read the request (reset after reading,
close, timeout waiting for headers, a 5xx without Retry-After, a body cut mid-way) the client
must not send a second create; where it provably did not start (connection refused or timed out
before connecting, 429, 503 with Retry-After) the create is retried and succeeds once.
"""

from __future__ import annotations

import contextlib
import socket
import time
from typing import Any, Dict, Iterator, List, NamedTuple

import pytest

from replicate import APIConnectionError, APIStatusError, APITimeoutError, InternalServerError

from .conftest import HANG_GUARD, RetryLog, Side
from .faultserver import (
    Action,
    Conn,
    FaultServer,
    Recorded,
    close_without_response,
    html_page,
    reset,
    respond,
    stall_body,
    stall_headers,
)


class Create(NamedTuple):
    method: str
    route: str
    kwargs: Dict[str, Any]
    created: Dict[str, Any]


CREATES: List[Create] = [
    Create(
        "predictions.create",
        "POST /v1/predictions",
        {
            "version": "5c7d5dc6dd8bf75c1acaa8565735e7986bc5b66206b55cca93cb72c9bf15ccaa",
            "input": {"text": "a"},
        },
        {"id": "p1", "status": "starting"},
    ),
    Create(
        "models.predictions.create",
        "POST /v1/models/acme/llm/predictions",
        {"model_owner": "acme", "model_name": "llm", "input": {"prompt": "a"}},
        {"id": "p1", "status": "starting"},
    ),
    Create(
        "deployments.predictions.create",
        "POST /v1/deployments/acme/prod/predictions",
        {"deployment_owner": "acme", "deployment_name": "prod", "input": {"prompt": "a"}},
        {"id": "p1", "status": "starting"},
    ),
    Create(
        "trainings.create",
        "POST /v1/models/acme/llm/versions/v1/trainings",
        {
            "model_owner": "acme",
            "model_name": "llm",
            "version_id": "v1",
            "destination": "acme/llm-tuned",
            "input": {"train_data": "https://example.com/data.jsonl"},
        },
        {"id": "t1", "status": "starting"},
    ),
    Create(
        "deployments.create",
        "POST /v1/deployments",
        {
            "name": "prod",
            "model": "acme/llm",
            "version": "v1",
            "hardware": "gpu-t4",
            "min_instances": 0,
            "max_instances": 1,
        },
        {"owner": "acme", "name": "prod"},
    ),
]


@pytest.fixture(params=CREATES, ids=[c.method for c in CREATES])
def create(request: pytest.FixtureRequest) -> Create:
    return request.param  # type: ignore[no-any-return]


def _created(create: Create) -> Action:
    return respond(201, json_body=create.created)


def _cut_mid_body(request: Recorded, conn: Conn) -> None:
    conn.send(
        b'HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{"id": "p1", '
    )
    conn.reset()


# Faults after which the server may have started the work: exactly one create, a typed error.
STARTED = {
    "reset-after-read": (reset(), APIConnectionError),
    "close-without-response": (close_without_response(), APIConnectionError),
    "headers-timeout": (stall_headers(10), APITimeoutError),
    "body-timeout": (stall_body(10, status=201), APITimeoutError),
    "reset-mid-body": (_cut_mid_body, APIConnectionError),
    "500": (respond(500, json_body={"detail": "boom"}), InternalServerError),
    "502-html": (html_page(502), InternalServerError),
    "503-no-retry-after": (respond(503), InternalServerError),
    "504": (respond(504), InternalServerError),
    "409": (respond(409, json_body={"detail": "conflict"}), APIStatusError),
}


@pytest.mark.parametrize("fault_name", list(STARTED))
def test_create_is_not_repeated_when_the_server_may_have_started_it(
    side: Side, fault: FaultServer, create: Create, fault_name: str
) -> None:
    action, error = STARTED[fault_name]
    fault.script(create.route, [action, _created(create)])
    client = side.client(fault.url, timeout=0.3, max_retries=3)
    with pytest.raises(error):
        side.call(client, create.method, **create.kwargs)
    assert fault.count(create.route) == 1
    assert side.sleeps == []  # no retry, so no backoff either


# Answers that prove the work was not started: retried, and exactly one create succeeds.
NOT_STARTED = {
    "429": respond(429, json_body={"detail": "throttled"}, headers={"retry-after-ms": "50"}),
    "429-no-header": respond(429),
    "503-retry-after": respond(503, headers={"Retry-After": "0"}),
    "503-retry-after-ms": respond(503, headers={"retry-after-ms": "20"}),
}


@pytest.mark.parametrize("fault_name", list(NOT_STARTED))
def test_create_is_retried_when_the_server_says_it_did_not_start(
    side: Side, fault: FaultServer, create: Create, fault_name: str
) -> None:
    fault.script(create.route, [NOT_STARTED[fault_name], _created(create)])
    client = side.client(fault.url)
    result = side.call(client, create.method, **create.kwargs)
    assert result is not None
    assert [r.retry_count for r in fault.received(create.route)] == ["0", "1"]


def test_create_is_retried_after_connection_refused(side: Side, create: Create, retry_log: RetryLog) -> None:
    with FaultServer(listening=False) as down:
        down.script(create.route, _created(create))
        retry_log.hook = lambda record: down.listening or down.start_listening()
        client = side.client(down.url)
        side.call(client, create.method, **create.kwargs)
        received = down.received(create.route)
        assert len(received) == 1 and received[0].retry_count == "1"


@contextlib.contextmanager
def _unconnectable() -> Iterator[int]:
    """A port whose accept queue is full: connecting hangs until the connect timeout."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(0)
    port = listener.getsockname()[1]
    filler = socket.socket()
    filler.settimeout(1)
    filler.connect(("127.0.0.1", port))
    try:
        yield port
    finally:
        filler.close()
        listener.close()


@pytest.mark.parametrize("create", [CREATES[0], CREATES[4]], ids=lambda c: c.method)
def test_create_is_retried_after_connect_timeout(side: Side, create: Create, retry_log: RetryLog) -> None:
    import httpx

    with _unconnectable() as port:
        client = side.client(
            f"http://127.0.0.1:{port}/v1", timeout=httpx.Timeout(5.0, connect=0.2), max_retries=1
        )
        with pytest.raises(APITimeoutError):
            side.call(client, create.method, **create.kwargs)
        assert len(retry_log.records) == 1  # connect timed out: nothing was sent, so it was retried
        assert 0.375 <= side.slept <= 0.5
        assert 2 * 0.2 + 0.375 <= side.elapsed <= 2 * 0.2 + 0.5 + HANG_GUARD


def test_stale_keep_alive_connection_does_not_fail_or_duplicate_a_create(
    side: Side, fault: FaultServer
) -> None:
    """The server closes an idle pooled connection; the next create opens a new one, sent once."""

    def answer_then_close(request: Recorded, conn: Conn) -> None:
        respond(200, json_body={"id": "p0", "status": "succeeded"})(request, conn)
        conn.close()

    create = CREATES[0]
    fault.script("GET /v1/predictions/p0", answer_then_close)
    fault.script(create.route, _created(create))
    client = side.client(fault.url)
    side.call(client, "predictions.get", prediction_id="p0")
    time.sleep(0.1)
    side.call(client, create.method, **create.kwargs)
    assert fault.count(create.route) == 1
    assert fault.connections_accepted == 2


def test_reads_are_retried_on_the_same_faults(side: Side, fault: FaultServer) -> None:
    """The contrast: a GET after a reset or a 500 is retried (it starts nothing)."""
    fault.script(
        "GET /v1/predictions/p1",
        [reset(), respond(500, headers={"retry-after-ms": "0"}), respond(200, json_body={"id": "p1"})],
    )
    client = side.client(fault.url)
    assert side.call(client, "predictions.get", prediction_id="p1").id == "p1"
    assert fault.count("GET /v1/predictions/p1") == 3


def test_every_billable_create_operation_is_marked_unsent() -> None:
    """The policy hangs on ``Operation.retry``: every create of billable work must carry "unsent"."""
    from replicate._operation import Operation
    from replicate.resources import predictions, trainings
    from replicate.resources.deployments import deployments, predictions as deployment_predictions
    from replicate.resources.models import predictions as model_predictions

    modules = [predictions, trainings, deployments, deployment_predictions, model_predictions]
    creates = [
        op
        for module in modules
        for op in vars(module).values()
        if isinstance(op, Operation) and op.method == "post" and not op.path.endswith("/cancel")
    ]
    assert len(creates) == 5
    assert all(op.retry == "unsent" for op in creates), [(op.path, op.retry) for op in creates]
