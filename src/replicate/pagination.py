"""Cursor pages: a list of items and the URLs of the next and previous pages, read from the fields
the operation's ``PageShape`` names (for Replicate: ``results``, ``next``, ``previous``).

``get_next_page()`` GETs the ``next`` URL through the same client (auth, retries, errors). A ``next``
URL seen before raises :class:`PaginationError` instead of looping forever; one on another origin
than the client's base URL is refused with ``ValueError`` so the token never leaves the API.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import (
    TYPE_CHECKING,
    Any,
    AsyncIterator,
    Dict,
    FrozenSet,
    Generator,
    Generic,
    Iterator,
    List,
    Optional,
    Tuple,
    Type,
    TypeVar,
    cast,
)

import httpx
from typing_extensions import Self

from ._exceptions import APIResponseValidationError, ReplicateError
from ._operation import PageShape, RequestOptions

if TYPE_CHECKING:
    from ._base_client import AsyncAPIClient, SyncAPIClient
    from ._core import Call

__all__ = [
    "AsyncCursorPage",
    "AsyncCursorPaginator",
    "AsyncCursorURLPage",
    "AsyncCursorURLPageWithCreatedFilters",
    "AsyncOffsetPage",
    "AsyncOffsetPaginator",
    "AsyncPageNumberPage",
    "AsyncPageNumberPaginator",
    "AsyncPaginator",
    "PageInfo",
    "PaginationError",
    "SyncCursorPage",
    "SyncCursorURLPage",
    "SyncCursorURLPageWithCreatedFilters",
    "SyncOffsetPage",
    "SyncPageNumberPage",
]

# replicate 1.0.x's names (the older interface, replicate.legacy), loaded on first use. Not imported
# for type checkers: this runtime module is also copied into packages generated without `legacy`.
_LEGACY_NAMES = {
    "Page": ".legacy._resources",
    "paginate": ".legacy._default",
    "async_paginate": ".legacy._default",
}


def __getattr__(name: str) -> Any:
    module_name = _LEGACY_NAMES.get(name)
    if module_name is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module_name, __package__), name)


T = TypeVar("T")


@dataclass(frozen=True)
class PageInfo:
    """What `next_page_info()` returns: the URL of the next page."""

    url: httpx.URL


class PaginationError(ReplicateError):
    pass


class _CursorURLPage(Generic[T]):
    results: List[T]
    next: Optional[str]
    previous: Optional[str]

    def __init__(
        self,
        *,
        results: List[T],
        next: Optional[str],
        previous: Optional[str],
        call: Call,
        seen: FrozenSet[str],
        more: Optional[bool] = None,
    ) -> None:
        self.results = results
        self.next = next
        self.previous = previous
        self._call = call
        self._seen = seen
        self._more = more  # the body's `has_more` field, when the page shape names one

    @property
    def items(self) -> List[T]:
        return self.results

    def next_page_info(self) -> Optional[PageInfo]:
        """Where the next page is (its URL), or None on the last page."""
        return PageInfo(url=httpx.URL(self.next)) if self.has_next_page() and self.next else None

    def has_next_page(self) -> bool:
        shape = self._call.op.page
        if shape is None or shape.style == "cursor_url":
            return bool(self.next)
        if self._more is False:
            return False
        if shape.style == "cursor":
            return bool(self.next)
        return self._more is True or bool(self.results)

    def _next_call(self) -> Call:
        if not self.has_next_page():
            raise PaginationError(
                "This is the last page: there is no next page to fetch. Check has_next_page() first."
            )
        shape = self._call.op.page
        if shape is not None and shape.style != "cursor_url":
            return self._next_by_parameter(shape)
        assert self.next is not None
        if self.next in self._seen:
            raise PaginationError(
                f"The API returned a next-page URL seen before ({self.next}); stopping to avoid an endless loop."
            )
        options = self._call.options
        return replace(
            self._call,
            op=replace(self._call.op, method="get", body=None),
            target=self.next,
            query={},
            body=None,
            options=RequestOptions(options.extra_headers, None, None, options.timeout),
        )

    def _next_by_parameter(self, shape: PageShape) -> Call:
        """The same request with the cursor, offset or page number of the next page."""
        current = self._call.query.get(shape.param)
        if shape.style == "cursor":
            if self.next in self._seen:
                raise PaginationError(
                    f"The API returned a cursor seen before ({self.next}); stopping to avoid an endless loop."
                )
            value: object = self.next
        elif shape.style == "offset":
            value = _as_int(current, 0) + len(self.results)
        else:
            value = _as_int(current, 1) + 1
        return replace(self._call, query={**self._call.query, shape.param: value})

    def __len__(self) -> int:
        return len(self.results)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(results=<{len(self.results)} items>, next={self.next!r}, previous={self.previous!r})"


def _as_int(value: object, default: int) -> int:
    return int(cast(Any, value)) if isinstance(value, (int, str)) and str(value).isdigit() else default


_DECODE: Any = object()


def page_fields(call: Call, response: httpx.Response, data: object = _DECODE) -> Dict[str, Any]:
    """The constructor arguments of a page, shared by the sync and async page types.

    Without ``data``, the body is decoded and validated here in pydantic-core (``parse_page_json``:
    in one pass for a small page, decoded then validated for a large one).
    With ``data`` (already decoded JSON), the items are validated in one call (``parse_list_as``).
    """
    shape = call.op.page
    assert shape is not None, "page_fields is only called for list operations"
    by_url = shape.style == "cursor_url"
    if data is _DECODE:
        items, next_link, previous_link = _decode_page(call, response)
    else:
        from ._models import parse_list_as

        body: Dict[str, Any] = cast(Dict[str, Any], data) if isinstance(data, dict) else {}
        raw_items: object = body.get(shape.items) or []
        items = (
            parse_list_as(call.op.cast_to, cast(List[object], raw_items))
            if isinstance(raw_items, list)
            else []
        )
        next_link, previous_link = body.get(shape.next), body.get(_third_name(shape))

    def absolute(link: object) -> Optional[str]:
        if not isinstance(link, str) or not link:
            return None
        if link.startswith(("https://", "http://")):  # the usual case; joining costs two URL parses
            return link
        return str(response.url.join(link))

    if not by_url:
        cursor = next_link if isinstance(next_link, str) and next_link else None
        seen: FrozenSet[str] = frozenset(
            {str(call.query.get(shape.param))} if shape.style == "cursor" else ()
        )
        more = previous_link if shape.has_more and isinstance(previous_link, bool) else None
        return {"results": items, "next": cursor, "previous": None, "call": call, "seen": seen, "more": more}
    return {
        "results": items,
        "next": absolute(next_link),
        "previous": absolute(previous_link),
        "call": call,
        "seen": frozenset({str(response.url)}),
    }


def _third_name(shape: PageShape) -> str:
    """The third field a page body is read for: the previous page's URL, or the `has_more` flag."""
    return shape.previous if shape.style == "cursor_url" else shape.has_more


