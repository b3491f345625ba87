"""This checkout's SDK on the aiohttp transport (``pip install httpx-aiohttp``), for concurrent gets.

Built as a user would: ``AsyncReplicate(http_client=...)`` with an aiohttp-backed httpx client. The
synchronous scenarios are the same as ``ours`` (aiohttp has no synchronous client).
"""

from __future__ import annotations

from _common import PREDICTION_ID, TOKEN, NotApplicable

import replicate


def _aiohttp_client() -> object:
    factory = getattr(replicate, "DefaultAioHttpClient", None)
    if factory is not None:
        return factory()
    try:
        from httpx_aiohttp import HttpxAiohttpClient
    except ImportError as exc:
        raise NotApplicable("httpx-aiohttp is not installed (pip install httpx-aiohttp)") from exc
    return HttpxAiohttpClient()


def make(root: str) -> object:
    raise NotApplicable("aiohttp is asynchronous only: see the concurrent scenarios")


def make_async(root: str) -> replicate.AsyncReplicate:
    return replicate.AsyncReplicate(
        bearer_token=TOKEN,
        base_url=root + "/v1",
        http_client=_aiohttp_client(),  # type: ignore[arg-type]
    )


async def aget(client: replicate.AsyncReplicate) -> object:
    return await client.predictions.get(prediction_id=PREDICTION_ID)


async def aclose(client: replicate.AsyncReplicate) -> None:
    await client.close()
