"""encode_file_inputs / async_encode_file_inputs against the testing server's files API."""

from __future__ import annotations

import base64
import io
import os
import pathlib
from typing import Any, Dict, List

import pytest

from replicate import AsyncReplicate, Replicate
from replicate.helpers import FileOutput
from replicate.lib.file_encoding import (
    MAX_DATA_URI_FILE_SIZE,
    async_encode_file_inputs,
    encode_file_inputs,
)
from replicate.testing import PredictionContext, Server, gradient_png

PNG = gradient_png("input", 8, 8)


def uploads(server: Server) -> List[Any]:
    return [r for r in server.requests if r.method == "POST" and r.path == "/v1/files"]


def uploaded_file(client: Replicate, url: object) -> Any:
    assert isinstance(url, str)
    file_id = url.rsplit("/", 1)[1]
    return client.files.get(file_id=file_id)


def download(server: Server, url: object) -> bytes:
    assert isinstance(url, str)
    with Replicate(base_url=server.url, bearer_token=server.token) as reader:
        return FileOutput(server.file_download_url(url.rsplit("/", 1)[1]), reader).read()


@pytest.fixture
def png_path(tmp_path: pathlib.Path) -> pathlib.Path:
    path = tmp_path / "photo.png"
    path.write_bytes(PNG)
    return path


@pytest.fixture
def echo_model(server: Server) -> str:
    """`test/echo`: returns its `image` input as text, as the model received it."""

    def predict(inputs: Dict[str, Any], ctx: PredictionContext) -> str:
        return str(inputs["image"])

    server.register_model(
        "test/echo",
        predict=predict,
        input_schema={"type": "object", "properties": {"image": {"type": "string", "format": "uri"}}},
        output_schema={"type": "string"},
    )
    return "test/echo"


# ---------------------------------------------------------------------------------------- url


def test_url_strategy_uploads_every_kind_of_file_anywhere(
    client: Replicate, server: Server, png_path: pathlib.Path
) -> None:
    with open(png_path, "rb") as handle:
        encoded = encode_file_inputs(
            {
                "path": png_path,
                "handle": handle,
                "raw": b"raw bytes",
                "buffer": io.BytesIO(b"buffered"),
                "nested": {"list": [bytearray(b"ba"), ("text", memoryview(b"mv"))]},
                "prompt": "a prompt",
                "count": 3,
            },
            client=client,
            strategy="url",
        )
    assert encoded["prompt"] == "a prompt" and encoded["count"] == 3
    nested = encoded["nested"]
    assert isinstance(nested, dict)
    assert nested["list"][1][0] == "text"  # tuples are sent as lists
    urls = {
        "path": encoded["path"],
        "handle": encoded["handle"],
        "raw": encoded["raw"],
        "buffer": encoded["buffer"],
        "bytearray": nested["list"][0],
        "memoryview": nested["list"][1][1],
    }
    assert all(isinstance(url, str) and url.startswith(server.url + "/files/") for url in urls.values())
    assert len(set(urls.values())) == 6 == len(uploads(server))
    photo = uploaded_file(client, urls["path"])
    assert (photo.name, photo.content_type, photo.size) == ("photo.png", "image/png", len(PNG))
    assert uploaded_file(client, urls["handle"]).name == "photo.png"
    raw = uploaded_file(client, urls["raw"])
    assert (raw.name, raw.content_type) == ("file", "application/octet-stream")
    assert download(server, urls["path"]) == PNG
    assert download(server, urls["buffer"]) == b"buffered"
    assert download(server, urls["memoryview"]) == b"mv"


def test_each_distinct_file_is_uploaded_once(
    client: Replicate, server: Server, png_path: pathlib.Path
) -> None:
    data = b"same object"
    encoded = encode_file_inputs(
        {"a": data, "b": [data, data], "p1": png_path, "p2": pathlib.Path(str(png_path))},
        client=client,
        strategy="url",
    )
    assert encoded["b"] == [encoded["a"], encoded["a"]]
    assert encoded["p1"] == encoded["p2"]
    assert len(uploads(server)) == 2


def test_upload_keeps_filename_and_mime_type_in_the_multipart_part(
    client: Replicate, server: Server, tmp_path: pathlib.Path
) -> None:
    path = tmp_path / "clip.wav"
    path.write_bytes(b"RIFF....WAVE")
    encode_file_inputs({"audio": path}, client=client, strategy="url")
    [request] = uploads(server)
    assert b'filename="clip.wav"' in request.body
    assert b"Content-Type: audio/x-wav" in request.body or b"Content-Type: audio/wav" in request.body


