"""The older interface's `async_` methods under asyncio and under trio (1.0.x ran on httpx's async
client, which works under both), including polling (`async_wait`) and file outputs."""

from __future__ import annotations

from typing import Any, Dict

import anyio
import pytest

import replicate
from replicate.testing import Server

from ...legacy.conftest import PNG, SD_001
from .conftest import SLEEPY, requests_to


@pytest.mark.parametrize("backend", ["asyncio", "trio"])
def test_async_methods_under_each_backend(server: Server, backend: str) -> None:
    client = replicate.Client(api_token=server.token, base_url=server.origin)
    client.poll_interval = 0.01
    results: Dict[str, Any] = {}

    async def main() -> None:
        results["run"] = await client.async_run("replicate/hello-world", input={"text": backend})
        [image] = await client.async_run(f"stability-ai/stable-diffusion:{SD_001}", input={"prompt": "p"})
        results["aread"] = await image.aread()
        results["chunks"] = b"".join([chunk async for chunk in image])
        prediction = await client.predictions.async_create(model="replicate/hello-world", input={"text": "w"})
        await prediction.async_wait()
        results["waited"] = prediction.output
        sleepy = await client.predictions.async_create(model=SLEEPY, input={})
        await sleepy.async_cancel()
        results["canceled"] = sleepy.status
        results["account"] = (await client.accounts.async_current()).username
        events = [
            str(event)
            async for event in client.async_stream("meta/meta-llama-3-8b-instruct", {"prompt": "hi"})
        ]
        results["stream"] = "".join(events)

    anyio.run(main, backend=backend)
    assert results == {
        "run": f"hello {backend}",
        "aread": PNG,
        "chunks": PNG,
        "waited": "hello w",
        "canceled": "canceled",
        "account": "your-username",
        "stream": "You said: hi",
    }
    assert len(requests_to(server, "POST", "/v1/models/replicate/hello-world/predictions")) == 2


def test_async_methods_need_a_running_loop(server: Server) -> None:
    client = replicate.Client(api_token=server.token, base_url=server.origin)
    with pytest.raises(RuntimeError, match="inside a running event loop"):
        client.async_typed  # noqa: B018
