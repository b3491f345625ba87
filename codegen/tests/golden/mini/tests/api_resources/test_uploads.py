# File generated from openapi.yaml by codegen. Do not edit.

from __future__ import annotations

from typing import Any, cast

from replicate import AsyncReplicate, Replicate
from replicate.types import Widget

from ..utils import assert_matches_type


class TestUploads:
    def test_method_create(self, client: Replicate) -> None:
        upload = client.uploads.create(content=b"raw file contents")
        assert_matches_type(Widget, upload, path=["response"])

    def test_method_create_with_all_params(self, client: Replicate) -> None:
        upload = client.uploads.create(content=b"raw file contents", metadata={"foo": "bar"})
        assert_matches_type(Widget, upload, path=["response"])

    def test_raw_response_create(self, client: Replicate) -> None:
        response = client.uploads.with_raw_response.create(content=b"raw file contents")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Replicate-Lang") == "python"
        upload = response.parse()
        assert_matches_type(Widget, upload, path=["response"])

    def test_streaming_response_create(self, client: Replicate) -> None:
        with client.uploads.with_streaming_response.create(content=b"raw file contents") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Replicate-Lang") == "python"

            upload = response.parse()
            assert_matches_type(Widget, upload, path=["response"])

        assert cast(Any, response.is_closed) is True


class TestAsyncUploads:
    async def test_method_create(self, async_client: AsyncReplicate) -> None:
        upload = await async_client.uploads.create(content=b"raw file contents")
        assert_matches_type(Widget, upload, path=["response"])

    async def test_method_create_with_all_params(self, async_client: AsyncReplicate) -> None:
        upload = await async_client.uploads.create(content=b"raw file contents", metadata={"foo": "bar"})
        assert_matches_type(Widget, upload, path=["response"])

    async def test_raw_response_create(self, async_client: AsyncReplicate) -> None:
        response = await async_client.uploads.with_raw_response.create(content=b"raw file contents")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Replicate-Lang") == "python"
        upload = await response.parse()
        assert_matches_type(Widget, upload, path=["response"])

    async def test_streaming_response_create(self, async_client: AsyncReplicate) -> None:
        async with async_client.uploads.with_streaming_response.create(
            content=b"raw file contents"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Replicate-Lang") == "python"

            upload = await response.parse()
            assert_matches_type(Widget, upload, path=["response"])

        assert cast(Any, response.is_closed) is True
