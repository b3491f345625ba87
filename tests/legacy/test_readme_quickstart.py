"""Every Python snippet of the older client's README, run as written.

Only REPLICATE_BASE_URL / REPLICATE_API_TOKEN point at a local server whose models carry the names
and versions the snippets use (see conftest). `>>>` sessions run statement by statement as the REPL
runs them (`run_repl`), so displayed values can be checked. Syntax fixes, the minimum to run:

- "a model that takes a file input": the file is opened in text mode as written; it is read as
  bytes with a DeprecationWarning (see UPGRADING.md). The path is created by the test.
- ModelError: `except ModelError as e` gets its missing colon.
- "stream the output of a prediction you create": the missing comma after `model=...` is added.
- "Customize client behavior": the missing comma after `api_token=...` is added.
- The TaskGroup tip uses top-level `await` (run as the asyncio REPL runs it) and
  `asyncio.TaskGroup` (Python 3.11+).
"""

from __future__ import annotations

import sys
import time
import warnings
from pathlib import Path
from typing import Any, Dict, List

import pytest

import replicate
from replicate.exceptions import ModelError
from replicate.testing import Server

from .conftest import (
    BLIP2,
    CLIPDRAW,
    KANDINSKY,
    PNG,
    SD_001,
    SDXL,
    requests_to,
    run_async_snippet,
    run_repl,
    run_snippet,
)


def test_run_a_model(legacy_server: Server) -> None:
    displayed = run_repl(
        """
>>> import replicate
>>> replicate.run(
        "stability-ai/stable-diffusion:27b93a2413e7f36cd83da926f3656280b2931564ff050bf9575f1fdf9bcd7478",
        input={"prompt": "a 19th century portrait of a wombat gentleman"}
    )

['https://replicate.com/api/models/stability-ai/stable-diffusion/files/50fcac81-865d-499e-81ac-49de0cb79264/out-0.png']
""",
        {},
    )
    [output] = displayed
    assert isinstance(output, list) and len(output) == 1
    assert (
        isinstance(output[0], str)
        and output[0].startswith(legacy_server.origin)
        and output[0].endswith("out-0.png")
    )
    assert repr(output) == repr([str(output[0])])  # shown as the older client showed it
    assert output[0].read() == PNG
    [create] = requests_to(legacy_server, "POST", "/v1/predictions")
    assert create.json() == {
        "version": f"stability-ai/stable-diffusion:{SD_001}",
        "input": {"prompt": "a 19th century portrait of a wombat gentleman"},
    }


@pytest.mark.skipif(sys.version_info < (3, 11), reason="the snippet uses asyncio.TaskGroup (Python 3.11+)")
async def test_async_run_with_task_group(legacy_server: Server, capsys: pytest.CaptureFixture[str]) -> None:
    await run_async_snippet(
        """
import asyncio
import replicate

# https://replicate.com/stability-ai/sdxl
model_version = "stability-ai/sdxl:39ed52f2a78e934b3ba6e2a89f5b1c712de7dfea535525255b1aa35c5565e08b"
prompts = [
    f"A chariot pulled by a team of {count} rainbow unicorns"
    for count in ["two", "four", "six", "eight"]
]

async with asyncio.TaskGroup() as tg:
    tasks = [
        tg.create_task(replicate.async_run(model_version, input={"prompt": prompt}))
        for prompt in prompts
    ]

results = await asyncio.gather(*tasks)
print(results)
"""
    )
    printed = capsys.readouterr().out
    assert printed.count("out-0.png") == 4 and printed.startswith("[[")
    created = requests_to(legacy_server, "POST", "/v1/predictions")
    assert sorted(request.json()["input"]["prompt"] for request in created) == sorted(
        f"A chariot pulled by a team of {count} rainbow unicorns" for count in ["two", "four", "six", "eight"]
    )
    assert {request.json()["version"] for request in created} == {f"stability-ai/sdxl:{SDXL}"}


