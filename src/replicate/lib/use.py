"""`use`: a model as a reusable function (`Function`, `StreamingFunction` and their async twins).

Calling a function runs the model with keyword inputs and returns its output (like `run`); a
streaming function yields text chunks (like `stream`); `.create(**inputs)` starts a prediction
and returns a handle (`Run` / `AsyncRun`) with `id`, `status`, `output()`, `logs()`, `cancel()`.
Inputs are checked against the version's input schema, where it is known, before anything runs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, AsyncIterator, Dict, Iterator, Mapping, Optional

from ._plan import FetchSchema, Tracker, create_step, output_steps, poll_steps
from ._plan_runner import AsyncPlanRunner, SyncPlanRunner
from ._polling import DEFAULT_POLL_INTERVAL, Backoff, Deadline, check_timeout
from ._refs import ModelRef, parse_ref
from ._run_request import RunRequest
from ._version_schema import Schema, check_inputs, schema_cache
from .run import async_output, async_run, run, sync_output
from .stream import async_stream, stream

if TYPE_CHECKING:
    from .._client import AsyncReplicate, Replicate
    from ..types.prediction import Prediction
    from ..types.prediction_status import PredictionStatus

__all__ = ["AsyncFunction", "AsyncRun", "AsyncStreamingFunction", "Function", "Run", "StreamingFunction"]


class _SchemaSource:
    """Where the input schema of a `use()`d model comes from, and what is known of it so far."""

    def __init__(self, ref: ModelRef, client: object) -> None:
        self._ref = ref
        self._schemas = schema_cache(client)
        self._latest: Optional[Schema] = None
        self._fetched = False

    def known(self) -> Optional[Schema]:
        if self._ref.version is not None:
            return self._schemas.get(self._ref.version)
        return self._latest

    def fetch_step(self) -> Optional[FetchSchema]:
        """The request that would make the schema known; None when there is none to make."""
        ref = self._ref
        if self._fetched or ref.owner is None or ref.name is None or self.known() is not None:
            return None
        return FetchSchema(ref.owner, ref.name, ref.version)

    def store(self, document: Optional[Schema]) -> None:
        self._fetched = True
        if document is None:
            return
        if self._ref.version is not None:
            self._schemas.put(self._ref.version, document)
        else:
            self._latest = document  # a model's latest version, as of this function's first call


def _request(ref: ModelRef, inputs: Dict[str, object], use_file_output: bool) -> RunRequest:
    return RunRequest(
        ref=ref,
        input=inputs,
        wait=60,
        strategy="url",
        timeout=None,
        poll_interval=DEFAULT_POLL_INTERVAL,
        use_file_output=use_file_output,
    )


# ---------------------------------------------------------------------------------------- sync


class Run:
    """A prediction started by `Function.create()`."""

    def __init__(self, client: Replicate, prediction: Prediction, *, use_file_output: bool) -> None:
        self._client = client
        self.prediction = prediction
        self._use_file_output = use_file_output

    @property
    def id(self) -> str:
        return self.prediction.id

    @property
    def status(self) -> PredictionStatus:
        """The status when last seen (`reload()`, `logs()` and `output()` refresh it)."""
        return self.prediction.status

    def reload(self) -> Prediction:
        self.prediction = self._client.predictions.get(prediction_id=self.id)
        return self.prediction

    def output(self, *, timeout: Optional[float] = None, poll_interval: float = DEFAULT_POLL_INTERVAL) -> Any:
        """Wait for the prediction to finish and return its output (files as `FileOutput`)."""
        tracker = Tracker(self.prediction, owned=False)
        runner = SyncPlanRunner(self._client)
        deadline, backoff = Deadline(check_timeout(timeout)), Backoff(poll_interval)
        try:
            runner.run(poll_steps(tracker, deadline, backoff, cancel_on_timeout=False), tracker)
        finally:
            self.prediction = tracker.prediction or self.prediction
        steps = output_steps(
            self.prediction, schema_cache(self._client), use_file_output=self._use_file_output
        )
        return sync_output(self._client, runner.run(steps, tracker))

    def logs(self) -> str:
        return self.reload().logs or ""

    def cancel(self) -> Prediction:
        self.prediction = self._client.predictions.cancel(prediction_id=self.id)
        return self.prediction

    def __repr__(self) -> str:
        return f"<Run {self.id} {self.status}>"


class _SyncFunctionBase:
    def __init__(self, client: Replicate, ref: str, *, use_file_output: bool = True) -> None:
        self._client = client
        self._ref = parse_ref(ref)
        self._use_file_output = use_file_output
        self._schema = _SchemaSource(self._ref, client)

    @property
    def ref(self) -> str:
        return str(self._ref)

    def openapi_schema(self) -> Optional[Mapping[str, Any]]:
        """The version's OpenAPI document, fetched once (None where it is not known)."""
        step = self._schema.fetch_step()
        if step is not None:
            self._schema.store(SyncPlanRunner(self._client).fetch_schema(step))
        return self._schema.known()

    def _checked(self, inputs: Dict[str, object]) -> Dict[str, object]:
        check_inputs(self.openapi_schema(), inputs)
        return inputs

    def create(self, **inputs: Any) -> Run:
        """Start a prediction and return its handle without waiting for it."""
        from .file_encoding import encode_file_inputs

        checked = self._checked(inputs)
        encoded = encode_file_inputs(checked, client=self._client, strategy="url")
        step = create_step(
            self._ref, encoded, wait=None, deadline=Deadline(None), client_timeout=self._client.timeout
        )
        prediction = SyncPlanRunner(self._client).create(step)
        return Run(self._client, prediction, use_file_output=self._use_file_output)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.ref}>"


