"""``SyncAPIClient`` and ``AsyncAPIClient``, each with the one driver of the request protocol.

Everything that decides anything lives in ``_core`` (``exchange`` and the other plans); a client's
``_drive(plan)`` only sends requests, reads bodies and sleeps. Configuration, copying,
representation and the low-level verbs are shared in ``_ClientBase``.
"""

from __future__ import annotations

import os
import threading
import time
from types import TracebackType
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Coroutine,
    Dict,
    Generic,
    Mapping,
    Optional,
    Type,
    TypeVar,
    Union,
)

import httpx
from typing_extensions import Self

from ._constants import DEFAULT_CONNECTION_LIMITS, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT
from ._core import Call, ClientConfig, Plan, Send, SendResult, T, exchange, parse_body
from ._logs import setup_logging
from ._operation import Operation, RequestOptions
from ._resource import Mode
from ._response import APIResponse, AsyncAPIResponse, AsyncBinaryResponse, BinaryResponse
from ._settings import DEFAULT_SETTINGS, ClientSettings
from ._transmit import can_send_directly, transmit, transmit_async
from ._types import NOT_GIVEN, Headers, NotGiven, Query
from .pagination import PAGE_CLASSES, page_fields

if TYPE_CHECKING:
    import asyncio  # the synchronous client never imports it (~1.3 MiB and ~10 ms of a cold start)

__all__ = ["AsyncAPIClient", "DefaultAsyncHttpxClient", "DefaultHttpxClient", "SyncAPIClient"]

setup_logging()

TimeoutArg = Union[float, httpx.Timeout, None, NotGiven]

_HTTPX_DEFAULT_TIMEOUT = httpx.Timeout(5.0)


def _with_defaults(kwargs: Dict[str, Any]) -> Dict[str, Any]:
    kwargs.setdefault("timeout", DEFAULT_TIMEOUT)
    kwargs.setdefault("limits", DEFAULT_CONNECTION_LIMITS)
    # httpx drops Authorization when a redirect leaves the origin, so following is safe.
    kwargs.setdefault("follow_redirects", True)
    return kwargs


