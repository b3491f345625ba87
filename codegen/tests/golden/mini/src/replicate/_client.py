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
    from .resources.stats import (
        AsyncStatsResource,
        AsyncStatsResourceWithRawResponse,
        AsyncStatsResourceWithStreamingResponse,
        StatsResource,
        StatsResourceWithRawResponse,
        StatsResourceWithStreamingResponse,
    )
    from .resources.top_level import (
        AsyncTopLevelResource,
        TopLevelResource,
    )
    from .resources.uploads import (
        AsyncUploadsResource,
        AsyncUploadsResourceWithRawResponse,
        AsyncUploadsResourceWithStreamingResponse,
        UploadsResource,
        UploadsResourceWithRawResponse,
        UploadsResourceWithStreamingResponse,
    )
    from .resources.widgets.widgets import (
        AsyncWidgetsResource,
        AsyncWidgetsResourceWithRawResponse,
        AsyncWidgetsResourceWithStreamingResponse,
        WidgetsResource,
        WidgetsResourceWithRawResponse,
        WidgetsResourceWithStreamingResponse,
    )

__all__ = [
    "Replicate",
    "AsyncReplicate",
    "ReplicateWithRawResponse",
    "ReplicateWithStreamedResponse",
    "AsyncReplicateWithRawResponse",
    "AsyncReplicateWithStreamedResponse",
]

_SETTINGS = ClientSettings(
    base_url="https://api.example.com/v1",
    base_url_env="REPLICATE_BASE_URL",
    token_env="",
    user_agent="replicate-python/" + __version__,
    platform_prefix="X-Replicate",
)


class Replicate(SyncAPIClient):
    _settings = _SETTINGS

    @cached_property
    def stats(self) -> StatsResource:
        from .resources.stats import StatsResource

        return StatsResource(self)

    @cached_property
    def uploads(self) -> UploadsResource:
        from .resources.uploads import UploadsResource

        return UploadsResource(self)

    @cached_property
    def widgets(self) -> WidgetsResource:
        from .resources.widgets.widgets import WidgetsResource

        return WidgetsResource(self)

    @cached_property
    def _top_level(self) -> TopLevelResource:
        from .resources.top_level import TopLevelResource

        return TopLevelResource(self)

    @cached_property
    def with_raw_response(self) -> ReplicateWithRawResponse:
        return ReplicateWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ReplicateWithStreamedResponse:
        return ReplicateWithStreamedResponse(self)

    def ping(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> str:
        """Ping

        Text.

        Args:
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        return self._top_level.ping(
            extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
        )


class AsyncReplicate(AsyncAPIClient):
    _settings = _SETTINGS

    @cached_property
    def stats(self) -> AsyncStatsResource:
        from .resources.stats import AsyncStatsResource

        return AsyncStatsResource(self)

    @cached_property
    def uploads(self) -> AsyncUploadsResource:
        from .resources.uploads import AsyncUploadsResource

        return AsyncUploadsResource(self)

    @cached_property
    def widgets(self) -> AsyncWidgetsResource:
        from .resources.widgets.widgets import AsyncWidgetsResource

        return AsyncWidgetsResource(self)

    @cached_property
    def _top_level(self) -> AsyncTopLevelResource:
        from .resources.top_level import AsyncTopLevelResource

        return AsyncTopLevelResource(self)

    @cached_property
    def with_raw_response(self) -> AsyncReplicateWithRawResponse:
        return AsyncReplicateWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncReplicateWithStreamedResponse:
        return AsyncReplicateWithStreamedResponse(self)

    async def ping(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> str:
        """Ping

        Text.

        Args:
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        return await self._top_level.ping(
            extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
        )


class ReplicateWithRawResponse:
    def __init__(self, client: Replicate) -> None:
        self._client = client
        from .resources.top_level import TopLevelResourceWithRawResponse

        top_level = TopLevelResourceWithRawResponse(client._top_level)
        self.ping = top_level.ping

    @cached_property
    def stats(self) -> StatsResourceWithRawResponse:
        from .resources.stats import StatsResourceWithRawResponse

        return StatsResourceWithRawResponse(self._client.stats)

    @cached_property
    def uploads(self) -> UploadsResourceWithRawResponse:
        from .resources.uploads import UploadsResourceWithRawResponse

        return UploadsResourceWithRawResponse(self._client.uploads)

    @cached_property
    def widgets(self) -> WidgetsResourceWithRawResponse:
        from .resources.widgets.widgets import WidgetsResourceWithRawResponse

        return WidgetsResourceWithRawResponse(self._client.widgets)


class AsyncReplicateWithRawResponse:
    def __init__(self, client: AsyncReplicate) -> None:
        self._client = client
        from .resources.top_level import AsyncTopLevelResourceWithRawResponse

        top_level = AsyncTopLevelResourceWithRawResponse(client._top_level)
        self.ping = top_level.ping

    @cached_property
    def stats(self) -> AsyncStatsResourceWithRawResponse:
        from .resources.stats import AsyncStatsResourceWithRawResponse

        return AsyncStatsResourceWithRawResponse(self._client.stats)

    @cached_property
    def uploads(self) -> AsyncUploadsResourceWithRawResponse:
        from .resources.uploads import AsyncUploadsResourceWithRawResponse

        return AsyncUploadsResourceWithRawResponse(self._client.uploads)

    @cached_property
    def widgets(self) -> AsyncWidgetsResourceWithRawResponse:
        from .resources.widgets.widgets import AsyncWidgetsResourceWithRawResponse

        return AsyncWidgetsResourceWithRawResponse(self._client.widgets)


class ReplicateWithStreamedResponse:
    def __init__(self, client: Replicate) -> None:
        self._client = client
        from .resources.top_level import TopLevelResourceWithStreamingResponse

        top_level = TopLevelResourceWithStreamingResponse(client._top_level)
        self.ping = top_level.ping

    @cached_property
    def stats(self) -> StatsResourceWithStreamingResponse:
        from .resources.stats import StatsResourceWithStreamingResponse

        return StatsResourceWithStreamingResponse(self._client.stats)

    @cached_property
    def uploads(self) -> UploadsResourceWithStreamingResponse:
        from .resources.uploads import UploadsResourceWithStreamingResponse

        return UploadsResourceWithStreamingResponse(self._client.uploads)

    @cached_property
    def widgets(self) -> WidgetsResourceWithStreamingResponse:
        from .resources.widgets.widgets import WidgetsResourceWithStreamingResponse

        return WidgetsResourceWithStreamingResponse(self._client.widgets)


class AsyncReplicateWithStreamedResponse:
    def __init__(self, client: AsyncReplicate) -> None:
        self._client = client
        from .resources.top_level import AsyncTopLevelResourceWithStreamingResponse

        top_level = AsyncTopLevelResourceWithStreamingResponse(client._top_level)
        self.ping = top_level.ping

    @cached_property
    def stats(self) -> AsyncStatsResourceWithStreamingResponse:
        from .resources.stats import AsyncStatsResourceWithStreamingResponse

        return AsyncStatsResourceWithStreamingResponse(self._client.stats)

    @cached_property
    def uploads(self) -> AsyncUploadsResourceWithStreamingResponse:
        from .resources.uploads import AsyncUploadsResourceWithStreamingResponse

        return AsyncUploadsResourceWithStreamingResponse(self._client.uploads)

    @cached_property
    def widgets(self) -> AsyncWidgetsResourceWithStreamingResponse:
        from .resources.widgets.widgets import AsyncWidgetsResourceWithStreamingResponse

        return AsyncWidgetsResourceWithStreamingResponse(self._client.widgets)
