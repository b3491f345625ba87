"""Putting one request on the wire, for the drivers in ``_base_client.py``.

With the httpx client this package created, a request goes straight to the client's transport (the
one httpx would pick for the URL, so proxies from the environment still apply). ``Client.send``
around it adds nothing such a client needs, at a measured cost of 10-20% of a loopback
``predictions.get``: cookie extraction (through ``urllib`` compatibility objects, on every
response; this package builds its requests itself and never sends cookies), an auth flow it has
no use for, event hooks it has none of.
What ``send`` does that matters is kept: the closed-client check, ``response.request``,
``response.elapsed``, the request on a transport error, and redirects (a redirect response hands
over to ``send`` for the next hop, which strips ``Authorization`` when the origin changes). A
client the caller passed in goes through ``send`` for everything, so its hooks, auth and cookies
apply.

Under asyncio, a response's close runs as its own task: httpcore (1.0.9) hands the connection
back to its pool after taking an anyio lock, which yields to the event loop once, and a
``task.cancel()`` landing on that yield leaves the connection marked active with no request on it,
never reused or reaped. Each such cancel would cost a pool slot for the life of the client, until
requests fail with ``PoolTimeout``. Shielded, the caller's cancellation propagates at once and the
close still completes.

httpcore has a second such window on the way in: the pool adds a new connection before it has
served a request, and an interrupt landing between the two (task cancellation at the connection's
first lock, or a KeyboardInterrupt) leaves it neither idle, nor closed, nor held by any request.
When a send ends in an interrupt, :func:`_release_orphans` closes and removes such connections.
"""

from __future__ import annotations

import datetime
import time
from typing import TYPE_CHECKING, Any, AsyncIterator, Iterator, List

import httpx

if TYPE_CHECKING:
    import asyncio  # asyncio and anyio are imported where used: a synchronous client never needs them

__all__ = ["can_send_directly", "transmit", "transmit_async"]


def can_send_directly(client: httpx.Client | httpx.AsyncClient) -> bool:
    """Whether this httpx version still has the two hooks the direct path relies on."""
    return all(
        callable(getattr(client, name, None)) for name in ("_transport_for_url", "_build_redirect_request")
    )


def transmit(client: httpx.Client, request: httpx.Request, *, direct: bool) -> httpx.Response:
    if not direct:
        try:
            return client.send(request, stream=True)
        except BaseException as exc:
            if not isinstance(exc, Exception):
                _release_orphans(client, request)
            raise
    if client.is_closed:
        raise RuntimeError("Cannot send a request, as the client has been closed.")
    transport: httpx.BaseTransport = client._transport_for_url(request.url)  # pyright: ignore[reportPrivateUsage]
    start = time.perf_counter()
    try:
        response = transport.handle_request(request)
    except httpx.RequestError as exc:
        exc.request = request
        raise
    except BaseException as exc:
        if not isinstance(exc, Exception):
            _release_orphans(client, request)
        raise
    response.request = request
    response.stream = _TimedStream(response.stream, response, start)  # type: ignore[arg-type]
    if response.has_redirect_location and client.follow_redirects:
        response.read()
        next_request = client._build_redirect_request(request, response)  # pyright: ignore[reportPrivateUsage]
        final = client.send(next_request, stream=True)
        final.history = [response, *final.history]
        return final
    return response


async def transmit_async(
    client: httpx.AsyncClient, request: httpx.Request, *, direct: bool
) -> httpx.Response:
    shielded = _under_asyncio()
    if not direct:
        try:
            response = await client.send(request, stream=True)
        except BaseException as exc:
            if not isinstance(exc, Exception):
                await _release_orphans_async(client, request)
            raise
        if shielded:
            response.stream = _AsyncTimedStream(response.stream, response, None, shielded)  # type: ignore[arg-type]
        return response
    if client.is_closed:
        raise RuntimeError("Cannot send a request, as the client has been closed.")
    transport: httpx.AsyncBaseTransport = client._transport_for_url(request.url)  # pyright: ignore[reportPrivateUsage]
    start = time.perf_counter()
    try:
        response = await transport.handle_async_request(request)
    except httpx.RequestError as exc:
        exc.request = request
        raise
    except BaseException as exc:
        if not isinstance(exc, Exception):
            await _release_orphans_async(client, request)
        raise
    response.request = request
    response.stream = _AsyncTimedStream(response.stream, response, start, shielded)  # type: ignore[arg-type]
    if response.has_redirect_location and client.follow_redirects:
        await response.aread()
        next_request = client._build_redirect_request(request, response)  # pyright: ignore[reportPrivateUsage]
        final = await transmit_async(client, next_request, direct=False)
        final.history = [response, *final.history]
        return final
    return response


