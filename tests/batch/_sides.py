"""Run one batch on the sync client, or on the async client under asyncio or trio."""

from __future__ import annotations

from typing import Any, Callable, List, Optional, Tuple

import anyio
import httpx

from replicate import AsyncReplicate, Replicate
from replicate.lib.batch import BatchResult, BatchSummary
from replicate.testing import Server

SIDES = ["sync", "asyncio", "trio"]


def run_batch(
    side: str,
    server: Server,
    ref: str,
    inputs: Any,
    *,
    on_result: Optional[Callable[[BatchResult], None]] = None,
    transport: Optional[Any] = None,
    **options: Any,
) -> Tuple[List[BatchResult], BatchSummary]:
    """`transport`: an object with `sync()` and `async_()` returning httpx transports to send through."""
    options.setdefault("poll_interval", 0.05)
    results: List[BatchResult] = []
    if side == "sync":
        http_client = None if transport is None else httpx.Client(transport=transport.sync())
        with Replicate(base_url=server.url, bearer_token=server.token, http_client=http_client) as client:
            batch = client.batch(ref, inputs, **options)
            for result in batch:
                results.append(result)
                if on_result is not None:
                    on_result(result)
            return results, batch.summary

    async def main() -> BatchSummary:
        http_client = None if transport is None else httpx.AsyncClient(transport=transport.async_())
        async with AsyncReplicate(
            base_url=server.url, bearer_token=server.token, http_client=http_client
        ) as client:
            batch = client.batch(ref, inputs, **options)
            async with batch:
                async for result in batch:
                    results.append(result)
                    if on_result is not None:
                        on_result(result)
            return batch.summary

    summary = anyio.run(main, backend=side)
    return results, summary