def _decode_page(call: Call, response: httpx.Response) -> Tuple[List[Any], object, object]:
    from ._models import parse_page_json

    shape = call.op.page
    assert shape is not None
    content = response.content
    if not content:
        return [], None, None
    try:
        return parse_page_json(call.op.cast_to, content, (shape.items, shape.next, _third_name(shape)))
    except ValueError as exc:
        raise APIResponseValidationError(
            response=response, body=response.text, message=f"Invalid JSON in response: {exc}"
        ) from exc


class _SyncPage(_CursorURLPage[T]):
    def __init__(self, *, client: SyncAPIClient, **fields: Any) -> None:
        super().__init__(**fields)
        self._client = client

    def get_next_page(self) -> Self:
        return self._fetch(self._client, self._next_call(), self._seen)

    @classmethod
    def _fetch(cls, client: SyncAPIClient, call: Call, seen: FrozenSet[str]) -> Self:
        page = cast(Self, client._execute(call, "parsed"))
        page._seen = page._seen | seen
        return page

    def iter_pages(self) -> Iterator[Self]:
        page = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = page.get_next_page()

    def __iter__(self) -> Iterator[T]:
        yield from self.results
        page = self
        while page.has_next_page():
            # The previous page is let go before the next is fetched: a page of large items is a
            # large tree, and each one kept alive is walked again by every full garbage collection.
            call, seen = page._next_call(), page._seen
            del page
            page = self._fetch(self._client, call, seen)
            yield from page.results


