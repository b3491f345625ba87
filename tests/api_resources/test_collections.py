# File generated from openapi.yaml by codegen. Do not edit.

from __future__ import annotations

from typing import Any, cast

import pytest

from replicate import AsyncReplicate, Replicate
from replicate.pagination import AsyncCursorURLPage, SyncCursorURLPage
from replicate.types import Collection, CollectionSummary

from ..utils import assert_matches_type


class TestCollections:
    def test_method_get(self, client: Replicate) -> None:
        collection = client.collections.get("super-resolution")
        assert_matches_type(Collection, collection, path=["response"])

    def test_raw_response_get(self, client: Replicate) -> None:
        response = client.collections.with_raw_response.get(collection_slug="super-resolution")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Replicate-Lang") == "python"
        collection = response.parse()
        assert_matches_type(Collection, collection, path=["response"])

    def test_streaming_response_get(self, client: Replicate) -> None:
        with client.collections.with_streaming_response.get(collection_slug="super-resolution") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Replicate-Lang") == "python"

            collection = response.parse()
            assert_matches_type(Collection, collection, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_get(self, client: Replicate) -> None:
        with pytest.raises(ValueError, match="collection_slug"):
            client.collections.with_raw_response.get(collection_slug="")

    def test_method_list(self, client: Replicate) -> None:
        collection = client.collections.list()
        assert_matches_type(SyncCursorURLPage[CollectionSummary], collection, path=["response"])

    def test_raw_response_list(self, client: Replicate) -> None:
        response = client.collections.with_raw_response.list()

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Replicate-Lang") == "python"
        collection = response.parse()
        assert_matches_type(SyncCursorURLPage[CollectionSummary], collection, path=["response"])

    def test_streaming_response_list(self, client: Replicate) -> None:
        with client.collections.with_streaming_response.list() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Replicate-Lang") == "python"

            collection = response.parse()
            assert_matches_type(SyncCursorURLPage[CollectionSummary], collection, path=["response"])

        assert cast(Any, response.is_closed) is True


class TestAsyncCollections:
    async def test_method_get(self, async_client: AsyncReplicate) -> None:
        collection = await async_client.collections.get("super-resolution")
        assert_matches_type(Collection, collection, path=["response"])

    async def test_raw_response_get(self, async_client: AsyncReplicate) -> None:
        response = await async_client.collections.with_raw_response.get(collection_slug="super-resolution")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Replicate-Lang") == "python"
        collection = await response.parse()
        assert_matches_type(Collection, collection, path=["response"])

    async def test_streaming_response_get(self, async_client: AsyncReplicate) -> None:
        async with async_client.collections.with_streaming_response.get(
            collection_slug="super-resolution"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Replicate-Lang") == "python"

            collection = await response.parse()
            assert_matches_type(Collection, collection, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_get(self, async_client: AsyncReplicate) -> None:
        with pytest.raises(ValueError, match="collection_slug"):
            await async_client.collections.with_raw_response.get(collection_slug="")

    async def test_method_list(self, async_client: AsyncReplicate) -> None:
        collection = await async_client.collections.list()
        assert_matches_type(AsyncCursorURLPage[CollectionSummary], collection, path=["response"])

    async def test_raw_response_list(self, async_client: AsyncReplicate) -> None:
        response = await async_client.collections.with_raw_response.list()

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Replicate-Lang") == "python"
        collection = await response.parse()
        assert_matches_type(AsyncCursorURLPage[CollectionSummary], collection, path=["response"])

    async def test_streaming_response_list(self, async_client: AsyncReplicate) -> None:
        async with async_client.collections.with_streaming_response.list() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Replicate-Lang") == "python"

            collection = await response.parse()
            assert_matches_type(AsyncCursorURLPage[CollectionSummary], collection, path=["response"])

        assert cast(Any, response.is_closed) is True
