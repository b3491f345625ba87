"""Every Python code sample of replicate 1.0.7's README, run as written against the local server.

The samples 1.0.7's README shares word for word with the older README run in
tests/legacy/test_readme_quickstart.py (async TaskGroup, file input, both stream samples, the
webhook, pipeline, cancel, list predictions, list models and paginate, collections, create a model,
hardware, fine-tune, customize the client); this file runs the others, which 1.0 changed.

Only REPLICATE_BASE_URL / REPLICATE_API_TOKEN point at the server (`server` fixture), whose models
carry the names and versions the samples use. `>>>` sessions run statement by statement as the REPL
runs them. Fixes, the minimum to run (the README's own typos):

- ModelError: `except ModelError as e` gets its missing colon.
- The aiofiles sample writes bytes, so it opens the file with 'wb', and `await for` (a syntax error)
  is `async for`; a small stand-in plays aiofiles (not a dependency).
- `const replicate = replicate.run(...);` (JavaScript) is the Python line above it.
- The Django / FastAPI / Flask samples hand `output` to the framework, which iterates it: run here
  as those frameworks consume it (bytes from `for`, or from `async for` when it is async-iterable).
- `Image.open(output[0])` is the one documented form that cannot work together with seed 001's
  `urlretrieve(output[0], ...)`: see UPGRADING.md and `test_load_output_files`.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path
from typing import Any, Dict, List

import pytest

import replicate
from replicate.exceptions import ModelError
from replicate.helpers import FileOutput
from replicate.testing import PredictionContext, Server

from ...legacy.conftest import (
    CLIPDRAW,
    PNG,
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


def test_model_error_is_a_model_error(readme_server: Server) -> None:
    with pytest.raises(ModelError, match=r"^CUDA out of memory$"):
        replicate.run("stability-ai/stable-diffusion-3", {"prompt": "x"})
