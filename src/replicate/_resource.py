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
    from .pagination import (
        AsyncCursorPaginator,
        AsyncOffsetPaginator,
        AsyncPageNumberPaginator,
        AsyncPaginator,
        SyncCursorPage,
        SyncCursorURLPage,
        SyncOffsetPage,
        SyncPageNumberPage,
    )

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

    # One method per pagination style, each typed with its page class (the runtime picks the class
    # from the operation's PageShape): cursor URLs, cursor parameter, offset, page number.
    def _request_page(self, op: Operation[T], **values: Unpack[CallValues]) -> SyncCursorURLPage[T]:
        return cast("SyncCursorURLPage[T]", self._client._execute(make_call(op, **values), self._mode))

    def _request_cursor_page(self, op: Operation[T], **values: Unpack[CallValues]) -> SyncCursorPage[T]:
        return cast("SyncCursorPage[T]", self._client._execute(make_call(op, **values), self._mode))

    def _request_offset_page(self, op: Operation[T], **values: Unpack[CallValues]) -> SyncOffsetPage[T]:
        return cast("SyncOffsetPage[T]", self._client._execute(make_call(op, **values), self._mode))

    def _request_page_number_page(
        self, op: Operation[T], **values: Unpack[CallValues]
    ) -> SyncPageNumberPage[T]:
        return cast("SyncPageNumberPage[T]", self._client._execute(make_call(op, **values), self._mode))


class AsyncAPIResource(_ResourceBase):
    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def _request(self, op: Operation[T], **values: Unpack[CallValues]) -> T:
        return cast(T, await self._client._execute(make_call(op, **values), self._mode))

    def _request_page(self, op: Operation[T], **values: Unpack[CallValues]) -> AsyncPaginator[T]:
        """Parsed mode: an ``AsyncPaginator``. Raw/stream modes: an awaitable ``AsyncAPIResponse``."""
        return cast("AsyncPaginator[T]", self._paginate(op, values))

    def _request_cursor_page(self, op: Operation[T], **values: Unpack[CallValues]) -> AsyncCursorPaginator[T]:
        return cast("AsyncCursorPaginator[T]", self._paginate(op, values))

    def _request_offset_page(self, op: Operation[T], **values: Unpack[CallValues]) -> AsyncOffsetPaginator[T]:
        return cast("AsyncOffsetPaginator[T]", self._paginate(op, values))

    def _request_page_number_page(
        self, op: Operation[T], **values: Unpack[CallValues]
    ) -> AsyncPageNumberPaginator[T]:
        return cast("AsyncPageNumberPaginator[T]", self._paginate(op, values))

    def _paginate(self, op: Operation[T], values: CallValues) -> object:
        """The paginator of the operation's pagination style; raw/stream modes: an awaitable response."""
        from .pagination import PAGE_CLASSES

        call = make_call(op, **values)
        if self._mode == "parsed":
            return PAGE_CLASSES[op.page.style if op.page is not None else "cursor_url"][2](self._client, call)
        return self._client._execute(call, self._mode)