def test_file_input_text_mode(legacy_server: Server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "path" / "to").mkdir(parents=True)
    (tmp_path / "path" / "to" / "mystery.jpg").write_bytes(b"\xff\xd8\xff\xe0 not utf-8 \xff\xd9")
    with pytest.warns(DeprecationWarning, match=r"open\('path/to/mystery.jpg', 'rb'\)"):
        displayed = run_repl(
            """
>>> output = replicate.run(
        "andreasjansson/blip-2:f677695e5e89f8b236e52ecd1d3f01beb44c34606419bcc19345e046d8f786f9",
        input={ "image": open("path/to/mystery.jpg") }
    )

"an astronaut riding a horse"
""",
            {"replicate": replicate},
        )
    assert displayed == []
    [upload] = requests_to(legacy_server, "POST", "/v1/files")
    assert b"\xff\xd8\xff\xe0 not utf-8 \xff\xd9" in upload.body and b'filename="mystery.jpg"' in upload.body
    [create] = requests_to(legacy_server, "POST", "/v1/predictions")
    assert create.json()["version"] == f"andreasjansson/blip-2:{BLIP2}"
    assert create.json()["input"]["image"].startswith(legacy_server.origin)


def test_model_error(legacy_server: Server, capsys: pytest.CaptureFixture[str]) -> None:
    run_snippet(
        """
import replicate
from replicate.exceptions import ModelError

try:
  output = replicate.run("stability-ai/stable-diffusion-3", { "prompt": "An astronaut riding a rainbow unicorn" })
except ModelError as e:  # syntax fix: the colon was missing
  if "(some known issue)" in e.prediction.logs:
    pass

  print("Failed prediction: " + e.prediction.id)
"""
    )
    [failed] = legacy_server.predictions.values()
    assert failed["status"] == "failed"
    assert capsys.readouterr().out == f"Failed prediction: {failed['id']}\n"
    [create] = requests_to(legacy_server, "POST", "/v1/models/stability-ai/stable-diffusion-3/predictions")
    assert create.json()["input"] == {"prompt": "An astronaut riding a rainbow unicorn"}


def test_stream(legacy_server: Server, capsys: pytest.CaptureFixture[str]) -> None:
    run_snippet(
        """
import replicate

for event in replicate.stream(
    "meta/meta-llama-3-70b-instruct",
    input={
        "prompt": "Please write a haiku about llamas.",
    },
):
    print(str(event), end="")
"""
    )
    assert capsys.readouterr().out == "You said: Please write a haiku about llamas."


def test_stream_a_created_prediction(legacy_server: Server, capsys: pytest.CaptureFixture[str]) -> None:
    scope = run_snippet(
        """
prediction = replicate.predictions.create(
    model="meta/meta-llama-3-70b-instruct",  # syntax fix: the comma was missing
    input={"prompt": "Please write a haiku about llamas."},
    stream=True,
)

for event in prediction.stream():
    print(str(event), end="")
""",
        {"replicate": replicate},
    )
    assert capsys.readouterr().out == "You said: Please write a haiku about llamas."
    [create] = requests_to(legacy_server, "POST", "/v1/models/meta/meta-llama-3-70b-instruct/predictions")
    assert create.json()["stream"] is True and "version" not in create.json()
    assert requests_to(legacy_server, "GET", f"/stream/{scope['prediction'].id}")


