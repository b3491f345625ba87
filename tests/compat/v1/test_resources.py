"""Every resource method of replicate 1.0.7 with its positional and keyword shapes, and its `async_`
twin, against the local server: what comes back and what the server received."""

from __future__ import annotations

import io
import warnings
from pathlib import Path
from typing import Any, List

import pytest

import replicate
from replicate.exceptions import ReplicateException
from replicate.testing import Server

from ...legacy.conftest import CLIPDRAW, PNG, SD_001, SDXL, USERNAME
from .conftest import SLEEPY, body_of, requests_to

HELLO = "replicate/hello-world"


def _version_of(client: replicate.Client, model: str) -> str:
    latest = client.models.get(model).latest_version
    assert latest is not None
    return latest.id


# ----------------------------------------------------------------------------------- predictions


def test_predictions_create_shapes(server: Server, client: replicate.Client) -> None:
    version = client.models.get("kvfrans/clipdraw").versions.get(CLIPDRAW)
    by_position = client.predictions.create(CLIPDRAW, {"prompt": "a"})
    by_object = client.predictions.create(
        version=version,
        input={"prompt": "b"},
        webhook="https://example.com/hook",
        webhook_completed="https://example.com/done",
        webhook_events_filter=["completed"],
        stream=True,
    )
    assert by_position.status == by_object.status == "starting"
    first, second = requests_to(server, "POST", "/v1/predictions")
    assert body_of(first) == {"version": CLIPDRAW, "input": {"prompt": "a"}}
    assert body_of(second) == {
        "version": CLIPDRAW,
        "input": {"prompt": "b"},
        "webhook": "https://example.com/hook",
        "webhook_completed": "https://example.com/done",
        "webhook_events_filter": ["completed"],
        "stream": True,
    }
    assert "prefer" not in first.headers

    model = client.models.get(HELLO)
    for target in (("replicate", "hello-world"), model, HELLO):
        prediction = client.predictions.create(model=target, input={"text": "m"}, wait=True)
        assert prediction.status == "succeeded" and prediction.output == "hello m"
    created = requests_to(server, "POST", "/v1/models/replicate/hello-world/predictions")
    assert len(created) == 3 and all(request.headers["prefer"] == "wait" for request in created)

    held = client.predictions.create(model=HELLO, input={"text": "w"}, wait=5)
    assert held.output == "hello w"
    assert (
        requests_to(server, "POST", "/v1/models/replicate/hello-world/predictions")[-1].headers["prefer"]
        == "wait=5"
    )


def test_predictions_create_needs_exactly_one_target(server: Server, client: replicate.Client) -> None:
    message = "Exactly one of 'model', 'version', or 'deployment' must be specified"
    with pytest.raises(ValueError, match=message):
        client.predictions.create(input={"text": "x"})
    with pytest.raises(ValueError, match=message):
        client.predictions.create(model=HELLO, version=CLIPDRAW, input={})
    with pytest.raises(ValueError, match="model must be a Model, a tuple of"):
        client.predictions.create(model=("just-one",), input={})
    assert server.requests == []


def test_predictions_file_inputs(server: Server, client: replicate.Client, tmp_path: Path) -> None:
    path = tmp_path / "photo.png"
    path.write_bytes(b"\x89PNG fake")
    prediction = client.predictions.create(
        model="andreasjansson/blip-2", input={"image": path}, file_encoding_strategy="base64"
    )
    assert prediction.input["image"].startswith("data:image/png;base64,")
    client.predictions.create(model="andreasjansson/blip-2", input={"image": open(path, "rb")})  # noqa: SIM115
    [upload] = requests_to(server, "POST", "/v1/files")
    assert b"\x89PNG fake" in upload.body


def test_predictions_get_cancel_list(server: Server, client: replicate.Client) -> None:
    prediction = client.predictions.create(model=SLEEPY, input={})
    assert client.predictions.get(prediction.id).id == prediction.id
    assert client.predictions.get(id=prediction.id).id == prediction.id
    canceled = client.predictions.cancel(prediction.id)
    assert canceled.status == "canceled"
    assert requests_to(server, "POST", f"/v1/predictions/{prediction.id}/cancel")
    page = client.predictions.list()
    assert prediction.id in [p.id for p in page] and isinstance(page.results, list)
    with pytest.raises(ValueError, match="cursor cannot be None"):
        client.predictions.list(None)


