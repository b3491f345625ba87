from __future__ import annotations

import json
from datetime import datetime
from typing import Dict, List, Optional

from pydantic import Field
from typing_extensions import Literal

from replicate._models import BaseModel, parse_as


class Urls(BaseModel):
    get: str
    cancel: Optional[str] = None


class Prediction(BaseModel):
    id: str
    status: Literal["starting", "processing", "succeeded", "failed", "canceled"]
    created_at: Optional[datetime] = None
    urls: Optional[Urls] = None
    metrics: Dict[str, float] = Field(default_factory=dict)
    model_name: Optional[str] = Field(default=None, alias="model")


def test_valid_data_is_validated() -> None:
    prediction = parse_as(
        Prediction,
        {"id": "p", "status": "succeeded", "created_at": "2024-01-01T00:00:00Z", "urls": {"get": "u"}},
    )
    assert isinstance(prediction, Prediction)
    assert prediction.created_at == datetime.fromisoformat("2024-01-01T00:00:00+00:00")
    assert isinstance(prediction.urls, Urls)


def test_unknown_fields_are_kept_and_reachable() -> None:
    prediction = parse_as(Prediction, {"id": "p", "status": "starting", "brand_new": {"x": 1}})
    assert prediction.brand_new == {"x": 1}
    assert prediction.to_dict()["brand_new"] == {"x": 1}


def test_missing_required_fields_do_not_raise() -> None:
    prediction = parse_as(Prediction, {"status": "starting"})
    assert isinstance(prediction, Prediction)
    assert prediction.id is None
    assert prediction.status == "starting"


def test_invalid_values_are_kept_raw_and_good_ones_still_validated() -> None:
    prediction = parse_as(
        Prediction,
        {
            "id": "p",
            "status": "paused",
            "created_at": "2024-01-01T00:00:00Z",
            "urls": {"cancel": "c"},
            "extra": 1,
        },
    )
    assert prediction.status == "paused"
    assert isinstance(prediction.created_at, datetime)
    assert isinstance(prediction.urls, Urls)
    assert prediction.urls.cancel == "c"
    assert prediction.urls.get is None
    assert prediction.extra == 1


def test_lists_of_models_are_parsed_item_by_item() -> None:
    items = parse_as(List[Prediction], [{"id": "a", "status": "starting"}, {"id": "b", "status": "weird"}])
    assert [type(item) for item in items] == [Prediction, Prediction]
    assert items[1].status == "weird"


def test_aliases_populate_by_name_and_serialise_by_alias() -> None:
    prediction = parse_as(Prediction, {"id": "p", "status": "starting", "model": "owner/name"})
    assert prediction.model_name == "owner/name"
    assert Prediction(id="p", status="starting", model_name="x").model_name == "x"
    assert prediction.to_dict()["model"] == "owner/name"
    lenient = parse_as(Prediction, {"status": "odd", "model": "owner/name"})
    assert lenient.model_name == "owner/name"


def test_object_str_and_none_cast() -> None:
    data = {"anything": [1, 2]}
    assert parse_as(object, data) is data
    assert parse_as(None, data) is data
    assert parse_as(str, "text") == "text"


def test_to_json_and_repr() -> None:
    prediction = parse_as(Prediction, {"id": "p", "status": "starting", "extra": True})
    assert json.loads(prediction.to_json()) == {"id": "p", "status": "starting", "extra": True}
    assert repr(prediction) == "Prediction(id='p', status='starting', extra=True)" or repr(
        prediction
    ).startswith("Prediction(")
    assert "id='p'" in repr(prediction)
    assert "extra=True" in repr(prediction)


WIDE = 3000  # inputs in a schema whose version body passes TWO_PASS_MIN_BYTES


def _schema(width: int) -> Dict[str, object]:
    """A free-form document nested like a Cog ``openapi_schema``."""
    return {
        "openapi": "3.0.2",
        "components": {
            "schemas": {
                "Input": {
                    "type": "object",
                    "properties": {
                        f"p{i}": {"type": "integer", "default": i, "x-order": i} for i in range(width)
                    },
                }
            }
        },
    }


def _version(i: int, width: int) -> Dict[str, object]:
    return {"id": f"v{i}", "created_at": "2024-04-01T10:00:00Z", "openapi_schema": _schema(width)}


def test_small_and_large_bodies_parse_alike() -> None:
    """Below TWO_PASS_MIN_BYTES a body is validated from its bytes, above it decoded first: same result."""
    from replicate._models import TWO_PASS_MIN_BYTES, parse_json_as, parse_page_json
    from replicate.types import ModelVersion

    for width in (2, WIDE):
        body = json.dumps(_version(1, width)).encode()
        assert (len(body) >= TWO_PASS_MIN_BYTES) == (width == WIDE)
        version = parse_json_as(ModelVersion, body)
        assert isinstance(version, ModelVersion)
        assert version.created_at == datetime.fromisoformat("2024-04-01T10:00:00+00:00")
        assert version.openapi_schema == _schema(width)

        page = {"next": "https://x/next", "previous": None, "results": [_version(i, width) for i in range(3)]}
        items, next_link, previous_link = parse_page_json(ModelVersion, json.dumps(page))
        assert [item.id for item in items] == ["v0", "v1", "v2"]
        assert all(item.openapi_schema == _schema(width) for item in items)
        assert (next_link, previous_link) == ("https://x/next", None)


def test_large_bodies_stay_tolerant_and_report_invalid_json() -> None:
    import pytest

    from replicate._models import parse_json_as, parse_page_json
    from replicate.types import ModelVersion

    broken = _version(1, WIDE)
    del broken["id"]  # required
    broken["created_at"] = "not a date"
    version = parse_json_as(ModelVersion, json.dumps(broken))
    assert version.id is None and version.created_at == "not a date"
    assert version.openapi_schema == _schema(WIDE)

    items, _, _ = parse_page_json(ModelVersion, json.dumps({"results": [broken, _version(2, WIDE)]}))
    assert items[0].created_at == "not a date" and items[1].id == "v2"

    body = json.dumps(_version(1, WIDE))
    with pytest.raises(ValueError):
        parse_json_as(ModelVersion, body[:-1])
    with pytest.raises(ValueError):
        parse_page_json(ModelVersion, '{"results": [' + body + ", ]}")
    # What pydantic-core's decoder refuses but json.loads accepts (a lone surrogate) still decodes.
    assert parse_json_as(None, '"\\ud800"') == "\ud800"
