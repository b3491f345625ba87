"""A `replicate.testing` server holding the models the documentation snippets name, with the snippets' versions.

The module-level client reads REPLICATE_BASE_URL / REPLICATE_API_TOKEN, which `legacy_server`
points at the server (the only change the snippets get besides noted syntax fixes).
"""

from __future__ import annotations

import textwrap
from typing import Any, Callable, Dict, Iterator, List, Optional

import pytest

import replicate
from replicate.testing import PredictionContext, Server, gradient_png, serve

USERNAME = "your-username"

SD_001 = "27b93a2413e7f36cd83da926f3656280b2931564ff050bf9575f1fdf9bcd7478"
SD_003 = "ac732df83cea7fff18b8472768c88ad041fa750ff7682a21affe81863cbe77e4"
SDXL = "39ed52f2a78e934b3ba6e2a89f5b1c712de7dfea535525255b1aa35c5565e08b"
BLIP2 = "f677695e5e89f8b236e52ecd1d3f01beb44c34606419bcc19345e046d8f786f9"
CLIPDRAW = "5797a99edc939ea0e9242d5e8c9cb3bc7d125b1eac21bda852e5cb79ede2cd9b"
KANDINSKY = "ea1addaab376f4dc227f5368bbd8eff901820fd1cc14ed8cad63b29249e9d463"
LAIONIDE = "b21cbe271e65c1718f2999b038c18b45e21e4fba961181fbfae9342fc53b9e05"
SWINIR = "660d922d33153019e8c263a3bba265de882e7f4f70396546b6c9c8f9d47a021a"
PIXRAY = "5c347a4bfa1d4523a58ae614c2194e15f2ae682b57e3797a5bb468920aa70ebf"

PNG = gradient_png("legacy", 8, 8)  # a real PNG: the README opens it with Pillow
URI_LIST = {"type": "array", "items": {"type": "string", "format": "uri"}}
TEXT_STREAM = {
    "type": "array",
    "items": {"type": "string"},
    "x-cog-array-type": "iterator",
    "x-cog-array-display": "concatenate",
}


def _image_model(inputs: Dict[str, Any], ctx: PredictionContext) -> List[str]:
    ctx.log(f"Drawing {inputs.get('prompt')!r}")
    ctx.sleep(0.05)
    return [ctx.file_url(PNG, "out-0.png", "image/png")]


def _single_image(inputs: Dict[str, Any], ctx: PredictionContext) -> str:
    return ctx.file_url(PNG, "out.png", "image/png")


def _language_model(inputs: Dict[str, Any], ctx: PredictionContext) -> Iterator[str]:
    words = f"You said: {inputs['prompt']}".split(" ")
    for index, word in enumerate(words):
        ctx.sleep(0.01)
        yield word if index == 0 else " " + word


def _captioner(inputs: Dict[str, Any], ctx: PredictionContext) -> str:
    ctx.log(f"image={inputs['image']}")
    return "an astronaut riding a horse"


def _clipdraw(inputs: Dict[str, Any], ctx: PredictionContext) -> str:
    for iteration, loss in enumerate((-0.6171875, -0.92236328125, -1.197265625, -1.3994140625)):
        if not ctx.sleep(0.3):
            return ""
        ctx.log(f"iteration: {iteration * 10}, render:loss: {loss}")
    return ctx.file_url(PNG, "output.png", "image/png")


def _upscaler(inputs: Dict[str, Any], ctx: PredictionContext) -> str:
    ctx.log(f"upscaling {inputs['image']}")
    return ctx.file_url(PNG + b" upscaled", "upscaled.png", "image/png")


def _pixray(inputs: Dict[str, Any], ctx: PredictionContext) -> Iterator[str]:
    for step in range(3):
        ctx.sleep(0.01)
        yield ctx.file_url(PNG + bytes([step]), f"step-{step}.png", "image/png")


def _fails(inputs: Dict[str, Any], ctx: PredictionContext) -> None:
    ctx.log("CUDA out of memory")
    raise RuntimeError("CUDA out of memory")


def _schema(*required: str, **properties: Dict[str, Any]) -> Dict[str, Any]:
    return {"type": "object", "required": list(required), "properties": properties}


_STR: Dict[str, Any] = {"type": "string"}
_INT: Dict[str, Any] = {"type": "integer"}


def register_version(
    server: Server,
    name: str,
    version: Optional[str],
    predict: Callable[..., Any],
    *,
    input_schema: Optional[Dict[str, Any]] = None,
    output_schema: Optional[Dict[str, Any]] = None,
    streaming: bool = False,
) -> str:
    """`server.register_model` with the version id the snippet uses (or a derived one)."""
    return server.register_model(
        name,
        predict=predict,
        input_schema=input_schema,
        output_schema=output_schema,
        streaming=streaming,
        version_id=version,
    )


