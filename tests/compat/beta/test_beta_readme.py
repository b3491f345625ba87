"""Every code sample of replicate 2.0.0b4's README, run against `replicate.testing` with the models it
names registered there. Each sample is quoted as the README has it; changes are marked `# changed:`
(a prediction id that must exist, a path that must exist, a proxy that must not be used)."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
from pathlib import Path
from typing import Any, Dict, Iterator, List

import anyio
import httpx
import pytest

import replicate
from replicate import AsyncReplicate, Replicate
from replicate.testing import PredictionContext, Server, gradient_png

from .conftest import requests_to

HELLO_VERSION = "5c7d5dc6dd8bf75c1acaa8565735e7986bc5b66206b55cca93cb72c9bf15ccaa"
BLIP_VERSION = "f677695e5e89f8b236e52ecd1d3f01beb44c34606419bcc19345e046d8f786f9"
PNG = gradient_png("beta", 4, 4)
VIDEO = b"\x00\x00\x00\x18ftypmp42 a small video"
TEXT_STREAM = {
    "type": "array",
    "items": {"type": "string"},
    "x-cog-array-type": "iterator",
    "x-cog-array-display": "concatenate",
}
URIS = {"type": "array", "items": {"type": "string", "format": "uri"}}


def _claude(inputs: Dict[str, Any], ctx: PredictionContext) -> Iterator[str]:
    prompt = inputs.get("prompt") or inputs.get("input", {}).get("prompt", "")
    reply = f"Answer to: {prompt}" + (" (with an image)" if inputs.get("image") else "")
    for word in reply.split(" "):
        yield word + " "


def _images(inputs: Dict[str, Any], ctx: PredictionContext) -> List[str]:
    ctx.log(f"drawing {inputs['prompt']}")
    return [
        ctx.file_url(PNG, f"out-{index}.webp", "image/webp")
        for index in range(int(inputs.get("num_outputs", 1)))
    ]


@pytest.fixture(autouse=True)
def close_clients(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The samples make clients without closing them, as the README does: close them after each test."""
    made: List[Any] = []
    for cls in (Replicate, AsyncReplicate):
        original = cls.__init__

        def tracking(self: Any, *args: Any, __original: Any = original, **kwargs: Any) -> None:
            __original(self, *args, **kwargs)
            made.append(self)

        monkeypatch.setattr(cls, "__init__", tracking)
    yield
    for client in made:
        if isinstance(client, Replicate):
            client.close()
        elif not client._http_client.is_closed:
            with contextlib.suppress(Exception):  # its connections' event loop may be gone
                anyio.run(client.close)


@pytest.fixture
def models(module_client: Server) -> Server:
    server = module_client
    text = {
        "prompt": {"type": "string"},
        "system_prompt": {"type": "string"},
        "image": {"type": "string", "format": "uri"},
    }
    server.register_model(
        "anthropic/claude-4.5-sonnet",
        predict=_claude,
        input_schema={"type": "object", "properties": {**text, "input": {"type": "object"}}},
        output_schema=TEXT_STREAM,
        streaming=True,
    )
    image_inputs = {
        "type": "object",
        "required": ["prompt"],
        "properties": {
            "prompt": {"type": "string"},
            "num_outputs": {"type": "integer"},
            "aspect_ratio": {"type": "string"},
            "output_format": {"type": "string"},
        },
    }
    for name in ("bytedance/seedream-4", "black-forest-labs/flux-dev", "black-forest-labs/flux-schnell"):
        server.register_model(name, predict=_images, input_schema=image_inputs, output_schema=URIS)
    server.register_model(
        "google/veo-3-fast",
        predict=lambda inputs, ctx: ctx.file_url(VIDEO, "video.mp4", "video/mp4"),
        input_schema={
            "type": "object",
            "properties": {"prompt": {"type": "string"}, "image_input": {"type": "string", "format": "uri"}},
        },
        output_schema={"type": "string", "format": "uri"},
    )

    def fails(inputs: Dict[str, Any], ctx: PredictionContext) -> None:
        raise RuntimeError("NSFW content detected")

    server.register_model("stability-ai/stable-diffusion-3", predict=fails, input_schema=image_inputs)
    server.register_model(
        "andreasjansson/blip-2",
        predict=lambda inputs, ctx: f"a caption of {inputs['image'][:5]}",
        input_schema={"type": "object", "properties": {"image": {"type": "string", "format": "uri"}}},
        version_id=BLIP_VERSION,
    )
    server.register_model(
        "replicate/hello-world",
        predict=lambda inputs, ctx: f"hello {inputs['text']}",
        input_schema={"type": "object", "properties": {"text": {"type": "string"}}},
        version_id=HELLO_VERSION,
    )
    return server