async def test_predictions_async_twins(server: Server, client: replicate.Client) -> None:
    prediction = await client.predictions.async_create(
        model=("replicate", "hello-world"), input={"text": "a"}
    )
    assert (await client.predictions.async_get(prediction.id)).id == prediction.id
    assert (await client.predictions.async_get(id=prediction.id)).id == prediction.id  # as get(id=) does
    await prediction.async_wait()
    assert prediction.output == "hello a"
    slow = await client.predictions.async_create(model=SLEEPY, input={})
    assert (await client.predictions.async_cancel(slow.id)).status == "canceled"
    page = await client.predictions.async_list()
    assert {prediction.id, slow.id} <= {p.id for p in page}
    with pytest.raises(ValueError, match="cursor cannot be None"):
        await client.predictions.async_list(None)


def test_output_iterators_yield_each_item_once_as_it_appears(
    server: Server, client: replicate.Client
) -> None:
    prediction = client.predictions.create(model="meta/meta-llama-3-8b-instruct", input={"prompt": "a b c"})
    items = list(prediction.output_iterator(poll_interval=0.005))
    assert "".join(items) == "You said: a b c" and len(items) == 5
    assert prediction.status == "succeeded"  # reloaded in place while iterating


async def test_async_output_iterator(server: Server, client: replicate.Client) -> None:
    prediction = await client.predictions.async_create(
        model="meta/meta-llama-3-8b-instruct", input={"prompt": "a b c"}
    )
    items = [item async for item in prediction.async_output_iterator(poll_interval=0.005)]
    assert "".join(items) == "You said: a b c" and len(items) == 5
    await prediction.async_wait(poll_interval=0.005)
    assert prediction.status == "succeeded"


def test_prediction_object(server: Server, client: replicate.Client) -> None:
    prediction = client.predictions.create(model="kvfrans/clipdraw", input={"prompt": "x"})
    prediction.wait()
    assert prediction.status == "succeeded"
    assert prediction.logs is not None and "iteration: 30" in prediction.logs
    assert isinstance(prediction.output, str) and prediction.output.read().startswith(b"\x89PNG")
    assert dict(prediction)["id"] == prediction.id and prediction.urls["get"].endswith(prediction.id)
    assert prediction.progress is None
    assert replicate.prediction.Prediction.Progress.parse("step\n 45%|####     | 9/20 [00:01<00:02]") == (
        replicate.prediction.Prediction.Progress(0.45, 9, 20)
    )


# ---------------------------------------------------------------------------------------- models


def test_models_get_shapes(server: Server, client: replicate.Client) -> None:
    for model in (
        client.models.get(HELLO),
        client.models.get("replicate", "hello-world"),
        client.models.get(key=HELLO),
        client.models.get(owner="replicate", name="hello-world"),
    ):
        assert model.id == HELLO and model.owner == "replicate" and model.name == "hello-world"
    assert len(requests_to(server, "GET", "/v1/models/replicate/hello-world")) == 4
    with pytest.raises(ValueError, match="Cannot mix positional and keyword arguments"):
        client.models.get(HELLO, owner="replicate")
    with pytest.raises(ValueError, match="Both 'owner' and 'name' must be provided"):
        client.models.get(owner="replicate")


