"""The arguments of `batch`, checked before anything is sent, and the context a run starts from."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any, Callable, Generic, Optional, TypeVar, Union, cast

from .._polling import check_poll_interval
from .._refs import ModelRef, parse_ref
from .._run_request import check_strategy
from .._version_schema import schema_cache
from ..file_encoding import FileEncodingStrategy
from ._journal import Journal
from ._plan import BatchContext
from ._progress import progress_reporter
from ._results import BatchProgress, BatchSummary, Tally

__all__ = ["DEFAULT_CONCURRENCY", "BatchBase", "BatchRequest", "ProgressOption", "open_context"]

_Client = TypeVar("_Client")
_Inputs = TypeVar("_Inputs")

DEFAULT_CONCURRENCY = 16
MAX_CONCURRENCY = 10_000

ProgressOption = Union[None, bool, Callable[[BatchProgress], None]]


@dataclass(frozen=True)
class BatchRequest:
    ref: ModelRef
    concurrency: int
    journal: Optional[str]
    strategy: FileEncodingStrategy
    use_file_output: bool
    poll_interval: float
    progress: ProgressOption
    durable: bool

    @classmethod
    def build(
        cls,
        ref: str,
        *,
        concurrency: object,
        journal: object,
        file_encoding_strategy: str,
        use_file_output: bool,
        poll_interval: float,
        progress: object,
        fsync: bool = True,
    ) -> BatchRequest:
        if isinstance(concurrency, bool) or not isinstance(concurrency, int):
            raise TypeError(f"concurrency must be a whole number of predictions, got {concurrency!r}")
        if not 1 <= concurrency <= MAX_CONCURRENCY:
            raise ValueError(f"concurrency must be from 1 to {MAX_CONCURRENCY}, got {concurrency!r}")
        if journal is not None and not isinstance(journal, (str, os.PathLike)):
            raise TypeError(f"journal must be a file path, got {type(journal).__name__}")
        journal_path = None if journal is None else str(cast("Union[str, os.PathLike[str]]", journal))
        if progress is not None and not isinstance(progress, bool) and not callable(progress):
            raise TypeError("progress must be True (a tqdm bar), False/None, or a callable")
        return cls(
            ref=parse_ref(ref),
            concurrency=concurrency,
            journal=journal_path,
            strategy=check_strategy(file_encoding_strategy),
            use_file_output=bool(use_file_output),
            poll_interval=check_poll_interval(poll_interval),
            progress=cast(ProgressOption, progress),
            durable=bool(fsync),
        )


class BatchBase(Generic[_Client, _Inputs]):
    """What `Batch` and `AsyncBatch` share: their arguments, the context of their run, its summary."""

    _context: Optional[BatchContext] = None

    def __init__(self, client: _Client, request: BatchRequest, inputs: _Inputs) -> None:
        self._client = client
        self._request = request
        self._inputs = inputs

    @property
    def summary(self) -> BatchSummary:
        if self._context is None:
            raise RuntimeError("the batch has not started: iterate it first")
        return self._context.tally.summary(self._context.rate.rate_limited)

    def _open_context(self) -> BatchContext:
        self._context = open_context(self._client, self._request, self._inputs)
        return self._context


def open_context(client: Any, request: BatchRequest, inputs: Any) -> BatchContext:
    """Open the journal (resuming what it records) and set up the counters and progress reporting."""
    journal = None
    if request.journal is not None:
        journal = Journal.open(request.journal, str(request.ref), durable=request.durable)
    total = _length(inputs)
    return BatchContext(
        ref=request.ref,
        strategy=request.strategy,
        use_file_output=request.use_file_output,
        poll_interval=request.poll_interval,
        schemas=schema_cache(client),
        journal=journal,
        tally=Tally(total),
        on_progress=progress_reporter(request.progress, total),
    )


def _length(inputs: Any) -> Optional[int]:
    try:
        return len(inputs)
    except TypeError:
        return None
