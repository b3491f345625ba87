# File generated from openapi.yaml by codegen. Do not edit.

from __future__ import annotations

from typing import Any, cast

import pytest

from replicate import AsyncReplicate, Replicate
from replicate.pagination import AsyncCursorURLPage, SyncCursorURLPage
from replicate.types import Model

from ..utils import assert_matches_type


class TestModels:
    def test_method_create(self, client: Replicate) -> None:
        model = client.models.create(
            owner="alice", name="hot-dog-detector", visibility="public", hardware="cpu"
        )
        assert_matches_type(Model, model, path=["response"])

    def test_method_create_with_all_params(self, client: Replicate) -> None:
        model = client.models.create(
            owner="alice",
            name="hot-dog-detector",
            visibility="public",
            hardware="cpu",
            description="Detect hot dogs in images",
            github_url="https://github.com/alice/hot-dog-detector",
            paper_url="https://arxiv.org/abs/2504.17639",
            license_url="https://choosealicense.com/licenses/mit/",
            cover_image_url="https://example.com/hot-dog-detector/cover.png",
        )
        assert_matches_type(Model, model, path=["response"])

    def test_raw_response_create(self, client: Replicate) -> None:
        response = client.models.with_raw_response.create(
            owner="alice", name="hot-dog-detector", visibility="public", hardware="cpu"
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Replicate-Lang") == "python"
        model = response.parse()
        assert_matches_type(Model, model, path=["response"])

    def test_streaming_response_create(self, client: Replicate) -> None:
        with client.models.with_streaming_response.create(
            owner="alice", name="hot-dog-detector", visibility="public", hardware="cpu"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Replicate-Lang") == "python"

            model = response.parse()
            assert_matches_type(Model, model, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_method_delete(self, client: Replicate) -> None:
        model = client.models.delete(model_owner="alice", model_name="hot-dog-detector")
        assert model is None

    def test_raw_response_delete(self, client: Replicate) -> None:
        response = client.models.with_raw_response.delete(model_owner="alice", model_name="hot-dog-detector")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Replicate-Lang") == "python"
        model = response.parse()
        assert model is None

    def test_streaming_response_delete(self, client: Replicate) -> None:
        with client.models.with_streaming_response.delete(
            model_owner="alice", model_name="hot-dog-detector"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Replicate-Lang") == "python"

            model = response.parse()
            assert model is None

        assert cast(Any, response.is_closed) is True

    def test_path_params_delete(self, client: Replicate) -> None:
        with pytest.raises(ValueError, match="model_owner"):
            client.models.with_raw_response.delete(model_owner="", model_name="hot-dog-detector")

        with pytest.raises(ValueError, match="model_name"):
            client.models.with_raw_response.delete(model_owner="alice", model_name="")

    def test_method_get(self, client: Replicate) -> None:
        model = client.models.get(model_owner="replicate", model_name="hello-world")
        assert_matches_type(Model, model, path=["response"])

    def test_raw_response_get(self, client: Replicate) -> None:
        response = client.models.with_raw_response.get(model_owner="replicate", model_name="hello-world")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Replicate-Lang") == "python"
        model = response.parse()
        assert_matches_type(Model, model, path=["response"])

    def test_streaming_response_get(self, client: Replicate) -> None:
        with client.models.with_streaming_response.get(
            model_owner="replicate", model_name="hello-world"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Replicate-Lang") == "python"

            model = response.parse()
            assert_matches_type(Model, model, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_get(self, client: Replicate) -> None:
        with pytest.raises(ValueError, match="model_owner"):
            client.models.with_raw_response.get(model_owner="", model_name="hello-world")

        with pytest.raises(ValueError, match="model_name"):
            client.models.with_raw_response.get(model_owner="replicate", model_name="")

    def test_method_list(self, client: Replicate) -> None:
        model = client.models.list()
        assert_matches_type(SyncCursorURLPage[Model], model, path=["response"])

    def test_method_list_with_all_params(self, client: Replicate) -> None:
        model = client.models.list(sort_by="model_created_at", sort_direction="asc")
        assert_matches_type(SyncCursorURLPage[Model], model, path=["response"])

    def test_raw_response_list(self, client: Replicate) -> None:
        response = client.models.with_raw_response.list()

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Replicate-Lang") == "python"
        model = response.parse()
        assert_matches_type(SyncCursorURLPage[Model], model, path=["response"])

    def test_streaming_response_list(self, client: Replicate) -> None:
        with client.models.with_streaming_response.list() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Replicate-Lang") == "python"

            model = response.parse()
            assert_matches_type(SyncCursorURLPage[Model], model, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_method_search(self, client: Replicate) -> None:
        model = client.models.search(query="hello")
        assert_matches_type(SyncCursorURLPage[Model], model, path=["response"])

    def test_raw_response_search(self, client: Replicate) -> None:
        response = client.models.with_raw_response.search(query="hello")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Replicate-Lang") == "python"
        model = response.parse()
        assert_matches_type(SyncCursorURLPage[Model], model, path=["response"])

    def test_streaming_response_search(self, client: Replicate) -> None:
        with client.models.with_streaming_response.search(query="hello") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Replicate-Lang") == "python"

            model = response.parse()
            assert_matches_type(SyncCursorURLPage[Model], model, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_method_update(self, client: Replicate) -> None:
        model = client.models.update(model_owner="alice", model_name="hot-dog-detector")
        assert_matches_type(Model, model, path=["response"])

    def test_method_update_with_all_params(self, client: Replicate) -> None:
        model = client.models.update(
            model_owner="alice",
            model_name="hot-dog-detector",
            description="Detect hot dogs in images",
            readme="# Hot dog detector\n\nDetects hot dogs.",
            github_url="https://github.com/alice/hot-dog-detector",
            paper_url="https://arxiv.org/abs/2504.17639",
            license_url="https://choosealicense.com/licenses/mit/",
            cover_image_url="https://example.com/hot-dog-detector/cover.png",
            weights_url="https://huggingface.co/alice/hot-dog-detector",
        )
        assert_matches_type(Model, model, path=["response"])

    def test_raw_response_update(self, client: Replicate) -> None:
        response = client.models.with_raw_response.update(model_owner="alice", model_name="hot-dog-detector")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Replicate-Lang") == "python"
        model = response.parse()
        assert_matches_type(Model, model, path=["response"])

    def test_streaming_response_update(self, client: Replicate) -> None:
        with client.models.with_streaming_response.update(
            model_owner="alice", model_name="hot-dog-detector"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Replicate-Lang") == "python"

            model = response.parse()
            assert_matches_type(Model, model, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_update(self, client: Replicate) -> None:
        with pytest.raises(ValueError, match="model_owner"):
            client.models.with_raw_response.update(model_owner="", model_name="hot-dog-detector")

        with pytest.raises(ValueError, match="model_name"):
            client.models.with_raw_response.update(model_owner="alice", model_name="")


class TestAsyncModels:
    async def test_method_create(self, async_client: AsyncReplicate) -> None:
        model = await async_client.models.create(
            owner="alice", name="hot-dog-detector", visibility="public", hardware="cpu"
        )
        assert_matches_type(Model, model, path=["response"])

    async def test_method_create_with_all_params(self, async_client: AsyncReplicate) -> None:
        model = await async_client.models.create(
            owner="alice",
            name="hot-dog-detector",
            visibility="public",
            hardware="cpu",
            description="Detect hot dogs in images",
            github_url="https://github.com/alice/hot-dog-detector",
            paper_url="https://arxiv.org/abs/2504.17639",
            license_url="https://choosealicense.com/licenses/mit/",
            cover_image_url="https://example.com/hot-dog-detector/cover.png",
        )
        assert_matches_type(Model, model, path=["response"])

    async def test_raw_response_create(self, async_client: AsyncReplicate) -> None:
        response = await async_client.models.with_raw_response.create(
            owner="alice", name="hot-dog-detector", visibility="public", hardware="cpu"
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Replicate-Lang") == "python"
        model = await response.parse()
        assert_matches_type(Model, model, path=["response"])

    async def test_streaming_response_create(self, async_client: AsyncReplicate) -> None:
        async with async_client.models.with_streaming_response.create(
            owner="alice", name="hot-dog-detector", visibility="public", hardware="cpu"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Replicate-Lang") == "python"

            model = await response.parse()
            assert_matches_type(Model, model, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_method_delete(self, async_client: AsyncReplicate) -> None:
        model = await async_client.models.delete(model_owner="alice", model_name="hot-dog-detector")
        assert model is None

    async def test_raw_response_delete(self, async_client: AsyncReplicate) -> None:
        response = await async_client.models.with_raw_response.delete(
            model_owner="alice", model_name="hot-dog-detector"
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Replicate-Lang") == "python"
        model = await response.parse()
        assert model is None

    async def test_streaming_response_delete(self, async_client: AsyncReplicate) -> None:
        async with async_client.models.with_streaming_response.delete(
            model_owner="alice", model_name="hot-dog-detector"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Replicate-Lang") == "python"

            model = await response.parse()
            assert model is None

        assert cast(Any, response.is_closed) is True

    async def test_path_params_delete(self, async_client: AsyncReplicate) -> None:
        with pytest.raises(ValueError, match="model_owner"):
            await async_client.models.with_raw_response.delete(model_owner="", model_name="hot-dog-detector")

        with pytest.raises(ValueError, match="model_name"):
            await async_client.models.with_raw_response.delete(model_owner="alice", model_name="")

    async def test_method_get(self, async_client: AsyncReplicate) -> None:
        model = await async_client.models.get(model_owner="replicate", model_name="hello-world")
        assert_matches_type(Model, model, path=["response"])

    async def test_raw_response_get(self, async_client: AsyncReplicate) -> None:
        response = await async_client.models.with_raw_response.get(
            model_owner="replicate", model_name="hello-world"
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Replicate-Lang") == "python"
        model = await response.parse()
        assert_matches_type(Model, model, path=["response"])

    async def test_streaming_response_get(self, async_client: AsyncReplicate) -> None:
        async with async_client.models.with_streaming_response.get(
            model_owner="replicate", model_name="hello-world"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Replicate-Lang") == "python"

            model = await response.parse()
            assert_matches_type(Model, model, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_get(self, async_client: AsyncReplicate) -> None:
        with pytest.raises(ValueError, match="model_owner"):
            await async_client.models.with_raw_response.get(model_owner="", model_name="hello-world")

        with pytest.raises(ValueError, match="model_name"):
            await async_client.models.with_raw_response.get(model_owner="replicate", model_name="")

    async def test_method_list(self, async_client: AsyncReplicate) -> None:
        model = await async_client.models.list()
        assert_matches_type(AsyncCursorURLPage[Model], model, path=["response"])

    async def test_method_list_with_all_params(self, async_client: AsyncReplicate) -> None:
        model = await async_client.models.list(sort_by="model_created_at", sort_direction="asc")
        assert_matches_type(AsyncCursorURLPage[Model], model, path=["response"])

    async def test_raw_response_list(self, async_client: AsyncReplicate) -> None:
        response = await async_client.models.with_raw_response.list()

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Replicate-Lang") == "python"
        model = await response.parse()
        assert_matches_type(AsyncCursorURLPage[Model], model, path=["response"])

    async def test_streaming_response_list(self, async_client: AsyncReplicate) -> None:
        async with async_client.models.with_streaming_response.list() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Replicate-Lang") == "python"

            model = await response.parse()
            assert_matches_type(AsyncCursorURLPage[Model], model, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_method_search(self, async_client: AsyncReplicate) -> None:
        model = await async_client.models.search(query="hello")
        assert_matches_type(AsyncCursorURLPage[Model], model, path=["response"])

    async def test_raw_response_search(self, async_client: AsyncReplicate) -> None:
        response = await async_client.models.with_raw_response.search(query="hello")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Replicate-Lang") == "python"
        model = await response.parse()
        assert_matches_type(AsyncCursorURLPage[Model], model, path=["response"])

    async def test_streaming_response_search(self, async_client: AsyncReplicate) -> None:
        async with async_client.models.with_streaming_response.search(query="hello") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Replicate-Lang") == "python"

            model = await response.parse()
            assert_matches_type(AsyncCursorURLPage[Model], model, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_method_update(self, async_client: AsyncReplicate) -> None:
        model = await async_client.models.update(model_owner="alice", model_name="hot-dog-detector")
        assert_matches_type(Model, model, path=["response"])

    async def test_method_update_with_all_params(self, async_client: AsyncReplicate) -> None:
        model = await async_client.models.update(
            model_owner="alice",
            model_name="hot-dog-detector",
            description="Detect hot dogs in images",
            readme="# Hot dog detector\n\nDetects hot dogs.",
            github_url="https://github.com/alice/hot-dog-detector",
            paper_url="https://arxiv.org/abs/2504.17639",
            license_url="https://choosealicense.com/licenses/mit/",
            cover_image_url="https://example.com/hot-dog-detector/cover.png",
            weights_url="https://huggingface.co/alice/hot-dog-detector",
        )
        assert_matches_type(Model, model, path=["response"])

    async def test_raw_response_update(self, async_client: AsyncReplicate) -> None:
        response = await async_client.models.with_raw_response.update(
            model_owner="alice", model_name="hot-dog-detector"
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Replicate-Lang") == "python"
        model = await response.parse()
        assert_matches_type(Model, model, path=["response"])

    async def test_streaming_response_update(self, async_client: AsyncReplicate) -> None:
        async with async_client.models.with_streaming_response.update(
            model_owner="alice", model_name="hot-dog-detector"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Replicate-Lang") == "python"

            model = await response.parse()
            assert_matches_type(Model, model, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_update(self, async_client: AsyncReplicate) -> None:
        with pytest.raises(ValueError, match="model_owner"):
            await async_client.models.with_raw_response.update(model_owner="", model_name="hot-dog-detector")

        with pytest.raises(ValueError, match="model_name"):
            await async_client.models.with_raw_response.update(model_owner="alice", model_name="")
