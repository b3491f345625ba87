"""``Client``: the older client's constructor and call shapes over a typed ``Replicate``.

``Client(api_token=..., headers=..., base_url=..., timeout=..., **httpx_options)`` builds a typed
``Replicate`` (``client.typed``) and, on first async use in each event loop, an ``AsyncReplicate``
twin (``client.async_typed``) with the same settings. Other keyword arguments (``transport=``,
``verify=``, ``proxy=``...) configure the httpx clients, as replicate 1.0.x passed them on. Its resources (``client.predictions`` ...) take
the older call shapes and the typed keyword ones, and return objects with the older methods. Any
other attribute is the typed client's (``client.search(...)``, ``client.with_options(...)``).
"""

from __future__ import annotations

import os
import threading
import weakref
from contextlib import contextmanager
from dataclasses import dataclass
from typing import (
    TYPE_CHECKING,
    Any,
    AsyncIterator,
    Awaitable,
    Callable,
    Dict,
    Generator,
    Iterator,
    Mapping,
    Optional,
    Union,
)

from .._cog_scope import token_from_environment
from .._env import TOKEN_ENV_VAR
from .._exceptions import ModelError
from .._resource import cached_property
from ..lib.awaitable_iterator import AwaitableAsyncIterator
from ..lib.errors import StreamingNotSupportedError
from ._io import convert_output, prepare_input
from ._loop_close import close_when_loop_ends

if TYPE_CHECKING:
    import httpx

    from .._client import AsyncReplicate, Replicate
    from ..lib._stream_plan import StreamEvent
    from ..lib.file_encoding import FileEncodingStrategy
    from ._objects import Prediction
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

_TYPED_OPTIONS = ("bearer_token", "max_retries", "default_headers", "default_query")
POLL_INTERVAL_ENV_VAR = "REPLICATE_POLL_INTERVAL"
MIN_POLL_INTERVAL = 0.001
DEFAULT_POLL_INTERVAL = 0.5
# What replicate 1.0.x's run() passed on to predictions.create besides `wait` and the file strategy.
RUN_CREATE_PARAMS = ("webhook", "webhook_completed", "webhook_events_filter", "stream")


