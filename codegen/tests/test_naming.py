from __future__ import annotations

import pytest

from codegen.naming import pascal_case, python_identifier, singular, snake_case


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("PredictionStatus", "prediction_status"),
        ("Cancel-After", "cancel_after"),
        ("HTTPError", "http_error"),
    ],
)
def test_snake_case(name: str, expected: str) -> None:
    assert snake_case(name) == expected


def test_pascal_case_keeps_inner_capitals() -> None:
    assert pascal_case("webhook_events_filter") == "WebhookEventsFilter"
    assert pascal_case("ModelVersion") == "ModelVersion"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("from", "from_"),
        ("Prefer", "prefer"),
        ("Cancel-After", "cancel_after"),
        ("model_owner", "model_owner"),
    ],
)
def test_python_identifier(name: str, expected: str) -> None:
    assert python_identifier(name) == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("predictions", "prediction"),
        ("hardware", "hardware"),
        ("collections", "collection"),
        ("class", "class"),
    ],
)
def test_singular(word: str, expected: str) -> None:
    assert singular(word) == expected
