"""The JSON bodies the benchmark server returns, in two shapes. Stdlib only.

``realistic`` (the default) is what the real API returns: a model in a list page carries its
``latest_version`` with the full Cog ``openapi_schema`` (inputs with enums, ranges and defaults,
the ``paths`` and request/response schemas Cog generates; about 9 KB of JSON per model), and a
finished prediction has several inputs, a list of output files, a few KB of logs and its metrics.

``simple`` is the shape the benchmarks used first (issue 5): a one-input schema, a one-line log.
"""

from __future__ import annotations

import copy
from typing import Any, Dict, List, Optional

VERSION_ID = "5c7d5dc6dd8bf75c1acaa8565735e7986bc5b66206b55cca93cb72c9bf15ccaa"
PREDICTION_ID = "ufawqhfynnddngldkgtslldrkq"
SHAPES = ("realistic", "simple")

Json = Dict[str, Any]


def _enum_schema(title: str, values: List[str], description: str) -> Json:
    return {"enum": values, "type": "string", "title": title, "description": description}


def _cog_input() -> Json:
    """An image model's inputs, as Cog describes them (``x-order``, ``allOf`` for enums...)."""
    return {
        "type": "object",
        "title": "Input",
        "properties": {
            "prompt": {
                "type": "string",
                "title": "Prompt",
                "default": "An astronaut riding a rainbow unicorn",
                "x-order": 0,
                "description": "Input prompt",
            },
            "negative_prompt": {
                "type": "string",
                "title": "Negative Prompt",
                "default": "",
                "x-order": 1,
                "description": "Input negative prompt",
            },
            "image": {
                "type": "string",
                "title": "Image",
                "format": "uri",
                "x-order": 2,
                "description": "Input image for img2img or inpaint mode",
            },
            "mask": {
                "type": "string",
                "title": "Mask",
                "format": "uri",
                "x-order": 3,
                "description": "Input mask for inpaint mode. Black areas will be preserved, white areas will be inpainted.",
            },
            "width": {
                "type": "integer",
                "title": "Width",
                "default": 1024,
                "x-order": 4,
                "description": "Width of output image",
            },
            "height": {
                "type": "integer",
                "title": "Height",
                "default": 1024,
                "x-order": 5,
                "description": "Height of output image",
            },
            "num_outputs": {
                "type": "integer",
                "title": "Num Outputs",
                "default": 1,
                "maximum": 4,
                "minimum": 1,
                "x-order": 6,
                "description": "Number of images to output.",
            },
            "scheduler": {
                "allOf": [{"$ref": "#/components/schemas/scheduler"}],
                "default": "K_EULER",
                "x-order": 7,
                "description": "scheduler",
            },
            "num_inference_steps": {
                "type": "integer",
                "title": "Num Inference Steps",
                "default": 50,
                "maximum": 500,
                "minimum": 1,
                "x-order": 8,
                "description": "Number of denoising steps",
            },
            "guidance_scale": {
                "type": "number",
                "title": "Guidance Scale",
                "default": 7.5,
                "maximum": 50,
                "minimum": 1,
                "x-order": 9,
                "description": "Scale for classifier-free guidance",
            },
            "prompt_strength": {
                "type": "number",
                "title": "Prompt Strength",
                "default": 0.8,
                "maximum": 1,
                "minimum": 0,
                "x-order": 10,
                "description": "Prompt strength when using img2img / inpaint. 1.0 corresponds to full destruction of information in image",
            },
            "seed": {
                "type": "integer",
                "title": "Seed",
                "x-order": 11,
                "description": "Random seed. Leave blank to randomize the seed",
            },
            "refine": {
                "allOf": [{"$ref": "#/components/schemas/refine"}],
                "default": "no_refiner",
                "x-order": 12,
                "description": "Which refine style to use",
            },
            "high_noise_frac": {
                "type": "number",
                "title": "High Noise Frac",
                "default": 0.8,
                "maximum": 1,
                "minimum": 0,
                "x-order": 13,
                "description": "For expert_ensemble_refiner, the fraction of noise to use",
            },
            "refine_steps": {
                "type": "integer",
                "title": "Refine Steps",
                "x-order": 14,
                "description": "For base_image_refiner, the number of steps to refine, defaults to num_inference_steps",
            },
            "apply_watermark": {
                "type": "boolean",
                "title": "Apply Watermark",
                "default": True,
                "x-order": 15,
                "description": "Applies a watermark to enable determining if an image is generated in downstream applications. If you have other provisions for generating or deploying images safely, you can use this to disable watermarking.",
            },
            "lora_scale": {
                "type": "number",
                "title": "Lora Scale",
                "default": 0.6,
                "maximum": 1,
                "minimum": 0,
                "x-order": 16,
                "description": "LoRA additive scale. Only applicable on trained models.",
            },
            "disable_safety_checker": {
                "type": "boolean",
                "title": "Disable Safety Checker",
                "default": False,
                "x-order": 17,
                "description": "Disable safety checker for generated images. This feature is only available through the API.",
            },
        },
    }


