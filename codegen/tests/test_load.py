from __future__ import annotations

import pytest

from codegen.load import COMPONENT_NAME, SpecError, iter_operations

from .helpers import mini_spec, spec_from

MINIMAL = """
openapi: 3.1.0
info: {{title: t, version: '1'}}
paths:
  /things/{{thing_id}}:
    get:
      operationId: things.get
      parameters:
        - {{name: thing_id, in: path, required: true, schema: {{type: string}}}}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {schema}
components:
  schemas:
    Thing:
      type: object
      properties:
        id: {{type: string}}
        made: {{type: string, format: date-time, example: 2024-01-01T00:00:00Z}}
"""


def _spec(schema: str = "{$ref: '#/components/schemas/Thing'}") -> str:
    return MINIMAL.format(schema=schema)


def test_refs_resolve_to_the_component_object_and_keep_its_name() -> None:
    spec = spec_from(_spec())
    schema = spec["paths"]["/things/{thing_id}"]["get"]["responses"]["200"]["content"]["application/json"][
        "schema"
    ]
    assert schema is spec["components"]["schemas"]["Thing"]
    assert schema[COMPONENT_NAME] == "Thing"


def test_refs_inside_components_resolve_too() -> None:
    spec = mini_spec()
    widget = spec["components"]["schemas"]["Widget"]
    assert widget["properties"]["color"] is spec["components"]["schemas"]["WidgetColor"]


def test_timestamps_stay_strings() -> None:
    made = spec_from(_spec())["components"]["schemas"]["Thing"]["properties"]["made"]
    assert made["example"] == "2024-01-01T00:00:00Z"


def test_unresolvable_ref_names_its_location() -> None:
    with pytest.raises(SpecError) as caught:
        spec_from(_spec("{$ref: '#/components/schemas/Nope'}"))
    assert (
        caught.value.location
        == "/paths/~1things~1{thing_id}/get/responses/200/content/application~1json/schema"
    )
    assert "Nope" in str(caught.value)


def test_external_refs_are_rejected() -> None:
    with pytest.raises(SpecError, match="only local references"):
        spec_from(_spec("{$ref: 'other.yaml#/Thing'}"))


def test_unsupported_schema_keyword_fails_with_its_pointer() -> None:
    with pytest.raises(SpecError) as caught:
        spec_from(_spec("{if: {type: string}, then: {minLength: 1}}"))
    assert caught.value.location.endswith("/responses/200/content/application~1json/schema")
    assert "if" in str(caught.value)


def test_unsupported_http_method_fails() -> None:
    text = _spec().replace("    get:\n", "    head:\n", 1)
    with pytest.raises(SpecError) as caught:
        spec_from(text)
    assert caught.value.location == "/paths/~1things~1{thing_id}/head"


def test_cookie_parameters_are_rejected_with_location() -> None:
    text = _spec().replace("in: path, required: true", "in: cookie, required: true")
    with pytest.raises(SpecError) as caught:
        spec_from(text)
    assert caught.value.location == "/paths/~1things~1{thing_id}/get/parameters/0"


def test_path_template_must_match_path_parameters() -> None:
    text = _spec().replace("name: thing_id", "name: other_id")
    with pytest.raises(SpecError, match="do not match"):
        spec_from(text)


def test_an_operation_without_operation_id_is_named_from_its_method_and_path() -> None:
    spec = spec_from(_spec().replace("      operationId: things.get\n", ""))
    assert [op.operation_id for op in iter_operations(spec)] == ["get things thing id"]


def test_malformed_yaml_is_a_spec_error() -> None:
    with pytest.raises(SpecError, match="invalid YAML"):
        spec_from("openapi: [3.1")


def test_openapi_2_is_rejected() -> None:
    with pytest.raises(SpecError, match="unsupported OpenAPI version"):
        spec_from(_spec().replace("openapi: 3.1.0", "swagger: '2.0'"))


def test_x_query_is_an_operation_with_method_query() -> None:
    operations = {op.operation["operationId"]: op for op in iter_operations(mini_spec())}
    search = operations["widgets.search"]
    assert search.method == "query"
    assert search.path == "/widgets"
    assert search.location == "/paths/~1widgets/x-query"


def test_path_item_parameters_are_merged_into_operations() -> None:
    operations = {op.operation["operationId"]: op for op in iter_operations(mini_spec())}
    assert [p["name"] for p in operations["widgets.get"].parameters] == ["widget_id"]
