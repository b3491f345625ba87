"""`client.batch(ref, inputs)`: run a model over many inputs, resumably, within the API's rate limits.

for result in client.batch("owner/name", inputs, concurrency=16, journal="run.jsonl"):
    print(result.index, result.status, result.output)
"""

from ._async import AsyncBatch
from ._journal import JournalMismatchError
from ._request import DEFAULT_CONCURRENCY
from ._results import BatchProgress, BatchResult, BatchSummary
from ._sync import Batch

__all__ = [
    "DEFAULT_CONCURRENCY",
    "AsyncBatch",
    "Batch",
    "BatchProgress",
    "BatchResult",
    "BatchSummary",
    "JournalMismatchError",
]
