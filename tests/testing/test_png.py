from __future__ import annotations

import base64
import struct
import zlib
from typing import List, Tuple

import httpx

from replicate.testing import gradient_png

from .conftest import SpecCheckedClient


def chunks(png: bytes) -> List[Tuple[bytes, bytes]]:
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    found, offset = [], 8
    while offset < len(png):
        (length,) = struct.unpack(">I", png[offset : offset + 4])
        kind, data = png[offset + 4 : offset + 8], png[offset + 8 : offset + 8 + length]
        (crc,) = struct.unpack(">I", png[offset + 8 + length : offset + 12 + length])
        assert crc == zlib.crc32(kind + data) & 0xFFFFFFFF, kind
        found.append((kind, data))
        offset += 12 + length
    return found


def assert_valid_png(png: bytes, width: int, height: int) -> None:
    parsed = chunks(png)
    assert [kind for kind, _ in parsed] == [b"IHDR", b"IDAT", b"IEND"]
    assert struct.unpack(">IIBBBBB", parsed[0][1]) == (width, height, 8, 2, 0, 0, 0)
    assert len(zlib.decompress(parsed[1][1])) == height * (1 + 3 * width)


def test_png_maker_serves_a_valid_png(client: SpecCheckedClient) -> None:
    prediction = client.post(
        "/predictions",
        json={"version": "replicate/png-maker", "input": {"prompt": "a red fox", "width": 12, "height": 7}},
        headers={"Prefer": "wait"},
    ).json()
    assert prediction["status"] == "succeeded"
    [url] = prediction["output"]
    response = httpx.get(url)
    assert response.status_code == 200
    assert response.headers["content-type"] == "image/png"
    assert_valid_png(response.content, 12, 7)
    assert response.content == gradient_png("a red fox", 12, 7)


def test_png_maker_returns_a_data_uri_when_asked(client: SpecCheckedClient) -> None:
    prediction = client.post(
        "/predictions",
        json={"version": "replicate/png-maker", "input": {"prompt": "blue", "return_data_uri": True}},
        headers={"Prefer": "wait"},
    ).json()
    [uri] = prediction["output"]
    header, _, encoded = uri.partition(",")
    assert header == "data:image/png;base64"
    assert_valid_png(base64.b64decode(encoded), 64, 64)


def test_colours_derive_from_the_prompt() -> None:
    assert gradient_png("cat", 4, 4) != gradient_png("dog", 4, 4)
    assert gradient_png("cat", 4, 4) == gradient_png("cat", 4, 4)
