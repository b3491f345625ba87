"""`python -m codegen diff`: every kind of change, reported in SDK terms, breaking ones first."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any, Callable, Dict, List, Tuple

import pytest

from codegen.build import build_api
from codegen.cli import main
from codegen.diff import Change, compare_apis
from codegen.load import parse_spec
from codegen.yaml_io import parse_yaml

from .helpers import MINI_CONFIG, MINI_SPEC, mini_config

Spec = Dict[str, Any]
BASE: Spec = parse_yaml(MINI_SPEC.read_text(encoding="utf-8"))  # type: ignore[assignment]


def _changed(edit: Callable[[Spec], None]) -> Spec:
    spec = copy.deepcopy(BASE)
    edit(spec)
    return spec


def _diff(edit: Callable[[Spec], None]) -> List[Tuple[str, str, str]]:
    old = build_api(parse_spec(json.dumps(BASE)), mini_config(), b"")
    new = build_api(parse_spec(json.dumps(_changed(edit))), mini_config(), b"")
    return [(change.kind, change.subject, change.text) for change in compare_apis(old, new)]


def _widget(spec: Spec) -> Spec:
    widget: Spec = spec["components"]["schemas"]["Widget"]
    return widget


def _create_body(spec: Spec) -> Spec:
    body: Spec = spec["paths"]["/widgets"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    return body


def test_identical_specs_have_no_changes() -> None:
    assert _diff(lambda spec: None) == []


def test_removed_operation() -> None:
    def edit(spec: Spec) -> None:
        del spec["paths"]["/stats"]

    changes = _diff(edit)
    assert ("breaking", "`client.stats.list()`", "removed") in changes


def test_renamed_operation_is_one_rename_not_a_removal_and_an_addition() -> None:
    def edit(spec: Spec) -> None:
        spec["paths"]["/widgets/{widget_id}"]["get"]["operationId"] = "widgets.retrieve"

    assert _diff(edit) == [
        ("breaking", "`client.widgets.get(widget_id=...)`", "renamed to `client.widgets.retrieve()`")
    ]


def test_removed_and_renamed_params() -> None:
    def edit(spec: Spec) -> None:
        body = _create_body(spec)
        body["properties"]["title"] = body["properties"].pop("name")
        body["required"] = ["title"]
        del body["properties"]["labels"]

    changes = _diff(edit)
    assert ("breaking", "`client.widgets.create(name=...)`", "body parameter `name` removed") in changes
    assert ("breaking", "`client.widgets.create(labels=...)`", "body parameter `labels` removed") in changes
    assert ("breaking", "`client.widgets.create(title=...)`", "new required body parameter") in changes


def test_param_that_became_required() -> None:
    def edit(spec: Spec) -> None:
        _create_body(spec)["required"] = ["name", "color"]

    assert _diff(edit) == [("breaking", "`client.widgets.create(color=...)`", "`color` is now required")]


def test_new_optional_param_is_an_addition() -> None:
    def edit(spec: Spec) -> None:
        _create_body(spec)["properties"]["weight"] = {"type": "number"}

    assert _diff(edit) == [("added", "`client.widgets.create(weight=...)`", "new optional body parameter")]


def test_param_moved_location() -> None:
    def edit(spec: Spec) -> None:
        spec["paths"]["/widgets"]["get"]["parameters"][0]["in"] = "header"

    changes = _diff(edit)
    assert ("breaking", "`client.widgets.list(created_after=...)`", "moved from query to header") in changes


def test_param_type_narrowed_is_breaking_and_widened_is_not() -> None:
    def narrow(spec: Spec) -> None:
        spec["paths"]["/widgets"]["get"]["parameters"][0]["schema"] = {"type": "string", "enum": ["today"]}

    assert _diff(narrow) == [
        (
            "breaking",
            "`client.widgets.list(created_after=...)`",
            'type changed to `Literal["today"]` (was `Union[str, datetime]`)',
        )
    ]

    def widen(spec: Spec) -> None:
        _create_body(spec)["properties"]["name"] = {"type": ["string", "integer"]}

    assert _diff(widen) == [
        ("changed", "`client.widgets.create(name=...)`", "now accepts `Union[str, int]` (was `str`)")
    ]


def test_response_field_removed_and_added() -> None:
    def edit(spec: Spec) -> None:
        props = _widget(spec)["properties"]
        del props["tags"]
        props["owner"] = {"type": "string"}

    changes = _diff(edit)
    assert ("breaking", "`Widget.tags`", "removed") in changes
    assert ("added", "`Widget.owner`", "new field") in changes


def test_response_field_that_became_optional_or_nullable() -> None:
    def optional(spec: Spec) -> None:
        _widget(spec)["required"] = ["id", "color"]

    assert _diff(optional) == [("breaking", "`Widget.created_at`", "may now be missing or `None`")]

    def nullable(spec: Spec) -> None:
        _widget(spec)["properties"]["id"] = {"type": ["string", "null"]}

    assert _diff(nullable) == [("breaking", "`Widget.id`", "may now be missing or `None`")]


def test_response_field_type_changed() -> None:
    def edit(spec: Spec) -> None:
        _widget(spec)["properties"]["tags"] = {"type": "array", "items": {"type": "integer"}}

    assert _diff(edit) == [
        ("breaking", "`Widget.tags`", "is now `Optional[List[int]]` (was `Optional[List[str]]`)")
    ]


def test_enum_values_removed_and_added() -> None:
    def edit(spec: Spec) -> None:
        spec["components"]["schemas"]["WidgetColor"]["enum"] = ["red", "green"]
        _widget(spec)["properties"]["dimensions"]["properties"]["unit"]["enum"] = ["cm"]

    changes = _diff(edit)
    assert ("breaking", "`WidgetColor`", 'enum value(s) removed: `"blue"`') in changes
    assert ("added", "`WidgetColor`", 'new enum value(s): `"green"`') in changes
    assert ("breaking", "`WidgetDimensions.unit`", 'enum value(s) removed: `"in"`') in changes


def test_new_method_and_types_are_additions() -> None:
    def edit(spec: Spec) -> None:
        spec["paths"]["/gadgets"] = {
            "get": {
                "operationId": "gadgets.get",
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {
                                "schema": {"type": "object", "properties": {"id": {"type": "string"}}}
                            }
                        },
                    }
                },
            }
        }

    assert _diff(edit) == [
        ("added", "`client.gadgets.get()`", "new method"),
        ("added", "`from replicate.types import GadgetGetResponse`", "new"),
    ]


def test_deprecations() -> None:
    def edit(spec: Spec) -> None:
        spec["paths"]["/widgets/{widget_id}"]["get"]["deprecated"] = True
        _widget(spec)["properties"]["tags"]["deprecated"] = True

    assert _diff(edit) == [
        (
            "deprecated",
            "`client.widgets.get(widget_id=...)`",
            "deprecated (calling it warns with `DeprecationWarning`)",
        ),
        ("deprecated", "`Widget.tags`", "deprecated"),
    ]


def test_return_type_changed() -> None:
    def edit(spec: Spec) -> None:
        get = spec["paths"]["/widgets/{widget_id}"]["get"]
        get["responses"]["200"]["content"] = {"text/plain": {"schema": {"type": "string"}}}

    assert _diff(edit) == [
        ("breaking", "`client.widgets.get(widget_id=...)`", "returns `str` (was `Widget`)")
    ]


def _write(tmp_path: Path, name: str, spec: Spec) -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(spec), encoding="utf-8")
    return path


def test_cli_prints_markdown_with_breaking_changes_first_and_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def edit(spec: Spec) -> None:
        del spec["paths"]["/stats"]
        _widget(spec)["properties"]["owner"] = {"type": "string"}

    old = _write(tmp_path, "old.yaml", BASE)
    new = _write(tmp_path, "new.yaml", _changed(edit))
    assert main(["diff", str(old), str(new), "--config", str(MINI_CONFIG)]) == 1
    report = capsys.readouterr().out
    assert report.startswith("## SDK changes: old.yaml → new.yaml\n")
    assert report.index("### Breaking changes") < report.index("### Additions")
    assert "- `client.stats.list()`: removed\n" in report
    assert "- `Widget.owner`: new field\n" in report


def test_cli_exits_0_without_breaking_changes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    def edit(spec: Spec) -> None:
        _widget(spec)["properties"]["owner"] = {"type": "string"}

    old = _write(tmp_path, "old.yaml", BASE)
    new = _write(tmp_path, "new.yaml", _changed(edit))
    assert main(["diff", str(old), str(new), "--config", str(MINI_CONFIG)]) == 0
    assert "### Breaking changes" not in capsys.readouterr().out


def test_cli_names_the_spec_that_cannot_be_built(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = _changed(
        lambda spec: spec["paths"]["/stats"]["get"].update(
            {"parameters": [{"name": "sid", "in": "cookie", "schema": {"type": "string"}}]}
        )
    )
    old = _write(tmp_path, "old.yaml", BASE)
    new = _write(tmp_path, "new.yaml", broken)
    assert main(["diff", str(old), str(new), "--config", str(MINI_CONFIG)]) == 2
    assert "new.yaml" in capsys.readouterr().err


def test_change_breaking_flag() -> None:
    assert Change("breaking", "x", "y").breaking
    assert not Change("added", "x", "y").breaking
