"""Every Python code sample of replicate 1.0.7's README, run as written against the local server.

Only REPLICATE_BASE_URL / REPLICATE_API_TOKEN point at the server (`server` fixture), whose models
carry the names and versions the samples use. `>>>` sessions run statement by statement as the REPL
runs them. Fixes, the minimum to run (the README's own typos):

- ModelError: `except ModelError as e` gets its missing colon.
- "stream the output of a prediction you create": the missing comma after `model=...`.
- "Customize client behavior": the missing comma after `api_token=...`.
- The aiofiles sample writes bytes, so it opens the file with 'wb', and `await for` (a syntax error)
  is `async for`; a small stand-in plays aiofiles (not a dependency).
- `const replicate = replicate.run(...);` (JavaScript) is the Python line above it.
- The Django / FastAPI / Flask samples hand `output` to the framework, which iterates it: run here
  as those frameworks consume it (bytes from `for`, or from `async for` when it is async-iterable).
- The TaskGroup sample uses top-level `await` (as the asyncio REPL runs it) and Python 3.11+.
- `Image.open(output[0])` is the one documented form that cannot work together with seed 001's
  `urlretrieve(output[0], ...)`: see UPGRADING.md and `test_load_output_files`.
"""

from __future__ import annotations

import io
import sys
import warnings
from pathlib import Path
from typing import Any, Dict, List

import pytest

import replicate
from replicate.exceptions import ModelError
from replicate.helpers import FileOutput
from replicate.testing import PredictionContext, Server

from ...legacy.conftest import (
    BLIP2,
    CLIPDRAW,
    KANDINSKY,
    PNG,
    SDXL,
    USERNAME,
    run_async_snippet,
    run_repl,
    run_snippet,
)
from .conftest import body_of, requests_to


def _flux(inputs: Dict[str, Any], ctx: PredictionContext) -> List[str]:
    return [ctx.file_url(PNG, "output_0.webp", "image/webp")]


def _acme(inputs: Dict[str, Any], ctx: PredictionContext) -> str:
    return ctx.file_url(PNG, "output.png", "image/png")


@pytest.fixture
def readme_server(server: Server) -> Server:
    uri = {"type": "string", "format": "uri"}
    server.register_model(
        "black-forest-labs/flux-schnell",
        predict=_flux,
        input_schema={"type": "object", "properties": {"prompt": {"type": "string"}}},
        output_schema={"type": "array", "items": uri},
    )
    server.register_model("acmecorp/acme-model", predict=_acme, output_schema=uri)
    return server


def test_opt_out_of_file_output(readme_server: Server) -> None:
    scope = run_snippet(
        'output = replicate.run("acmecorp/acme-model", use_file_output=False)', {"replicate": replicate}
    )
    assert type(scope["output"]) is str and scope["output"].endswith("/output.png")
    [create] = requests_to(readme_server, "POST", "/v1/models/acmecorp/acme-model/predictions")
    assert body_of(create) == {"input": {}} and create.headers["prefer"].startswith("wait")


