"""The module-level client (laziness, configuration) and the older call shapes' edge cases."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import replicate
from replicate.testing import Server, serve

from .conftest import CLIPDRAW, requests_to


def test_import_is_cheap_reads_no_token_and_opens_no_connection() -> None:
    script = textwrap.dedent(
        """
        import os, socket, sys

        class Recording(dict):
            reads = []
            def __getitem__(self, key):
                Recording.reads.append(key)
                return super().__getitem__(key)
            def get(self, key, default=None):
                Recording.reads.append(key)
                return super().get(key, default)

        os.environ = Recording(os.environ)
        def refuse(*args, **kwargs):
            raise AssertionError("a connection was opened")
        socket.socket.connect = refuse
        socket.create_connection = refuse

        import replicate
        replicate.api_token = "r8_assigned"
        _ = replicate.run, replicate.stream, replicate.async_run, replicate.paginate, replicate.webhooks
        assert not [m for m in ("httpx", "pydantic", "replicate._client") if m in sys.modules], sys.modules.keys()
        assert not [k for k in Recording.reads if k.startswith("REPLICATE")], Recording.reads
        _ = replicate.Client, replicate.predictions  # creating a client still opens nothing
        assert not [k for k in Recording.reads if k.startswith("REPLICATE_API")], Recording.reads
        print("ok")
        """
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "ok\n"


def test_module_attributes_configure_the_next_call(
    legacy_server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert replicate.api_token is None and replicate.base_url is None
    first = replicate.default_client
    assert replicate.default_client is first  # reused while nothing changes
    with serve(speed=10.0) as other:
        monkeypatch.setattr(replicate, "base_url", other.url, raising=False)
        monkeypatch.setattr(replicate, "api_token", other.token, raising=False)
        assert replicate.run("replicate/hello-world", input={"text": "b"}) == "hello b"
        assert requests_to(other, "POST", "/v1/models/replicate/hello-world/predictions")
        assert replicate.default_client is not first
    assert not requests_to(legacy_server, "POST", "/v1/models/replicate/hello-world/predictions")
    monkeypatch.setattr(replicate, "api_token", "r8_wrong", raising=False)
    monkeypatch.setattr(replicate, "base_url", legacy_server.url, raising=False)
    with pytest.raises(replicate.AuthenticationError):
        replicate.models.get("replicate/hello-world")


def test_string_path_in_input_is_refused_and_never_opened(
    legacy_server: Server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "photo.jpg").write_bytes(b"secret")
    with pytest.raises(ValueError, match=r"pass pathlib.Path\('photo.jpg'\) or open\('photo.jpg', 'rb'\)"):
        replicate.run("andreasjansson/blip-2", input={"image": "photo.jpg"})
    with pytest.raises(ValueError, match="names a local file"):
        replicate.predictions.create(model="andreasjansson/blip-2", input={"image": ["photo.jpg"]})
    assert legacy_server.requests == []
    # A prompt that is not a file, and the new forms, go through.
    assert (
        replicate.run("andreasjansson/blip-2", input={"image": Path("photo.jpg")})
        == "an astronaut riding a horse"
    )
    [upload] = requests_to(legacy_server, "POST", "/v1/files")
    assert b"secret" in upload.body


def test_ambiguous_forms_raise_with_the_new_form(legacy_server: Server) -> None:
    with pytest.raises(
        ValueError, match="Exactly one of 'model', 'version', or 'deployment' must be specified"
    ):
        replicate.predictions.create(model="a/b", version=CLIPDRAW, input={})
    with pytest.raises(ValueError, match='version="owner/name:<version id>"'):
        replicate.trainings.create(version=CLIPDRAW, input={}, destination="a/b")
    with pytest.raises(ValueError, match="name different models"):
        replicate.trainings.create(
            model="x/y", version=f"kvfrans/clipdraw:{CLIPDRAW}", input={}, destination="a/b"
        )
    with pytest.raises(TypeError, match=r"run\(\) got unexpected keyword argument\(s\) webhooks="):
        replicate.run("replicate/hello-world", input={"text": "x"}, webhooks="https://example.com")
    with pytest.raises(ValueError, match=r"cursor must be the `next`"):
        replicate.predictions.list("https://elsewhere.example/v1/predictions?cursor=abc")
    with pytest.raises(ValueError, match="needs an 'owner/name'"):
        replicate.models.get("just-a-name")
    with pytest.raises(TypeError, match="no_such_option"):  # httpx's own check, as in 1.0.x
        replicate.Client(api_token="r8_x", no_such_option=object())
    assert legacy_server.requests == []


def test_typed_keywords_work_on_legacy_resources(legacy_server: Server) -> None:
    model = replicate.models.get(model_owner="kvfrans", model_name="clipdraw")
    assert model.id == "kvfrans/clipdraw" and model.typed.owner == "kvfrans"
    version = model.versions.get(version_id=CLIPDRAW)
    prediction = replicate.predictions.create(version=version.ref, input={"prompt": "x"})
    same = replicate.predictions.get(prediction_id=prediction.id)
    assert same.id == prediction.id and same.typed.id == prediction.id
    assert replicate.predictions.with_raw_response.get(prediction_id=prediction.id).status_code == 200
    client = replicate.Client()
    assert client.typed.predictions.get(prediction_id=prediction.id).id == prediction.id
    assert client.search(query="clipdraw") is not None  # any other attribute is the typed client's


def test_paginate_accepts_typed_list_methods(legacy_server: Server) -> None:
    typed = replicate.Replicate()
    pages = list(replicate.paginate(typed.models.list))
    assert sum(len(page.results) for page in pages) == len(legacy_server._state.models)


async def test_async_twins(legacy_server: Server) -> None:
    assert await replicate.async_run("replicate/hello-world", input={"text": "a"}) == "hello a"
    text = "".join(
        [
            str(event)
            async for event in await replicate.async_stream(
                "meta/llama-3-70b-instruct", input={"prompt": "hi"}
            )
        ]
    )
    assert text == "You said: hi"
    text = "".join(
        [
            str(event)
            async for event in replicate.async_stream("meta/llama-3-70b-instruct", input={"prompt": "yo"})
        ]
    )
    assert text == "You said: yo"
    model = await replicate.models.async_get("kvfrans/clipdraw")
    version = await model.versions.async_get(CLIPDRAW)
    prediction = await replicate.predictions.async_create(version=version, input={"prompt": "x"})
    await prediction.async_cancel()
    await prediction.async_reload()
    assert prediction.status == "canceled"
    pages = [page async for page in replicate.async_paginate(replicate.models.async_list)]
    assert sum(len(page) for page in pages) == len(legacy_server._state.models)
    page = await replicate.predictions.async_list()
    assert prediction.id in [p.id for p in page]
    output = await replicate.async_run("replicate/png-maker", input={"prompt": "p"})
    assert (await output[0].aread()).startswith(b"\x89PNG")
