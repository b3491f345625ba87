# File generated from openapi.yaml by codegen. Do not edit.

from __future__ import annotations

from typing import Any, cast

from replicate import AsyncReplicate, Replicate

from ..utils import assert_matches_type


class TestTopLevel:
    def test_method_ping(self, client: Replicate) -> None:
        result = client.ping()
        assert_matches_type(str, result, path=["response"])

    def test_raw_response_ping(self, client: Replicate) -> None:
        response = client.with_raw_response.ping()

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Replicate-Lang") == "python"
        result = response.parse()
        assert_matches_type(str, result, path=["response"])

    def test_streaming_response_ping(self, client: Replicate) -> None:
        with client.with_streaming_response.ping() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Replicate-Lang") == "python"

            result = response.parse()
            assert_matches_type(str, result, path=["response"])

        assert cast(Any, response.is_closed) is True


class TestAsyncTopLevel:
    async def test_method_ping(self, async_client: AsyncReplicate) -> None:
        result = await async_client.ping()
        assert_matches_type(str, result, path=["response"])

    async def test_raw_response_ping(self, async_client: AsyncReplicate) -> None:
        response = await async_client.with_raw_response.ping()

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Replicate-Lang") == "python"
        result = await response.parse()
        assert_matches_type(str, result, path=["response"])

    async def test_streaming_response_ping(self, async_client: AsyncReplicate) -> None:
        async with async_client.with_streaming_response.ping() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Replicate-Lang") == "python"

            result = await response.parse()
            assert_matches_type(str, result, path=["response"])

        assert cast(Any, response.is_closed) is True
