# File generated from openapi.yaml by codegen. Do not edit.

from __future__ import annotations

from typing import Any, cast

import pytest

from replicate import AsyncReplicate, Replicate
from replicate._response import AsyncBinaryResponse, BinaryResponse

from ...utils import assert_matches_type


class TestWidgetsBlob:
    def test_method_download(self, client: Replicate) -> None:
        blob = client.widgets.blob.download("string")
        assert_matches_type(BinaryResponse, blob, path=["response"])

    def test_raw_response_download(self, client: Replicate) -> None:
        response = client.widgets.blob.with_raw_response.download(widget_id="string")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Replicate-Lang") == "python"
        blob = response.parse()
        assert_matches_type(BinaryResponse, blob, path=["response"])

    def test_streaming_response_download(self, client: Replicate) -> None:
        with client.widgets.blob.with_streaming_response.download(widget_id="string") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Replicate-Lang") == "python"

            blob = response.parse()
            assert_matches_type(BinaryResponse, blob, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_download(self, client: Replicate) -> None:
        with pytest.raises(ValueError, match="widget_id"):
            client.widgets.blob.with_raw_response.download(widget_id="")


class TestAsyncWidgetsBlob:
    async def test_method_download(self, async_client: AsyncReplicate) -> None:
        blob = await async_client.widgets.blob.download("string")
        assert_matches_type(AsyncBinaryResponse, blob, path=["response"])

    async def test_raw_response_download(self, async_client: AsyncReplicate) -> None:
        response = await async_client.widgets.blob.with_raw_response.download(widget_id="string")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Replicate-Lang") == "python"
        blob = await response.parse()
        assert_matches_type(AsyncBinaryResponse, blob, path=["response"])

    async def test_streaming_response_download(self, async_client: AsyncReplicate) -> None:
        async with async_client.widgets.blob.with_streaming_response.download(widget_id="string") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Replicate-Lang") == "python"

            blob = await response.parse()
            assert_matches_type(AsyncBinaryResponse, blob, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_download(self, async_client: AsyncReplicate) -> None:
        with pytest.raises(ValueError, match="widget_id"):
            await async_client.widgets.blob.with_raw_response.download(widget_id="")