def test_models_list_search_create_delete(server: Server, client: replicate.Client) -> None:
    page = client.models.list()
    assert all(isinstance(model, replicate.model.Model) for model in page)
    if page.next:
        assert client.models.list(page.next).results
    with pytest.raises(ValueError, match="cursor cannot be None"):
        client.models.list(None)
    found = client.models.search("hello")
    assert HELLO in [model.id for model in found]
    [query] = requests_to(server, "QUERY", "/v1/models")
    assert query.body == b"hello" and query.headers["content-type"].startswith("text/plain")

    created = client.models.create(owner=USERNAME, name="my-model", visibility="private", hardware="cpu")
    assert created.id == f"{USERNAME}/my-model"
    [create] = requests_to(server, "POST", "/v1/models")
    assert body_of(create) == {
        "owner": USERNAME,
        "name": "my-model",
        "visibility": "private",
        "hardware": "cpu",
    }
    assert client.models.delete(f"{USERNAME}/my-model") is True
    assert requests_to(server, "DELETE", f"/v1/models/{USERNAME}/my-model")


async def test_models_async_twins(server: Server, client: replicate.Client) -> None:
    assert (await client.models.async_get("replicate", "hello-world")).id == HELLO
    assert (await client.models.async_list()).results
    assert HELLO in [model.id for model in await client.models.async_search("hello")]
    await client.models.async_create(USERNAME, "tmp", visibility="private", hardware="cpu")
    assert await client.models.async_delete(owner=USERNAME, name="tmp") is True
    prediction = await client.models.predictions.async_create(model=HELLO, input={"text": "z"}, wait=True)
    assert prediction.output == "hello z"


def test_models_predictions_create(server: Server, client: replicate.Client) -> None:
    prediction = client.models.predictions.create(model=HELLO, input={"text": "p"}, wait=True)
    assert prediction.status == "succeeded" and prediction.output == "hello p"
    [request] = requests_to(server, "POST", "/v1/models/replicate/hello-world/predictions")
    assert body_of(request) == {"input": {"text": "p"}} and request.headers["prefer"] == "wait"
    by_tuple = client.models.predictions.create(("replicate", "hello-world"), {"text": "q"})
    assert by_tuple.model == HELLO


def test_model_object(server: Server, client: replicate.Client) -> None:
    model = client.models.get(HELLO)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert model.username == "replicate"
    assert caught and issubclass(caught[0].category, DeprecationWarning)
    with pytest.raises(ReplicateException, match=r"The `model.predict\(\)` method has been removed"):
        model.predict(text="x")
    model.reload()
    assert model.id == HELLO and len(requests_to(server, "GET", "/v1/models/replicate/hello-world")) == 2
    assert model.url is None or model.url.endswith("hello-world")


def test_versions(server: Server, client: replicate.Client) -> None:
    from replicate.version import Versions

    model = client.models.get("stability-ai/sdxl")
    version = model.versions.get(SDXL)
    assert version.id == SDXL and version.openapi_schema and version.created_at
    assert Versions(client, "stability-ai/sdxl").get(SDXL).id == SDXL
    assert Versions(client, ("stability-ai", "sdxl")).get(id=SDXL).id == SDXL
    assert [v.id for v in model.versions.list()] == [SDXL]
    path = f"/v1/models/stability-ai/sdxl/versions/{SDXL}"
    assert len(requests_to(server, "GET", path)) == 3
    assert model.versions.delete(SDXL) is True
    assert requests_to(server, "DELETE", path)


async def test_versions_async_twins(server: Server, client: replicate.Client) -> None:
    model = await client.models.async_get("stability-ai/sdxl")
    assert (await model.versions.async_get(SDXL)).id == SDXL
    assert [v.id for v in await model.versions.async_list()] == [SDXL]
    assert await model.versions.async_delete(SDXL) is True
    assert requests_to(server, "DELETE", f"/v1/models/stability-ai/sdxl/versions/{SDXL}")


# ------------------------------------------------------------------------------------- trainings


@pytest.fixture
def destination(client: replicate.Client) -> str:
    client.models.create(owner=USERNAME, name="trained", visibility="private", hardware="cpu")
    return f"{USERNAME}/trained"


