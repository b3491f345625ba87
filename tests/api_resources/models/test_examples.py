# File generated from openapi.yaml by codegen. Do not edit.

from __future__ import annotations

from typing import Any, cast

import pytest

from replicate import AsyncReplicate, Replicate
from replicate.pagination import AsyncCursorURLPage, SyncCursorURLPage
from replicate.types import Prediction

from ...utils import assert_matches_type


class TestModelsExamples:
    def test_method_list(self, client: Replicate) -> None:
        example = client.models.examples.list(model_owner="replicate", model_name="hello-world")
        assert_matches_type(SyncCursorURLPage[Prediction], example, path=["response"])

    def test_raw_response_list(self, client: Replicate) -> None:
        response = client.models.examples.with_raw_response.list(
            model_owner="replicate", model_name="hello-world"
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Replicate-Lang") == "python"
        example = response.parse()
        assert_matches_type(SyncCursorURLPage[Prediction], example, path=["response"])

    def test_streaming_response_list(self, client: Replicate) -> None:
        with client.models.examples.with_streaming_response.list(
            model_owner="replicate", model_name="hello-world"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Replicate-Lang") == "python"

            example = response.parse()
            assert_matches_type(SyncCursorURLPage[Prediction], example, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_list(self, client: Replicate) -> None:
        with pytest.raises(ValueError, match="model_owner"):
            client.models.examples.with_raw_response.list(model_owner="", model_name="hello-world")

        with pytest.raises(ValueError, match="model_name"):
            client.models.examples.with_raw_response.list(model_owner="replicate", model_name="")


class TestAsyncModelsExamples:
    async def test_method_list(self, async_client: AsyncReplicate) -> None:
        example = await async_client.models.examples.list(model_owner="replicate", model_name="hello-world")
        assert_matches_type(AsyncCursorURLPage[Prediction], example, path=["response"])

    async def test_raw_response_list(self, async_client: AsyncReplicate) -> None:
        response = await async_client.models.examples.with_raw_response.list(
            model_owner="replicate", model_name="hello-world"
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Replicate-Lang") == "python"
        example = await response.parse()
        assert_matches_type(AsyncCursorURLPage[Prediction], example, path=["response"])

    async def test_streaming_response_list(self, async_client: AsyncReplicate) -> None:
        async with async_client.models.examples.with_streaming_response.list(
            model_owner="replicate", model_name="hello-world"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Replicate-Lang") == "python"

            example = await response.parse()
            assert_matches_type(AsyncCursorURLPage[Prediction], example, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_list(self, async_client: AsyncReplicate) -> None:
        with pytest.raises(ValueError, match="model_owner"):
            await async_client.models.examples.with_raw_response.list(
                model_owner="", model_name="hello-world"
            )

        with pytest.raises(ValueError, match="model_name"):
            await async_client.models.examples.with_raw_response.list(model_owner="replicate", model_name="")
