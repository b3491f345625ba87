"""Checks on openapi.yaml, the single source of truth of the HTTP surface.

The spec must be valid OpenAPI 3.1, carry exactly the operations the generator
and the runtime expect, and every example in it must validate against its own
schema (a mock server serves those examples and generated tests are built from
them).
"""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any, Dict, Iterator, List, Tuple
from urllib.parse import urlsplit

import pytest
import yaml
from jsonschema import Draft202012Validator, FormatChecker
from openapi_spec_validator import OpenAPIV31SpecValidator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

SPEC_PATH = Path(__file__).resolve().parents[1] / "openapi.yaml"
SPEC_URI = "urn:replicate:openapi"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# Operation keys on a path item: the standard methods plus the `x-query`
# extension that carries Replicate's `QUERY /models` (models.search).
OPERATION_KEYS = (*HTTP_METHODS, "x-query")

EXPECTED_OPERATION_IDS = {
    "account.get",
    "collections.list",
    "collections.get",
    "deployments.create",
    "deployments.get",
    "deployments.update",
    "deployments.list",
    "deployments.delete",
    "deployments.predictions.create",
    "files.create",
    "files.list",
    "files.get",
    "files.delete",
    "files.download",
    "hardware.list",
    "models.create",
    "models.get",
    "models.update",
    "models.list",
    "models.delete",
    "models.search",
    "models.examples.list",
    "models.predictions.create",
    "models.readme.get",
    "models.versions.list",
    "models.versions.get",
    "models.versions.delete",
    "predictions.create",
    "predictions.get",
    "predictions.list",
    "predictions.cancel",
    "trainings.create",
    "trainings.get",
    "trainings.list",
    "trainings.cancel",
    "webhooks.default.secret.get",
    "search",
}

EXPECTED_ROUTES = {
    "account.get": ("get", "/account"),
    "collections.list": ("get", "/collections"),
    "collections.get": ("get", "/collections/{collection_slug}"),
    "deployments.create": ("post", "/deployments"),
    "deployments.list": ("get", "/deployments"),
    "deployments.get": ("get", "/deployments/{deployment_owner}/{deployment_name}"),
    "deployments.update": ("patch", "/deployments/{deployment_owner}/{deployment_name}"),
    "deployments.delete": ("delete", "/deployments/{deployment_owner}/{deployment_name}"),
    "deployments.predictions.create": (
        "post",
        "/deployments/{deployment_owner}/{deployment_name}/predictions",
    ),
    "files.create": ("post", "/files"),
    "files.list": ("get", "/files"),
    "files.get": ("get", "/files/{file_id}"),
    "files.delete": ("delete", "/files/{file_id}"),
    "files.download": ("get", "/files/{file_id}/download"),
    "hardware.list": ("get", "/hardware"),
    "models.create": ("post", "/models"),
    "models.list": ("get", "/models"),
    "models.search": ("x-query", "/models"),
    "models.get": ("get", "/models/{model_owner}/{model_name}"),
    "models.update": ("patch", "/models/{model_owner}/{model_name}"),
    "models.delete": ("delete", "/models/{model_owner}/{model_name}"),
    "models.examples.list": ("get", "/models/{model_owner}/{model_name}/examples"),
    "models.predictions.create": ("post", "/models/{model_owner}/{model_name}/predictions"),
    "models.readme.get": ("get", "/models/{model_owner}/{model_name}/readme"),
    "models.versions.list": ("get", "/models/{model_owner}/{model_name}/versions"),
    "models.versions.get": ("get", "/models/{model_owner}/{model_name}/versions/{version_id}"),
    "models.versions.delete": (
        "delete",
        "/models/{model_owner}/{model_name}/versions/{version_id}",
    ),
    "trainings.create": (
        "post",
        "/models/{model_owner}/{model_name}/versions/{version_id}/trainings",
    ),
    "predictions.create": ("post", "/predictions"),
    "predictions.list": ("get", "/predictions"),
    "predictions.get": ("get", "/predictions/{prediction_id}"),
    "predictions.cancel": ("post", "/predictions/{prediction_id}/cancel"),
    "trainings.list": ("get", "/trainings"),
    "trainings.get": ("get", "/trainings/{training_id}"),
    "trainings.cancel": ("post", "/trainings/{training_id}/cancel"),
    "webhooks.default.secret.get": ("get", "/webhooks/default/secret"),
    "search": ("get", "/search"),
}