def _cog_paths() -> Json:
    def op(summary: str, operation_id: str, *, body: Optional[str] = None, param: bool = False) -> Json:
        out: Json = {
            "summary": summary,
            "operationId": operation_id,
            "responses": {
                "200": {
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/PredictionResponse"}}
                    },
                    "description": "Successful Response",
                },
                "422": {
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/HTTPValidationError"}}
                    },
                    "description": "Validation Error",
                },
            },
            "parameters": [
                {
                    "in": "header",
                    "name": "prefer",
                    "schema": {"type": "string", "title": "Prefer"},
                    "required": False,
                }
            ],
        }
        if param:
            out["parameters"].insert(
                0,
                {
                    "in": "path",
                    "name": "prediction_id",
                    "schema": {"type": "string", "title": "Prediction ID"},
                    "required": True,
                },
            )
        if body:
            out["requestBody"] = {
                "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{body}"}}}
            }
        return out

    def plain(summary: str, operation_id: str) -> Json:
        return {
            "summary": summary,
            "operationId": operation_id,
            "responses": {
                "200": {"content": {"application/json": {"schema": {}}}, "description": "Successful Response"}
            },
        }

    return {
        "/": {"get": plain("Root", "root__get")},
        "/shutdown": {"post": plain("Start Shutdown", "start_shutdown_shutdown_post")},
        "/health-check": {"get": plain("Healthcheck", "healthcheck_health_check_get")},
        "/predictions": {"post": op("Predict", "predict_predictions_post", body="PredictionRequest")},
        "/predictions/{prediction_id}": {
            "put": op(
                "Predict Idempotent",
                "predict_idempotent_predictions__prediction_id__put",
                body="PredictionRequest",
                param=True,
            )
        },
        "/predictions/{prediction_id}/cancel": {
            "post": plain("Cancel", "cancel_predictions__prediction_id__cancel_post")
        },
    }


def _cog_schemas() -> Json:
    timestamp = {"type": "string", "format": "date-time"}
    return {
        "Input": _cog_input(),
        "Output": {"type": "array", "items": {"type": "string", "format": "uri"}, "title": "Output"},
        "Status": _enum_schema(
            "Status",
            ["starting", "processing", "succeeded", "canceled", "failed"],
            "An enumeration.",
        ),
        "refine": _enum_schema(
            "refine", ["no_refiner", "expert_ensemble_refiner", "base_image_refiner"], "An enumeration."
        ),
        "scheduler": _enum_schema(
            "scheduler",
            [
                "DDIM",
                "DPMSolverMultistep",
                "HeunDiscrete",
                "KarrasDPM",
                "K_EULER_ANCESTRAL",
                "K_EULER",
                "PNDM",
            ],
            "An enumeration.",
        ),
        "WebhookEvent": _enum_schema(
            "WebhookEvent", ["start", "output", "logs", "completed"], "An enumeration."
        ),
        "ValidationError": {
            "type": "object",
            "title": "ValidationError",
            "required": ["loc", "msg", "type"],
            "properties": {
                "loc": {
                    "type": "array",
                    "items": {"anyOf": [{"type": "string"}, {"type": "integer"}]},
                    "title": "Location",
                },
                "msg": {"type": "string", "title": "Message"},
                "type": {"type": "string", "title": "Error Type"},
            },
        },
        "HTTPValidationError": {
            "type": "object",
            "title": "HTTPValidationError",
            "properties": {
                "detail": {
                    "type": "array",
                    "items": {"$ref": "#/components/schemas/ValidationError"},
                    "title": "Detail",
                }
            },
        },
        "PredictionRequest": {
            "type": "object",
            "title": "PredictionRequest",
            "properties": {
                "id": {"type": "string", "title": "Id"},
                "input": {"$ref": "#/components/schemas/Input"},
                "webhook": {
                    "type": "string",
                    "title": "Webhook",
                    "format": "uri",
                    "maxLength": 65536,
                    "minLength": 1,
                },
                "created_at": {**timestamp, "title": "Created At"},
                "output_file_prefix": {"type": "string", "title": "Output File Prefix"},
                "webhook_events_filter": {
                    "type": "array",
                    "items": {"$ref": "#/components/schemas/WebhookEvent"},
                    "default": ["start", "output", "logs", "completed"],
                },
            },
        },
        "PredictionResponse": {
            "type": "object",
            "title": "PredictionResponse",
            "properties": {
                "id": {"type": "string", "title": "Id"},
                "logs": {"type": "string", "title": "Logs", "default": ""},
                "error": {"type": "string", "title": "Error"},
                "input": {"$ref": "#/components/schemas/Input"},
                "output": {"$ref": "#/components/schemas/Output"},
                "status": {"$ref": "#/components/schemas/Status"},
                "metrics": {"type": "object", "title": "Metrics"},
                "version": {"type": "string", "title": "Version"},
                "created_at": {**timestamp, "title": "Created At"},
                "started_at": {**timestamp, "title": "Started At"},
                "completed_at": {**timestamp, "title": "Completed At"},
            },
        },
    }


