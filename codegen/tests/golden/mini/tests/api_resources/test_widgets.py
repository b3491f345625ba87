# File generated from openapi.yaml by codegen. Do not edit.

from __future__ import annotations

from typing import Any, cast

import pytest

from replicate import AsyncReplicate, Replicate
from replicate.pagination import AsyncCursorURLPage, SyncCursorURLPage
from replicate.types import Widget

from ..utils import assert_matches_type


class TestWidgets:
    def test_method_create(self, client: Replicate) -> None:
        widget = client.widgets.create(name="string")
        assert_matches_type(Widget, widget, path=["response"])

    def test_method_create_with_all_params(self, client: Replicate) -> None:
        widget = client.widgets.create(
            name="string", color="red", labels={"team": "string"}, idempotency_key="string"
        )
        assert_matches_type(Widget, widget, path=["response"])

    def test_raw_response_create(self, client: Replicate) -> None:
        response = client.widgets.with_raw_response.create(name="string")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Replicate-Lang") == "python"
        widget = response.parse()
        assert_matches_type(Widget, widget, path=["response"])

    def test_streaming_response_create(self, client: Replicate) -> None:
        with client.widgets.with_streaming_response.create(name="string") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Replicate-Lang") == "python"

            widget = response.parse()
            assert_matches_type(Widget, widget, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_method_delete(self, client: Replicate) -> None:
        widget = client.widgets.delete("w1")
        assert widget is None

    def test_raw_response_delete(self, client: Replicate) -> None:
        response = client.widgets.with_raw_response.delete(widget_id="w1")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Replicate-Lang") == "python"
        widget = response.parse()
        assert widget is None

    def test_streaming_response_delete(self, client: Replicate) -> None:
        with client.widgets.with_streaming_response.delete(widget_id="w1") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Replicate-Lang") == "python"

            widget = response.parse()
            assert widget is None

        assert cast(Any, response.is_closed) is True

    def test_path_params_delete(self, client: Replicate) -> None:
        with pytest.raises(ValueError, match="widget_id"):
            client.widgets.with_raw_response.delete(widget_id="")

    def test_method_get(self, client: Replicate) -> None:
        widget = client.widgets.get("w1")
        assert_matches_type(Widget, widget, path=["response"])

    def test_raw_response_get(self, client: Replicate) -> None:
        response = client.widgets.with_raw_response.get(widget_id="w1")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Replicate-Lang") == "python"
        widget = response.parse()
        assert_matches_type(Widget, widget, path=["response"])

    def test_streaming_response_get(self, client: Replicate) -> None:
        with client.widgets.with_streaming_response.get(widget_id="w1") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Replicate-Lang") == "python"

            widget = response.parse()
            assert_matches_type(Widget, widget, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_get(self, client: Replicate) -> None:
        with pytest.raises(ValueError, match="widget_id"):
            client.widgets.with_raw_response.get(widget_id="")

    def test_method_list(self, client: Replicate) -> None:
        widget = client.widgets.list()
        assert_matches_type(SyncCursorURLPage[Widget], widget, path=["response"])

    def test_method_list_with_all_params(self, client: Replicate) -> None:
        widget = client.widgets.list(created_after="2024-01-01T00:00:00Z")
        assert_matches_type(SyncCursorURLPage[Widget], widget, path=["response"])

    def test_raw_response_list(self, client: Replicate) -> None:
        response = client.widgets.with_raw_response.list()

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Replicate-Lang") == "python"
        widget = response.parse()
        assert_matches_type(SyncCursorURLPage[Widget], widget, path=["response"])

    def test_streaming_response_list(self, client: Replicate) -> None:
        with client.widgets.with_streaming_response.list() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Replicate-Lang") == "python"

            widget = response.parse()
            assert_matches_type(SyncCursorURLPage[Widget], widget, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_method_search(self, client: Replicate) -> None:
        widget = client.widgets.search(query="blue things")
        assert_matches_type(SyncCursorURLPage[Widget], widget, path=["response"])

    def test_raw_response_search(self, client: Replicate) -> None:
        response = client.widgets.with_raw_response.search(query="blue things")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Replicate-Lang") == "python"
        widget = response.parse()
        assert_matches_type(SyncCursorURLPage[Widget], widget, path=["response"])

    def test_streaming_response_search(self, client: Replicate) -> None:
        with client.widgets.with_streaming_response.search(query="blue things") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Replicate-Lang") == "python"

            widget = response.parse()
            assert_matches_type(SyncCursorURLPage[Widget], widget, path=["response"])

        assert cast(Any, response.is_closed) is True


class TestAsyncWidgets:
    async def test_method_create(self, async_client: AsyncReplicate) -> None:
        widget = await async_client.widgets.create(name="string")
        assert_matches_type(Widget, widget, path=["response"])

    async def test_method_create_with_all_params(self, async_client: AsyncReplicate) -> None:
        widget = await async_client.widgets.create(
            name="string", color="red", labels={"team": "string"}, idempotency_key="string"
        )
        assert_matches_type(Widget, widget, path=["response"])

    async def test_raw_response_create(self, async_client: AsyncReplicate) -> None:
        response = await async_client.widgets.with_raw_response.create(name="string")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Replicate-Lang") == "python"
        widget = await response.parse()
        assert_matches_type(Widget, widget, path=["response"])

    async def test_streaming_response_create(self, async_client: AsyncReplicate) -> None:
        async with async_client.widgets.with_streaming_response.create(name="string") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Replicate-Lang") == "python"

            widget = await response.parse()
            assert_matches_type(Widget, widget, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_method_delete(self, async_client: AsyncReplicate) -> None:
        widget = await async_client.widgets.delete("w1")
        assert widget is None

    async def test_raw_response_delete(self, async_client: AsyncReplicate) -> None:
        response = await async_client.widgets.with_raw_response.delete(widget_id="w1")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Replicate-Lang") == "python"
        widget = await response.parse()
        assert widget is None

    async def test_streaming_response_delete(self, async_client: AsyncReplicate) -> None:
        async with async_client.widgets.with_streaming_response.delete(widget_id="w1") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Replicate-Lang") == "python"

            widget = await response.parse()
            assert widget is None

        assert cast(Any, response.is_closed) is True

    async def test_path_params_delete(self, async_client: AsyncReplicate) -> None:
        with pytest.raises(ValueError, match="widget_id"):
            await async_client.widgets.with_raw_response.delete(widget_id="")

    async def test_method_get(self, async_client: AsyncReplicate) -> None:
        widget = await async_client.widgets.get("w1")
        assert_matches_type(Widget, widget, path=["response"])

    async def test_raw_response_get(self, async_client: AsyncReplicate) -> None:
        response = await async_client.widgets.with_raw_response.get(widget_id="w1")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Replicate-Lang") == "python"
        widget = await response.parse()
        assert_matches_type(Widget, widget, path=["response"])

    async def test_streaming_response_get(self, async_client: AsyncReplicate) -> None:
        async with async_client.widgets.with_streaming_response.get(widget_id="w1") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Replicate-Lang") == "python"

            widget = await response.parse()
            assert_matches_type(Widget, widget, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_get(self, async_client: AsyncReplicate) -> None:
        with pytest.raises(ValueError, match="widget_id"):
            await async_client.widgets.with_raw_response.get(widget_id="")

    async def test_method_list(self, async_client: AsyncReplicate) -> None:
        widget = await async_client.widgets.list()
        assert_matches_type(AsyncCursorURLPage[Widget], widget, path=["response"])

    async def test_method_list_with_all_params(self, async_client: AsyncReplicate) -> None:
        widget = await async_client.widgets.list(created_after="2024-01-01T00:00:00Z")
        assert_matches_type(AsyncCursorURLPage[Widget], widget, path=["response"])

    async def test_raw_response_list(self, async_client: AsyncReplicate) -> None:
        response = await async_client.widgets.with_raw_response.list()

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Replicate-Lang") == "python"
        widget = await response.parse()
        assert_matches_type(AsyncCursorURLPage[Widget], widget, path=["response"])

    async def test_streaming_response_list(self, async_client: AsyncReplicate) -> None:
        async with async_client.widgets.with_streaming_response.list() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Replicate-Lang") == "python"

            widget = await response.parse()
            assert_matches_type(AsyncCursorURLPage[Widget], widget, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_method_search(self, async_client: AsyncReplicate) -> None:
        widget = await async_client.widgets.search(query="blue things")
        assert_matches_type(AsyncCursorURLPage[Widget], widget, path=["response"])

    async def test_raw_response_search(self, async_client: AsyncReplicate) -> None:
        response = await async_client.widgets.with_raw_response.search(query="blue things")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Replicate-Lang") == "python"
        widget = await response.parse()
        assert_matches_type(AsyncCursorURLPage[Widget], widget, path=["response"])

    async def test_streaming_response_search(self, async_client: AsyncReplicate) -> None:
        async with async_client.widgets.with_streaming_response.search(query="blue things") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Replicate-Lang") == "python"

            widget = await response.parse()
            assert_matches_type(AsyncCursorURLPage[Widget], widget, path=["response"])

        assert cast(Any, response.is_closed) is True
