"""The module-level API: ``replicate.run(...)``, ``replicate.predictions``... on a default ``Client``.

The default client is created on first use from ``replicate.api_token`` / ``replicate.base_url``
when they are assigned, else ``REPLICATE_API_TOKEN`` / ``REPLICATE_BASE_URL``; when any of these
changes, the next call builds a new one. Nothing here runs at ``import replicate``.
"""

from __future__ import annotations

import os
import sys
import threading
from typing import (
    TYPE_CHECKING,
    Any,
    AsyncIterator,
    Awaitable,
    Callable,
    Dict,
    Iterator,
    Mapping,
    Optional,
    Tuple,
    Union,
)

from .._env import BASE_URL_ENV_VAR, TOKEN_ENV_VAR

if TYPE_CHECKING:
    from ..lib._stream_plan import StreamEvent
    from ..lib.awaitable_iterator import AwaitableAsyncIterator
    from ..lib.file_encoding import FileEncodingStrategy
    from ._client import Client

__all__ = [
    "async_paginate",
    "async_run",
    "async_stream",
    "default_client",
    "paginate",
    "run",
    "stream",
    "use",
]

RESOURCES = (
    "account",
    "collections",
    "deployments",
    "files",
    "hardware",
    "models",
    "predictions",
    "trainings",
)

_lock = threading.Lock()
_current: Optional[Tuple[Tuple[object, ...], Client]] = None

# The 2.0 betas' module-level settings, passed to the client as they are when assigned.
_CLIENT_SETTINGS = ("timeout", "max_retries", "default_headers", "default_query", "http_client")


def setting_default(name: str) -> object:
    """What `replicate.<setting>` reads before it is assigned (the betas' defaults)."""
    if name == "timeout":
        from .._constants import DEFAULT_TIMEOUT

        return DEFAULT_TIMEOUT
    if name == "max_retries":
        from .._constants import DEFAULT_MAX_RETRIES

        return DEFAULT_MAX_RETRIES
    return None


def _assigned_value(name: str) -> object:
    package = sys.modules.get("replicate")
    return package.__dict__.get(name) if package is not None else None


def _assigned(name: str) -> Optional[str]:
    assigned = _assigned_value(name)
    return None if assigned is None else str(assigned)


def default_client() -> Client:
    """The module-level client for the current ``replicate.api_token`` (or ``bearer_token``) and
    ``replicate.base_url`` (else the running Cog prediction's token or ``REPLICATE_API_TOKEN``, and
    ``REPLICATE_BASE_URL``), and the other settings assigned on the module (``timeout``,
    ``max_retries``, ``default_headers``, ``default_query``, ``http_client``)."""
    from .._cog_scope import token_from_environment

    global _current
    token = _assigned("api_token") or _assigned("bearer_token") or token_from_environment(TOKEN_ENV_VAR)
    base_url = _assigned("base_url") or os.environ.get(BASE_URL_ENV_VAR) or None
    settings = {name: _assigned_value(name) for name in _CLIENT_SETTINGS}
    key = (token, base_url, *settings.values())
    with _lock:
        if _current is None or _current[0] != key:
            from ._client import Client

            options: Dict[str, Any] = {name: value for name, value in settings.items() if value is not None}
            replaced = _current
            _current = (key, Client(api_token=token, base_url=base_url, **options))
            if replaced is not None:
                # Its idle connections would otherwise stay open until garbage collection.
                replaced[1].close()
        return _current[1]


def default_resource_attribute(module: str, resource: str, name: str) -> Any:
    """``name`` of the default client's ``resource``: what a 1.0.x module that was also a resource
    of the module-level client (``replicate.hardware``, ``replicate.account``) answers for the
    names it does not define."""
    if name.startswith("__"):
        raise AttributeError(f"module {module!r} has no attribute {name!r}")
    return getattr(getattr(default_client(), resource), name)


def run(
    ref: Any,
    input: Optional[Mapping[str, object]] = None,
    *,
    use_file_output: bool = True,
    wait: Union[bool, int] = True,
    file_encoding_strategy: FileEncodingStrategy = "url",
    timeout: Optional[float] = None,
    **params: Any,
) -> Any:
    """``replicate.run(ref, input={...})``: see ``Client.run``."""
    return default_client().run(**_arguments(locals()))


