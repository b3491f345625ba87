"""Every `run` / `stream` / `use` example of the typed SDK's reference and the HTTP reference, as written but for model names and base URL.

Model names: flux-schnell, stable-diffusion, nano-banana ► replicate/png-maker; llama-2-70b-chat,
claude-sonnet-4 ► replicate/llama-mock; sdxl:<version> ► replicate/png-maker:<its version>.
"""

from __future__ import annotations

import asyncio
from typing import Any, List

import pytest

from replicate import AsyncReplicate, Replicate
from replicate.helpers import FileOutput
from replicate.testing import Server

IMAGE = "replicate/png-maker"
LLM = "replicate/llama-mock"


def _version(client: Replicate, model: str) -> str:
    owner, name = model.split("/")
    latest = client.models.get(model_owner=owner, model_name=name).latest_version
    assert latest is not None
    return latest.id


def test_002_quick_start(client: Replicate, capsys: pytest.CaptureFixture[str]) -> None:
    output = client.run(IMAGE, input={"prompt": "astronaut on a horse"})
    print(output)
    assert isinstance(output[0], FileOutput) and "FileOutput(" in capsys.readouterr().out


def test_002_run_basic_options_and_reference_formats(client: Replicate) -> None:
    version = _version(client, IMAGE)
    output = client.run(
        f"{IMAGE}:{version}", input={"prompt": "a 19th century portrait of a wombat gentleman"}
    )
    assert output[0].read().startswith(b"\x89PNG")
    output = client.run(
        LLM,
        input={"prompt": "Write a poem about machine learning", "max_tokens": 500},
        wait=30,
        use_file_output=True,
        file_encoding_strategy="base64",
    )
    assert isinstance(output, str) and output.startswith("You said: Write a poem")
    hello_version = _version(client, "replicate/hello-world")
    assert client.run(f"replicate/hello-world:{hello_version}", input={"text": "v"}) == "hello v"
    assert client.run("replicate/hello-world", input={"text": "m"}) == "hello m"
    assert client.run(hello_version, input={"text": "id"}) == "hello id"


def test_002_stream(client: Replicate, capsys: pytest.CaptureFixture[str]) -> None:
    for event in client.stream(LLM, input={"prompt": "Tell me a story about a robot", "max_tokens": 1000}):
        print(str(event), end="")
    assert capsys.readouterr().out.startswith("You said: Tell me a story about a robot")


async def test_002_async_stream_and_run(
    async_client: AsyncReplicate, capsys: pytest.CaptureFixture[str]
) -> None:
    async for event in async_client.stream(LLM, input={"prompt": "Hello"}):
        print(str(event), end="")
    async for event in async_client.stream(LLM, input={"prompt": "Tell me a joke"}):
        print(event, end="")
    out = capsys.readouterr().out
    assert out.startswith("You said: Hello") and "You said: Tell me a joke" in out
    output = await async_client.run(IMAGE, input={"prompt": "a watercolor painting"})
    assert (await output[0].read()).startswith(b"\x89PNG")


def test_002_use(client: Replicate, capsys: pytest.CaptureFixture[str]) -> None:
    stable_diffusion = client.use(IMAGE)
    image1 = stable_diffusion(prompt="a cat in a hat")
    image2 = stable_diffusion(prompt="a dog in sunglasses")
    assert image1[0].read() != image2[0].read()
    llama = client.use(LLM, streaming=True)
    for chunk in llama(prompt="Explain quantum computing"):
        print(chunk, end="")
    assert capsys.readouterr().out.startswith("You said: Explain quantum computing")


def test_002_output_files(client: Replicate, tmp_path: Any) -> None:
    output = client.run(IMAGE, input={"prompt": "generate an image"})[0]
    if isinstance(output, FileOutput):
        content = output.read()
        with open(tmp_path / "output.jpg", "wb") as f:
            for chunk in output:
                f.write(chunk)
        assert (tmp_path / "output.jpg").read_bytes() == content


def test_002_wait_for_a_prediction(client: Replicate) -> None:
    prediction = client.models.predictions.create(
        model_owner="replicate", model_name="hello-world", input={"text": "w"}
    )
    completed = client.predictions.wait(prediction_id=prediction.id, timeout=60)
    assert completed.status == "succeeded"


async def test_002_async_gather_and_batch(server: Server) -> None:
    client = AsyncReplicate(bearer_token=server.token, base_url=server.url)
    tasks = [
        client.run("replicate/hello-world", input={"text": prompt}) for prompt in ["test1", "test2", "test3"]
    ]
    results: List[Any] = await asyncio.gather(*tasks)
    assert results == ["hello test1", "hello test2", "hello test3"]
    await client.close()


def test_002_migration_run(client: Replicate) -> None:
    version = _version(client, IMAGE)
    output = client.run(f"{IMAGE}:{version}", input={"prompt": "a cat"})
    assert isinstance(output[0], FileOutput)


def test_004_use_and_run(client: Replicate, capsys: pytest.CaptureFixture[str]) -> None:
    claude = client.use(LLM)
    output = claude(prompt="Hello, world!")
    print(output)
    banana = client.use(IMAGE)
    output = banana(prompt="Make me a sandwich")
    print(output)
    output = client.run(LLM, input={"prompt": "Hello, world!"})
    print(output)
    out = capsys.readouterr().out
    assert out.count("You said: Hello, world!") == 2 and "FileOutput(" in out
