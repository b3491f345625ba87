"""`run()`'s create, polls and cancel under faults: each a call of the one protocol, with its
operation's retry policy (`lib/_plan.py` builds the calls, the client's `_drive` carries them out).
"""

from __future__ import annotations

from typing import Any, Dict

import pytest

from replicate import APIConnectionError, InternalServerError
from replicate.lib.errors import PredictionTimeoutError

from .conftest import Side
from .faultserver import FaultServer, reset, respond

CREATE = "POST /v1/models/acme/llm/predictions"
GET = "GET /v1/predictions/p1"
CANCEL = "POST /v1/predictions/p1/cancel"
STARTING: Dict[str, Any] = {"id": "p1", "status": "starting", "model": "acme/llm", "urls": {}}


def test_runs_create_is_not_repeated_once_the_server_may_have_started_it(
    side: Side, fault: FaultServer
) -> None:
    fault.script(CREATE, [reset(), respond(201, json_body=STARTING)])
    client = side.client(fault.url, max_retries=3)
    with pytest.raises(APIConnectionError):
        side.call(client, "run", ref="acme/llm", input={"prompt": "a"}, wait=False)
    assert fault.count(CREATE) == 1 and fault.count() == 1


def test_runs_create_is_retried_when_the_server_did_not_start_it(side: Side, fault: FaultServer) -> None:
    done = {**STARTING, "status": "succeeded", "output": "ok"}
    fault.script(CREATE, [respond(429, headers={"retry-after-ms": "20"}), respond(201, json_body=STARTING)])
    fault.script(GET, [respond(500), respond(200, json_body=done)])
    client = side.client(fault.url)
    assert (
        side.call(client, "run", ref="acme/llm", input={"prompt": "a"}, wait=False, poll_interval=0.01)
        == "ok"
    )
    assert [r.retry_count for r in fault.received(CREATE)] == ["0", "1"]
    assert [r.retry_count for r in fault.received(GET)] == ["0", "1"]  # a poll is a read: retried


def test_the_cancel_at_the_deadline_is_tried_once(side: Side, fault: FaultServer) -> None:
    fault.script(CREATE, respond(201, json_body=STARTING))
    fault.script(GET, respond(200, json_body={**STARTING, "status": "processing"}))
    fault.script(CANCEL, respond(500, json_body={"detail": "boom"}))
    client = side.client(fault.url, max_retries=3)
    with pytest.raises(PredictionTimeoutError) as raised:
        side.call(
            client, "run", ref="acme/llm", input={"prompt": "a"}, wait=False, timeout=0.3, poll_interval=0.05
        )
    assert raised.value.prediction.status == "processing" and "canceled" not in str(raised.value)
    assert [r.retry_count for r in fault.received(CANCEL)] == ["0"]
    assert fault.received()[-1].path == "/v1/predictions/p1/cancel"


def test_a_failing_poll_is_the_typed_error_after_its_retries(side: Side, fault: FaultServer) -> None:
    fault.script(CREATE, respond(201, json_body=STARTING))
    fault.script(GET, respond(503, json_body={"detail": "down"}, headers={"x-request-id": "req-9"}))
    client = side.client(fault.url, max_retries=1)
    with pytest.raises(InternalServerError) as raised:
        side.call(client, "run", ref="acme/llm", input={"prompt": "a"}, wait=False, poll_interval=0.01)
    assert raised.value.status_code == 503 and raised.value.request_id == "req-9"
    assert [r.retry_count for r in fault.received(GET)] == ["0", "1"]
