"""Bases of the generated resources: each method hands one ``Operation`` and its values here."""

from __future__ import annotations

import copy
from functools import cached_property
from typing import TYPE_CHECKING, Mapping, Optional, TypeVar, cast

from typing_extensions import Literal, Self, TypedDict, Unpack

from ._core import make_call
from ._operation import Operation, RequestOptions

if TYPE_CHECKING:
    from ._base_client import AsyncAPIClient, SyncAPIClient
    from .pagination import AsyncPaginator, SyncCursorURLPage

__all__ = ["AsyncAPIResource", "Mode", "SyncAPIResource", "cached_property"]

T = TypeVar("T")

Mode = Literal["parsed", "raw", "stream"]


class _ResourceBase:
    _mode: Mode = "parsed"

    def _with_mode(self, mode: Mode) -> Self:
        """A copy of this resource whose calls return ``APIResponse`` objects (``raw``/``stream``)."""
        twin = copy.copy(self)
        twin._mode = mode
        return twin


class CallValues(TypedDict, total=False):
    """What a generated method hands its resource's ``_request`` besides the operation (see
    ``_core.make_call``)."""

    path: Optional[Mapping[str, object]]
    query: Optional[Mapping[str, object]]
    headers: Optional[Mapping[str, object]]
    body: object
    options: RequestOptions


class SyncAPIResource(_ResourceBase):
    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def _request(self, op: Operation[T], **values: Unpack[CallValues]) -> T:
        return cast(T, self._client._execute(make_call(op, **values), self._mode))

    def _request_page(self, op: Operation[T], **values: Unpack[CallValues]) -> SyncCursorURLPage[T]:
        return cast("SyncCursorURLPage[T]", self._client._execute(make_call(op, **values), self._mode))


class AsyncAPIResource(_ResourceBase):
    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def _request(self, op: Operation[T], **values: Unpack[CallValues]) -> T:
        return cast(T, await self._client._execute(make_call(op, **values), self._mode))

    def _request_page(self, op: Operation[T], **values: Unpack[CallValues]) -> AsyncPaginator[T]:
        """Parsed mode: an ``AsyncPaginator``. Raw/stream modes: an awaitable ``AsyncAPIResponse``."""
        from .pagination import AsyncPaginator

        call = make_call(op, **values)
        if self._mode == "parsed":
            return AsyncPaginator(self._client, call)
        return cast("AsyncPaginator[T]", self._client._execute(call, self._mode))