def test_trainings_create_shapes(server: Server, client: replicate.Client, destination: str) -> None:
    version = _version_of(client, HELLO)
    path = f"/v1/models/replicate/hello-world/versions/{version}/trainings"
    positional = client.trainings.create(f"{HELLO}:{version}", {"steps": 1}, destination)
    assert positional.destination == destination and positional.status == "starting"
    by_keywords = client.trainings.create(
        model=("replicate", "hello-world"),
        version=version,
        input={"steps": 2},
        destination=client.models.get(destination),
        webhook="https://example.com/hook",
        webhook_events_filter=["completed"],
    )
    assert by_keywords.destination == destination
    shorthand = client.trainings.create(
        version=f"{HELLO}:{version}", input={}, destination=(USERNAME, "trained")
    )
    first, second, third = requests_to(server, "POST", path)
    assert body_of(first) == {"input": {"steps": 1}, "destination": destination}
    assert body_of(second) == {
        "input": {"steps": 2},
        "destination": destination,
        "webhook": "https://example.com/hook",
        "webhook_events_filter": ["completed"],
    }
    assert body_of(third)["destination"] == destination and shorthand.id
    with pytest.raises(ValueError, match="A destination must be provided"):
        client.trainings.create(f"{HELLO}:{version}", {})


def test_training_object(server: Server, client: replicate.Client, destination: str) -> None:
    version = _version_of(client, HELLO)
    training = client.trainings.create(f"{HELLO}:{version}", {}, destination)
    assert client.trainings.get(training.id).id == training.id
    training.wait()
    assert training.status == "succeeded"
    assert training.output["version"].startswith(f"{destination}:")
    assert client.trainings.get(training.id).destination == destination  # read from the output
    assert training.id in [t.id for t in client.trainings.list()]
    with pytest.raises(ValueError, match="cursor cannot be None"):
        client.trainings.list(None)
    other = client.trainings.create(f"{HELLO}:{version}", {}, destination)
    other.cancel()
    assert other.status == "canceled"
    assert requests_to(server, "POST", f"/v1/trainings/{other.id}/cancel")


async def test_trainings_async_twins(server: Server, client: replicate.Client, destination: str) -> None:
    version = _version_of(client, HELLO)
    training = await client.trainings.async_create(HELLO, version, {"steps": 3}, destination=destination)
    assert training.destination == destination
    [request] = requests_to(server, "POST", f"/v1/models/replicate/hello-world/versions/{version}/trainings")
    assert body_of(request) == {"input": {"steps": 3}, "destination": destination}
    assert (await client.trainings.async_get(training.id)).id == training.id
    assert (await client.trainings.async_cancel(training.id)).status == "canceled"
    assert training.id in [t.id for t in await client.trainings.async_list()]
    await training.async_reload()
    assert training.status == "canceled"


# ----------------------------------------------------------------------------------- deployments


@pytest.fixture
def deployment(client: replicate.Client) -> Any:
    return client.deployments.create(
        name=f"{USERNAME}/my-deployment",
        model=HELLO,
        version=_version_of(client, HELLO),
        hardware="cpu",
        min_instances=0,
        max_instances=1,
    )


def test_deployments(server: Server, client: replicate.Client, deployment: Any) -> None:
    [create] = requests_to(server, "POST", "/v1/deployments")
    assert body_of(create)["name"] == "my-deployment"  # 1.0.x sent the name part of "owner/name"
    assert (
        deployment.id == f"{USERNAME}/my-deployment"
        and deployment.current_release.configuration.hardware == "cpu"
    )
    assert client.deployments.get(f"{USERNAME}/my-deployment").name == "my-deployment"
    assert [d.id for d in client.deployments.list()] == [deployment.id]
    updated = client.deployments.update(USERNAME, "my-deployment", max_instances=3)
    assert updated.current_release.configuration.max_instances == 3
    [patch] = requests_to(server, "PATCH", f"/v1/deployments/{USERNAME}/my-deployment")
    assert body_of(patch) == {"max_instances": 3}

    for target in (f"{USERNAME}/my-deployment", (USERNAME, "my-deployment"), deployment):
        prediction = client.deployments.predictions.create(deployment=target, input={"text": "d"}, wait=True)
        assert prediction.output == "hello d"
    prediction = deployment.predictions.create(input={"text": "e"})
    prediction.wait()
    assert prediction.output == "hello e"
    runs = requests_to(server, "POST", f"/v1/deployments/{USERNAME}/my-deployment/predictions")
    assert [body_of(request) for request in runs] == [{"input": {"text": t}} for t in "ddde"]
    assert client.deployments.delete(USERNAME, "my-deployment") is True
    assert requests_to(server, "DELETE", f"/v1/deployments/{USERNAME}/my-deployment")