def test_run_a_model(readme_server: Server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    *_, outputs = run_repl(
        """
>>> import replicate
>>> outputs = replicate.run(
        "black-forest-labs/flux-schnell",
        input={"prompt": "astronaut riding a rocket like a horse"}
    )
[<replicate.helpers.FileOutput object at 0x107179b50>]
>>> for index, output in enumerate(outputs):
        with open(f"output_{index}.webp", "wb") as file:
            file.write(output.read())
>>> outputs
""",
        {},
    )
    assert [isinstance(output, FileOutput) for output in outputs] == [True]
    assert (tmp_path / "output_0.webp").read_bytes() == PNG
    [create] = requests_to(readme_server, "POST", "/v1/models/black-forest-labs/flux-schnell/predictions")
    assert body_of(create) == {"input": {"prompt": "astronaut riding a rocket like a horse"}}


def test_model_error(readme_server: Server, capsys: pytest.CaptureFixture[str]) -> None:
    run_snippet(
        """
import replicate
from replicate.exceptions import ModelError

try:
  output = replicate.run("stability-ai/stable-diffusion-3", { "prompt": "An astronaut riding a rainbow unicorn" })
except ModelError as e:
  if "(some known issue)" in e.prediction.logs:
    pass

  print("Failed prediction: " + e.prediction.id)
"""
    )
    [prediction_id] = readme_server.predictions
    assert capsys.readouterr().out == f"Failed prediction: {prediction_id}\n"


@pytest.mark.skipif(sys.version_info < (3, 11), reason="the sample uses asyncio.TaskGroup (Python 3.11+)")
async def test_asyncio_task_group(readme_server: Server, capsys: pytest.CaptureFixture[str]) -> None:
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
    assert capsys.readouterr().out.count(".png'") == 4
    created = requests_to(readme_server, "POST", "/v1/predictions")
    assert sorted(body_of(r)["input"]["prompt"] for r in created) == sorted(
        f"A chariot pulled by a team of {count} rainbow unicorns" for count in ["two", "four", "six", "eight"]
    )
    assert {body_of(r)["version"] for r in created} == {f"stability-ai/sdxl:{SDXL}"}


def test_file_input(readme_server: Server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "path" / "to").mkdir(parents=True)
    (tmp_path / "path" / "to" / "mystery.jpg").write_bytes(b"\xff\xd8\xff jpeg bytes")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # opened in text mode, as written
        [output] = run_repl(
            """
>>> output = replicate.run(
        "andreasjansson/blip-2:f677695e5e89f8b236e52ecd1d3f01beb44c34606419bcc19345e046d8f786f9",
        input={ "image": open("path/to/mystery.jpg") }
    )

>>> output
"an astronaut riding a horse"
""",
            {"replicate": replicate},
        )
    assert output == "an astronaut riding a horse"
    [upload] = requests_to(readme_server, "POST", "/v1/files")
    assert b"\xff\xd8\xff jpeg bytes" in upload.body
    [create] = requests_to(readme_server, "POST", "/v1/predictions")
    assert body_of(create)["version"].endswith(BLIP2) and body_of(create)["input"]["image"].startswith("http")


def test_stream(readme_server: Server, capsys: pytest.CaptureFixture[str]) -> None:
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


def test_stream_a_created_prediction(readme_server: Server, capsys: pytest.CaptureFixture[str]) -> None:
    scope = run_snippet(
        """
prediction = replicate.predictions.create(
    model="meta/meta-llama-3-70b-instruct",
    input={"prompt": "Please write a haiku about llamas."},
    stream=True,
)

for event in prediction.stream():
    print(str(event), end="")
""",
        {"replicate": replicate},
    )
    assert capsys.readouterr().out == "You said: Please write a haiku about llamas."
    [create] = requests_to(readme_server, "POST", "/v1/models/meta/meta-llama-3-70b-instruct/predictions")
    assert body_of(create) == {"input": {"prompt": "Please write a haiku about llamas."}, "stream": True}
    assert requests_to(readme_server, "GET", f"/stream/{scope['prediction'].id}")


def test_run_in_the_background(
    readme_server: Server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
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

>>> prediction.reload()
>>> prediction.status
'processing'

>>> print(prediction.logs)
iteration: 0, render:loss: -0.6171875

>>> prediction.wait()

>>> prediction.status
'succeeded'

>>> prediction.output
<replicate.helpers.FileOutput object at 0x107179b50>

>>> with open("output.png", "wb") as file:
        file.write(prediction.output.read())
""",
        namespace,
    )
    prediction = namespace["prediction"]
    assert displayed[0] is prediction and displayed[1] == "starting" and displayed[2]["id"] == prediction.id
    assert displayed[3] in ("starting", "processing") and displayed[4] == "succeeded"
    assert isinstance(displayed[5], FileOutput) and displayed[6] == len(PNG)
    assert (tmp_path / "output.png").read_bytes() == PNG
    [create] = requests_to(readme_server, "POST", "/v1/predictions")
    assert body_of(create) == {
        "version": CLIPDRAW,
        "input": {"prompt": "Watercolor painting of an underwater submarine"},
    }


def test_run_in_the_background_with_a_webhook(readme_server: Server) -> None:
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
    assert scope["prediction"].id in readme_server.predictions
    [create] = requests_to(readme_server, "POST", "/v1/predictions")
    assert body_of(create) == {
        "version": KANDINSKY,
        "input": {"prompt": "Watercolor painting of an underwater submarine"},
        "webhook": "https://example.com/your-webhook",
        "webhook_events_filter": ["completed"],
    }


def test_pipeline(readme_server: Server) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # Version.predict
        scope = run_snippet(
            """
laionide = replicate.models.get("afiaka87/laionide-v4").versions.get("b21cbe271e65c1718f2999b038c18b45e21e4fba961181fbfae9342fc53b9e05")
swinir = replicate.models.get("jingyunliang/swinir").versions.get("660d922d33153019e8c263a3bba265de882e7f4f70396546b6c9c8f9d47a021a")
image = laionide.predict(prompt="avocado armchair")
upscaled_image = swinir.predict(image=image)
""",
            {"replicate": replicate},
        )
    assert scope["upscaled_image"].read() == PNG + b" upscaled"
    swinir = [
        r for r in requests_to(readme_server, "POST", "/v1/predictions") if "swinir" in body_of(r)["version"]
    ]
    assert body_of(swinir[0])["input"] == {"image": str(scope["image"])}


def test_output_from_a_running_model(
    readme_server: Server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    run_snippet(
        """
iterator = replicate.run(
    "pixray/text2image:5c347a4bfa1d4523a58ae614c2194e15f2ae682b57e3797a5bb468920aa70ebf",
    input={"prompts": "san francisco sunset"}
)

for index, image in enumerate(iterator):
    with open(f"file_{index}.png", "wb") as file:
        file.write(image.read())
""",
        {"replicate": replicate},
    )
    assert [(tmp_path / f"file_{step}.png").read_bytes() for step in range(3)] == [
        PNG + bytes([s]) for s in range(3)
    ]


def test_cancel(readme_server: Server) -> None:
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
    assert requests_to(readme_server, "POST", f"/v1/predictions/{namespace['prediction'].id}/cancel")


def test_list_predictions(readme_server: Server) -> None:
    for index in range(21):
        replicate.predictions.create(model="replicate/hello-world", input={"text": str(index)})
    [page] = run_repl(">>> replicate.predictions.list()\n", {"replicate": replicate})
    assert len(page.results) == 20 and page.next
    scope = run_snippet(
        """
page1 = replicate.predictions.list()

if page1.next:
    page2 = replicate.predictions.list(page1.next)
""",
        {"replicate": replicate},
    )
    assert len(scope["page2"].results) == 1
    assert requests_to(readme_server, "GET", "/v1/predictions")[-1].query_string.startswith("cursor=")


def test_load_output_files(readme_server: Server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    sample = """
import replicate
from PIL import Image # pip install pillow

output = replicate.run(
    "stability-ai/stable-diffusion:27b93a2413e7f36cd83da926f3656280b2931564ff050bf9575f1fdf9bcd7478",
    input={"prompt": "wavy colorful abstract patterns, oceans"}
    )

# This has a .read() method that returns the binary data.
with open("my_output.png", "wb") as file:
  file.write(output[0].read())
  
# It also implements the iterator protocol to stream the data.
background = Image.open(output[0])
"""
    # The collision UPGRADING.md describes: output[0] is also the URL `str`, which PIL opens as a path.
    with pytest.raises(FileNotFoundError):
        run_snippet(sample)
    assert (tmp_path / "my_output.png").read_bytes() == PNG
    scope = run_snippet(
        sample.replace("Image.open(output[0])", "Image.open(io.BytesIO(output[0].read()))"), {"io": io}
    )
    assert scope["background"].size == (8, 8)


def test_file_output_section(readme_server: Server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    output = replicate.run("acmecorp/acme-model")
    file_path = "streamed.bin"
    scope = run_snippet(
        """
print(output.url) #=> "data:image/png;base64,xyz123..." or "https://delivery.replicate.com/..."

with open('output.bin', 'wb') as file:
    file.write(output.read())

with open(file_path, 'wb') as file:
    for chunk in output:
        file.write(chunk)
""",
        {"output": output, "file_path": file_path},
    )
    assert scope["output"].url.endswith("/output.png")
    assert (tmp_path / "output.bin").read_bytes() == (tmp_path / "streamed.bin").read_bytes() == PNG


class _AsyncFile:
    """The part of `aiofiles.open(...)` the README uses."""

    def __init__(self, path: str, mode: str) -> None:
        self._file = open(path, mode)  # noqa: SIM115

    async def __aenter__(self) -> _AsyncFile:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        self._file.close()

    async def write(self, data: bytes) -> int:
        return self._file.write(data)


async def test_file_output_asyncio(readme_server: Server, tmp_path: Path) -> None:
    output = await replicate.async_run("acmecorp/acme-model")
    aiofiles = type("aiofiles", (), {"open": staticmethod(_AsyncFile)})
    await run_async_snippet(
        """
async with aiofiles.open(filename, 'wb') as file:
    await file.write(await output.aread())

async with aiofiles.open(filename2, 'wb') as file:
    async for chunk in output:
        await file.write(chunk)
""",
        {
            "aiofiles": aiofiles,
            "output": output,
            "filename": str(tmp_path / "a"),
            "filename2": str(tmp_path / "b"),
        },
    )
    assert (tmp_path / "a").read_bytes() == (tmp_path / "b").read_bytes() == PNG


async def test_framework_responses(readme_server: Server) -> None:
    """Django's HttpResponse and Flask's stream_with_context iterate `output`; Starlette's
    StreamingResponse uses `async for` when it can."""
    output = replicate.run("acmecorp/acme-model", input={}, use_file_output=True)
    assert b"".join(chunk for chunk in output) == PNG
    assert hasattr(output, "__aiter__")
    assert b"".join([chunk async for chunk in output]) == PNG


def test_list_models_and_paginate(readme_server: Server) -> None:
    for index in range(10):
        readme_server.register_model(f"acme/model-{index}", predict=_acme)
    [page] = run_repl(">>> replicate.models.list()\n", {"replicate": replicate})
    assert page.results and all(isinstance(m, replicate.model.Model) for m in page.results)
    scope = run_snippet(
        """
# Automatic pagination using `replicate.paginate` (recommended)
models = []
for page in replicate.paginate(replicate.models.list):
    models.extend(page.results)
    if len(models) > 100:
        break

automatic = list(models)
models = []

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
    assert [m.id for m in scope["models"]] == [m.id for m in scope["automatic"]] and len(scope["models"]) > 20
    assert len({m.id for m in scope["models"]}) == len(scope["models"])
    cursors = [r for r in requests_to(readme_server, "GET", "/v1/models") if r.query_string]
    assert len(cursors) >= 2


def test_collections(readme_server: Server) -> None:
    displayed = run_repl(
        """
>>> collections = [collection for page in replicate.paginate(replicate.collections.list) for collection in page]
>>> collections[0].slug
"vision-models"
>>> collections[0].description
"Multimodal large language models with vision capabilities like object detection and optical character recognition (OCR)"

>>> replicate.collections.get("text-to-image").models
[<Model: stability-ai/sdxl>, ...]
""",
        {"replicate": replicate},
    )
    slug, description, models = displayed
    assert slug == "official" and isinstance(description, str) and description
    assert models and all(repr(m).startswith("<Model: ") for m in models)
    assert requests_to(readme_server, "GET", "/v1/collections/text-to-image")


def test_create_a_model(readme_server: Server) -> None:
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
    assert scope["model"].id == f"{USERNAME}/my-model"
    [create] = requests_to(readme_server, "POST", "/v1/models")
    assert body_of(create) == {
        "owner": USERNAME,
        "name": "my-model",
        "visibility": "public",
        "hardware": "gpu-a40-large",
    }


def test_hardware(readme_server: Server) -> None:
    [skus] = run_repl(">>> [hw.sku for hw in replicate.hardware.list()]\n", {"replicate": replicate})
    assert skus[:2] == ["cpu", "gpu-t4"]


def test_fine_tune(readme_server: Server) -> None:
    replicate.models.create(owner=USERNAME, name="model-name", visibility="private", hardware="cpu")
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
    assert scope["training"].destination == f"{USERNAME}/model-name"
    [create] = requests_to(readme_server, "POST", f"/v1/models/stability-ai/sdxl/versions/{SDXL}/trainings")
    assert body_of(create)["destination"] == f"{USERNAME}/model-name"
    assert body_of(create)["input"]["token_string"] == "TOK"


def test_customize_client(readme_server: Server, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOME_OTHER_REPLICATE_API_TOKEN", readme_server.token)
    monkeypatch.delenv("REPLICATE_API_TOKEN")
    scope = run_snippet(
        """
import os
from replicate.client import Client

replicate = Client(
    api_token=os.environ["SOME_OTHER_REPLICATE_API_TOKEN"],
    headers={
        "User-Agent": "my-app/1.0"
    }
)
"""
    )
    assert scope["replicate"].run("replicate/hello-world", input={"text": "me"}) == "hello me"
    [create] = requests_to(readme_server, "POST", "/v1/models/replicate/hello-world/predictions")
    assert create.headers["user-agent"] == "my-app/1.0"
    assert create.headers["authorization"] == f"Bearer {readme_server.token}"


def test_model_error_is_a_model_error(readme_server: Server) -> None:
    with pytest.raises(ModelError, match=r"^CUDA out of memory$"):
        replicate.run("stability-ai/stable-diffusion-3", {"prompt": "x"})