def _orphans(client: httpx.Client | httpx.AsyncClient, request: httpx.Request) -> List[Any]:
    """The connections of the request's httpcore pool that were made but never served a request and
    that no request holds (see the module docstring); empty for any pool this does not recognise."""
    transport_for_url = getattr(client, "_transport_for_url", None)
    pool = getattr(transport_for_url(request.url), "_pool", None) if callable(transport_for_url) else None
    connections: Any = getattr(pool, "_connections", None)
    requests: Any = getattr(pool, "_requests", None)
    if not isinstance(connections, list) or not isinstance(requests, list):
        return []
    pooled: List[Any] = connections  # pyright: ignore[reportUnknownVariableType]
    waiting: List[Any] = requests  # pyright: ignore[reportUnknownVariableType]
    held = {id(getattr(pool_request, "connection", None)) for pool_request in waiting}
    found = [connection for connection in pooled if id(connection) not in held and _never_served(connection)]
    for connection in found:
        pooled.remove(connection)
    return found


def _never_served(connection: object) -> bool:
    inner = getattr(connection, "_connection", False)
    if inner is None:  # made, never connected, and not failed either
        return getattr(connection, "_connect_failed", None) is False
    state = getattr(inner, "_state", None)
    return getattr(state, "name", None) == "NEW"


def _release_orphans(client: httpx.Client, request: httpx.Request) -> None:
    for connection in _orphans(client, request):
        connection.close()


async def _release_orphans_async(client: httpx.AsyncClient, request: httpx.Request) -> None:
    orphans = _orphans(client, request)
    if orphans:
        import anyio

        with anyio.CancelScope(shield=True):  # trio: the cancelled scope would stop the close too
            for connection in orphans:
                await connection.aclose()


def _under_asyncio() -> bool:
    """Another event loop (trio) cancels through scopes, which respect httpcore's own shields."""
    import asyncio

    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True


class _TimedStream(httpx.SyncByteStream):
    """Sets ``response.elapsed`` when the body is closed, as httpx's own client does."""

    def __init__(self, stream: httpx.SyncByteStream, response: httpx.Response, start: float) -> None:
        self._stream = stream
        self._response = response
        self._start = start

    def __iter__(self) -> Iterator[bytes]:
        return iter(self._stream)

    def close(self) -> None:
        self._response.elapsed = datetime.timedelta(seconds=time.perf_counter() - self._start)
        self._stream.close()


class _AsyncTimedStream(httpx.AsyncByteStream):
    """Sets ``response.elapsed`` on close (unless httpx's client already does: ``start`` is None),
    and closes in a shielded task under asyncio."""

    def __init__(
        self, stream: httpx.AsyncByteStream, response: httpx.Response, start: float | None, shielded: bool
    ) -> None:
        self._stream = stream
        self._response = response
        self._start = start
        self._shielded = shielded

    def __aiter__(self) -> AsyncIterator[bytes]:
        return self._stream.__aiter__()

    async def aclose(self) -> None:
        if self._start is not None:
            self._response.elapsed = datetime.timedelta(seconds=time.perf_counter() - self._start)
        if not self._shielded:
            await self._stream.aclose()
            return
        import asyncio

        close = asyncio.ensure_future(self._stream.aclose())
        try:
            await asyncio.shield(close)
        except asyncio.CancelledError:
            close.add_done_callback(_ignore_outcome)  # nobody awaits it now: no "never retrieved" noise
            raise


def _ignore_outcome(task: asyncio.Future[None]) -> None:
    if not task.cancelled():
        task.exception()