async def test_deployments_async_twins(server: Server, client: replicate.Client, deployment: Any) -> None:
    assert (await client.deployments.async_get(deployment.id)).id == deployment.id
    assert [d.id for d in await client.deployments.async_list()] == [deployment.id]
    updated = await client.deployments.async_update(USERNAME, "my-deployment", min_instances=1)
    assert updated.current_release.configuration.min_instances == 1
    prediction = await client.deployments.predictions.async_create(deployment.id, {"text": "f"})
    await prediction.async_wait()
    assert prediction.output == "hello f"
    assert (await deployment.predictions.async_create(input={"text": "g"})).id
    assert await client.deployments.async_delete(USERNAME, "my-deployment") is True
    assert requests_to(server, "DELETE", f"/v1/deployments/{USERNAME}/my-deployment")


# ------------------------------------------------------------------- collections, hardware, files


def test_collections(server: Server, client: replicate.Client) -> None:
    page = client.collections.list()
    assert all(isinstance(c, replicate.collection.Collection) for c in page) and page[0].models is None
    collection = client.collections.get(page[0].slug)
    assert len(collection) == len(collection.models or []) > 0
    assert [model.id for model in collection] == [model.id for model in collection.models or []]
    assert collection[0].id == (collection.models or [])[0].id and collection.id == collection.slug
    with pytest.raises(ValueError, match="cursor cannot be None"):
        client.collections.list(None)


async def test_collections_and_hardware_async(server: Server, client: replicate.Client) -> None:
    page = await client.collections.async_list()
    collection = await client.collections.async_get(page[0].slug)
    assert collection.slug == page[0].slug and len(collection) > 0
    assert [hw.sku for hw in await client.hardware.async_list()][:1] == ["cpu"]


def test_hardware(server: Server, client: replicate.Client) -> None:
    hardware = client.hardware.list()
    assert [hw.sku for hw in hardware][:2] == ["cpu", "gpu-t4"]
    assert hardware[0].name and hardware[0].id == hardware[0].sku
    assert requests_to(server, "GET", "/v1/hardware")