class DefaultHttpxClient(httpx.Client):
    """``httpx.Client`` with this package's timeouts, connection limits and redirect policy."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**_with_defaults(kwargs))


class DefaultAsyncHttpxClient(httpx.AsyncClient):
    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**_with_defaults(kwargs))


def _resolve_token(
    bearer_token: Optional[str], api_token: Optional[str], settings: ClientSettings
) -> Optional[str]:
    if bearer_token is not None and api_token is not None and bearer_token != api_token:
        raise TypeError("Pass either bearer_token= or its legacy alias api_token=, not two different tokens.")
    token = bearer_token if bearer_token is not None else api_token
    return token if token is not None else settings.environment_token()


def _make_config(
    *,
    bearer_token: Optional[str],
    api_token: Optional[str],
    base_url: Union[str, httpx.URL, None],
    timeout: TimeoutArg,
    max_retries: int,
    default_headers: Optional[Headers],
    default_query: Optional[Query],
    http_client_timeout: Optional[httpx.Timeout],
    credentials: Optional[Mapping[str, str]] = None,
    credential_env: Optional[Mapping[str, str]] = None,
    settings: ClientSettings = DEFAULT_SETTINGS,
    client_name: str = "The client",
) -> ClientConfig:
    if isinstance(timeout, NotGiven):
        use_client_timeout = http_client_timeout is not None and http_client_timeout != _HTTPX_DEFAULT_TIMEOUT
        resolved = http_client_timeout if use_client_timeout and http_client_timeout else DEFAULT_TIMEOUT
    else:
        resolved = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
    if max_retries < 0:
        raise ValueError("max_retries must be 0 or more")
    return ClientConfig(
        base_url=httpx.URL(settings.resolve_base_url(base_url, client_name)),
        bearer_token=_resolve_token(bearer_token, api_token, settings),
        timeout=resolved,
        max_retries=max_retries,
        default_headers=dict(default_headers or {}),
        default_query=dict(default_query or {}),
        credentials=_resolve_credentials(credentials or {}, credential_env or {}),
        settings=settings,
        credential_env=dict(credential_env or {}),
    )


def _resolve_credentials(given: Mapping[str, str], env_vars: Mapping[str, str]) -> Dict[str, str]:
    """Each credential as passed to the client, else from the environment variable named for it."""
    resolved = {key: value for key, value in given.items() if value}
    for key, env_var in env_vars.items():
        if key not in resolved and os.environ.get(env_var):
            resolved[key] = os.environ[env_var]
    return resolved


# The size of the pools this package creates: that many requests are let into one at a time.
_POOL_SIZE: Optional[int] = DEFAULT_CONNECTION_LIMITS.max_connections


class _AsyncGate:
    """At most ``limit`` requests inside the connection pool at once; the rest wait here, in order.

    httpcore's pool rescans its whole queue each time a connection frees up, so hundreds of tasks
    queued in it make every request slower (quadratic overall) and end in ``PoolTimeout``. Waiting
    here instead costs O(1) and never times out; the request's own timeouts start once it is sent.
    One semaphore per event loop (a client reused under a new loop gets a fresh one).
    """

    def __init__(self, limit: int) -> None:
        self._limit = limit
        self._loop: Optional[asyncio.AbstractEventLoop] = None
        self._semaphore: Optional[asyncio.Semaphore] = None

    def semaphore(self) -> Optional[asyncio.Semaphore]:
        import asyncio

        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # not running under asyncio (e.g. trio): no gate
            return None
        if self._loop is not loop or self._semaphore is None:
            self._loop, self._semaphore = loop, asyncio.Semaphore(self._limit)
        return self._semaphore


def _reads_body(call: Call, mode: Mode) -> bool:
    """Whether the whole body is read before the call returns (then reading it is part of the attempt)."""
    return mode != "stream" and call.op.response not in ("binary", "sse")


_HttpClientT = TypeVar("_HttpClientT", httpx.Client, httpx.AsyncClient)
_GateT = TypeVar("_GateT", threading.BoundedSemaphore, _AsyncGate)
# What a low-level call returns: the parsed body (sync) or a coroutine of it (async).
_ResultT = TypeVar("_ResultT")


class _ClientBase(Generic[_HttpClientT, _GateT, _ResultT]):
    _config: ClientConfig
    _http_client: _HttpClientT
    _gate: Optional[_GateT]
    _owns_http_client: bool
    _direct: bool  # requests skip `httpx.Client.send` (see _transmit.py): only with our own httpx client
    # Generated clients of APIs with API-key or basic auth: credential key ► environment variable.
    _credential_env: ClassVar[Mapping[str, str]] = {}
    # What the generated client says about its API (base URL, environment variables, User-Agent).
    _settings: ClassVar[ClientSettings] = DEFAULT_SETTINGS

    def __init__(
        self,
        *,
        bearer_token: Optional[str] = None,
        api_token: Optional[str] = None,
        base_url: Union[str, httpx.URL, None] = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Optional[Headers] = None,
        default_query: Optional[Query] = None,
        http_client: Optional[_HttpClientT] = None,
        credentials: Optional[Mapping[str, str]] = None,
    ) -> None:
        self._config = _make_config(
            bearer_token=bearer_token,
            api_token=api_token,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            default_query=default_query,
            http_client_timeout=http_client.timeout if http_client is not None else None,
            credentials=credentials,
            credential_env=self._credential_env,
            settings=self._settings,
            client_name=type(self).__name__,
        )
        self._http_client = http_client if http_client is not None else self._default_http_client()
        self._owns_http_client = True
        # Only for the pool we created do we know its size; see _AsyncGate for why requests wait here.
        self._gate = self._new_gate(_POOL_SIZE) if http_client is None and _POOL_SIZE else None
        self._direct = http_client is None and can_send_directly(self._http_client)

    def copy(
        self,
        *,
        bearer_token: Optional[str] = None,
        api_token: Optional[str] = None,
        base_url: Union[str, httpx.URL, None] = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
        http_client: Optional[_HttpClientT] = None,
        default_headers: Optional[Headers] = None,
        set_default_headers: Optional[Headers] = None,
        default_query: Optional[Query] = None,
        set_default_query: Optional[Query] = None,
    ) -> Self:
        """A new client with these settings changed; it shares this client's connection pool."""
        kwargs = self._copy_kwargs(
            bearer_token=bearer_token,
            api_token=api_token,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            set_default_headers=set_default_headers,
            default_query=default_query,
            set_default_query=set_default_query,
        )
        new = type(self)(**kwargs, http_client=http_client or self._http_client)
        new._owns_http_client = http_client is not None
        if http_client is None:
            new._gate = self._gate  # same pool, same gate
            new._direct = self._direct
        return new

    with_options = copy

    def _default_http_client(self) -> _HttpClientT:
        raise NotImplementedError

    def _new_gate(self, size: int) -> _GateT:
        raise NotImplementedError

    @property
    def bearer_token(self) -> Optional[str]:
        return self._config.bearer_token

    @property
    def api_token(self) -> Optional[str]:
        """Legacy name of :attr:`bearer_token`."""
        return self._config.bearer_token

    @property
    def base_url(self) -> httpx.URL:
        return self._config.base_url

    @property
    def timeout(self) -> httpx.Timeout:
        return self._config.timeout

    @property
    def max_retries(self) -> int:
        return self._config.max_retries

    @property
    def default_headers(self) -> Mapping[str, Union[str, NotGiven]]:
        return self._config.default_headers

    @property
    def default_query(self) -> Mapping[str, object]:
        return self._config.default_query

    def _copy_kwargs(
        self,
        *,
        bearer_token: Optional[str],
        api_token: Optional[str],
        base_url: Union[str, httpx.URL, None],
        timeout: TimeoutArg,
        max_retries: Union[int, NotGiven],
        default_headers: Optional[Headers],
        set_default_headers: Optional[Headers],
        default_query: Optional[Query],
        set_default_query: Optional[Query],
    ) -> Dict[str, Any]:
        if default_headers is not None and set_default_headers is not None:
            raise ValueError("Pass default_headers= (merged) or set_default_headers= (replacing), not both.")
        if default_query is not None and set_default_query is not None:
            raise ValueError("Pass default_query= (merged) or set_default_query= (replacing), not both.")
        config = self._config
        token = (
            _resolve_token(bearer_token, api_token, config.settings)
            if (bearer_token or api_token)
            else config.bearer_token
        )
        headers = (
            set_default_headers
            if set_default_headers is not None
            else {**config.default_headers, **(default_headers or {})}
        )
        query = (
            set_default_query
            if set_default_query is not None
            else {**config.default_query, **(default_query or {})}
        )
        extra: Dict[str, Any] = {"credentials": config.credentials} if config.credentials else {}
        return {
            **extra,
            "bearer_token": token,
            "base_url": base_url if base_url is not None else config.base_url,
            "timeout": config.timeout if isinstance(timeout, NotGiven) else timeout,
            "max_retries": config.max_retries if isinstance(max_retries, NotGiven) else max_retries,
            "default_headers": headers,
            "default_query": query,
        }

    # ------------------------------------------------------------------ low-level calls

    def _execute(self, call: Call, mode: Mode) -> _ResultT:
        raise NotImplementedError

    def request(
        self,
        method: str,
        url: str,
        *,
        cast_to: Any = object,
        params: Optional[Query] = None,
        json: object = None,
        headers: Optional[Headers] = None,
        timeout: TimeoutArg = NOT_GIVEN,
        body: object = None,
    ) -> _ResultT:
        """Call any endpoint: ``url`` is a path under the base URL or a URL on the API's origin
        (the async client returns a coroutine). ``body=`` is another name for ``json=`` (the 2.0
        betas'); ``cast_to=httpx.Response`` returns the response itself."""
        if body is not None:
            if json is not None:
                raise TypeError("pass json= or body=, not both: they are the same JSON body")
            json = body
        op: Operation[Any] = Operation(
            method.lower(), url, cast_to, body="json" if json is not None else None
        )
        options = RequestOptions(headers, None, None, timeout)
        return self._execute(Call(op, url, dict(params or {}), body=json, options=options), "parsed")

    def get(
        self,
        path: str,
        *,
        cast_to: Any = object,
        params: Optional[Query] = None,
        headers: Optional[Headers] = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> _ResultT:
        return self.request("get", path, **_keywords(locals()))

    def delete(
        self,
        path: str,
        *,
        cast_to: Any = object,
        params: Optional[Query] = None,
        headers: Optional[Headers] = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> _ResultT:
        return self.request("delete", path, **_keywords(locals()))

    def post(
        self,
        path: str,
        *,
        cast_to: Any = object,
        json: object = None,
        params: Optional[Query] = None,
        headers: Optional[Headers] = None,
        timeout: TimeoutArg = NOT_GIVEN,
        body: object = None,
    ) -> _ResultT:
        return self.request("post", path, **_keywords(locals()))

    def put(
        self,
        path: str,
        *,
        cast_to: Any = object,
        json: object = None,
        params: Optional[Query] = None,
        headers: Optional[Headers] = None,
        timeout: TimeoutArg = NOT_GIVEN,
        body: object = None,
    ) -> _ResultT:
        return self.request("put", path, **_keywords(locals()))

    def patch(
        self,
        path: str,
        *,
        cast_to: Any = object,
        json: object = None,
        params: Optional[Query] = None,
        headers: Optional[Headers] = None,
        timeout: TimeoutArg = NOT_GIVEN,
        body: object = None,
    ) -> _ResultT:
        return self.request("patch", path, **_keywords(locals()))

    def is_closed(self) -> bool:
        return self._http_client.is_closed

    def __repr__(self) -> str:
        return f"<{type(self).__name__} base_url={str(self._config.base_url)!r} max_retries={self._config.max_retries}>"


def _keywords(arguments: Dict[str, Any]) -> Dict[str, Any]:
    """A verb helper's arguments (its ``locals()``) as ``request``'s keywords: the helpers list
    their parameters for the reader and the type checker, and hand them on without repeating them."""
    return {name: value for name, value in arguments.items() if name not in ("self", "path")}


class SyncAPIClient(_ClientBase[httpx.Client, threading.BoundedSemaphore, Any]):
    def _default_http_client(self) -> httpx.Client:
        return DefaultHttpxClient()

    def _new_gate(self, size: int) -> threading.BoundedSemaphore:
        return threading.BoundedSemaphore(size)

    # ------------------------------------------------------------------ the driver

    def _drive(self, plan: Plan[T]) -> T:
        """Carry out the plan's steps (see ``_core``) and return what it returns."""
        steps = plan(self._config)
        result: SendResult = None
        while True:
            try:
                step = steps.send(result)
            except StopIteration as done:
                return done.value  # type: ignore[no-any-return]
            if isinstance(step, Send):
                result = self._send(step.request, step.read_body)
            else:
                result = None
                self._sleep(step.seconds)

    def _execute(self, call: Call, mode: Mode) -> Any:
        read_body = _reads_body(call, mode)
        response, retries_taken = self._drive(lambda config: exchange(config, call, read_body=read_body))
        return self._deliver(call, response, retries_taken, mode)

    def _send(self, request: httpx.Request, read_body: bool) -> SendResult:
        gate = self._gate
        if gate is None:
            return self._send_ungated(request, read_body)
        with gate:
            return self._send_ungated(request, read_body)

    def _sleep(self, seconds: float) -> None:
        time.sleep(seconds)

    def _send_ungated(self, request: httpx.Request, read_body: bool) -> SendResult:
        try:
            response = transmit(self._http_client, request, direct=self._direct)
        except httpx.TransportError as exc:
            return exc
        if read_body or not response.is_success:
            try:
                response.read()
            except httpx.TransportError as exc:
                return exc
            finally:
                response.close()
        return response

    def _deliver(self, call: Call, response: httpx.Response, retries_taken: int, mode: Mode) -> Any:
        streams_body = call.op.response in ("binary", "sse")

        def parser(raw: httpx.Response) -> Any:
            return self._parse(call, raw)

        if mode == "stream" or (mode == "raw" and call.op.response == "sse"):  # events as they come
            return APIResponse(
                response, parser=parser, retries_taken=retries_taken, streams_body=streams_body
            )
        if mode == "parsed" and streams_body:
            return parser(response)
        try:
            response.read()
        finally:
            response.close()
        if mode == "raw":
            return APIResponse(
                response, parser=parser, retries_taken=retries_taken, streams_body=streams_body
            )
        return parser(response)

    def _parse(self, call: Call, response: httpx.Response) -> Any:
        if call.op.response == "binary":
            return BinaryResponse(response)
        if call.op.response == "sse":
            from ._streaming import Stream

            return Stream[Any](response, call.op.cast_to)
        if call.op.page:
            return PAGE_CLASSES[call.op.page.style][0](client=self, **page_fields(call, response))
        return parse_body(call.op, response)

    # ------------------------------------------------------------------ lifecycle

    def close(self) -> None:
        """Close the connection pool (a copy leaves the pool it shares with its original open)."""
        if self._owns_http_client:
            self._http_client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        tb: Optional[TracebackType],
    ) -> None:
        self.close()


class AsyncAPIClient(_ClientBase[httpx.AsyncClient, _AsyncGate, Coroutine[Any, Any, Any]]):
    def _default_http_client(self) -> httpx.AsyncClient:
        return DefaultAsyncHttpxClient()

    def _new_gate(self, size: int) -> _AsyncGate:
        return _AsyncGate(size)

    # ------------------------------------------------------------------ the driver

    async def _drive(self, plan: Plan[T]) -> T:
        """Carry out the plan's steps (see ``_core``) and return what it returns."""
        steps = plan(self._config)
        result: SendResult = None
        while True:
            try:
                step = steps.send(result)
            except StopIteration as done:
                return done.value  # type: ignore[no-any-return]
            if isinstance(step, Send):
                result = await self._send(step.request, step.read_body)
            else:
                result = None
                await self._sleep(step.seconds)

    async def _execute(self, call: Call, mode: Mode) -> Any:
        read_body = _reads_body(call, mode)
        response, retries_taken = await self._drive(
            lambda config: exchange(config, call, read_body=read_body)
        )
        return await self._deliver(call, response, retries_taken, mode)

    async def _send(self, request: httpx.Request, read_body: bool) -> SendResult:
        semaphore = self._gate.semaphore() if self._gate is not None else None
        if semaphore is None:
            return await self._send_ungated(request, read_body)
        async with semaphore:
            return await self._send_ungated(request, read_body)

    async def _sleep(self, seconds: float) -> None:
        import anyio

        await anyio.sleep(seconds)

    async def _send_ungated(self, request: httpx.Request, read_body: bool) -> SendResult:
        try:
            response = await transmit_async(self._http_client, request, direct=self._direct)
        except httpx.TransportError as exc:
            return exc
        if read_body or not response.is_success:
            try:
                await response.aread()
            except httpx.TransportError as exc:
                return exc
            finally:
                await response.aclose()
        return response

    async def _deliver(self, call: Call, response: httpx.Response, retries_taken: int, mode: Mode) -> Any:
        streams_body = call.op.response in ("binary", "sse")

        def parser(raw: httpx.Response) -> Any:
            return self._parse(call, raw)

        if mode == "stream" or (mode == "raw" and call.op.response == "sse"):  # events as they come
            return AsyncAPIResponse(
                response, parser=parser, retries_taken=retries_taken, streams_body=streams_body
            )
        if mode == "parsed" and streams_body:
            return parser(response)
        try:
            await response.aread()
        finally:
            await response.aclose()
        if mode == "raw":
            return AsyncAPIResponse(
                response, parser=parser, retries_taken=retries_taken, streams_body=streams_body
            )
        return parser(response)

    def _parse(self, call: Call, response: httpx.Response) -> Any:
        if call.op.response == "binary":
            return AsyncBinaryResponse(response)
        if call.op.response == "sse":
            from ._streaming import AsyncStream

            return AsyncStream[Any](response, call.op.cast_to)
        if call.op.page:
            return PAGE_CLASSES[call.op.page.style][1](client=self, **page_fields(call, response))
        return parse_body(call.op, response)

    # ------------------------------------------------------------------ lifecycle

    async def close(self) -> None:
        if self._owns_http_client:
            await self._http_client.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        tb: Optional[TracebackType],
    ) -> None:
        await self.close()