def test_run_in_the_background(legacy_server: Server, capsys: pytest.CaptureFixture[str]) -> None:
    namespace: Dict[str, Any] = {"replicate": replicate}
    displayed = run_repl(
        """
>>> model = replicate.models.get("kvfrans/clipdraw")
>>> version = model.versions.get("5797a99edc939ea0e9242d5e8c9cb3bc7d125b1eac21bda852e5cb79ede2cd9b")
>>> prediction = replicate.predictions.create(
    version=version,
    input={"prompt":"Watercolor painting of an underwater submarine"})

>>> prediction
Prediction(...)

>>> prediction.status
'starting'

>>> dict(prediction)
{"id": "...", "status": "starting", ...}
""",
        namespace,
    )
    prediction = namespace["prediction"]
    assert displayed[0] is prediction and repr(prediction).startswith("Prediction(")
    assert displayed[1] == "starting"
    assert displayed[2]["id"] == prediction.id and displayed[2]["status"] == "starting"
    [create] = requests_to(legacy_server, "POST", "/v1/predictions")
    assert create.json() == {
        "version": CLIPDRAW,
        "input": {"prompt": "Watercolor painting of an underwater submarine"},
    }
    # The session below prints the logs after one reload: let the model write its first line
    # (the server's own view) so that what `print(prediction.logs)` shows does not race it.
    deadline = time.monotonic() + 10
    while "iteration: 0" not in (legacy_server.predictions[prediction.id].get("logs") or ""):
        assert time.monotonic() < deadline, "the model never logged"
        time.sleep(0.01)

    displayed = run_repl(
        """
>>> prediction.reload()
>>> prediction.status
'processing'

>>> print(prediction.logs)
iteration: 0, render:loss: -0.6171875
iteration: 10, render:loss: -0.92236328125
iteration: 20, render:loss: -1.197265625
iteration: 30, render:loss: -1.3994140625

>>> prediction.wait()

>>> prediction.status
'succeeded'

>>> prediction.output
'https://.../output.png'
""",
        namespace,
    )
    assert displayed[0] in ("starting", "processing")
    assert displayed[1:] == ["succeeded", prediction.output]
    assert isinstance(prediction.output, str) and prediction.output.endswith("/output.png")
    assert prediction.logs.splitlines() == [
        "iteration: 0, render:loss: -0.6171875",
        "iteration: 10, render:loss: -0.92236328125",
        "iteration: 20, render:loss: -1.197265625",
        "iteration: 30, render:loss: -1.3994140625",
    ]
    assert len(requests_to(legacy_server, "GET", f"/v1/predictions/{prediction.id}")) >= 2
    assert "iteration: 0" in capsys.readouterr().out


def test_run_in_the_background_with_a_webhook(legacy_server: Server) -> None:
    scope = run_snippet(
        """
model = replicate.models.get("ai-forever/kandinsky-2.2")
version = model.versions.get("ea1addaab376f4dc227f5368bbd8eff901820fd1cc14ed8cad63b29249e9d463")
prediction = replicate.predictions.create(
    version=version,
    input={"prompt":"Watercolor painting of an underwater submarine"},
    webhook="https://example.com/your-webhook",
    webhook_events_filter=["completed"]
)
""",
        {"replicate": replicate},
    )
    assert scope["version"].id == KANDINSKY
    assert requests_to(legacy_server, "GET", f"/v1/models/ai-forever/kandinsky-2.2/versions/{KANDINSKY}")
    [create] = requests_to(legacy_server, "POST", "/v1/predictions")
    assert create.json() == {
        "version": KANDINSKY,
        "input": {"prompt": "Watercolor painting of an underwater submarine"},
        "webhook": "https://example.com/your-webhook",
        "webhook_events_filter": ["completed"],
    }


def test_pipeline(legacy_server: Server) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error", DeprecationWarning)
        with pytest.raises(DeprecationWarning, match=r"Version\.predict"):
            replicate.models.get("afiaka87/laionide-v4").latest_version.predict(prompt="x")  # type: ignore[union-attr]
    with pytest.warns(DeprecationWarning):
        scope = run_snippet(
            """
laionide = replicate.models.get("afiaka87/laionide-v4").versions.get("b21cbe271e65c1718f2999b038c18b45e21e4fba961181fbfae9342fc53b9e05")
swinir = replicate.models.get("jingyunliang/swinir").versions.get("660d922d33153019e8c263a3bba265de882e7f4f70396546b6c9c8f9d47a021a")
image = laionide.predict(prompt="avocado armchair")
upscaled_image = swinir.predict(image=image)
""",
            {"replicate": replicate},
        )
    assert scope["image"].read() == PNG
    assert scope["upscaled_image"].read() == PNG + b" upscaled"
    swinir_create = [
        r for r in requests_to(legacy_server, "POST", "/v1/predictions") if "swinir" in r.json()["version"]
    ]
    assert swinir_create[0].json()["input"] == {"image": scope["image"]}


def test_output_from_a_running_model(legacy_server: Server) -> None:
    shown: List[Any] = []
    run_snippet(
        """
iterator = replicate.run(
    "pixray/text2image:5c347a4bfa1d4523a58ae614c2194e15f2ae682b57e3797a5bb468920aa70ebf",
    input={"prompts": "san francisco sunset"}
)

for image in iterator:
    display(image)
""",
        {"replicate": replicate, "display": shown.append},
    )
    assert [image.read() for image in shown] == [PNG + bytes([step]) for step in range(3)]