class ReadRecorder(io.BytesIO):
    """Records the size of every read, to show an upload is streamed rather than read whole."""

    def __init__(self, data: bytes) -> None:
        super().__init__(data)
        self.reads: List[int] = []

    def read(self, size: Any = -1) -> bytes:
        self.reads.append(-1 if size is None else size)
        return super().read(size)


def test_url_strategy_streams_the_upload(client: Replicate, server: Server) -> None:
    body = os.urandom(3 * 1024 * 1024)
    recorder = ReadRecorder(body)
    encoded = encode_file_inputs({"blob": recorder}, client=client, strategy="url")
    assert recorder.reads and all(0 < size < len(body) for size in recorder.reads)
    assert download(server, encoded["blob"]) == body


async def test_async_url_strategy_uploads_once_per_file(
    async_client: AsyncReplicate, server: Server, png_path: pathlib.Path
) -> None:
    buffer = io.BytesIO(b"async bytes")
    encoded = await async_encode_file_inputs(
        {"image": png_path, "extra": [buffer, buffer], "prompt": str(png_path)},
        client=async_client,
        strategy="url",
    )
    assert encoded["prompt"] == str(png_path)
    extra = encoded["extra"]
    assert isinstance(extra, list) and extra[0] == extra[1]
    assert len(uploads(server)) == 2
    assert download(server, encoded["image"]) == PNG
    assert download(server, extra[0]) == b"async bytes"


# ---------------------------------------------------------------------------------------- base64


def test_base64_strategy_sends_data_uris_without_any_request(
    client: Replicate, server: Server, png_path: pathlib.Path
) -> None:
    before = len(server.requests)
    with open(png_path, "rb") as handle:
        handle.read(3)  # a seekable file is sent whole, whatever its position
        encoded = encode_file_inputs(
            {"image": png_path, "handle": handle, "raw": b"\x00\x01", "deep": [{"x": io.BytesIO(b"hi")}]},
            client=client,
            strategy="base64",
        )
        assert handle.tell() == 3
    expected_png = "data:image/png;base64," + base64.b64encode(PNG).decode()
    assert encoded["image"] == expected_png
    assert encoded["handle"] == expected_png
    assert encoded["raw"] == "data:application/octet-stream;base64,AAE="
    assert encoded["deep"] == [{"x": "data:application/octet-stream;base64,aGk="}]
    assert len(server.requests) == before


async def test_async_base64_strategy(async_client: AsyncReplicate, png_path: pathlib.Path) -> None:
    encoded = await async_encode_file_inputs({"image": png_path}, client=async_client, strategy="base64")
    assert encoded == {"image": "data:image/png;base64," + base64.b64encode(PNG).decode()}


def test_base64_size_limit(client: Replicate, server: Server, tmp_path: pathlib.Path) -> None:
    at_limit = b"a" * MAX_DATA_URI_FILE_SIZE
    assert MAX_DATA_URI_FILE_SIZE == 1024 * 1024
    encoded = encode_file_inputs({"ok": at_limit}, client=client, strategy="base64")
    assert isinstance(encoded["ok"], str) and encoded["ok"].startswith("data:")
    big = tmp_path / "big.bin"
    big.write_bytes(at_limit + b"a")
    for value in (big, at_limit + b"a", io.BytesIO(at_limit + b"a")):
        with pytest.raises(ValueError, match='file_encoding_strategy="url"') as caught:
            encode_file_inputs({"ok": b"small", "file": value}, client=client, strategy="base64")
        assert "input['file']" in str(caught.value)


def test_base64_size_limit_for_streams_of_unknown_size(client: Replicate) -> None:
    read_fd, write_fd = os.pipe()
    with os.fdopen(write_fd, "wb") as writer:
        writer.write(b"p" * 10)
    with os.fdopen(read_fd, "rb") as pipe:
        assert encode_file_inputs({"pipe": pipe}, client=client, strategy="base64") == {
            "pipe": "data:application/octet-stream;base64," + base64.b64encode(b"p" * 10).decode()
        }

    class Unseekable(io.RawIOBase):
        def __init__(self, size: int) -> None:
            self.left = size

        def readable(self) -> bool:
            return True

        def readinto(self, buffer: Any) -> int:
            count = min(len(buffer), self.left, 4096)
            buffer[:count] = b"u" * count
            self.left -= count
            return count

    with pytest.raises(ValueError, match="1 MiB"):
        encode_file_inputs({"s": Unseekable(MAX_DATA_URI_FILE_SIZE + 10)}, client=client, strategy="base64")


# ---------------------------------------------------------------------------------------- bad input


