"""Every Python snippet of the cheat sheet, run as written.

Only REPLICATE_BASE_URL / REPLICATE_API_TOKEN point at a local server (see conftest). The cheat
sheet lost its indentation; it is restored (the minimal syntax fix) and nothing else is changed.

Several snippets abbreviate version ids (`"stability-ai/stable-diffusion:ac732df..."`,
`"owner/model:version"`, `input={...}`). Run as written, they must fail before any request with an
error naming the accepted forms (the old client sent them and got a 404/422); each is then run again
with the full id filled in (`.replace(...)` below, the only edit) to check the rest of the snippet.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any, Dict

import pytest

import replicate
from replicate.testing import Server

from .conftest import CLIPDRAW, PNG, SD_003, SDXL, requests_to, run_snippet

SD_SHORT = "stability-ai/stable-diffusion:ac732df..."
ACCEPTED = r"Invalid model reference .*: use 'owner/name'"


def _predictions_created(server: Server) -> int:
    return len(requests_to(server, "POST", "/v1/predictions"))


def test_configure_client_explicitly(legacy_server: Server) -> None:
    scope = run_snippet(
        """
import replicate
client = replicate.Client(api_token="r8_xxxxxxxxxxxx")
"""
    )
    assert isinstance(scope["client"], replicate.Client)
    assert scope["client"].typed.bearer_token == "r8_xxxxxxxxxxxx"
    assert legacy_server.requests == []  # nothing is sent until a call


GLOBAL_CLIENT = """
import replicate
# Run a model (blocking)
output = replicate.run(
    "stability-ai/stable-diffusion:ac732df...",
    input={"prompt": "a photo of an astronaut riding a horse"}
)
print(output)
"""


def test_global_client_run(legacy_server: Server, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(ValueError, match=ACCEPTED):
        run_snippet(GLOBAL_CLIENT)
    assert legacy_server.requests == []
    run_snippet(GLOBAL_CLIENT.replace("ac732df...", SD_003))
    printed = capsys.readouterr().out
    assert printed.startswith(f"['{legacy_server.origin}/delivery/") and printed.endswith("out-0.png']\n")
    [create] = requests_to(legacy_server, "POST", "/v1/predictions")
    assert create.json()["version"] == f"stability-ai/stable-diffusion:{SD_003}"


def test_core_commands_table(legacy_server: Server) -> None:
    """The Python column of the "Core Commands / API" table, one call each."""
    replicate.models.create(owner="your-username", name="my-model", visibility="public", hardware="cpu")
    replicate.deployments.create(
        name="my-deployment",
        model="replicate/hello-world",
        version=replicate.models.get("replicate/hello-world").latest_version.id,  # type: ignore[union-attr]
        hardware="cpu",
        min_instances=0,
        max_instances=1,
    )
    with pytest.raises(ValueError, match=ACCEPTED):
        replicate.run("owner/model:version", input={})
    prediction = replicate.predictions.create(version=SD_003, input={"prompt": "x"})
    assert replicate.predictions.get(prediction.id).id == prediction.id
    assert isinstance(replicate.predictions.list().results, list)
    assert replicate.models.get("your-username/my-model").id == "your-username/my-model"
    assert len(replicate.models.list()) > 0
    assert replicate.deployments.run("your-username/my-deployment", input={"text": "x"}) == "hello x"
    running = replicate.predictions.create(version=CLIPDRAW, input={"prompt": "x"})  # a slow model
    running.cancel()
    running.reload()
    assert running.status == "canceled"
    assert requests_to(legacy_server, "GET", f"/v1/predictions/{prediction.id}")


def test_async_predictions_with_polling(legacy_server: Server, capsys: pytest.CaptureFixture[str]) -> None:
    run_snippet(
        """
