# File generated from openapi.yaml by codegen. Do not edit.

from __future__ import annotations

from typing import Any, cast

import pytest

from shelf import AsyncShelf, Shelf
from shelf.pagination import AsyncCursorURLPage, SyncCursorURLPage
from shelf.types import Book

from ...utils import assert_matches_type


class TestLibrariesBooks:
    def test_method_add(self, client: Shelf) -> None:
        book = client.libraries.books.add(
            "lib_1", title="Dune", isbn="9780441013593", edition={"format": "print", "pages": 412}
        )
        assert_matches_type(Book, book, path=["response"])

    def test_method_add_with_all_params(self, client: Shelf) -> None:
        book = client.libraries.books.add(
            "lib_1",
            title="Dune",
            isbn="9780441013593",
            edition={"format": "print", "pages": 412},
            genre="fiction",
            price=0.0,
            author_ids=["string"],
        )
        assert_matches_type(Book, book, path=["response"])

    def test_raw_response_add(self, client: Shelf) -> None:
        response = client.libraries.books.with_raw_response.add(
            library_id="lib_1", title="Dune", isbn="9780441013593", edition={"format": "print", "pages": 412}
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("User-Agent", "").startswith("shelf-python/")
        book = response.parse()
        assert_matches_type(Book, book, path=["response"])

    def test_streaming_response_add(self, client: Shelf) -> None:
        with client.libraries.books.with_streaming_response.add(
            library_id="lib_1", title="Dune", isbn="9780441013593", edition={"format": "print", "pages": 412}
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("User-Agent", "").startswith("shelf-python/")

            book = response.parse()
            assert_matches_type(Book, book, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_add(self, client: Shelf) -> None:
        with pytest.raises(ValueError, match="library_id"):
            client.libraries.books.with_raw_response.add(
                library_id="", title="Dune", isbn="9780441013593", edition={"format": "print", "pages": 412}
            )

    def test_method_list(self, client: Shelf) -> None:
        book = client.libraries.books.list("lib_1")
        assert_matches_type(SyncCursorURLPage[Book], book, path=["response"])

    def test_method_list_with_all_params(self, client: Shelf) -> None:
        book = client.libraries.books.list(
            "lib_1", genre="fiction", year=0, published_after="2019-12-27T18:11:19.117Z", accept_language="en"
        )
        assert_matches_type(SyncCursorURLPage[Book], book, path=["response"])

    def test_raw_response_list(self, client: Shelf) -> None:
        response = client.libraries.books.with_raw_response.list(library_id="lib_1")

        assert response.is_closed is True
        assert response.http_request.headers.get("User-Agent", "").startswith("shelf-python/")
        book = response.parse()
        assert_matches_type(SyncCursorURLPage[Book], book, path=["response"])

    def test_streaming_response_list(self, client: Shelf) -> None:
        with client.libraries.books.with_streaming_response.list(library_id="lib_1") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("User-Agent", "").startswith("shelf-python/")

            book = response.parse()
            assert_matches_type(SyncCursorURLPage[Book], book, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_list(self, client: Shelf) -> None:
        with pytest.raises(ValueError, match="library_id"):
            client.libraries.books.with_raw_response.list(library_id="")

    def test_method_lookup(self, client: Shelf) -> None:
        with pytest.warns(DeprecationWarning):
            book = client.libraries.books.lookup("lib_1", title="Dune")
            assert_matches_type(Book, book, path=["response"])

    def test_raw_response_lookup(self, client: Shelf) -> None:
        with pytest.warns(DeprecationWarning):
            response = client.libraries.books.with_raw_response.lookup(library_id="lib_1", title="Dune")

            assert response.is_closed is True
            assert response.http_request.headers.get("User-Agent", "").startswith("shelf-python/")
            book = response.parse()
            assert_matches_type(Book, book, path=["response"])

    def test_streaming_response_lookup(self, client: Shelf) -> None:
        with pytest.warns(DeprecationWarning):
            with client.libraries.books.with_streaming_response.lookup(
                library_id="lib_1", title="Dune"
            ) as response:
                assert not response.is_closed
                assert response.http_request.headers.get("User-Agent", "").startswith("shelf-python/")

                book = response.parse()
                assert_matches_type(Book, book, path=["response"])

            assert cast(Any, response.is_closed) is True

    def test_path_params_lookup(self, client: Shelf) -> None:
        with pytest.warns(DeprecationWarning), pytest.raises(ValueError, match="library_id"):
            client.libraries.books.with_raw_response.lookup(library_id="", title="Dune")


class TestAsyncLibrariesBooks:
    async def test_method_add(self, async_client: AsyncShelf) -> None:
        book = await async_client.libraries.books.add(
            "lib_1", title="Dune", isbn="9780441013593", edition={"format": "print", "pages": 412}
        )
        assert_matches_type(Book, book, path=["response"])

    async def test_method_add_with_all_params(self, async_client: AsyncShelf) -> None:
        book = await async_client.libraries.books.add(
            "lib_1",
            title="Dune",
            isbn="9780441013593",
            edition={"format": "print", "pages": 412},
            genre="fiction",
            price=0.0,
            author_ids=["string"],
        )
        assert_matches_type(Book, book, path=["response"])

    async def test_raw_response_add(self, async_client: AsyncShelf) -> None:
        response = await async_client.libraries.books.with_raw_response.add(
            library_id="lib_1", title="Dune", isbn="9780441013593", edition={"format": "print", "pages": 412}
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("User-Agent", "").startswith("shelf-python/")
        book = await response.parse()
        assert_matches_type(Book, book, path=["response"])

    async def test_streaming_response_add(self, async_client: AsyncShelf) -> None:
        async with async_client.libraries.books.with_streaming_response.add(
            library_id="lib_1", title="Dune", isbn="9780441013593", edition={"format": "print", "pages": 412}
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("User-Agent", "").startswith("shelf-python/")

            book = await response.parse()
            assert_matches_type(Book, book, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_add(self, async_client: AsyncShelf) -> None:
        with pytest.raises(ValueError, match="library_id"):
            await async_client.libraries.books.with_raw_response.add(
                library_id="", title="Dune", isbn="9780441013593", edition={"format": "print", "pages": 412}
            )

    async def test_method_list(self, async_client: AsyncShelf) -> None:
        book = await async_client.libraries.books.list("lib_1")
        assert_matches_type(AsyncCursorURLPage[Book], book, path=["response"])

    async def test_method_list_with_all_params(self, async_client: AsyncShelf) -> None:
        book = await async_client.libraries.books.list(
            "lib_1", genre="fiction", year=0, published_after="2019-12-27T18:11:19.117Z", accept_language="en"
        )
        assert_matches_type(AsyncCursorURLPage[Book], book, path=["response"])

    async def test_raw_response_list(self, async_client: AsyncShelf) -> None:
        response = await async_client.libraries.books.with_raw_response.list(library_id="lib_1")

        assert response.is_closed is True
        assert response.http_request.headers.get("User-Agent", "").startswith("shelf-python/")
        book = await response.parse()
        assert_matches_type(AsyncCursorURLPage[Book], book, path=["response"])

    async def test_streaming_response_list(self, async_client: AsyncShelf) -> None:
        async with async_client.libraries.books.with_streaming_response.list(library_id="lib_1") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("User-Agent", "").startswith("shelf-python/")

            book = await response.parse()
            assert_matches_type(AsyncCursorURLPage[Book], book, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_list(self, async_client: AsyncShelf) -> None:
        with pytest.raises(ValueError, match="library_id"):
            await async_client.libraries.books.with_raw_response.list(library_id="")

    async def test_method_lookup(self, async_client: AsyncShelf) -> None:
        with pytest.warns(DeprecationWarning):
            book = await async_client.libraries.books.lookup("lib_1", title="Dune")
            assert_matches_type(Book, book, path=["response"])

    async def test_raw_response_lookup(self, async_client: AsyncShelf) -> None:
        with pytest.warns(DeprecationWarning):
            response = await async_client.libraries.books.with_raw_response.lookup(
                library_id="lib_1", title="Dune"
            )

            assert response.is_closed is True
            assert response.http_request.headers.get("User-Agent", "").startswith("shelf-python/")
            book = await response.parse()
            assert_matches_type(Book, book, path=["response"])

    async def test_streaming_response_lookup(self, async_client: AsyncShelf) -> None:
        with pytest.warns(DeprecationWarning):
            async with async_client.libraries.books.with_streaming_response.lookup(
                library_id="lib_1", title="Dune"
            ) as response:
                assert not response.is_closed
                assert response.http_request.headers.get("User-Agent", "").startswith("shelf-python/")

                book = await response.parse()
                assert_matches_type(Book, book, path=["response"])

            assert cast(Any, response.is_closed) is True

    async def test_path_params_lookup(self, async_client: AsyncShelf) -> None:
        with pytest.warns(DeprecationWarning), pytest.raises(ValueError, match="library_id"):
            await async_client.libraries.books.with_raw_response.lookup(library_id="", title="Dune")