def test_usage_chaining_three_models(models: Server) -> None:
    claude = replicate.use("anthropic/claude-4.5-sonnet")
    seedream = replicate.use("bytedance/seedream-4")
    veo = replicate.use("google/veo-3-fast")

    # Enhance a simple prompt
    image_prompt = claude(
        prompt="bananas wearing cowboy hats", system_prompt="turn prompts into image prompts"
    )

    # Generate an image from the enhanced prompt
    images = seedream(prompt=image_prompt)

    # Generate a video from the image
    video = veo(prompt="dancing bananas", image_input=images[0])

    with open(video) as opened:  # changed: the README leaks the file (`open(video)`)
        assert opened.buffer.read() == VIDEO  # a local copy, downloaded on first use
    assert image_prompt == "Answer to: bananas wearing cowboy hats "
    [veo_create] = requests_to(models, "POST", "/v1/models/google/veo-3-fast/predictions")
    assert veo_create.json()["input"] == {"prompt": "dancing bananas", "image_input": images[0].url}
    [seedream_create] = requests_to(models, "POST", "/v1/models/bytedance/seedream-4/predictions")
    assert seedream_create.json()["input"] == {"prompt": image_prompt}


def test_initialization_and_authentication(models: Server) -> None:
    client = Replicate(bearer_token=os.environ.get("REPLICATE_API_TOKEN"))
    assert client.account.get().username
    assert requests_to(models, "GET", "/v1/account")[-1].headers["authorization"] == f"Bearer {models.token}"


def test_use_flux_dev(models: Server, capsys: pytest.CaptureFixture[str]) -> None:
    # Create a model function
    flux_dev = replicate.use("black-forest-labs/flux-dev")

    # Call it like a regular Python function
    outputs = flux_dev(
        prompt="a cat wearing a wizard hat, digital art",
        num_outputs=1,
        aspect_ratio="1:1",
        output_format="webp",
    )

    # outputs is a list of URLPath objects that auto-download when accessed
    for output in outputs:
        print(output)  # e.g., Path(/tmp/a1b2c3/output.webp)

    printed = capsys.readouterr().out.strip()
    assert printed == outputs[0].url and printed.endswith("out-0.webp")  # ours prints the URL
    assert Path(outputs[0]).read_bytes() == PNG  # and is a path when used as one
    [create] = requests_to(models, "POST", "/v1/models/black-forest-labs/flux-dev/predictions")
    assert create.json()["input"]["aspect_ratio"] == "1:1"


def test_streaming_language_model(models: Server, capsys: pytest.CaptureFixture[str]) -> None:
    # Create a streaming language model function
    claude = replicate.use("anthropic/claude-4.5-sonnet", streaming=True)

    # Stream the output
    output = claude(prompt="Write a haiku about Python programming")

    for chunk in output:
        print(chunk, end="", flush=True)

    assert capsys.readouterr().out == "Answer to: Write a haiku about Python programming "


