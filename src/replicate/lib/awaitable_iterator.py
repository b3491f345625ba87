"""`AwaitableAsyncIterator`: an async iterator that may also be awaited first.

The 2.0 betas and the older client document `async for event in await client.stream(...)`; seed
002 documents `async for event in client.stream(...)`. An object that is both lets both run.
"""

from __future__ import annotations

from typing import AsyncIterator, Generator, TypeVar

__all__ = ["AwaitableAsyncIterator"]

T = TypeVar("T")


class AwaitableAsyncIterator(AsyncIterator[T]):
    """Iterates `items`; `await` on it gives the iterator itself."""

    def __init__(self, items: AsyncIterator[T]) -> None:
        self._items = items

    def __aiter__(self) -> AwaitableAsyncIterator[T]:
        return self

    async def __anext__(self) -> T:
        return await self._items.__anext__()

    def __await__(self) -> Generator[None, None, AwaitableAsyncIterator[T]]:
        return self._itself().__await__()

    async def _itself(self) -> AwaitableAsyncIterator[T]:
        return self

    async def aclose(self) -> None:
        """Closes the underlying generator (and so its HTTP stream) early."""
        close = getattr(self._items, "aclose", None)
        if close is not None:
            await close()
