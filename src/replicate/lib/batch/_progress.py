"""Progress reporting: a one-line description of a `BatchProgress`, and the optional tqdm bar.

tqdm is an optional extra (`pip install "replicate[tqdm]"`); `tqdm.auto` draws a widget in
Jupyter and a text bar in a terminal.
"""

from __future__ import annotations

import threading
from typing import Any, Callable, Optional, Union

from ._results import BatchProgress

__all__ = ["Reporter", "format_duration", "format_progress", "progress_reporter"]


def format_duration(seconds: float) -> str:
    hours, rest = divmod(round(seconds), 3600)
    minutes, whole = divmod(rest, 60)
    if hours:
        return f"{hours}h{minutes:02d}m"
    if minutes:
        return f"{minutes}m{whole:02d}s"
    return f"{whole}s"


def format_progress(progress: BatchProgress) -> str:
    """`done 120/1000  failed 2  running 16  12.3/s  ETA 1m12s`"""
    done = f"{progress.done}/{progress.total}" if progress.total is not None else str(progress.done)
    text = f"done {done}  failed {progress.failed}  running {progress.running}  {progress.rate:.1f}/s"
    eta = progress.eta
    if eta is not None and progress.done < (progress.total or 0):
        text += f"  ETA {format_duration(eta)}"
    return text


class Reporter:
    """Calls the user's callback (or updates the tqdm bar) from any thread, one call at a time."""

    def __init__(self, callback: Callable[[BatchProgress], None], close: Callable[[], None]) -> None:
        self._callback = callback
        self._close = close
        self._lock = threading.Lock()

    def __call__(self, progress: BatchProgress) -> None:
        with self._lock:
            self._callback(progress)

    def close(self) -> None:
        with self._lock:
            self._close()


def progress_reporter(
    option: Union[bool, Callable[[BatchProgress], None], None], total: Optional[int]
) -> Optional[Reporter]:
    if option is None or option is False:
        return None
    if option is True:
        return _tqdm_reporter(total)
    return Reporter(option, lambda: None)


def _tqdm_reporter(total: Optional[int]) -> Reporter:
    try:
        from tqdm.auto import tqdm  # type: ignore[import-untyped,unused-ignore]
    except ImportError:
        raise ImportError(
            'progress=True draws a tqdm bar: install it with `pip install "replicate[tqdm]"`, '
            "or pass a callable to receive BatchProgress updates"
        ) from None
    bar: Any = tqdm(total=total, unit="pred", desc="batch", dynamic_ncols=True)

    def update(progress: BatchProgress) -> None:
        bar.set_postfix_str(f"failed={progress.failed} running={progress.running}", refresh=False)
        bar.update(progress.done - bar.n)

    return Reporter(update, bar.close)