def test_plain_strings_are_never_opened(client: Replicate, server: Server, png_path: pathlib.Path) -> None:
    prompt = str(png_path)
    assert png_path.exists()
    for strategy in ("url", "base64"):
        encoded = encode_file_inputs({"prompt": prompt, "list": [prompt]}, client=client, strategy=strategy)  # type: ignore[arg-type]
        assert encoded == {"prompt": prompt, "list": [prompt]}
    assert uploads(server) == []


def test_text_mode_files_are_refused_before_any_request(
    client: Replicate, server: Server, png_path: pathlib.Path
) -> None:
    with (
        open(png_path, encoding="latin-1") as text,
        pytest.raises(TypeError, match=r"input\['b'\]\[0\].*binary mode"),
    ):
        encode_file_inputs({"a": b"fine", "b": [text]}, client=client, strategy="url")
    with pytest.raises(TypeError, match="text-mode"):
        encode_file_inputs({"a": io.StringIO("x")}, client=client, strategy="base64")
    assert uploads(server) == []


async def test_async_bad_input_is_refused_before_any_request(
    async_client: AsyncReplicate, server: Server, tmp_path: pathlib.Path
) -> None:
    with pytest.raises(FileNotFoundError, match="does not exist"):
        await async_encode_file_inputs(
            {"a": b"fine", "b": tmp_path / "missing.png"}, client=async_client, strategy="url"
        )
    with pytest.raises(FileNotFoundError, match="is a directory"):
        await async_encode_file_inputs({"a": tmp_path}, client=async_client, strategy="url")
    with pytest.raises(TypeError, match="binary mode"):
        await async_encode_file_inputs({"a": io.StringIO("x")}, client=async_client, strategy="url")
    assert uploads(server) == []


def test_unknown_strategy(client: Replicate, server: Server) -> None:
    with pytest.raises(ValueError, match="Unknown file_encoding_strategy 'ftp'"):
        encode_file_inputs({"a": b"x"}, client=client, strategy="ftp")  # type: ignore[arg-type]
    assert uploads(server) == []


def test_file_outputs_are_sent_as_their_url(client: Replicate) -> None:
    previous = FileOutput("https://replicate.delivery/abc/out.png", client)
    assert encode_file_inputs({"image": previous}, client=client, strategy="base64") == {
        "image": "https://replicate.delivery/abc/out.png"
    }


# ---------------------------------------------------------------------------------------- reference examples


def test_reference_input_files_examples(
    client: Replicate, server: Server, echo_model: str, png_path: pathlib.Path, monkeypatch: Any
) -> None:
    monkeypatch.chdir(png_path.parent)
    os.rename("photo.png", "input.jpg")
    # File object
    with open("input.jpg", "rb") as f:
        output = client.run(echo_model, input={"image": f})
    assert isinstance(output, str) and output.startswith(server.url + "/files/")
    assert download(server, output) == PNG
    assert uploaded_file(client, output).content_type == "image/jpeg"

    # A string path is sent as the string: this SDK never opens str values (see file_encoding.py).
    output = client.run(echo_model, input={"image": "input.jpg"})
    assert output == "input.jpg"
    # Pass a Path to send the file instead.
    output = client.run(echo_model, input={"image": pathlib.Path("input.jpg")})
    assert isinstance(output, str) and download(server, output) == PNG

    # URL
    output = client.run(echo_model, input={"image": "https://example.com/image.jpg"})
    assert output == "https://example.com/image.jpg"

    # Base64 data URI
    output = client.run(echo_model, input={"image": "data:image/jpeg;base64,/9j/"}, use_file_output=False)
    assert output == "data:image/jpeg;base64,/9j/"

    # Control encoding strategy
    file_obj = io.BytesIO(b"inline")
    before = len(uploads(server))
    output = client.run(
        echo_model,
        input={"image": file_obj},
        file_encoding_strategy="base64",
        use_file_output=False,
    )
    assert output == "data:application/octet-stream;base64," + base64.b64encode(b"inline").decode()
    assert len(uploads(server)) == before


def test_reference_files_create_example(client: Replicate, server: Server, png_path: pathlib.Path) -> None:
    with open(png_path, "rb") as f:
        file_response = client.files.create(file=f)
        file_url = file_response.urls.get
    assert file_url is not None and download(server, file_url) == PNG


def test_http_reference_files_create_example(client: Replicate) -> None:
    file = client.files.create(content=b"raw file contents")
    print(file.id)
    assert client.files.get(file_id=file.id).size == len(b"raw file contents")


async def test_reference_async_run_with_a_file(
    async_client: AsyncReplicate, server: Server, echo_model: str, png_path: pathlib.Path
) -> None:
    with open(png_path, "rb") as f:
        output = await async_client.run(echo_model, input={"image": f})
    assert isinstance(output, str) and download(server, output) == PNG
