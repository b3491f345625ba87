"""FileOutput / AsyncFileOutput against the testing server and a second loopback "CDN" origin."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Dict, Iterator, List, Mapping, Optional, Tuple

import pytest

from replicate import (
    APIConnectionError,
    AsyncReplicate,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    Replicate,
)
from replicate.helpers import AsyncFileOutput, FileOutput
from replicate.lib.file_output import wrap_async_file_outputs, wrap_file_outputs
from replicate.testing import Server, gradient_png

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


# ---------------------------------------------------------------------------------------- a CDN


@dataclass
class Route:
    status: int = 200
    body: bytes = b""
    content_type: str = "application/octet-stream"
    failures: List[int] = field(default_factory=lambda: [])  # statuses to answer first, one per request
    truncate: bool = False  # announce the full length, send half, then close the connection


class Cdn:
    """A loopback origin other than the API's, serving fixed routes and recording request headers."""

    def __init__(self) -> None:
        self.routes: Dict[str, Route] = {}
        self.requests: List[Tuple[str, Dict[str, str]]] = []
        cdn = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                cdn.requests.append((self.path, {k.lower(): v for k, v in self.headers.items()}))
                route = cdn.routes.get(self.path, Route(status=404, body=b"no such file"))
                status = route.failures.pop(0) if route.failures else route.status
                body = route.body if status == 200 else b'{"detail": "nope"}'
                self.send_response(status)
                self.send_header("Content-Type", route.content_type if status == 200 else "application/json")
                self.send_header("Content-Length", str(len(body)))
                if status >= 500:
                    self.send_header("Retry-After-Ms", "10")
                self.end_headers()
                if route.truncate and status == 200:
                    self.wfile.write(body[: len(body) // 2])
                    self.wfile.flush()
                    self.close_connection = True
                    return
                self.wfile.write(body)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._http = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._http.daemon_threads = True
        self._thread = threading.Thread(target=self._http.serve_forever, args=(0.02,), daemon=True)

    @property
    def origin(self) -> str:
        host, port = self._http.server_address[:2]
        return f"http://{host!s}:{port}"

    def add(self, path: str, route: Route) -> str:
        self.routes[path] = route
        return self.origin + path

    def __enter__(self) -> Cdn:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._http.shutdown()
        self._http.server_close()
        self._thread.join()


@pytest.fixture
def cdn() -> Iterator[Cdn]:
    with Cdn() as running:
        yield running


# ---------------------------------------------------------------------------------------- helpers


def png_output(client: Replicate, server: Server, **inputs: Any) -> Tuple[object, Mapping[str, Any]]:
    """A finished replicate/png-maker prediction's output and its version's openapi_schema."""
    prediction = client.models.predictions.create(
        model_owner="replicate", model_name="png-maker", input={"prompt": "sunset", **inputs}
    )
    output = server.wait_for_prediction(prediction.id)["output"]
    finished = client.predictions.get(prediction_id=prediction.id)
    version = client.models.versions.get(
        model_owner="replicate", model_name="png-maker", version_id=finished.version
    )
    assert finished.output == output
    assert version.openapi_schema is not None
    return output, version.openapi_schema


def schema_with_output(output: Mapping[str, Any], **schemas: Any) -> Dict[str, Any]:
    return {"components": {"schemas": {"Output": dict(output), **schemas}}}


URI = {"type": "string", "format": "uri"}
DATA_URI = "data:text/plain;base64,aGVsbG8="


# ---------------------------------------------------------------------------------------- wrapping


def test_png_maker_output_is_wrapped_and_read_with_the_token_on_the_api_origin(
    client: Replicate, server: Server
) -> None:
    output, schema = png_output(client, server, width=16, height=8)
    wrapped = wrap_file_outputs(output, openapi_schema=schema, client=client)
    assert isinstance(wrapped, list)
    [image] = wrapped
    assert isinstance(image, FileOutput)
    assert image.url == output[0]  # type: ignore[index]
    assert str(image) == image.url
    assert repr(image) == f"FileOutput({image.url!r})"
    content = image.read()
    assert content == gradient_png("sunset", 16, 8)
    assert content.startswith(PNG_SIGNATURE)
    [download] = [r for r in server.requests if r.path.startswith("/delivery/")]
    assert download.headers["authorization"] == f"Bearer {server.token}"


def test_data_uri_output_is_decoded_locally(client: Replicate, server: Server) -> None:
    output, schema = png_output(client, server, return_data_uri=True)
    [image] = wrap_file_outputs(output, openapi_schema=schema, client=client)  # type: ignore[misc]
    assert isinstance(image, FileOutput)
    assert image.url.startswith("data:image/png;base64,")
    before = len(server.requests)
    assert image.read() == gradient_png("sunset", 64, 64)
    assert b"".join(image) == image.read()
    assert len(server.requests) == before
    assert repr(image).startswith("FileOutput('data:image/png;base64,") and "characters)" in repr(image)


def test_schema_decides_what_is_a_file(client: Replicate) -> None:
    schema = schema_with_output(
        {
            "type": "object",
            "properties": {
                "image": {"$ref": "#/components/schemas/Image"},
                "caption": {"type": "string"},
                "masks": {"type": "array", "items": URI},
                "maybe": {"anyOf": [{"type": "null"}, URI]},
            },
            "additionalProperties": False,
        },
        Image=URI,
    )
    output = {
        "image": "https://cdn.example/a.png",
        "caption": "https://example.com is where this came from",
        "masks": ["https://cdn.example/m0.png", "https://cdn.example/m1.png"],
        "maybe": "https://cdn.example/b.png",
        "unknown": "https://cdn.example/c.png",
        "inline": DATA_URI,
    }
    wrapped = wrap_file_outputs(output, openapi_schema=schema, client=client)
    assert isinstance(wrapped, dict)
    assert isinstance(wrapped["image"], FileOutput)
    assert wrapped["caption"] == output["caption"]
    assert [str(m) for m in wrapped["masks"]] == output["masks"]
    assert all(isinstance(m, FileOutput) for m in wrapped["masks"])
    assert isinstance(wrapped["maybe"], FileOutput)
    assert wrapped["unknown"] == "https://cdn.example/c.png"  # the schema does not say it is a file
    assert isinstance(wrapped["inline"], FileOutput)  # data: URIs are files wherever they are


def test_text_tokens_that_look_like_urls_stay_strings_with_a_schema(client: Replicate) -> None:
    schema = schema_with_output(
        {"type": "array", "items": {"type": "string"}, "x-cog-array-type": "iterator"}
    )
    tokens = ["See", " https:", "//example.com/x.png", " https://example.com/y.png"]
    assert wrap_file_outputs(tokens, openapi_schema=schema, client=client) == tokens
    assert (
        wrap_file_outputs(
            "https://a.example/x", openapi_schema=schema_with_output({"type": "string"}), client=client
        )
        == "https://a.example/x"
    )


def test_without_a_schema_only_whole_urls_and_data_uris_are_files(client: Replicate) -> None:
    output = [
        "https://cdn.example/out.png",
        "http://cdn.example/out.wav?sig=1",
        DATA_URI,
        "https:",
        "see https://cdn.example/out.png",
        "https://cdn.example/a b.png",
        "ftp://cdn.example/x",
        {"nested": ["https://cdn.example/n.png"]},
        42,
        None,
    ]
    wrapped = wrap_file_outputs(output, openapi_schema=None, client=client)
    assert isinstance(wrapped, list)
    kinds = [type(item).__name__ for item in wrapped]
    assert kinds[:7] == ["FileOutput", "FileOutput", "FileOutput", "str", "str", "str", "str"]
    assert isinstance(wrapped[7]["nested"][0], FileOutput)
    assert wrapped[8:] == [42, None]
    # A document without an Output schema counts as unknown.
    assert isinstance(wrap_file_outputs("https://x.example/a", openapi_schema={}, client=client), FileOutput)


async def test_async_wrapping_gives_async_file_outputs(async_client: AsyncReplicate) -> None:
    schema = schema_with_output({"type": "array", "items": URI})
    wrapped = wrap_async_file_outputs([DATA_URI], openapi_schema=schema, client=async_client)
    assert isinstance(wrapped, list)
    [item] = wrapped
    assert isinstance(item, AsyncFileOutput)
    assert str(item) == DATA_URI
    assert repr(item) == f"AsyncFileOutput({DATA_URI!r})"
    assert await item.read() == b"hello"
    assert [chunk async for chunk in item] == [b"hello"]


# ---------------------------------------------------------------------------------------- reading


def test_token_is_never_sent_to_another_origin(client: Replicate, cdn: Cdn) -> None:
    url = cdn.add("/files/out.bin", Route(body=b"cdn bytes"))
    file_output = FileOutput(url, client)
    assert file_output.read() == b"cdn bytes"
    [(path, headers)] = cdn.requests
    assert path == "/files/out.bin"
    assert "authorization" not in headers
    assert not any(name.startswith("x-replicate") for name in headers)
    assert headers["user-agent"].startswith("replicate-python/")


async def test_async_token_is_never_sent_to_another_origin(async_client: AsyncReplicate, cdn: Cdn) -> None:
    url = cdn.add("/files/out.bin", Route(body=b"cdn bytes"))
    assert await AsyncFileOutput(url, async_client).read() == b"cdn bytes"
    [(_, headers)] = cdn.requests
    assert "authorization" not in headers


def test_same_host_other_port_is_another_origin(server: Server, cdn: Cdn) -> None:
    # The CDN is also on 127.0.0.1: only the port differs from the API's base URL.
    with Replicate(base_url=server.url, bearer_token=server.token) as client:
        url = cdn.add("/x", Route(body=b"x"))
        assert FileOutput(url, client).read() == b"x"
    assert "authorization" not in cdn.requests[0][1]


def test_iteration_streams_in_chunks(client: Replicate, cdn: Cdn) -> None:
    body = bytes(range(256)) * 4096  # 1 MiB
    url = cdn.add("/big.bin", Route(body=body))
    chunks = list(FileOutput(url, client))
    assert len(chunks) > 1
    assert b"".join(chunks) == body
    # The SDK reference's example: save to disk chunk by chunk.
    output = FileOutput(url, client)
    received = bytearray()
    for chunk in output:
        received.extend(chunk)
    assert bytes(received) == body


async def test_async_iteration_streams_in_chunks(async_client: AsyncReplicate, cdn: Cdn) -> None:
    body = b"z" * (512 * 1024)
    url = cdn.add("/big.bin", Route(body=body))
    chunks = [chunk async for chunk in AsyncFileOutput(url, async_client)]
    assert len(chunks) > 1
    assert b"".join(chunks) == body


def test_transient_failures_are_retried(client: Replicate, cdn: Cdn) -> None:
    url = cdn.add("/flaky.png", Route(body=b"finally", failures=[503, 502]))
    assert FileOutput(url, client).read() == b"finally"
    assert len(cdn.requests) == 3


async def test_async_transient_failures_are_retried(async_client: AsyncReplicate, cdn: Cdn) -> None:
    url = cdn.add("/flaky.png", Route(body=b"finally", failures=[500]))
    assert await AsyncFileOutput(url, async_client).read() == b"finally"
    assert len(cdn.requests) == 2


def test_retries_give_up_with_a_typed_error(client: Replicate, cdn: Cdn) -> None:
    url = cdn.add("/down.png", Route(status=503))
    with pytest.raises(InternalServerError) as caught:
        FileOutput(url, client.with_options(max_retries=1)).read()
    assert caught.value.status_code == 503
    assert len(cdn.requests) == 2


def test_missing_file_raises_not_found(client: Replicate, cdn: Cdn) -> None:
    with pytest.raises(NotFoundError):
        FileOutput(cdn.origin + "/missing.png", client).read()
    assert len(cdn.requests) == 1  # 404 is not retried


async def test_async_missing_file_raises_not_found(async_client: AsyncReplicate, server: Server) -> None:
    with pytest.raises(NotFoundError):
        await AsyncFileOutput(server.origin + "/delivery/nope/output.png", async_client).read()


def test_forbidden_download_raises_permission_denied(client: Replicate, server: Server) -> None:
    uploaded = client.files.create(content=b"secret bytes", filename="s.bin")
    good = server.file_download_url(uploaded.id)
    assert FileOutput(good, client).read() == b"secret bytes"
    tampered = good.replace("signature=", "signature=AAAA")
    with pytest.raises(PermissionDeniedError) as caught:
        FileOutput(tampered, client).read()
    assert server.token not in str(caught.value)


async def test_async_forbidden_download_raises_permission_denied(
    async_client: AsyncReplicate, server: Server
) -> None:
    uploaded = await async_client.files.create(content=b"secret bytes", filename="s.bin")
    tampered = server.file_download_url(uploaded.id).replace("signature=", "signature=AAAA")
    with pytest.raises(PermissionDeniedError):
        await AsyncFileOutput(tampered, async_client).read()


def test_connection_dropped_mid_body_raises_connection_error(client: Replicate, cdn: Cdn) -> None:
    url = cdn.add("/cut.bin", Route(body=b"x" * 100_000, truncate=True))
    with pytest.raises(APIConnectionError):
        FileOutput(url, client).read()


async def test_async_connection_dropped_mid_body_raises_connection_error(
    async_client: AsyncReplicate, cdn: Cdn
) -> None:
    url = cdn.add("/cut.bin", Route(body=b"x" * 100_000, truncate=True))
    with pytest.raises(APIConnectionError):
        await AsyncFileOutput(url, async_client).read()


def test_unreadable_urls_fail_clearly_before_any_request(client: Replicate) -> None:
    with pytest.raises(ValueError, match="only http"):
        FileOutput("s3://bucket/key", client).read()
    with pytest.raises(ValueError, match="Malformed data: URI"):
        FileOutput("data:image/png;base64", client).read()
    with pytest.raises(ValueError, match="invalid base64"):
        FileOutput("data:image/png;base64,@@@", client).read()


def test_percent_encoded_data_uri(client: Replicate) -> None:
    assert FileOutput("data:,Hello%2C%20World%21", client).read() == b"Hello, World!"


def test_reads_use_the_clients_timeout(server: Server, cdn: Cdn) -> None:
    url = cdn.add("/t", Route(body=b"t"))
    with Replicate(base_url=server.url, bearer_token=server.token, timeout=7.5) as client:
        response = FileOutput(url, client)._open()
        try:
            assert response.request.extensions["timeout"]["read"] == 7.5
        finally:
            response.close()


# ---------------------------------------------------------------------------------------- reference examples


def test_reference_output_files_example(client: Replicate, server: Server, tmp_path: Any) -> None:
    output: Optional[object] = client.run("replicate/png-maker", input={"prompt": "generate an image"})
    assert isinstance(output, list)
    output = output[0]
    assert isinstance(output, FileOutput)
    if isinstance(output, FileOutput):
        print(f"File URL: {output.url}")
        content = output.read()
        with open(tmp_path / "output.jpg", "wb") as f:
            for chunk in output:
                f.write(chunk)
        assert (tmp_path / "output.jpg").read_bytes() == content
        assert content.startswith(PNG_SIGNATURE)


async def test_reference_async_run_gives_async_file_outputs(async_client: AsyncReplicate) -> None:
    output = await async_client.run("replicate/png-maker", input={"prompt": "a futuristic city"})
    assert isinstance(output, list)
    [image] = output
    assert isinstance(image, AsyncFileOutput)
    assert (await image.read()).startswith(PNG_SIGNATURE)