_OPENAPI_SCHEMA: Json = {
    "openapi": "3.0.2",
    "info": {"title": "Cog", "version": "0.1.0"},
    "paths": _cog_paths(),
    "components": {"schemas": _cog_schemas()},
}

_SIMPLE_SCHEMA: Json = {
    "openapi": "3.0.2",
    "info": {"title": "Cog", "version": "0.1.0"},
    "components": {
        "schemas": {
            "Input": {"type": "object", "properties": {"text": {"type": "string", "title": "Text"}}},
            "Output": {"type": "string", "title": "Output"},
        }
    },
}


def model(i: int, shape: str) -> Json:
    realistic = shape == "realistic"
    return {
        "url": f"https://replicate.com/acme/model-{i}",
        "owner": "acme",
        "name": f"model-{i}",
        "description": "A model that turns text into other text, for benchmarking list endpoints.",
        "visibility": "public",
        "github_url": f"https://github.com/acme/model-{i}",
        "paper_url": "https://arxiv.org/abs/2307.01952" if realistic else None,
        "license_url": "https://www.apache.org/licenses/LICENSE-2.0",
        "run_count": 1000 + i,
        "cover_image_url": f"https://replicate.delivery/acme/model-{i}/cover.webp",
        "default_example": None,
        "is_official": False,
        "latest_version": {
            "id": VERSION_ID,
            "created_at": "2024-04-01T10:00:00.000000Z",
            "cog_version": "0.9.6",
            # A copy per model, as the server's JSON encoder sees each one separately.
            "openapi_schema": copy.deepcopy(_OPENAPI_SCHEMA if realistic else _SIMPLE_SCHEMA),
        },
    }


def _logs() -> str:
    lines = ["Using seed: 28316", "Ensuring enough disk space...", "Free disk space: 1742450626560"]
    lines += ["Downloading weights", "Loaded LoRAs in 1.06s", "Prompt: An astronaut riding a rainbow unicorn"]
    lines += ["txt2img mode"]
    for step in range(1, 51):
        bar = "█" * (step // 5) + " " * (10 - step // 5)
        lines.append(
            f"{step * 2:3d}%|{bar}| {step}/50 [00:{step // 9:02d}<00:{(50 - step) // 9:02d},  9.{step % 10}1it/s]"
        )
    return "\n".join(lines) + "\n"


def prediction(
    host: str, *, shape: str, status: str = "succeeded", stream_tokens: Optional[int] = None
) -> Json:
    base = f"http://{host}/v1/predictions/{PREDICTION_ID}"
    urls: Dict[str, str] = {
        "get": base,
        "cancel": base + "/cancel",
        "web": f"https://replicate.com/p/{PREDICTION_ID}",
    }
    if stream_tokens is not None:
        urls["stream"] = f"http://{host}/stream/{PREDICTION_ID}?n={stream_tokens}"
    done = status == "succeeded"
    body: Json = {
        "id": PREDICTION_ID,
        "model": "replicate/hello-world",
        "version": VERSION_ID,
        "input": {"text": "Alice"},
        "logs": "Generating...\nDone in 0.1s\n" if done else "",
        "output": "hello Alice" if done else None,
        "data_removed": False,
        "error": None,
        "source": "api",
        "status": status,
        "created_at": "2024-05-01T12:00:00.000000Z",
        "started_at": "2024-05-01T12:00:00.250000Z" if done else None,
        "completed_at": "2024-05-01T12:00:01.050000Z" if done else None,
        "metrics": {"predict_time": 0.8, "total_time": 1.05} if done else None,
        "urls": urls,
    }
    if shape == "realistic":
        body["input"] = {
            "text": "Alice",
            "prompt": "An astronaut riding a rainbow unicorn, cinematic, dramatic",
            "negative_prompt": "blurry, low quality",
            "width": 1024,
            "height": 1024,
            "num_outputs": 4,
            "scheduler": "K_EULER",
            "num_inference_steps": 50,
            "guidance_scale": 7.5,
            "seed": 28316,
            "apply_watermark": True,
        }
        body["deployment"] = None
        if done:
            body["logs"] = _logs()
            body["output"] = [
                f"https://replicate.delivery/pbxt/{PREDICTION_ID}/out-{i}.png" for i in range(4)
            ]
            body["metrics"] = {
                "predict_time": 8.412337,
                "total_time": 8.659214,
                "image_count": 4,
            }
    return body
