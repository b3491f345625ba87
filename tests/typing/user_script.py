"""A typed user script: pyright strict must accept it as written (checked by tests/lib/test_run_typing.py)."""

from __future__ import annotations

import asyncio
from typing import Any, List

from replicate import AsyncReplicate, Replicate
from replicate.exceptions import ModelError
from replicate.helpers import FileOutput


def save_images(client: Replicate) -> List[bytes]:
    output: Any = client.run("replicate/png-maker", input={"prompt": "a cat"}, wait=30, timeout=120.0)
    images: List[bytes] = []
    for item in output:
        if isinstance(item, FileOutput):
            print(item.url)
            images.append(item.read())
    return images


def chat(client: Replicate) -> str:
    text = ""
    for event in client.stream("replicate/llama-mock", input={"prompt": "Hello"}):
        text += str(event)
    return text


def reuse(client: Replicate) -> None:
    hello = client.use("replicate/hello-world")
    print(hello(text="Alice"))
    run = hello.create(text="Bob")
    print(run.id, run.status, run.output(timeout=60), run.logs())
    llama = client.use("replicate/llama-mock", streaming=True)
    for chunk in llama(prompt="Tell me a story"):
        print(chunk.upper(), end="")
    try:
        client.run("replicate/fails", input={})
    except ModelError as error:
        print(error.prediction.id, error.prediction.status)
    done = client.predictions.wait(prediction_id=run.id, timeout=60)
    print(done.status)


async def main(client: AsyncReplicate) -> None:
    print(await client.run("replicate/hello-world", input={"text": "async"}))
    async for event in client.stream("replicate/llama-mock", input={"prompt": "Hi"}):
        print(str(event), end="")
    hello = client.use("replicate/hello-world")
    run = await hello.create(text="x")
    print(await run.output(), run.status)
    async for chunk in client.use("replicate/llama-mock", streaming=True)(prompt="Hi"):
        print(chunk, end="")


if __name__ == "__main__":
    asyncio.run(main(AsyncReplicate()))
