from __future__ import annotations

from dataclasses import replace
from typing import Any, Dict, cast

import pytest

from codegen.build import build_api
from codegen.config import OperationOverride
from codegen.ir import TypeRef
from codegen.load import SpecError
from codegen.samples import FILE_SAMPLE

from .helpers import MINI_CONFIG, MINI_SPEC, find_method, find_resource, mini_api, mini_config, mini_spec


def test_dotted_operation_ids_become_nested_resources() -> None:
    api = mini_api()
    assert [resource.path for resource in api.resources] == [("stats",), ("uploads",), ("widgets",)]
    widgets = find_resource(api, "widgets")
    assert [child.path for child in widgets.children] == [("widgets", "blob"), ("widgets", "parts")]
    assert widgets.module == ("widgets", "widgets")
    assert find_resource(api, "widgets.parts").module == ("widgets", "parts")
    assert find_resource(api, "stats").module == ("stats",)


def test_single_word_operation_ids_are_client_methods() -> None:
    api = mini_api()
    assert api.top_level is not None
    assert [method.name for method in api.top_level.methods] == ["ping"]


def test_config_override_moves_an_operation() -> None:
    config = mini_config()
    operations = {**config.operations, "stats.list": OperationOverride(resource=("widgets",), method="stats")}
    api = build_api(mini_spec(), replace(config, operations=operations), b"")
    assert find_method(api, "widgets.stats").path == "/stats"
    assert "stats" not in [resource.attr for resource in api.resources]


def test_params_order_path_then_required_then_optional() -> None:
    parts_get = find_method(mini_api(), "widgets.parts.get")
    # path params follow the template order, not the declaration order
    assert [(p.name, p.location) for p in parts_get.params] == [
        ("widget_id", "path"),
        ("part_id", "path"),
        ("verbose", "query"),
    ]
    create = find_method(mini_api(), "widgets.create")
    assert [(p.name, p.required) for p in create.params] == [
        ("name", True),
        ("color", False),
        ("labels", False),
        ("idempotency_key", False),
    ]


def test_header_params_get_python_names_and_keep_wire_names() -> None:
    create = find_method(mini_api(), "widgets.create")
    header = next(p for p in create.params if p.location == "header")
    assert (header.name, header.wire_name) == ("idempotency_key", "Idempotency-Key")


def test_cursor_pages_are_detected_with_their_item_type() -> None:
    api = mini_api()
    listing = find_method(api, "widgets.list")
    assert listing.page
    assert listing.returns == TypeRef("named", name="Widget", module="widget")
    stats = find_method(api, "stats.list")
    assert not stats.page
    assert stats.returns == TypeRef("named", name="StatListResponse", module="stat_list_response")


def test_response_kinds() -> None:
    api = mini_api()
    assert find_method(api, "widgets.delete").response == "empty"
    assert find_method(api, "widgets.delete").returns is None
    assert find_method(api, "widgets.blob.download").response == "binary"
    assert find_method(api, "ping").response == "text"
    assert find_method(api, "widgets.get").returns == TypeRef("named", name="Widget", module="widget")


def test_text_body_override_becomes_a_keyword() -> None:
    search = find_method(mini_api(), "widgets.search")
    assert search.http_method == "query"
    assert search.body == "text"
    assert [(p.name, p.location, p.required, p.example) for p in search.params] == [
        ("query", "body", True, "blue things")
    ]


def test_a_text_body_without_config_is_the_keyword_content() -> None:
    config = replace(mini_config(), operations={})
    search = find_method(build_api(mini_spec(), config, b""), "widgets.search")
    body = next(param for param in search.params if param.location == "body")
    assert (search.body, body.name, body.type) == ("text", "content", TypeRef("builtin", name="str"))


def test_multipart_file_params_are_file_types_with_bytes_examples() -> None:
    upload = find_method(mini_api(), "uploads.create")
    content = upload.params[0]
    assert upload.body == "multipart"
    assert content.type == TypeRef("file")
    assert content.example == FILE_SAMPLE


def test_retry_policy_comes_from_config() -> None:
    api = mini_api()
    assert find_method(api, "widgets.create").retry == "unsent"
    assert find_method(api, "widgets.get").retry == "always"


def test_type_names() -> None:
    api = mini_api()
    modules = {module.module: [d.name for d in module.definitions] for module in api.types}
    assert modules["widget"] == ["WidgetDimensions", "Widget"]
    assert modules["widget_color"] == ["WidgetColor"]
    assert modules["widget_create_params"] == ["WidgetCreateParamsLabels", "WidgetCreateParams"]
    assert modules["widget_part_get_response"] == ["WidgetPartGetResponse"]
    assert "widget_get_params" not in modules  # only path params: no params type


