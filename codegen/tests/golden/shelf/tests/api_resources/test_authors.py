# File generated from openapi.yaml by codegen. Do not edit.

from __future__ import annotations

from typing import Any, cast

import pytest

from shelf import AsyncShelf, Shelf
from shelf.types import Author

from ..utils import assert_matches_type


class TestAuthors:
    def test_method_get(self, client: Shelf) -> None:
        author = client.authors.get("au_1")
        assert_matches_type(Author, author, path=["response"])

    def test_raw_response_get(self, client: Shelf) -> None:
        response = client.authors.with_raw_response.get(author_id="au_1")

        assert response.is_closed is True
        assert response.http_request.headers.get("User-Agent", "").startswith("shelf-python/")
        author = response.parse()
        assert_matches_type(Author, author, path=["response"])

    def test_streaming_response_get(self, client: Shelf) -> None:
        with client.authors.with_streaming_response.get(author_id="au_1") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("User-Agent", "").startswith("shelf-python/")

            author = response.parse()
            assert_matches_type(Author, author, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_get(self, client: Shelf) -> None:
        with pytest.raises(ValueError, match="author_id"):
            client.authors.with_raw_response.get(author_id="")


class TestAsyncAuthors:
    async def test_method_get(self, async_client: AsyncShelf) -> None:
        author = await async_client.authors.get("au_1")
        assert_matches_type(Author, author, path=["response"])

    async def test_raw_response_get(self, async_client: AsyncShelf) -> None:
        response = await async_client.authors.with_raw_response.get(author_id="au_1")

        assert response.is_closed is True
        assert response.http_request.headers.get("User-Agent", "").startswith("shelf-python/")
        author = await response.parse()
        assert_matches_type(Author, author, path=["response"])

    async def test_streaming_response_get(self, async_client: AsyncShelf) -> None:
        async with async_client.authors.with_streaming_response.get(author_id="au_1") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("User-Agent", "").startswith("shelf-python/")

            author = await response.parse()
            assert_matches_type(Author, author, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_get(self, async_client: AsyncShelf) -> None:
        with pytest.raises(ValueError, match="author_id"):
            await async_client.authors.with_raw_response.get(author_id="")
