"""Files in output and predictions through IPython's real display machinery (DisplayFormatter)."""

from __future__ import annotations

import base64
from typing import Any, Dict, Iterator, Tuple

import pytest
from IPython.core.interactiveshell import InteractiveShell

from replicate import AsyncReplicate, Replicate
from replicate.lib import display
from replicate.lib.display import register_ipython_display
from replicate.testing import PredictionContext, Server, serve

PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
)
FILES = {
    "png": (PNG, "image/png"),
    "jpeg": (b"\xff\xd8\xff\xe0fake-jpeg", "image/jpeg"),
    "webp": (b"RIFF....WEBPVP8 ", "image/webp"),
    "wav": (b"RIFF....WAVEfmt ", "audio/wav"),
    "mp4": (b"\x00\x00\x00\x18ftypmp42", "video/mp4"),
    "txt": ("héllo text".encode(), "text/plain; charset=utf-8"),
    "zip": (b"PK\x03\x04zip", "application/zip"),
}


def files_model(inputs: Dict[str, Any], ctx: PredictionContext) -> Any:
    content, content_type = FILES[inputs["kind"]]
    ctx.log("made a file")
    return ctx.file_url(content, f"out.{inputs['kind']}", content_type)


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    with serve() as running:
        running.register_model(
            "acme/files",
            predict=files_model,
            input_schema={"type": "object", "properties": {"kind": {"type": "string"}}},
            output_schema={"type": "string", "format": "uri"},
        )
        yield running


@pytest.fixture(scope="module")
def shell() -> InteractiveShell:
    shell = InteractiveShell.instance()
    register_ipython_display(shell)
    return shell


@pytest.fixture(autouse=True)
def empty_cache() -> None:
    display._cache.clear()


def formatted(shell: InteractiveShell, value: object) -> Dict[str, Any]:
    data, _ = shell.display_formatter.format(value)
    return data


def downloads(server: Server) -> int:
    return sum(1 for request in server.requests if request.path.startswith("/delivery/"))


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        ("png", {"image/png", "text/plain"}),
        ("jpeg", {"image/jpeg", "text/plain"}),
        ("webp", {"text/html", "text/plain"}),
        ("wav", {"text/html", "text/plain"}),
        ("mp4", {"text/html", "text/plain"}),
        ("txt", {"text/plain"}),
        ("zip", {"text/html", "text/plain"}),
    ],
)
def test_file_output_displays_by_the_servers_content_type(
    shell: InteractiveShell, server: Server, kind: str, expected: set
) -> None:
    with Replicate(base_url=server.url, bearer_token=server.token) as client:
        output = client.run("acme/files", input={"kind": kind})
        data = formatted(shell, output)
    assert set(data) == expected
    content, _ = FILES[kind]
    if kind in ("png", "jpeg"):
        assert base64.b64decode(data[f"image/{kind}"]) == content
    if kind == "webp":
        assert data["text/html"].startswith('<img src="data:image/webp;base64,')
    if kind == "wav":
        assert data["text/html"].startswith("<audio controls")
    if kind == "mp4":
        assert data["text/html"].startswith("<video controls")
    if kind == "txt":
        assert data["text/plain"] == "héllo text"
    if kind == "zip":
        assert f'href="{output.url}"' in data["text/html"] and "application/zip" in data["text/html"]


def test_a_file_is_fetched_once(shell: InteractiveShell, server: Server) -> None:
    with Replicate(base_url=server.url, bearer_token=server.token) as client:
        output = client.run("acme/files", input={"kind": "png"})
        before = downloads(server)
        first = formatted(shell, output)
        second = formatted(shell, output)
    assert first == second
    assert downloads(server) == before + 1


def test_above_the_size_cap_a_link_is_shown(
    shell: InteractiveShell, server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(display, "MAX_INLINE_BYTES", 10)
    with Replicate(base_url=server.url, bearer_token=server.token) as client:
        output = client.run("acme/files", input={"kind": "png"})
        data = formatted(shell, output)
    assert "image/png" not in data
    assert "too large to show inline" in data["text/html"] and output.url in data["text/html"]


def test_async_file_output_displays_too(shell: InteractiveShell, server: Server) -> None:
    import anyio

    async def main() -> Tuple[Any, Dict[str, Any]]:
        async with AsyncReplicate(base_url=server.url, bearer_token=server.token) as client:
            output = await client.run("acme/files", input={"kind": "png"})
        return output, formatted(shell, output)

    output, data = anyio.run(main)
    assert type(output).__name__ == "AsyncFileOutput"
    assert base64.b64decode(data["image/png"]) == PNG


def test_data_uri_output_is_shown_without_a_request(shell: InteractiveShell, server: Server) -> None:
    from replicate.lib.file_output import FileOutput

    before = len(server.requests)
    with Replicate(base_url=server.url, bearer_token=server.token) as client:
        uri = "data:image/png;base64," + base64.b64encode(PNG).decode()
        data = formatted(shell, FileOutput(uri, client))
    assert base64.b64decode(data["image/png"]) == PNG
    assert len(server.requests) == before


def test_a_prediction_displays_as_a_card(shell: InteractiveShell, server: Server) -> None:
    with Replicate(base_url=server.url, bearer_token=server.token) as client:
        prediction = client.models.predictions.create(
            model_owner="acme", model_name="files", input={"kind": "png"}, prefer="wait=10"
        )
        failed = client.models.predictions.create(
            model_owner="acme", model_name="files", input={"kind": "nope"}, prefer="wait=10"
        )
    card = formatted(shell, prediction)["text/html"]
    assert "acme/files" in card and "succeeded" in card and "ran " in card
    assert "&quot;kind&quot;: &quot;png&quot;" in card
    assert f'<img src="{prediction.output}"' in card  # out.png: an image the browser loads
    assert "made a file" in card
    assert prediction.urls.get in card and ">get</a>" in card
    failed_card = formatted(shell, failed)["text/html"]
    assert ">failed</b>" in failed_card and "&#x27;nope&#x27;" in failed_card and "#cf222e" in failed_card


def test_outside_ipython_nothing_is_registered() -> None:
    assert register_ipython_display(None) in (False, True)  # never raises
    assert display.prediction_html.__name__ == "prediction_html"
