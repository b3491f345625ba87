"""Batch benchmark: `client.batch` vs the hand-written `asyncio.gather` + semaphore over `async_run`.

    python benchmarks/batch.py                      # 10,000 inputs, concurrency 64
    python benchmarks/batch.py --inputs 500         # quicker

A `replicate.testing` server runs in its own process (so serving never takes the client's CPU or
GIL); each client runs in a fresh process that reports its own CPU time (user + system, from
getrusage) and peak RSS. Both run `replicate/hello-world`, which finishes at once: what is left
is the client's own cost per prediction. `gather` is the obvious loop users write today:

    sem = asyncio.Semaphore(N)
    async def one(i):
        async with sem:
            return await client.run(MODEL, input=...)
    await asyncio.gather(*(one(i) for i in range(count)), return_exceptions=True)

It builds every coroutine up front (memory grows with the input count) and holds each create
open (`Prefer: wait`); `batch` reads inputs lazily, creates without waiting and polls
(`poll_interval`), and with `--journal` fsyncs two records per input.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from typing import Any, Dict, List

MODEL = "replicate/hello-world"


def client_main(mode: str, base_url: str, token: str, count: int, concurrency: int, journal: str) -> None:
    import asyncio

    from replicate import AsyncReplicate

    errors: Dict[str, int] = {}

    async def run() -> int:
        async with AsyncReplicate(base_url=base_url, bearer_token=token) as client:
            if mode == "gather":
                semaphore = asyncio.Semaphore(concurrency)

                async def one(index: int) -> Any:
                    async with semaphore:
                        return await client.run(MODEL, input={"text": str(index)})

                results = await asyncio.gather(*(one(i) for i in range(count)), return_exceptions=True)
                for result in results:
                    if isinstance(result, BaseException):
                        errors[type(result).__name__] = errors.get(type(result).__name__, 0) + 1
                return sum(1 for result in results if isinstance(result, str))
            inputs = ({"text": str(index)} for index in range(count))
            batch = client.batch(
                MODEL, inputs, concurrency=concurrency, poll_interval=0.1, journal=journal or None
            )
            ok = 0
            async for result in batch:
                ok += result.ok
                if not result.ok:
                    errors[result.status] = errors.get(result.status, 0) + 1
            return ok

    started = time.perf_counter()
    ok = asyncio.run(run())
    wall = time.perf_counter() - started
    usage = resource.getrusage(resource.RUSAGE_SELF)
    print(
        json.dumps(
            {
                "ok": ok,
                "wall": wall,
                "cpu": usage.ru_utime + usage.ru_stime,
                "peak_rss_mib": usage.ru_maxrss / 1024,
                "errors": errors,
            }
        )
    )


def start_server() -> tuple[subprocess.Popen[str], str, str]:
    server = subprocess.Popen(
        [sys.executable, "-m", "replicate.testing", "--port", "0", "--speed", "1000"],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert server.stdout is not None
    values: Dict[str, str] = {}
    while len(values) < 2:
        line = server.stdout.readline()
        if not line:
            raise RuntimeError("the testing server did not start")
        key, _, value = line.strip().partition("=")
        if key in ("REPLICATE_BASE_URL", "REPLICATE_API_TOKEN"):
            values[key] = value
    return server, values["REPLICATE_BASE_URL"], values["REPLICATE_API_TOKEN"]


def measure(
    mode: str, base_url: str, token: str, count: int, concurrency: int, journal: str
) -> Dict[str, Any]:
    output = subprocess.run(
        [sys.executable, __file__, "--client", mode, base_url, token, str(count), str(concurrency), journal],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--client":
        mode, base_url, token, count, concurrency = sys.argv[2:7]
        journal = sys.argv[7] if len(sys.argv) > 7 else ""
        client_main(mode, base_url, token, int(count), int(concurrency), journal)
        return
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--inputs", type=int, default=10_000)
    parser.add_argument("--concurrency", type=int, default=64)
    args = parser.parse_args()

    rows: List[tuple[str, Dict[str, Any]]] = []
    with tempfile.TemporaryDirectory() as directory:
        for label, mode, journal in (
            ("gather + semaphore over async_run", "gather", ""),
            ("client.batch", "batch", ""),
            ("client.batch, journal (fsync)", "batch", os.path.join(directory, "journal.jsonl")),
        ):
            server, base_url, token = start_server()  # a fresh server each: same starting state
            try:
                rows.append((label, measure(mode, base_url, token, args.inputs, args.concurrency, journal)))
            finally:
                server.terminate()
                server.wait()

    print(
        f"{args.inputs} inputs, concurrency {args.concurrency}, {MODEL} on replicate.testing (own process)\n"
    )
    print("| client | ok | errors | wall s | CPU s | CPU ms / prediction | peak RSS MiB |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for label, row in rows:
        per = 1000 * row["cpu"] / max(args.inputs, 1)
        print(
            f"| {label} | {row['ok']} | {row['errors'] or 0} | {row['wall']:.1f} | {row['cpu']:.1f} | {per:.2f} | {row['peak_rss_mib']:.0f} |"
        )


if __name__ == "__main__":
    main()
