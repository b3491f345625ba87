# File generated from openapi.yaml by codegen. Do not edit.

from __future__ import annotations

from typing import Any, cast

import pytest

from replicate import AsyncReplicate, Replicate
from replicate.pagination import AsyncCursorURLPage, SyncCursorURLPage
from replicate.types import ModelVersion

from ...utils import assert_matches_type


class TestModelsVersions:
    def test_method_delete(self, client: Replicate) -> None:
        version = client.models.versions.delete(
            model_owner="alice",
            model_name="hot-dog-detector",
            version_id="5c7d5dc6dd8bf75c1acaa8565735e7986bc5b66206b55cca93cb72c9bf15ccaa",
        )
        assert version is None

    def test_raw_response_delete(self, client: Replicate) -> None:
        response = client.models.versions.with_raw_response.delete(
            model_owner="alice",
            model_name="hot-dog-detector",
            version_id="5c7d5dc6dd8bf75c1acaa8565735e7986bc5b66206b55cca93cb72c9bf15ccaa",
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Replicate-Lang") == "python"
        version = response.parse()
        assert version is None

    def test_streaming_response_delete(self, client: Replicate) -> None:
        with client.models.versions.with_streaming_response.delete(
            model_owner="alice",
            model_name="hot-dog-detector",
            version_id="5c7d5dc6dd8bf75c1acaa8565735e7986bc5b66206b55cca93cb72c9bf15ccaa",
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Replicate-Lang") == "python"

            version = response.parse()
            assert version is None

        assert cast(Any, response.is_closed) is True

    def test_path_params_delete(self, client: Replicate) -> None:
        with pytest.raises(ValueError, match="model_owner"):
            client.models.versions.with_raw_response.delete(
                model_owner="",
                model_name="hot-dog-detector",
                version_id="5c7d5dc6dd8bf75c1acaa8565735e7986bc5b66206b55cca93cb72c9bf15ccaa",
            )

        with pytest.raises(ValueError, match="model_name"):
            client.models.versions.with_raw_response.delete(
                model_owner="alice",
                model_name="",
                version_id="5c7d5dc6dd8bf75c1acaa8565735e7986bc5b66206b55cca93cb72c9bf15ccaa",
            )

        with pytest.raises(ValueError, match="version_id"):
            client.models.versions.with_raw_response.delete(
                model_owner="alice", model_name="hot-dog-detector", version_id=""
            )

    def test_method_get(self, client: Replicate) -> None:
        version = client.models.versions.get(
            model_owner="replicate",
            model_name="hello-world",
            version_id="5c7d5dc6dd8bf75c1acaa8565735e7986bc5b66206b55cca93cb72c9bf15ccaa",
        )
        assert_matches_type(ModelVersion, version, path=["response"])

    def test_raw_response_get(self, client: Replicate) -> None:
        response = client.models.versions.with_raw_response.get(
            model_owner="replicate",
            model_name="hello-world",
            version_id="5c7d5dc6dd8bf75c1acaa8565735e7986bc5b66206b55cca93cb72c9bf15ccaa",
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Replicate-Lang") == "python"
        version = response.parse()
        assert_matches_type(ModelVersion, version, path=["response"])

    def test_streaming_response_get(self, client: Replicate) -> None:
        with client.models.versions.with_streaming_response.get(
            model_owner="replicate",
            model_name="hello-world",
            version_id="5c7d5dc6dd8bf75c1acaa8565735e7986bc5b66206b55cca93cb72c9bf15ccaa",
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Replicate-Lang") == "python"

            version = response.parse()
            assert_matches_type(ModelVersion, version, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_get(self, client: Replicate) -> None:
        with pytest.raises(ValueError, match="model_owner"):
            client.models.versions.with_raw_response.get(
                model_owner="",
                model_name="hello-world",
                version_id="5c7d5dc6dd8bf75c1acaa8565735e7986bc5b66206b55cca93cb72c9bf15ccaa",
            )

        with pytest.raises(ValueError, match="model_name"):
            client.models.versions.with_raw_response.get(
                model_owner="replicate",
                model_name="",
                version_id="5c7d5dc6dd8bf75c1acaa8565735e7986bc5b66206b55cca93cb72c9bf15ccaa",
            )

        with pytest.raises(ValueError, match="version_id"):
            client.models.versions.with_raw_response.get(
                model_owner="replicate", model_name="hello-world", version_id=""
            )

    def test_method_list(self, client: Replicate) -> None:
        version = client.models.versions.list(model_owner="replicate", model_name="hello-world")
        assert_matches_type(SyncCursorURLPage[ModelVersion], version, path=["response"])

    def test_raw_response_list(self, client: Replicate) -> None:
        response = client.models.versions.with_raw_response.list(
            model_owner="replicate", model_name="hello-world"
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Replicate-Lang") == "python"
        version = response.parse()
        assert_matches_type(SyncCursorURLPage[ModelVersion], version, path=["response"])

    def test_streaming_response_list(self, client: Replicate) -> None:
        with client.models.versions.with_streaming_response.list(
            model_owner="replicate", model_name="hello-world"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Replicate-Lang") == "python"

            version = response.parse()
            assert_matches_type(SyncCursorURLPage[ModelVersion], version, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_list(self, client: Replicate) -> None:
        with pytest.raises(ValueError, match="model_owner"):
            client.models.versions.with_raw_response.list(model_owner="", model_name="hello-world")

        with pytest.raises(ValueError, match="model_name"):
            client.models.versions.with_raw_response.list(model_owner="replicate", model_name="")


class TestAsyncModelsVersions:
    async def test_method_delete(self, async_client: AsyncReplicate) -> None:
        version = await async_client.models.versions.delete(
            model_owner="alice",
            model_name="hot-dog-detector",
            version_id="5c7d5dc6dd8bf75c1acaa8565735e7986bc5b66206b55cca93cb72c9bf15ccaa",
        )
        assert version is None

    async def test_raw_response_delete(self, async_client: AsyncReplicate) -> None:
        response = await async_client.models.versions.with_raw_response.delete(
            model_owner="alice",
            model_name="hot-dog-detector",
            version_id="5c7d5dc6dd8bf75c1acaa8565735e7986bc5b66206b55cca93cb72c9bf15ccaa",
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Replicate-Lang") == "python"
        version = await response.parse()
        assert version is None

    async def test_streaming_response_delete(self, async_client: AsyncReplicate) -> None:
        async with async_client.models.versions.with_streaming_response.delete(
            model_owner="alice",
            model_name="hot-dog-detector",
            version_id="5c7d5dc6dd8bf75c1acaa8565735e7986bc5b66206b55cca93cb72c9bf15ccaa",
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Replicate-Lang") == "python"

            version = await response.parse()
            assert version is None

        assert cast(Any, response.is_closed) is True

    async def test_path_params_delete(self, async_client: AsyncReplicate) -> None:
        with pytest.raises(ValueError, match="model_owner"):
            await async_client.models.versions.with_raw_response.delete(
                model_owner="",
                model_name="hot-dog-detector",
                version_id="5c7d5dc6dd8bf75c1acaa8565735e7986bc5b66206b55cca93cb72c9bf15ccaa",
            )

        with pytest.raises(ValueError, match="model_name"):
            await async_client.models.versions.with_raw_response.delete(
                model_owner="alice",
                model_name="",
                version_id="5c7d5dc6dd8bf75c1acaa8565735e7986bc5b66206b55cca93cb72c9bf15ccaa",
            )

        with pytest.raises(ValueError, match="version_id"):
            await async_client.models.versions.with_raw_response.delete(
                model_owner="alice", model_name="hot-dog-detector", version_id=""
            )

    async def test_method_get(self, async_client: AsyncReplicate) -> None:
        version = await async_client.models.versions.get(
            model_owner="replicate",
            model_name="hello-world",
            version_id="5c7d5dc6dd8bf75c1acaa8565735e7986bc5b66206b55cca93cb72c9bf15ccaa",
        )
        assert_matches_type(ModelVersion, version, path=["response"])

    async def test_raw_response_get(self, async_client: AsyncReplicate) -> None:
        response = await async_client.models.versions.with_raw_response.get(
            model_owner="replicate",
            model_name="hello-world",
            version_id="5c7d5dc6dd8bf75c1acaa8565735e7986bc5b66206b55cca93cb72c9bf15ccaa",
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Replicate-Lang") == "python"
        version = await response.parse()
        assert_matches_type(ModelVersion, version, path=["response"])

    async def test_streaming_response_get(self, async_client: AsyncReplicate) -> None:
        async with async_client.models.versions.with_streaming_response.get(
            model_owner="replicate",
            model_name="hello-world",
            version_id="5c7d5dc6dd8bf75c1acaa8565735e7986bc5b66206b55cca93cb72c9bf15ccaa",
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Replicate-Lang") == "python"

            version = await response.parse()
            assert_matches_type(ModelVersion, version, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_get(self, async_client: AsyncReplicate) -> None:
        with pytest.raises(ValueError, match="model_owner"):
            await async_client.models.versions.with_raw_response.get(
                model_owner="",
                model_name="hello-world",
                version_id="5c7d5dc6dd8bf75c1acaa8565735e7986bc5b66206b55cca93cb72c9bf15ccaa",
            )

        with pytest.raises(ValueError, match="model_name"):
            await async_client.models.versions.with_raw_response.get(
                model_owner="replicate",
                model_name="",
                version_id="5c7d5dc6dd8bf75c1acaa8565735e7986bc5b66206b55cca93cb72c9bf15ccaa",
            )

        with pytest.raises(ValueError, match="version_id"):
            await async_client.models.versions.with_raw_response.get(
                model_owner="replicate", model_name="hello-world", version_id=""
            )

    async def test_method_list(self, async_client: AsyncReplicate) -> None:
        version = await async_client.models.versions.list(model_owner="replicate", model_name="hello-world")
        assert_matches_type(AsyncCursorURLPage[ModelVersion], version, path=["response"])

    async def test_raw_response_list(self, async_client: AsyncReplicate) -> None:
        response = await async_client.models.versions.with_raw_response.list(
            model_owner="replicate", model_name="hello-world"
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Replicate-Lang") == "python"
        version = await response.parse()
        assert_matches_type(AsyncCursorURLPage[ModelVersion], version, path=["response"])

    async def test_streaming_response_list(self, async_client: AsyncReplicate) -> None:
        async with async_client.models.versions.with_streaming_response.list(
            model_owner="replicate", model_name="hello-world"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Replicate-Lang") == "python"

            version = await response.parse()
            assert_matches_type(AsyncCursorURLPage[ModelVersion], version, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_list(self, async_client: AsyncReplicate) -> None:
        with pytest.raises(ValueError, match="model_owner"):
            await async_client.models.versions.with_raw_response.list(
                model_owner="", model_name="hello-world"
            )

        with pytest.raises(ValueError, match="model_name"):
            await async_client.models.versions.with_raw_response.list(model_owner="replicate", model_name="")