class Client:
    """A Replicate client with the older interface (``replicate.Client``, ``replicate.client.Client``).

    ``api_token`` defaults to the ``REPLICATE_API_TOKEN`` of the running Cog prediction's scope, then
    to the ``REPLICATE_API_TOKEN`` environment variable; ``base_url`` to ``REPLICATE_BASE_URL`` (an
    origin such as ``https://api.replicate.com``, as 1.0.x took it, gets ``/v1``); ``headers`` are
    sent with every request; ``timeout`` is seconds or an ``httpx.Timeout``. Other keyword arguments
    go to the ``httpx`` clients (``transport=``, ``verify=``, ``proxy=``, ``event_hooks=``...), or
    are typed options (``max_retries=``, ``http_client=``, ``default_query=``) of ``Replicate``.
    ``poll_interval`` (``REPLICATE_POLL_INTERVAL``, default 0.5 s) paces ``run`` and ``wait``.
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
        from .._base_client import DefaultHttpxClient
        from .._client import Replicate

        typed_options = {name: options.pop(name) for name in _TYPED_OPTIONS if name in options}
        http_client = options.pop("http_client", None)
        if options and http_client is not None:
            raise TypeError(
                f"Client() got both http_client= and httpx options ({', '.join(sorted(options))}=): "
                "configure the httpx client you pass instead."
            )
        token = api_token if api_token is not None else typed_options.pop("bearer_token", None)
        settings: Dict[str, Any] = {
            "api_token": token if token is not None else token_from_environment(TOKEN_ENV_VAR),
            "base_url": legacy_base_url(base_url),
        }
        if timeout is not None:
            settings["timeout"] = timeout
        default_headers = {**dict(headers or {}), **dict(typed_options.pop("default_headers", None) or {})}
        if default_headers:
            settings["default_headers"] = default_headers
        self._settings = {**settings, **typed_options}
        self._httpx_options: Dict[str, Any] = options
        owned: Optional[httpx.Client] = (
            DefaultHttpxClient(**options) if options and http_client is None else None
        )
        self.typed: Replicate = Replicate(**self._settings, http_client=owned or http_client)
        # 1.0.x programs rarely close their clients: the connections close when this one is collected.
        self._close = weakref.finalize(self, _close_sync_clients, self.typed, owned)
        self.poll_interval: float = _poll_interval_from_environment()
        # Keyed by the running event loop (an asyncio loop or a trio token).
        self._async_clients: weakref.WeakKeyDictionary[object, AsyncReplicate] = weakref.WeakKeyDictionary()
        self._async_closers: weakref.WeakKeyDictionary[object, object] = weakref.WeakKeyDictionary()
        self._async_lock = threading.Lock()

    # -------------------------------------------------------------------------------- typed twins

    @property
    def async_typed(self) -> AsyncReplicate:
        """The ``AsyncReplicate`` twin for the running event loop (one per loop, created on first use;
        asyncio or trio)."""
        import anyio.lowlevel

        from .._client import AsyncReplicate

        try:
            loop = anyio.lowlevel.current_token().native_token
        except RuntimeError:  # no running event loop (anyio raises a RuntimeError subclass)
            raise RuntimeError("async_ methods must be awaited inside a running event loop") from None
        with self._async_lock:
            client = self._async_clients.get(loop)
            if client is None:
                owned = self._async_http_client()
                client = AsyncReplicate(**self._settings, http_client=owned)
                self._async_clients[loop] = client
                self._async_closers[loop] = close_when_loop_ends(_async_closer(client, owned))
            return client

    def _async_http_client(self) -> Optional[httpx.AsyncClient]:
        if not self._httpx_options:
            return None
        from .._base_client import DefaultAsyncHttpxClient

        return DefaultAsyncHttpxClient(**self._httpx_options)

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

    @property
    def accounts(self) -> Account:
        """``client.accounts.current()`` (replicate 1.0.x's name for ``client.account``)."""
        return self.account

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
        use_file_output: Optional[bool] = True,
        wait: Union[bool, int] = True,
        file_encoding_strategy: FileEncodingStrategy = "url",
        timeout: Optional[float] = None,
        **params: Any,
    ) -> Any:
        """Run a model and return its output; files come back as ``LegacyFileOutput`` (a URL ``str``
        that reads like 1.0's ``FileOutput``), or plain URL strings with ``use_file_output=False``.
        ``webhook=``, ``webhook_completed=``, ``webhook_events_filter=`` and ``stream=`` go to the
        prediction; a failed prediction raises ``ModelError`` whose message is the prediction's error."""
        call = _run_call(self, "run", locals())
        if call.create is not None:
            prediction = self.predictions.create(**call.create)
            prediction.wait()
            return finished_output(prediction, self, call.use_file_output)
        with _older_model_errors(self):
            return convert_output(self.typed.run(call.ref, **call.typed), self)

    async def async_run(
        self,
        ref: Any,
        input: Optional[Mapping[str, object]] = None,
        *,
        use_file_output: Optional[bool] = True,
        wait: Union[bool, int] = True,
        file_encoding_strategy: FileEncodingStrategy = "url",
        timeout: Optional[float] = None,
        **params: Any,
    ) -> Any:
        call = _run_call(self, "async_run", locals())
        if call.create is not None:
            prediction = await self.predictions.async_create(**call.create)
            await prediction.async_wait()
            return finished_output(prediction, self, call.use_file_output)
        with _older_model_errors(self):
            return convert_output(await self.async_typed.run(call.ref, **call.typed), self)

    def stream(
        self,
        ref: Any,
        input: Optional[Mapping[str, object]] = None,
        *,
        file_encoding_strategy: FileEncodingStrategy = "url",
        use_file_output: Optional[bool] = True,
        **params: Any,
    ) -> Iterator[StreamEvent]:
        """Run a model and iterate its output events (``str(event)`` is the text). As in 1.0.x,
        nothing is sent until the first event is asked for; ``webhook=`` and the other prediction
        parameters go to the prediction."""
        call = _run_call(self, "stream", locals())
        with older_streaming_errors():
            if call.create is not None:
                yield from self.predictions.create(**call.create).stream()
            else:
                yield from self.typed.stream(call.ref, **call.typed)

    def async_stream(
        self,
        ref: Any,
        input: Optional[Mapping[str, object]] = None,
        *,
        file_encoding_strategy: FileEncodingStrategy = "url",
        use_file_output: Optional[bool] = True,
        **params: Any,
    ) -> AwaitableAsyncIterator[StreamEvent]:
        """``async for event in await client.async_stream(...)`` (older) or without ``await`` (typed)."""
        call = _run_call(self, "async_stream", locals())

        async def events() -> AsyncIterator[StreamEvent]:
            with older_streaming_errors():
                if call.create is not None:
                    stream = (await self.predictions.async_create(**call.create)).async_stream()
                else:
                    stream = self.async_typed.stream(call.ref, **call.typed)
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
        """Close the connections of the sync client (and of the httpx client made from ``kwargs``)."""
        self._close()

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or name in (
            "typed",
            "_settings",
            "_httpx_options",
            "_close",
            "_async_clients",
            "_async_closers",
            "_async_lock",
            "poll_interval",
        ):
            raise AttributeError(name)
        return getattr(self.typed, name)

    def __repr__(self) -> str:
        return f"<replicate.Client base_url={str(self.typed.base_url)!r}>"