def test_chaining_models(models: Server, capsys: pytest.CaptureFixture[str]) -> None:
    # Create two model functions
    flux_dev = replicate.use("black-forest-labs/flux-dev")
    claude = replicate.use("anthropic/claude-4.5-sonnet")

    # Generate an image
    images = flux_dev(prompt="a mysterious ancient artifact")

    # Describe the image
    description = claude(
        prompt="Describe this image in detail",
        image=images[0],  # Pass the first image directly
    )

    print(description)
    assert capsys.readouterr().out == "Answer to: Describe this image in detail (with an image) \n"
    [create] = requests_to(models, "POST", "/v1/models/anthropic/claude-4.5-sonnet/predictions")
    assert create.json()["input"]["image"] == images[0].url  # a file output goes on as its URL


def test_async_use(models: Server, capsys: pytest.CaptureFixture[str]) -> None:
    async def main():  # type: ignore[no-untyped-def]
        # Create an async model function
        flux_dev = replicate.use("black-forest-labs/flux-dev", use_async=True)

        # Await the result
        outputs = await flux_dev(prompt="futuristic city at sunset")

        for output in outputs:
            print(output)

    asyncio.run(main())
    assert capsys.readouterr().out.strip().endswith("/out-0.webp")


def test_accessing_urls_without_downloading(models: Server, capsys: pytest.CaptureFixture[str]) -> None:
    from replicate.lib._predictions_use import get_path_url

    flux_dev = replicate.use("black-forest-labs/flux-dev")
    outputs = flux_dev(prompt="a serene landscape")

    for output in outputs:
        url = get_path_url(output)
        print(f"URL: {url}")  # https://replicate.delivery/...

    assert capsys.readouterr().out == f"URL: {outputs[0].url}\n"
    assert not [r for r in models.requests if r.path.endswith("out-0.webp")]  # nothing downloaded


def test_creating_predictions_without_waiting(models: Server, capsys: pytest.CaptureFixture[str]) -> None:
    claude = replicate.use("anthropic/claude-4.5-sonnet")

    # Start the prediction
    run = claude.create(prompt="Explain quantum computing")

    # Check logs while it's running
    print(run.logs())

    # Get the output when ready
    result = run.output()
    print(result)

    assert capsys.readouterr().out.endswith("Answer to: Explain quantum computing \n")
    [create] = requests_to(models, "POST", "/v1/models/anthropic/claude-4.5-sonnet/predictions")
    assert "prefer" not in create.headers  # created without waiting


def test_run_a_model(models: Server, capsys: pytest.CaptureFixture[str]) -> None:
    output = replicate.run(
        "black-forest-labs/flux-schnell", input={"prompt": "astronaut riding a rocket like a horse"}
    )
    print(output)
    assert str(output[0]).endswith("/out-0.webp") and output[0].read() == PNG


def test_handling_errors(models: Server, capsys: pytest.CaptureFixture[str]) -> None:
    from replicate.exceptions import ModelError

    try:
        output = replicate.run(
            "stability-ai/stable-diffusion-3", input={"prompt": "An astronaut riding a rainbow unicorn"}
        )
    except ModelError as e:
        print(f"Prediction failed: {e}")
        # The prediction object is available as e.prediction
        print(f"Prediction ID: {e.prediction.id}")
        print(f"Status: {e.prediction.status}")
    else:
        raise AssertionError(f"expected ModelError, got {output!r}")

    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "Prediction failed: NSFW content detected" and lines[2] == "Status: failed"


def test_file_inputs(models: Server, tmp_path: Path) -> None:
    # Using a URL
    output = replicate.run(
        "andreasjansson/blip-2:f677695e5e89f8b236e52ecd1d3f01beb44c34606419bcc19345e046d8f786f9",
        input={"image": "https://example.com/image.jpg"},
    )
    assert output == "a caption of https"

    (tmp_path / "image.jpg").write_bytes(PNG)  # changed: a file that exists
    # Using a local file
    with open(tmp_path / "image.jpg", "rb") as f:
        output = replicate.run(
            "andreasjansson/blip-2:f677695e5e89f8b236e52ecd1d3f01beb44c34606419bcc19345e046d8f786f9",
            input={"image": f},
        )
    assert output == "a caption of http:"  # uploaded, then sent as the upload's URL
    assert len(requests_to(models, "POST", "/v1/files")) == 1


