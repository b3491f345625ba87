"""Call shapes driven by the spec and config.yaml: a lone path parameter by position, `carries`,
`model_bases`."""

from __future__ import annotations

from typing import Any, Dict, cast

import pytest

from codegen.build import build_api
from codegen.config import config_from_dict
from codegen.ir import Api
from codegen.load import SpecError
from codegen.render.resources import render_resources
from codegen.render.types import render_types
from codegen.yaml_io import parse_yaml

from .helpers import MINI_CONFIG, MINI_SPEC, find_method, mini_spec


def _api(**extra: Any) -> Api:
    raw = cast(Dict[str, Any], parse_yaml(MINI_CONFIG.read_text(encoding="utf-8")))
    for key, value in extra.items():
        if key == "operations":
            raw["operations"] = {**raw.get("operations", {}), **value}
        else:
            raw[key] = value
    return build_api(mini_spec(), config_from_dict(raw), MINI_SPEC.read_bytes())


def _resource_source(api: Api, name: str) -> str:
    files = render_resources(api)
    return next(text for path, text in files.items() if path.endswith(f"/resources/{name}"))


def test_only_a_lone_path_parameter_is_positional() -> None:
    api = _api()
    assert [p.name for p in find_method(api, "widgets.get").positional] == ["widget_id"]
    assert find_method(api, "widgets.parts.get").positional == ()  # two path parameters
    assert find_method(api, "widgets.list").positional == ()
    source = _resource_source(api, "widgets/widgets.py")
    assert "    def get(\n        self,\n        widget_id: str,\n        *,\n" in source
    assert "    async def get(\n        self,\n        widget_id: str,\n        *,\n" in source
    parts = _resource_source(api, "widgets/parts.py")
    assert "    def get(\n        self,\n        *,\n" in parts


def test_carries_makes_the_carried_parameter_optional_and_splits_it_out() -> None:
    api = _api(
        operations={"widgets.create": {"carries": {"name": {"param": "idempotency_key", "separator": "#"}}}}
    )
    method = find_method(api, "widgets.create")
    by_name = {param.name: param for param in method.params}
    assert by_name["name"].carries == ("idempotency_key", "#")
    assert by_name["idempotency_key"].carried_by == "name"
    source = _resource_source(api, "widgets/widgets.py")
    assert (
        'name, idempotency_key = split_carried("name", name, "idempotency_key", idempotency_key, separator="#")'
        in source
    )
    assert "split_carried" in source.split("__all__")[0]  # imported


def test_carries_must_name_two_string_parameters() -> None:
    with pytest.raises(SpecError, match="two string parameters"):
        _api(operations={"widgets.create": {"carries": {"name": {"param": "color", "separator": ":"}}}})


def test_model_bases_replace_base_model() -> None:
    api = _api(model_bases={"Widget": "replicate.lib.widgets:WidgetBase"})
    files = render_types(api)
    widget = next(text for path, text in files.items() if path.endswith("/types/widget.py"))
    assert "from ..lib.widgets import WidgetBase" in widget
    assert "class Widget(WidgetBase):" in widget
    with pytest.raises(SpecError, match="model_bases"):
        _api(model_bases={"NoSuchModel": "replicate.lib.x:Base"})


def test_type_aliases_extend_generated_modules_and_make_new_ones() -> None:
    api = _api(
        type_aliases={
            "widget": {"Colour": "WidgetColor"},
            "widget_get_response": {"WidgetGetResponse": "Widget", "Extra": "str"},
            "legacy/widget_response": {"WidgetResponse": "Widget"},
        },
        page_aliases={"SyncOldPage": "SyncCursorURLPage"},
    )
    files = render_types(api)
    by_name = {path.split("/types/", 1)[1]: text for path, text in files.items()}
    assert "Colour: TypeAlias = WidgetColor" in by_name["widget.py"]
    assert '"Colour"' in by_name["widget.py"].split("__all__", 1)[1].split("\n", 1)[0]
    assert (
        "WidgetGetResponse: TypeAlias = Widget\nExtra: TypeAlias = str" in by_name["widget_get_response.py"]
    )
    assert "from ..widget import Widget" in by_name["legacy/widget_response.py"]
    assert "from .widget_response import WidgetResponse as WidgetResponse" in by_name["legacy/__init__.py"]
    init = by_name["__init__.py"]
    assert '"WidgetGetResponse": "widget_get_response"' in init  # importable from the package...
    assert "WidgetGetResponse" not in init.split("__all__", 1)[1].split("]", 1)[0]  # ...but not starred
    assert '"Extra"' not in init  # not named after its module: only in its module
    with pytest.raises(SpecError, match="names no type"):
        _api(type_aliases={"x": {"Y": "NoSuchType"}})
    with pytest.raises(SpecError, match="would replace a generated type"):
        _api(type_aliases={"widget": {"Widget": "WidgetColor"}})
