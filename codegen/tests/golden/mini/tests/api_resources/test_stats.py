# File generated from openapi.yaml by codegen. Do not edit.

from __future__ import annotations

from typing import Any, cast

from replicate import AsyncReplicate, Replicate
from replicate.types import StatListResponse

from ..utils import assert_matches_type


class TestStats:
    def test_method_list(self, client: Replicate) -> None:
        stat = client.stats.list()
        assert_matches_type(StatListResponse, stat, path=["response"])

    def test_raw_response_list(self, client: Replicate) -> None:
        response = client.stats.with_raw_response.list()

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Replicate-Lang") == "python"
        stat = response.parse()
        assert_matches_type(StatListResponse, stat, path=["response"])

    def test_streaming_response_list(self, client: Replicate) -> None:
        with client.stats.with_streaming_response.list() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Replicate-Lang") == "python"

            stat = response.parse()
            assert_matches_type(StatListResponse, stat, path=["response"])

        assert cast(Any, response.is_closed) is True


class TestAsyncStats:
    async def test_method_list(self, async_client: AsyncReplicate) -> None:
        stat = await async_client.stats.list()
        assert_matches_type(StatListResponse, stat, path=["response"])

    async def test_raw_response_list(self, async_client: AsyncReplicate) -> None:
        response = await async_client.stats.with_raw_response.list()

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Replicate-Lang") == "python"
        stat = await response.parse()
        assert_matches_type(StatListResponse, stat, path=["response"])

    async def test_streaming_response_list(self, async_client: AsyncReplicate) -> None:
        async with async_client.stats.with_streaming_response.list() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Replicate-Lang") == "python"

            stat = await response.parse()
            assert_matches_type(StatListResponse, stat, path=["response"])

        assert cast(Any, response.is_closed) is True
