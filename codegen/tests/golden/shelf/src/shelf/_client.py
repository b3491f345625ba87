# File generated from openapi.yaml by codegen. Do not edit.

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from ._base_client import AsyncAPIClient, SyncAPIClient
from ._resource import cached_property
from ._settings import ClientSettings
from ._types import NOT_GIVEN, Body, Headers, NotGiven, Query
from ._version import __version__

if TYPE_CHECKING:
    from .resources.authors import (
        AsyncAuthorsResource,
        AsyncAuthorsResourceWithRawResponse,
        AsyncAuthorsResourceWithStreamingResponse,
        AuthorsResource,
        AuthorsResourceWithRawResponse,
        AuthorsResourceWithStreamingResponse,
    )
    from .resources.libraries.libraries import (
        AsyncLibrariesResource,
        AsyncLibrariesResourceWithRawResponse,
        AsyncLibrariesResourceWithStreamingResponse,
        LibrariesResource,
        LibrariesResourceWithRawResponse,
        LibrariesResourceWithStreamingResponse,
    )
    from .resources.top_level import (
        AsyncTopLevelResource,
        TopLevelResource,
    )

__all__ = [
    "Shelf",
    "AsyncShelf",
    "ShelfWithRawResponse",
    "ShelfWithStreamedResponse",
    "AsyncShelfWithRawResponse",
    "AsyncShelfWithStreamedResponse",
]

_SETTINGS = ClientSettings(
    base_url="https://shelf.example.org/api/v2",
    base_url_env="SHELF_BASE_URL",
    token_env="",
    user_agent="shelf-python/" + __version__,
)


class Shelf(SyncAPIClient):
    _settings = _SETTINGS

    @cached_property
    def authors(self) -> AuthorsResource:
        from .resources.authors import AuthorsResource

        return AuthorsResource(self)

    @cached_property
    def libraries(self) -> LibrariesResource:
        from .resources.libraries.libraries import LibrariesResource

        return LibrariesResource(self)

    @cached_property
    def _top_level(self) -> TopLevelResource:
        from .resources.top_level import TopLevelResource

        return TopLevelResource(self)

    @cached_property
    def with_raw_response(self) -> ShelfWithRawResponse:
        return ShelfWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ShelfWithStreamedResponse:
        return ShelfWithStreamedResponse(self)

    def ping(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> None:
        """Check the service is up

        Args:
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        return self._top_level.ping(
            extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
        )


class AsyncShelf(AsyncAPIClient):
    _settings = _SETTINGS

    @cached_property
    def authors(self) -> AsyncAuthorsResource:
        from .resources.authors import AsyncAuthorsResource

        return AsyncAuthorsResource(self)

    @cached_property
    def libraries(self) -> AsyncLibrariesResource:
        from .resources.libraries.libraries import AsyncLibrariesResource

        return AsyncLibrariesResource(self)

    @cached_property
    def _top_level(self) -> AsyncTopLevelResource:
        from .resources.top_level import AsyncTopLevelResource

        return AsyncTopLevelResource(self)

    @cached_property
    def with_raw_response(self) -> AsyncShelfWithRawResponse:
        return AsyncShelfWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncShelfWithStreamedResponse:
        return AsyncShelfWithStreamedResponse(self)

    async def ping(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> None:
        """Check the service is up

        Args:
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        return await self._top_level.ping(
            extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
        )


class ShelfWithRawResponse:
    def __init__(self, client: Shelf) -> None:
        self._client = client
        from .resources.top_level import TopLevelResourceWithRawResponse

        top_level = TopLevelResourceWithRawResponse(client._top_level)
        self.ping = top_level.ping

    @cached_property
    def authors(self) -> AuthorsResourceWithRawResponse:
        from .resources.authors import AuthorsResourceWithRawResponse

        return AuthorsResourceWithRawResponse(self._client.authors)

    @cached_property
    def libraries(self) -> LibrariesResourceWithRawResponse:
        from .resources.libraries.libraries import LibrariesResourceWithRawResponse

        return LibrariesResourceWithRawResponse(self._client.libraries)


class AsyncShelfWithRawResponse:
    def __init__(self, client: AsyncShelf) -> None:
        self._client = client
        from .resources.top_level import AsyncTopLevelResourceWithRawResponse

        top_level = AsyncTopLevelResourceWithRawResponse(client._top_level)
        self.ping = top_level.ping

    @cached_property
    def authors(self) -> AsyncAuthorsResourceWithRawResponse:
        from .resources.authors import AsyncAuthorsResourceWithRawResponse

        return AsyncAuthorsResourceWithRawResponse(self._client.authors)

    @cached_property
    def libraries(self) -> AsyncLibrariesResourceWithRawResponse:
        from .resources.libraries.libraries import AsyncLibrariesResourceWithRawResponse

        return AsyncLibrariesResourceWithRawResponse(self._client.libraries)


class ShelfWithStreamedResponse:
    def __init__(self, client: Shelf) -> None:
        self._client = client
        from .resources.top_level import TopLevelResourceWithStreamingResponse

        top_level = TopLevelResourceWithStreamingResponse(client._top_level)
        self.ping = top_level.ping

    @cached_property
    def authors(self) -> AuthorsResourceWithStreamingResponse:
        from .resources.authors import AuthorsResourceWithStreamingResponse

        return AuthorsResourceWithStreamingResponse(self._client.authors)

    @cached_property
    def libraries(self) -> LibrariesResourceWithStreamingResponse:
        from .resources.libraries.libraries import LibrariesResourceWithStreamingResponse

        return LibrariesResourceWithStreamingResponse(self._client.libraries)


class AsyncShelfWithStreamedResponse:
    def __init__(self, client: AsyncShelf) -> None:
        self._client = client
        from .resources.top_level import AsyncTopLevelResourceWithStreamingResponse

        top_level = AsyncTopLevelResourceWithStreamingResponse(client._top_level)
        self.ping = top_level.ping

    @cached_property
    def authors(self) -> AsyncAuthorsResourceWithStreamingResponse:
        from .resources.authors import AsyncAuthorsResourceWithStreamingResponse

        return AsyncAuthorsResourceWithStreamingResponse(self._client.authors)

    @cached_property
    def libraries(self) -> AsyncLibrariesResourceWithStreamingResponse:
        from .resources.libraries.libraries import AsyncLibrariesResourceWithStreamingResponse

        return AsyncLibrariesResourceWithStreamingResponse(self._client.libraries)
