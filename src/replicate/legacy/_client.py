"""``Client``: the older client's constructor and call shapes over a typed ``Replicate``.

``Client(api_token=..., headers=..., base_url=..., timeout=...)`` builds a typed ``Replicate``
(``client.typed``) and, on first async use in each event loop, an ``AsyncReplicate`` twin
(``client.async_typed``) with the same settings. Its resources (``client.predictions`` ...) take
the older call shapes and the typed keyword ones, and return objects with the older methods. Any
other attribute is the typed client's (``client.search(...)``, ``client.with_options(...)``).
"""

from __future__ import annotations

import asyncio
import threading
import weakref
from typing import (
    TYPE_CHECKING,
    Any,
    AsyncIterator,
    Dict,
    Generator,
    Iterator,
    Mapping,
    Optional,
    Union,
)

from .._resource import cached_property
from ._io import convert_output, prepare_input

if TYPE_CHECKING:
    import httpx

    from .._client import AsyncReplicate, Replicate
    from ..lib._stream_plan import StreamEvent
    from ..lib.file_encoding import FileEncodingStrategy
    from ._resources import (
        Account,
        Collections,
        Deployments,
        Files,
        Hardware,
        Models,
        Predictions,
        Trainings,
        Webhooks,
    )

__all__ = ["Client"]

_TYPED_OPTIONS = ("bearer_token", "max_retries", "default_headers", "default_query", "http_client")


class Client:
    """A Replicate client with the older interface (``replicate.Client``, ``replicate.client.Client``).

    ``api_token`` defaults to ``REPLICATE_API_TOKEN``, ``base_url`` to ``REPLICATE_BASE_URL``;
    ``headers`` are sent with every request; ``timeout`` is seconds or an ``httpx.Timeout``. Typed
    options (``max_retries=``, ``http_client=``, ``default_query=``) are passed on to ``Replicate``.
    """

    def __init__(
        self,
        api_token: Optional[str] = None,
        *,
        base_url: Optional[str] = None,
        timeout: Union[float, httpx.Timeout, None] = None,
        headers: Optional[Mapping[str, str]] = None,
        **options: Any,
    ) -> None:
        unknown = sorted(set(options) - set(_TYPED_OPTIONS))
        if unknown:
            raise TypeError(
                f"Client() got unexpected keyword argument(s) {', '.join(unknown)}. httpx options go "
                f"on an httpx client: Client(http_client=replicate.DefaultHttpxClient({unknown[0]}=...)) "
                f"(typed: replicate.Replicate(http_client=...))."
            )
        from .._client import Replicate

        settings: Dict[str, Any] = {"api_token": api_token, "base_url": base_url}
        if timeout is not None:
            settings["timeout"] = timeout
        default_headers = {**dict(headers or {}), **dict(options.pop("default_headers", None) or {})}
        if default_headers:
            settings["default_headers"] = default_headers
        self._http_client = options.pop("http_client", None)
        self._settings = {**settings, **options}
        self.typed: Replicate = Replicate(**self._settings, http_client=self._http_client)
        self._async_clients: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, AsyncReplicate] = (
            weakref.WeakKeyDictionary()
        )
        self._async_lock = threading.Lock()

    # -------------------------------------------------------------------------------- typed twins

    @property
    def async_typed(self) -> AsyncReplicate:
        """The ``AsyncReplicate`` twin for the running event loop (one per loop, created on first use)."""
        from .._client import AsyncReplicate

        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            raise RuntimeError("async_ methods must be awaited inside a running event loop") from None
        with self._async_lock:
            client = self._async_clients.get(loop)
            if client is None:
                client = AsyncReplicate(**self._settings)
                self._async_clients[loop] = client
            return client

    # ---------------------------------------------------------------------------------- resources

    @cached_property
    def predictions(self) -> Predictions:
        from ._resources import Predictions

        return Predictions(self)

    @cached_property
    def models(self) -> Models:
        from ._resources import Models

        return Models(self)

    @cached_property
    def trainings(self) -> Trainings:
        from ._resources import Trainings

        return Trainings(self)

    @cached_property
    def deployments(self) -> Deployments:
        from ._resources import Deployments

        return Deployments(self)

    @cached_property
    def collections(self) -> Collections:
        from ._resources import Collections

        return Collections(self)

    @cached_property
    def hardware(self) -> Hardware:
        from ._resources import Hardware

        return Hardware(self)

    @cached_property
    def account(self) -> Account:
        from ._resources import Account

        return Account(self)

    @cached_property
    def files(self) -> Files:
        from ._resources import Files

        return Files(self)

    @cached_property
    def webhooks(self) -> Webhooks:
        from ._resources import Webhooks

        return Webhooks(self)

    # -------------------------------------------------------------------------- run, stream, use

    def run(
        self,
        ref: Any,
        input: Optional[Mapping[str, object]] = None,
        *,
        use_file_output: bool = True,
        wait: Union[bool, int] = True,
        file_encoding_strategy: FileEncodingStrategy = "url",
        timeout: Optional[float] = None,
        **params: Any,
    ) -> Any:
        """Run a model and return its output; files come back as ``LegacyFileOutput`` (a URL ``str``
        that can ``read()``), or plain URL strings with ``use_file_output=False``."""
        _refuse_params(params, "run")
        output = self.typed.run(
            model_reference(ref),
            input=prepare_input(input, call="run()"),
            wait=wait,
            use_file_output=use_file_output,
            file_encoding_strategy=file_encoding_strategy,
            timeout=timeout,
        )
        return convert_output(output)

    async def async_run(
        self,
        ref: Any,
        input: Optional[Mapping[str, object]] = None,
        *,
        use_file_output: bool = True,
        wait: Union[bool, int] = True,
        file_encoding_strategy: FileEncodingStrategy = "url",
        timeout: Optional[float] = None,
        **params: Any,
    ) -> Any:
        _refuse_params(params, "async_run")
        output = await self.async_typed.run(
            model_reference(ref),
            input=prepare_input(input, call="async_run()"),
            wait=wait,
            use_file_output=use_file_output,
            file_encoding_strategy=file_encoding_strategy,
            timeout=timeout,
        )
        return convert_output(output)

    def stream(
        self,
        ref: Any,
        input: Optional[Mapping[str, object]] = None,
        *,
        file_encoding_strategy: FileEncodingStrategy = "url",
        **params: Any,
    ) -> Iterator[StreamEvent]:
        """Run a model and iterate its output events (``str(event)`` is the text)."""
        _refuse_params(params, "stream")
        return self.typed.stream(
            model_reference(ref),
            input=prepare_input(input, call="stream()"),
            file_encoding_strategy=file_encoding_strategy,
        )

    def async_stream(
        self,
        ref: Any,
        input: Optional[Mapping[str, object]] = None,
        *,
        file_encoding_strategy: FileEncodingStrategy = "url",
        **params: Any,
    ) -> AwaitableAsyncIterator:
        """``async for event in await client.async_stream(...)`` (older) or without ``await`` (typed)."""
        _refuse_params(params, "async_stream")
        prepared = prepare_input(input, call="async_stream()")
        ref_string = model_reference(ref)

        async def events() -> AsyncIterator[StreamEvent]:
            stream = self.async_typed.stream(
                ref_string, input=prepared, file_encoding_strategy=file_encoding_strategy
            )
            async for event in stream:
                yield event

        return AwaitableAsyncIterator(events())

    def use(self, ref: Any, *, streaming: bool = False, use_file_output: bool = True) -> Any:
        """A function running the model (the typed ``Replicate.use``)."""
        if streaming:
            return self.typed.use(model_reference(ref), streaming=True, use_file_output=use_file_output)
        return self.typed.use(model_reference(ref), use_file_output=use_file_output)

    # ---------------------------------------------------------------------------------- lifecycle

    def close(self) -> None:
        self.typed.close()

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or name in ("typed", "_settings", "_async_clients", "_async_lock"):
            raise AttributeError(name)
        return getattr(self.typed, name)

    def __repr__(self) -> str:
        return f"<replicate.Client base_url={str(self.typed.base_url)!r}>"