import replicate
import time
# Create prediction without waiting
prediction = replicate.predictions.create(
    version="ac732df83cea7fff18b8472768c88ad041fa750ff7682a21affe81863cbe77e4",
    input={
        "prompt": "a surrealist painting of a city underwater",
        "width": 768,
        "height": 768,
        "num_outputs": 4,
    }
)
print(f"Prediction ID: {prediction.id}")
print(f"Status: {prediction.status}")
# Poll until complete
while prediction.status not in ["succeeded", "failed", "canceled"]:
    time.sleep(1)
    prediction.reload()
    print(f"Status: {prediction.status}")
if prediction.status == "succeeded":
    print("Output URLs:", prediction.output)
else:
    print("Error:", prediction.error)
"""
    )
    lines = capsys.readouterr().out.splitlines()
    [prediction_id] = list(legacy_server.predictions)
    assert lines[0] == f"Prediction ID: {prediction_id}"
    assert lines[1] == "Status: starting" and lines[-2] == "Status: succeeded"
    assert lines[-1].startswith("Output URLs: ['http://")
    [create] = requests_to(legacy_server, "POST", "/v1/predictions")
    assert create.json()["version"] == SD_003 and create.json()["input"]["num_outputs"] == 4


def test_streaming_output(legacy_server: Server, capsys: pytest.CaptureFixture[str]) -> None:
    run_snippet(
        """
import replicate
# Stream tokens from a language model
for event in replicate.stream(
    "meta/llama-3-70b-instruct",
    input={
        "prompt": "Explain quantum entanglement in simple terms.",
        "max_tokens": 512,
        "temperature": 0.7,
    },
):
    print(str(event), end="", flush=True)
print() # newline at end
"""
    )
    assert capsys.readouterr().out == "You said: Explain quantum entanglement in simple terms.\n"
    [create] = requests_to(legacy_server, "POST", "/v1/models/meta/llama-3-70b-instruct/predictions")
    assert create.json()["input"]["temperature"] == 0.7


def test_webhooks(legacy_server: Server) -> None:
    scope = run_snippet(
        """
import replicate
# Create prediction with webhook callback
prediction = replicate.predictions.create(
    version="ac732df83cea7fff18b8472768c88ad041fa750ff7682a21affe81863cbe77e4",
    input={"prompt": "a robot made of flowers"},
    webhook="https://your-app.com/webhooks/replicate",
    webhook_events_filter=["completed"], # or ["start", "output", "logs", "completed"]
)
# Webhook payload received at your endpoint (POST):
# {
# "id": "xyz123",
# "status": "succeeded",
# "output": ["https://replicate.delivery/..."],
# "metrics": { "predict_time": 3.14 }
# }
# Validate webhook signatures (security)
import replicate.webhooks
webhook_secret = replicate.webhooks.default.secret
# Use secret to verify HMAC-SHA256 signature in X-Replicate-Signature header
"""
    )
    [create] = requests_to(legacy_server, "POST", "/v1/predictions")
    assert create.json()["webhook"] == "https://your-app.com/webhooks/replicate"
    assert create.json()["webhook_events_filter"] == ["completed"]
    secret = scope["webhook_secret"]
    assert secret().key == legacy_server.webhook_secret  # the older call
    assert secret.get().key == legacy_server.webhook_secret  # the typed call
    assert secret.key == legacy_server.webhook_secret
    assert requests_to(legacy_server, "GET", "/v1/webhooks/default/secret")


FINE_TUNING = """
import replicate
# Fine-tune SDXL on custom images
training = replicate.trainings.create(
    version="stability-ai/sdxl:39ed52f2319f9a8d...",
    input={
        "input_images": "https://example.com/training-images.zip",
        "trigger_word": "TOK",
        "steps": 1000,
        "lora_lr": 1e-4,
    },
    destination="your-username/my-custom-model",
)
print(f"Training ID: {training.id}")
training.wait()
print("Training complete:", training.output)
"""


def test_fine_tuning(legacy_server: Server, capsys: pytest.CaptureFixture[str]) -> None:
    replicate.models.create(
        owner="your-username", name="my-custom-model", visibility="private", hardware="cpu"
    )
    with pytest.raises(ValueError, match=r"version=\"owner/name:<version id>\""):
        run_snippet(FINE_TUNING)
    assert not [r for r in legacy_server.requests if r.path.endswith("/trainings")]
    run_snippet(FINE_TUNING.replace("39ed52f2319f9a8d...", SDXL))
    out = capsys.readouterr().out.splitlines()
    [training_id] = list(legacy_server.trainings)
    assert out[0] == f"Training ID: {training_id}"
    assert out[1].startswith("Training complete: {'version': 'your-username/my-custom-model:")
    [create] = requests_to(legacy_server, "POST", f"/v1/models/stability-ai/sdxl/versions/{SDXL}/trainings")
    assert create.json()["input"]["lora_lr"] == 1e-4


def test_deployments(legacy_server: Server) -> None:
    hello = replicate.models.get("replicate/hello-world").latest_version.id  # type: ignore[union-attr]
    replicate.deployments.create(
        name="my-deployment",
        model="replicate/hello-world",
        version=hello,
        hardware="cpu",
        min_instances=0,
        max_instances=1,
    )
    legacy_server.register_model("your-username/my-model", predict=lambda inputs, ctx: "ok")
    with pytest.raises(replicate.ReplicateError) as raised:
        run_snippet(
            """
