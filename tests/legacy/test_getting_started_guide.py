"""Every Python snippet of the "getting started with a language model" guide, run as written.

Only REPLICATE_BASE_URL / REPLICATE_API_TOKEN point at a local server (see conftest). The streaming
handler's `Response` comes from the reader's web framework, so the test supplies one. The async
snippet uses top-level `await`; it runs as the asyncio REPL runs it (PyCF_ALLOW_TOP_LEVEL_AWAIT).
"""

from __future__ import annotations

from typing import Any, Dict

import pytest

import replicate
from replicate.testing import Server

from .conftest import requests_to, run_async_snippet, run_snippet

INPUT = """
input = {
    "prompt": "Johnny has 8 billion parameters. His friend Tommy has 70 billion parameters. What does this mean when it comes to speed?",
    "max_new_tokens": 512,
    "prompt_template": "<|begin_of_text|><|start_header_id|>system<|end_header_id|>\\n\\n{system_prompt}<|eot_id|><|start_header_id|>user<|end_header_id|>\\n\\n{prompt}<|eot_id|><|start_header_id|>assistant<|end_header_id|>\\n\\n"
}
"""
PROMPT = "Johnny has 8 billion parameters. His friend Tommy has 70 billion parameters. What does this mean when it comes to speed?"


LLAMA_PREDICTIONS = "/v1/models/meta/meta-llama-3-8b-instruct/predictions"


def _created(server: Server) -> Dict[str, Any]:
    """The body of the one prediction created with `model=` (sent to the model's endpoint, as 1.0.x did)."""
    [request] = requests_to(server, "POST", LLAMA_PREDICTIONS)
    body: Dict[str, Any] = request.json()
    return body


def test_import() -> None:
    run_snippet("import replicate\n")


def test_run(legacy_server: Server, capsys: pytest.CaptureFixture[str]) -> None:
    run_snippet(
        INPUT
        + """
output = replicate.run(
    "meta/meta-llama-3-8b-instruct",
    input=input
)
print("".join(output))
#=> "The number of parameters in a neural network can impact ...
""",
        {"replicate": replicate},
    )
    assert capsys.readouterr().out == f"You said: {PROMPT}\n"
    [request] = requests_to(legacy_server, "POST", "/v1/models/meta/meta-llama-3-8b-instruct/predictions")
    assert request.json()["input"]["max_new_tokens"] == 512
    assert request.json()["input"]["prompt_template"].startswith("<|begin_of_text|>")


def test_stream(legacy_server: Server, capsys: pytest.CaptureFixture[str]) -> None:
    run_snippet(
        INPUT
        + """
for event in replicate.stream(
    "meta/meta-llama-3-8b-instruct",
    input=input
):
    print(event, end="")
    #=> "The"
""",
        {"replicate": replicate},
    )
    assert capsys.readouterr().out == f"You said: {PROMPT}"
    assert any(request.path.startswith("/stream/") for request in legacy_server.requests)


class Response:
    """The web framework's response class the handler snippet uses."""

    @staticmethod
    def json(body: Dict[str, Any]) -> Dict[str, Any]:
        return body


def test_streaming_in_the_browser_handler(legacy_server: Server) -> None:
    scope = run_snippet(
        INPUT
        + """
# POST /run_prediction
def handler(request):
    prediction = replicate.predictions.create(
        model="meta/meta-llama-3-8b-instruct",
        input=input,
        stream=True,
    )

    return Response.json({
        'url': prediction.urls['stream']
    })
    # Returns {"url": "https://replicate-stream..."}
""",
        {"replicate": replicate, "Response": Response},
    )
    answer = scope["handler"](None)
    assert answer["url"].startswith(legacy_server.origin + "/stream/")
    body = _created(legacy_server)
    assert "version" not in body and body["stream"] is True


def test_webhooks(legacy_server: Server) -> None:
    run_snippet(
        INPUT
        + """
callback_url = "https://my.app/webhooks/replicate"
replicate.predictions.create(
  model="meta/meta-llama-3-8b-instruct",
  input=input,
  webhook=callback_url,
  webhook_events_filter=["completed"]
)

# The server will now handle the event and log:
#=> Prediction(id='z3wbih3bs64of7lmykbk7tsdf4', ...)
""",
        {"replicate": replicate},
    )
    body = _created(legacy_server)
    assert body["webhook"] == "https://my.app/webhooks/replicate"
    assert body["webhook_events_filter"] == ["completed"]


def test_access_a_prediction(legacy_server: Server) -> None:
    scope = run_snippet(
        """
import replicate
"""
        + INPUT
        + """
prediction = replicate.predictions.create(
  model="meta/meta-llama-3-8b-instruct",
  input=input
)
#=> Prediction(id='z3wbih3bs64of7lmykbk7tsdf4', ...)
"""
    )
    prediction = scope["prediction"]
    assert prediction.status in ("starting", "processing")
    assert prediction.id in legacy_server.predictions
    assert repr(prediction).startswith("Prediction(")
    assert _created(legacy_server)["input"]["prompt"] == PROMPT


def test_cancel_a_prediction(legacy_server: Server) -> None:
    scope = run_snippet(
        INPUT
        + """
prediction = replicate.predictions.create(
  model="meta/meta-llama-3-8b-instruct",
  input=input
)

prediction.cancel()
""",
        {"replicate": replicate},
    )
    prediction = scope["prediction"]
    assert requests_to(legacy_server, "POST", f"/v1/predictions/{prediction.id}/cancel")
    assert legacy_server.wait_for_prediction(prediction.id)["status"] == "canceled"
    prediction.reload()
    assert prediction.status == "canceled"


async def test_async_methods(legacy_server: Server) -> None:
    scope = await run_async_snippet(
        INPUT
        + """
prediction = replicate.predictions.create(
  model="meta/meta-llama-3-8b-instruct",
  input=input
)

prediction = await replicate.predictions.async_create(
  model="meta/meta-llama-3-8b-instruct",
  input=input
)
""",
        {"replicate": replicate},
    )
    created = requests_to(legacy_server, "POST", LLAMA_PREDICTIONS)
    assert len(created) == 2
    assert scope["prediction"].id in legacy_server.predictions
    await scope["prediction"].async_wait(poll_interval=0.05)
    assert scope["prediction"].status == "succeeded"
    assert "".join(scope["prediction"].output) == f"You said: {PROMPT}"
