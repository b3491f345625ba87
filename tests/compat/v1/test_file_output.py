"""Files in the older `run()`'s output: a URL `str` (clients before 1.0) that also reads like
replicate 1.0's `FileOutput`. Every documented form, sync and async, and where they collide."""

from __future__ import annotations

import io
import json
import urllib.request
from pathlib import Path

import pytest

import replicate
from replicate.helpers import FileOutput
from replicate.testing import Server

from ...legacy.conftest import PNG, SD_001
from .conftest import requests_to

SD = f"stability-ai/stable-diffusion:{SD_001}"


def test_documented_sync_forms(server: Server, client: replicate.Client, tmp_path: Path) -> None:
    [output] = client.run(SD, input={"prompt": "waves"})
    assert isinstance(output, FileOutput) and isinstance(output, str)
    assert output.url == str(output) == output and output.url.startswith(server.origin)
    assert output.read() == PNG
    target = tmp_path / "chunks.png"
    with open(target, "wb") as file:
        for chunk in output:
            file.write(chunk)
    assert target.read_bytes() == PNG
    assert b"".join(output) == PNG  # what a framework streaming an iterator of bytes does
    # Seed 001 (clients before 1.0): the output is the URL string.
    path, _ = urllib.request.urlretrieve(output, tmp_path / "retrieved.png")
    assert Path(path).read_bytes() == PNG
    assert json.loads(json.dumps({"image": output})) == {"image": output.url}
    assert output.startswith("http") and output.endswith(".png") and repr(output) == repr(output.url)
    downloads = [request for request in server.requests if request.path.startswith("/delivery/")]
    assert len(downloads) == 4  # read, iterate twice, urlretrieve: each a download


async def test_documented_async_forms(server: Server, client: replicate.Client) -> None:
    [output] = await client.async_run(SD, input={"prompt": "waves"})
    assert await output.aread() == PNG
    chunks = [chunk async for chunk in output]
    assert b"".join(chunks) == PNG
    assert output.read() == PNG  # 1.0's FileOutput read both ways too


def test_use_file_output_false_gives_plain_strings(server: Server, client: replicate.Client) -> None:
    [output] = client.run(SD, input={"prompt": "waves"}, use_file_output=False)
    assert type(output) is str and output.startswith(server.origin)


def test_data_uri_outputs(server: Server, client: replicate.Client) -> None:
    from replicate.helpers import transform_output

    output = transform_output(
        ["data:text/plain;base64,aGVsbG8=", "just text", {"k": "https://x.test/a.png"}], client
    )
    assert output[0].read() == b"hello" and b"".join(output[0]) == b"hello"
    assert type(output[1]) is str
    assert isinstance(output[2]["k"], FileOutput) and output[2]["k"].url == "https://x.test/a.png"
    assert server.requests == []


def test_prediction_output_reads_like_a_file(
    server: Server, client: replicate.Client, tmp_path: Path
) -> None:
    prediction = client.predictions.create(SD, {"prompt": "x"})
    prediction.wait()
    [image] = prediction.output
    assert image.read() == PNG and image == prediction.typed.output[0]


def test_pil_image_open_needs_the_bytes(server: Server, client: replicate.Client) -> None:
    """The one collision (UPGRADING.md): PIL opens a `str` as a path, so `Image.open(output)` fails
    loudly; `Image.open(io.BytesIO(output.read()))` reads the image."""
    from PIL import Image

    [output] = client.run(SD, input={"prompt": "waves"})
    with pytest.raises(FileNotFoundError):
        Image.open(output)
    with Image.open(io.BytesIO(output.read())) as image:
        assert image.size == (8, 8)
    assert len(requests_to(server, "POST", "/v1/predictions")) == 1


def test_input_helpers(server: Server, client: replicate.Client, tmp_path: Path) -> None:
    from replicate.helpers import base64_encode_file, encode_json

    path = tmp_path / "note.txt"
    path.write_bytes(b"hello")
    with open(path, "rb") as file:
        assert base64_encode_file(file) == "data:text/plain;base64,aGVsbG8="
    assert base64_encode_file(io.BytesIO(b"\x00")) == "data:application/octet-stream;base64,AA=="
    inline = encode_json({"a": [path, 1], "b": ("x",)}, client, file_encoding_strategy="base64")
    assert inline == {"a": ["data:text/plain;base64,aGVsbG8=", 1], "b": ["x"]}
    assert server.requests == []
    uploaded = encode_json({"file": io.BytesIO(b"bytes")}, client)
    [upload] = requests_to(server, "POST", "/v1/files")
    assert b"bytes" in upload.body and uploaded["file"].startswith(server.origin)


async def test_async_encode_json(server: Server, client: replicate.Client) -> None:
    from replicate.helpers import async_encode_json

    uploaded = await async_encode_json([io.BytesIO(b"async bytes")], client)
    [upload] = requests_to(server, "POST", "/v1/files")
    assert b"async bytes" in upload.body and uploaded[0].startswith(server.origin)
