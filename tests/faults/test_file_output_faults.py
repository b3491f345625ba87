"""File outputs: the token goes only to the API's origin (also across redirects), and a download
that breaks mid-way raises the SDK's typed error."""

from __future__ import annotations

import asyncio

import pytest

from replicate import APIConnectionError, AsyncReplicate, Replicate
from replicate.lib.file_output import AsyncFileOutput, FileOutput

from .conftest import TOKEN
from .faultserver import Conn, FaultServer, Recorded, respond

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 1000


def test_file_on_another_origin_is_fetched_without_the_token(fault: FaultServer) -> None:
    with FaultServer() as storage:
        storage.script("GET /out/a.png", respond(200, body=PNG, content_type="image/png"))
        with Replicate(base_url=fault.url, bearer_token=TOKEN) as client:
            assert FileOutput(storage.origin + "/out/a.png", client).read() == PNG
        (received,) = storage.received()
        assert "authorization" not in received.headers


def test_file_on_the_api_origin_redirecting_elsewhere_loses_the_token_at_the_redirect(
    fault: FaultServer,
) -> None:
    with FaultServer() as storage:
        storage.script("GET /signed/a.png", respond(200, body=PNG, content_type="image/png"))
        fault.script(
            "GET /v1/files/f1/download", respond(302, headers={"Location": storage.origin + "/signed/a.png"})
        )
        with Replicate(base_url=fault.url, bearer_token=TOKEN) as client:
            assert FileOutput(fault.url + "/files/f1/download", client).read() == PNG
        assert fault.received()[0].headers["authorization"] == f"Bearer {TOKEN}"
        assert "authorization" not in storage.received()[0].headers


def test_async_file_on_another_origin_is_fetched_without_the_token(fault: FaultServer) -> None:
    with FaultServer() as storage:
        storage.script("GET /out/a.png", respond(200, body=PNG, content_type="image/png"))

        async def main() -> bytes:
            async with AsyncReplicate(base_url=fault.url, bearer_token=TOKEN) as client:
                return await AsyncFileOutput(storage.origin + "/out/a.png", client).read()

        assert asyncio.run(main()) == PNG
        assert "authorization" not in storage.received()[0].headers


def _cut_download(request: Recorded, conn: Conn) -> None:
    conn.send(b"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: %d\r\n\r\n" % len(PNG))
    conn.send(PNG[:100])
    conn.close()


def test_download_cut_mid_body_is_a_typed_error(fault: FaultServer) -> None:
    fault.script("GET /out/a.png", _cut_download)
    with Replicate(base_url=fault.url, bearer_token=TOKEN) as client, pytest.raises(APIConnectionError):
        FileOutput(fault.origin + "/out/a.png", client).read()


def test_binary_download_cut_mid_body_is_a_typed_error(fault: FaultServer) -> None:
    """``files.download`` returns a ``BinaryResponse`` read later: a drop then is still typed."""
    fault.script("GET /v1/files/f1/download", _cut_download)
    with Replicate(base_url=fault.url, bearer_token=TOKEN) as client:
        download = client.files.download(file_id="f1", owner="acme", expiry=1, signature="s")
        with pytest.raises(APIConnectionError):
            download.read()
        assert download.response.is_closed