def test_files(server: Server, client: replicate.Client, tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(b"some notes")
    uploaded: List[Any] = [
        client.files.create(str(path)),
        client.files.create(path, metadata={"purpose": "test"}),
        client.files.create(open(path, "rb")),  # noqa: SIM115
        client.files.create(io.BytesIO(b"raw"), filename="raw.bin", content_type="application/x-raw"),
    ]
    assert [f.name for f in uploaded] == ["notes.txt", "notes.txt", "notes.txt", "raw.bin"]
    assert uploaded[1].metadata == {"purpose": "test"} and uploaded[3].content_type == "application/x-raw"
    assert all(f.urls["get"].endswith(f"/v1/files/{f.id}") for f in uploaded)
    requests = requests_to(server, "POST", "/v1/files")
    assert len(requests) == 4 and b"some notes" in requests[0].body and b'"purpose"' in requests[1].body
    assert client.files.get(uploaded[0].id).id == uploaded[0].id
    assert {f.id for f in uploaded} <= {f.id for f in client.files.list()}
    assert client.files.delete(uploaded[0].id) is True
    assert requests_to(server, "DELETE", f"/v1/files/{uploaded[0].id}")
    with pytest.raises(ValueError, match="Unsupported file type"):
        client.files.create(b"bytes are not a file")


async def test_files_async(server: Server, client: replicate.Client, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"async")
    uploaded = await client.files.async_create(path, metadata={"k": 1})
    assert uploaded.metadata == {"k": 1}
    assert (await client.files.async_get(uploaded.id)).id == uploaded.id
    assert uploaded.id in [f.id for f in await client.files.async_list()]
    assert await client.files.async_delete(uploaded.id) is True


# ------------------------------------------------------------------------------------ pagination


def test_paginate(server: Server, client: replicate.Client) -> None:
    from replicate.pagination import Page, paginate

    for index in range(25):
        client.predictions.create(model=HELLO, input={"text": str(index)})
    pages = list(paginate(client.predictions.list))
    assert len(pages) == 2 and sum(len(page) for page in pages) == 25
    assert all(isinstance(page, Page) for page in pages)
    cursors: List[Any] = []

    def list_method(cursor: Any) -> Page[Any]:  # 1.0.x called list methods with `...` first
        cursors.append(cursor)
        return client.predictions.list(cursor)

    assert sum(len(page) for page in paginate(list_method)) == 25
    assert cursors[0] is ... and cursors[1] == pages[0].next


async def test_async_paginate(server: Server, client: replicate.Client) -> None:
    from replicate.pagination import async_paginate

    for index in range(21):
        client.predictions.create(model=HELLO, input={"text": str(index)})
    sizes = [len(page) async for page in async_paginate(client.predictions.async_list)]
    assert sizes == [20, 1]


def test_run_with_prediction_parameters(server: Server, client: replicate.Client) -> None:
    output = client.run(
        HELLO,
        {"text": "hook"},
        webhook="https://example.com/hook",
        webhook_completed="https://example.com/done",
        webhook_events_filter=["completed"],
    )
    assert output == "hello hook"
    [create] = requests_to(server, "POST", "/v1/models/replicate/hello-world/predictions")
    assert body_of(create) == {
        "input": {"text": "hook"},
        "webhook": "https://example.com/hook",
        "webhook_completed": "https://example.com/done",
        "webhook_events_filter": ["completed"],
    }
    assert create.headers["prefer"] == "wait"
    [image] = client.run(
        f"stability-ai/stable-diffusion:{SD_001}", input={"prompt": "x"}, webhook="https://e.x/h"
    )
    assert image.read() == PNG


async def test_async_run_with_prediction_parameters(server: Server, client: replicate.Client) -> None:
    output = await client.async_run(HELLO, {"text": "a"}, webhook="https://example.com/hook", wait=False)
    assert output == "hello a"
    [create] = requests_to(server, "POST", "/v1/models/replicate/hello-world/predictions")
    assert body_of(create)["webhook"] == "https://example.com/hook" and "prefer" not in create.headers


def test_stream_shapes(server: Server, client: replicate.Client) -> None:
    llama = "meta/meta-llama-3-8b-instruct"
    events = client.stream(llama, input={"prompt": "hi"}, webhook="https://example.com/hook")
    assert server.requests == []  # as in 1.0.x, nothing is sent before the first event is asked for
    assert "".join(str(event) for event in events) == "You said: hi"
    [create] = requests_to(server, "POST", f"/v1/models/{llama}/predictions")
    assert body_of(create) == {
        "input": {"prompt": "hi"},
        "webhook": "https://example.com/hook",
        "stream": True,
    }
    prediction = client.predictions.create(model="kvfrans/clipdraw", input={"prompt": "x"})  # no stream=True
    with pytest.raises(replicate.StreamingNotSupportedError, match=r"^Model does not support streaming"):
        list(prediction.stream())


async def test_async_stream_shapes(server: Server, client: replicate.Client) -> None:
    llama = "meta/meta-llama-3-8b-instruct"
    events = await client.async_stream(llama, {"prompt": "yo"}, webhook="https://example.com/hook")
    assert "".join([str(event) async for event in events]) == "You said: yo"
    [create] = requests_to(server, "POST", f"/v1/models/{llama}/predictions")
    assert body_of(create)["webhook"] == "https://example.com/hook"
    prediction = await client.predictions.async_create(model="kvfrans/clipdraw", input={"prompt": "x"})
    with pytest.raises(replicate.StreamingNotSupportedError, match=r"^Model does not support streaming"):
        [event async for event in prediction.async_stream()]
