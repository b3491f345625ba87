# File generated from openapi.yaml by codegen. Do not edit.

from __future__ import annotations

from typing import Any, cast

import pytest

from shelf import AsyncShelf, Shelf
from shelf.pagination import AsyncCursorURLPage, SyncCursorURLPage
from shelf.types import Library

from ..utils import assert_matches_type


class TestLibraries:
    def test_method_create(self, client: Shelf) -> None:
        library = client.libraries.create(name="Central")
        assert_matches_type(Library, library, path=["response"])

    def test_method_create_with_all_params(self, client: Shelf) -> None:
        library = client.libraries.create(
            name="Central",
            address="string",
            access_code="string",
            metadata={"foo": "bar"},
            opening_hours=[{"day": "mon", "opens": "09:00", "closes": "17:00"}],
            x_request_tag="string",
        )
        assert_matches_type(Library, library, path=["response"])

    def test_raw_response_create(self, client: Shelf) -> None:
        response = client.libraries.with_raw_response.create(name="Central")

        assert response.is_closed is True
        assert response.http_request.headers.get("User-Agent", "").startswith("shelf-python/")
        library = response.parse()
        assert_matches_type(Library, library, path=["response"])

    def test_streaming_response_create(self, client: Shelf) -> None:
        with client.libraries.with_streaming_response.create(name="Central") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("User-Agent", "").startswith("shelf-python/")

            library = response.parse()
            assert_matches_type(Library, library, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_method_get(self, client: Shelf) -> None:
        library = client.libraries.get("lib_1")
        assert_matches_type(Library, library, path=["response"])

    def test_raw_response_get(self, client: Shelf) -> None:
        response = client.libraries.with_raw_response.get(library_id="lib_1")

        assert response.is_closed is True
        assert response.http_request.headers.get("User-Agent", "").startswith("shelf-python/")
        library = response.parse()
        assert_matches_type(Library, library, path=["response"])

    def test_streaming_response_get(self, client: Shelf) -> None:
        with client.libraries.with_streaming_response.get(library_id="lib_1") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("User-Agent", "").startswith("shelf-python/")

            library = response.parse()
            assert_matches_type(Library, library, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_get(self, client: Shelf) -> None:
        with pytest.raises(ValueError, match="library_id"):
            client.libraries.with_raw_response.get(library_id="")

    def test_method_list(self, client: Shelf) -> None:
        library = client.libraries.list()
        assert_matches_type(SyncCursorURLPage[Library], library, path=["response"])

    def test_method_list_with_all_params(self, client: Shelf) -> None:
        library = client.libraries.list(city="string", page_size=25)
        assert_matches_type(SyncCursorURLPage[Library], library, path=["response"])

    def test_raw_response_list(self, client: Shelf) -> None:
        response = client.libraries.with_raw_response.list()

        assert response.is_closed is True
        assert response.http_request.headers.get("User-Agent", "").startswith("shelf-python/")
        library = response.parse()
        assert_matches_type(SyncCursorURLPage[Library], library, path=["response"])

    def test_streaming_response_list(self, client: Shelf) -> None:
        with client.libraries.with_streaming_response.list() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("User-Agent", "").startswith("shelf-python/")

            library = response.parse()
            assert_matches_type(SyncCursorURLPage[Library], library, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_method_remove(self, client: Shelf) -> None:
        library = client.libraries.remove("lib_1")
        assert library is None

    def test_raw_response_remove(self, client: Shelf) -> None:
        response = client.libraries.with_raw_response.remove(library_id="lib_1")

        assert response.is_closed is True
        assert response.http_request.headers.get("User-Agent", "").startswith("shelf-python/")
        library = response.parse()
        assert library is None

    def test_streaming_response_remove(self, client: Shelf) -> None:
        with client.libraries.with_streaming_response.remove(library_id="lib_1") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("User-Agent", "").startswith("shelf-python/")

            library = response.parse()
            assert library is None

        assert cast(Any, response.is_closed) is True

    def test_path_params_remove(self, client: Shelf) -> None:
        with pytest.raises(ValueError, match="library_id"):
            client.libraries.with_raw_response.remove(library_id="")

    def test_method_update(self, client: Shelf) -> None:
        library = client.libraries.update("lib_1")
        assert_matches_type(Library, library, path=["response"])

    def test_method_update_with_all_params(self, client: Shelf) -> None:
        library = client.libraries.update("lib_1", name="string", address="string")
        assert_matches_type(Library, library, path=["response"])

    def test_raw_response_update(self, client: Shelf) -> None:
        response = client.libraries.with_raw_response.update(library_id="lib_1")

        assert response.is_closed is True
        assert response.http_request.headers.get("User-Agent", "").startswith("shelf-python/")
        library = response.parse()
        assert_matches_type(Library, library, path=["response"])

    def test_streaming_response_update(self, client: Shelf) -> None:
        with client.libraries.with_streaming_response.update(library_id="lib_1") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("User-Agent", "").startswith("shelf-python/")

            library = response.parse()
            assert_matches_type(Library, library, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_update(self, client: Shelf) -> None:
        with pytest.raises(ValueError, match="library_id"):
            client.libraries.with_raw_response.update(library_id="")


class TestAsyncLibraries:
    async def test_method_create(self, async_client: AsyncShelf) -> None:
        library = await async_client.libraries.create(name="Central")
        assert_matches_type(Library, library, path=["response"])

    async def test_method_create_with_all_params(self, async_client: AsyncShelf) -> None:
        library = await async_client.libraries.create(
            name="Central",
            address="string",
            access_code="string",
            metadata={"foo": "bar"},
            opening_hours=[{"day": "mon", "opens": "09:00", "closes": "17:00"}],
            x_request_tag="string",
        )
        assert_matches_type(Library, library, path=["response"])

    async def test_raw_response_create(self, async_client: AsyncShelf) -> None:
        response = await async_client.libraries.with_raw_response.create(name="Central")

        assert response.is_closed is True
        assert response.http_request.headers.get("User-Agent", "").startswith("shelf-python/")
        library = await response.parse()
        assert_matches_type(Library, library, path=["response"])

    async def test_streaming_response_create(self, async_client: AsyncShelf) -> None:
        async with async_client.libraries.with_streaming_response.create(name="Central") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("User-Agent", "").startswith("shelf-python/")

            library = await response.parse()
            assert_matches_type(Library, library, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_method_get(self, async_client: AsyncShelf) -> None:
        library = await async_client.libraries.get("lib_1")
        assert_matches_type(Library, library, path=["response"])

    async def test_raw_response_get(self, async_client: AsyncShelf) -> None:
        response = await async_client.libraries.with_raw_response.get(library_id="lib_1")

        assert response.is_closed is True
        assert response.http_request.headers.get("User-Agent", "").startswith("shelf-python/")
        library = await response.parse()
        assert_matches_type(Library, library, path=["response"])

    async def test_streaming_response_get(self, async_client: AsyncShelf) -> None:
        async with async_client.libraries.with_streaming_response.get(library_id="lib_1") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("User-Agent", "").startswith("shelf-python/")

            library = await response.parse()
            assert_matches_type(Library, library, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_get(self, async_client: AsyncShelf) -> None:
        with pytest.raises(ValueError, match="library_id"):
            await async_client.libraries.with_raw_response.get(library_id="")

    async def test_method_list(self, async_client: AsyncShelf) -> None:
        library = await async_client.libraries.list()
        assert_matches_type(AsyncCursorURLPage[Library], library, path=["response"])

    async def test_method_list_with_all_params(self, async_client: AsyncShelf) -> None:
        library = await async_client.libraries.list(city="string", page_size=25)
        assert_matches_type(AsyncCursorURLPage[Library], library, path=["response"])

    async def test_raw_response_list(self, async_client: AsyncShelf) -> None:
        response = await async_client.libraries.with_raw_response.list()

        assert response.is_closed is True
        assert response.http_request.headers.get("User-Agent", "").startswith("shelf-python/")
        library = await response.parse()
        assert_matches_type(AsyncCursorURLPage[Library], library, path=["response"])

    async def test_streaming_response_list(self, async_client: AsyncShelf) -> None:
        async with async_client.libraries.with_streaming_response.list() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("User-Agent", "").startswith("shelf-python/")

            library = await response.parse()
            assert_matches_type(AsyncCursorURLPage[Library], library, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_method_remove(self, async_client: AsyncShelf) -> None:
        library = await async_client.libraries.remove("lib_1")
        assert library is None

    async def test_raw_response_remove(self, async_client: AsyncShelf) -> None:
        response = await async_client.libraries.with_raw_response.remove(library_id="lib_1")

        assert response.is_closed is True
        assert response.http_request.headers.get("User-Agent", "").startswith("shelf-python/")
        library = await response.parse()
        assert library is None

    async def test_streaming_response_remove(self, async_client: AsyncShelf) -> None:
        async with async_client.libraries.with_streaming_response.remove(library_id="lib_1") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("User-Agent", "").startswith("shelf-python/")

            library = await response.parse()
            assert library is None

        assert cast(Any, response.is_closed) is True

    async def test_path_params_remove(self, async_client: AsyncShelf) -> None:
        with pytest.raises(ValueError, match="library_id"):
            await async_client.libraries.with_raw_response.remove(library_id="")

    async def test_method_update(self, async_client: AsyncShelf) -> None:
        library = await async_client.libraries.update("lib_1")
        assert_matches_type(Library, library, path=["response"])

    async def test_method_update_with_all_params(self, async_client: AsyncShelf) -> None:
        library = await async_client.libraries.update("lib_1", name="string", address="string")
        assert_matches_type(Library, library, path=["response"])

    async def test_raw_response_update(self, async_client: AsyncShelf) -> None:
        response = await async_client.libraries.with_raw_response.update(library_id="lib_1")

        assert response.is_closed is True
        assert response.http_request.headers.get("User-Agent", "").startswith("shelf-python/")
        library = await response.parse()
        assert_matches_type(Library, library, path=["response"])

    async def test_streaming_response_update(self, async_client: AsyncShelf) -> None:
        async with async_client.libraries.with_streaming_response.update(library_id="lib_1") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("User-Agent", "").startswith("shelf-python/")

            library = await response.parse()
            assert_matches_type(Library, library, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_update(self, async_client: AsyncShelf) -> None:
        with pytest.raises(ValueError, match="library_id"):
            await async_client.libraries.with_raw_response.update(library_id="")
