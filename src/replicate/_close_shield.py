"""Closing a response body so that an asyncio task cancellation cannot interrupt it halfway.

httpcore (1.0.9) returns a connection to its pool in ``_response_closed``, which first takes an
anyio lock; taking that lock yields to the event loop once. A ``task.cancel()`` that lands on that
yield escapes the close after the response was marked closed but before the connection was marked
idle: the connection stays "active" with no request on it, and the pool never reuses or reaps it.
Each such cancel costs one pool slot for the life of the client, until requests fail with
``PoolTimeout``.

Running the close as its own task and awaiting it through ``asyncio.shield`` lets the caller's
cancellation propagate at once while the close still completes.
"""

from __future__ import annotations

import asyncio
from typing import AsyncIterator

import httpx

__all__ = ["shield_close"]


class _ShieldedCloseStream(httpx.AsyncByteStream):
    def __init__(self, stream: httpx.AsyncByteStream) -> None:
        self._stream = stream

    def __aiter__(self) -> AsyncIterator[bytes]:
        return self._stream.__aiter__()

    async def aclose(self) -> None:
        await asyncio.shield(asyncio.ensure_future(self._stream.aclose()))


def shield_close(response: httpx.Response) -> None:
    """Make ``response``'s close run to the end even if the task closing it is cancelled (asyncio only)."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:  # another event loop (trio): its cancel scopes respect httpcore's shields
        return
    stream = response.stream
    if isinstance(stream, httpx.AsyncByteStream):
        response.stream = _ShieldedCloseStream(stream)