def model_reference(ref: object) -> str:
    """A model reference as a string: ``"owner/name"``, ``"owner/name:version"``, a version id, or
    a ``Model`` / ``Version`` object of the older interface."""
    from ._identifier import ModelVersionIdentifier
    from ._objects import Model, Version

    if isinstance(ref, Version):
        return ref.ref
    if isinstance(ref, Model):
        return ref.id
    if isinstance(ref, ModelVersionIdentifier):
        return f"{ref.owner}/{ref.name}" + (f":{ref.version}" if ref.version else "")
    if isinstance(ref, str):
        return ref
    raise TypeError(
        f"A model reference must be 'owner/name', 'owner/name:version' or a version id, not {type(ref).__name__}"
    )


def _async_closer(typed: AsyncReplicate, owned: Optional[httpx.AsyncClient]) -> Callable[[], Awaitable[None]]:
    async def close() -> None:
        await typed.close()
        if owned is not None:
            await owned.aclose()

    return close


def _close_sync_clients(typed: Replicate, owned: Optional[httpx.Client]) -> None:
    typed.close()
    if owned is not None:
        owned.close()


def legacy_streaming_error(error: StreamingNotSupportedError) -> StreamingNotSupportedError:
    """The error with replicate 1.0.x's message first ("Model does not support streaming")."""
    return StreamingNotSupportedError(f"Model does not support streaming: {error}")


@dataclass(frozen=True)
class _RunCall:
    """An older ``run`` / ``stream`` call (sync or async), checked and sorted before anything is
    sent. With prediction parameters (``webhook=``...), ``create`` holds ``predictions.create``'s
    arguments and the prediction is followed; otherwise the typed client's method of the same
    name takes ``ref`` and ``typed``."""

    ref: str
    create: Optional[Dict[str, Any]]
    typed: Dict[str, Any]
    use_file_output: bool