import replicate
# Run via a named deployment (always-on, no cold start)
output = replicate.deployments.run(
    "your-username/my-deployment",
    input={"text": "fast inference query"},
)
# Create deployment programmatically
deployment = replicate.deployments.create(
    name="my-fast-endpoint",
    model="your-username/my-model",
    version="abc123...",
    hardware="gpu-a40-large",
    min_instances=1,
    max_instances=5,
)
"""
        )
    # The run worked; the create is refused by the API: "abc123..." is a placeholder version.
    [run] = requests_to(legacy_server, "POST", "/v1/deployments/your-username/my-deployment/predictions")
    assert run.json() == {"input": {"text": "fast inference query"}}
    assert run.headers["prefer"] == "wait"
    [create] = [
        r
        for r in requests_to(legacy_server, "POST", "/v1/deployments")
        if r.json()["name"] == "my-fast-endpoint"
    ]
    assert create.json() == {
        "name": "my-fast-endpoint",
        "model": "your-username/my-model",
        "version": "abc123...",
        "hardware": "gpu-a40-large",
        "min_instances": 1,
        "max_instances": 5,
    }
    assert getattr(raised.value, "status_code", None) in (404, 422)


FILE_INPUT = """
import replicate
# Pass a local file as input
with open("image.jpg", "rb") as f:
    output = replicate.run(
        "andreasjansson/blip-2:4b32258c...",
        input={"image": f, "question": "What is in this image?"}
    )
# Pass a URL
output = replicate.run(
    "andreasjansson/blip-2:4b32258c...",
    input={
        "image": "https://upload.wikimedia.org/wikipedia/commons/thumb/4/47/PNG_transparency_demonstration_1.png/280px-PNG_transparency_demonstration_1.png",
        "question": "What colors are in this image?",
    }
)
"""


def test_file_inputs(legacy_server: Server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from .conftest import BLIP2

    monkeypatch.chdir(tmp_path)
    (tmp_path / "image.jpg").write_bytes(b"\xff\xd8 jpeg bytes")
    with pytest.raises(ValueError, match=ACCEPTED):
        run_snippet(FILE_INPUT)
    assert legacy_server.requests == []
    scope = run_snippet(FILE_INPUT.replace("4b32258c...", BLIP2))
    assert scope["output"] == "an astronaut riding a horse"
    [upload] = requests_to(legacy_server, "POST", "/v1/files")
    assert b"\xff\xd8 jpeg bytes" in upload.body
    first, second = requests_to(legacy_server, "POST", "/v1/predictions")
    assert first.json()["input"]["image"].startswith(legacy_server.origin)
    assert second.json()["input"]["image"].startswith("https://upload.wikimedia.org/")


IMAGE_PIPELINE = """
import replicate
import httpx
from pathlib import Path
def generate_and_save(prompt: str, output_path: str = "output.png"):
    output = replicate.run(
        "stability-ai/sdxl:39ed52f2319f9a8d...",
        input={
            "prompt": prompt,
            "negative_prompt": "blurry, low quality, ugly",
            "width": 1024,
            "height": 1024,
            "num_inference_steps": 25,
            "guidance_scale": 7.5,
        }
    )
    # Download output image
    image_url = output[0]
    response = httpx.get(image_url)
    Path(output_path).write_bytes(response.content)
    print(f"Saved to {output_path}")