class AwaitableAsyncIterator(AsyncIterator["StreamEvent"]):
    """An async iterator that can also be awaited (giving itself), so both the older
    ``async for e in await replicate.async_stream(...)`` and ``async for e in ...`` work."""

    def __init__(self, events: AsyncIterator[StreamEvent]) -> None:
        self._events = events

    def __aiter__(self) -> AwaitableAsyncIterator:
        return self

    async def __anext__(self) -> StreamEvent:
        return await self._events.__anext__()

    def __await__(self) -> Generator[Any, None, AwaitableAsyncIterator]:
        async def itself() -> AwaitableAsyncIterator:
            return self

        return itself().__await__()


def model_reference(ref: object) -> str:
    """A model reference as a string: ``"owner/name"``, ``"owner/name:version"``, a version id, or
    a ``Model`` / ``Version`` object of the older interface."""
    from ._objects import Model, Version

    if isinstance(ref, Version):
        return ref.ref
    if isinstance(ref, Model):
        return ref.id
    if isinstance(ref, str):
        return ref
    raise TypeError(
        f"A model reference must be 'owner/name', 'owner/name:version' or a version id, not {type(ref).__name__}"
    )


def _refuse_params(params: Dict[str, Any], method: str) -> None:
    if params:
        names = ", ".join(f"{name}=" for name in sorted(params))
        raise TypeError(
            f"{method}() does not take {names}: create the prediction with "
            f"replicate.predictions.create(version=..., input=..., {names.split(',')[0]}...) and then "
            f"prediction.wait() (typed: client.predictions.create(...) and "
            f"client.predictions.wait(prediction_id=...))."
        )
