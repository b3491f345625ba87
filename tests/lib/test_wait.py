"""`predictions.wait` and the polling plan it shares with `run`."""

from __future__ import annotations

from typing import List

import pytest

from replicate import AsyncReplicate, Replicate
from replicate.lib._polling import Backoff, Deadline
from replicate.lib.errors import PredictionTimeoutError
from replicate.testing import Server


def test_wait_returns_the_terminal_prediction(client: Replicate, server: Server) -> None:
    created = client.models.predictions.create(
        model_owner="replicate", model_name="hello-world", input={"text": "w"}
    )
    assert created.status in ("starting", "processing")
    done = client.predictions.wait(prediction_id=created.id, timeout=10, poll_interval=0.02)
    assert done.status == "succeeded" and done.output == "hello w"


async def test_async_wait_returns_a_failed_prediction(async_client: AsyncReplicate) -> None:
    created = await async_client.models.predictions.create(
        model_owner="replicate", model_name="fails", input={}
    )
    done = await async_client.predictions.wait(prediction_id=created.id, poll_interval=0.02)
    assert done.status == "failed" and done.error == "Something went wrong"


def test_wait_times_out_with_the_last_prediction_and_leaves_it_running(
    client: Replicate, server: Server
) -> None:
    created = client.models.predictions.create(
        model_owner="replicate", model_name="slow", input={"seconds": 600}
    )
    with pytest.raises(PredictionTimeoutError) as raised:
        client.predictions.wait(prediction_id=created.id, timeout=0.3, poll_interval=0.05)
    assert isinstance(raised.value, TimeoutError)
    assert raised.value.prediction.id == created.id and raised.value.prediction.status in (
        "starting",
        "processing",
    )
    assert "0.3 seconds" in str(raised.value)
    assert server.predictions[created.id]["status"] != "canceled"
    client.predictions.cancel(prediction_id=created.id)


async def test_async_wait_times_out(async_client: AsyncReplicate) -> None:
    created = await async_client.models.predictions.create(
        model_owner="replicate", model_name="slow", input={"seconds": 600}
    )
    with pytest.raises(PredictionTimeoutError):
        await async_client.predictions.wait(prediction_id=created.id, timeout=0.2, poll_interval=0.05)
    await async_client.predictions.cancel(prediction_id=created.id)


@pytest.mark.parametrize("timeout", [0, -1, None, float("inf")])
def test_wait_rejects_a_missing_or_bad_deadline(client: Replicate, server: Server, timeout: object) -> None:
    with pytest.raises((ValueError, TypeError), match="timeout"):
        client.predictions.wait(prediction_id="abc", timeout=timeout)  # type: ignore[arg-type]
    assert server.requests == []


def test_backoff_grows_and_is_capped_and_clipped() -> None:
    backoff = Backoff(0.5)
    delays = [backoff.next() for _ in range(8)]
    assert delays[:3] == [0.5, 0.75, 1.125]
    assert all(a <= b for a, b in zip(delays, delays[1:])) and delays[-1] == 5.0
    assert Backoff(10.0).next() == 10.0 and Backoff(0.5).next(remaining=0.1) == 0.1


def test_deadline_uses_the_injected_clock() -> None:
    now: List[float] = [100.0]
    deadline = Deadline(2.0, clock=lambda: now[0])
    assert deadline.remaining() == 2.0 and not deadline.passed()
    now[0] = 103.0
    assert deadline.remaining() == 0.0 and deadline.passed()
    assert Deadline(None).remaining() is None
