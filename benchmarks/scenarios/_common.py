"""What every scenario process shares: timing loops, memory readings, JSON out. Stdlib only.

Besides wall time, each loop reports the CPU time of the client's process (``time.process_time``):
on a machine shared with other work, waiting for a core inflates wall time but not CPU time, so
the CPU ratio is the steadier comparison of how much work each client does per call.

The loops live here, not in the per-client adapters, so every client is timed by the same code;
an adapter only says how its client does one call (see ``clients/*.py``).
"""

from __future__ import annotations

import asyncio
import gc
import json
import sys
import time
from typing import Any, Awaitable, Callable, Dict, List

PREDICTION_ID = "ufawqhfynnddngldkgtslldrkq"
MODEL = "replicate/hello-world"
TOKEN = "r8_benchmark_token_not_secret"


class NotApplicable(Exception):
    """Raised by an adapter for a scenario its client cannot do; the message is the reason."""


def rss_kib() -> int:
    """Resident set size now, in KiB (Linux: /proc; elsewhere: the peak, which is what we have)."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return peak_rss_kib()


def peak_rss_kib() -> int:
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak


def percentile(sorted_values: List[float], q: float) -> float:
    if not sorted_values:
        return float("nan")
    index = min(len(sorted_values) - 1, max(0, round(q * (len(sorted_values) - 1))))
    return sorted_values[index]


def latency_stats(samples_ns: List[int]) -> Dict[str, float]:
    values = sorted(s / 1e3 for s in samples_ns)  # microseconds
    return {
        "median_us": percentile(values, 0.5),
        "p99_us": percentile(values, 0.99),
        "mean_us": sum(values) / len(values),
        "calls": len(values),
    }


def time_calls(call: Callable[[], object], n: int, warmup: int) -> Dict[str, float]:
    for _ in range(warmup):
        call()
    samples: List[int] = []
    clock = time.perf_counter_ns
    gc.collect()
    cpu = time.process_time()
    for _ in range(n):
        start = clock()
        call()
        samples.append(clock() - start)
    cpu = time.process_time() - cpu
    return {**latency_stats(samples), "cpu_mean_us": cpu / n * 1e6}


def time_repeats(call: Callable[[], int], repeats: int, warmup: int) -> Dict[str, float]:
    """Whole-task timings (list every page, read a whole stream): median wall time, items per run."""
    items = 0
    for _ in range(warmup):
        items = call()
    walls: List[float] = []
    cpus: List[float] = []
    for _ in range(repeats):
        gc.collect()
        start, cpu = time.perf_counter(), time.process_time()
        items = call()
        walls.append(time.perf_counter() - start)
        cpus.append(time.process_time() - cpu)
    walls.sort()
    cpus.sort()
    return {
        "median_ms": percentile(walls, 0.5) * 1e3,
        "cpu_median_ms": percentile(cpus, 0.5) * 1e3,
        "min_ms": walls[0] * 1e3,
        "items": items,
        "repeats": repeats,
    }


def gather_gets(
    get: Callable[[], Awaitable[object]],
    close: Callable[[], Awaitable[object]],
    n: int,
    warmup: int,
    in_flight: int = 0,
) -> Dict[str, Any]:
    """``n`` concurrent gets in one ``asyncio.gather``; every exception is counted, by type.

    ``in_flight`` > 0: the caller admits at most that many at a time (an ``asyncio.Semaphore``), as
    a program that bounds its own concurrency does."""
    if in_flight > 0:
        unbounded = get
        slots: List[asyncio.Semaphore] = []

        async def get() -> object:
            if not slots:
                slots.append(asyncio.Semaphore(in_flight))
            async with slots[0]:
                return await unbounded()

    async def main() -> Dict[str, Any]:
        if warmup:
            await asyncio.gather(*(get() for _ in range(warmup)), return_exceptions=True)
        gc.collect()
        start, cpu = time.perf_counter(), time.process_time()
        results = await asyncio.gather(*(get() for _ in range(n)), return_exceptions=True)
        wall = time.perf_counter() - start
        cpu = time.process_time() - cpu
        await close()
        errors: Dict[str, int] = {}
        for result in results:
            if isinstance(result, BaseException):
                name = type(result).__name__
                errors[name] = errors.get(name, 0) + 1
        return {
            "wall_ms": wall * 1e3,
            "cpu_ms": cpu * 1e3,
            "requests": n,
            "errors": sum(errors.values()),
            "error_types": errors,
        }

    return asyncio.run(main())


def emit(result: Dict[str, Any]) -> None:
    result.setdefault("peak_rss_kib", peak_rss_kib())
    sys.stdout.write(json.dumps(result) + "\n")
    sys.stdout.flush()