def test_response_fields_are_optional_unless_required_and_datetime_is_typed() -> None:
    widget = next(module for module in mini_api().types if module.module == "widget").definitions[-1]
    fields = {field.name: field for field in getattr(widget, "fields")}  # noqa: B009
    assert fields["created_at"].type == TypeRef("datetime")
    assert fields["from_"].wire_name == "from"
    assert fields["from_"].type.kind == "optional"
    assert fields["tags"].type == TypeRef(
        "optional", args=(TypeRef("list", args=(TypeRef("builtin", "str"),)),)
    )


def test_date_time_params_accept_strings_too() -> None:
    created_after = find_method(mini_api(), "widgets.list").params[0]
    assert created_after.type == TypeRef("union", args=(TypeRef("builtin", "str"), TypeRef("datetime")))


def test_params_shadowing_the_trailing_keywords_fail() -> None:
    text = MINI_SPEC.read_text().replace("name: created_after", "name: timeout")
    from codegen.load import parse_spec

    with pytest.raises(SpecError, match="shadow the keyword 'timeout'"):
        build_api(parse_spec(text), mini_config(), b"")


def test_pattern_without_example_fails_loudly() -> None:
    text = MINI_SPEC.read_text().replace(
        "schema: {type: string}\n      requestBody:",
        "schema: {type: string, pattern: '^k-[0-9]+$'}\n      requestBody:",
    )
    from codegen.load import parse_spec

    with pytest.raises(SpecError, match="needs an example"):
        build_api(parse_spec(text), mini_config(), b"")


def test_spec_hash_and_endpoint_count() -> None:
    api = mini_api()
    assert api.endpoint_count == 10
    assert len(api.spec_sha256) == 64


def test_runtime_bases_by_default_and_handwritten_bases_from_config() -> None:
    api = mini_api()
    assert find_resource(api, "widgets").bases.sync.name == "SyncAPIResource"
    assert api.client_bases.async_.module.endswith("._base_client")

    bases = {"client": ("pkg.lib.client:ClientBase", "pkg.lib.client:AsyncClientBase")}
    bases["widgets.parts"] = ("pkg.lib.parts:PartsBase", "pkg.lib.parts:AsyncPartsBase")
    api = build_api(mini_spec(), replace(mini_config(), bases=bases), b"")
    parts = find_resource(api, "widgets.parts")
    assert (parts.bases.sync.module, parts.bases.async_.name) == ("pkg.lib.parts", "AsyncPartsBase")
    assert find_resource(api, "widgets").bases.sync.name == "SyncAPIResource"
    assert api.client_bases.sync.name == "ClientBase"


def test_client_self_property_lets_the_handwritten_bases_see_the_generated_client() -> None:
    from codegen.config import config_from_dict
    from codegen.render.client import render_client
    from codegen.yaml_io import parse_yaml

    assert mini_api().client_bases.self_property == ""
    raw = cast(Dict[str, Any], parse_yaml(MINI_CONFIG.read_text(encoding="utf-8")))
    raw["bases"] = {"client": {"sync": "pkg.lib:Base", "async": "pkg.lib:AsyncBase", "self_property": "_own"}}
    api = build_api(mini_spec(), config_from_dict(raw), b"")
    assert api.client_bases.self_property == "_own"
    (module,) = render_client(api).values()
    assert "class Replicate(Base):" in module and "class AsyncReplicate(AsyncBase):" in module
    assert "    @property\n    def _own(self) -> Replicate:\n        return self\n" in module
    assert "    @property\n    def _own(self) -> AsyncReplicate:\n        return self\n" in module
    assert "def _own" not in next(iter(render_client(mini_api()).values()))


def test_bases_for_an_unknown_resource_fail_loudly() -> None:
    bases = {"gadgets": ("pkg.lib:GadgetsBase", "pkg.lib:AsyncGadgetsBase")}
    with pytest.raises(SpecError, match="gadgets"):
        build_api(mini_spec(), replace(mini_config(), bases=bases), b"")


def test_config_aliases_add_a_second_keyword_for_a_param() -> None:
    config = mini_config()
    operations = {**config.operations, "widgets.create": OperationOverride(aliases={"label": "name"})}
    api = build_api(mini_spec(), replace(config, operations=operations), b"")
    name = next(param for param in find_method(api, "widgets.create").params if param.name == "name")
    assert (name.alias, name.required) == ("label", True)


def test_an_alias_for_an_unknown_param_fails_loudly() -> None:
    config = mini_config()
    operations = {**config.operations, "widgets.create": OperationOverride(aliases={"label": "nope"})}
    with pytest.raises(SpecError, match="nope"):
        build_api(mini_spec(), replace(config, operations=operations), b"")
