"""This checkout's SDK (``replicate`` from ``src/``), used as its README shows."""

from __future__ import annotations

from _common import MODEL, PREDICTION_ID, TOKEN

import replicate


def make(root: str) -> replicate.Replicate:
    return replicate.Replicate(bearer_token=TOKEN, base_url=root + "/v1")


def get(client: replicate.Replicate) -> object:
    return client.predictions.get(prediction_id=PREDICTION_ID)


def run(client: replicate.Replicate) -> object:
    return client.run(MODEL, input={"text": "Alice"})


def list_models(client: replicate.Replicate) -> int:
    return sum(1 for _ in client.models.list())


def stream(client: replicate.Replicate, tokens: int) -> int:
    return sum(1 for _ in client.stream(MODEL, input={"tokens": tokens}))


def make_async(root: str) -> replicate.AsyncReplicate:
    return replicate.AsyncReplicate(bearer_token=TOKEN, base_url=root + "/v1")


async def aget(client: replicate.AsyncReplicate) -> object:
    return await client.predictions.get(prediction_id=PREDICTION_ID)


async def aclose(client: replicate.AsyncReplicate) -> None:
    await client.close()
