"""A user's script over the generated module of replicate.testing's models: pyright strict accepts it."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator, List

from builtin_models import (
    AsyncFrameMaker,
    AsyncImageInspector,
    AsyncLlamaMock,
    AsyncPngMaker,
    FrameMaker,
    HelloWorld,
    ImageInspector,
    ImageInspectorOutput,
    LlamaMock,
    PngMaker,
    PngMakerInput,
)

from replicate import AsyncReplicate, Replicate
from replicate.helpers import AsyncFileOutput, FileOutput, Secret


def sync(client: Replicate) -> List[object]:
    greeting: str = client.use(HelloWorld)(text="Alice")
    images: List[FileOutput] = client.use(PngMaker)(prompt="a cat", width=64, return_data_uri=True)
    handle = client.use(PngMaker).create(prompt="a dog")
    later: List[FileOutput] = handle.output(timeout=30)
    text: str = client.use(LlamaMock)(prompt="hi", max_tokens=10)
    chunks: Iterator[str] = client.use(LlamaMock, streaming=True)(prompt="hi")
    report: ImageInspectorOutput = client.use(ImageInspector)(
        image=Path("photo.png"), class_="diagram", min_confidence=0.5, api_key=Secret("k"), thumbnail_size=32
    )
    thumbnail: FileOutput = report["thumbnail"]
    labels: List[str] = [tag["label"] for tag in report["tags"]]
    frames: List[FileOutput] = client.use(FrameMaker)(frames=2, size=8, caption=None)
    inputs: PngMakerInput = {"prompt": "x", "width": 3}
    untyped = client.run(PngMaker.name, input=inputs)

    def hello_hint(text: str) -> str: ...

    hinted: str = client.use("replicate/hello-world", hint=hello_hint)(text="x")
    return [greeting, images, later, text, chunks, thumbnail, labels, frames, untyped, hinted]


async def asynchronous(client: AsyncReplicate) -> List[object]:
    report = await client.use(AsyncImageInspector)(image=b"\x89PNG")
    thumbnail: AsyncFileOutput = report["thumbnail"]
    images: List[AsyncFileOutput] = await client.use(AsyncPngMaker)(prompt="x")
    chunks = [chunk async for chunk in client.use(AsyncLlamaMock, streaming=True)(prompt="hi")]
    frames = [frame async for frame in client.use(AsyncFrameMaker, streaming=True)(frames=2)]
    handle = await client.use(AsyncImageInspector).create(image="https://example.com/a.png")
    later: AsyncFileOutput = (await handle.output())["thumbnail"]

    async def hello_hint(text: str) -> str: ...

    hinted: str = await client.use("replicate/hello-world", hint=hello_hint)(text="x")
    return [thumbnail, images, chunks, frames, later, hinted]
