"""What `run`, `use` and `predictions.wait` do, without doing any I/O (sans-I/O).

A plan is a generator that yields steps (`Create`, `Get`, `Cancel`, `FetchSchema`, and `_core`'s
`Sleep`) and is sent each step's result, so the two clients share every decision: when to poll,
how long to wait, when to give up, what the output looks like. Each of these steps names one API
call (`call()`: a `_core.Call` of a generated operation); `_plan_runner.py` turns the whole plan
into a plan of `_core` steps for the client's one driver. The operations are imported where a call
is built: the resource modules import `lib.predictions`, and a run loads only those it sends.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Dict, Generator, List, Mapping, Optional, Tuple, Union, cast

import httpx

from .._core import Call, Sleep, make_call
from .._exceptions import ModelError
from .._operation import DEFAULT_OPTIONS, RequestOptions
from ._polling import TERMINAL_STATUSES, Backoff, Deadline
from ._refs import ModelRef
from ._version_schema import Schema, VersionSchemas, is_concatenated_output, shape_output
from .errors import PredictionCanceledError, PredictionTimeoutError

if TYPE_CHECKING:
    from ..types.prediction import Prediction

__all__ = [
    "MAX_PREFER_WAIT",
    "CANCEL_TIMEOUT",
    "Cancel",
    "Create",
    "CreateParams",
    "FetchSchema",
    "Get",
    "Output",
    "Sleep",
    "Step",
    "Tracker",
    "create_step",
    "is_terminal",
    "output_steps",
    "poll_steps",
    "prefer_wait_seconds",
    "raise_for_status",
    "run_steps",
    "wait_steps",
]

MAX_PREFER_WAIT = 60
# Beyond `Prefer: wait=N` itself, the time the server may take to answer a held request.
PREFER_WAIT_READ_MARGIN = 10.0
# The shortest `Cancel-After` the API accepts.
MIN_CANCEL_AFTER = 5
_VERSION_ID = re.compile(r"[0-9a-fA-F]{64}")


# The cancel sent at a deadline or on an interrupt: one try, a short timeout.
CANCEL_TIMEOUT = 5.0


@dataclass(frozen=True)
class Create:
    """Answered with the created prediction."""

    ref: ModelRef
    input: Mapping[str, object]
    prefer: Optional[str]
    stream: bool
    timeout: Optional[httpx.Timeout]  # None: the client's timeout
    cancel_after: Optional[str] = None  # `Cancel-After`: the server cancels the prediction then
    webhook: Optional[str] = None
    webhook_events_filter: Optional[Tuple[str, ...]] = None

    def call(self) -> Call:
        """`models.predictions.create` for a model's latest version, else `predictions.create`
        (whose `version` may also be `owner/name:version`); retried only when provably unsent."""
        body: Dict[str, object] = {"input": dict(self.input)}
        if self.webhook is not None:
            body["webhook"] = self.webhook
        if self.webhook_events_filter is not None:
            body["webhook_events_filter"] = list(self.webhook_events_filter)
        if self.stream:
            body["stream"] = True
        headers = {"Prefer": self.prefer, "Cancel-After": self.cancel_after}
        options = DEFAULT_OPTIONS if self.timeout is None else RequestOptions(timeout=self.timeout)
        ref = self.ref
        if ref.version is None:
            from ..resources.models.predictions import CREATE as MODEL_CREATE

            assert ref.owner is not None and ref.name is not None
            path = {"model_owner": ref.owner, "model_name": ref.name}
            return make_call(MODEL_CREATE, path=path, headers=headers, body=body, options=options)
        from ..resources.predictions import CREATE

        body = {"version": str(ref), **body}
        return make_call(CREATE, headers=headers, body=body, options=options)


@dataclass(frozen=True)
class Get:
    """Answered with the prediction as it is now."""

    prediction_id: str

    def call(self) -> Call:
        from ..resources.predictions import GET

        return make_call(GET, path={"prediction_id": self.prediction_id})


@dataclass(frozen=True)
class Cancel:
    """Answered with the canceled prediction, or None when the cancel request failed (one try,
    `CANCEL_TIMEOUT` seconds)."""

    prediction_id: str

    def call(self) -> Call:
        from ..resources.predictions import CANCEL

        options = RequestOptions(timeout=CANCEL_TIMEOUT)
        return make_call(CANCEL, path={"prediction_id": self.prediction_id}, options=options)


@dataclass(frozen=True)
class FetchSchema:
    """Answered with the version's `openapi_schema`, or None when it cannot be read."""

    owner: str
    name: str
    version: Optional[str]  # None: the model's latest version

    def call(self) -> Call:
        """`models.versions.get`, or `models.get` (whose `latest_version` has the schema)."""
        path: Dict[str, object] = {"model_owner": self.owner, "model_name": self.name}
        if self.version is None:
            from ..resources.models.models import GET as MODEL_GET

            return make_call(MODEL_GET, path=path)
        from ..resources.models.versions import GET as VERSION_GET

        return make_call(VERSION_GET, path={**path, "version_id": self.version})


