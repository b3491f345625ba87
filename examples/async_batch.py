"""Run many predictions concurrently with AsyncReplicate, at most `LIMIT` at a time.

    python examples/async_batch.py

A semaphore bounds concurrency (stay well under your rate limit); `return_exceptions=True` keeps
one failed input from discarding the others' results.
"""

from __future__ import annotations

import asyncio
from typing import List, Union

from _target import MODELS, async_client

from replicate import AsyncReplicate

LIMIT = 3
NAMES = ["Ada", "Grace", "Alan", "Barbara", "Edsger", "Margaret", "Donald", "Frances"]


async def greet(replicate: AsyncReplicate, semaphore: asyncio.Semaphore, name: str) -> object:
    async with semaphore:
        return await replicate.run(MODELS.hello, input={"text": name})


async def main() -> None:
    semaphore = asyncio.Semaphore(LIMIT)
    async with async_client() as replicate:
        results: List[Union[object, BaseException]] = await asyncio.gather(
            *(greet(replicate, semaphore, name) for name in NAMES), return_exceptions=True
        )
    for name, result in zip(NAMES, results):
        if isinstance(result, BaseException):
            print(f"{name}: failed: {result}")
        else:
            print(f"{name}: {result}")
    print(f"{sum(not isinstance(r, BaseException) for r in results)}/{len(NAMES)} succeeded")


if __name__ == "__main__":
    asyncio.run(main())
