# File generated from openapi.yaml by codegen. Do not edit.

from __future__ import annotations

from typing import Any, cast

import pytest

from replicate import AsyncReplicate, Replicate

from ...utils import assert_matches_type


class TestModelsReadme:
    def test_method_get(self, client: Replicate) -> None:
        readme = client.models.readme.get(model_owner="replicate", model_name="hello-world")
        assert_matches_type(str, readme, path=["response"])

    def test_raw_response_get(self, client: Replicate) -> None:
        response = client.models.readme.with_raw_response.get(
            model_owner="replicate", model_name="hello-world"
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Replicate-Lang") == "python"
        readme = response.parse()
        assert_matches_type(str, readme, path=["response"])

    def test_streaming_response_get(self, client: Replicate) -> None:
        with client.models.readme.with_streaming_response.get(
            model_owner="replicate", model_name="hello-world"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Replicate-Lang") == "python"

            readme = response.parse()
            assert_matches_type(str, readme, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_get(self, client: Replicate) -> None:
        with pytest.raises(ValueError, match="model_owner"):
            client.models.readme.with_raw_response.get(model_owner="", model_name="hello-world")

        with pytest.raises(ValueError, match="model_name"):
            client.models.readme.with_raw_response.get(model_owner="replicate", model_name="")


class TestAsyncModelsReadme:
    async def test_method_get(self, async_client: AsyncReplicate) -> None:
        readme = await async_client.models.readme.get(model_owner="replicate", model_name="hello-world")
        assert_matches_type(str, readme, path=["response"])

    async def test_raw_response_get(self, async_client: AsyncReplicate) -> None:
        response = await async_client.models.readme.with_raw_response.get(
            model_owner="replicate", model_name="hello-world"
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Replicate-Lang") == "python"
        readme = await response.parse()
        assert_matches_type(str, readme, path=["response"])

    async def test_streaming_response_get(self, async_client: AsyncReplicate) -> None:
        async with async_client.models.readme.with_streaming_response.get(
            model_owner="replicate", model_name="hello-world"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Replicate-Lang") == "python"

            readme = await response.parse()
            assert_matches_type(str, readme, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_get(self, async_client: AsyncReplicate) -> None:
        with pytest.raises(ValueError, match="model_owner"):
            await async_client.models.readme.with_raw_response.get(model_owner="", model_name="hello-world")

        with pytest.raises(ValueError, match="model_name"):
            await async_client.models.readme.with_raw_response.get(model_owner="replicate", model_name="")
