# File generated from openapi.yaml by codegen. Do not edit.

from __future__ import annotations

from typing import Any, cast

import pytest

from replicate import AsyncReplicate, Replicate
from replicate.types import WidgetPartGetResponse

from ...utils import assert_matches_type


class TestWidgetsParts:
    def test_method_get(self, client: Replicate) -> None:
        with pytest.warns(DeprecationWarning):
            part = client.widgets.parts.get(widget_id="w1", part_id="p1")
            assert_matches_type(WidgetPartGetResponse, part, path=["response"])

    def test_method_get_with_all_params(self, client: Replicate) -> None:
        with pytest.warns(DeprecationWarning):
            part = client.widgets.parts.get(widget_id="w1", part_id="p1", verbose=True)
            assert_matches_type(WidgetPartGetResponse, part, path=["response"])

    def test_raw_response_get(self, client: Replicate) -> None:
        with pytest.warns(DeprecationWarning):
            response = client.widgets.parts.with_raw_response.get(widget_id="w1", part_id="p1")

            assert response.is_closed is True
            assert response.http_request.headers.get("X-Replicate-Lang") == "python"
            part = response.parse()
            assert_matches_type(WidgetPartGetResponse, part, path=["response"])

    def test_streaming_response_get(self, client: Replicate) -> None:
        with pytest.warns(DeprecationWarning):
            with client.widgets.parts.with_streaming_response.get(widget_id="w1", part_id="p1") as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Replicate-Lang") == "python"

                part = response.parse()
                assert_matches_type(WidgetPartGetResponse, part, path=["response"])

            assert cast(Any, response.is_closed) is True

    def test_path_params_get(self, client: Replicate) -> None:
        with pytest.warns(DeprecationWarning), pytest.raises(ValueError, match="widget_id"):
            client.widgets.parts.with_raw_response.get(widget_id="", part_id="p1")

        with pytest.warns(DeprecationWarning), pytest.raises(ValueError, match="part_id"):
            client.widgets.parts.with_raw_response.get(widget_id="w1", part_id="")


class TestAsyncWidgetsParts:
    async def test_method_get(self, async_client: AsyncReplicate) -> None:
        with pytest.warns(DeprecationWarning):
            part = await async_client.widgets.parts.get(widget_id="w1", part_id="p1")
            assert_matches_type(WidgetPartGetResponse, part, path=["response"])

    async def test_method_get_with_all_params(self, async_client: AsyncReplicate) -> None:
        with pytest.warns(DeprecationWarning):
            part = await async_client.widgets.parts.get(widget_id="w1", part_id="p1", verbose=True)
            assert_matches_type(WidgetPartGetResponse, part, path=["response"])

    async def test_raw_response_get(self, async_client: AsyncReplicate) -> None:
        with pytest.warns(DeprecationWarning):
            response = await async_client.widgets.parts.with_raw_response.get(widget_id="w1", part_id="p1")

            assert response.is_closed is True
            assert response.http_request.headers.get("X-Replicate-Lang") == "python"
            part = await response.parse()
            assert_matches_type(WidgetPartGetResponse, part, path=["response"])

    async def test_streaming_response_get(self, async_client: AsyncReplicate) -> None:
        with pytest.warns(DeprecationWarning):
            async with async_client.widgets.parts.with_streaming_response.get(
                widget_id="w1", part_id="p1"
            ) as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Replicate-Lang") == "python"

                part = await response.parse()
                assert_matches_type(WidgetPartGetResponse, part, path=["response"])

            assert cast(Any, response.is_closed) is True

    async def test_path_params_get(self, async_client: AsyncReplicate) -> None:
        with pytest.warns(DeprecationWarning), pytest.raises(ValueError, match="widget_id"):
            await async_client.widgets.parts.with_raw_response.get(widget_id="", part_id="p1")

        with pytest.warns(DeprecationWarning), pytest.raises(ValueError, match="part_id"):
            await async_client.widgets.parts.with_raw_response.get(widget_id="w1", part_id="")
