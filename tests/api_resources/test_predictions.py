# File generated from openapi.yaml by codegen. Do not edit.

from __future__ import annotations

from typing import Any, cast

import pytest

from replicate import AsyncReplicate, Replicate
from replicate.pagination import AsyncCursorURLPage, SyncCursorURLPage
from replicate.types import Prediction

from ..utils import assert_matches_type


class TestPredictions:
    def test_method_cancel(self, client: Replicate) -> None:
        prediction = client.predictions.cancel("gm3qorzdhgbfurvjtvhg6dckhu")
        assert_matches_type(Prediction, prediction, path=["response"])

    def test_raw_response_cancel(self, client: Replicate) -> None:
        response = client.predictions.with_raw_response.cancel(prediction_id="gm3qorzdhgbfurvjtvhg6dckhu")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Replicate-Lang") == "python"
        prediction = response.parse()
        assert_matches_type(Prediction, prediction, path=["response"])

    def test_streaming_response_cancel(self, client: Replicate) -> None:
        with client.predictions.with_streaming_response.cancel(
            prediction_id="gm3qorzdhgbfurvjtvhg6dckhu"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Replicate-Lang") == "python"

            prediction = response.parse()
            assert_matches_type(Prediction, prediction, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_cancel(self, client: Replicate) -> None:
        with pytest.raises(ValueError, match="prediction_id"):
            client.predictions.with_raw_response.cancel(prediction_id="")

    def test_method_create(self, client: Replicate) -> None:
        prediction = client.predictions.create(
            version="5c7d5dc6dd8bf75c1acaa8565735e7986bc5b66206b55cca93cb72c9bf15ccaa",
            input={"text": "Alice"},
        )
        assert_matches_type(Prediction, prediction, path=["response"])

    def test_method_create_with_all_params(self, client: Replicate) -> None:
        prediction = client.predictions.create(
            version="5c7d5dc6dd8bf75c1acaa8565735e7986bc5b66206b55cca93cb72c9bf15ccaa",
            input={"text": "Alice"},
            webhook="https://example.com/my-webhook",
            webhook_events_filter=["start", "completed"],
            stream=True,
            prefer="wait=5",
            cancel_after="5m",
        )
        assert_matches_type(Prediction, prediction, path=["response"])

    def test_raw_response_create(self, client: Replicate) -> None:
        response = client.predictions.with_raw_response.create(
            version="5c7d5dc6dd8bf75c1acaa8565735e7986bc5b66206b55cca93cb72c9bf15ccaa",
            input={"text": "Alice"},
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Replicate-Lang") == "python"
        prediction = response.parse()
        assert_matches_type(Prediction, prediction, path=["response"])

    def test_streaming_response_create(self, client: Replicate) -> None:
        with client.predictions.with_streaming_response.create(
            version="5c7d5dc6dd8bf75c1acaa8565735e7986bc5b66206b55cca93cb72c9bf15ccaa",
            input={"text": "Alice"},
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Replicate-Lang") == "python"

            prediction = response.parse()
            assert_matches_type(Prediction, prediction, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_method_get(self, client: Replicate) -> None:
        prediction = client.predictions.get("gm3qorzdhgbfurvjtvhg6dckhu")
        assert_matches_type(Prediction, prediction, path=["response"])

    def test_raw_response_get(self, client: Replicate) -> None:
        response = client.predictions.with_raw_response.get(prediction_id="gm3qorzdhgbfurvjtvhg6dckhu")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Replicate-Lang") == "python"
        prediction = response.parse()
        assert_matches_type(Prediction, prediction, path=["response"])

    def test_streaming_response_get(self, client: Replicate) -> None:
        with client.predictions.with_streaming_response.get(
            prediction_id="gm3qorzdhgbfurvjtvhg6dckhu"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Replicate-Lang") == "python"

            prediction = response.parse()
            assert_matches_type(Prediction, prediction, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_get(self, client: Replicate) -> None:
        with pytest.raises(ValueError, match="prediction_id"):
            client.predictions.with_raw_response.get(prediction_id="")

    def test_method_list(self, client: Replicate) -> None:
        prediction = client.predictions.list()
        assert_matches_type(SyncCursorURLPage[Prediction], prediction, path=["response"])

    def test_method_list_with_all_params(self, client: Replicate) -> None:
        prediction = client.predictions.list(
            created_after="2025-01-01T00:00:00Z", created_before="2025-02-01T00:00:00Z"
        )
        assert_matches_type(SyncCursorURLPage[Prediction], prediction, path=["response"])

    def test_raw_response_list(self, client: Replicate) -> None:
        response = client.predictions.with_raw_response.list()

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Replicate-Lang") == "python"
        prediction = response.parse()
        assert_matches_type(SyncCursorURLPage[Prediction], prediction, path=["response"])

    def test_streaming_response_list(self, client: Replicate) -> None:
        with client.predictions.with_streaming_response.list() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Replicate-Lang") == "python"

            prediction = response.parse()
            assert_matches_type(SyncCursorURLPage[Prediction], prediction, path=["response"])

        assert cast(Any, response.is_closed) is True


class TestAsyncPredictions:
    async def test_method_cancel(self, async_client: AsyncReplicate) -> None:
        prediction = await async_client.predictions.cancel("gm3qorzdhgbfurvjtvhg6dckhu")
        assert_matches_type(Prediction, prediction, path=["response"])

    async def test_raw_response_cancel(self, async_client: AsyncReplicate) -> None:
        response = await async_client.predictions.with_raw_response.cancel(
            prediction_id="gm3qorzdhgbfurvjtvhg6dckhu"
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Replicate-Lang") == "python"
        prediction = await response.parse()
        assert_matches_type(Prediction, prediction, path=["response"])

    async def test_streaming_response_cancel(self, async_client: AsyncReplicate) -> None:
        async with async_client.predictions.with_streaming_response.cancel(
            prediction_id="gm3qorzdhgbfurvjtvhg6dckhu"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Replicate-Lang") == "python"

            prediction = await response.parse()
            assert_matches_type(Prediction, prediction, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_cancel(self, async_client: AsyncReplicate) -> None:
        with pytest.raises(ValueError, match="prediction_id"):
            await async_client.predictions.with_raw_response.cancel(prediction_id="")

    async def test_method_create(self, async_client: AsyncReplicate) -> None:
        prediction = await async_client.predictions.create(
            version="5c7d5dc6dd8bf75c1acaa8565735e7986bc5b66206b55cca93cb72c9bf15ccaa",
            input={"text": "Alice"},
        )
        assert_matches_type(Prediction, prediction, path=["response"])

    async def test_method_create_with_all_params(self, async_client: AsyncReplicate) -> None:
        prediction = await async_client.predictions.create(
            version="5c7d5dc6dd8bf75c1acaa8565735e7986bc5b66206b55cca93cb72c9bf15ccaa",
            input={"text": "Alice"},
            webhook="https://example.com/my-webhook",
            webhook_events_filter=["start", "completed"],
            stream=True,
            prefer="wait=5",
            cancel_after="5m",
        )
        assert_matches_type(Prediction, prediction, path=["response"])

    async def test_raw_response_create(self, async_client: AsyncReplicate) -> None:
        response = await async_client.predictions.with_raw_response.create(
            version="5c7d5dc6dd8bf75c1acaa8565735e7986bc5b66206b55cca93cb72c9bf15ccaa",
            input={"text": "Alice"},
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Replicate-Lang") == "python"
        prediction = await response.parse()
        assert_matches_type(Prediction, prediction, path=["response"])

    async def test_streaming_response_create(self, async_client: AsyncReplicate) -> None:
        async with async_client.predictions.with_streaming_response.create(
            version="5c7d5dc6dd8bf75c1acaa8565735e7986bc5b66206b55cca93cb72c9bf15ccaa",
            input={"text": "Alice"},
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Replicate-Lang") == "python"

            prediction = await response.parse()
            assert_matches_type(Prediction, prediction, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_method_get(self, async_client: AsyncReplicate) -> None:
        prediction = await async_client.predictions.get("gm3qorzdhgbfurvjtvhg6dckhu")
        assert_matches_type(Prediction, prediction, path=["response"])

    async def test_raw_response_get(self, async_client: AsyncReplicate) -> None:
        response = await async_client.predictions.with_raw_response.get(
            prediction_id="gm3qorzdhgbfurvjtvhg6dckhu"
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Replicate-Lang") == "python"
        prediction = await response.parse()
        assert_matches_type(Prediction, prediction, path=["response"])

    async def test_streaming_response_get(self, async_client: AsyncReplicate) -> None:
        async with async_client.predictions.with_streaming_response.get(
            prediction_id="gm3qorzdhgbfurvjtvhg6dckhu"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Replicate-Lang") == "python"

            prediction = await response.parse()
            assert_matches_type(Prediction, prediction, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_get(self, async_client: AsyncReplicate) -> None:
        with pytest.raises(ValueError, match="prediction_id"):
            await async_client.predictions.with_raw_response.get(prediction_id="")

    async def test_method_list(self, async_client: AsyncReplicate) -> None:
        prediction = await async_client.predictions.list()
        assert_matches_type(AsyncCursorURLPage[Prediction], prediction, path=["response"])

    async def test_method_list_with_all_params(self, async_client: AsyncReplicate) -> None:
        prediction = await async_client.predictions.list(
            created_after="2025-01-01T00:00:00Z", created_before="2025-02-01T00:00:00Z"
        )
        assert_matches_type(AsyncCursorURLPage[Prediction], prediction, path=["response"])

    async def test_raw_response_list(self, async_client: AsyncReplicate) -> None:
        response = await async_client.predictions.with_raw_response.list()

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Replicate-Lang") == "python"
        prediction = await response.parse()
        assert_matches_type(AsyncCursorURLPage[Prediction], prediction, path=["response"])

    async def test_streaming_response_list(self, async_client: AsyncReplicate) -> None:
        async with async_client.predictions.with_streaming_response.list() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Replicate-Lang") == "python"

            prediction = await response.parse()
            assert_matches_type(AsyncCursorURLPage[Prediction], prediction, path=["response"])

        assert cast(Any, response.is_closed) is True
