from __future__ import annotations

import io
import json
from email import message_from_bytes
from email.message import Message
from pathlib import Path
from typing import Dict, List

import httpx
import respx

from replicate._files import PathFile, build_multipart
from replicate._operation import Operation

from .conftest import Harness

UPLOAD: Operation[object] = Operation("post", "/files", object, body="multipart")


def _parts(request: httpx.Request) -> Dict[str, Message]:
    content_type = request.headers["Content-Type"]
    assert content_type.startswith("multipart/form-data; boundary=")
    message = message_from_bytes(b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + request.read())
    payload: List[Message] = message.get_payload()  # type: ignore[assignment]
    return {str(part.get_param("name", header="content-disposition")): part for part in payload}


def test_multipart_parts(harness: Harness, api: respx.MockRouter, tmp_path: Path) -> None:
    path = tmp_path / "photo.png"
    path.write_bytes(b"\x89PNG data")
    route = api.post("/files").mock(return_value=httpx.Response(201, json={"id": "f"}))
    harness.request(
        harness.client(),
        UPLOAD,
        body={
            "content": path,
            "other": ("notes.txt", b"some text"),
            "typed": ("blob", io.BytesIO(b"xyz"), "application/x-custom"),
            "metadata": {"owner": "me", "tags": ["a"]},
            "filename": "photo.png",
            "public": False,
        },
    )
    parts = _parts(route.calls.last.request)
    content = parts["content"]
    assert content.get_filename() == "photo.png"
    assert content.get_content_type() == "image/png"
    assert content.get_payload(decode=True) == b"\x89PNG data"
    assert parts["other"].get_filename() == "notes.txt"
    assert parts["other"].get_content_type() == "text/plain"
    assert parts["typed"].get_content_type() == "application/x-custom"
    assert parts["typed"].get_payload(decode=True) == b"xyz"
    metadata = parts["metadata"]
    assert metadata.get_content_type() == "application/json"
    assert metadata.get_filename() is None
    assert json.loads(metadata.get_payload(decode=True)) == {"owner": "me", "tags": ["a"]}  # type: ignore[arg-type]
    assert parts["filename"].get_payload() == "photo.png"
    assert parts["public"].get_payload() == "false"


def test_open_file_uses_its_own_name(tmp_path: Path) -> None:
    path = tmp_path / "clip.mp3"
    path.write_bytes(b"ID3")
    with path.open("rb") as handle:
        _, files = build_multipart({"content": handle})
        name, (filename, body, content_type) = files[0]
        assert (name, filename, content_type) == ("content", "clip.mp3", "audio/mpeg")
        assert body is handle


def test_bytes_without_a_name_fall_back_to_the_field_name() -> None:
    data, files = build_multipart({"content": b"raw", "skip": None})
    assert data == {}
    assert files == [("content", ("content", b"raw", "application/octet-stream"))]


def test_path_file_streams_and_closes_at_end_of_file(tmp_path: Path) -> None:
    path = tmp_path / "big.bin"
    path.write_bytes(b"a" * 100_000)
    lazy = PathFile(path)
    assert lazy._handle is None
    assert lazy.seek(0, io.SEEK_END) == 100_000
    first = lazy.read(65536)
    assert len(first) == 65536
    assert lazy._handle is not None
    assert len(lazy.read(65536)) == 100_000 - 65536
    assert lazy.read(65536) == b""
    assert lazy._handle is None
    lazy.seek(0)
    assert lazy.read(3) == b"aaa"
    lazy.close()
