"""Where the examples run: the real Replicate API, or a local `replicate.testing` server.

With `REPLICATE_API_TOKEN` set, `client()` is a plain `Replicate()` (token and base URL from the
environment) and `MODELS` names real models. Without it, a Replicate-compatible server starts on
loopback in this process (no token, no network) and `MODELS` names its built-in models, plus one
image-describing model registered here for the file-input example.
"""

from __future__ import annotations

import base64
import os
import struct
import urllib.request
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass
from typing import Any, AsyncGenerator, Dict, Generator, Optional

from replicate import AsyncReplicate, Replicate
from replicate.testing import PredictionContext, Server, serve

__all__ = ["LOCAL", "MODELS", "async_client", "client", "local_server"]

LOCAL = not os.environ.get("REPLICATE_API_TOKEN")


@dataclass(frozen=True)
class Models:
    hello: str  # text in, text out
    language: str  # streams tokens
    image: str  # text in, image files out
    describe_image: str  # image file in, text out
    image_input: Dict[str, Any]  # extra inputs for `image`


MODELS = (
    Models(
        hello="replicate/hello-world",
        language="replicate/llama-mock",
        image="replicate/png-maker",
        describe_image="examples/describe-image",
        image_input={"width": 96, "height": 64},
    )
    if LOCAL
    else Models(
        hello="replicate/hello-world:5c7d5dc6dd8bf75c1acaa8565735e7986bc5b66206b55cca93cb72c9bf15ccaa",
        language="meta/meta-llama-3-8b-instruct",
        image="black-forest-labs/flux-schnell",
        describe_image="salesforce/blip:2e1dddc8621f72155f24cf2e0adbde548458d3cab9f00c0139eea840d0ac4746",
        image_input={"num_outputs": 1},
    )
)

_server: Optional[Server] = None


def local_server() -> Server:
    """The in-process testing server (started on first use; stopped when the process exits)."""
    global _server
    if _server is None:
        server = serve(speed=5.0, page_size=4)  # small pages, so pagination shows
        server.register_model(
            MODELS.describe_image,
            predict=lambda inputs, ctx: _describe_image(server, inputs, ctx),
            input_schema={
                "type": "object",
                "required": ["image"],
                "properties": {"image": {"type": "string", "format": "uri"}},
            },
            output_schema={"type": "string"},
            description="Describes a PNG image: its size and dimensions",
        )
        _server = server.start()
        import atexit

        atexit.register(server.stop)
    return _server


@contextmanager
def client() -> Generator[Replicate, None, None]:
    if not LOCAL:
        with Replicate() as real:
            yield real
        return
    server = local_server()
    with Replicate(base_url=server.url, bearer_token=server.token) as local:
        yield local


@asynccontextmanager
async def async_client() -> AsyncGenerator[AsyncReplicate, None]:
    if not LOCAL:
        async with AsyncReplicate() as real:
            yield real
        return
    server = local_server()
    async with AsyncReplicate(base_url=server.url, bearer_token=server.token) as local:
        yield local


def _describe_image(server: Server, inputs: Dict[str, Any], ctx: PredictionContext) -> str:
    url = str(inputs["image"])
    if url.startswith("data:"):
        content = base64.b64decode(url.split(",", 1)[1])
    else:  # an upload to this server's files API: read it back as Replicate does for a model
        file_id = url.rstrip("/").rsplit("/", 1)[-1]
        with urllib.request.urlopen(server.file_download_url(file_id), timeout=10) as response:
            content = response.read()
        ctx.log(f"Downloaded {len(content)} bytes")
    if content[:8] == b"\x89PNG\r\n\x1a\n":
        width, height = struct.unpack(">II", content[16:24])
        return f"a {width}x{height} PNG image ({len(content)} bytes)"
    return f"a file of {len(content)} bytes"