async def async_run(
    ref: Any,
    input: Optional[Mapping[str, object]] = None,
    *,
    use_file_output: bool = True,
    wait: Union[bool, int] = True,
    file_encoding_strategy: FileEncodingStrategy = "url",
    timeout: Optional[float] = None,
    **params: Any,
) -> Any:
    """``await replicate.async_run(ref, input={...})``: see ``Client.async_run``."""
    return await default_client().async_run(**_arguments(locals()))


def stream(
    ref: Any,
    input: Optional[Mapping[str, object]] = None,
    *,
    file_encoding_strategy: FileEncodingStrategy = "url",
    **params: Any,
) -> Iterator[StreamEvent]:
    """``for event in replicate.stream(ref, input={...})``: see ``Client.stream``."""
    return default_client().stream(**_arguments(locals()))


def async_stream(
    ref: Any,
    input: Optional[Mapping[str, object]] = None,
    *,
    file_encoding_strategy: FileEncodingStrategy = "url",
    **params: Any,
) -> AwaitableAsyncIterator[StreamEvent]:
    """``async for event in await replicate.async_stream(...)`` (the ``await`` is optional)."""
    return default_client().async_stream(**_arguments(locals()))


def _arguments(arguments: Dict[str, Any]) -> Dict[str, Any]:
    """A module-level function's arguments (its `locals()`, taken first), for the default client's
    method of the same name: the named ones, and those in `**params`."""
    named = dict(arguments)
    params: Dict[str, Any] = named.pop("params")
    return {**named, **params}


def use(ref: Any, *, streaming: bool = False, use_file_output: bool = True, use_async: bool = False) -> Any:
    """``replicate.use("owner/name")``: see ``Replicate.use``; ``use_async=True`` (the 2.0 betas')
    gives the ``AsyncReplicate`` twin's function (call it inside the event loop that awaits it)."""
    client = default_client()
    if use_async and streaming:
        return client.async_typed.use(ref, streaming=True, use_file_output=use_file_output)
    if use_async:
        return client.async_typed.use(ref, use_file_output=use_file_output)
    return client.use(ref, streaming=streaming, use_file_output=use_file_output)


def paginate(list_method: Callable[..., Any], **kwargs: Any) -> Iterator[Any]:
    """Every page of a list, fetched as it is reached: ``for page in replicate.paginate(replicate.models.list)``.

    ``list_method`` is a list method of the older interface, or any function taking a cursor as
    replicate 1.0.x called it (``...`` for the first page, then each ``page.next``), or a typed
    client's list method (``client.models.list``)."""
    from ..pagination import SyncCursorURLPage

    page = list_method(*_first_cursor(list_method), **kwargs)
    if isinstance(page, SyncCursorURLPage):
        yield from page.iter_pages()  # pyright: ignore[reportUnknownMemberType]
        return
    while True:
        yield page
        cursor = getattr(page, "next", None)
        if not cursor:
            return
        page = list_method(cursor, **kwargs)


async def async_paginate(list_method: Callable[..., Awaitable[Any]], **kwargs: Any) -> AsyncIterator[Any]:
    """``async for page in replicate.async_paginate(replicate.models.async_list)``."""
    from ..pagination import AsyncCursorURLPage

    page = await list_method(*_first_cursor(list_method), **kwargs)
    if isinstance(page, AsyncCursorURLPage):
        async for typed_page in page.iter_pages():  # pyright: ignore[reportUnknownMemberType, reportUnknownVariableType]
            yield typed_page
        return
    while True:
        yield page
        cursor = getattr(page, "next", None)
        if not cursor:
            return
        page = await list_method(cursor, **kwargs)


def _first_cursor(list_method: Callable[..., Any]) -> Tuple[Any, ...]:
    """``(...,)`` when ``list_method`` takes a positional cursor (how replicate 1.0.x asked for the
    first page), else ``()`` (typed list methods take keywords only)."""
    import inspect

    try:
        parameters = list(inspect.signature(list_method).parameters.values())
    except (TypeError, ValueError):
        return ()
    positional = (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)
    return (...,) if parameters and parameters[0].kind in positional else ()
