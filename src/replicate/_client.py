# File generated from openapi.yaml by codegen. Do not edit.

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from ._resource import cached_property
from ._settings import ClientSettings
from ._types import NOT_GIVEN, Body, Headers, NotGiven, Query
from ._version import __version__
from .lib.client import AsyncReplicateBase, ReplicateBase

if TYPE_CHECKING:
    from .resources.account import (
        AccountResource,
        AccountResourceWithRawResponse,
        AccountResourceWithStreamingResponse,
        AsyncAccountResource,
        AsyncAccountResourceWithRawResponse,
        AsyncAccountResourceWithStreamingResponse,
    )
    from .resources.collections import (
        AsyncCollectionsResource,
        AsyncCollectionsResourceWithRawResponse,
        AsyncCollectionsResourceWithStreamingResponse,
        CollectionsResource,
        CollectionsResourceWithRawResponse,
        CollectionsResourceWithStreamingResponse,
    )
    from .resources.deployments.deployments import (
        AsyncDeploymentsResource,
        AsyncDeploymentsResourceWithRawResponse,
        AsyncDeploymentsResourceWithStreamingResponse,
        DeploymentsResource,
        DeploymentsResourceWithRawResponse,
        DeploymentsResourceWithStreamingResponse,
    )
    from .resources.files import (
        AsyncFilesResource,
        AsyncFilesResourceWithRawResponse,
        AsyncFilesResourceWithStreamingResponse,
        FilesResource,
        FilesResourceWithRawResponse,
        FilesResourceWithStreamingResponse,
    )
    from .resources.hardware import (
        AsyncHardwareResource,
        AsyncHardwareResourceWithRawResponse,
        AsyncHardwareResourceWithStreamingResponse,
        HardwareResource,
        HardwareResourceWithRawResponse,
        HardwareResourceWithStreamingResponse,
    )
    from .resources.models.models import (
        AsyncModelsResource,
        AsyncModelsResourceWithRawResponse,
        AsyncModelsResourceWithStreamingResponse,
        ModelsResource,
        ModelsResourceWithRawResponse,
        ModelsResourceWithStreamingResponse,
    )
    from .resources.predictions import (
        AsyncPredictionsResource,
        AsyncPredictionsResourceWithRawResponse,
        AsyncPredictionsResourceWithStreamingResponse,
        PredictionsResource,
        PredictionsResourceWithRawResponse,
        PredictionsResourceWithStreamingResponse,
    )
    from .resources.top_level import (
        AsyncTopLevelResource,
        TopLevelResource,
    )
    from .resources.trainings import (
        AsyncTrainingsResource,
        AsyncTrainingsResourceWithRawResponse,
        AsyncTrainingsResourceWithStreamingResponse,
        TrainingsResource,
        TrainingsResourceWithRawResponse,
        TrainingsResourceWithStreamingResponse,
    )
    from .resources.webhooks.webhooks import (
        AsyncWebhooksResource,
        AsyncWebhooksResourceWithRawResponse,
        AsyncWebhooksResourceWithStreamingResponse,
        WebhooksResource,
        WebhooksResourceWithRawResponse,
        WebhooksResourceWithStreamingResponse,
    )
    from .types.search_response import SearchResponse

__all__ = [
    "Replicate",
    "AsyncReplicate",
    "ReplicateWithRawResponse",
    "ReplicateWithStreamedResponse",
    "AsyncReplicateWithRawResponse",
    "AsyncReplicateWithStreamedResponse",
]

_SETTINGS = ClientSettings(
    base_url="https://api.replicate.com/v1",
    base_url_env="REPLICATE_BASE_URL",
    token_env="REPLICATE_API_TOKEN",
    token_help="find yours at https://replicate.com/account/api-tokens",
    token_from_cog_scope=True,
    user_agent="replicate-python/" + __version__,
    platform_prefix="X-Replicate",
)


