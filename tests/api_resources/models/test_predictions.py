# File generated from openapi.yaml by codegen. Do not edit.

from __future__ import annotations

from typing import Any, cast

import pytest

from replicate import AsyncReplicate, Replicate
from replicate.types import Prediction

from ...utils import assert_matches_type


class TestModelsPredictions:
    def test_method_create(self, client: Replicate) -> None:
        prediction = client.models.predictions.create(
            model_owner="meta", model_name="meta-llama-3-8b-instruct", input={"prompt": "Tell me a joke"}
        )
        assert_matches_type(Prediction, prediction, path=["response"])

    def test_method_create_with_all_params(self, client: Replicate) -> None:
        prediction = client.models.predictions.create(
            model_owner="meta",
            model_name="meta-llama-3-8b-instruct",
            input={"prompt": "Tell me a joke"},
            webhook="https://example.com/my-webhook",
            webhook_events_filter=["start", "completed"],
            stream=True,
            prefer="wait=5",
            cancel_after="5m",
        )
        assert_matches_type(Prediction, prediction, path=["response"])

    def test_raw_response_create(self, client: Replicate) -> None:
        response = client.models.predictions.with_raw_response.create(
            model_owner="meta", model_name="meta-llama-3-8b-instruct", input={"prompt": "Tell me a joke"}
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Replicate-Lang") == "python"
        prediction = response.parse()
        assert_matches_type(Prediction, prediction, path=["response"])

    def test_streaming_response_create(self, client: Replicate) -> None:
        with client.models.predictions.with_streaming_response.create(
            model_owner="meta", model_name="meta-llama-3-8b-instruct", input={"prompt": "Tell me a joke"}
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Replicate-Lang") == "python"

            prediction = response.parse()
            assert_matches_type(Prediction, prediction, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_create(self, client: Replicate) -> None:
        with pytest.raises(ValueError, match="model_owner"):
            client.models.predictions.with_raw_response.create(
                model_owner="", model_name="meta-llama-3-8b-instruct", input={"prompt": "Tell me a joke"}
            )

        with pytest.raises(ValueError, match="model_name"):
            client.models.predictions.with_raw_response.create(
                model_owner="meta", model_name="", input={"prompt": "Tell me a joke"}
            )


class TestAsyncModelsPredictions:
    async def test_method_create(self, async_client: AsyncReplicate) -> None:
        prediction = await async_client.models.predictions.create(
            model_owner="meta", model_name="meta-llama-3-8b-instruct", input={"prompt": "Tell me a joke"}
        )
        assert_matches_type(Prediction, prediction, path=["response"])

    async def test_method_create_with_all_params(self, async_client: AsyncReplicate) -> None:
        prediction = await async_client.models.predictions.create(
            model_owner="meta",
            model_name="meta-llama-3-8b-instruct",
            input={"prompt": "Tell me a joke"},
            webhook="https://example.com/my-webhook",
            webhook_events_filter=["start", "completed"],
            stream=True,
            prefer="wait=5",
            cancel_after="5m",
        )
        assert_matches_type(Prediction, prediction, path=["response"])

    async def test_raw_response_create(self, async_client: AsyncReplicate) -> None:
        response = await async_client.models.predictions.with_raw_response.create(
            model_owner="meta", model_name="meta-llama-3-8b-instruct", input={"prompt": "Tell me a joke"}
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Replicate-Lang") == "python"
        prediction = await response.parse()
        assert_matches_type(Prediction, prediction, path=["response"])

    async def test_streaming_response_create(self, async_client: AsyncReplicate) -> None:
        async with async_client.models.predictions.with_streaming_response.create(
            model_owner="meta", model_name="meta-llama-3-8b-instruct", input={"prompt": "Tell me a joke"}
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Replicate-Lang") == "python"

            prediction = await response.parse()
            assert_matches_type(Prediction, prediction, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_create(self, async_client: AsyncReplicate) -> None:
        with pytest.raises(ValueError, match="model_owner"):
            await async_client.models.predictions.with_raw_response.create(
                model_owner="", model_name="meta-llama-3-8b-instruct", input={"prompt": "Tell me a joke"}
            )

        with pytest.raises(ValueError, match="model_name"):
            await async_client.models.predictions.with_raw_response.create(
                model_owner="meta", model_name="", input={"prompt": "Tell me a joke"}
            )