PAGINATED = {
    "collections.list": "CollectionSummary",
    "deployments.list": "Deployment",
    "files.list": "File",
    "models.list": "Model",
    "models.search": "Model",
    "models.examples.list": "Prediction",
    "models.versions.list": "ModelVersion",
    "predictions.list": "Prediction",
    "trainings.list": "Training",
}

PREDICTION_CREATORS = (
    "predictions.create",
    "models.predictions.create",
    "deployments.predictions.create",
)

ALLOWED_PATH_PARAMS = {
    "model_owner",
    "model_name",
    "version_id",
    "deployment_owner",
    "deployment_name",
    "prediction_id",
    "training_id",
    "file_id",
    "collection_slug",
}

NAMED_SCHEMAS = {
    "Account",
    "Collection",
    "CollectionSummary",
    "Deployment",
    "DeploymentRelease",
    "DeploymentConfiguration",
    "Error",
    "File",
    "FileChecksums",
    "FileUrls",
    "Hardware",
    "Model",
    "ModelVersion",
    "Prediction",
    "PredictionUrls",
    "PredictionMetrics",
    "Training",
    "WebhookSecret",
    "SearchResponse",
}

NAMED_ENUMS = {
    "PredictionStatus": ["starting", "processing", "succeeded", "failed", "canceled"],
    "WebhookEventType": ["start", "output", "logs", "completed"],
    "ModelVisibility": ["public", "private"],
    "AccountType": ["user", "organization"],
    "PredictionSource": ["web", "api"],
}


# --------------------------------------------------------------------------- helpers


@pytest.fixture(scope="module")
def spec() -> Dict[str, Any]:
    with SPEC_PATH.open(encoding="utf-8") as f:
        return yaml.safe_load(f)


def iter_operations(spec: Dict[str, Any]) -> Iterator[Tuple[str, str, Dict[str, Any], Dict[str, Any]]]:
    """Yield (path, method key, path item, operation) for every operation."""
    for path, item in spec["paths"].items():
        for key in OPERATION_KEYS:
            if key in item:
                yield path, key, item, item[key]


def operations_by_id(spec: Dict[str, Any]) -> Dict[str, Dict[str, Any]]:
    return {op["operationId"]: op for _, _, _, op in iter_operations(spec)}