Step = Union[Create, Get, Cancel, Sleep, FetchSchema]


@dataclass(frozen=True)
class Output:
    value: object
    document: Optional[Schema]
    wrap_files: bool


def is_terminal(prediction: Prediction) -> bool:
    return prediction.status in TERMINAL_STATUSES


def raise_for_status(prediction: Prediction) -> None:
    if prediction.status == "failed":
        raise ModelError(prediction)
    if prediction.status == "canceled":
        raise PredictionCanceledError(prediction)


def prefer_wait_seconds(wait: object) -> Optional[int]:
    """`wait=True`: the server's maximum; an int: that many seconds (1..60); False: no Prefer header."""
    if isinstance(wait, bool):
        return MAX_PREFER_WAIT if wait else None
    if not isinstance(wait, int):
        raise TypeError(f"wait must be True, False or a number of seconds from 1 to 60, got {wait!r}")
    if not 1 <= wait <= MAX_PREFER_WAIT:
        raise ValueError(f"wait must be True, False or a number of seconds from 1 to 60, got {wait!r}")
    return wait


def _held_request_timeout(client_timeout: httpx.Timeout, seconds: int) -> Optional[httpx.Timeout]:
    """The client's timeout with a read timeout long enough for a request held `seconds` seconds."""
    read = client_timeout.read
    needed = seconds + PREFER_WAIT_READ_MARGIN
    if read is None or read >= needed:
        return None
    return httpx.Timeout(
        connect=client_timeout.connect, read=needed, write=client_timeout.write, pool=client_timeout.pool
    )


class Tracker:
    """The latest known state of the prediction a plan is following."""

    def __init__(self, prediction: Optional[Prediction] = None, *, owned: bool = True) -> None:
        self.prediction = prediction
        # Only a prediction the plan created is canceled on an interrupt.
        self.cancel_sent = not owned

    def in_flight(self) -> Optional[str]:
        """The id of a prediction that may still be running (and billing), if any."""
        prediction = self.prediction
        if prediction is None or self.cancel_sent or is_terminal(prediction):
            return None
        return prediction.id

    def to_cancel_after(self, exc: BaseException) -> Optional[str]:
        """The id to cancel now that `exc` ends the plan: only an interrupt (KeyboardInterrupt, task
        cancellation; not an error) of a prediction still in flight, and only once."""
        prediction_id = None if isinstance(exc, Exception) else self.in_flight()
        if prediction_id is not None:
            self.cancel_sent = True
        return prediction_id


def create_step(
    ref: ModelRef,
    input: Mapping[str, object],
    *,
    wait: Optional[int],
    deadline: Deadline,
    client_timeout: httpx.Timeout,
    stream: bool = False,
    params: Optional[CreateParams] = None,
) -> Create:
    """The create request. The server holds it at most `wait` seconds, and never beyond the
    deadline; with a deadline, the server also cancels the prediction once it has passed
    (`Cancel-After`), so a run interrupted before the prediction's id arrived (while the create
    is held) does not leave it running past its deadline. `params` are the caller's own create
    parameters (its `cancel_after` wins over the deadline's)."""
    params = params or CreateParams()
    remaining = deadline.remaining()
    cancel_after = None if remaining is None else f"{max(MIN_CANCEL_AFTER, math.ceil(remaining))}s"
    cancel_after = params.cancel_after or cancel_after
    if wait is not None and remaining is not None:
        wait = int(remaining) if remaining < wait else wait
        if wait < 1:
            wait = None
    prefer = None if wait is None else f"wait={wait}"
    timeout = None if wait is None else _held_request_timeout(client_timeout, wait)
    return Create(
        ref, input, prefer, stream, timeout, cancel_after, params.webhook, params.webhook_events_filter
    )


