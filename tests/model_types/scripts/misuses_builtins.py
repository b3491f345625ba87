"""Calls pyright strict must reject: one error on each line marked expect-error, no others."""

from __future__ import annotations

from typing import List

from builtin_models import AsyncHelloWorld, HelloWorld, ImageInspector, PngMaker

from replicate import AsyncReplicate, Replicate
from replicate.helpers import FileOutput


def misuse(client: Replicate, async_client: AsyncReplicate) -> List[object]:
    png = client.use(PngMaker)
    inspector = client.use(ImageInspector)
    hello = client.use(HelloWorld)
    png(prompt="x", widht=3)  # expect-error: a misspelled input
    png(prompt=3)  # expect-error: a wrong type
    inspector(image="x", class_="sketch")  # expect-error: outside the Literal
    inspector(image="x", thumbnail_size=20)  # expect-error: outside an int Literal
    inspector(image="x", api_key="plain text")  # expect-error: a secret must be a Secret
    inspector(image="x", **{"class": "photo"})  # expect-error: the wire name, not the alias
    hello("positional")  # expect-error: keyword-only
    hello()  # expect-error: a required input missing
    client.use(HelloWorld, streaming=True)  # expect-error: the model does not stream
    client.use(AsyncHelloWorld)  # expect-error: an async class on a sync client
    async_client.use(HelloWorld)  # expect-error: a sync class on an async client
    number: int = hello(text="x")  # expect-error: the output is a str
    names: List[str] = png(prompt="x")  # expect-error: the output is a list of FileOutput
    files: List[FileOutput] = png.create(prompt="x").output()
    return [number, names, files]