def test_wait_parameter(models: Server) -> None:
    # Wait up to 30 seconds
    output = replicate.run("replicate/hello-world", input={"text": "a"}, wait=30)  # changed: "..." and {...}
    # Don't wait at all - returns immediately
    output2 = replicate.run("replicate/hello-world", input={"text": "b"}, wait=False)
    assert (output, output2) == ("hello a", "hello b")
    first, second = requests_to(models, "POST", "/v1/models/replicate/hello-world/predictions")
    assert first.headers["prefer"] == "wait=30" and "prefer" not in second.headers


def test_streaming_output(models: Server, capsys: pytest.CaptureFixture[str]) -> None:
    claude = replicate.use("anthropic/claude-4.5-sonnet", streaming=True)

    for event in claude(input={"prompt": "Please write a haiku about streaming Python."}):
        print(str(event), end="")

    assert capsys.readouterr().out == "Answer to: Please write a haiku about streaming Python. "
    [create] = requests_to(models, "POST", "/v1/models/anthropic/claude-4.5-sonnet/predictions")
    # As in the beta, the keyword is one input named `input`: the model received exactly that.
    assert create.json()["input"] == {"input": {"prompt": "Please write a haiku about streaming Python."}}


def test_async_usage(models: Server, capsys: pytest.CaptureFixture[str]) -> None:
    prediction_id = replicate.predictions.create(model="replicate/hello-world", input={"text": "x"}).id

    replicate_ = AsyncReplicate(
        bearer_token=os.environ.get("REPLICATE_API_TOKEN"),  # This is the default and can be omitted
    )

    async def main() -> None:
        prediction = await replicate_.predictions.get(
            prediction_id=prediction_id,  # changed: an id this server has ("gm3qorzdhgbfurvjtvhg6dckhu")
        )
        print(prediction.id)
        await replicate_.close()  # changed: closed in the loop that used it

    asyncio.run(main())
    assert capsys.readouterr().out == f"{prediction_id}\n"


def test_with_aiohttp(models: Server, capsys: pytest.CaptureFixture[str]) -> None:
    from replicate import AsyncReplicate, DefaultAioHttpClient

    prediction_id = replicate.predictions.create(model="replicate/hello-world", input={"text": "x"}).id

    async def main() -> None:
        async with AsyncReplicate(
            bearer_token=models.token,  # changed: "My Bearer Token"
            http_client=DefaultAioHttpClient(),
        ) as replicate:
            prediction = await replicate.predictions.get(
                prediction_id=prediction_id,  # changed: an id this server has
            )
            print(prediction.id)

    asyncio.run(main())
    assert capsys.readouterr().out == f"{prediction_id}\n"


def test_pagination(models: Server) -> None:
    replicate = Replicate()

    all_models = []
    # Automatically fetches more pages as needed.
    for model in replicate.models.list():
        # Do something with model here
        all_models.append(model)
    print(all_models)
    assert {f"{m.owner}/{m.name}" for m in all_models} >= {"replicate/hello-world", "google/veo-3-fast"}


def test_async_pagination(models: Server) -> None:
    replicate = AsyncReplicate()

    async def main() -> List[Any]:
        all_models = []
        # Iterate through items across all pages, issuing requests as needed.
        async for model in replicate.models.list():
            all_models.append(model)
        print(all_models)
        await replicate.close()  # changed: closed in the loop that used it
        return all_models

    assert len(asyncio.run(main())) == len(list(Replicate().models.list()))


