"""The bases of `Replicate` and `AsyncReplicate` (named in codegen/config.yaml): `run`, `stream`, `use`.

Imported whenever `replicate.Replicate` is, so it stays cheap: the work lives in sibling modules
imported inside the methods.
"""

from __future__ import annotations

import os
import sys
from typing import (
    TYPE_CHECKING,
    Any,
    AsyncIterable,
    Awaitable,
    Callable,
    Dict,
    Iterable,
    Iterator,
    Mapping,
    Optional,
    Sequence,
    Type,
    Union,
    overload,
)

from typing_extensions import Literal, ParamSpec, TypeVar

from .._base_client import AsyncAPIClient, SyncAPIClient
from .._types import NOT_GIVEN, NotGiven
from ._polling import DEFAULT_POLL_INTERVAL
from .awaitable_iterator import AwaitableAsyncIterator

if TYPE_CHECKING:
    from .._client import AsyncReplicate, Replicate
    from ..types.webhook_event_type import WebhookEventType
    from ._refs import RunRef
    from ._run_request import RunRequest
    from ._stream_plan import StreamEvent
    from .batch import AsyncBatch, Batch, BatchProgress
    from .batch._request import BatchRequest
    from .file_encoding import FileEncodingStrategy
    from .model_types._signatures import (
        AsyncModelSignature,
        AsyncStreamingModelSignature,
        ModelSignature,
        StreamingModelSignature,
    )
    from .use import AsyncFunction, AsyncStreamingFunction, Function, StreamingFunction

__all__ = ["AsyncReplicateBase", "ReplicateBase"]

_P = ParamSpec("_P")
_R = TypeVar("_R")

DEFAULT_BATCH_CONCURRENCY = 16

BatchInput = Mapping[str, object]
ProgressOption = Union[None, bool, "Callable[[BatchProgress], None]"]


if "IPython" in sys.modules:  # in a notebook: predictions display as cards (lib/display.py)
    from .display import register_ipython_display

    register_ipython_display()


def _run_request(arguments: Dict[str, Any], **fixed: Any) -> RunRequest:
    """A public method's arguments (its `locals()`, taken before anything else) checked as a
    `RunRequest`: the sync and async twins hand them on whole instead of listing them again."""
    from ._run_request import RunRequest

    return RunRequest.build(**_parameters(arguments), **fixed)


def _batch_request(arguments: Dict[str, Any]) -> BatchRequest:
    """`batch`'s arguments but the inputs (its `locals()`), checked as a `BatchRequest`."""
    from .batch._request import BatchRequest

    parameters = _parameters(arguments)
    del parameters["inputs"]
    return BatchRequest.build(**parameters)


def _parameters(arguments: Dict[str, Any]) -> Dict[str, Any]:
    return {name: value for name, value in arguments.items() if name != "self"}