def test_cancel(legacy_server: Server) -> None:
    namespace: Dict[str, Any] = {"replicate": replicate}
    displayed = run_repl(
        """
>>> model = replicate.models.get("kvfrans/clipdraw")
>>> version = model.versions.get("5797a99edc939ea0e9242d5e8c9cb3bc7d125b1eac21bda852e5cb79ede2cd9b")
>>> prediction = replicate.predictions.create(
        version=version,
        input={"prompt":"Watercolor painting of an underwater submarine"}
    )

>>> prediction.status
'starting'

>>> prediction.cancel()

>>> prediction.reload()
>>> prediction.status
'canceled'
""",
        namespace,
    )
    assert displayed == ["starting", "canceled"]
    assert requests_to(legacy_server, "POST", f"/v1/predictions/{namespace['prediction'].id}/cancel")


def test_list_predictions(legacy_server: Server) -> None:
    legacy_server_page_size = 20
    for index in range(legacy_server_page_size + 3):
        replicate.predictions.create(model="meta/meta-llama-3-70b-instruct", input={"prompt": f"p{index}"})
    shown = run_repl(
        """
replicate.predictions.list()
# [<Prediction: 8b0ba5ab4d85>, <Prediction: 494900564e8c>]
""".replace("replicate.predictions", ">>> replicate.predictions", 1),
        {"replicate": replicate},
    )
    assert len(shown[0]) == legacy_server_page_size
    scope = run_snippet(
        """
page1 = replicate.predictions.list()

if page1.next:
    page2 = replicate.predictions.list(page1.next)
""",
        {"replicate": replicate},
    )
    assert [p.input["prompt"] for p in scope["page2"]] == ["p2", "p1", "p0"]
    cursor_request = requests_to(legacy_server, "GET", "/v1/predictions")[-1]
    assert "cursor=" in cursor_request.query_string


