"""429s slow a batch down (honouring Retry-After), it speeds up again, and nothing surfaces as an error."""

from __future__ import annotations

from typing import List

import pytest

from replicate.lib.batch._rate import MIN_RATE, RateController, retry_after_seconds
from replicate.testing import serve

from ._sides import SIDES, run_batch
from .conftest import INPUT_SCHEMA, MODEL, Starts, created_by_text, echo


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_unthrottled_until_the_first_429() -> None:
    controller = RateController(FakeClock())
    assert [controller.delay() for _ in range(100)] == [0.0] * 100
    assert controller.rate is None


def test_a_429_pauses_for_retry_after_then_halves_the_achieved_rate() -> None:
    clock = FakeClock()
    controller = RateController(clock)
    for _ in range(50):  # 10 creates per second for 5 seconds
        assert controller.delay() == 0
        controller.accepted()
        clock.now += 0.1
    sent_at = controller.now()
    controller.rejected(2.0, sent_at)

    assert controller.delay() == pytest.approx(2.0)
    clock.now += 1.0
    assert controller.delay() == pytest.approx(1.0)
    clock.now += 1.0
    assert controller.rate == pytest.approx(5.0, rel=0.05)
    assert controller.delay() == 0
    assert controller.delay() == pytest.approx(0.2, rel=0.05)  # now spaced at the halved rate


def test_creates_in_flight_together_halve_the_rate_once() -> None:
    clock = FakeClock()
    controller = RateController(clock)
    controller.rejected(1.0, controller.now())
    first = controller.rate
    sent_before_the_cut = clock.now - 0.01
    for _ in range(5):
        controller.rejected(1.0, sent_before_the_cut)
    assert controller.rate == first
    assert controller.rate_limited == 6


def test_accepted_creates_speed_it_up_until_the_throttle_lifts() -> None:
    clock = FakeClock()
    controller = RateController(clock)
    controller.rejected(0.0, controller.now())
    cut_at = controller.now()
    rates: List[float] = []
    for _ in range(5000):
        while (delay := controller.delay()) > 0:
            clock.now += delay
        controller.accepted()
        if controller.rate is None:
            break
        rates.append(controller.rate)
    assert rates == sorted(rates) and rates[0] >= MIN_RATE
    assert rates[-1] > 5 * rates[0]  # about one create per second faster each second
    assert controller.rate is None  # back to full speed, after 30 seconds without a 429
    assert clock.now - cut_at >= 30


def test_retry_after_forms() -> None:
    assert retry_after_seconds({"retry-after": "3"}) == 3.0
    assert retry_after_seconds({"retry-after-ms": "250", "retry-after": "9"}) == 0.25
    assert (
        retry_after_seconds({"retry-after": "Wed, 21 Oct 2015 07:28:00 GMT"}, now=lambda: 1445412470.0)
        == 10.0
    )
    assert retry_after_seconds({"retry-after": "soon"}) == 1.0
    assert retry_after_seconds({}) == 1.0
    assert retry_after_seconds({"retry-after": "99999"}) == 300.0


@pytest.mark.parametrize("side", SIDES)
def test_a_batch_at_the_create_limit_finishes_without_an_error_or_a_duplicate(side: str) -> None:
    starts = Starts()
    # 5 creates per second (bursts of 5): the batch of 30 must take about 5 seconds.
    with serve(create_rate_limit=(5, 1.0)) as server:
        server.register_model(MODEL, predict=echo(starts), input_schema=INPUT_SCHEMA)
        results, summary = run_batch(
            side, server, MODEL, [{"text": str(i)} for i in range(30)], concurrency=10
        )
        rejected = server.rate_limited_creates
        requests = server.requests
        assert created_by_text(server) == {str(i): 1 for i in range(30)}

    assert all(result.ok for result in results) and len(results) == 30
    assert summary.rate_limited == rejected >= 1
    assert rejected <= 15  # it slows down instead of hammering the limit
    # Retry-After (1 second) is honoured: an input answered 429 is sent again a second later, not
    # sooner (on a loaded machine the first creates spread out, so when the starts fall says less).
    creates = [r for r in requests if r.method == "POST" and r.path.endswith("/predictions")]
    rejections = [(i, r) for i, r in enumerate(creates) if r.status == 429]
    assert rejections
    for index, rejected in rejections:
        again = next(r for r in creates[index + 1 :] if r.body == rejected.body)
        assert again.received_at - rejected.received_at >= 0.8
