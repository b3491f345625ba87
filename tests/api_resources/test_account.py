# File generated from openapi.yaml by codegen. Do not edit.

from __future__ import annotations

from typing import Any, cast

from replicate import AsyncReplicate, Replicate
from replicate.types import Account

from ..utils import assert_matches_type


class TestAccount:
    def test_method_get(self, client: Replicate) -> None:
        account = client.account.get()
        assert_matches_type(Account, account, path=["response"])

    def test_raw_response_get(self, client: Replicate) -> None:
        response = client.account.with_raw_response.get()

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Replicate-Lang") == "python"
        account = response.parse()
        assert_matches_type(Account, account, path=["response"])

    def test_streaming_response_get(self, client: Replicate) -> None:
        with client.account.with_streaming_response.get() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Replicate-Lang") == "python"

            account = response.parse()
            assert_matches_type(Account, account, path=["response"])

        assert cast(Any, response.is_closed) is True


class TestAsyncAccount:
    async def test_method_get(self, async_client: AsyncReplicate) -> None:
        account = await async_client.account.get()
        assert_matches_type(Account, account, path=["response"])

    async def test_raw_response_get(self, async_client: AsyncReplicate) -> None:
        response = await async_client.account.with_raw_response.get()

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Replicate-Lang") == "python"
        account = await response.parse()
        assert_matches_type(Account, account, path=["response"])

    async def test_streaming_response_get(self, async_client: AsyncReplicate) -> None:
        async with async_client.account.with_streaming_response.get() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Replicate-Lang") == "python"

            account = await response.parse()
            assert_matches_type(Account, account, path=["response"])

        assert cast(Any, response.is_closed) is True
