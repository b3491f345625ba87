from __future__ import annotations

import hashlib
import json
import time
from urllib.parse import parse_qs, urlencode, urlparse

import httpx

from replicate.testing import Server

from .conftest import SpecCheckedClient

BINARY = bytes(range(256)) * 4 + b"\r\n--not-a-boundary\r\n\n\r\x00"


def upload(client: httpx.Client, content: bytes = BINARY, **fields: str) -> httpx.Response:
    data = {"metadata": json.dumps({"customer_reference_id": 123}), **fields}
    return client.post("/files", files={"content": ("example.bin", content, "application/zip")}, data=data)


def test_upload_then_get_list_download_delete(server: Server, client: SpecCheckedClient) -> None:
    response = upload(client)
    assert response.status_code == 201
    created = response.json()
    assert created["name"] == "example.bin"
    assert created["content_type"] == "application/zip"
    assert created["size"] == len(BINARY)
    assert created["checksums"] == {
        "sha256": hashlib.sha256(BINARY).hexdigest(),
        "md5": hashlib.md5(BINARY).hexdigest(),
    }
    assert created["metadata"] == {"customer_reference_id": 123}
    assert created["urls"]["get"] == f"{server.url}/files/{created['id']}"
    assert created["expires_at"] > created["created_at"]

    assert client.get(f"/files/{created['id']}").json() == created
    assert [item["id"] for item in client.get("/files").json()["results"]] == [created["id"]]

    download = httpx.get(server.file_download_url(created["id"]))  # no token: the signature is the credential
    assert download.status_code == 200
    assert download.content == BINARY

    assert client.delete(f"/files/{created['id']}").status_code == 204
    assert client.get(f"/files/{created['id']}").status_code == 404
    assert client.delete(f"/files/{created['id']}").status_code == 404


def test_form_fields_override_filename_and_type(client: SpecCheckedClient) -> None:
    created = upload(client, b"hello", filename="notes.txt", type="text/plain").json()
    assert (created["name"], created["content_type"]) == ("notes.txt", "text/plain")


def test_download_rejects_bad_and_expired_signatures(server: Server, client: SpecCheckedClient) -> None:
    file_id = upload(client).json()["id"]
    url = urlparse(server.file_download_url(file_id))
    params = {key: values[0] for key, values in parse_qs(url.query).items()}
    base = f"{server.url}/files/{file_id}/download"

    tampered = dict(params, owner="someone-else")
    assert httpx.get(f"{base}?{urlencode(tampered)}").status_code == 403
    forged = dict(params, signature="AAAA")
    assert httpx.get(f"{base}?{urlencode(forged)}").status_code == 403
    expired = urlparse(server.file_download_url(file_id, expires_in=-10))
    response = httpx.get(f"{base}?{expired.query}")
    assert response.status_code == 403
    assert response.json()["status"] == 403
    assert httpx.get(base).status_code == 400


def test_upload_validation(client: SpecCheckedClient) -> None:
    assert client.post("/files", files={"other": ("x", b"x")}).status_code == 422
    bad_metadata = client.post("/files", files={"content": ("x", b"x")}, data={"metadata": "{nope"})
    assert bad_metadata.status_code == 422
    assert client.post("/files", json={"content": "x"}).status_code == 400


def test_files_paginate_newest_first(client: SpecCheckedClient) -> None:
    ids = [upload(client, str(n).encode()).json()["id"] for n in range(5)]
    first = client.get("/files").json()
    second = client.get(first["next"]).json()
    assert [item["id"] for item in first["results"] + second["results"]] == ids[::-1]
    assert second["next"] is None


def test_expiry_is_in_the_future(server: Server, client: SpecCheckedClient) -> None:
    file_id = upload(client).json()["id"]
    query = parse_qs(urlparse(server.file_download_url(file_id, expires_in=60)).query)
    assert int(query["expiry"][0]) > time.time()
