"""Closing the older interface's per-event-loop async clients when their event loop ends.

``Client.async_typed`` keeps one ``AsyncReplicate`` per running event loop, created on first use,
so programs that never close it (1.0.x's never closed its httpx client) would leave its
connections open once ``asyncio.run(...)`` or ``trio.run(...)`` returns. Both loops finalize the
async generators still suspended when they end (asyncio's ``shutdown_asyncgens``, trio's own
finalizer): a generator suspended on first use closes the client then, inside the loop.
"""

from __future__ import annotations

from typing import AsyncGenerator, Awaitable, Callable, Optional

__all__ = ["close_when_loop_ends"]


def close_when_loop_ends(close: Callable[[], Awaitable[None]]) -> Optional[AsyncGenerator[None, None]]:
    """Arrange for ``close()`` to run when the running event loop ends. Returns the generator
    that does it (keep a reference to it as long as the client), or None under another library."""
    import sniffio

    async def closer() -> AsyncGenerator[None, None]:
        try:
            yield
        finally:
            await close()

    generator = closer()

    async def start() -> None:
        await generator.__anext__()

    library = sniffio.current_async_library()
    if library == "asyncio":
        import asyncio

        asyncio.get_running_loop().create_task(start())
    elif library == "trio":
        import trio

        trio.lowlevel.spawn_system_task(start)
    else:
        return None
    return generator
