# File generated from openapi.yaml by codegen. Do not edit.

from __future__ import annotations

from typing import Any, cast

import pytest

from replicate import AsyncReplicate, Replicate
from replicate._response import AsyncBinaryResponse, BinaryResponse
from replicate.pagination import AsyncCursorURLPage, SyncCursorURLPage
from replicate.types import File

from ..utils import assert_matches_type


class TestFiles:
    def test_method_create(self, client: Replicate) -> None:
        file = client.files.create(content=b"raw file contents")
        assert_matches_type(File, file, path=["response"])

    def test_method_create_with_all_params(self, client: Replicate) -> None:
        file = client.files.create(
            content=b"raw file contents",
            filename="example.zip",
            type="application/zip",
            metadata={"customer_reference_id": 123},
        )
        assert_matches_type(File, file, path=["response"])

    def test_raw_response_create(self, client: Replicate) -> None:
        response = client.files.with_raw_response.create(content=b"raw file contents")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Replicate-Lang") == "python"
        file = response.parse()
        assert_matches_type(File, file, path=["response"])

    def test_streaming_response_create(self, client: Replicate) -> None:
        with client.files.with_streaming_response.create(content=b"raw file contents") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Replicate-Lang") == "python"

            file = response.parse()
            assert_matches_type(File, file, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_method_delete(self, client: Replicate) -> None:
        file = client.files.delete("cneqzikepnug6xezperrr4z55o")
        assert file is None

    def test_raw_response_delete(self, client: Replicate) -> None:
        response = client.files.with_raw_response.delete(file_id="cneqzikepnug6xezperrr4z55o")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Replicate-Lang") == "python"
        file = response.parse()
        assert file is None

    def test_streaming_response_delete(self, client: Replicate) -> None:
        with client.files.with_streaming_response.delete(file_id="cneqzikepnug6xezperrr4z55o") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Replicate-Lang") == "python"

            file = response.parse()
            assert file is None

        assert cast(Any, response.is_closed) is True

    def test_path_params_delete(self, client: Replicate) -> None:
        with pytest.raises(ValueError, match="file_id"):
            client.files.with_raw_response.delete(file_id="")

    def test_method_download(self, client: Replicate) -> None:
        file = client.files.download(
            "cneqzikepnug6xezperrr4z55o",
            owner="mattt",
            expiry=1708515345,
            signature="zuoghqlrcnw8YHywkpaXQlHsVhWen/DZ4aal76dLiOo=",
        )
        assert_matches_type(BinaryResponse, file, path=["response"])

    def test_raw_response_download(self, client: Replicate) -> None:
        response = client.files.with_raw_response.download(
            file_id="cneqzikepnug6xezperrr4z55o",
            owner="mattt",
            expiry=1708515345,
            signature="zuoghqlrcnw8YHywkpaXQlHsVhWen/DZ4aal76dLiOo=",
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Replicate-Lang") == "python"
        file = response.parse()
        assert_matches_type(BinaryResponse, file, path=["response"])

    def test_streaming_response_download(self, client: Replicate) -> None:
        with client.files.with_streaming_response.download(
            file_id="cneqzikepnug6xezperrr4z55o",
            owner="mattt",
            expiry=1708515345,
            signature="zuoghqlrcnw8YHywkpaXQlHsVhWen/DZ4aal76dLiOo=",
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Replicate-Lang") == "python"

            file = response.parse()
            assert_matches_type(BinaryResponse, file, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_download(self, client: Replicate) -> None:
        with pytest.raises(ValueError, match="file_id"):
            client.files.with_raw_response.download(
                file_id="",
                owner="mattt",
                expiry=1708515345,
                signature="zuoghqlrcnw8YHywkpaXQlHsVhWen/DZ4aal76dLiOo=",
            )

    def test_method_get(self, client: Replicate) -> None:
        file = client.files.get("cneqzikepnug6xezperrr4z55o")
        assert_matches_type(File, file, path=["response"])

    def test_raw_response_get(self, client: Replicate) -> None:
        response = client.files.with_raw_response.get(file_id="cneqzikepnug6xezperrr4z55o")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Replicate-Lang") == "python"
        file = response.parse()
        assert_matches_type(File, file, path=["response"])

    def test_streaming_response_get(self, client: Replicate) -> None:
        with client.files.with_streaming_response.get(file_id="cneqzikepnug6xezperrr4z55o") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Replicate-Lang") == "python"

            file = response.parse()
            assert_matches_type(File, file, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_get(self, client: Replicate) -> None:
        with pytest.raises(ValueError, match="file_id"):
            client.files.with_raw_response.get(file_id="")

    def test_method_list(self, client: Replicate) -> None:
        file = client.files.list()
        assert_matches_type(SyncCursorURLPage[File], file, path=["response"])

    def test_raw_response_list(self, client: Replicate) -> None:
        response = client.files.with_raw_response.list()

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Replicate-Lang") == "python"
        file = response.parse()
        assert_matches_type(SyncCursorURLPage[File], file, path=["response"])

    def test_streaming_response_list(self, client: Replicate) -> None:
        with client.files.with_streaming_response.list() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Replicate-Lang") == "python"

            file = response.parse()
            assert_matches_type(SyncCursorURLPage[File], file, path=["response"])

        assert cast(Any, response.is_closed) is True


class TestAsyncFiles:
    async def test_method_create(self, async_client: AsyncReplicate) -> None:
        file = await async_client.files.create(content=b"raw file contents")
        assert_matches_type(File, file, path=["response"])

    async def test_method_create_with_all_params(self, async_client: AsyncReplicate) -> None:
        file = await async_client.files.create(
            content=b"raw file contents",
            filename="example.zip",
            type="application/zip",
            metadata={"customer_reference_id": 123},
        )
        assert_matches_type(File, file, path=["response"])

    async def test_raw_response_create(self, async_client: AsyncReplicate) -> None:
        response = await async_client.files.with_raw_response.create(content=b"raw file contents")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Replicate-Lang") == "python"
        file = await response.parse()
        assert_matches_type(File, file, path=["response"])

    async def test_streaming_response_create(self, async_client: AsyncReplicate) -> None:
        async with async_client.files.with_streaming_response.create(
            content=b"raw file contents"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Replicate-Lang") == "python"

            file = await response.parse()
            assert_matches_type(File, file, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_method_delete(self, async_client: AsyncReplicate) -> None:
        file = await async_client.files.delete("cneqzikepnug6xezperrr4z55o")
        assert file is None

    async def test_raw_response_delete(self, async_client: AsyncReplicate) -> None:
        response = await async_client.files.with_raw_response.delete(file_id="cneqzikepnug6xezperrr4z55o")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Replicate-Lang") == "python"
        file = await response.parse()
        assert file is None

    async def test_streaming_response_delete(self, async_client: AsyncReplicate) -> None:
        async with async_client.files.with_streaming_response.delete(
            file_id="cneqzikepnug6xezperrr4z55o"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Replicate-Lang") == "python"

            file = await response.parse()
            assert file is None

        assert cast(Any, response.is_closed) is True

    async def test_path_params_delete(self, async_client: AsyncReplicate) -> None:
        with pytest.raises(ValueError, match="file_id"):
            await async_client.files.with_raw_response.delete(file_id="")

    async def test_method_download(self, async_client: AsyncReplicate) -> None:
        file = await async_client.files.download(
            "cneqzikepnug6xezperrr4z55o",
            owner="mattt",
            expiry=1708515345,
            signature="zuoghqlrcnw8YHywkpaXQlHsVhWen/DZ4aal76dLiOo=",
        )
        assert_matches_type(AsyncBinaryResponse, file, path=["response"])

    async def test_raw_response_download(self, async_client: AsyncReplicate) -> None:
        response = await async_client.files.with_raw_response.download(
            file_id="cneqzikepnug6xezperrr4z55o",
            owner="mattt",
            expiry=1708515345,
            signature="zuoghqlrcnw8YHywkpaXQlHsVhWen/DZ4aal76dLiOo=",
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Replicate-Lang") == "python"
        file = await response.parse()
        assert_matches_type(AsyncBinaryResponse, file, path=["response"])

    async def test_streaming_response_download(self, async_client: AsyncReplicate) -> None:
        async with async_client.files.with_streaming_response.download(
            file_id="cneqzikepnug6xezperrr4z55o",
            owner="mattt",
            expiry=1708515345,
            signature="zuoghqlrcnw8YHywkpaXQlHsVhWen/DZ4aal76dLiOo=",
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Replicate-Lang") == "python"

            file = await response.parse()
            assert_matches_type(AsyncBinaryResponse, file, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_download(self, async_client: AsyncReplicate) -> None:
        with pytest.raises(ValueError, match="file_id"):
            await async_client.files.with_raw_response.download(
                file_id="",
                owner="mattt",
                expiry=1708515345,
                signature="zuoghqlrcnw8YHywkpaXQlHsVhWen/DZ4aal76dLiOo=",
            )

    async def test_method_get(self, async_client: AsyncReplicate) -> None:
        file = await async_client.files.get("cneqzikepnug6xezperrr4z55o")
        assert_matches_type(File, file, path=["response"])

    async def test_raw_response_get(self, async_client: AsyncReplicate) -> None:
        response = await async_client.files.with_raw_response.get(file_id="cneqzikepnug6xezperrr4z55o")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Replicate-Lang") == "python"
        file = await response.parse()
        assert_matches_type(File, file, path=["response"])

    async def test_streaming_response_get(self, async_client: AsyncReplicate) -> None:
        async with async_client.files.with_streaming_response.get(
            file_id="cneqzikepnug6xezperrr4z55o"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Replicate-Lang") == "python"

            file = await response.parse()
            assert_matches_type(File, file, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_get(self, async_client: AsyncReplicate) -> None:
        with pytest.raises(ValueError, match="file_id"):
            await async_client.files.with_raw_response.get(file_id="")

    async def test_method_list(self, async_client: AsyncReplicate) -> None:
        file = await async_client.files.list()
        assert_matches_type(AsyncCursorURLPage[File], file, path=["response"])

    async def test_raw_response_list(self, async_client: AsyncReplicate) -> None:
        response = await async_client.files.with_raw_response.list()

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Replicate-Lang") == "python"
        file = await response.parse()
        assert_matches_type(AsyncCursorURLPage[File], file, path=["response"])

    async def test_streaming_response_list(self, async_client: AsyncReplicate) -> None:
        async with async_client.files.with_streaming_response.list() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Replicate-Lang") == "python"

            file = await response.parse()
            assert_matches_type(AsyncCursorURLPage[File], file, path=["response"])

        assert cast(Any, response.is_closed) is True