class ReplicateBase(SyncAPIClient):
    @property
    def _replicate(self) -> Replicate:
        """This client as the generated `Replicate` (which derives from this class and returns itself)."""
        raise NotImplementedError("ReplicateBase is the base of replicate.Replicate, not a client itself")

    def run(
        self,
        ref: RunRef,
        *,
        input: Mapping[str, object],
        wait: Union[bool, int, NotGiven] = NOT_GIVEN,
        use_file_output: bool = True,
        file_encoding_strategy: Optional[FileEncodingStrategy] = "url",
        timeout: Optional[float] = None,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        prefer: Optional[str] = None,
        webhook: Optional[str] = None,
        webhook_events_filter: Optional[Sequence[WebhookEventType]] = None,
        cancel_after: Optional[str] = None,
    ) -> Any:
        """Run a model and return its output once the prediction has succeeded.

        `ref` is `owner/name` (the latest version), `owner/name:version` or a version id, or an
        object naming one: a typed `Model` / `ModelVersion`, the older interface's `Model` /
        `Version`, a `ModelVersionIdentifier`. Files in
        `input` (open files, bytes, paths) are uploaded (`file_encoding_strategy="url"`) or sent as
        data URIs (`"base64"`). `wait` asks the server to hold the create request until the
        prediction finishes: `True` for up to 60 seconds, an int for 1..60 seconds, `False` not at
        all; after that the prediction is polled every `poll_interval` seconds, backing off.
        `timeout` is a deadline in seconds for the whole run: when it passes the prediction is
        canceled and `PredictionTimeoutError` (a `TimeoutError`) raised. An interrupt
        (KeyboardInterrupt) cancels the prediction too.

        `webhook`, `webhook_events_filter` and `cancel_after` go to the prediction as
        `predictions.create` sends them; `prefer="wait"` / `"wait=N"` is another spelling of `wait`
        (pass one of the two).

        Returns the output: iterator outputs as a list, or one string for models that concatenate
        their text; files as `FileOutput` when `use_file_output`. The return type is `Any`, not
        `object`, because the output's type depends on the model, and the documented usage
        (`print(output)`, `output[0].read()`, `for chunk in output`) relies on it being usable as is.

        Raises `ModelError` (with `.prediction`) if the prediction fails, and its subclass
        `PredictionCanceledError` if it is canceled.
        """
        request = _run_request(locals())
        from .run import run

        return run(self._replicate, request)

    def stream(
        self,
        ref: str,
        *,
        input: Mapping[str, object],
        file_encoding_strategy: FileEncodingStrategy = "url",
    ) -> Iterator[StreamEvent]:
        """Run a model and iterate its output events as it produces them (`str(event)` is the text).

        Reads the prediction's server-sent events (`urls.stream`), resuming after a dropped
        connection without losing or repeating output. Raises `ModelError` if the prediction
        fails, `StreamingNotSupportedError` if the model does not stream.
        """
        request = _run_request(locals(), poll_interval=DEFAULT_POLL_INTERVAL)
        from .stream import stream

        return stream(self._replicate, request)

    def batch(
        self,
        ref: str,
        inputs: Iterable[BatchInput],
        *,
        concurrency: int = DEFAULT_BATCH_CONCURRENCY,
        journal: Union[str, os.PathLike[str], None] = None,
        progress: ProgressOption = None,
        use_file_output: bool = True,
        file_encoding_strategy: FileEncodingStrategy = "url",
        poll_interval: float = DEFAULT_POLL_INTERVAL,
    ) -> Batch:
        """Run the model over `inputs` (any iterable of input dicts, read lazily); iterate the
        returned `Batch` for a `BatchResult` per input as each completes, then read `.summary`.

        At most `concurrency` predictions run at once. A 429 slows the batch down (honouring
        `Retry-After`) and it speeds up again after; no create is sent twice. A failing input is a
        result with `status` "failed" or "error", never an exception. With `journal=` (a JSON Lines
        file) a rerun skips finished inputs (yielding them with `resumed=True`) and re-attaches to
        predictions already created. Ctrl-C or leaving the loop cancels the predictions in flight.
        `progress=True` draws a tqdm bar; a callable receives a `BatchProgress` after each change.
        """
        request = _batch_request(locals())
        from .batch._sync import Batch

        return Batch(self._replicate, request, inputs)

    @overload
    def use(
        self, ref: str, *, streaming: Literal[False] = False, use_file_output: bool = True
    ) -> Function: ...

    @overload
    def use(
        self, ref: str, *, streaming: Literal[True], use_file_output: bool = True
    ) -> StreamingFunction: ...

    @overload
    def use(
        self, ref: Type[ModelSignature[_P, _R]], *, streaming: Literal[False] = False
    ) -> Function[_P, _R]: ...

    @overload
    def use(
        self, ref: Type[StreamingModelSignature[_P, Any]], *, streaming: Literal[True]
    ) -> StreamingFunction[_P]: ...

    @overload
    def use(
        self,
        ref: str,
        *,
        hint: Callable[_P, _R],
        streaming: Literal[False] = False,
        use_file_output: bool = True,
    ) -> Function[_P, _R]: ...

    @overload
    def use(
        self, ref: str, *, hint: Callable[_P, Any], streaming: Literal[True], use_file_output: bool = True
    ) -> StreamingFunction[_P]: ...

    def use(
        self,
        ref: Union[str, Type[ModelSignature[Any, Any]]],
        *,
        hint: Optional[Callable[..., Any]] = None,
        streaming: bool = False,
        use_file_output: bool = True,
    ) -> Union[Function[..., Any], StreamingFunction[...]]:
        """A reusable function running the model: `fn(**inputs)` returns its output (with
        `streaming=True`, iterates its text), `fn.create(**inputs)` starts a prediction.

        `ref` is `owner/name[:version]`, or a class generated by `replicate models generate`
        (`client.use(FluxSchnell)`: its pinned version runs, and the function is typed by it).
        `hint=` types the function by a signature you write: `def flux(prompt: str) -> list[FileOutput]: ...`.
        """
        from .model_types._use import resolve_use
        from .use import Function, StreamingFunction

        name, aliases = resolve_use(ref, hint, is_async=False)
        kind = StreamingFunction if streaming else Function
        return kind(self._replicate, name, use_file_output=use_file_output, aliases=aliases)


