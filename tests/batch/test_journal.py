"""The journal: rerunning skips finished inputs, re-attaches to created predictions, finds the
prediction of a create that was in flight when the process died, and refuses another batch's journal."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any, Dict, List

import pytest

from replicate import Replicate
from replicate.lib.batch import JournalMismatchError
from replicate.lib.batch._journal import Journal, input_sha
from replicate.testing import Server

from ._sides import SIDES, run_batch
from .conftest import MODEL, created_by_text, journal_records


def inputs(count: int) -> List[Dict[str, Any]]:
    return [{"text": f"j{i}"} for i in range(count)]


@pytest.mark.parametrize("side", SIDES)
def test_a_rerun_replays_finished_inputs_without_creating_anything(
    side: str, server: Server, tmp_path: Path
) -> None:
    journal = tmp_path / "journal.jsonl"
    batch = [*inputs(5), {"text": "bad", "fail": True}]
    first, _ = run_batch(side, server, MODEL, batch, journal=journal)
    requests_before = len(server.predictions)

    again, summary = run_batch(side, server, MODEL, batch, journal=journal)

    assert len(server.predictions) == requests_before == 6
    assert summary.resumed == 6 and summary.created == 0
    assert all(result.resumed for result in again)
    before = {r.index: (r.prediction_id, r.status, r.output, r.error) for r in first}
    after = {r.index: (r.prediction_id, r.status, r.output, r.error) for r in again}
    assert after == before
    assert (summary.succeeded, summary.failed) == (5, 1)


@pytest.mark.parametrize("side", SIDES)
def test_a_longer_list_runs_only_the_new_inputs(side: str, server: Server, tmp_path: Path) -> None:
    journal = tmp_path / "journal.jsonl"
    run_batch(side, server, MODEL, inputs(3), journal=journal)

    results, summary = run_batch(side, server, MODEL, inputs(5), journal=journal)

    assert sorted(r.index for r in results if not r.resumed) == [3, 4]
    assert summary.created == 2
    assert created_by_text(server) == {f"j{i}": 1 for i in range(5)}


def _journal_with(path: Path, *records: Dict[str, Any]) -> None:
    lines = [{"journal": "replicate.batch", "version": 1, "ref": MODEL}, *records]
    path.write_text("".join(json.dumps(line) + "\n" for line in lines))


@pytest.mark.parametrize("side", SIDES)
def test_a_created_prediction_is_reattached_not_created_again(
    side: str, server: Server, client: Replicate, tmp_path: Path
) -> None:
    batch = inputs(3)
    existing = client.models.predictions.create(model_owner="acme", model_name="echo", input=batch[1])
    journal = tmp_path / "journal.jsonl"
    _journal_with(journal, {"event": "created", "index": 1, "sha": input_sha(batch[1]), "id": existing.id})

    results, summary = run_batch(side, server, MODEL, batch, journal=journal)

    assert {r.index: r.prediction_id for r in results}[1] == existing.id
    assert summary.created == 2 and summary.succeeded == 3
    assert created_by_text(server) == {"j0": 1, "j1": 1, "j2": 1}


@pytest.mark.parametrize("side", SIDES)
def test_a_create_in_flight_at_a_crash_is_found_on_the_server_not_sent_again(
    side: str, server: Server, client: Replicate, tmp_path: Path
) -> None:
    batch = inputs(4)
    # The process died after sending the creates of inputs 0 and 2, before their answers were
    # journaled; the API had created the one for input 2 only.
    made = client.models.predictions.create(model_owner="acme", model_name="echo", input=batch[2])
    now = time.time()
    journal = tmp_path / "journal.jsonl"
    _journal_with(
        journal,
        {"event": "creating", "index": 0, "sha": input_sha(batch[0]), "sent": input_sha(batch[0]), "at": now},
        {"event": "creating", "index": 2, "sha": input_sha(batch[2]), "sent": input_sha(batch[2]), "at": now},
    )

    results, summary = run_batch(side, server, MODEL, batch, journal=journal)

    assert {r.index: r.prediction_id for r in results}[2] == made.id
    assert summary.created == 3 and summary.succeeded == 4
    assert created_by_text(server) == {f"j{i}": 1 for i in range(4)}
    events = [(r.get("event"), r.get("index")) for r in journal_records(journal)]
    assert ("created", 2) in events and ("not_created", 0) in events


def test_a_line_torn_by_a_crash_is_cut_off(server: Server, tmp_path: Path) -> None:
    journal = tmp_path / "journal.jsonl"
    run_batch("sync", server, MODEL, inputs(2), journal=journal)
    with journal.open("a") as handle:
        handle.write('{"event": "finished", "index": 7, "sha"')

    _, summary = run_batch("sync", server, MODEL, inputs(2), journal=journal)

    assert summary.resumed == 2
    assert journal.read_text().endswith("\n")
    journal_records(journal)  # every line parses


def test_another_models_journal_is_refused_before_any_request(server: Server, tmp_path: Path) -> None:
    journal = tmp_path / "journal.jsonl"
    Journal.open(journal, "someone/else").close()
    with pytest.raises(JournalMismatchError, match="belongs to a batch of 'someone/else'"):
        run_batch("sync", server, MODEL, inputs(2), journal=journal)
    assert server.requests == []


@pytest.mark.parametrize("side", SIDES)
def test_other_inputs_with_the_same_journal_are_refused(side: str, server: Server, tmp_path: Path) -> None:
    journal = tmp_path / "journal.jsonl"
    run_batch(side, server, MODEL, inputs(2), journal=journal)

    with pytest.raises(JournalMismatchError, match="Input 0 differs"):
        run_batch(side, server, MODEL, [{"text": "changed"}, *inputs(2)[1:]], journal=journal)
    assert len(server.predictions) == 2


def test_every_record_is_written_before_the_step_that_depends_on_it(server: Server, tmp_path: Path) -> None:
    journal = tmp_path / "journal.jsonl"
    order: List[str] = []

    def on_result(result: Any) -> None:
        events = [(r.get("event"), r.get("index")) for r in journal_records(journal)]
        # By the time a result is seen, its creating, created and finished records are on disk.
        assert events.index(("creating", result.index)) < events.index(("created", result.index))
        assert events.index(("created", result.index)) < events.index(("finished", result.index))
        order.append("ok")

    run_batch("sync", server, MODEL, inputs(3), journal=journal, on_result=on_result)
    assert order == ["ok"] * 3
