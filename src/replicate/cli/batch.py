"""`replicate batch OWNER/NAME[:VERSION] INPUTS.jsonl -o RESULTS.jsonl`: run a model over many inputs.

Each line of INPUTS.jsonl is one input object. RESULTS.jsonl gets one line per input as it
completes: index, input, prediction id, status, output, error. The journal (by default
RESULTS.jsonl.journal) makes a rerun of the same command resume: finished inputs are not run again
and predictions already created are re-attached to. Exit code 1 if any input failed.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator, Optional, TextIO

from ._common import EXIT_MODEL, EXIT_OK, EXIT_USAGE, CommandError, make_client

if TYPE_CHECKING:
    from ..lib.batch import BatchProgress, BatchResult

__all__ = ["register"]

REDRAW_INTERVAL = 0.1


def register(subparsers: Any) -> None:
    summary = "run a model over every input in a JSON Lines file (resumable)"
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "batch", help=summary, description=summary.capitalize() + "."
    )
    parser.add_argument("model", metavar="owner/name[:version]", help="the model (or a version id)")
    parser.add_argument("inputs", metavar="INPUTS.jsonl", type=Path, help="one input object per line")
    parser.add_argument(
        "-o", "--output", metavar="RESULTS.jsonl", type=Path, required=True, help="where results are written"
    )
    parser.add_argument(
        "--concurrency", type=int, default=16, metavar="N", help="predictions running at once (default 16)"
    )
    parser.add_argument(
        "--journal",
        metavar="FILE",
        type=Path,
        default=None,
        help="the resume journal (default: RESULTS.jsonl.journal); rerun the same command to resume",
    )
    parser.set_defaults(handler=run_batch)


def run_batch(args: argparse.Namespace) -> int:
    from ..lib._refs import parse_ref

    try:
        parse_ref(args.model)
    except ValueError as exc:
        raise CommandError(str(exc), EXIT_USAGE) from None
    if args.concurrency < 1:
        raise CommandError(f"--concurrency must be at least 1, got {args.concurrency}", EXIT_USAGE)
    total = _check_inputs(args.inputs)
    journal: Path = args.journal or Path(f"{args.output}.journal")
    client = make_client(args)
    line = ProgressLine(sys.stderr)
    batch = client.batch(
        args.model,
        _read_inputs(args.inputs),
        concurrency=args.concurrency,
        journal=journal,
        progress=line.update,
        use_file_output=False,
    )
    line.total = total
    with args.output.open("w", encoding="utf-8") as out:
        try:
            for result in batch:
                out.write(json.dumps(_result_line(result), default=str) + "\n")
                out.flush()
        finally:
            line.clear()
    summary = batch.summary
    sys.stderr.write(
        f"{summary.succeeded} succeeded, {summary.total - summary.succeeded} failed"
        f" ({summary.resumed} from an earlier run) in {summary.elapsed:.1f}s; results in {args.output}\n"
    )
    return EXIT_OK if summary.ok else EXIT_MODEL


def _check_inputs(path: Path) -> int:
    """Every line is a JSON object (checked before anything is sent); returns how many there are."""
    count = 0
    try:
        with path.open(encoding="utf-8") as handle:
            for number, text in enumerate(handle, start=1):
                if not text.strip():
                    continue
                try:
                    value = json.loads(text)
                except ValueError as exc:
                    raise CommandError(f"{path}:{number}: not valid JSON ({exc})", EXIT_USAGE) from None
                if not isinstance(value, dict):
                    raise CommandError(
                        f"{path}:{number}: each line must be a JSON object of inputs", EXIT_USAGE
                    )
                count += 1
    except OSError as exc:
        raise CommandError(f"Cannot read {path}: {exc.strerror}", EXIT_USAGE) from None
    return count


def _read_inputs(path: Path) -> Iterator[Any]:
    with path.open(encoding="utf-8") as handle:
        for text in handle:
            if text.strip():
                yield json.loads(text)


def _result_line(result: BatchResult) -> Any:
    return {
        "index": result.index,
        "input": result.input,
        "id": result.prediction_id,
        "status": result.status,
        "output": result.output,
        "error": result.error,
    }


class ProgressLine:
    """`done 120/1000  failed 2  running 16  12.3/s  ETA 1m12s` on stderr, only on a terminal."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self.enabled = _is_terminal(stream) and os.environ.get("TERM") != "dumb"
        self.total: Optional[int] = None
        self._drawn_at = 0.0

    def update(self, progress: BatchProgress) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        finished = self.total is not None and progress.done >= self.total
        if now - self._drawn_at < REDRAW_INTERVAL and not finished:
            return
        self._drawn_at = now
        from dataclasses import replace

        from ..lib.batch._progress import format_progress

        self._stream.write("\r\x1b[K" + format_progress(replace(progress, total=self.total)))
        self._stream.flush()

    def clear(self) -> None:
        if self.enabled and self._drawn_at:
            self._stream.write("\r\x1b[K")
            self._stream.flush()


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