class _AsyncPage(_CursorURLPage[T]):
    def __init__(self, *, client: AsyncAPIClient, **fields: Any) -> None:
        super().__init__(**fields)
        self._client = client

    async def get_next_page(self) -> Self:
        return await self._fetch(self._client, self._next_call(), self._seen)

    @classmethod
    async def _fetch(cls, client: AsyncAPIClient, call: Call, seen: FrozenSet[str]) -> Self:
        page = cast(Self, await client._execute(call, "parsed"))
        page._seen = page._seen | seen
        return page

    async def iter_pages(self) -> AsyncIterator[Self]:
        page = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = await page.get_next_page()

    async def __aiter__(self) -> AsyncIterator[T]:
        for item in self.results:
            yield item
        page = self
        while page.has_next_page():
            call, seen = page._next_call(), page._seen  # as _SyncPage.__iter__
            del page
            page = await self._fetch(self._client, call, seen)
            for item in page.results:
                yield item


# One page class per pagination style (the operation's PageShape.style), named for it; they differ
# only in how the next page is asked for, which `_CursorURLPage` reads from the shape.
class SyncCursorURLPage(_SyncPage[T]):
    """The next page is the URL in the body's `next` field."""


class AsyncCursorURLPage(_AsyncPage[T]):
    """The next page is the URL in the body's `next` field."""


class SyncCursorPage(_SyncPage[T]):
    """The next page is the same request with the cursor the body names."""


class AsyncCursorPage(_AsyncPage[T]):
    """The next page is the same request with the cursor the body names."""


class SyncOffsetPage(_SyncPage[T]):
    """The next page is the same request with the offset moved past this page's items."""


class AsyncOffsetPage(_AsyncPage[T]):
    """The next page is the same request with the offset moved past this page's items."""


class SyncPageNumberPage(_SyncPage[T]):
    """The next page is the same request with the next page number."""


class AsyncPageNumberPage(_AsyncPage[T]):
    """The next page is the same request with the next page number."""


_AsyncPageT = TypeVar("_AsyncPageT", bound="_AsyncPage[Any]")


class _Paginator(Generic[T, _AsyncPageT]):
    """``await`` it for the first page; ``async for`` over it for every item of every page."""

    def __init__(self, client: AsyncAPIClient, call: Call) -> None:
        self._client = client
        self._call = call

    async def _first_page(self) -> _AsyncPageT:
        return cast(_AsyncPageT, await self._client._execute(self._call, "parsed"))

    def __await__(self) -> Generator[Any, None, _AsyncPageT]:
        return self._first_page().__await__()

    async def __aiter__(self) -> AsyncIterator[T]:
        page = await self._first_page()
        async for item in page:
            yield item


class AsyncPaginator(_Paginator[T, AsyncCursorURLPage[T]]):
    pass


class AsyncCursorPaginator(_Paginator[T, AsyncCursorPage[T]]):
    pass


class AsyncOffsetPaginator(_Paginator[T, AsyncOffsetPage[T]]):
    pass


class AsyncPageNumberPaginator(_Paginator[T, AsyncPageNumberPage[T]]):
    pass


# PageShape.style ► (sync page, async page, async paginator)
PAGE_CLASSES: Dict[str, Tuple[Type[_SyncPage[Any]], Type[_AsyncPage[Any]], Type[_Paginator[Any, Any]]]] = {
    "cursor_url": (SyncCursorURLPage, AsyncCursorURLPage, AsyncPaginator),
    "cursor": (SyncCursorPage, AsyncCursorPage, AsyncCursorPaginator),
    "offset": (SyncOffsetPage, AsyncOffsetPage, AsyncOffsetPaginator),
    "page": (SyncPageNumberPage, AsyncPageNumberPage, AsyncPageNumberPaginator),
}


# The page names the published 2.0 betas also exported (listed as deprecated in api.md, from
# codegen/config.yaml `page_aliases`): the same classes.
SyncCursorURLPageWithCreatedFilters = SyncCursorURLPage
AsyncCursorURLPageWithCreatedFilters = AsyncCursorURLPage
