"""Keywords that config.yaml lets callers spell two ways (the typed SDK reference's `model=` and `file=`)."""

from __future__ import annotations

import json

import httpx
import pytest
import respx

from replicate import AsyncReplicate, Replicate

BASE_URL = "http://api.test/v1"
PREDICTION = {"id": "p1", "status": "starting", "model": "a/b", "version": "v", "input": {}, "urls": {}}


@pytest.fixture
def client() -> Replicate:
    return Replicate(base_url=BASE_URL, bearer_token="r8_test", max_retries=0)


@respx.mock
def test_model_keyword_is_sent_as_the_version_field(client: Replicate) -> None:
    route = respx.post(f"{BASE_URL}/predictions").mock(return_value=httpx.Response(201, json=PREDICTION))
    prediction = client.predictions.create(model="owner/name:abc123", input={"prompt": "hi"})
    assert prediction.id == "p1"
    assert json.loads(route.calls.last.request.content) == {
        "version": "owner/name:abc123",
        "input": {"prompt": "hi"},
    }


@respx.mock
def test_both_spellings_or_neither_raise_before_any_request(client: Replicate) -> None:
    route = respx.post(f"{BASE_URL}/predictions").mock(return_value=httpx.Response(201, json=PREDICTION))
    with pytest.raises(TypeError, match="'version' or 'model', not both"):
        client.predictions.create(version="v1", model="a/b", input={})
    with pytest.raises(TypeError, match="missing a required keyword argument: 'version'"):
        client.predictions.create(input={})
    assert not route.called


@respx.mock
async def test_file_keyword_uploads_the_content_part() -> None:
    route = respx.post(f"{BASE_URL}/files").mock(
        return_value=httpx.Response(201, json={"id": "f1", "urls": {"get": f"{BASE_URL}/files/f1"}})
    )
    async with AsyncReplicate(base_url=BASE_URL, bearer_token="r8_test") as client:
        created = await client.files.create(file=b"raw file contents", filename="notes.txt")
    assert created.id == "f1"
    body = route.calls.last.request.content
    assert b'name="content"; filename=' in body
    assert b"raw file contents" in body
    assert b'name="filename"\r\n\r\nnotes.txt' in body


@respx.mock
def test_an_explicit_none_in_a_body_is_sent_as_null(client: Replicate) -> None:
    route = respx.patch(f"{BASE_URL}/models/acme/llm").mock(
        return_value=httpx.Response(200, json={"owner": "acme", "name": "llm"})
    )
    client.models.update(model_owner="acme", model_name="llm", description=None)  # type: ignore[arg-type]
    assert json.loads(route.calls.last.request.content) == {"description": None}