def resolve(spec: Dict[str, Any], node: Any) -> Any:
    """Follow local `$ref`s (`#/...`) until reaching a non-reference node."""
    seen = set()
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        assert ref.startswith("#/"), f"only local references are used: {ref}"
        assert ref not in seen, f"reference cycle at {ref}"
        seen.add(ref)
        target: Any = spec
        for part in ref[2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def _is_uri(value: object) -> bool:
    if not isinstance(value, str):
        return True
    if re.search(r"\s", value):
        return False
    parts = urlsplit(value)
    return bool(parts.scheme) and bool(parts.netloc or parts.path)


def make_format_checker() -> FormatChecker:
    checker = FormatChecker()
    # jsonschema only checks `uri` with an optional dependency; check it here.
    checker.checks("uri")(_is_uri)
    return checker


def rebase_refs(node: Any) -> Any:
    """Return a copy of a schema whose local `#/...` refs point into the spec resource."""
    if isinstance(node, dict):
        out = {}
        for k, v in node.items():
            if k == "$ref" and isinstance(v, str) and v.startswith("#"):
                out[k] = SPEC_URI + v
            else:
                out[k] = rebase_refs(v)
        return out
    if isinstance(node, list):
        return [rebase_refs(v) for v in node]
    return node


class ExampleChecker:
    """Validates instances against (fragments of) the spec with Draft 2020-12."""

    def __init__(self, spec: Dict[str, Any]) -> None:
        resource = Resource.from_contents(spec, default_specification=DRAFT202012)
        self.registry = Registry().with_resource(SPEC_URI, resource)
        self.format_checker = make_format_checker()

    def errors(self, schema: Dict[str, Any], instance: Any) -> List[str]:
        validator = Draft202012Validator(
            rebase_refs(schema), registry=self.registry, format_checker=self.format_checker
        )
        return [
            f"{'/'.join(map(str, e.absolute_path)) or '<root>'}: {e.message}"
            for e in validator.iter_errors(instance)
        ]


def collect_examples(spec: Dict[str, Any]) -> List[Tuple[str, Dict[str, Any], Any]]:
    """Every (location, schema, example) pair in the document.

    Covers media-type examples (requests, responses, component responses),
    parameter and header examples, and `example` keywords inside schemas
    (checked against the schema that carries them).
    """
    found: List[Tuple[str, Dict[str, Any], Any]] = []

    def from_schema(where: str, schema: Any) -> None:
        if isinstance(schema, dict):
            if "example" in schema and "$ref" not in schema:
                found.append((where, schema, schema["example"]))
            if "examples" in schema and isinstance(schema["examples"], list):
                for i, ex in enumerate(schema["examples"]):
                    found.append((f"{where}/examples/{i}", schema, ex))
            for key, value in schema.items():
                if key in ("example", "examples", "enum", "const", "default"):
                    continue
                if isinstance(value, (dict, list)):
                    from_schema(f"{where}/{key}", value)
        elif isinstance(schema, list):
            for i, value in enumerate(schema):
                from_schema(f"{where}/{i}", value)

    def from_media(where: str, media: Dict[str, Any]) -> None:
        schema = media.get("schema")
        if schema is None:
            return
        if "example" in media:
            found.append((where, schema, media["example"]))
        for name, ex in (media.get("examples") or {}).items():
            ex = resolve(spec, ex)
            if "value" in ex:
                found.append((f"{where}/examples/{name}", schema, ex["value"]))
        from_schema(f"{where}/schema", schema)

    def from_parameter(where: str, param: Dict[str, Any]) -> None:
        param = resolve(spec, param)
        if "schema" in param:
            if "example" in param:
                found.append((where, param["schema"], param["example"]))
            from_schema(f"{where}/schema", param["schema"])

    for path, key, item, op in iter_operations(spec):
        base = f"{key.upper()} {path}"
        for param in item.get("parameters", []) + op.get("parameters", []):
            from_parameter(f"{base} param {resolve(spec, param)['name']}", param)
        body = resolve(spec, op.get("requestBody", {}))
        for ctype, media in (body.get("content") or {}).items():
            from_media(f"{base} request {ctype}", media)
        for status, response in op.get("responses", {}).items():
            response = resolve(spec, response)
            for ctype, media in (response.get("content") or {}).items():
                from_media(f"{base} {status} {ctype}", media)
            for hname, header in (response.get("headers") or {}).items():
                from_parameter(f"{base} {status} header {hname}", header)

    components = spec.get("components", {})
    for name, schema in components.get("schemas", {}).items():
        from_schema(f"#/components/schemas/{name}", schema)
    for name, param in components.get("parameters", {}).items():
        from_parameter(f"#/components/parameters/{name}", param)
    for name, response in components.get("responses", {}).items():
        for ctype, media in (response.get("content") or {}).items():
            from_media(f"#/components/responses/{name} {ctype}", media)
        for hname, header in (response.get("headers") or {}).items():
            from_parameter(f"#/components/responses/{name} header {hname}", header)
    return found


def walk_schema_properties(
    spec: Dict[str, Any], where: str, schema: Any
) -> Iterator[Tuple[str, Dict[str, Any]]]:
    """Yield (location, property schema) for every property of a body schema (not following refs)."""
    if not isinstance(schema, dict):
        return
    for name, prop in (schema.get("properties") or {}).items():
        yield f"{where}.{name}", prop
        yield from walk_schema_properties(spec, f"{where}.{name}", prop)
    for key in ("items", "additionalProperties"):
        if isinstance(schema.get(key), dict):
            yield from walk_schema_properties(spec, f"{where}[{key}]", schema[key])
    for key in ("anyOf", "oneOf", "allOf"):
        for i, sub in enumerate(schema.get(key) or []):
            yield from walk_schema_properties(spec, f"{where}<{key}{i}>", sub)


# --------------------------------------------------------------------------- validity


def test_spec_is_valid_openapi_31(spec: Dict[str, Any]) -> None:
    assert spec["openapi"] == "3.1.0"
    errors = [str(e).splitlines()[0] for e in OpenAPIV31SpecValidator(spec).iter_errors()]
    assert errors == []


def test_server_and_security(spec: Dict[str, Any]) -> None:
    assert [server["url"] for server in spec["servers"]] == ["https://api.replicate.com/v1"]
    scheme = spec["components"]["securitySchemes"]["bearerAuth"]
    assert scheme["type"] == "http" and scheme["scheme"] == "bearer"
    assert spec["security"] == [{"bearerAuth": []}]


def test_all_refs_resolve(spec: Dict[str, Any]) -> None:
    def walk(node: Any, where: str) -> Iterator[Tuple[str, str]]:
        if isinstance(node, dict):
            for k, v in node.items():
                if k == "$ref" and isinstance(v, str):
                    yield where, v
                else:
                    yield from walk(v, f"{where}/{k}")
        elif isinstance(node, list):
            for i, v in enumerate(node):
                yield from walk(v, f"{where}/{i}")

    refs = list(walk(spec, ""))
    assert refs, "the spec uses $ref"
    for where, ref in refs:
        try:
            resolve(spec, {"$ref": ref})
        except (KeyError, AssertionError) as e:  # pragma: no cover - the failure message
            pytest.fail(f"{where}: unresolvable $ref {ref} ({e!r})")


# --------------------------------------------------------------------------- operations


def test_operation_ids_exact_and_unique(spec: Dict[str, Any]) -> None:
    ids = [op.get("operationId") for _, _, _, op in iter_operations(spec)]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    assert duplicates == []
    assert set(ids) == EXPECTED_OPERATION_IDS


def test_operations_live_at_their_routes(spec: Dict[str, Any]) -> None:
    routes = {op["operationId"]: (key, path) for path, key, _, op in iter_operations(spec)}
    assert routes == EXPECTED_ROUTES


def test_models_search_is_query_under_extension(spec: Dict[str, Any]) -> None:
    item = spec["paths"]["/models"]
    op = item["x-query"]
    assert op["operationId"] == "models.search"
    content = op["requestBody"]["content"]
    assert list(content) == ["text/plain"]
    assert content["text/plain"]["schema"]["type"] == "string"
    assert op["requestBody"]["required"] is True
    # No standard method on /models may claim the search.
    assert item["get"]["operationId"] == "models.list"
    assert item["post"]["operationId"] == "models.create"


def test_every_operation_is_documented_and_tagged(spec: Dict[str, Any]) -> None:
    declared_tags = {t["name"] for t in spec.get("tags", [])}
    for _path, _key, _, op in iter_operations(spec):
        oid = op["operationId"]
        assert op.get("summary", "").strip(), f"{oid}: summary"
        assert len(op.get("description", "").strip()) >= 20, f"{oid}: description"
        assert op.get("tags") == [oid.split(".")[0]], f"{oid}: tags"
        assert op["tags"][0] in declared_tags, f"{oid}: tag declared at top level"
        for param in op.get("parameters", []):
            param = resolve(spec, param)
            assert param.get("description", "").strip(), f"{oid}: parameter {param['name']} description"


def test_path_parameters_match_templates(spec: Dict[str, Any]) -> None:
    for path, key, item, op in iter_operations(spec):
        template = set(re.findall(r"{([^}]+)}", path))
        assert template <= ALLOWED_PATH_PARAMS, f"{path}: unexpected parameter names"
        params = [resolve(spec, p) for p in item.get("parameters", []) + op.get("parameters", [])]
        declared = {p["name"] for p in params if p["in"] == "path"}
        assert declared == template, f"{key} {path}: declared {declared}, template {template}"
        for p in params:
            if p["in"] == "path":
                assert p.get("required") is True, f"{path}: path parameter {p['name']} must be required"
                assert p["schema"]["type"] == "string"
        names = [(p["name"], p["in"]) for p in params]
        assert len(names) == len(set(names)), f"{key} {path}: duplicated parameter"


def test_lists_take_no_cursor_param(spec: Dict[str, Any]) -> None:
    for _, _, _, op in iter_operations(spec):
        names = {resolve(spec, p)["name"] for p in op.get("parameters", [])}
        assert "cursor" not in names, op["operationId"]


def test_predictions_list_time_filters(spec: Dict[str, Any]) -> None:
    op = operations_by_id(spec)["predictions.list"]
    params = {p["name"]: p for p in map(lambda p: resolve(spec, p), op["parameters"])}
    for name in ("created_after", "created_before"):
        assert params[name]["in"] == "query"
        assert params[name]["schema"] == {"type": "string", "format": "date-time"}
        assert params[name].get("required", False) is False


def test_prefer_and_cancel_after_headers(spec: Dict[str, Any]) -> None:
    for oid in PREDICTION_CREATORS:
        op = operations_by_id(spec)[oid]
        headers = {
            p["name"]: p for p in map(lambda p: resolve(spec, p), op["parameters"]) if p["in"] == "header"
        }
        assert set(headers) == {"Prefer", "Cancel-After"}, oid
        prefer = headers["Prefer"]
        assert prefer["schema"]["pattern"] == "^wait(=([1-9]|[1-9][0-9]|60))?$"
        assert prefer["example"] == "wait=5"
        assert "wait" in prefer["description"]
        prefer_re = re.compile(prefer["schema"]["pattern"])
        for good in ("wait", "wait=1", "wait=9", "wait=10", "wait=59", "wait=60"):
            assert prefer_re.search(good), good
        # The pattern (the real API's) admits 61..99 too; the server caps the wait at 60s.
        for bad in ("wait=0", "wait=05", "wait=100", "wait=", "nowait", "wait=5s", " wait"):
            assert not prefer_re.search(bad), bad
        cancel_after = headers["Cancel-After"]
        assert cancel_after["schema"]["type"] == "string"
        cancel_re = re.compile(cancel_after["schema"]["pattern"])
        assert cancel_re.search(cancel_after["example"])
        for good in ("30s", "5m", "1h", "1h30m", "1h30m45s", "90"):
            assert cancel_re.search(good), good
        for bad in ("", "abc", "5 m", "m5", "1d", "-5s"):
            assert not cancel_re.search(bad), bad


def test_prediction_creators_return_200_and_201(spec: Dict[str, Any]) -> None:
    for oid in PREDICTION_CREATORS:
        responses = operations_by_id(spec)[oid]["responses"]
        s200 = responses["200"]["content"]["application/json"]["schema"]
        s201 = responses["201"]["content"]["application/json"]["schema"]
        assert s200 == s201 == {"$ref": "#/components/schemas/Prediction"}, oid


def test_request_bodies(spec: Dict[str, Any]) -> None:
    ops = operations_by_id(spec)

    def body(oid: str, ctype: str = "application/json") -> Dict[str, Any]:
        schema = ops[oid]["requestBody"]["content"][ctype]["schema"]
        assert "$ref" not in schema, f"{oid}: body schema is inline"
        return schema

    events_ref = {"$ref": "#/components/schemas/WebhookEventType"}
    pc = body("predictions.create")
    assert set(pc["required"]) == {"version", "input"}
    assert set(pc["properties"]) == {"version", "input", "webhook", "webhook_events_filter", "stream"}
    assert pc["properties"]["webhook"]["format"] == "uri"
    assert pc["properties"]["webhook_events_filter"]["items"] == events_ref
    assert pc["properties"]["stream"]["deprecated"] is True
    for oid in ("models.predictions.create", "deployments.predictions.create"):
        b = body(oid)
        assert b["required"] == ["input"], oid
        assert set(b["properties"]) == {"input", "webhook", "webhook_events_filter", "stream"}, oid
        assert b["properties"]["webhook_events_filter"]["items"] == events_ref
    tc = body("trainings.create")
    assert set(tc["required"]) == {"destination", "input"}
    assert set(tc["properties"]) == {"destination", "input", "webhook", "webhook_events_filter"}
    assert tc["properties"]["webhook_events_filter"]["items"] == events_ref
    mc = body("models.create")
    assert set(mc["required"]) == {"owner", "name", "visibility", "hardware"}
    assert mc["properties"]["visibility"] == {"$ref": "#/components/schemas/ModelVisibility"}
    assert {"description", "github_url", "paper_url", "license_url", "cover_image_url"} <= set(
        mc["properties"]
    )
    mu = body("models.update")
    assert "required" not in mu
    assert set(mu["properties"]) == {
        "description",
        "github_url",
        "paper_url",
        "license_url",
        "cover_image_url",
        "readme",
        "weights_url",
    }
    dc = body("deployments.create")
    assert set(dc["required"]) == {"name", "model", "version", "hardware", "min_instances", "max_instances"}
    du = body("deployments.update")
    assert "required" not in du
    assert set(du["properties"]) == {"hardware", "min_instances", "max_instances", "version"}
    assert ops["models.update"] is spec["paths"]["/models/{model_owner}/{model_name}"]["patch"]
    assert (
        ops["deployments.update"]
        is spec["paths"]["/deployments/{deployment_owner}/{deployment_name}"]["patch"]
    )

    fc_media = ops["files.create"]["requestBody"]["content"]["multipart/form-data"]
    fc = fc_media["schema"]
    assert fc["required"] == ["content"]
    assert fc["properties"]["content"] == {
        **fc["properties"]["content"],
        "type": "string",
        "format": "binary",
    }
    assert fc["properties"]["type"]["default"] == "application/octet-stream"
    assert fc["properties"]["metadata"]["type"] == "object"
    assert fc_media["encoding"]["metadata"]["contentType"] == "application/json"


def test_special_responses(spec: Dict[str, Any]) -> None:
    ops = operations_by_id(spec)
    readme = ops["models.readme.get"]["responses"]["200"]["content"]
    assert list(readme) == ["text/plain"] and readme["text/plain"]["schema"]["type"] == "string"

    download = ops["files.download"]
    content = download["responses"]["200"]["content"]
    assert content["application/octet-stream"]["schema"] == {"type": "string", "format": "binary"}
    params = {p["name"]: p for p in download["parameters"]}
    for name in ("owner", "expiry", "signature"):
        assert params[name]["in"] == "query" and params[name]["required"] is True
    assert params["expiry"]["schema"]["type"] == "integer"

    hardware = ops["hardware.list"]["responses"]["200"]["content"]["application/json"]["schema"]
    assert hardware == {"type": "array", "items": {"$ref": "#/components/schemas/Hardware"}}

    search = ops["search"]
    sparams = {p["name"]: p for p in search["parameters"]}
    assert sparams["query"]["required"] is True
    assert sparams["limit"]["schema"] == {"type": "integer", "minimum": 1, "maximum": 50, "default": 20}
    assert search["responses"]["200"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/SearchResponse"
    }

    for oid in ("predictions.cancel", "trainings.cancel"):
        assert set(ops[oid]["responses"]) & {"200", "201", "202", "204"} == {"200"}, oid


def test_deletions_have_empty_responses(spec: Dict[str, Any]) -> None:
    expected = {
        "deployments.delete": "204",
        "models.delete": "204",
        "files.delete": "204",
        "models.versions.delete": "202",
    }
    ops = operations_by_id(spec)
    for oid, status in expected.items():
        responses = ops[oid]["responses"]
        success = [s for s in responses if s.startswith("2")]
        assert success == [status], oid
        assert "content" not in responses[status], oid


def test_every_operation_declares_errors(spec: Dict[str, Any]) -> None:
    error = {"$ref": "#/components/schemas/Error"}
    for name, response in spec["components"]["responses"].items():
        for ctype, media in response["content"].items():
            assert media["schema"] == error, (name, ctype)
    for _, _, _, op in iter_operations(spec):
        responses = op["responses"]
        assert responses.get("4XX") == {"$ref": "#/components/responses/ClientError"}, op["operationId"]
        assert responses.get("5XX") == {"$ref": "#/components/responses/ServerError"}, op["operationId"]
        assert any(s.startswith("2") for s in responses), op["operationId"]
    rate_limited = spec["components"]["responses"]["RateLimited"]
    assert "Retry-After" in rate_limited["headers"]


def test_success_responses_have_examples(spec: Dict[str, Any]) -> None:
    for _, _, _, op in iter_operations(spec):
        for status, response in op["responses"].items():
            if not status.startswith("2"):
                continue
            media = resolve(spec, response).get("content", {}).get("application/json")
            if media is not None:
                assert "example" in media, f"{op['operationId']} {status}: example"


# --------------------------------------------------------------------------- pagination


def test_list_operations_have_the_page_shape(spec: Dict[str, Any]) -> None:
    paged = {}
    for _, _, _, op in iter_operations(spec):
        schema = (
            op["responses"].get("200", {}).get("content", {}).get("application/json", {}).get("schema", {})
        )
        if isinstance(schema, dict) and "results" in schema.get("properties", {}):
            paged[op["operationId"]] = schema
    assert set(paged) == set(PAGINATED)
    for oid, item in PAGINATED.items():
        schema = paged[oid]
        assert schema["type"] == "object", oid
        assert set(schema["properties"]) == {"next", "previous", "results"}, oid
        assert schema["required"] == ["results"], oid
        for link in ("next", "previous"):
            assert schema["properties"][link]["type"] == ["string", "null"], (oid, link)
            assert schema["properties"][link]["format"] == "uri", (oid, link)
        results = schema["properties"]["results"]
        assert results == {"type": "array", "items": {"$ref": f"#/components/schemas/{item}"}}, oid


def test_paginated_examples_are_single_pages(spec: Dict[str, Any]) -> None:
    ops = operations_by_id(spec)
    for oid in PAGINATED:
        example = ops[oid]["responses"]["200"]["content"]["application/json"]["example"]
        assert example["next"] is None and example["previous"] is None, oid
        assert len(example["results"]) >= 1, oid


# --------------------------------------------------------------------------- schemas


def test_named_component_schemas_exist(spec: Dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    missing = NAMED_SCHEMAS - set(schemas)
    assert missing == set()
    for name, values in NAMED_ENUMS.items():
        assert schemas[name] == {**schemas[name], "type": "string", "enum": values}, name


def test_named_enums_are_referenced_not_inlined(spec: Dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    assert schemas["Prediction"]["properties"]["status"] == {"$ref": "#/components/schemas/PredictionStatus"}
    assert schemas["Training"]["properties"]["status"] == {"$ref": "#/components/schemas/PredictionStatus"}
    assert schemas["Prediction"]["properties"]["source"] == {"$ref": "#/components/schemas/PredictionSource"}
    assert schemas["Model"]["properties"]["visibility"] == {"$ref": "#/components/schemas/ModelVisibility"}
    assert schemas["Account"]["properties"]["type"] == {"$ref": "#/components/schemas/AccountType"}

    # No enum with one of those value sets is spelled out anywhere else.
    value_sets = {tuple(v) for v in NAMED_ENUMS.values()}

    def walk(node: Any, where: str) -> Iterator[str]:
        if isinstance(node, dict):
            is_component = where.startswith("/components/schemas/") and where.count("/") == 3
            if "enum" in node and tuple(node["enum"]) in value_sets and not is_component:
                yield where
            for k, v in node.items():
                yield from walk(v, f"{where}/{k}")
        elif isinstance(node, list):
            for i, v in enumerate(node):
                yield from walk(v, f"{where}/{i}")

    assert list(walk(spec, "")) == []


def test_prediction_schema_fields(spec: Dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    pred = schemas["Prediction"]["properties"]
    for nullable in ("error", "started_at", "completed_at", "logs"):
        assert "null" in pred[nullable]["type"], nullable
    for ts in ("created_at", "started_at", "completed_at"):
        assert pred[ts]["format"] == "date-time", ts
    assert {"type": "null"} in pred["metrics"]["anyOf"]
    assert "type" not in pred["output"], "output is free-form"
    assert pred["input"]["type"] == "object" and pred["input"]["additionalProperties"] is True
    urls = schemas["PredictionUrls"]["properties"]
    assert set(urls) == {"get", "cancel", "web", "stream"}
    assert "stream" not in schemas["PredictionUrls"].get("required", [])
    model = schemas["Model"]["properties"]
    for nullable in ("description", "github_url", "paper_url", "license_url", "cover_image_url"):
        assert "null" in model[nullable]["type"], nullable
    for nullable in ("default_example", "latest_version"):
        assert {"type": "null"} in model[nullable]["anyOf"], nullable
    version = schemas["ModelVersion"]["properties"]
    assert version["openapi_schema"]["additionalProperties"] is True


# --------------------------------------------------------------------------- examples


def test_pattern_and_format_carry_examples(spec: Dict[str, Any]) -> None:
    missing = []
    for _path, _key, _, op in iter_operations(spec):
        oid = op["operationId"]
        for param in op.get("parameters", []):
            param = resolve(spec, param)
            schema = param["schema"]
            if (
                ("pattern" in schema or "format" in schema)
                and "example" not in param
                and "example" not in schema
            ):
                missing.append(f"{oid} parameter {param['name']}")
        body = op.get("requestBody", {})
        for ctype, media in body.get("content", {}).items():
            for where, prop in walk_schema_properties(spec, f"{oid} {ctype}", media["schema"]):
                if ("pattern" in prop or "format" in prop) and "example" not in prop:
                    missing.append(where)
    assert missing == []


def test_examples_are_collected(spec: Dict[str, Any]) -> None:
    examples = collect_examples(spec)
    where = {w for w, _, _ in examples}
    # Every operation with a JSON success body contributes, plus parameters and bodies.
    assert len(examples) > 100
    assert "GET /predictions/{prediction_id} 200 application/json" in where
    assert "GET /hardware 200 application/json" in where
    assert "POST /predictions param Prefer" in where
    assert "POST /predictions request application/json" in where


def test_every_example_validates_against_its_schema(spec: Dict[str, Any]) -> None:
    checker = ExampleChecker(spec)
    failures = []
    for where, schema, example in collect_examples(spec):
        for error in checker.errors(schema, example):
            failures.append(f"{where}: {error}")
    assert failures == []


def test_example_checker_rejects_bad_examples(spec: Dict[str, Any]) -> None:
    """The example check is not vacuous: broken examples are reported."""
    broken = copy.deepcopy(spec)
    get = broken["paths"]["/predictions/{prediction_id}"]["get"]["responses"]["200"]["content"][
        "application/json"
    ]
    get["example"]["status"] = "exploded"  # not a PredictionStatus
    get["example"]["created_at"] = "yesterday"  # not a date-time
    del get["example"]["urls"]  # required
    page = broken["paths"]["/models"]["get"]["responses"]["200"]["content"]["application/json"]
    page["example"]["next"] = "not a uri"
    prefer = broken["paths"]["/predictions"]["post"]["parameters"][0]
    assert prefer["name"] == "Prefer"
    prefer["example"] = "wait=100"

    checker = ExampleChecker(broken)
    failures = {where: checker.errors(schema, example) for where, schema, example in collect_examples(broken)}
    pred_errors = " | ".join(failures["GET /predictions/{prediction_id} 200 application/json"])
    assert "'exploded' is not one of" in pred_errors
    assert "'yesterday' is not a 'date-time'" in pred_errors
    assert "'urls' is a required property" in pred_errors
    assert failures["GET /models 200 application/json"] == ["next: 'not a uri' is not a 'uri'"]
    assert len(failures["POST /predictions param Prefer"]) == 1
    assert sum(bool(v) for v in failures.values()) == 3