class Function(_SyncFunctionBase):
    """`client.use(ref)`: call it with the model's inputs as keywords to get the output."""

    def __call__(self, **inputs: Any) -> Any:
        return run(self._client, _request(self._ref, self._checked(inputs), self._use_file_output))


class StreamingFunction(_SyncFunctionBase):
    """`client.use(ref, streaming=True)`: call it with the model's inputs to iterate text chunks."""

    def __call__(self, **inputs: Any) -> Iterator[str]:
        request = _request(self._ref, self._checked(inputs), self._use_file_output)
        return (str(event) for event in stream(self._client, request))


# ---------------------------------------------------------------------------------------- async


class AsyncRun:
    """A prediction started by `AsyncFunction.create()`."""

    def __init__(self, client: AsyncReplicate, prediction: Prediction, *, use_file_output: bool) -> None:
        self._client = client
        self.prediction = prediction
        self._use_file_output = use_file_output

    @property
    def id(self) -> str:
        return self.prediction.id

    @property
    def status(self) -> PredictionStatus:
        """The status when last seen (`reload()`, `logs()` and `output()` refresh it)."""
        return self.prediction.status

    async def reload(self) -> Prediction:
        self.prediction = await self._client.predictions.get(prediction_id=self.id)
        return self.prediction

    async def output(
        self, *, timeout: Optional[float] = None, poll_interval: float = DEFAULT_POLL_INTERVAL
    ) -> Any:
        tracker = Tracker(self.prediction, owned=False)
        runner = AsyncPlanRunner(self._client)
        deadline, backoff = Deadline(check_timeout(timeout)), Backoff(poll_interval)
        try:
            await runner.run(poll_steps(tracker, deadline, backoff, cancel_on_timeout=False), tracker)
        finally:
            self.prediction = tracker.prediction or self.prediction
        steps = output_steps(
            self.prediction, schema_cache(self._client), use_file_output=self._use_file_output
        )
        return async_output(self._client, await runner.run(steps, tracker))

    async def logs(self) -> str:
        return (await self.reload()).logs or ""

    async def cancel(self) -> Prediction:
        self.prediction = await self._client.predictions.cancel(prediction_id=self.id)
        return self.prediction

    def __repr__(self) -> str:
        return f"<AsyncRun {self.id} {self.status}>"


class _AsyncFunctionBase:
    def __init__(self, client: AsyncReplicate, ref: str, *, use_file_output: bool = True) -> None:
        self._client = client
        self._ref = parse_ref(ref)
        self._use_file_output = use_file_output
        self._schema = _SchemaSource(self._ref, client)

    @property
    def ref(self) -> str:
        return str(self._ref)

    async def openapi_schema(self) -> Optional[Mapping[str, Any]]:
        step = self._schema.fetch_step()
        if step is not None:
            self._schema.store(await AsyncPlanRunner(self._client).fetch_schema(step))
        return self._schema.known()

    async def _checked(self, inputs: Dict[str, object]) -> Dict[str, object]:
        check_inputs(await self.openapi_schema(), inputs)
        return inputs

    async def create(self, **inputs: Any) -> AsyncRun:
        from .file_encoding import async_encode_file_inputs

        checked = await self._checked(inputs)
        encoded = await async_encode_file_inputs(checked, client=self._client, strategy="url")
        step = create_step(
            self._ref, encoded, wait=None, deadline=Deadline(None), client_timeout=self._client.timeout
        )
        prediction = await AsyncPlanRunner(self._client).create(step)
        return AsyncRun(self._client, prediction, use_file_output=self._use_file_output)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.ref}>"


class AsyncFunction(_AsyncFunctionBase):
    """`async_client.use(ref)`: `await fn(**inputs)` returns the output."""

    async def __call__(self, **inputs: Any) -> Any:
        request = _request(self._ref, await self._checked(inputs), self._use_file_output)
        return await async_run(self._client, request)


class AsyncStreamingFunction(_AsyncFunctionBase):
    """`async_client.use(ref, streaming=True)`: `async for chunk in fn(**inputs)` yields text."""

    async def __call__(self, **inputs: Any) -> AsyncIterator[str]:
        request = _request(self._ref, await self._checked(inputs), self._use_file_output)
        async for event in async_stream(self._client, request):
            yield str(event)