@dataclass(frozen=True)
class CreateParams:
    """Create parameters a caller of `run` passes through to the prediction as they are."""

    webhook: Optional[str] = None
    webhook_events_filter: Optional[Tuple[str, ...]] = None
    cancel_after: Optional[str] = None


def poll_steps(
    tracker: Tracker, deadline: Deadline, backoff: Backoff, *, cancel_on_timeout: bool
) -> Generator[Step, Any, Prediction]:
    """Poll until the prediction is terminal; at the deadline cancel it (if asked) and raise."""
    prediction = tracker.prediction
    assert prediction is not None
    while not is_terminal(prediction):
        remaining = deadline.remaining()
        if remaining is not None and remaining <= 0:
            canceled = False
            if cancel_on_timeout:
                tracker.cancel_sent = True
                latest = yield Cancel(prediction.id)
                if latest is not None:
                    prediction = tracker.prediction = cast("Prediction", latest)
                    canceled = True
            assert deadline.timeout is not None
            raise PredictionTimeoutError(prediction, deadline.timeout, canceled=canceled)
        yield Sleep(backoff.next(remaining))
        prediction = tracker.prediction = cast("Prediction", (yield Get(prediction.id)))
    return prediction


def wait_steps(
    prediction_id: str, tracker: Tracker, deadline: Deadline, backoff: Backoff
) -> Generator[Step, Any, Prediction]:
    """`predictions.wait`: read the prediction, then poll it until terminal (never canceling it)."""
    tracker.prediction = cast("Prediction", (yield Get(prediction_id)))
    return (yield from poll_steps(tracker, deadline, backoff, cancel_on_timeout=False))


def output_steps(
    prediction: Prediction, schemas: VersionSchemas, *, use_file_output: bool
) -> Generator[Step, Any, Output]:
    """The output of a succeeded prediction, shaped by its version's schema (fetched only if needed)."""
    raise_for_status(prediction)
    output = prediction.output
    document: Optional[Schema] = None
    if _needs_schema(output, use_file_output):
        version = prediction.version if _VERSION_ID.fullmatch(prediction.version or "") else None
        document = schemas.get(version) if version else None
        owner, _, name = (prediction.model or "").partition("/")
        if document is None and owner and name:
            document = cast(Optional[Schema], (yield FetchSchema(owner, name, version)))
            if document is not None and version:
                schemas.put(version, document)
    shaped = shape_output(output, document)
    return Output(shaped, document, use_file_output and not is_concatenated_output(document))


def _needs_schema(output: object, use_file_output: bool) -> bool:
    """Lists may be iterator output; http(s) strings may be files: only the schema can tell."""
    return isinstance(output, list) or (use_file_output and _has_http_string(output))


def _has_http_string(value: object) -> bool:
    if isinstance(value, str):
        return value[:8].lower().startswith(("http://", "https://"))
    if isinstance(value, list):
        return any(_has_http_string(item) for item in cast(List[object], value))
    if isinstance(value, dict):
        return any(_has_http_string(item) for item in cast(Mapping[str, object], value).values())
    return False


def run_steps(
    create: Create,
    tracker: Tracker,
    deadline: Deadline,
    backoff: Backoff,
    schemas: VersionSchemas,
    *,
    use_file_output: bool,
) -> Generator[Step, Any, Output]:
    """Create, poll until terminal (canceling at the deadline), then read the output."""
    tracker.prediction = cast("Prediction", (yield create))
    prediction = yield from poll_steps(tracker, deadline, backoff, cancel_on_timeout=True)
    return (yield from output_steps(prediction, schemas, use_file_output=use_file_output))