class AsyncReplicateBase(AsyncAPIClient):
    @property
    def _replicate(self) -> AsyncReplicate:
        """This client as the generated `AsyncReplicate` (which derives from this class and returns itself)."""
        raise NotImplementedError(
            "AsyncReplicateBase is the base of replicate.AsyncReplicate, not a client itself"
        )

    async def run(
        self,
        ref: RunRef,
        *,
        input: Mapping[str, object],
        wait: Union[bool, int, NotGiven] = NOT_GIVEN,
        use_file_output: bool = True,
        file_encoding_strategy: Optional[FileEncodingStrategy] = "url",
        timeout: Optional[float] = None,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        prefer: Optional[str] = None,
        webhook: Optional[str] = None,
        webhook_events_filter: Optional[Sequence[WebhookEventType]] = None,
        cancel_after: Optional[str] = None,
    ) -> Any:
        """Run a model and return its output; see `Replicate.run`. Cancelling the task cancels the
        prediction. Files in the output are `AsyncFileOutput`."""
        request = _run_request(locals())
        from .run import async_run

        return await async_run(self._replicate, request)

    def stream(
        self,
        ref: str,
        *,
        input: Mapping[str, object],
        file_encoding_strategy: FileEncodingStrategy = "url",
    ) -> AwaitableAsyncIterator[StreamEvent]:
        """Run a model and iterate its output events with `async for`; `async for event in await
        client.stream(...)` (the 2.0 betas' form) works too."""
        request = _run_request(locals(), poll_interval=DEFAULT_POLL_INTERVAL)
        from .stream import async_stream

        return AwaitableAsyncIterator(async_stream(self._replicate, request))

    def batch(
        self,
        ref: str,
        inputs: Union[Iterable[BatchInput], AsyncIterable[BatchInput]],
        *,
        concurrency: int = DEFAULT_BATCH_CONCURRENCY,
        journal: Union[str, os.PathLike[str], None] = None,
        progress: ProgressOption = None,
        use_file_output: bool = True,
        file_encoding_strategy: FileEncodingStrategy = "url",
        poll_interval: float = DEFAULT_POLL_INTERVAL,
    ) -> AsyncBatch:
        """Run the model over `inputs` (an iterable or async iterable of input dicts); `async for`
        over the returned `AsyncBatch` yields a `BatchResult` per input as each completes. As
        `Replicate.batch`; cancelling the task also cancels the predictions in flight."""
        request = _batch_request(locals())
        from .batch._async import AsyncBatch

        return AsyncBatch(self._replicate, request, inputs)

    @overload
    def use(
        self, ref: str, *, streaming: Literal[False] = False, use_file_output: bool = True
    ) -> AsyncFunction: ...

    @overload
    def use(
        self, ref: str, *, streaming: Literal[True], use_file_output: bool = True
    ) -> AsyncStreamingFunction: ...

    @overload
    def use(
        self, ref: Type[AsyncStreamingModelSignature[_P, Any]], *, streaming: Literal[True]
    ) -> AsyncStreamingFunction[_P]: ...

    @overload
    def use(
        self, ref: Type[AsyncModelSignature[_P, Awaitable[_R]]], *, streaming: Literal[False] = False
    ) -> AsyncFunction[_P, _R]: ...

    @overload
    def use(
        self,
        ref: str,
        *,
        hint: Callable[_P, Awaitable[_R]],
        streaming: Literal[False] = False,
        use_file_output: bool = True,
    ) -> AsyncFunction[_P, _R]: ...

    @overload
    def use(
        self,
        ref: str,
        *,
        hint: Callable[_P, _R],
        streaming: Literal[False] = False,
        use_file_output: bool = True,
    ) -> AsyncFunction[_P, _R]: ...

    @overload
    def use(
        self, ref: str, *, hint: Callable[_P, Any], streaming: Literal[True], use_file_output: bool = True
    ) -> AsyncStreamingFunction[_P]: ...

    def use(
        self,
        ref: Union[str, Type[AsyncModelSignature[Any, Any]]],
        *,
        hint: Optional[Callable[..., Any]] = None,
        streaming: bool = False,
        use_file_output: bool = True,
    ) -> Union[AsyncFunction[..., Any], AsyncStreamingFunction[...]]:
        """A reusable model function: `await fn(**inputs)`, `await fn.create(**inputs)`; with
        `streaming=True`, `async for chunk in fn(**inputs)`. `ref` may be a generated async class
        (`async_client.use(AsyncFluxSchnell)`), and `hint=` a signature, as for `Replicate.use`."""
        from .model_types._use import resolve_use
        from .use import AsyncFunction, AsyncStreamingFunction

        name, aliases = resolve_use(ref, hint, is_async=True)
        kind = AsyncStreamingFunction if streaming else AsyncFunction
        return kind(self._replicate, name, use_file_output=use_file_output, aliases=aliases)
