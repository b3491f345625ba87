"""Response wrappers: raw/streamed ``APIResponse`` objects, binary bodies, and the twin wrappers."""

from __future__ import annotations

import contextlib
import datetime
import functools
import os
from types import TracebackType
from typing import (
    Any,
    AsyncIterator,
    Awaitable,
    Callable,
    Generator,
    Generic,
    Iterator,
    Optional,
    Type,
    TypeVar,
    Union,
    cast,
)

import httpx
from typing_extensions import ParamSpec, Self

from ._exceptions import connection_error_from

__all__ = [
    "APIResponse",
    "AsyncAPIResponse",
    "AsyncBinaryResponse",
    "AsyncResponseContextManager",
    "BinaryResponse",
    "ResponseContextManager",
    "async_to_raw_response_wrapper",
    "async_to_streamed_response_wrapper",
    "to_raw_response_wrapper",
    "to_streamed_response_wrapper",
]

P = ParamSpec("P")
R = TypeVar("R")
T = TypeVar("T")
_APIResponseT = TypeVar("_APIResponseT", bound="APIResponse[Any]")
_AsyncAPIResponseT = TypeVar("_AsyncAPIResponseT", bound="AsyncAPIResponse[Any]")

StrPath = Union[str, "os.PathLike[str]"]


@contextlib.contextmanager
def _typed_errors(response: httpx.Response) -> Generator[None, None, None]:
    """A transport failure while reading a body after the call returned: the package's typed error."""
    try:
        yield
    except httpx.TransportError as exc:
        raise connection_error_from(exc, response.request) from exc


class _ResponseInfo:
    """What sync and async responses share: metadata that needs no I/O."""

    def __init__(self, raw: httpx.Response, retries_taken: int) -> None:
        self.http_response = raw
        self.retries_taken = retries_taken

    @property
    def http_request(self) -> httpx.Request:
        return self.http_response.request

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def url(self) -> httpx.URL:
        return self.http_response.url

    @property
    def elapsed(self) -> datetime.timedelta:
        """Time from sending to the end of the body (available once the body is read or closed)."""
        return self.http_response.elapsed

    @property
    def is_closed(self) -> bool:
        return self.http_response.is_closed

    def __repr__(self) -> str:
        return f"<{type(self).__name__} [{self.status_code} {self.http_response.reason_phrase}] {self.http_request.method} {self.url}>"


class _SyncBody(_ResponseInfo):
    """Reading the whole body, for the sync responses."""

    def read(self) -> bytes:
        try:
            with _typed_errors(self.http_response):
                return self.http_response.read()
        finally:
            self.http_response.close()

    def text(self) -> str:
        self.read()
        return self.http_response.text

    def json(self) -> object:
        self.read()
        return self.http_response.json()


class _AsyncBody(_ResponseInfo):
    """Reading the whole body, for the async responses."""

    async def read(self) -> bytes:
        try:
            with _typed_errors(self.http_response):
                return await self.http_response.aread()
        finally:
            await self.http_response.aclose()

    async def text(self) -> str:
        await self.read()
        return self.http_response.text

    async def json(self) -> object:
        await self.read()
        return self.http_response.json()


class _Parsed(_ResponseInfo, Generic[T]):
    """What sync and async API responses share: the parser of the body, and its result once parsed."""

    def __init__(
        self,
        raw: httpx.Response,
        *,
        parser: Callable[[httpx.Response], T],
        retries_taken: int = 0,
        streams_body: bool = False,
    ) -> None:
        super().__init__(raw, retries_taken)
        self._parser = parser
        self._streams_body = streams_body
        self._parsed: Any = _UNPARSED

    def _must_read(self) -> bool:
        """Whether `parse()` reads the body first: not once parsed, nor a binary body (streamed)."""
        return self._parsed is _UNPARSED and not self._streams_body

    def _parse_once(self) -> T:
        if self._parsed is _UNPARSED:
            self._parsed = self._parser(self.http_response)
        return cast(T, self._parsed)


class APIResponse(_SyncBody, _Parsed[T]):
    """A response from the API with its body either read (raw mode) or not yet read (stream mode)."""

    def parse(self) -> T:
        """The declared return type of the call (cached). Reads the body unless it is binary."""
        if self._must_read():
            self.read()
        return self._parse_once()

    def iter_bytes(self, chunk_size: Optional[int] = None) -> Iterator[bytes]:
        with _typed_errors(self.http_response):
            yield from self.http_response.iter_bytes(chunk_size)

    def iter_text(self, chunk_size: Optional[int] = None) -> Iterator[str]:
        with _typed_errors(self.http_response):
            yield from self.http_response.iter_text(chunk_size)

    def iter_lines(self) -> Iterator[str]:
        with _typed_errors(self.http_response):
            yield from self.http_response.iter_lines()

    def write_to_file(self, file: StrPath) -> None:
        """Writes the body into `file`: read whole in raw mode, streamed in streaming mode."""
        try:
            _write_chunks(file, self.iter_bytes())
        finally:
            self.http_response.close()

    stream_to_file = write_to_file

    def close(self) -> None:
        self.http_response.close()


