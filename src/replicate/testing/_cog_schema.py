"""Cog-style OpenAPI documents for model versions, and the deterministic version ids derived from them."""

from __future__ import annotations

import copy
import hashlib
import json
from typing import Any, Dict, Mapping, Tuple

COG_VERSION = "0.9.4"

STREAMING_TEXT_OUTPUT: Dict[str, Any] = {
    "type": "array",
    "items": {"type": "string"},
    "x-cog-array-type": "iterator",
    "x-cog-array-display": "concatenate",
}


_RESERVED_COMPONENTS = frozenset(
    {"Input", "Output", "Status", "WebhookEvent", "PredictionRequest", "PredictionResponse"}
)


def input_components(schema: Mapping[str, Any]) -> Tuple[Dict[str, Any], Dict[str, Any]]:
    """The `Input` component, and the enums Cog moves out of it: an input with `choices` becomes
    `allOf: [{$ref: "#/components/schemas/<name>"}]` next to a component holding the `enum`."""
    component: Dict[str, Any] = copy.deepcopy(dict(schema))
    component.setdefault("type", "object")
    component["title"] = "Input"
    properties: Dict[str, Any] = component.setdefault("properties", {})
    enums: Dict[str, Any] = {}
    for order, (name, field) in enumerate(properties.items()):
        field.setdefault("x-order", order)
        field.setdefault("title", name.replace("_", " ").title())
        if "enum" in field and name not in _RESERVED_COMPONENTS:
            enum = {"title": name, "description": "An enumeration.", "enum": field.pop("enum")}
            if "type" in field:
                enum["type"] = field.pop("type")
            enums[name] = enum
            field["allOf"] = [{"$ref": f"#/components/schemas/{name}"}]
    return component, enums


def output_component(schema: Mapping[str, Any], *, streaming: bool) -> Dict[str, Any]:
    component: Dict[str, Any] = copy.deepcopy(dict(schema))
    if streaming:
        component.setdefault("type", "array")
        component.setdefault("items", {"type": "string"})
        component["x-cog-array-type"] = "iterator"
        if component["items"] == {"type": "string"}:  # text: Cog's ConcatenateIterator
            component.setdefault("x-cog-array-display", "concatenate")
    component["title"] = "Output"
    return component


def openapi_document(
    input_schema: Mapping[str, Any], output_schema: Mapping[str, Any], *, streaming: bool
) -> Dict[str, Any]:
    status = {
        "title": "Status",
        "description": "An enumeration.",
        "enum": ["starting", "processing", "succeeded", "canceled", "failed"],
        "type": "string",
    }
    prediction_request = {
        "title": "PredictionRequest",
        "type": "object",
        "properties": {
            "id": {"title": "Id", "type": "string"},
            "input": {"$ref": "#/components/schemas/Input"},
            "webhook": {"title": "Webhook", "type": "string", "format": "uri"},
            "created_at": {"title": "Created At", "type": "string", "format": "date-time"},
            "output_file_prefix": {"title": "Output File Prefix", "type": "string"},
            "webhook_events_filter": {
                "type": "array",
                "items": {"$ref": "#/components/schemas/WebhookEvent"},
            },
        },
    }
    prediction_response = {
        "title": "PredictionResponse",
        "type": "object",
        "properties": {
            "id": {"title": "Id", "type": "string"},
            "input": {"$ref": "#/components/schemas/Input"},
            "output": {"$ref": "#/components/schemas/Output"},
            "error": {"title": "Error", "type": "string"},
            "logs": {"title": "Logs", "type": "string", "default": ""},
            "status": {"$ref": "#/components/schemas/Status"},
            "metrics": {"title": "Metrics", "type": "object"},
            "created_at": {"title": "Created At", "type": "string", "format": "date-time"},
            "started_at": {"title": "Started At", "type": "string", "format": "date-time"},
            "completed_at": {"title": "Completed At", "type": "string", "format": "date-time"},
        },
    }
    input_schema_component, enums = input_components(input_schema)
    return {
        "openapi": "3.0.2",
        "info": {"title": "Cog", "version": "0.1.0"},
        "paths": {
            "/predictions": {
                "post": {
                    "summary": "Predict",
                    "operationId": "predict_predictions_post",
                    "requestBody": {
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/PredictionRequest"}}
                        }
                    },
                    "responses": {
                        "200": {
                            "description": "Successful Response",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/PredictionResponse"}
                                }
                            },
                        }
                    },
                }
            }
        },
        "components": {
            "schemas": {
                "Input": input_schema_component,
                "Output": output_component(output_schema, streaming=streaming),
                "Status": status,
                "WebhookEvent": {
                    "title": "WebhookEvent",
                    "description": "An enumeration.",
                    "enum": ["start", "output", "logs", "completed"],
                    "type": "string",
                },
                "PredictionRequest": prediction_request,
                "PredictionResponse": prediction_response,
                **enums,
            }
        },
    }


def version_id(model_name: str, document: Mapping[str, Any], salt: str = "") -> str:
    canonical = json.dumps({"model": model_name, "openapi_schema": document, "salt": salt}, sort_keys=True)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def is_iterator_output(document: Mapping[str, Any]) -> bool:
    output: Mapping[str, Any] = document.get("components", {}).get("schemas", {}).get("Output", {})
    return output.get("x-cog-array-type") == "iterator"
