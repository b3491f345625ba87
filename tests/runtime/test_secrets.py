from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
import respx

from replicate._exceptions import APIStatusError, ReplicateError
from replicate._logs import redact_headers
from replicate._operation import Operation

from .conftest import TOKEN, Harness

GET: Operation[object] = Operation("get", "/things", object)
SRC = str(Path(__file__).resolve().parents[2] / "src")


def test_token_never_in_repr_of_client_or_config(harness: Harness) -> None:
    client = harness.client()
    assert TOKEN not in repr(client)
    assert TOKEN not in str(client)
    assert TOKEN not in repr(client._config)
    assert TOKEN not in repr(client.copy(max_retries=1))


def test_token_never_in_errors_or_debug_logs(
    harness: Harness, api: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    api.get("/things").mock(
        side_effect=[
            httpx.Response(503),
            httpx.ConnectError("down"),
            httpx.Response(401, json={"detail": "Invalid token."}),
        ]
    )
    caplog.set_level(logging.DEBUG, logger="replicate")
    with pytest.raises(APIStatusError) as caught:
        harness.request(harness.client(), GET)
    error = caught.value
    for text in (str(error), repr(error), repr(error.request), repr(error.response), str(error.args)):
        assert TOKEN not in text
    log_text = "\n".join(record.getMessage() for record in caplog.records)
    assert "GET https://api.example.test/v1/things" in log_text
    assert "-> 503" in log_text
    assert "Retrying" in log_text
    assert "<redacted>" in log_text
    assert TOKEN not in log_text


def test_missing_token_error_message_has_no_secret_and_explains_env(harness: Harness) -> None:
    with pytest.raises(ReplicateError) as caught:
        harness.request(harness.client(bearer_token=None), GET)
    assert "REPLICATE_API_TOKEN" in str(caught.value)


def test_redact_headers_is_case_insensitive() -> None:
    assert redact_headers({"authorization": "Bearer x", "X-Other": "y"}) == {
        "authorization": "<redacted>",
        "X-Other": "y",
    }


def test_replicate_log_env_enables_a_stderr_handler() -> None:
    code = (
        "import respx, httpx\n"
        "from replicate._base_client import SyncAPIClient\n"
        "with respx.mock() as r:\n"
        "    r.get('https://api.example.test/v1/x').mock(return_value=httpx.Response(200, json={}))\n"
        f"    SyncAPIClient(bearer_token='{TOKEN}', base_url='https://api.example.test/v1').get('/x')\n"
    )
    env = {**os.environ, "REPLICATE_LOG": "debug", "PYTHONPATH": SRC}
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert "Request: GET https://api.example.test/v1/x" in result.stderr
    assert "-> 200" in result.stderr
    assert TOKEN not in result.stderr


def test_a_secret_field_of_a_response_model_stays_out_of_repr_and_str() -> None:
    from replicate.types import WebhookSecret

    secret = WebhookSecret.model_validate({"key": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "note": "x"})
    assert secret.key == "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
    for text in (repr(secret), str(secret), f"{secret}"):
        assert "whsec_" not in text
        assert "note='x'" in text
