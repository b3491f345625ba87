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