def test_pages_by_hand(models: Server, capsys: pytest.CaptureFixture[str]) -> None:
    models._services.page_size = 2  # small pages, so that there is a next one
    replicate = AsyncReplicate()

    async def main() -> None:
        first_page = await replicate.models.list()
        if first_page.has_next_page():
            print(f"will fetch next page using these details: {first_page.next_page_info()}")
            next_page = await first_page.get_next_page()
            print(f"number of items we just fetched: {len(next_page.results)}")

        first_page = await replicate.models.list()

        print(f"next URL: {first_page.next}")  # => "next URL: ..."
        for model in first_page.results:
            print(model.cover_image_url)
        await replicate.close()  # changed: closed in the loop that used it

    asyncio.run(main())
    out = capsys.readouterr().out.splitlines()
    first_page = Replicate().models.list()
    assert first_page.has_next_page()  # the server pages by 2 here
    assert out[0] == f"will fetch next page using these details: PageInfo(url=URL('{first_page.next}'))"
    assert out[1] == "number of items we just fetched: 2"
    assert out[2] == f"next URL: {first_page.next}" and len(out) == 3 + len(first_page.results)


def test_file_uploads(models: Server, tmp_path: Path) -> None:
    path = tmp_path / "file"  # changed: "/path/to/file"
    path.write_bytes(b"some content")
    replicate = Replicate()

    created = replicate.files.create(
        content=Path(path),
    )
    assert created.size == len(b"some content")
    [upload] = requests_to(models, "POST", "/v1/files")
    assert b"some content" in upload.body and b'filename="file"' in upload.body


def test_handling_api_errors(models: Server, capsys: pytest.CaptureFixture[str]) -> None:
    import replicate
    from replicate import Replicate

    client = (
        Replicate()
    )  # changed: the README rebinds `replicate`, then catches `replicate.APIConnectionError`

    for version in (f"replicate/hello-world:{HELLO_VERSION}", f"replicate/hello-world:{'0' * 64}"):
        try:
            client.predictions.create(
                input={"text": "Alice"},
                version=version,
            )
        except replicate.APIConnectionError as e:
            print("The server could not be reached")
            print(e.__cause__)  # an underlying Exception, likely raised within httpx.
        except replicate.RateLimitError:
            print("A 429 status code was received; we should back off a bit.")
        except replicate.APIStatusError as e:
            print("Another non-200-range status code was received")
            print(e.status_code)
            print(e.response)
    out = capsys.readouterr().out.splitlines()
    assert out[:2] == ["Another non-200-range status code was received", "404"]  # the unknown version
    sent = [r.json()["version"] for r in requests_to(models, "POST", "/v1/predictions")]
    assert sent == [f"replicate/hello-world:{HELLO_VERSION}", f"replicate/hello-world:{'0' * 64}"]


def test_retries_and_timeouts(models: Server) -> None:
    from replicate import Replicate

    # Configure the default for all requests:
    replicate = Replicate(
        # default is 2
        max_retries=0,
    )

    # Or, configure per-request:
    replicate.with_options(max_retries=5).predictions.create(
        input={"text": "Alice"},
        version="replicate/hello-world:5c7d5dc6dd8bf75c1acaa8565735e7986bc5b66206b55cca93cb72c9bf15ccaa",
    )
    assert replicate.max_retries == 0

    # Configure the default for all requests:
    replicate = Replicate(
        # 20 seconds (default is 1 minute)
        timeout=20.0,
    )
    assert replicate.timeout == httpx.Timeout(20.0)

    # More granular control:
    replicate = Replicate(
        timeout=httpx.Timeout(60.0, read=5.0, write=10.0, connect=2.0),
    )

    # Override per-request:
    replicate.with_options(timeout=5.0).predictions.create(
        input={"text": "Alice"},
        version="replicate/hello-world:5c7d5dc6dd8bf75c1acaa8565735e7986bc5b66206b55cca93cb72c9bf15ccaa",
    )
    assert len(requests_to(models, "POST", "/v1/predictions")) == 2