def test_load_output_files(legacy_server: Server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import PIL.Image as pil  # a dev dependency: the README opens the downloaded output with Pillow

    scope = run_snippet(
        """
import replicate
from PIL import Image
from urllib.request import urlretrieve

out = replicate.run(
    "stability-ai/stable-diffusion:27b93a2413e7f36cd83da926f3656280b2931564ff050bf9575f1fdf9bcd7478",
    input={"prompt": "wavy colorful abstract patterns, oceans"}
    )

urlretrieve(out[0], "/tmp/out.png")
background = Image.open("/tmp/out.png")
"""
    )
    assert isinstance(scope["background"], pil.Image)


def test_load_output_files_urlretrieve(legacy_server: Server) -> None:
    """The same snippet without Pillow: `urlretrieve` takes the output (a URL string) as is."""
    scope = run_snippet(
        """
import replicate
from urllib.request import urlretrieve

out = replicate.run(
    "stability-ai/stable-diffusion:27b93a2413e7f36cd83da926f3656280b2931564ff050bf9575f1fdf9bcd7478",
    input={"prompt": "wavy colorful abstract patterns, oceans"}
    )

path, _ = urlretrieve(out[0], "/tmp/out.png")
"""
    )
    assert Path(scope["path"]).read_bytes() == PNG


def test_list_models_and_paginate(legacy_server: Server) -> None:
    for index in range(10):
        replicate.models.create(
            owner="your-username", name=f"model-{index}", visibility="public", hardware="cpu"
        )
    shown = run_repl(">>> replicate.models.list()\n", {"replicate": replicate})
    assert len(shown[0]) == 20 and shown[0].next  # the first page; iterating it gives only its models
    assert all(isinstance(model, replicate.legacy.Model) for model in shown[0])
    scope = run_snippet(
        """
# Automatic pagination using `replicate.paginate` (recommended)
models = []
for page in replicate.paginate(replicate.models.list):
    models.extend(page.results)
    if len(models) > 100:
        break

# Manual pagination using `next` cursors
page = replicate.models.list()
while page:
    models.extend(page.results)
    if len(models) > 100:
          break
    page = replicate.models.list(page.next) if page.next else None
""",
        {"replicate": replicate},
    )
    total = len(legacy_server._state.models)
    assert total > 20  # more than one page
    names = [model.id for model in scope["models"]]
    assert len(names) == 2 * total and names[:total] == names[total:]
    assert len(set(names)) == total


def test_collections(legacy_server: Server) -> None:
    namespace: Dict[str, Any] = {"replicate": replicate}
    shown = run_repl(
        """
>>> collections = [collection for page in replicate.paginate(replicate.collections.list) for collection in page]
>>> collections[0].slug
"vision-models"
>>> collections[0].description
"Multimodal large language models with vision capabilities like object detection and optical character recognition (OCR)"

>>> replicate.collections.get("text-to-image").models
[<Model: stability-ai/sdxl>, ...]
""",
        namespace,
    )
    slugs = [collection.slug for collection in namespace["collections"]]
    assert set(slugs) == {"official", "language-models", "text-to-image"} and len(slugs) == 3
    assert shown[0] == slugs[0] and shown[1] == namespace["collections"][0].description
    assert [model.id for model in shown[2]] == ["replicate/png-maker"]
    assert repr(shown[2]) == "[<Model: replicate/png-maker>]"


def test_create_a_model(legacy_server: Server) -> None:
    scope = run_snippet(
        """
import replicate

model = replicate.models.create(
    owner="your-username",
    name="my-model",
    visibility="public",
    hardware="gpu-a40-large"
)
"""
    )
    assert scope["model"].id == "your-username/my-model"
    [create] = requests_to(legacy_server, "POST", "/v1/models")
    assert create.json() == {
        "owner": "your-username",
        "name": "my-model",
        "visibility": "public",
        "hardware": "gpu-a40-large",
    }


def test_hardware(legacy_server: Server) -> None:
    [skus] = run_repl(
        """
>>> [hw.sku for hw in replicate.hardware.list()]
['cpu', 'gpu-t4', 'gpu-a40-small', 'gpu-a40-large']
""",
        {"replicate": replicate},
    )
    assert skus == ["cpu", "gpu-t4", "gpu-l40s", "gpu-a100-large", "gpu-h100"]  # the local server's list


def test_fine_tune(legacy_server: Server) -> None:
    replicate.models.create(owner="your-username", name="model-name", visibility="private", hardware="cpu")
    scope = run_snippet(
        """
training = replicate.trainings.create(
    model="stability-ai/sdxl",
    version="39ed52f2a78e934b3ba6e2a89f5b1c712de7dfea535525255b1aa35c5565e08b",
    input={
      "input_images": "https://my-domain/training-images.zip",
      "token_string": "TOK",
      "caption_prefix": "a photo of TOK",
      "max_train_steps": 1000,
      "use_face_detection_instead": False
    },
    # You need to create a model on Replicate that will be the destination for the trained version.
    destination="your-username/model-name"
)
""",
        {"replicate": replicate},
    )
    training = scope["training"]
    [create] = requests_to(legacy_server, "POST", f"/v1/models/stability-ai/sdxl/versions/{SDXL}/trainings")
    assert create.json()["destination"] == "your-username/model-name"
    assert create.json()["input"]["max_train_steps"] == 1000
    training.wait(poll_interval=0.05)
    assert training.status == "succeeded"
    assert training.output["version"].startswith("your-username/model-name:")


def test_customize_client(legacy_server: Server, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOME_OTHER_REPLICATE_API_TOKEN", legacy_server.token)
    monkeypatch.setenv("REPLICATE_API_TOKEN", "r8_not_this_one")
    scope = run_snippet(
        """
import os
from replicate.client import Client

replicate = Client(
  api_token=os.environ["SOME_OTHER_REPLICATE_API_TOKEN"],  # syntax fix: the comma was missing
  headers={
    "User-Agent": "my-app/1.0"
  }
)
"""
    )
    client = scope["replicate"]
    assert client.run("replicate/hello-world", input={"text": "Alice"}) == "hello Alice"
    request = legacy_server.requests[-1]
    assert request.headers["user-agent"] == "my-app/1.0"
    assert request.headers["authorization"] == f"Bearer {legacy_server.token}"


def test_model_error_is_raised(legacy_server: Server) -> None:
    with pytest.raises(ModelError) as raised:
        replicate.run("stability-ai/stable-diffusion-3", {"prompt": "x"})
    assert raised.value.prediction.logs.startswith("CUDA out of memory")
