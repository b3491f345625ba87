"""`client.batch`: every input gets a result, failures are results, inputs are read lazily."""

from __future__ import annotations

from typing import Any, Dict, Iterator, List

import pytest

from replicate.lib.batch import BatchProgress, BatchResult
from replicate.testing import Server

from ._sides import SIDES, run_batch
from .conftest import MODEL, created_by_text


@pytest.mark.parametrize("side", SIDES)
def test_every_input_gets_its_result_and_a_failure_does_not_stop_the_batch(side: str, server: Server) -> None:
    inputs: List[Dict[str, Any]] = [{"text": f"t{i}", "fail": i % 5 == 3} for i in range(12)]

    results, summary = run_batch(side, server, MODEL, inputs, concurrency=4)

    by_index = {result.index: result for result in results}
    assert sorted(by_index) == list(range(12))
    for index, result in by_index.items():
        assert result.input == inputs[index]
        assert result.prediction_id in server.predictions
        assert server.predictions[result.prediction_id]["input"] == inputs[index]
        if index % 5 == 3:
            assert (result.status, result.output, result.ok) == ("failed", None, False)
            assert f"asked to fail on 't{index}'" in (result.error or "")
        else:
            assert (result.status, result.output, result.error) == ("succeeded", f"echo t{index}", None)
            assert result.prediction is not None and result.prediction.status == "succeeded"
    assert (summary.total, summary.succeeded, summary.failed, summary.errors) == (12, 10, 2, 0)
    assert summary.created == 12 and not summary.ok
    assert created_by_text(server) == {f"t{i}": 1 for i in range(12)}


@pytest.mark.parametrize("side", SIDES)
def test_results_come_as_they_complete_not_in_input_order(side: str, server: Server) -> None:
    inputs = [{"text": "slow", "seconds": 1.0}, {"text": "fast"}]

    results, _ = run_batch(side, server, MODEL, inputs, concurrency=2)

    assert [result.index for result in results] == [1, 0]


@pytest.mark.parametrize("side", SIDES)
def test_a_generator_is_read_only_as_slots_free_up(side: str, server: Server) -> None:
    pulled = [0]
    progress: List[int] = []

    def inputs() -> Iterator[Dict[str, Any]]:
        for i in range(40):
            pulled[0] += 1
            yield {"text": f"g{i}"}

    def on_result(result: BatchResult) -> None:
        # Inputs pulled but not yet answered: those in flight (<= concurrency), and one waiting.
        progress.append(pulled[0] - (len(progress) + 1))

    results, summary = run_batch(side, server, MODEL, inputs(), concurrency=3, on_result=on_result)

    assert summary.succeeded == len(results) == 40
    assert max(progress) <= 3 + 1


@pytest.mark.parametrize("side", SIDES)
def test_bad_inputs_are_error_results_sent_nowhere(side: str, server: Server) -> None:
    inputs: List[Any] = [{"text": "ok"}, "not a dict", {"text": 3}]  # 3: the server answers 422

    results, summary = run_batch(side, server, MODEL, inputs, concurrency=2)

    by_index = {result.index: result for result in results}
    assert by_index[0].ok
    assert by_index[1].status == "error" and by_index[1].prediction_id is None
    assert "input must be a dict" in (by_index[1].error or "")
    assert by_index[2].status == "error" and by_index[2].prediction_id is None
    assert "text" in (by_index[2].error or "")
    assert (summary.succeeded, summary.errors) == (1, 2)
    assert len(server.predictions) == 1


@pytest.mark.parametrize("side", SIDES)
def test_progress_callback_sees_every_result(side: str, server: Server) -> None:
    seen: List[BatchProgress] = []
    inputs = [{"text": f"p{i}", "fail": i == 2} for i in range(6)]

    run_batch(side, server, MODEL, inputs, concurrency=2, progress=seen.append)

    dones = [progress.done for progress in seen]
    assert dones == sorted(dones) and dones[-1] == 6
    last = seen[-1]
    assert (last.total, last.failed, last.running) == (6, 1, 0)
    assert last.eta == 0 and last.rate > 0
    assert max(progress.running for progress in seen) <= 2


def test_tqdm_bar_counts_to_the_total(server: Server, capsys: pytest.CaptureFixture[str]) -> None:
    run_batch("sync", server, MODEL, [{"text": str(i)} for i in range(5)], progress=True)

    err = capsys.readouterr().err
    assert "5/5" in err and "failed=0" in err


def test_arguments_are_checked_before_anything_is_sent(server: Server) -> None:
    from replicate import Replicate

    client = Replicate(base_url=server.url, bearer_token=server.token)
    with pytest.raises(ValueError, match="concurrency must be from 1"):
        client.batch(MODEL, [], concurrency=0)
    with pytest.raises(TypeError, match="concurrency must be a whole number"):
        client.batch(MODEL, [], concurrency=2.5)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="Invalid model reference"):
        client.batch("not a model", [])
    with pytest.raises(TypeError, match="journal must be a file path"):
        client.batch(MODEL, [], journal=3)  # type: ignore[arg-type]
    with pytest.raises(RuntimeError, match="iterate it first"):
        _ = client.batch(MODEL, []).summary
    assert server.requests == []
