"""The generated tests lean on tests/utils.py: make sure it really fails on mismatches."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Dict, Generic, List, Optional, TypeVar, Union

import pydantic
import pytest
from tests.utils import assert_matches_type
from typing_extensions import Literal

T = TypeVar("T")


class Inner(pydantic.BaseModel):
    size: int


class Outer(pydantic.BaseModel):
    name: str
    when: datetime
    inner: Optional[Inner] = None
    tags: List[str] = []
    kind: Literal["a", "b"] = "a"


class Page(Generic[T]):
    results: List[T]

    def __init__(self, results: List[T]) -> None:
        self.results = results


def _outer(**changes: Any) -> Outer:
    fields: Dict[str, Any] = {
        "name": "n",
        "when": datetime(2024, 1, 1),
        "inner": Inner(size=1),
        "tags": ["x"],
    }
    fields.update(changes)
    return Outer.model_construct(None, **fields)


def test_accepts_a_matching_model() -> None:
    assert_matches_type(Outer, _outer(), path=["response"])


@pytest.mark.parametrize(
    ("changes", "where"),
    [
        ({"name": 1}, "response.name"),
        ({"when": "2024-01-01"}, "response.when"),
        ({"inner": Inner.model_construct(size="big")}, "response.inner"),
        ({"tags": ["x", 2]}, "response.tags"),
        ({"kind": "c"}, "response.kind"),
    ],
)
def test_rejects_a_mismatch_deep_inside(changes: Dict[str, Any], where: str) -> None:
    with pytest.raises(AssertionError, match=where.replace(".", r"\.")):
        assert_matches_type(Outer, _outer(**changes), path=["response"])


def test_generic_pages_check_their_items() -> None:
    assert_matches_type(Page[Inner], Page([Inner(size=1)]), path=["response"])
    with pytest.raises(AssertionError):
        assert_matches_type(Page[Inner], Page([Outer.model_construct()]), path=["response"])


def test_unions_dicts_and_numbers() -> None:
    assert_matches_type(Union[int, str], "x", path=["r"])
    assert_matches_type(Dict[str, float], {"a": 1, "b": 2.5}, path=["r"])
    with pytest.raises(AssertionError):
        assert_matches_type(Union[int, str], 1.5, path=["r"])
    with pytest.raises(AssertionError):
        assert_matches_type(int, True, path=["r"])
