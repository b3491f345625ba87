"""The models every server starts with, each with a real Cog schema."""

from __future__ import annotations

import re
from typing import Any, Dict, Iterator, List

from ._catalog import Collection
from ._cog_schema import STREAMING_TEXT_OUTPUT
from ._context import PredictionContext
from ._png import gradient_png
from ._registration import ModelSpec

_FILLER = (
    "Here is a thoughtful answer, produced one token at a time by a mock language model.\n\n"
    "It streams words with a small delay so clients can show them as they arrive. "
)


def hello_world(inputs: Dict[str, Any], ctx: PredictionContext) -> str:
    ctx.sleep(0.1)
    return f"hello {inputs['text']}"


def language_model_tokens(prompt: str, max_tokens: int) -> List[str]:
    text = f"You said: {prompt}\n\n" + _FILLER * (1 + max_tokens // 20)
    return re.findall(r"\s*\S+", text)[:max_tokens]


def language_model(inputs: Dict[str, Any], ctx: PredictionContext) -> Iterator[str]:
    tokens = language_model_tokens(inputs["prompt"], inputs["max_tokens"])
    ctx.log(f"Generating {len(tokens)} tokens")
    for token in tokens:
        if not ctx.sleep(0.02):
            return
        yield token
    ctx.log("Done")


def png_maker(inputs: Dict[str, Any], ctx: PredictionContext) -> List[str]:
    ctx.log(f"Drawing a {inputs['width']}x{inputs['height']} image")
    ctx.sleep(0.1)
    image = gradient_png(inputs["prompt"], inputs["width"], inputs["height"])
    if inputs["return_data_uri"]:
        return [ctx.data_uri(image, "image/png")]
    return [ctx.file_url(image, "output-0.png", "image/png")]


def fails(inputs: Dict[str, Any], ctx: PredictionContext) -> None:
    ctx.log("Starting up")
    ctx.sleep(0.05)
    ctx.log("About to fail")
    raise RuntimeError(inputs["message"])


def slow(inputs: Dict[str, Any], ctx: PredictionContext) -> str:
    steps = int(inputs["seconds"])
    for step in range(1, steps + 1):
        if not ctx.sleep(1.0):
            return "canceled"
        ctx.log(f"step {step}/{steps}")
    return f"done after {steps} seconds"


def image_inspector(inputs: Dict[str, Any], ctx: PredictionContext) -> Dict[str, Any]:
    """Describes its input image (without looking at it) and draws a thumbnail: an object output."""
    image = str(inputs["image"])
    source = "an inline image" if image.startswith("data:") else "an uploaded image"
    size = int(inputs["thumbnail_size"])
    ctx.log(f"Inspecting {source} as a {inputs['class']}")
    ctx.sleep(0.05)
    threshold = float(inputs["min-confidence"])
    labels: List[str] = [*inputs["tags"], *(["masked"] if inputs.get("masks") else [])]
    confidences = [(label, round(1.0 - index / 10, 2)) for index, label in enumerate(labels)]
    confidences = confidences[: int(inputs["max_tags"])]
    thumbnail = gradient_png(image[-64:], size, size)
    return {
        "caption": f"{source}, probably a {inputs['class']}",
        "tags": [
            {"label": label, "confidence": confidence}
            for label, confidence in confidences
            if confidence >= threshold
        ],
        "thumbnail": ctx.file_url(thumbnail, "thumbnail.png", "image/png"),
        "authenticated": bool(inputs.get("api_key")),
        "seed": inputs.get("seed"),
        "metadata": {"class": inputs["class"], "detailed": str(inputs["detailed"]).lower()},
    }


def frame_maker(inputs: Dict[str, Any], ctx: PredictionContext) -> Iterator[str]:
    """Yields image frames one at a time: an iterator of files, not of text."""
    size = int(inputs["size"])
    caption = inputs.get("caption") or "frame"
    for index in range(int(inputs["frames"])):
        if not ctx.sleep(0.02):
            return
        yield ctx.file_url(gradient_png(f"{caption} {index}", size, size), f"frame-{index}.png", "image/png")


def _string(description: str, **extra: Any) -> Dict[str, Any]:
    return {"type": "string", "description": description, **extra}


def _integer(description: str, default: int, minimum: int, maximum: int) -> Dict[str, Any]:
    return {
        "type": "integer",
        "description": description,
        "default": default,
        "minimum": minimum,
        "maximum": maximum,
    }


BUILTIN_MODELS = (
    ModelSpec(
        name="replicate/hello-world",
        predict=hello_world,
        input_schema={
            "type": "object",
            "required": ["text"],
            "properties": {"text": _string("Text to prefix with 'hello '")},
        },
        output_schema={"type": "string"},
        description="A tiny model that says hello",
        examples=[({"text": "world"}, "hello world")],
    ),
    ModelSpec(
        name="replicate/llama-mock",
        predict=language_model,
        input_schema={
            "type": "object",
            "required": ["prompt"],
            "properties": {
                "prompt": _string("Prompt to send to the model"),
                "max_tokens": _integer("Maximum number of tokens to generate", 128, 1, 4096),
            },
        },
        output_schema=STREAMING_TEXT_OUTPUT,
        streaming=True,
        description="A mock language model that streams its answer token by token",
    ),
    ModelSpec(
        name="replicate/png-maker",
        predict=png_maker,
        input_schema={
            "type": "object",
            "required": ["prompt"],
            "properties": {
                "prompt": _string("What to draw; the gradient's colours derive from it"),
                "width": _integer("Width of the image in pixels", 64, 1, 1024),
                "height": _integer("Height of the image in pixels", 64, 1, 1024),
                "return_data_uri": {
                    "type": "boolean",
                    "description": "Return the image as a data: URI instead of a URL",
                    "default": False,
                },
            },
        },
        output_schema={"type": "array", "items": {"type": "string", "format": "uri"}},
        description="A mock text-to-image model that draws a PNG gradient",
    ),
    ModelSpec(
        name="replicate/image-inspector",
        predict=image_inspector,
        input_schema={
            "type": "object",
            "required": ["image"],
            "properties": {
                "image": _string("The image to inspect", format="uri"),
                "class": {
                    "type": "string",
                    "description": "What kind of picture it is (an input named like a Python keyword)",
                    "enum": ["photo", "drawing", "diagram"],
                    "default": "photo",
                },
                "min-confidence": {
                    "type": "number",
                    "description": "Leave out tags scored below this",
                    "default": 0.25,
                    "minimum": 0,
                    "maximum": 1,
                },
                "tags": {
                    "type": "array",
                    "items": {"type": "string"},
                    "description": "Candidate tags",
                    "default": ["sky", "sea"],
                },
                "max_tags": _integer("At most this many tags", 5, 1, 20),
                "thumbnail_size": {
                    "type": "integer",
                    "description": "Width and height of the thumbnail",
                    "enum": [16, 32, 64],
                    "default": 16,
                },
                "masks": {
                    "type": "array",
                    "items": {"type": "string", "format": "uri"},
                    "description": "Optional mask images",
                },
                "seed": {"type": "integer", "description": "Random seed; leave empty for a random one"},
                "detailed": {"type": "boolean", "description": "Describe more", "default": False},
                "api_key": _string(
                    "A key for the tagging service (a Cog Secret)",
                    format="password",
                    **{"x-cog-secret": True},
                ),
            },
        },
        output_schema={
            "type": "object",
            "title": "Output",
            "required": ["caption", "tags", "thumbnail"],
            "properties": {
                "caption": _string("One line about the image"),
                "tags": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "title": "Tag",
                        "required": ["label", "confidence"],
                        "properties": {
                            "label": {"type": "string"},
                            "confidence": {"type": "number"},
                        },
                    },
                },
                "thumbnail": _string("A small PNG of the image", format="uri"),
                "authenticated": {"type": "boolean", "default": False},
                "seed": {"type": "integer"},
                "metadata": {"type": "object", "additionalProperties": {"type": "string"}},
            },
        },
        description="A mock image model with an object output, and inputs of every Cog kind (files, secrets, choices)",
    ),
    ModelSpec(
        name="replicate/frame-maker",
        predict=frame_maker,
        input_schema={
            "type": "object",
            "properties": {
                "frames": _integer("How many frames", 3, 1, 24),
                "size": {
                    "type": "integer",
                    "description": "Width and height of each frame",
                    "enum": [8, 16, 32],
                    "default": 16,
                },
                "caption": {"type": "string", "description": "Drawn into every frame", "nullable": True},
            },
        },
        output_schema={"type": "array", "items": {"type": "string", "format": "uri"}},
        streaming=True,
        description="A mock video model that streams its frames one by one (an iterator of files)",
    ),
    ModelSpec(
        name="replicate/fails",
        predict=fails,
        input_schema={
            "type": "object",
            "properties": {
                "message": _string("The error message to fail with", default="Something went wrong")
            },
        },
        output_schema={"type": "string"},
        description="A model that always fails, after writing some logs",
    ),
    ModelSpec(
        name="replicate/slow",
        predict=slow,
        input_schema={
            "type": "object",
            "properties": {
                "seconds": _integer("How long to run, in seconds (divided by speed)", 10, 1, 3600)
            },
        },
        output_schema={"type": "string"},
        description="A slow model that logs its progress every second; for cancel and timeout tests",
    ),
)

BUILTIN_COLLECTIONS = (
    Collection(
        "official",
        "Official models",
        "Models the testing server ships with",
        [spec.name for spec in BUILTIN_MODELS],
    ),
    Collection("language-models", "Language models", "Models that generate text", ["replicate/llama-mock"]),
    Collection(
        "text-to-image", "Text to image", "Models that generate images from text", ["replicate/png-maker"]
    ),
)
