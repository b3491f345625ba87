"""Calls through generated classes, end to end against replicate.testing: sync, and async under
asyncio and trio; streaming and not; file outputs; the pinned version runs; inputs are checked
(and aliases undone, secrets revealed) before any request."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType
from typing import Any, Dict, List

import anyio
import pytest

from replicate import AsyncReplicate, Replicate
from replicate.helpers import AsyncFileOutput, FileOutput, Secret
from replicate.lib.errors import InputValidationError
from replicate.testing import Server

from .conftest import predictions_created

BACKENDS = ["asyncio", "trio"]


@pytest.fixture
def client(server: Server) -> Any:
    with Replicate(base_url=server.url, bearer_token=server.token) as sdk_client:
        yield sdk_client


def test_a_generated_class_runs_its_pinned_version(
    client: Replicate, server: Server, builtin_models: ModuleType
) -> None:
    hello = client.use(builtin_models.HelloWorld)
    assert hello(text="typed") == "hello typed"
    # A newer version appears after generation: the generated class still runs the one it pins.
    server.register_model(
        "replicate/hello-world",
        predict=lambda inputs, ctx: f"hi {inputs['text']}",
        input_schema={"type": "object", "required": ["text"], "properties": {"text": {"type": "string"}}},
    )
    assert hello(text="again") == "hello again"
    pinned = builtin_models.HelloWorld.ref()
    assert pinned.endswith(":" + builtin_models.HelloWorld.version)
    assert [body["version"] for body in predictions_created(server)] == [pinned, pinned]


def test_file_outputs_and_a_typed_handle(client: Replicate, builtin_models: ModuleType) -> None:
    png = client.use(builtin_models.PngMaker)
    (image,) = png(prompt="a cat", width=5, height=3)
    assert isinstance(image, FileOutput) and image.read().startswith(b"\x89PNG")
    handle = png.create(prompt="a dog", return_data_uri=True)
    (later,) = handle.output(timeout=30)
    assert isinstance(later, FileOutput) and later.url.startswith("data:image/png")


def test_an_object_output_with_aliases_secrets_and_file_inputs(
    client: Replicate, server: Server, builtin_models: ModuleType, tmp_path: Path
) -> None:
    photo = tmp_path / "photo.png"
    photo.write_bytes(b"\x89PNG not really")
    report = client.use(builtin_models.ImageInspector)(
        image=photo,
        class_="diagram",
        min_confidence=0.85,
        api_key=Secret("sk-very-secret"),
        masks=[b"mask bytes"],
        seed=None,
    )
    assert report["caption"] == "an uploaded image, probably a diagram"
    assert [tag["label"] for tag in report["tags"]] == ["sky", "sea"] and report["authenticated"] is True
    assert isinstance(report["thumbnail"], FileOutput) and report["thumbnail"].read().startswith(b"\x89PNG")
    (sent,) = predictions_created(server)
    inputs: Dict[str, Any] = sent["input"]  # type: ignore[assignment]
    assert inputs["class"] == "diagram" and inputs["min-confidence"] == 0.85 and "seed" not in inputs
    assert inputs["api_key"] == "sk-very-secret" and inputs["image"].startswith("http")
    assert "sk-very-secret" not in repr(Secret("sk-very-secret")) + str(Secret("sk-very-secret"))


def test_streaming_text_and_an_iterator_of_files(client: Replicate, builtin_models: ModuleType) -> None:
    llama = builtin_models.LlamaMock
    text = client.use(llama)(prompt="hi", max_tokens=6)
    chunks = list(client.use(llama, streaming=True)(prompt="hi", max_tokens=6))
    assert isinstance(text, str) and text == "".join(chunks) and len(chunks) == 6
    frames: List[Any] = client.use(builtin_models.FrameMaker)(frames=3, size=8)
    assert len(frames) == 3 and all(isinstance(frame, FileOutput) for frame in frames)
    streamed = list(client.use(builtin_models.FrameMaker, streaming=True)(frames=2))
    assert len(streamed) == 2 and all(url.startswith("http") for url in streamed)


def test_inputs_are_checked_before_any_prediction(
    client: Replicate, server: Server, builtin_models: ModuleType
) -> None:
    inspector = client.use(builtin_models.ImageInspector)
    untyped: Any = inspector
    cases = [
        ({"image": "https://x", "class_": "sketch"}, r"'class' must be one of 'photo', 'drawing', 'diagram'"),
        ({"image": "https://x", "thumbnail_size": 20}, r"'thumbnail_size' must be one of 16, 32, 64"),
        ({"image": "https://x", "max_tags": 99}, r"'max_tags' must be at most 20"),
        ({"image": 3}, r"'image' is a file"),
        ({"image": "https://x", "tags": ["a", 1]}, r"'tags'\[1\] must be a string"),
        ({"image": "https://x", "api_key": 42}, r"'api_key' must be a string; got int a secret"),
        ({"class_": "photo"}, r"Missing required input 'image'"),
        ({"image": "https://x", "colour": "red"}, r"Unknown input 'colour'"),
    ]
    for kwargs, message in cases:
        with pytest.raises(InputValidationError, match=message):
            untyped(**kwargs)
    with pytest.raises(TypeError, match="keyword arguments only"):
        untyped("https://x")
    assert predictions_created(server) == []


def test_classes_go_to_their_own_client(
    client: Replicate, builtin_models: ModuleType, server: Server
) -> None:
    with pytest.raises(TypeError, match=r"AsyncHelloWorld is for AsyncReplicate\.use"):
        client.use(builtin_models.AsyncHelloWorld)
    with pytest.raises(TypeError, match="describes a model's signature"):
        builtin_models.HelloWorld()
    with pytest.raises(TypeError, match="not int"):
        client.use(int)  # type: ignore[call-overload]
    async_client = AsyncReplicate(base_url=server.url, bearer_token=server.token)
    with pytest.raises(TypeError, match=r"HelloWorld is for Replicate\.use"):
        async_client.use(builtin_models.HelloWorld)  # type: ignore[call-overload]


def test_a_hint_types_a_function_and_maps_nothing(client: Replicate, server: Server) -> None:
    def hello(text: str) -> str: ...

    function = client.use("replicate/hello-world", hint=hello)
    assert function(text="hint") == "hello hint"
    with pytest.raises(InputValidationError, match="Unknown input 'txt'"):
        function(txt="typo")  # type: ignore[call-arg]
    assert len(predictions_created(server)) == 1


@pytest.mark.parametrize("backend", BACKENDS)
def test_async_twins(server: Server, builtin_models: ModuleType, backend: str) -> None:
    async def main() -> None:
        async with AsyncReplicate(base_url=server.url, bearer_token=server.token) as client:
            report = await client.use(builtin_models.AsyncImageInspector)(image=b"\x89PNG", class_="photo")
            assert isinstance(report["thumbnail"], AsyncFileOutput)
            assert (await report["thumbnail"].read()).startswith(b"\x89PNG")
            (image,) = await client.use(builtin_models.AsyncPngMaker)(prompt="x", width=2, height=2)
            assert isinstance(image, AsyncFileOutput)
            llama = builtin_models.AsyncLlamaMock
            text = await client.use(llama)(prompt="hi", max_tokens=4)
            chunks = [chunk async for chunk in client.use(llama, streaming=True)(prompt="hi", max_tokens=4)]
            assert text == "".join(chunks) and len(chunks) == 4
            frames = [
                url async for url in client.use(builtin_models.AsyncFrameMaker, streaming=True)(frames=2)
            ]
            assert len(frames) == 2
            handle = await client.use(builtin_models.AsyncHelloWorld).create(text="later")
            assert await handle.output(timeout=30) == "hello later"
            with pytest.raises(InputValidationError, match="must be one of"):
                await client.use(builtin_models.AsyncImageInspector)(image="x", class_="nope")

            async def hint(text: str) -> str: ...

            assert await client.use("replicate/hello-world", hint=hint)(text="h") == "hello h"

    anyio.run(main, backend=backend)
    versions = {body.get("version") for body in predictions_created(server)}
    assert builtin_models.AsyncPngMaker.ref() in versions and builtin_models.AsyncHelloWorld.ref() in versions


def test_a_secret_is_revealed_only_in_the_request_body(
    client: Replicate, server: Server, builtin_models: ModuleType
) -> None:
    inputs = {"image": "https://example.com/a.png", "api_key": Secret("sk-run")}
    assert "sk-run" not in repr(inputs) and "sk-run" not in str(inputs)
    output = client.run(builtin_models.ImageInspector.ref(), input=inputs)
    assert output["authenticated"] is True
    assert predictions_created(server)[0]["input"] == {**inputs, "api_key": "sk-run"}  # type: ignore[index]
    untyped: Any = client.use(builtin_models.ImageInspector)
    with pytest.raises(InputValidationError, match="'max_tags' must be an integer; got a Secret") as raised:
        untyped(image="https://x", max_tags=Secret("5"))
    assert "5" not in str(raised.value).replace("'max_tags'", "")
    with pytest.raises(TypeError, match="not pickled"):
        import pickle

        pickle.dumps(Secret("x"))
