from __future__ import annotations

from pathlib import Path
from typing import Any, Iterator, List, Optional

import httpx
import pytest
import respx

from replicate._models import BaseModel
from replicate._operation import Operation, PageShape
from replicate._response import (
    APIResponse,
    AsyncAPIResponse,
    AsyncBinaryResponse,
    BinaryResponse,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from replicate.pagination import AsyncCursorURLPage, SyncCursorURLPage

from .conftest import AsyncClient, AsyncThings, Client, Harness, Things


class Thing(BaseModel):
    id: str
    status: Optional[str] = None


GET: Operation[Thing] = Operation("get", "/things/{id}", Thing)
LIST: Operation[Thing] = Operation(
    "get", "/things", Thing, page=PageShape(items="results", next="next", previous="previous")
)
DOWNLOAD: Operation[BinaryResponse] = Operation(
    "get", "/files/{id}/download", BinaryResponse, response="binary"
)


class CountingStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body that records whether anyone read it."""

    def __init__(self, chunks: List[bytes]) -> None:
        self.chunks = chunks
        self.read = False
        self.closed = False

    def __iter__(self) -> Iterator[bytes]:
        self.read = True
        yield from self.chunks

    async def __aiter__(self) -> Any:
        self.read = True
        for chunk in self.chunks:
            yield chunk

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True


class ThingResource(Things):
    def get(self, *, id: str) -> Thing:
        return self._request(GET, path={"id": id})


class AsyncThingResource(AsyncThings):
    async def get(self, *, id: str) -> Thing:
        return await self._request(GET, path={"id": id})


def test_raw_response_exposes_status_headers_and_parse(harness: Harness, api: respx.MockRouter) -> None:
    api.get("/things/a").mock(
        side_effect=[
            httpx.Response(500),
            httpx.Response(200, json={"id": "a", "status": "ok"}, headers={"X-Thing": "1"}),
        ]
    )
    raw = harness.request(harness.client(), GET, mode="raw", path={"id": "a"})
    assert isinstance(raw, (APIResponse, AsyncAPIResponse))
    assert raw.status_code == 200
    assert raw.headers["X-Thing"] == "1"
    assert raw.retries_taken == 1
    assert raw.http_request.method == "GET"
    assert raw.url == httpx.URL("https://api.example.test/v1/things/a")
    assert raw.is_closed
    parsed = harness.run(raw.parse())
    assert isinstance(parsed, Thing)
    assert parsed.status == "ok"
    assert harness.run(raw.parse()) is parsed
    assert harness.run(raw.json()) == {"id": "a", "status": "ok"}
    assert raw.elapsed.total_seconds() >= 0


def test_raw_page_parses_into_a_page(harness: Harness, api: respx.MockRouter) -> None:
    api.get("/things").mock(return_value=httpx.Response(200, json={"results": [{"id": "a"}], "next": None}))
    raw = harness.request(harness.client(), LIST, mode="raw")
    page = harness.run(raw.parse())
    assert isinstance(page, (SyncCursorURLPage, AsyncCursorURLPage))
    assert [thing.id for thing in page.results] == ["a"]


def test_streaming_response_body_is_not_read_until_asked(api: respx.MockRouter) -> None:
    body = CountingStream([b'{"id": ', b'"a"}'])
    api.get("/things/a").mock(return_value=httpx.Response(200, stream=body))
    resource = ThingResource(Client(bearer_token="t", base_url="https://api.example.test/v1"))
    with to_streamed_response_wrapper(resource._with_mode("stream").get)(id="a") as response:
        assert isinstance(response, APIResponse)
        assert body.read is False
        assert response.is_closed is False
        assert response.parse().id == "a"
        assert body.read is True
    assert response.is_closed


def test_streaming_response_is_closed_after_the_block_even_unread(api: respx.MockRouter) -> None:
    body = CountingStream([b'{"id": "a"}'])
    route = api.get("/things/a").mock(return_value=httpx.Response(200, stream=body))
    resource = ThingResource(Client(bearer_token="t", base_url="https://api.example.test/v1"))
    manager = to_streamed_response_wrapper(resource._with_mode("stream").get)(id="a")
    assert route.call_count == 0  # sent lazily, on enter
    with manager as response:
        chunks = list(response.iter_bytes())
    assert b"".join(chunks) == b'{"id": "a"}'
    assert response.is_closed
    assert body.closed


async def test_async_streaming_response(api: respx.MockRouter) -> None:
    body = CountingStream([b"line one\n", b"line two\n"])
    route = api.get("/things/a").mock(return_value=httpx.Response(200, stream=body))
    resource = AsyncThingResource(AsyncClient(bearer_token="t", base_url="https://api.example.test/v1"))
    manager = async_to_streamed_response_wrapper(resource._with_mode("stream").get)(id="a")
    assert route.call_count == 0
    async with manager as response:
        assert isinstance(response, AsyncAPIResponse)
        assert body.read is False
        lines = [line async for line in response.iter_lines()]
    assert lines == ["line one", "line two"]
    assert response.is_closed


async def test_async_raw_wrapper(api: respx.MockRouter) -> None:
    api.get("/things/a").mock(return_value=httpx.Response(200, json={"id": "a"}))
    resource = AsyncThingResource(AsyncClient(bearer_token="t", base_url="https://api.example.test/v1"))
    response = await async_to_raw_response_wrapper(resource._with_mode("raw").get)(id="a")
    assert response.status_code == 200
    assert (await response.parse()).id == "a"


def test_sync_raw_wrapper_keeps_the_signature_name(api: respx.MockRouter) -> None:
    api.get("/things/a").mock(return_value=httpx.Response(200, json={"id": "a"}))
    resource = ThingResource(Client(bearer_token="t", base_url="https://api.example.test/v1"))
    wrapped = to_raw_response_wrapper(resource._with_mode("raw").get)
    assert wrapped.__name__ == "get"
    assert wrapped(id="a").parse().id == "a"
    assert resource._mode == "parsed"


def test_binary_response_is_streamed_in_parsed_mode(tmp_path: Path, api: respx.MockRouter) -> None:
    body = CountingStream([b"\x89PNG", b"\r\n\x1a\n", b"rest"])
    api.get("/files/f/download").mock(
        return_value=httpx.Response(200, stream=body, headers={"content-type": "image/png"})
    )
    client = Client(bearer_token="t", base_url="https://api.example.test/v1")
    binary = Things(client)._request(DOWNLOAD, path={"id": "f"})
    assert isinstance(binary, BinaryResponse)
    assert body.read is False
    target = tmp_path / "out.png"
    binary.write_to_file(target)
    assert target.read_bytes() == b"\x89PNG\r\n\x1a\nrest"
    assert binary.response.is_closed


def test_binary_response_read_content_text(api: respx.MockRouter) -> None:
    api.get("/files/f/download").mock(return_value=httpx.Response(200, content=b"hello"))
    client = Client(bearer_token="t", base_url="https://api.example.test/v1")
    binary = Things(client)._request(DOWNLOAD, path={"id": "f"})
    assert binary.read() == b"hello"
    assert binary.content == b"hello"
    assert binary.text() == "hello"
    binary.close()


async def test_async_binary_response(tmp_path: Path, api: respx.MockRouter) -> None:
    body = CountingStream([b"ab", b"cd"])
    api.get("/files/f/download").mock(return_value=httpx.Response(200, stream=body))
    client = AsyncClient(bearer_token="t", base_url="https://api.example.test/v1")
    binary = await AsyncThings(client)._request(DOWNLOAD, path={"id": "f"})
    assert isinstance(binary, AsyncBinaryResponse)
    assert body.read is False
    await binary.write_to_file(tmp_path / "x.bin")
    assert (tmp_path / "x.bin").read_bytes() == b"abcd"


def test_typed_response_parsing(harness: Harness, api: respx.MockRouter) -> None:
    api.get("/things/a").mock(
        return_value=httpx.Response(200, json={"id": "a", "status": "ok", "new_field": [1]})
    )
    thing = harness.request(harness.client(), GET, path={"id": "a"})
    assert isinstance(thing, Thing)
    assert thing.new_field == [1]


def test_invalid_json_raises_validation_error(harness: Harness, api: respx.MockRouter) -> None:
    from replicate._exceptions import APIResponseValidationError

    api.get("/things/a").mock(
        return_value=httpx.Response(200, text="{not json", headers={"content-type": "application/json"})
    )
    with pytest.raises(APIResponseValidationError):
        harness.request(harness.client(), GET, path={"id": "a"})
