"""The published ``replicate==2.0.0b4`` (Stainless-generated), in its own virtualenv."""

from __future__ import annotations

from _common import MODEL, PREDICTION_ID, TOKEN, NotApplicable

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
    raise NotApplicable(
        "2.0.0b4's stream() (deprecated, via use(streaming=True)) polls predictions.get for output; "
        "it never reads the urls.stream server-sent events"
    )


def make_async(root: str) -> replicate.AsyncReplicate:
    return replicate.AsyncReplicate(bearer_token=TOKEN, base_url=root + "/v1")


async def aget(client: replicate.AsyncReplicate) -> object:
    return await client.predictions.get(prediction_id=PREDICTION_ID)


async def aclose(client: replicate.AsyncReplicate) -> None:
    await client.close()
