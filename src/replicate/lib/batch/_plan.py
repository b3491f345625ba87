"""What a batch does for each input, without doing any I/O (the drivers in `_sync` / `_async` do it).

Each input is a plan (a generator of steps, as in `lib/_plan.py`): encode files, wait for the rate
controller, journal the intent, create, journal the id, poll until terminal, journal the result.
A failure is thrown back into the plan by the driver, so every decision is made here, once.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any, Callable, Dict, Generator, List, Mapping, Optional, Tuple, Union, cast

from ..._core import provably_unsent, retry_delay
from ..._exceptions import APIConnectionError, APIError, APIStatusError
from .._plan import Create, Get, Output, Sleep, Step as RunStep, Tracker, output_steps, poll_steps
from .._polling import Backoff, Deadline
from .._refs import ModelRef
from .._run_request import check_input
from .._version_schema import VersionSchemas
from ..file_encoding import FileEncodingStrategy
from ._journal import Journal, JournalMismatchError, input_sha
from ._progress import Reporter
from ._rate import RateController, retry_after_seconds
from ._results import BatchResult, ResultStatus, Tally

if TYPE_CHECKING:
    from ...types.prediction import Prediction

__all__ = [
    "BatchContext",
    "Encode",
    "Item",
    "ListCreated",
    "Outcome",
    "Step",
    "item_steps",
    "reconcile_steps",
    "resume",
    "stopped",
]

# How far before an unanswered create to look for the prediction it may have made (clock skew).
RECONCILE_MARGIN = 300.0
# Retries of a create that provably never left the client (no connection), with the runtime's backoff.
UNSENT_RETRIES = 5


@dataclass(frozen=True)
class Encode:
    """Answered with the input, files replaced by URLs or data URIs."""

    input: Mapping[str, object]


@dataclass(frozen=True)
class ListCreated:
    """Answered with every prediction created at or after `created_after` (ISO 8601)."""

    created_after: str


Step = Union[RunStep, Encode, ListCreated]


@dataclass
class Item:
    index: int
    input: Any
    sha: str
    prediction_id: Optional[str] = None  # re-attach to this prediction instead of creating one
    finished_offset: Optional[int] = None  # its result is in the journal
    tracker: Tracker = field(default_factory=Tracker)
    running: bool = False  # counted in the tally's running predictions

    def live_prediction(self) -> Optional[str]:
        """The prediction to cancel if the batch is interrupted now."""
        return self.tracker.in_flight()


@dataclass(frozen=True)
class Outcome:
    item: Item
    status: ResultStatus
    output: Optional[Output] = None
    error: Optional[str] = None
    prediction: Optional[Prediction] = None
    resumed: bool = False

    def result(self, output: Any) -> BatchResult:
        item = self.item
        return BatchResult(
            index=item.index,
            input=item.input,
            prediction_id=item.tracker.prediction.id if item.tracker.prediction else item.prediction_id,
            status=self.status,
            output=output,
            error=self.error,
            resumed=self.resumed,
            prediction=self.prediction,
        )


@dataclass
class BatchContext:
    """Everything the items of one batch share."""

    ref: ModelRef
    strategy: FileEncodingStrategy
    use_file_output: bool
    poll_interval: float
    schemas: VersionSchemas
    journal: Optional[Journal]
    tally: Tally
    rate: RateController = field(default_factory=RateController)
    on_progress: Optional[Reporter] = None
    wall_clock: Callable[[], float] = time.time

    def item(self, index: int, input: object) -> Item:
        sha = input_sha(input)
        item = Item(index, input, sha)
        state = self.journal.state if self.journal is not None else None
        if state is None:
            return item
        item.finished_offset = state.finished_offset(index)
        created = state.created.get(index)
        if created is not None:
            item.prediction_id, journaled_sha = created
            self._check_sha(index, journaled_sha, sha)
        intent = state.intents.get(index)
        if intent is not None:
            self._check_sha(index, intent.sha, sha)
        if item.finished_offset is not None and self.journal is not None:
            self._check_sha(index, self.journal.read_record(item.finished_offset).get("sha"), sha)
        return item

    def _check_sha(self, index: int, journaled: object, sha: str) -> None:
        if journaled != sha:
            assert self.journal is not None
            raise JournalMismatchError(
                f"Input {index} differs from the one in the journal {self.journal.path}: the journal "
                "belongs to another list of inputs (use a new journal file for new inputs)."
            )

    def finish(self, outcome: Outcome, output: Any) -> BatchResult:
        """Count and report an input's result (`output`: as the batch's client wraps it)."""
        result = outcome.result(output)
        self.tally.add_result(result, was_running=outcome.item.running)
        self.report()
        return result

    def to_cancel(self, item: Item) -> Optional[str]:
        """The batch is stopping: the prediction of `item` to cancel now, if one is in flight."""
        prediction_id = item.live_prediction()
        if prediction_id is not None:
            item.tracker.cancel_sent = True
        return prediction_id

    def canceled(self, item: Item, prediction_id: str, canceled: Optional[Prediction]) -> Outcome:
        """Journal a cancel that went through (a rerun recreates the input's prediction)."""
        if canceled is not None and self.journal is not None:
            self.journal.canceled(item.index, prediction_id)
        return stopped(item)

    def report(self) -> None:
        if self.on_progress is not None:
            self.on_progress(self.tally.progress())

    def close(self) -> None:
        if self.journal is not None:
            self.journal.close()
        if self.on_progress is not None:
            self.on_progress.close()


def stopped(item: Item) -> Outcome:
    return Outcome(item, "canceled", error="The batch was stopped before this input finished.")


def resume(
    steps: Generator[Step, Any, Any], result: object = None, error: Optional[Exception] = None
) -> Tuple[bool, Any]:
    """Send a step's result (or throw its failure) into a plan: `(False, next step)`, or
    `(True, the plan's return value)` once it is done. Both drivers advance plans only this way."""
    try:
        return False, (steps.send(result) if error is None else steps.throw(error))
    except StopIteration as done:
        return True, done.value


def item_steps(item: Item, ctx: BatchContext) -> Generator[Step, Any, Outcome]:
    """One input, from its journaled state to its result; failures are outcomes, not exceptions."""
    if item.finished_offset is not None:
        return (yield from _resumed_steps(item, ctx))
    try:
        input = check_input(item.input)
    except (TypeError, ValueError) as exc:
        return Outcome(item, "error", error=str(exc))
    if item.prediction_id is None:
        created = yield from _create_steps(item, input, ctx)
        if isinstance(created, Outcome):
            return created
        prediction = created
    else:
        try:
            prediction = cast("Prediction", (yield Get(item.prediction_id)))
        except APIError as exc:
            return Outcome(item, "error", error=f"Could not re-attach to {item.prediction_id}: {exc}")
        item.tracker = Tracker(prediction)
        ctx.tally.add_attached()
    item.running = True
    ctx.report()
    try:
        prediction = yield from poll_steps(
            item.tracker, Deadline(None), Backoff(ctx.poll_interval), cancel_on_timeout=False
        )
    except APIError as exc:  # the prediction goes on; a rerun re-attaches to it
        return Outcome(item, "error", error=f"Lost track of prediction {prediction.id}: {exc}")
    return (yield from _finish_steps(item, prediction, ctx))


def _create_steps(
    item: Item, input: Dict[str, object], ctx: BatchContext
) -> Generator[Step, Any, Union[Prediction, Outcome]]:
    try:
        sent = cast("Dict[str, object]", (yield Encode(input)))
    except (APIError, TypeError, ValueError, OSError) as exc:
        return Outcome(item, "error", error=f"Could not send the input's files: {exc}")
    sent_sha = input_sha(sent)
    unsent_failures = 0
    while True:
        delay = ctx.rate.delay()
        if delay > 0:
            yield Sleep(delay)
            continue
        sent_at = ctx.rate.now()
        if ctx.journal is not None:
            ctx.journal.creating(item.index, item.sha, sent_sha, ctx.wall_clock())
        try:
            prediction = cast("Prediction", (yield Create(ctx.ref, sent, None, False, None)))
        except APIStatusError as exc:
            if _not_started(exc):
                ctx.rate.rejected(retry_after_seconds(exc.response.headers), sent_at)
                continue
            return _not_created(item, ctx, exc)
        except APIConnectionError as exc:
            if provably_unsent(exc) and unsent_failures < UNSENT_RETRIES:
                if ctx.journal is not None:
                    ctx.journal.not_created(item.index)
                yield Sleep(retry_delay(unsent_failures, None))
                unsent_failures += 1
                continue
            return _not_created(item, ctx, exc)
        except APIError as exc:
            return _not_created(item, ctx, exc)
        item.tracker = Tracker(prediction)
        ctx.rate.accepted()
        if ctx.journal is not None:
            ctx.journal.created(item.index, item.sha, prediction.id)
        ctx.tally.add_created()
        return prediction


def _not_started(exc: APIStatusError) -> bool:
    """A 429, or a 503 with Retry-After: the API says it did not start the prediction."""
    headers = exc.response.headers
    has_retry_after = "retry-after" in headers or "retry-after-ms" in headers
    return exc.status_code == 429 or (exc.status_code == 503 and has_retry_after)


def _not_created(item: Item, ctx: BatchContext, exc: APIError) -> Outcome:
    # Only a refusal or a create that never left is known not to have created anything; for a lost
    # connection the intent stays, so that a rerun looks for the prediction before creating another.
    if ctx.journal is not None and (isinstance(exc, APIStatusError) or provably_unsent(exc)):
        ctx.journal.not_created(item.index)
    return Outcome(item, "error", error=str(exc))


def _finish_steps(item: Item, prediction: Prediction, ctx: BatchContext) -> Generator[Step, Any, Outcome]:
    status = cast(ResultStatus, prediction.status)
    output: Optional[Output] = None
    if status == "succeeded":
        output = yield from output_steps(prediction, ctx.schemas, use_file_output=ctx.use_file_output)
    error = prediction.error if status == "failed" else None
    if status == "failed" and not error:
        error = f"Prediction {prediction.id} failed."
    if status == "canceled":
        error = f"Prediction {prediction.id} was canceled."
    if ctx.journal is not None:
        ctx.journal.finished(
            {
                "index": item.index,
                "sha": item.sha,
                "id": prediction.id,
                "status": status,
                "model": prediction.model,
                "version": prediction.version,
                "output": prediction.output,
                "error": error,
            }
        )
    return Outcome(item, status, output, error, prediction)


@dataclass
class _Finished:
    """A journaled result, standing in for the prediction `output_steps` reads."""

    id: str
    status: str
    model: str
    version: str
    output: object


def _resumed_steps(item: Item, ctx: BatchContext) -> Generator[Step, Any, Outcome]:
    assert ctx.journal is not None and item.finished_offset is not None
    record = ctx.journal.read_record(item.finished_offset)
    status = cast(ResultStatus, record["status"])
    item.prediction_id = record.get("id")
    output: Optional[Output] = None
    if status == "succeeded":
        finished = _Finished(
            str(record.get("id")),
            status,
            str(record.get("model") or ""),
            str(record.get("version") or ""),
            record.get("output"),
        )
        output = yield from output_steps(
            cast("Prediction", finished), ctx.schemas, use_file_output=ctx.use_file_output
        )
    return Outcome(item, status, output, record.get("error"), resumed=True)


def reconcile_steps(ctx: BatchContext) -> Generator[Step, Any, None]:
    """Resolve creates that were sent but never answered (the process died): attach each to the
    prediction the API made for it, if any, else mark it not created. Nothing is created twice."""
    journal = ctx.journal
    if journal is None or not journal.state.intents:
        return
    intents = sorted(journal.state.intents.values(), key=lambda intent: intent.at)
    since = datetime.fromtimestamp(intents[0].at - RECONCILE_MARGIN, tz=timezone.utc)
    candidates = cast("List[Prediction]", (yield ListCreated(since.isoformat().replace("+00:00", "Z"))))
    known = journal.ids()
    unclaimed: Dict[str, List[str]] = {}
    for prediction in reversed(candidates):  # oldest first, as the creates were sent
        if prediction.id in known or not _same_model(prediction, ctx.ref):
            continue
        if not prediction.input:
            prediction = cast("Prediction", (yield Get(prediction.id)))
        unclaimed.setdefault(input_sha(prediction.input), []).append(prediction.id)
    for intent in intents:
        matches = unclaimed.get(intent.sent)
        if matches:
            prediction_id = matches.pop(0)
            journal.created(intent.index, intent.sha, prediction_id)
            journal.state.apply(
                {"event": "created", "index": intent.index, "id": prediction_id, "sha": intent.sha}, -1
            )
        else:
            journal.not_created(intent.index)
            journal.state.apply({"event": "not_created", "index": intent.index}, -1)


def _same_model(prediction: Prediction, ref: ModelRef) -> bool:
    if ref.version is not None:
        return prediction.version == ref.version
    return prediction.model == ref.model
