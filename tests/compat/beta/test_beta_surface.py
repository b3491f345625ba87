"""replicate 2.0.0b4's public surface beyond its types: module-level settings, defaults, aiohttp,
binary downloads, `run()` create parameters and references, `get_path_url`, the awaited async stream."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Dict, List

import anyio
import httpx
import pytest

import replicate
from replicate import AsyncReplicate, Replicate
from replicate.testing import Server

from .conftest import requests_to

HELLO = "/v1/models/replicate/hello-world/predictions"
VERSION = "5c7d5dc6dd8bf75c1acaa8565735e7986bc5b66206b55cca93cb72c9bf15ccaa"


def test_defaults_are_exported() -> None:
    assert httpx.Timeout(60.0, connect=5.0) == replicate.DEFAULT_TIMEOUT
    assert replicate.DEFAULT_MAX_RETRIES == 2
    assert replicate.DEFAULT_CONNECTION_LIMITS.max_connections == 100
    client = Replicate(bearer_token="r8_x", base_url="http://127.0.0.1:9/v1")
    assert client.timeout == replicate.DEFAULT_TIMEOUT and client.max_retries == replicate.DEFAULT_MAX_RETRIES


def test_module_level_settings_configure_the_module_client(
    server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("REPLICATE_API_TOKEN", raising=False)
    monkeypatch.delenv("REPLICATE_BASE_URL", raising=False)
    assert replicate.bearer_token is None and replicate.max_retries == 2
    assert replicate.timeout == replicate.DEFAULT_TIMEOUT
    try:
        replicate.bearer_token = server.token
        replicate.base_url = server.url
        replicate.default_headers = {"X-My-App": "beta"}
        replicate.default_query = {"trace": "1"}
        replicate.max_retries = 0
        replicate.timeout = 7.5
        prediction = replicate.predictions.get(
            replicate.predictions.create(model="replicate/hello-world", input={"text": "m"}).id
        )
        assert prediction.input == {"text": "m"}
        sent = server.requests[-1]
        assert sent.headers["authorization"] == f"Bearer {server.token}"
        assert sent.headers["x-my-app"] == "beta" and "trace=1" in sent.query_string
        typed = replicate.default_client.typed
        assert typed.max_retries == 0 and typed.timeout == httpx.Timeout(7.5)
        replicate.bearer_token = "r8_wrong"
        with pytest.raises(replicate.AuthenticationError):  # the next call uses the new token
            replicate.account.current()
    finally:
        for name in (
            "bearer_token",
            "base_url",
            "default_headers",
            "default_query",
            "max_retries",
            "timeout",
        ):
            delattr(replicate, name)


def test_module_level_http_client(server: Server, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: List[str] = []
    http_client = replicate.DefaultHttpxClient(event_hooks={"request": [lambda r: seen.append(r.url.path)]})
    monkeypatch.setenv("REPLICATE_API_TOKEN", server.token)
    monkeypatch.setenv("REPLICATE_BASE_URL", server.url)
    try:
        replicate.http_client = http_client
        assert replicate.account.current().username
        assert seen == ["/v1/account"]
    finally:
        del replicate.http_client
        http_client.close()


# ------------------------------------------------------------------------------------------ aiohttp


def test_aiohttp_client_runs_every_kind_of_call(server: Server) -> None:
    results: Dict[str, Any] = {}

    async def main() -> None:
        http_client = replicate.DefaultAioHttpClient()
        assert http_client.timeout == replicate.DEFAULT_TIMEOUT
        assert type(http_client._transport).__name__ == "AiohttpTransport"  # really aiohttp
        async with AsyncReplicate(
            bearer_token=server.token, base_url=server.url, http_client=http_client
        ) as client:
            created = await client.predictions.create(model="replicate/hello-world", input={"text": "aio"})
            results["get"] = (await client.predictions.get(created.id)).input
            results["run"] = await client.run("replicate/hello-world", input={"text": "aio"})
            results["stream"] = "".join(
                [
                    str(event)
                    async for event in client.stream(
                        "replicate/llama-mock", input={"prompt": "hi", "max_tokens": 3}
                    )
                ]
            )
            [image] = await client.run("replicate/png-maker", input={"prompt": "p", "width": 4, "height": 4})
            results["image"] = (await image.read())[:8]
            results["models"] = len([model async for model in client.models.list()])
            with pytest.raises(replicate.NotFoundError):
                await client.predictions.get("does-not-exist")
        assert http_client.is_closed  # closed with the client, as the betas do

    anyio.run(main, backend="asyncio")
    assert results["get"] == {"text": "aio"} and results["run"] == "hello aio"
    assert results["stream"] == "You said: hi"
    assert results["image"] == b"\x89PNG\r\n\x1a\n"
    assert results["models"] >= 5
    assert len(requests_to(server, "GET", "/v1/predictions/does-not-exist")) == 1


def test_aiohttp_client_admits_at_most_its_connection_limit_into_aiohttp(server: Server) -> None:
    inside: List[int] = [0, 0]  # now, most

    async def main() -> List[Any]:
        http_client = replicate.DefaultAioHttpClient(limits=httpx.Limits(max_connections=3))
        transport = http_client._transport
        handle = transport.handle_async_request

        async def counted(request: httpx.Request) -> httpx.Response:
            inside[0] += 1
            inside[1] = max(inside)
            try:
                await anyio.sleep(0.01)  # every request is still waiting here when the next arrives
                return await handle(request)
            finally:
                inside[0] -= 1

        transport.handle_async_request = counted  # type: ignore[method-assign]
        async with AsyncReplicate(
            bearer_token=server.token, base_url=server.url, http_client=http_client
        ) as client:
            created = await client.predictions.create(model="replicate/hello-world", input={"text": "g"})
            results: List[Any] = []

            async def get() -> None:
                results.append((await client.predictions.get(created.id)).id)

            async with anyio.create_task_group() as group:
                for _ in range(12):
                    group.start_soon(get)
            return results

    results = anyio.run(main, backend="asyncio")
    assert len(results) == 12 and inside == [0, 3]


def test_aiohttp_client_under_trio_says_it_needs_asyncio(server: Server) -> None:
    async def main() -> None:
        async with AsyncReplicate(
            bearer_token=server.token, base_url=server.url, http_client=replicate.DefaultAioHttpClient()
        ) as client:
            with pytest.raises(RuntimeError, match=r"asyncio only \(aiohttp has no trio support\)"):
                await client.predictions.get("any")

    anyio.run(main, backend="trio")
    assert not requests_to(server, "GET", "/v1/predictions/any")


# ---------------------------------------------------------------------------------------- downloads


def _download_args(server: Server, file_id: str) -> Dict[str, Any]:
    url = httpx.URL(server.file_download_url(file_id))
    return {
        "owner": url.params["owner"],
        "expiry": int(url.params["expiry"]),
        "signature": url.params["signature"],
    }


def test_files_download_returns_a_binary_response(client: Replicate, server: Server, tmp_path: Path) -> None:
    body = json.dumps({"hello": "world"}).encode()
    created = client.files.create(content=body, filename="data.json", type="application/json")
    args = _download_args(server, created.id)

    response = client.files.download(created.id, **args)
    assert response.status_code == 200 and response.is_closed is False
    assert response.headers["content-type"].startswith("application/json")
    assert response.http_request.url.path == f"/v1/files/{created.id}/download"
    assert response.json() == {"hello": "world"} and response.is_closed
    assert client.files.download(created.id, **args).text() == body.decode()
    assert client.files.download(created.id, **args).read() == body
    client.files.download(created.id, **args).write_to_file(tmp_path / "a.json")
    assert (tmp_path / "a.json").read_bytes() == body

    raw = client.files.with_raw_response.download(created.id, **args)
    raw.write_to_file(tmp_path / "raw.json")
    assert (tmp_path / "raw.json").read_bytes() == body and raw.status_code == 200
    with client.files.with_streaming_response.download(file_id=created.id, **args) as streamed:
        assert not streamed.is_closed
        streamed.stream_to_file(tmp_path / "streamed.json")
    assert (tmp_path / "streamed.json").read_bytes() == body and streamed.is_closed


@pytest.mark.parametrize("backend", ["asyncio", "trio"])
def test_async_files_download_returns_a_binary_response(server: Server, tmp_path: Path, backend: str) -> None:
    body = b"\x00binary\xff" * 1000
    results: Dict[str, Any] = {}

    async def main() -> None:
        async with AsyncReplicate(bearer_token=server.token, base_url=server.url) as client:
            created = await client.files.create(content=body, filename="blob.bin")
            args = _download_args(server, created.id)
            response = await client.files.download(created.id, **args)
            results["status"] = response.status_code
            results["read"] = await response.read()
            results["closed"] = response.is_closed
            await (await client.files.download(created.id, **args)).write_to_file(tmp_path / "a.bin")
            async with client.files.with_streaming_response.download(created.id, **args) as streamed:
                await streamed.stream_to_file(tmp_path / "b.bin")
            raw = await client.files.with_raw_response.download(created.id, **args)
            await raw.write_to_file(tmp_path / "c.bin")

    anyio.run(main, backend=backend)
    assert results == {"status": 200, "read": body, "closed": True}
    for name in ("a.bin", "b.bin", "c.bin"):
        assert (tmp_path / name).read_bytes() == body


# ------------------------------------------------------------------------------------------- run()


def test_run_passes_create_parameters_through(client: Replicate, server: Server) -> None:
    output = client.run(
        "replicate/hello-world",
        input={"text": "params"},
        prefer="wait=5",
        webhook="https://example.com/hook",
        webhook_events_filter=["completed"],
        cancel_after="5m",
    )
    assert output == "hello params"
    [create] = requests_to(server, "POST", HELLO)
    assert create.headers["prefer"] == "wait=5" and create.headers["cancel-after"] == "5m"
    assert create.json() == {
        "input": {"text": "params"},
        "webhook": "https://example.com/hook",
        "webhook_events_filter": ["completed"],
    }
    [prediction] = server.predictions.values()
    typed = client.predictions.get(prediction["id"])
    assert typed.deadline is not None and typed.deadline > typed.created_at  # Prediction.deadline


def test_run_create_parameters_are_checked_before_any_request(client: Replicate, server: Server) -> None:
    with pytest.raises(TypeError, match="wait= or prefer="):
        client.run("replicate/hello-world", input={}, wait=5, prefer="wait=5")
    with pytest.raises(ValueError, match="prefer must be"):
        client.run("replicate/hello-world", input={}, prefer="respond-async")
    with pytest.raises(ValueError, match="unknown event 'done'"):
        client.run("replicate/hello-world", input={}, webhook_events_filter=["done"])  # type: ignore[list-item]
    assert requests_to(server, "POST", HELLO) == []


@pytest.mark.parametrize("backend", ["asyncio", "trio"])
def test_async_run_passes_create_parameters_through(server: Server, backend: str) -> None:
    async def main() -> Any:
        async with AsyncReplicate(bearer_token=server.token, base_url=server.url) as client:
            return await client.run(
                "replicate/hello-world",
                input={"text": backend},
                prefer="wait",
                webhook="https://example.com/hook",
                webhook_events_filter=["start", "completed"],
                cancel_after="90s",
                file_encoding_strategy=None,  # the betas' default spelling
            )

    assert anyio.run(main, backend=backend) == f"hello {backend}"
    [create] = requests_to(server, "POST", HELLO)
    assert create.headers["prefer"] == "wait=60" and create.headers["cancel-after"] == "90s"
    assert create.json()["webhook_events_filter"] == ["start", "completed"]


def test_run_accepts_model_and_version_objects(client: Replicate, server: Server) -> None:
    model = client.models.get(model_owner="replicate", model_name="hello-world")
    assert model.latest_version is not None
    version_id = model.latest_version.id
    legacy_client = replicate.Client(api_token=server.token, base_url=server.url)
    legacy_model = legacy_client.models.get("replicate/hello-world")
    legacy_version = legacy_model.versions.get(version_id)
    references: List[Any] = [
        model,  # typed Model: its latest version, by name
        model.latest_version,  # typed ModelVersion
        legacy_model,
        legacy_version,
        replicate.ModelVersionIdentifier("replicate", "hello-world", version_id),
        replicate.ModelVersionIdentifier.parse("replicate/hello-world"),
        replicate.Model("replicate", "hello-world"),
        replicate.Version.model_validate(model.latest_version.to_dict()),
    ]
    for index, reference in enumerate(references):
        assert client.run(reference, input={"text": str(index)}) == f"hello {index}"
    by_name = requests_to(server, "POST", HELLO)
    by_version = requests_to(server, "POST", "/v1/predictions")
    assert len(by_name) == 4  # typed Model, legacy Model, identifier without version, replicate.Model
    assert [request.json()["version"] for request in by_version] == [
        version_id,
        version_id,
        f"replicate/hello-world:{version_id}",
        version_id,
    ]
    legacy_client.close()
    with pytest.raises(TypeError, match="model reference"):
        client.run(42, input={})  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="Invalid model reference"):
        client.run(replicate.ModelVersionIdentifier("a", "b", "short"), input={})


def test_get_path_url(client: Replicate, server: Server) -> None:
    [image] = client.run("replicate/png-maker", input={"prompt": "p", "width": 4, "height": 4})
    assert replicate.get_path_url(image) == image.url and image.url.startswith(server.origin)
    [used] = client.use("replicate/png-maker")(prompt="p", width=4, height=4)
    assert replicate.get_path_url(used) == used.url
    assert replicate.get_path_url("just text") is None and replicate.get_path_url(None) is None


# ------------------------------------------------------------------------------------------ stream


@pytest.mark.parametrize("backend", ["asyncio", "trio"])
def test_async_stream_iterates_with_or_without_await(server: Server, backend: str) -> None:
    async def main() -> List[str]:
        async with AsyncReplicate(bearer_token=server.token, base_url=server.url) as client:
            texts: List[str] = []
            inputs = {"prompt": "hi", "max_tokens": 3}
            texts.append(
                "".join([str(e) async for e in await client.stream("replicate/llama-mock", input=inputs)])
            )
            texts.append("".join([str(e) async for e in client.stream("replicate/llama-mock", input=inputs)]))
            return texts

    assert anyio.run(main, backend=backend) == ["You said: hi", "You said: hi"]
    assert len(requests_to(server, "POST", "/v1/models/replicate/llama-mock/predictions")) == 2


def test_aiohttp_client_without_the_extra_says_how_to_get_it(monkeypatch: pytest.MonkeyPatch) -> None:
    import replicate._aiohttp

    monkeypatch.setattr(replicate._aiohttp, "_MISSING", True)
    with pytest.raises(RuntimeError, match=r"pip install 'replicate\[aiohttp\]'"):
        replicate.DefaultAioHttpClient()
