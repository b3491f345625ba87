"""Cog `openapi_schema` documents covering every input and output shape the generator handles.

Written as Cog writes them: `Input` / `Output` components, enums behind `allOf: [{$ref}]` with a
component of their own, `x-order`, pydantic-style objects with `title`s and `$ref`s.
"""

from __future__ import annotations

import copy
from typing import Any, Dict, Mapping

Schema = Dict[str, Any]


def cog_document(
    inputs: Mapping[str, Any],
    output: Mapping[str, Any],
    *,
    required: tuple[str, ...] = (),
    components: Mapping[str, Any] = {},
) -> Schema:
    input_component: Schema = {"title": "Input", "type": "object", "properties": copy.deepcopy(dict(inputs))}
    if required:
        input_component["required"] = list(required)
    return {
        "openapi": "3.0.2",
        "info": {"title": "Cog", "version": "0.1.0"},
        "paths": {},
        "components": {
            "schemas": {
                "Input": input_component,
                "Output": {"title": "Output", **copy.deepcopy(dict(output))},
                **copy.deepcopy(dict(components)),
            }
        },
    }


def _enum(name: str, values: list[Any], kind: str = "string") -> Schema:
    return {"title": name, "description": "An enumeration.", "enum": values, "type": kind}


# Inputs: every Cog kind, names Python cannot take as is, defaults of every type, odd corners.
KITCHEN_SINK = cog_document(
    {
        "prompt": {"type": "string", "title": "Prompt", "x-order": 0, "description": 'Says """hi""" \\ back'},
        "aspect_ratio": {
            "allOf": [{"$ref": "#/components/schemas/aspect_ratio"}],
            "default": "1:1",
            "x-order": 2,
            "description": "Width to height",
        },
        "num_outputs": {
            "allOf": [{"$ref": "#/components/schemas/num_outputs"}],
            "default": 1,
            "x-order": 3,
        },
        "steps": {"type": "integer", "default": 4, "minimum": 1, "maximum": 50, "x-order": 1},
        "guidance": {"type": "number", "default": 3.5, "minimum": 0, "maximum": 10, "x-order": 4},
        "go_fast": {"type": "boolean", "default": True, "x-order": 5},
        "image": {"type": "string", "format": "uri", "x-order": 6, "description": "Input image"},
        "masks": {"type": "array", "items": {"type": "string", "format": "uri"}, "x-order": 7},
        "token": {"type": "string", "format": "password", "x-order": 8, "x-cog-secret": True},
        "weights": {"type": "array", "items": {"type": "number"}, "default": [0.5, 1], "x-order": 9},
        "extra": {"type": "object", "default": {"a": 1}, "x-order": 10},
        "seed": {"type": "integer", "x-order": 11, "description": "Random if empty"},
        "negative": {"anyOf": [{"type": "string"}, {"type": "null"}], "default": None, "x-order": 12},
        "class": {"type": "string", "default": "photo", "x-order": 13},
        "lambda": {"type": "number", "x-order": 14},
        "lora-scale": {"type": "number", "default": 0.8, "x-order": 15},
        "lora_scale": {"type": "number", "default": 0.9, "x-order": 16},
        "2x": {"type": "boolean", "default": False, "x-order": 17},
        "self": {"type": "string", "x-order": 18},
        "my name": {"type": "string", "x-order": 19},
        "odd_type": {"type": "tensor", "x-order": 20, "description": "A type Cog never writes"},
        "untyped": {"x-order": 21},
        "float_choice": {"type": "number", "enum": [0.5, 1.5], "default": 0.5, "x-order": 22},
        "bad_default": {
            "allOf": [{"$ref": "#/components/schemas/aspect_ratio"}],
            "default": "7:3",
            "x-order": 23,
        },
        "nullable_int": {"type": "integer", "nullable": True, "x-order": 24},
        "union": {"type": ["string", "integer"], "x-order": 25},
        "no_order_b": {"type": "string", "default": "b"},
        "no_order_a": {"type": "string", "default": "a"},
        "dangling": {"$ref": "#/components/schemas/Missing", "x-order": 26},
    },
    {"type": "array", "items": {"type": "string", "format": "uri"}},
    required=("prompt", "image"),
    components={
        "aspect_ratio": _enum("aspect_ratio", ["1:1", "16:9", "21:9", "3:2", "2:3", "4:5", "5:4", "9:16"]),
        "num_outputs": _enum("num_outputs", [1, 2, 3, 4], "integer"),
    },
)

# Outputs: one model per shape.
OUTPUTS: Dict[str, Schema] = {
    "out/text": cog_document({}, {"type": "string"}),
    "out/file": cog_document({}, {"type": "string", "format": "uri"}),
    "out/files": cog_document({}, {"type": "array", "items": {"type": "string", "format": "uri"}}),
    "out/number": cog_document({}, {"type": "number"}),
    "out/flag": cog_document({}, {"type": "boolean"}),
    "out/count": cog_document({}, {"type": "integer"}),
    "out/matrix": cog_document(
        {}, {"type": "array", "items": {"type": "array", "items": {"type": "number"}}}
    ),
    "out/tokens": cog_document(
        {"prompt": {"type": "string"}},
        {
            "type": "array",
            "items": {"type": "string"},
            "x-cog-array-type": "iterator",
            "x-cog-array-display": "concatenate",
        },
        required=("prompt",),
    ),
    "out/frames": cog_document(
        {},
        {"type": "array", "items": {"type": "string", "format": "uri"}, "x-cog-array-type": "iterator"},
    ),
    "out/object": cog_document(
        {},
        {
            "type": "object",
            "required": ["image", "boxes"],
            "properties": {
                "image": {"type": "string", "format": "uri"},
                "boxes": {"type": "array", "items": {"$ref": "#/components/schemas/Box"}},
                "caption": {"type": "string", "title": "Caption"},
                "scores": {"type": "object", "additionalProperties": {"type": "number"}},
                "meta": {
                    "type": "object",
                    "properties": {"model": {"type": "string"}, "class": {"type": "string"}},
                },
                "count": {"type": "integer", "default": 0},
            },
        },
        components={
            "Box": {
                "title": "Box",
                "type": "object",
                "required": ["x", "y", "crop"],
                "properties": {
                    "x": {"type": "integer"},
                    "y": {"type": "integer"},
                    "crop": {"type": "string", "format": "uri"},
                    "label-name": {"type": "string"},
                },
            }
        },
    ),
    "out/either": cog_document({}, {"anyOf": [{"type": "string"}, {"type": "integer"}, {"type": "null"}]}),
    "out/choice": cog_document(
        {},
        {"allOf": [{"$ref": "#/components/schemas/Verdict"}]},
        components={"Verdict": _enum("Verdict", ["yes", "no"])},
    ),
    "out/anything": cog_document({}, {}),
    "out/untyped-list": cog_document({}, {"type": "array"}),
    "out/mapping": cog_document({}, {"type": "object"}),
}

# Not Cog at all, or broken in ways that must still not crash the generator.
NO_OUTPUT: Schema = {
    "components": {"schemas": {"Input": {"type": "object", "properties": {"x": {"type": "string"}}}}}
}

CORPUS: Dict[str, Schema] = {"corpus/kitchen-sink": KITCHEN_SINK, **OUTPUTS, "corpus/no-output": NO_OUTPUT}
