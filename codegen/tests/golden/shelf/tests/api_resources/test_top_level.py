# File generated from openapi.yaml by codegen. Do not edit.

from __future__ import annotations

from typing import Any, cast

from shelf import AsyncShelf, Shelf


class TestTopLevel:
    def test_method_ping(self, client: Shelf) -> None:
        result = client.ping()
        assert result is None

    def test_raw_response_ping(self, client: Shelf) -> None:
        response = client.with_raw_response.ping()

        assert response.is_closed is True
        assert response.http_request.headers.get("User-Agent", "").startswith("shelf-python/")
        result = response.parse()
        assert result is None

    def test_streaming_response_ping(self, client: Shelf) -> None:
        with client.with_streaming_response.ping() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("User-Agent", "").startswith("shelf-python/")

            result = response.parse()
            assert result is None

        assert cast(Any, response.is_closed) is True


class TestAsyncTopLevel:
    async def test_method_ping(self, async_client: AsyncShelf) -> None:
        result = await async_client.ping()
        assert result is None

    async def test_raw_response_ping(self, async_client: AsyncShelf) -> None:
        response = await async_client.with_raw_response.ping()

        assert response.is_closed is True
        assert response.http_request.headers.get("User-Agent", "").startswith("shelf-python/")
        result = await response.parse()
        assert result is None

    async def test_streaming_response_ping(self, async_client: AsyncShelf) -> None:
        async with async_client.with_streaming_response.ping() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("User-Agent", "").startswith("shelf-python/")

            result = await response.parse()
            assert result is None

        assert cast(Any, response.is_closed) is True
