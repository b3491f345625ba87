# File generated from openapi.yaml by codegen. Do not edit.

from __future__ import annotations

from typing import Any, cast

import pytest

from shelf import AsyncShelf, Shelf
from shelf._response import AsyncBinaryResponse, BinaryResponse
from shelf.types import LibraryBookCoverUploadResponse

from ....utils import assert_matches_type


class TestLibrariesBooksCovers:
    def test_method_download(self, client: Shelf) -> None:
        cover = client.libraries.books.covers.download(library_id="lib_1", isbn="9780441013593")
        assert_matches_type(BinaryResponse, cover, path=["response"])

    def test_raw_response_download(self, client: Shelf) -> None:
        response = client.libraries.books.covers.with_raw_response.download(
            library_id="lib_1", isbn="9780441013593"
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("User-Agent", "").startswith("shelf-python/")
        cover = response.parse()
        assert_matches_type(BinaryResponse, cover, path=["response"])

    def test_streaming_response_download(self, client: Shelf) -> None:
        with client.libraries.books.covers.with_streaming_response.download(
            library_id="lib_1", isbn="9780441013593"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("User-Agent", "").startswith("shelf-python/")

            cover = response.parse()
            assert_matches_type(BinaryResponse, cover, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_download(self, client: Shelf) -> None:
        with pytest.raises(ValueError, match="library_id"):
            client.libraries.books.covers.with_raw_response.download(library_id="", isbn="9780441013593")

        with pytest.raises(ValueError, match="isbn"):
            client.libraries.books.covers.with_raw_response.download(library_id="lib_1", isbn="")

    def test_method_upload(self, client: Shelf) -> None:
        cover = client.libraries.books.covers.upload(
            library_id="lib_1", isbn="9780441013593", image=b"raw file contents"
        )
        assert_matches_type(LibraryBookCoverUploadResponse, cover, path=["response"])

    def test_method_upload_with_all_params(self, client: Shelf) -> None:
        cover = client.libraries.books.covers.upload(
            library_id="lib_1", isbn="9780441013593", image=b"raw file contents", caption="string"
        )
        assert_matches_type(LibraryBookCoverUploadResponse, cover, path=["response"])

    def test_raw_response_upload(self, client: Shelf) -> None:
        response = client.libraries.books.covers.with_raw_response.upload(
            library_id="lib_1", isbn="9780441013593", image=b"raw file contents"
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("User-Agent", "").startswith("shelf-python/")
        cover = response.parse()
        assert_matches_type(LibraryBookCoverUploadResponse, cover, path=["response"])

    def test_streaming_response_upload(self, client: Shelf) -> None:
        with client.libraries.books.covers.with_streaming_response.upload(
            library_id="lib_1", isbn="9780441013593", image=b"raw file contents"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("User-Agent", "").startswith("shelf-python/")

            cover = response.parse()
            assert_matches_type(LibraryBookCoverUploadResponse, cover, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_upload(self, client: Shelf) -> None:
        with pytest.raises(ValueError, match="library_id"):
            client.libraries.books.covers.with_raw_response.upload(
                library_id="", isbn="9780441013593", image=b"raw file contents"
            )

        with pytest.raises(ValueError, match="isbn"):
            client.libraries.books.covers.with_raw_response.upload(
                library_id="lib_1", isbn="", image=b"raw file contents"
            )


class TestAsyncLibrariesBooksCovers:
    async def test_method_download(self, async_client: AsyncShelf) -> None:
        cover = await async_client.libraries.books.covers.download(library_id="lib_1", isbn="9780441013593")
        assert_matches_type(AsyncBinaryResponse, cover, path=["response"])

    async def test_raw_response_download(self, async_client: AsyncShelf) -> None:
        response = await async_client.libraries.books.covers.with_raw_response.download(
            library_id="lib_1", isbn="9780441013593"
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("User-Agent", "").startswith("shelf-python/")
        cover = await response.parse()
        assert_matches_type(AsyncBinaryResponse, cover, path=["response"])

    async def test_streaming_response_download(self, async_client: AsyncShelf) -> None:
        async with async_client.libraries.books.covers.with_streaming_response.download(
            library_id="lib_1", isbn="9780441013593"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("User-Agent", "").startswith("shelf-python/")

            cover = await response.parse()
            assert_matches_type(AsyncBinaryResponse, cover, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_download(self, async_client: AsyncShelf) -> None:
        with pytest.raises(ValueError, match="library_id"):
            await async_client.libraries.books.covers.with_raw_response.download(
                library_id="", isbn="9780441013593"
            )

        with pytest.raises(ValueError, match="isbn"):
            await async_client.libraries.books.covers.with_raw_response.download(library_id="lib_1", isbn="")

    async def test_method_upload(self, async_client: AsyncShelf) -> None:
        cover = await async_client.libraries.books.covers.upload(
            library_id="lib_1", isbn="9780441013593", image=b"raw file contents"
        )
        assert_matches_type(LibraryBookCoverUploadResponse, cover, path=["response"])

    async def test_method_upload_with_all_params(self, async_client: AsyncShelf) -> None:
        cover = await async_client.libraries.books.covers.upload(
            library_id="lib_1", isbn="9780441013593", image=b"raw file contents", caption="string"
        )
        assert_matches_type(LibraryBookCoverUploadResponse, cover, path=["response"])

    async def test_raw_response_upload(self, async_client: AsyncShelf) -> None:
        response = await async_client.libraries.books.covers.with_raw_response.upload(
            library_id="lib_1", isbn="9780441013593", image=b"raw file contents"
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("User-Agent", "").startswith("shelf-python/")
        cover = await response.parse()
        assert_matches_type(LibraryBookCoverUploadResponse, cover, path=["response"])

    async def test_streaming_response_upload(self, async_client: AsyncShelf) -> None:
        async with async_client.libraries.books.covers.with_streaming_response.upload(
            library_id="lib_1", isbn="9780441013593", image=b"raw file contents"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("User-Agent", "").startswith("shelf-python/")

            cover = await response.parse()
            assert_matches_type(LibraryBookCoverUploadResponse, cover, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_upload(self, async_client: AsyncShelf) -> None:
        with pytest.raises(ValueError, match="library_id"):
            await async_client.libraries.books.covers.with_raw_response.upload(
                library_id="", isbn="9780441013593", image=b"raw file contents"
            )

        with pytest.raises(ValueError, match="isbn"):
            await async_client.libraries.books.covers.with_raw_response.upload(
                library_id="lib_1", isbn="", image=b"raw file contents"
            )
