"""Bases of the generated resources: each method hands one ``Operation`` and its values here."""

from __future__ import annotations

import copy
from functools import cached_property
from typing import TYPE_CHECKING, Mapping, Optional, TypeVar, cast

from typing_extensions import Literal, Self

from ._core import make_call
from ._operation import DEFAULT_OPTIONS, Operation, RequestOptions

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


class SyncAPIResource(_ResourceBase):
    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def _request(
        self,
        op: Operation[T],
        *,
        path: Optional[Mapping[str, object]] = None,
        query: Optional[Mapping[str, object]] = None,
        headers: Optional[Mapping[str, object]] = None,
        body: object = None,
        options: RequestOptions = DEFAULT_OPTIONS,
    ) -> T:
        call = make_call(op, path=path, query=query, headers=headers, body=body, options=options)
        return cast(T, self._client._execute(call, self._mode))

    def _request_page(
        self,
        op: Operation[T],
        *,
        path: Optional[Mapping[str, object]] = None,
        query: Optional[Mapping[str, object]] = None,
        headers: Optional[Mapping[str, object]] = None,
        body: object = None,
        options: RequestOptions = DEFAULT_OPTIONS,
    ) -> SyncCursorURLPage[T]:
        call = make_call(op, path=path, query=query, headers=headers, body=body, options=options)
        return cast("SyncCursorURLPage[T]", self._client._execute(call, self._mode))


class AsyncAPIResource(_ResourceBase):
    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def _request(
        self,
        op: Operation[T],
        *,
        path: Optional[Mapping[str, object]] = None,
        query: Optional[Mapping[str, object]] = None,
        headers: Optional[Mapping[str, object]] = None,
        body: object = None,
        options: RequestOptions = DEFAULT_OPTIONS,
    ) -> T:
        call = make_call(op, path=path, query=query, headers=headers, body=body, options=options)
        return cast(T, await self._client._execute(call, self._mode))

    def _request_page(
        self,
        op: Operation[T],
        *,
        path: Optional[Mapping[str, object]] = None,
        query: Optional[Mapping[str, object]] = None,
        headers: Optional[Mapping[str, object]] = None,
        body: object = None,
        options: RequestOptions = DEFAULT_OPTIONS,
    ) -> AsyncPaginator[T]:
        """Parsed mode: an ``AsyncPaginator``. Raw/stream modes: an awaitable ``AsyncAPIResponse``."""
        from .pagination import AsyncPaginator

        call = make_call(op, path=path, query=query, headers=headers, body=body, options=options)
        if self._mode == "parsed":
            return AsyncPaginator(self._client, call)
        return cast("AsyncPaginator[T]", self._client._execute(call, self._mode))
