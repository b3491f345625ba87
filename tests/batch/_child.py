"""A batch in its own process, for the crash and interrupt tests: killed, interrupted, resumed.

    python _child.py SIDE BASE_URL TOKEN JOURNAL COUNT SECONDS [hold]

Prints one line per result (`index status`), then `done`.
"""

from __future__ import annotations

import sys

import anyio

from replicate import AsyncReplicate, Replicate

MODEL = "acme/echo"


def inputs(count: int, seconds: float, hold: bool) -> object:
    return ({"text": f"k{i}", "seconds": seconds, "hold": hold} for i in range(count))


def main() -> None:
    side, base_url, token, journal, count, seconds = sys.argv[1:7]
    batch_inputs = inputs(int(count), float(seconds), sys.argv[7:] == ["hold"])
    options = {"concurrency": 6, "journal": journal, "poll_interval": 0.05}
    if side == "sync":
        with Replicate(base_url=base_url, bearer_token=token) as client:
            for result in client.batch(MODEL, batch_inputs, **options):  # type: ignore[arg-type]
                print(result.index, result.status, flush=True)
    else:

        async def run() -> None:
            async with AsyncReplicate(base_url=base_url, bearer_token=token) as client:
                batch = client.batch(MODEL, batch_inputs, **options)  # type: ignore[arg-type]
                async with batch:
                    async for result in batch:
                        print(result.index, result.status, flush=True)

        anyio.run(run, backend=side)
    print("done", flush=True)


if __name__ == "__main__":
    main()