class Replicate(ReplicateBase):
    _settings = _SETTINGS

    @cached_property
    def account(self) -> AccountResource:
        from .resources.account import AccountResource

        return AccountResource(self)

    @cached_property
    def collections(self) -> CollectionsResource:
        from .resources.collections import CollectionsResource

        return CollectionsResource(self)

    @cached_property
    def deployments(self) -> DeploymentsResource:
        from .resources.deployments.deployments import DeploymentsResource

        return DeploymentsResource(self)

    @cached_property
    def files(self) -> FilesResource:
        from .resources.files import FilesResource

        return FilesResource(self)

    @cached_property
    def hardware(self) -> HardwareResource:
        from .resources.hardware import HardwareResource

        return HardwareResource(self)

    @cached_property
    def models(self) -> ModelsResource:
        from .resources.models.models import ModelsResource

        return ModelsResource(self)

    @cached_property
    def predictions(self) -> PredictionsResource:
        from .resources.predictions import PredictionsResource

        return PredictionsResource(self)

    @cached_property
    def trainings(self) -> TrainingsResource:
        from .resources.trainings import TrainingsResource

        return TrainingsResource(self)

    @cached_property
    def webhooks(self) -> WebhooksResource:
        from .resources.webhooks.webhooks import WebhooksResource

        return WebhooksResource(self)

    @cached_property
    def _top_level(self) -> TopLevelResource:
        from .resources.top_level import TopLevelResource

        return TopLevelResource(self)

    @property
    def _replicate(self) -> Replicate:
        return self

    @cached_property
    def with_raw_response(self) -> ReplicateWithRawResponse:
        return ReplicateWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ReplicateWithStreamedResponse:
        return ReplicateWithStreamedResponse(self)

    def search(
        self,
        *,
        query: str,
        limit: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> SearchResponse:
        """Search models, collections, and docs (beta)

        Search for public models, collections, and docs using a text query.

        For models, the response includes all model data, plus a `metadata`
        object with `generated_description` (a longer AI-generated
        description of the model), `tags` and `score` (relevance to the
        query). This search API is currently in beta and may change.

        Args:
          query: The search query.
          limit: The maximum number of model results to return (1 to 50). Defaults to `20`.
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        return self._top_level.search(
            query=query,
            limit=limit,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncReplicate(AsyncReplicateBase):
    _settings = _SETTINGS

    @cached_property
    def account(self) -> AsyncAccountResource:
        from .resources.account import AsyncAccountResource

        return AsyncAccountResource(self)

    @cached_property
    def collections(self) -> AsyncCollectionsResource:
        from .resources.collections import AsyncCollectionsResource

        return AsyncCollectionsResource(self)

    @cached_property
    def deployments(self) -> AsyncDeploymentsResource:
        from .resources.deployments.deployments import AsyncDeploymentsResource

        return AsyncDeploymentsResource(self)

    @cached_property
    def files(self) -> AsyncFilesResource:
        from .resources.files import AsyncFilesResource

        return AsyncFilesResource(self)

    @cached_property
    def hardware(self) -> AsyncHardwareResource:
        from .resources.hardware import AsyncHardwareResource

        return AsyncHardwareResource(self)

    @cached_property
    def models(self) -> AsyncModelsResource:
        from .resources.models.models import AsyncModelsResource

        return AsyncModelsResource(self)

    @cached_property
    def predictions(self) -> AsyncPredictionsResource:
        from .resources.predictions import AsyncPredictionsResource

        return AsyncPredictionsResource(self)

    @cached_property
    def trainings(self) -> AsyncTrainingsResource:
        from .resources.trainings import AsyncTrainingsResource

        return AsyncTrainingsResource(self)

    @cached_property
    def webhooks(self) -> AsyncWebhooksResource:
        from .resources.webhooks.webhooks import AsyncWebhooksResource

        return AsyncWebhooksResource(self)

    @cached_property
    def _top_level(self) -> AsyncTopLevelResource:
        from .resources.top_level import AsyncTopLevelResource

        return AsyncTopLevelResource(self)

    @property
    def _replicate(self) -> AsyncReplicate:
        return self

    @cached_property
    def with_raw_response(self) -> AsyncReplicateWithRawResponse:
        return AsyncReplicateWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncReplicateWithStreamedResponse:
        return AsyncReplicateWithStreamedResponse(self)

    async def search(
        self,
        *,
        query: str,
        limit: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> SearchResponse:
        """Search models, collections, and docs (beta)

        Search for public models, collections, and docs using a text query.

        For models, the response includes all model data, plus a `metadata`
        object with `generated_description` (a longer AI-generated
        description of the model), `tags` and `score` (relevance to the
        query). This search API is currently in beta and may change.

        Args:
          query: The search query.
          limit: The maximum number of model results to return (1 to 50). Defaults to `20`.
          extra_headers: Send extra headers
          extra_query: Add additional query parameters to the request
          extra_body: Add additional JSON properties to the request
          timeout: Override the client-level default timeout for this request, in seconds
        """
        return await self._top_level.search(
            query=query,
            limit=limit,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class ReplicateWithRawResponse:
    def __init__(self, client: Replicate) -> None:
        self._client = client
        from .resources.top_level import TopLevelResourceWithRawResponse

        top_level = TopLevelResourceWithRawResponse(client._top_level)
        self.search = top_level.search

    @cached_property
    def account(self) -> AccountResourceWithRawResponse:
        from .resources.account import AccountResourceWithRawResponse

        return AccountResourceWithRawResponse(self._client.account)

    @cached_property
    def collections(self) -> CollectionsResourceWithRawResponse:
        from .resources.collections import CollectionsResourceWithRawResponse

        return CollectionsResourceWithRawResponse(self._client.collections)

    @cached_property
    def deployments(self) -> DeploymentsResourceWithRawResponse:
        from .resources.deployments.deployments import DeploymentsResourceWithRawResponse

        return DeploymentsResourceWithRawResponse(self._client.deployments)

    @cached_property
    def files(self) -> FilesResourceWithRawResponse:
        from .resources.files import FilesResourceWithRawResponse

        return FilesResourceWithRawResponse(self._client.files)

    @cached_property
    def hardware(self) -> HardwareResourceWithRawResponse:
        from .resources.hardware import HardwareResourceWithRawResponse

        return HardwareResourceWithRawResponse(self._client.hardware)

    @cached_property
    def models(self) -> ModelsResourceWithRawResponse:
        from .resources.models.models import ModelsResourceWithRawResponse

        return ModelsResourceWithRawResponse(self._client.models)

    @cached_property
    def predictions(self) -> PredictionsResourceWithRawResponse:
        from .resources.predictions import PredictionsResourceWithRawResponse

        return PredictionsResourceWithRawResponse(self._client.predictions)

    @cached_property
    def trainings(self) -> TrainingsResourceWithRawResponse:
        from .resources.trainings import TrainingsResourceWithRawResponse

        return TrainingsResourceWithRawResponse(self._client.trainings)

    @cached_property
    def webhooks(self) -> WebhooksResourceWithRawResponse:
        from .resources.webhooks.webhooks import WebhooksResourceWithRawResponse

        return WebhooksResourceWithRawResponse(self._client.webhooks)


class AsyncReplicateWithRawResponse:
    def __init__(self, client: AsyncReplicate) -> None:
        self._client = client
        from .resources.top_level import AsyncTopLevelResourceWithRawResponse

        top_level = AsyncTopLevelResourceWithRawResponse(client._top_level)
        self.search = top_level.search

    @cached_property
    def account(self) -> AsyncAccountResourceWithRawResponse:
        from .resources.account import AsyncAccountResourceWithRawResponse

        return AsyncAccountResourceWithRawResponse(self._client.account)

    @cached_property
    def collections(self) -> AsyncCollectionsResourceWithRawResponse:
        from .resources.collections import AsyncCollectionsResourceWithRawResponse

        return AsyncCollectionsResourceWithRawResponse(self._client.collections)

    @cached_property
    def deployments(self) -> AsyncDeploymentsResourceWithRawResponse:
        from .resources.deployments.deployments import AsyncDeploymentsResourceWithRawResponse

        return AsyncDeploymentsResourceWithRawResponse(self._client.deployments)

    @cached_property
    def files(self) -> AsyncFilesResourceWithRawResponse:
        from .resources.files import AsyncFilesResourceWithRawResponse

        return AsyncFilesResourceWithRawResponse(self._client.files)

    @cached_property
    def hardware(self) -> AsyncHardwareResourceWithRawResponse:
        from .resources.hardware import AsyncHardwareResourceWithRawResponse

        return AsyncHardwareResourceWithRawResponse(self._client.hardware)

    @cached_property
    def models(self) -> AsyncModelsResourceWithRawResponse:
        from .resources.models.models import AsyncModelsResourceWithRawResponse

        return AsyncModelsResourceWithRawResponse(self._client.models)

    @cached_property
    def predictions(self) -> AsyncPredictionsResourceWithRawResponse:
        from .resources.predictions import AsyncPredictionsResourceWithRawResponse

        return AsyncPredictionsResourceWithRawResponse(self._client.predictions)

    @cached_property
    def trainings(self) -> AsyncTrainingsResourceWithRawResponse:
        from .resources.trainings import AsyncTrainingsResourceWithRawResponse

        return AsyncTrainingsResourceWithRawResponse(self._client.trainings)

    @cached_property
    def webhooks(self) -> AsyncWebhooksResourceWithRawResponse:
        from .resources.webhooks.webhooks import AsyncWebhooksResourceWithRawResponse

        return AsyncWebhooksResourceWithRawResponse(self._client.webhooks)


class ReplicateWithStreamedResponse:
    def __init__(self, client: Replicate) -> None:
        self._client = client
        from .resources.top_level import TopLevelResourceWithStreamingResponse

        top_level = TopLevelResourceWithStreamingResponse(client._top_level)
        self.search = top_level.search

    @cached_property
    def account(self) -> AccountResourceWithStreamingResponse:
        from .resources.account import AccountResourceWithStreamingResponse

        return AccountResourceWithStreamingResponse(self._client.account)

    @cached_property
    def collections(self) -> CollectionsResourceWithStreamingResponse:
        from .resources.collections import CollectionsResourceWithStreamingResponse

        return CollectionsResourceWithStreamingResponse(self._client.collections)

    @cached_property
    def deployments(self) -> DeploymentsResourceWithStreamingResponse:
        from .resources.deployments.deployments import DeploymentsResourceWithStreamingResponse

        return DeploymentsResourceWithStreamingResponse(self._client.deployments)

    @cached_property
    def files(self) -> FilesResourceWithStreamingResponse:
        from .resources.files import FilesResourceWithStreamingResponse

        return FilesResourceWithStreamingResponse(self._client.files)

    @cached_property
    def hardware(self) -> HardwareResourceWithStreamingResponse:
        from .resources.hardware import HardwareResourceWithStreamingResponse

        return HardwareResourceWithStreamingResponse(self._client.hardware)

    @cached_property
    def models(self) -> ModelsResourceWithStreamingResponse:
        from .resources.models.models import ModelsResourceWithStreamingResponse

        return ModelsResourceWithStreamingResponse(self._client.models)

    @cached_property
    def predictions(self) -> PredictionsResourceWithStreamingResponse:
        from .resources.predictions import PredictionsResourceWithStreamingResponse

        return PredictionsResourceWithStreamingResponse(self._client.predictions)

    @cached_property
    def trainings(self) -> TrainingsResourceWithStreamingResponse:
        from .resources.trainings import TrainingsResourceWithStreamingResponse

        return TrainingsResourceWithStreamingResponse(self._client.trainings)

    @cached_property
    def webhooks(self) -> WebhooksResourceWithStreamingResponse:
        from .resources.webhooks.webhooks import WebhooksResourceWithStreamingResponse

        return WebhooksResourceWithStreamingResponse(self._client.webhooks)


class AsyncReplicateWithStreamedResponse:
    def __init__(self, client: AsyncReplicate) -> None:
        self._client = client
        from .resources.top_level import AsyncTopLevelResourceWithStreamingResponse

        top_level = AsyncTopLevelResourceWithStreamingResponse(client._top_level)
        self.search = top_level.search

    @cached_property
    def account(self) -> AsyncAccountResourceWithStreamingResponse:
        from .resources.account import AsyncAccountResourceWithStreamingResponse

        return AsyncAccountResourceWithStreamingResponse(self._client.account)

    @cached_property
    def collections(self) -> AsyncCollectionsResourceWithStreamingResponse:
        from .resources.collections import AsyncCollectionsResourceWithStreamingResponse

        return AsyncCollectionsResourceWithStreamingResponse(self._client.collections)

    @cached_property
    def deployments(self) -> AsyncDeploymentsResourceWithStreamingResponse:
        from .resources.deployments.deployments import AsyncDeploymentsResourceWithStreamingResponse

        return AsyncDeploymentsResourceWithStreamingResponse(self._client.deployments)

    @cached_property
    def files(self) -> AsyncFilesResourceWithStreamingResponse:
        from .resources.files import AsyncFilesResourceWithStreamingResponse

        return AsyncFilesResourceWithStreamingResponse(self._client.files)

    @cached_property
    def hardware(self) -> AsyncHardwareResourceWithStreamingResponse:
        from .resources.hardware import AsyncHardwareResourceWithStreamingResponse

        return AsyncHardwareResourceWithStreamingResponse(self._client.hardware)

    @cached_property
    def models(self) -> AsyncModelsResourceWithStreamingResponse:
        from .resources.models.models import AsyncModelsResourceWithStreamingResponse

        return AsyncModelsResourceWithStreamingResponse(self._client.models)

    @cached_property
    def predictions(self) -> AsyncPredictionsResourceWithStreamingResponse:
        from .resources.predictions import AsyncPredictionsResourceWithStreamingResponse

        return AsyncPredictionsResourceWithStreamingResponse(self._client.predictions)

    @cached_property
    def trainings(self) -> AsyncTrainingsResourceWithStreamingResponse:
        from .resources.trainings import AsyncTrainingsResourceWithStreamingResponse

        return AsyncTrainingsResourceWithStreamingResponse(self._client.trainings)

    @cached_property
    def webhooks(self) -> AsyncWebhooksResourceWithStreamingResponse:
        from .resources.webhooks.webhooks import AsyncWebhooksResourceWithStreamingResponse

        return AsyncWebhooksResourceWithStreamingResponse(self._client.webhooks)
