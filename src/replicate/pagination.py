"""Cursor pages: a list of items and the URLs of the next and previous pages, read from the fields
the operation's ``PageShape`` names (for Replicate: ``results``, ``next``, ``previous``).

``get_next_page()`` GETs the ``next`` URL through the same client (auth, retries, errors). A ``next``
URL seen before raises :class:`PaginationError` instead of looping forever; one on another origin
than the client's base URL is refused with ``ValueError`` so the token never leaves the API.
"""

from __future__ import annotations

from dataclasses import replace
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
    TypeVar,
    cast,
)

import httpx

from ._exceptions import ReplicateError
from ._operation import RequestOptions

if TYPE_CHECKING:
    from ._base_client import AsyncAPIClient, SyncAPIClient
    from ._core import Call

__all__ = ["AsyncCursorURLPage", "AsyncPaginator", "PaginationError", "SyncCursorURLPage"]

T = TypeVar("T")


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
    ) -> None:
        self.results = results
        self.next = next
        self.previous = previous
        self._call = call
        self._seen = seen

    @property
    def items(self) -> List[T]:
        return self.results

    def has_next_page(self) -> bool:
        return bool(self.next)

    def _next_call(self) -> Call:
        if not self.next:
            raise PaginationError(
                "This is the last page: there is no next page to fetch. Check has_next_page() first."
            )
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

    def __len__(self) -> int:
        return len(self.results)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(results=<{len(self.results)} items>, next={self.next!r}, previous={self.previous!r})"


def page_fields(call: Call, response: httpx.Response, data: object) -> Dict[str, Any]:
    """The constructor arguments of a page, shared by the sync and async page types."""
    from ._models import parse_as

    shape = call.op.page
    assert shape is not None, "page_fields is only called for list operations"
    body: Dict[str, Any] = cast(Dict[str, Any], data) if isinstance(data, dict) else {}
    raw_items = cast(List[object], body.get(shape.items) or [])
    items = [parse_as(call.op.cast_to, item) for item in raw_items]

    def absolute(link: object) -> Optional[str]:
        return str(response.url.join(link)) if isinstance(link, str) and link else None

    return {
        "results": items,
        "next": absolute(body.get(shape.next)),
        "previous": absolute(body.get(shape.previous)),
        "call": call,
        "seen": frozenset({str(response.url)}),
    }


class SyncCursorURLPage(_CursorURLPage[T]):
    def __init__(self, *, client: SyncAPIClient, **fields: Any) -> None:
        super().__init__(**fields)
        self._client = client

    def get_next_page(self) -> SyncCursorURLPage[T]:
        call = self._next_call()
        page = cast("SyncCursorURLPage[T]", self._client._execute(call, "parsed"))
        page._seen = page._seen | self._seen
        return page

    def iter_pages(self) -> Iterator[SyncCursorURLPage[T]]:
        page = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = page.get_next_page()

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            yield from page.results


class AsyncCursorURLPage(_CursorURLPage[T]):
    def __init__(self, *, client: AsyncAPIClient, **fields: Any) -> None:
        super().__init__(**fields)
        self._client = client

    async def get_next_page(self) -> AsyncCursorURLPage[T]:
        call = self._next_call()
        page = cast("AsyncCursorURLPage[T]", await self._client._execute(call, "parsed"))
        page._seen = page._seen | self._seen
        return page

    async def iter_pages(self) -> AsyncIterator[AsyncCursorURLPage[T]]:
        page = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = await page.get_next_page()

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.iter_pages():
            for item in page.results:
                yield item


class AsyncPaginator(Generic[T]):
    """``await`` it for the first page; ``async for`` over it for every item of every page."""

    def __init__(self, client: AsyncAPIClient, call: Call) -> None:
        self._client = client
        self._call = call

    async def _first_page(self) -> AsyncCursorURLPage[T]:
        return cast("AsyncCursorURLPage[T]", await self._client._execute(self._call, "parsed"))

    def __await__(self) -> Generator[Any, None, AsyncCursorURLPage[T]]:
        return self._first_page().__await__()

    async def __aiter__(self) -> AsyncIterator[T]:
        page = await self._first_page()
        async for item in page:
            yield item