def test_logging(models: Server, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    import logging

    monkeypatch.setenv("REPLICATE_LOG", "debug")  # $ export REPLICATE_LOG=debug
    with caplog.at_level(logging.DEBUG, logger="replicate"):
        Replicate().account.get()
    assert any("/v1/account" in record.getMessage() for record in caplog.records)
    assert not any(models.token in record.getMessage() for record in caplog.records)


def test_null_or_missing(models: Server) -> None:
    response = Replicate().predictions.create(model="replicate/hello-world", input={"text": "n"})
    if response.started_at is None:
        assert "started_at" not in response.model_fields_set  # missing, not null, on a new prediction
    assert "error" in response.model_fields_set and response.error is None  # explicitly null


def test_raw_and_streaming_responses(models: Server, capsys: pytest.CaptureFixture[str]) -> None:
    from replicate import Replicate

    replicate = Replicate()
    response = replicate.predictions.with_raw_response.create(
        input={"text": "Alice"},
        version="replicate/hello-world:5c7d5dc6dd8bf75c1acaa8565735e7986bc5b66206b55cca93cb72c9bf15ccaa",
    )
    print(response.headers.get("X-My-Header"))

    prediction = response.parse()  # get the object that `predictions.create()` would have returned
    print(prediction.id)

    with replicate.predictions.with_streaming_response.create(
        input={"text": "Alice"},
        version="replicate/hello-world:5c7d5dc6dd8bf75c1acaa8565735e7986bc5b66206b55cca93cb72c9bf15ccaa",
    ) as response:
        print(response.headers.get("X-My-Header"))

        for line in response.iter_lines():
            print(line)

    out = capsys.readouterr().out.splitlines()
    assert out[:2] == ["None", prediction.id] and json.loads(out[3])["input"] == {"text": "Alice"}


def test_custom_requests(models: Server) -> None:
    replicate = Replicate()
    response = replicate.post(
        "/predictions",  # changed: "/foo" is not an endpoint of the local server
        cast_to=httpx.Response,
        body={"version": f"replicate/hello-world:{HELLO_VERSION}", "input": {"text": "raw"}},
    )
    print(response.headers.get("x-foo"))
    assert response.status_code == 201 and response.json()["input"] == {"text": "raw"}

    created = replicate.predictions.create(
        model="replicate/hello-world",
        input={"text": "e"},
        extra_headers={"X-Extra": "1"},
        extra_query={"q": "1"},
        extra_body={"my_param": True},
    )
    sent = models.requests[-1]
    assert sent.headers["x-extra"] == "1" and sent.query_string == "q=1" and sent.json()["my_param"] is True
    assert created.model_extra is not None  # undocumented fields of the response land here


def test_configuring_the_http_client(models: Server) -> None:
    from replicate import DefaultHttpxClient, Replicate

    replicate = Replicate(
        # Or use the `REPLICATE_BASE_URL` env var
        base_url=models.url,  # changed: "http://my.test.server.example.com:8083"
        http_client=DefaultHttpxClient(
            # changed: no proxy="http://my.test.proxy.example.com" (no such proxy here)
            transport=httpx.HTTPTransport(local_address="0.0.0.0"),
        ),
    )
    assert replicate.account.get().username
    other = replicate.with_options(http_client=DefaultHttpxClient())
    assert other.account.get().username


def test_managing_http_resources(models: Server) -> None:
    from replicate import Replicate

    with Replicate() as replicate:
        # make requests here
        replicate.account.get()

    # HTTP client is now closed
    with pytest.raises(Exception, match="closed"):
        replicate.account.get()


def test_determining_the_installed_version(capsys: pytest.CaptureFixture[str]) -> None:
    import replicate

    print(replicate.__version__)
    assert capsys.readouterr().out.strip() == replicate.__version__ != ""