generate_and_save("a cyberpunk samurai at dusk", "samurai.png")
"""


def test_image_generation_pipeline(
    legacy_server: Server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ValueError, match=ACCEPTED):
        run_snippet(IMAGE_PIPELINE)
    # A version of sdxl whose schema takes the snippet's extra inputs:
    from .conftest import URI_LIST, _image_model, register_version

    number = {"type": "number"}
    schema = {
        "type": "object",
        "properties": {
            "prompt": {"type": "string"},
            "negative_prompt": {"type": "string"},
            "width": {"type": "integer"},
            "height": {"type": "integer"},
            "num_inference_steps": {"type": "integer"},
            "guidance_scale": number,
        },
    }
    version = "0" * 64
    register_version(
        legacy_server, "stability-ai/sdxl", version, _image_model, input_schema=schema, output_schema=URI_LIST
    )
    run_snippet(IMAGE_PIPELINE.replace("39ed52f2319f9a8d...", version))
    assert (tmp_path / "samurai.png").read_bytes() == PNG
    assert capsys.readouterr().out == "Saved to samurai.png\n"


BATCH = """
import replicate
import asyncio
prompts = [
    "a red apple on a wooden table",
    "a blue ocean under stormy skies",
    "a green forest in autumn",
]
async def run_batch(prompts):
    tasks = [
        replicate.async_run(
            "stability-ai/stable-diffusion:ac732df...",
            input={"prompt": p}
        )
        for p in prompts
    ]
    results = await asyncio.gather(*tasks)
    return results
outputs = asyncio.run(run_batch(prompts))
for prompt, output in zip(prompts, outputs):
    print(f"{prompt}: {output}")
"""


def test_batch_processing(legacy_server: Server, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(ValueError, match=ACCEPTED):
        run_snippet(BATCH)
    assert legacy_server.requests == []
    # asyncio.run needs a thread without a running loop: pytest-asyncio may hold one in this one.
    scope: Dict[str, Any] = {}

    def run() -> None:
        scope.update(run_snippet(BATCH.replace("ac732df...", SD_003)))

    import threading

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(30)
    lines = capsys.readouterr().out.splitlines()
    assert [line.split(": ")[0] for line in lines] == scope["prompts"]
    assert all(line.split(": ")[1].startswith("['http://") for line in lines)
    assert _predictions_created(legacy_server) == 3


def test_chat_with_history(legacy_server: Server, capsys: pytest.CaptureFixture[str]) -> None:
    scope = run_snippet(
        """
import replicate
history = []
def chat(user_message: str) -> str:
    history.append({"role": "user", "content": user_message})
    prompt = "\\n".join(
        f"{m['role'].upper()}: {m['content']}" for m in history
    )
    response = ""
    for token in replicate.stream(
        "meta/llama-3-70b-instruct",
        input={"prompt": prompt, "max_tokens": 256},
    ):
        response += str(token)
    history.append({"role": "assistant", "content": response})
    return response
