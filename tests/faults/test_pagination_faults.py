"""Cursor pages under bad `next` links: loops stop with a typed error, other origins get no token."""

from __future__ import annotations

import asyncio
from typing import Any, List

import pytest

from replicate import AsyncReplicate, Replicate
from replicate.pagination import PaginationError

from .conftest import TOKEN, Side
from .faultserver import FaultServer, respond

LIST = "GET /v1/predictions"


def _page(ids: List[str], next_url: Any) -> Any:
    return respond(200, json_body={"results": [{"id": i} for i in ids], "next": next_url, "previous": None})


def _collect(side: Side, client: Any) -> List[str]:
    if isinstance(client, AsyncReplicate):

        async def gather() -> List[str]:
            return [p.id async for p in client.predictions.list()]

        return side.run(gather())  # type: ignore[no-any-return]
    assert isinstance(client, Replicate)
    return [p.id for p in client.predictions.list()]


def test_next_pointing_to_itself_stops_with_pagination_error(side: Side, fault: FaultServer) -> None:
    fault.script(LIST, _page(["a", "b"], fault.url + "/predictions"))
    client = side.client(fault.url)
    with pytest.raises(PaginationError, match="seen before"):
        _collect(side, client)
    assert fault.count(LIST) == 1


def test_next_cycle_over_two_pages_stops(side: Side, fault: FaultServer) -> None:
    fault.script(LIST, _page(["a"], "/v1/predictions?cursor=2"))  # relative link, resolved on the page URL
    client = side.client(fault.url)
    # page 1 -> ?cursor=2 -> (same answer) ?cursor=2 again: stopped before a third request
    with pytest.raises(PaginationError):
        _collect(side, client)
    assert [r.query for r in fault.received(LIST)] == ["", "cursor=2"]


def test_items_of_pages_before_the_loop_are_yielded(side: Side, fault: FaultServer) -> None:
    fault.script(
        LIST,
        [
            _page(["a"], "/v1/predictions?cursor=2"),
            _page(["b"], "/v1/predictions?cursor=3"),
            _page(["c"], "/v1/predictions"),
        ],
    )
    client = side.client(fault.url)
    seen: List[str] = []
    if side.is_async:
        assert isinstance(client, AsyncReplicate)

        async def walk() -> None:
            async for p in client.predictions.list():
                seen.append(p.id)  # type: ignore[arg-type]

        with pytest.raises(PaginationError):
            side.run(walk())
    else:
        assert isinstance(client, Replicate)
        with pytest.raises(PaginationError):
            for p in client.predictions.list():
                seen.append(p.id)  # type: ignore[arg-type]
    assert seen == ["a", "b", "c"]
    assert fault.count(LIST) == 3


def test_next_on_another_origin_is_refused_and_gets_no_request(side: Side, fault: FaultServer) -> None:
    with FaultServer() as elsewhere:
        elsewhere.script(LIST, _page(["stolen"], None))
        fault.script(LIST, _page(["a"], elsewhere.url + "/predictions"))
        client = side.client(fault.url)
        with pytest.raises(ValueError, match="only URLs on the API's origin"):
            _collect(side, client)
        assert elsewhere.count() == 0


def test_next_with_other_scheme_or_port_is_another_origin(side: Side, fault: FaultServer) -> None:
    for evil in (
        f"https://127.0.0.1:{fault.port}/v1/predictions?c=2",
        f"http://localhost:{fault.port}/v1/predictions?c=2",
    ):
        fault.script(LIST, _page(["a"], evil))
        client = side.client(fault.url)
        with pytest.raises(ValueError):
            _collect(side, client)
    assert all(r.query == "" for r in fault.received(LIST))


def test_next_page_requests_carry_the_token_on_the_same_origin(side: Side, fault: FaultServer) -> None:
    fault.script(LIST, [_page(["a"], "/v1/predictions?cursor=2"), _page(["b"], None)])
    client = side.client(fault.url)
    assert _collect(side, client) == ["a", "b"]
    assert all(r.headers["authorization"] == f"Bearer {TOKEN}" for r in fault.received(LIST))


def test_page_fetch_faults_are_retried_like_any_read(side: Side, fault: FaultServer) -> None:
    fault.script(
        LIST,
        [
            _page(["a"], "/v1/predictions?cursor=2"),
            respond(503, headers={"retry-after-ms": "0"}),
            _page(["b"], None),
        ],
    )
    client = side.client(fault.url)
    assert _collect(side, client) == ["a", "b"]
    assert fault.count(LIST) == 3


def test_async_paginator_leaves_no_task_behind(fault: FaultServer) -> None:
    fault.script(LIST, [_page(["a"], "/v1/predictions?cursor=2"), _page(["b"], None)])

    async def main() -> int:
        async with AsyncReplicate(base_url=fault.url, bearer_token=TOKEN) as client:
            assert [p.id async for p in client.predictions.list()] == ["a", "b"]
        return len([t for t in asyncio.all_tasks() if t is not asyncio.current_task()])

    assert asyncio.run(main()) == 0
