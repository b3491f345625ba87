"""The token never leaks: not in reprs, logs (any level, any logger), errors or responses, and the
``Authorization`` header goes to the API's origin only (redirects and page links elsewhere)."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import traceback
from typing import Any, List

import pytest

from replicate import APIError, AsyncReplicate, Replicate

from .conftest import TOKEN, Side
from .faultserver import FaultServer, html_page, reset, respond, stall_headers

GET = "GET /v1/predictions/p1"


def _texts_of_error(error: BaseException) -> List[str]:
    texts = [
        str(error),
        repr(error),
        "".join(traceback.format_exception(type(error), error, error.__traceback__)),
    ]
    if isinstance(error, APIError):
        texts += [repr(error.request), str(error.request), repr(error.body)]
        response = getattr(error, "response", None)
        if response is not None:
            texts += [repr(response), str(response)]
    return texts


def test_repr_of_clients_copies_resources_and_config(side: Side, fault: FaultServer) -> None:
    client = side.client(fault.url)
    objects: List[Any] = [
        client,
        client.copy(max_retries=1),
        client.with_options(timeout=3),
        client._config,
        client.predictions,
        client.with_raw_response,
        client.with_streaming_response,
        client._http_client,
    ]
    for obj in objects:
        assert TOKEN not in repr(obj)
        assert TOKEN not in str(obj)
    assert TOKEN not in repr(vars(client))  # not even in the instance dict's repr


@pytest.mark.parametrize(
    "name,action",
    [
        ("401", respond(401, json_body={"detail": f"Invalid token Bearer {TOKEN[:6]}"})),
        ("500-text", respond(500, body="oops", content_type="text/plain")),
        ("502-html", html_page(502)),
        ("reset", reset()),
        ("timeout", stall_headers(5)),
        ("bad-json", respond(200, body="{not json", content_type="application/json")),
    ],
)
def test_errors_never_carry_the_token(side: Side, fault: FaultServer, name: str, action: Any) -> None:
    fault.script(GET, action)
    client = side.client(fault.url, timeout=0.3, max_retries=0)
    with pytest.raises(APIError) as caught:
        side.call(client, "predictions.get", prediction_id="p1")
    for text in _texts_of_error(caught.value):
        assert TOKEN not in text
    # ... although the request really carried it
    assert fault.received(GET)[0].headers["authorization"] == f"Bearer {TOKEN}"


def test_raw_and_streamed_responses_do_not_show_the_token(fault: FaultServer) -> None:
    fault.script(GET, respond(200, json_body={"id": "p1"}))
    with Replicate(base_url=fault.url, bearer_token=TOKEN) as client:
        raw = client.predictions.with_raw_response.get(prediction_id="p1")
        assert TOKEN not in str(raw) and TOKEN not in repr(raw)
        assert TOKEN not in repr(raw.http_request) and TOKEN not in repr(raw.parse())
        with client.predictions.with_streaming_response.get(prediction_id="p1") as streamed:
            assert TOKEN not in str(streamed) and TOKEN not in repr(streamed)


def test_no_logger_at_debug_level_prints_the_token(
    side: Side, fault: FaultServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # root: replicate, httpx, httpcore, everything
    fault.script(
        GET, [reset(), respond(503, headers={"retry-after-ms": "0"}), respond(200, json_body={"id": "p1"})]
    )
    fault.script("GET /v1/predictions", respond(401, json_body={"detail": "Unauthenticated"}))
    client = side.client(fault.url)
    side.call(client, "predictions.get", prediction_id="p1")
    with pytest.raises(APIError):
        side.call(client, "predictions.list")
    messages = [record.getMessage() for record in caplog.records]
    assert any("httpcore" in record.name for record in caplog.records)  # the transport logged too
    assert any("Retrying" in m for m in messages)
    for message in messages:
        assert TOKEN not in message


def test_replicate_log_debug_subprocess_output_has_no_token(fault: FaultServer) -> None:
    fault.script(GET, [respond(503, headers={"retry-after-ms": "0"}), respond(200, json_body={"id": "p1"})])
    fault.script("GET /v1/account", respond(403, json_body={"detail": "Forbidden"}))
    code = (
        "import logging, replicate\n"
        "logging.basicConfig(level=logging.DEBUG)\n"
        f"c = replicate.Replicate(base_url={fault.url!r})\n"
        "print(repr(c))\n"
        "print(c.predictions.get(prediction_id='p1'))\n"
        "try:\n"
        "    c.account.get()\n"
        "except replicate.APIError as e:\n"
        "    print(repr(e), e)\n"
    )
    env = {**os.environ, "REPLICATE_LOG": "debug", "REPLICATE_API_TOKEN": TOKEN}
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "Retrying" in result.stderr and "<redacted>" in result.stderr
    assert TOKEN not in result.stdout + result.stderr


# ------------------------------------------------------------------------------ where the header goes


def _redirect(to: str, status: int = 302) -> Any:
    return respond(status, headers={"Location": to})


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_redirect_to_another_origin_drops_the_authorization_header(
    side: Side, fault: FaultServer, status: int
) -> None:
    with FaultServer() as elsewhere:
        elsewhere.script(GET, respond(200, json_body={"id": "p1"}))
        fault.script(GET, _redirect(elsewhere.url + "/predictions/p1", status))
        client = side.client(fault.url)
        assert side.call(client, "predictions.get", prediction_id="p1").id == "p1"
        (received,) = elsewhere.received(GET)
        assert "authorization" not in received.headers
        assert TOKEN not in repr(received.headers)


def test_redirect_to_localhost_alias_is_another_origin(side: Side, fault: FaultServer) -> None:
    fault.script(
        GET,
        [_redirect(f"http://localhost:{fault.port}/v1/predictions/p1"), respond(200, json_body={"id": "p1"})],
    )
    client = side.client(fault.url)
    side.call(client, "predictions.get", prediction_id="p1")
    first, second = fault.received(GET)
    assert first.headers["authorization"] == f"Bearer {TOKEN}"
    assert "authorization" not in second.headers


def test_redirect_on_the_same_origin_keeps_the_token(side: Side, fault: FaultServer) -> None:
    fault.script(GET, _redirect("/v1/predictions/p2"))
    fault.script("GET /v1/predictions/p2", respond(200, json_body={"id": "p2"}))
    client = side.client(fault.url)
    assert side.call(client, "predictions.get", prediction_id="p1").id == "p2"
    assert fault.received("GET /v1/predictions/p2")[0].headers["authorization"] == f"Bearer {TOKEN}"


def test_low_level_request_to_another_origin_is_refused(side: Side, fault: FaultServer) -> None:
    with FaultServer() as elsewhere:
        client = side.client(fault.url)
        with pytest.raises(ValueError):
            side.run(client.get(elsewhere.url + "/account"))
        assert elsewhere.count() == 0


def test_async_and_sync_clients_never_put_the_token_in_default_httpx_headers(fault: FaultServer) -> None:
    sync = Replicate(base_url=fault.url, bearer_token=TOKEN)
    asyncc = AsyncReplicate(base_url=fault.url, bearer_token=TOKEN)
    try:
        # so a user reusing the http client for other hosts cannot leak it
        assert "authorization" not in sync._http_client.headers
        assert "authorization" not in asyncc._http_client.headers
    finally:
        sync.close()