def _run_call(client: Client, method: str, arguments: Dict[str, Any]) -> _RunCall:
    """``method``'s arguments (its ``locals()``, taken first) as a ``_RunCall``."""
    ref, input, strategy = arguments["ref"], arguments["input"], arguments["file_encoding_strategy"]
    use_file_output = bool(arguments["use_file_output"])
    streams = method.endswith("stream")
    params = _run_create_params(arguments["params"], method)
    if params:
        create = {**_run_target(ref), "input": input, "file_encoding_strategy": strategy, **params}
        create.update({"stream": True} if streams else {"wait": arguments["wait"]})
        return _RunCall(model_reference(ref), create, {}, use_file_output)
    typed: Dict[str, Any] = {
        "input": prepare_input(input, call=f"{method}()"),
        "file_encoding_strategy": strategy,
    }
    if not streams:
        typed.update(
            wait=arguments["wait"],
            use_file_output=use_file_output,
            timeout=arguments["timeout"],
            poll_interval=max(float(client.poll_interval), MIN_POLL_INTERVAL),
        )
    return _RunCall(model_reference(ref), None, typed, use_file_output)


@contextmanager
def _older_model_errors(client: Client) -> Generator[None, None, None]:
    """A failed prediction raises the ``ModelError`` replicate 1.0.x raised."""
    try:
        yield
    except ModelError as error:
        raise legacy_model_error(error, client) from None


@contextmanager
def older_streaming_errors() -> Generator[None, None, None]:
    try:
        yield
    except StreamingNotSupportedError as error:
        raise legacy_streaming_error(error) from None


def _run_create_params(params: Dict[str, Any], method: str) -> Dict[str, Any]:
    unknown = sorted(set(params) - set(RUN_CREATE_PARAMS))
    if unknown:
        names = ", ".join(f"{name}=" for name in unknown)
        raise TypeError(
            f"{method}() got unexpected keyword argument(s) {names}; it takes input=, wait=, "
            f"use_file_output=, file_encoding_strategy=, timeout= and the prediction's "
            f"{', '.join(f'{name}=' for name in RUN_CREATE_PARAMS)}."
        )
    return {name: value for name, value in params.items() if value is not None}


def _run_target(ref: Any) -> Dict[str, Any]:
    """``predictions.create``'s target for a ``run`` reference: ``model=`` or ``version=``."""
    ref_string = model_reference(ref)
    if ":" in ref_string or "/" not in ref_string:
        return {"version": ref_string}
    return {"model": ref_string}


def legacy_model_error(error: ModelError, client: Client) -> ModelError:
    """The ``ModelError`` replicate 1.0.x raised: its message is the prediction's error and its
    ``prediction`` an older ``Prediction`` (``reload()``, ``logs``...)."""
    from ..lib.errors import PredictionCanceledError
    from ._objects import Prediction

    if isinstance(error, PredictionCanceledError) or isinstance(error.prediction, Prediction):
        return error
    prediction = Prediction(error.prediction, client)
    legacy = ModelError(prediction, str(prediction.error))
    return legacy.with_traceback(error.__traceback__)


def finished_output(prediction: Prediction, client: Client, use_file_output: bool) -> Any:
    """The output of a finished prediction as ``run`` returns it (``ModelError`` if it failed)."""
    from ..lib.errors import PredictionCanceledError

    if prediction.status == "failed":
        raise ModelError(prediction, str(prediction.error))
    if prediction.status == "canceled":
        raise PredictionCanceledError(prediction.typed)
    output = prediction.typed.output
    if not use_file_output:
        return output
    from ._io import transform_output

    return transform_output(output, client)


def legacy_base_url(base_url: Optional[str]) -> Optional[str]:
    """``base_url`` with ``/v1`` added when it is an origin only (replicate 1.0.x took the origin and
    added ``/v1`` to each path)."""
    if not base_url:
        return None
    from urllib.parse import urlsplit

    if urlsplit(base_url).path.strip("/") == "":
        return base_url.rstrip("/") + "/v1"
    return base_url


def _poll_interval_from_environment() -> float:
    value = os.environ.get(POLL_INTERVAL_ENV_VAR)
    if not value:
        return DEFAULT_POLL_INTERVAL
    try:
        return float(value)
    except ValueError:
        raise ValueError(f"{POLL_INTERVAL_ENV_VAR} must be a number of seconds, got {value!r}") from None