def register_snippet_models(server: Server) -> None:
    image_input = _schema("prompt", prompt=_STR, width=_INT, height=_INT, num_outputs=_INT)
    for name, version in (
        ("stability-ai/stable-diffusion", SD_001),
        ("stability-ai/stable-diffusion", SD_003),
        ("stability-ai/sdxl", SDXL),
        ("ai-forever/kandinsky-2.2", KANDINSKY),
    ):
        # Each version needs its own schema (ids are derived from it before being replaced).
        schema = {**image_input, "description": version}
        register_version(server, name, version, _image_model, input_schema=schema, output_schema=URI_LIST)
    for name in (
        "meta/meta-llama-3-8b-instruct",
        "meta/meta-llama-3-70b-instruct",
        "meta/llama-3-70b-instruct",
    ):
        register_version(
            server,
            name,
            None,
            _language_model,
            input_schema=_schema(
                "prompt",
                prompt=_STR,
                max_tokens=_INT,
                max_new_tokens=_INT,
                prompt_template=_STR,
                temperature={"type": "number"},
            ),
            output_schema=TEXT_STREAM,
            streaming=True,
        )
    register_version(
        server,
        "andreasjansson/blip-2",
        BLIP2,
        _captioner,
        input_schema=_schema("image", image={"type": "string", "format": "uri"}, question=_STR),
        output_schema=_STR,
    )
    register_version(
        server,
        "kvfrans/clipdraw",
        CLIPDRAW,
        _clipdraw,
        input_schema=_schema("prompt", prompt=_STR),
        output_schema={"type": "string", "format": "uri"},
    )
    register_version(
        server,
        "afiaka87/laionide-v4",
        LAIONIDE,
        _single_image,
        input_schema=_schema("prompt", prompt=_STR),
        output_schema={"type": "string", "format": "uri"},
    )
    register_version(
        server,
        "jingyunliang/swinir",
        SWINIR,
        _upscaler,
        input_schema=_schema("image", image={"type": "string", "format": "uri"}),
        output_schema={"type": "string", "format": "uri"},
    )
    register_version(
        server,
        "pixray/text2image",
        PIXRAY,
        _pixray,
        input_schema=_schema("prompts", prompts=_STR),
        output_schema={
            "type": "array",
            "items": {"type": "string", "format": "uri"},
            "x-cog-array-type": "iterator",
        },
    )
    register_version(
        server,
        "stability-ai/stable-diffusion-3",
        None,
        _fails,
        input_schema=_schema("prompt", prompt=_STR),
        output_schema=_STR,
    )


@pytest.fixture
def legacy_server(monkeypatch: pytest.MonkeyPatch) -> Iterator[Server]:
    """A server with the snippets' models; the module-level client pointed at it through the environment."""
    with serve(speed=10.0, username=USERNAME) as server:
        register_snippet_models(server)
        monkeypatch.setenv("REPLICATE_BASE_URL", server.url)
        monkeypatch.setenv("REPLICATE_API_TOKEN", server.token)
        for name in ("api_token", "base_url"):
            monkeypatch.delitem(replicate.__dict__, name, raising=False)
        yield server


def snippet(text: str) -> str:
    """A snippet copied from the documentation, dedented."""
    return textwrap.dedent(text).strip("\n") + "\n"


def run_snippet(text: str, namespace: Optional[Dict[str, Any]] = None) -> Dict[str, Any]:
    """Execute a snippet as a script (in a fresh namespace) and return its globals."""
    scope: Dict[str, Any] = {"__name__": "__snippet__", **(namespace or {})}
    exec(compile(snippet(text), "<snippet>", "exec"), scope)
    return scope


def run_repl(text: str, namespace: Dict[str, Any]) -> List[Any]:
    """Execute a `>>>` session as the REPL would; returns the value each expression statement displayed.

    A statement starts at `>>> ` and continues over the following indented lines; unindented lines
    that are not `>>> ` are the session's printed output and are skipped."""
    import sys

    statements: List[str] = []
    for line in snippet(text).splitlines():
        if line.startswith(">>> "):
            statements.append(line[4:])
        elif line.startswith((" ", "\t")) and statements:
            statements[-1] += "\n" + line
    displayed: List[Any] = []

    def display(value: object) -> None:
        if value is not None:  # the REPL shows nothing for None
            displayed.append(value)

    previous = sys.displayhook
    sys.displayhook = display
    try:
        for statement in statements:
            exec(compile(textwrap.dedent(statement) + "\n", "<repl>", "single"), namespace)
    finally:
        sys.displayhook = previous
    return displayed


async def run_async_snippet(text: str, namespace: Optional[Dict[str, Any]] = None) -> Dict[str, Any]:
    """Execute a snippet with top-level `await` as the asyncio REPL and notebooks do (no edits needed)."""
    import ast
    import inspect

    scope: Dict[str, Any] = {"__name__": "__snippet__", **(namespace or {})}
    code = compile(snippet(text), "<snippet>", "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
    result = eval(code, scope)
    if inspect.iscoroutine(result):
        await result
    return scope


def requests_to(server: Server, method: str, path: str) -> List[Any]:
    """The requests the server received for `method path` (path without the query string)."""
    return [request for request in server.requests if request.method == method and request.path == path]