print(chat("What is machine learning?"))
print(chat("Can you give me a simple example?"))
"""
    )
    assert scope["history"][1]["content"] == "You said: USER: What is machine learning?"
    out = capsys.readouterr().out
    assert out.startswith("You said: USER: What is machine learning?\n")
    assert "ASSISTANT: You said: USER: What is machine learning?" in out
    assert len(requests_to(legacy_server, "POST", "/v1/models/meta/llama-3-70b-instruct/predictions")) == 2


def test_cost_optimization(legacy_server: Server) -> None:
    text = """
# Use version hashes — avoid resolving "latest" on every call (saves time + ensures reproducibility)
# BAD:
replicate.run("stability-ai/stable-diffusion", input={...})
# GOOD:
replicate.run("stability-ai/stable-diffusion:ac732df83cea7fff18b8472768c88ad041fa750ff7682a21affe81863cbe77e4", input={...})
"""
    # `input={...}` is a placeholder (a set holding Ellipsis): refused before any request.
    with pytest.raises(TypeError, match="input must be a dict"):
        run_snippet(text, {"replicate": replicate})
    assert legacy_server.requests == []
    run_snippet(text.replace("{...}", '{"prompt": "x"}'), {"replicate": replicate})
    first, second = requests_to(
        legacy_server, "POST", "/v1/models/stability-ai/stable-diffusion/predictions"
    ) + requests_to(legacy_server, "POST", "/v1/predictions")
    assert second.json()["version"] == f"stability-ai/stable-diffusion:{SD_003}"
    assert first.json()["input"] == {"prompt": "x"}


def test_error_handling(legacy_server: Server, capsys: pytest.CaptureFixture[str]) -> None:
    text = """
import replicate
from replicate.exceptions import ReplicateError, ModelError
try:
    output = replicate.run(
        "owner/model:version",
        input={"prompt": "test"},
    )
except ModelError as e:
    print(f"Model error: {e}") # model-specific failure
except ReplicateError as e:
    print(f"API error: {e}") # auth, rate limit, network
except Exception as e:
    print(f"Unexpected error: {e}")
"""
    run_snippet(text)
    assert capsys.readouterr().out.startswith(
        "Unexpected error: Invalid model reference 'owner/model:version'"
    )
    run_snippet(text.replace("owner/model:version", "stability-ai/stable-diffusion-3"))
    assert capsys.readouterr().out == "Model error: CUDA out of memory\n"  # the prediction's error, as 1.0.x
    run_snippet(text.replace("owner/model:version", "owner/model"))
    assert capsys.readouterr().out.startswith("API error: 404")


def test_async_batch_reuses_nothing_across_event_loops(legacy_server: Server) -> None:
    """Two `asyncio.run` calls in a row (as scripts do) each get a working async client."""
    for _ in range(2):
        assert asyncio.run(replicate.async_run("replicate/hello-world", input={"text": "x"})) == "hello x"


def test_cli_lines(legacy_server: Server) -> None:
    """The cheat sheet's CLI lines (`replicate whoami`, `models list`, `run`, `predict -i`)."""
    import os
    import shutil
    import subprocess
    import sys

    executable = shutil.which("replicate", path=str(Path(sys.executable).parent))
    assert executable is not None
    env = dict(os.environ)

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [executable, *args], env=env, capture_output=True, text=True, timeout=60, check=False
        )

    assert cli("whoami").stdout == "your-username (Your Username)\n"
    assert "kvfrans/clipdraw" in cli("models", "list").stdout
    assert cli("run", "meta/llama-3-70b-instruct", "-i", "prompt=hi").stdout == "You said: hi\n"
    assert (
        cli("predict", "andreasjansson/blip-2", "-i", "image=https://x/y.png").stdout
        == "an astronaut riding a horse\n"
    )
    # `replicate predict -i prompt="..."` as the table writes it names no model: a usage error.
    assert cli("predict", "-i", "prompt=...").returncode == 2