class AsyncAPIResponse(_AsyncBody, _Parsed[T]):
    async def parse(self) -> T:
        if self._must_read():
            await self.read()
        return self._parse_once()

    async def iter_bytes(self, chunk_size: Optional[int] = None) -> AsyncIterator[bytes]:
        with _typed_errors(self.http_response):
            async for chunk in self.http_response.aiter_bytes(chunk_size):
                yield chunk

    async def iter_text(self, chunk_size: Optional[int] = None) -> AsyncIterator[str]:
        with _typed_errors(self.http_response):
            async for chunk in self.http_response.aiter_text(chunk_size):
                yield chunk

    async def iter_lines(self) -> AsyncIterator[str]:
        with _typed_errors(self.http_response):
            async for line in self.http_response.aiter_lines():
                yield line

    async def write_to_file(self, file: StrPath) -> None:
        try:
            await _async_write_chunks(file, self.iter_bytes())
        finally:
            await self.http_response.aclose()

    stream_to_file = write_to_file

    async def close(self) -> None:
        await self.http_response.aclose()


class _Unparsed:
    pass


_UNPARSED = _Unparsed()


class _Binary(_ResponseInfo):
    """What the sync and async binary responses share."""

    def __init__(self, response: httpx.Response, retries_taken: int = 0) -> None:
        super().__init__(response, retries_taken)

    @property
    def response(self) -> httpx.Response:
        return self.http_response

    def __repr__(self) -> str:
        return f"<{type(self).__name__} [{self.status_code}] {self.headers.get('content-type', '')}>"


class BinaryResponse(_SyncBody, _Binary):
    """A binary body (file download, archive...) that is streamed, not loaded, until asked.

    The interface of the published 2.0 betas' `BinaryAPIResponse`: `read()`, `text()`, `json()`,
    `iter_bytes()`, `write_to_file(path)`, `status_code`, `headers`, `http_request`, `is_closed`."""

    @property
    def content(self) -> bytes:
        return self.read()

    def iter_bytes(self, chunk_size: Optional[int] = None) -> Iterator[bytes]:
        try:
            with _typed_errors(self.http_response):
                yield from self.http_response.iter_bytes(chunk_size)
        finally:
            self.http_response.close()

    def write_to_file(self, file: StrPath) -> None:
        """Streams the body into `file` (never held in memory whole)."""
        _write_chunks(file, self.iter_bytes())

    stream_to_file = write_to_file

    def close(self) -> None:
        self.http_response.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncBinaryResponse(_AsyncBody, _Binary):
    """`BinaryResponse` for the async client: the same members, awaited."""

    @property
    def content(self) -> bytes:
        """The body once :meth:`read` has been awaited."""
        return self.http_response.content

    async def iter_bytes(self, chunk_size: Optional[int] = None) -> AsyncIterator[bytes]:
        try:
            with _typed_errors(self.http_response):
                async for chunk in self.http_response.aiter_bytes(chunk_size):
                    yield chunk
        finally:
            await self.http_response.aclose()

    async def write_to_file(self, file: StrPath) -> None:
        await _async_write_chunks(file, self.iter_bytes())

    stream_to_file = write_to_file

    async def close(self) -> None:
        await self.http_response.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()


def _write_chunks(file: StrPath, chunks: Iterator[bytes]) -> None:
    with open(file, "wb") as out:
        for chunk in chunks:
            out.write(chunk)


async def _async_write_chunks(file: StrPath, chunks: AsyncIterator[bytes]) -> None:
    with open(file, "wb") as out:
        async for chunk in chunks:
            out.write(chunk)


class ResponseContextManager(Generic[_APIResponseT]):
    """Sends the request on ``__enter__`` and closes the response on ``__exit__``."""

    def __init__(self, request_func: Callable[[], _APIResponseT]) -> None:
        self._request_func = request_func
        self._response: Optional[_APIResponseT] = None

    def __enter__(self) -> _APIResponseT:
        self._response = self._request_func()
        return self._response

    def __exit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        tb: Optional[TracebackType],
    ) -> None:
        if self._response is not None:
            self._response.close()


class AsyncResponseContextManager(Generic[_AsyncAPIResponseT]):
    def __init__(self, api_request: Awaitable[_AsyncAPIResponseT]) -> None:
        self._api_request = api_request
        self._response: Optional[_AsyncAPIResponseT] = None

    async def __aenter__(self) -> _AsyncAPIResponseT:
        self._response = await self._api_request
        return self._response

    async def __aexit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        tb: Optional[TracebackType],
    ) -> None:
        if self._response is not None:
            await self._response.close()


def to_raw_response_wrapper(func: Callable[P, R]) -> Callable[P, APIResponse[R]]:
    """Type ``func`` (a method of a resource in ``"raw"`` mode) as returning ``APIResponse[R]``."""

    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> APIResponse[R]:
        return cast("APIResponse[R]", func(*args, **kwargs))

    return wrapped


def to_streamed_response_wrapper(func: Callable[P, R]) -> Callable[P, ResponseContextManager[APIResponse[R]]]:
    """``func`` is a method of a resource in ``"stream"`` mode; the request is sent on ``with``."""

    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> ResponseContextManager[APIResponse[R]]:
        return ResponseContextManager(lambda: cast("APIResponse[R]", func(*args, **kwargs)))

    return wrapped


def async_to_raw_response_wrapper(
    func: Callable[P, Awaitable[R]],
) -> Callable[P, Awaitable[AsyncAPIResponse[R]]]:
    @functools.wraps(func)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> AsyncAPIResponse[R]:
        return cast("AsyncAPIResponse[R]", await func(*args, **kwargs))

    return wrapped


def async_to_streamed_response_wrapper(
    func: Callable[P, Awaitable[R]],
) -> Callable[P, AsyncResponseContextManager[AsyncAPIResponse[R]]]:
    """Returns a plain function; use its result with ``async with`` (no ``await``)."""

    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> AsyncResponseContextManager[AsyncAPIResponse[R]]:
        return AsyncResponseContextManager(cast("Awaitable[AsyncAPIResponse[R]]", func(*args, **kwargs)))

    return wrapped
