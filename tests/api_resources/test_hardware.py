# File generated from openapi.yaml by codegen. Do not edit.

from __future__ import annotations

from typing import Any, cast

from replicate import AsyncReplicate, Replicate
from replicate.types import HardwareListResponse

from ..utils import assert_matches_type


class TestHardware:
    def test_method_list(self, client: Replicate) -> None:
        hardware = client.hardware.list()
        assert_matches_type(HardwareListResponse, hardware, path=["response"])

    def test_raw_response_list(self, client: Replicate) -> None:
        response = client.hardware.with_raw_response.list()

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Replicate-Lang") == "python"
        hardware = response.parse()
        assert_matches_type(HardwareListResponse, hardware, path=["response"])

    def test_streaming_response_list(self, client: Replicate) -> None:
        with client.hardware.with_streaming_response.list() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Replicate-Lang") == "python"

            hardware = response.parse()
            assert_matches_type(HardwareListResponse, hardware, path=["response"])

        assert cast(Any, response.is_closed) is True


class TestAsyncHardware:
    async def test_method_list(self, async_client: AsyncReplicate) -> None:
        hardware = await async_client.hardware.list()
        assert_matches_type(HardwareListResponse, hardware, path=["response"])

    async def test_raw_response_list(self, async_client: AsyncReplicate) -> None:
        response = await async_client.hardware.with_raw_response.list()

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Replicate-Lang") == "python"
        hardware = await response.parse()
        assert_matches_type(HardwareListResponse, hardware, path=["response"])

    async def test_streaming_response_list(self, async_client: AsyncReplicate) -> None:
        async with async_client.hardware.with_streaming_response.list() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Replicate-Lang") == "python"

            hardware = await response.parse()
            assert_matches_type(HardwareListResponse, hardware, path=["response"])

        assert cast(Any, response.is_closed) is True
