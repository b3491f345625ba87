"""The published ``replicate==1.0.7`` (the hand-written 1.x client), in its own virtualenv.

Its base URL has no ``/v1`` (its paths carry it); ``paginate`` walks the pages of a list.
"""

from __future__ import annotations

from _common import MODEL, PREDICTION_ID, TOKEN

import replicate


def make(root: str) -> replicate.Client:
    return replicate.Client(api_token=TOKEN, base_url=root)


def get(client: replicate.Client) -> object:
    return client.predictions.get(PREDICTION_ID)


def run(client: replicate.Client) -> object:
    return client.run(MODEL, input={"text": "Alice"})


def list_models(client: replicate.Client) -> int:
    return sum(len(page.results) for page in replicate.paginate(client.models.list))


def stream(client: replicate.Client, tokens: int) -> int:
    return sum(1 for event in client.stream(MODEL, input={"tokens": tokens}) if event.event.value == "output")


def make_async(root: str) -> replicate.Client:
    return replicate.Client(api_token=TOKEN, base_url=root)


async def aget(client: replicate.Client) -> object:
    return await client.predictions.async_get(PREDICTION_ID)


async def aclose(client: replicate.Client) -> None:
    async_client = client.__dict__.get("_async_client")
    if async_client is not None:
        await async_client.aclose()
