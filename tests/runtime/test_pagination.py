from __future__ import annotations

from typing import List, Optional

import httpx
import pytest
import respx

from replicate._models import BaseModel
from replicate._operation import Operation, PageShape, RequestOptions
from replicate.pagination import AsyncCursorURLPage, AsyncPaginator, PaginationError, SyncCursorURLPage

from .conftest import BASE_URL, AsyncClient, AsyncThings, Client, Things


class Item(BaseModel):
    id: str
    name: Optional[str] = None


LIST: Operation[Item] = Operation(
    "get", "/items", Item, page=PageShape(items="results", next="next", previous="previous")
)


def _three_pages(api: respx.MockRouter) -> respx.Route:
    def respond(request: httpx.Request) -> httpx.Response:
        cursor = request.url.params.get("cursor")
        if cursor is None:
            return httpx.Response(
                200,
                json={
                    "results": [{"id": "1"}, {"id": "2"}],
                    "next": f"{BASE_URL}/items?cursor=b",
                    "previous": None,
                },
            )
        if cursor == "b":
            return httpx.Response(
                200,
                json={
                    "results": [{"id": "3"}],
                    "next": f"{BASE_URL}/items?cursor=c",
                    "previous": f"{BASE_URL}/items",
                },
            )
        return httpx.Response(
            200,
            json={
                "results": [{"id": "4"}, {"id": "5"}],
                "next": None,
                "previous": f"{BASE_URL}/items?cursor=b",
            },
        )

    return api.get("/items").mock(side_effect=respond)


def test_sync_iteration_walks_every_page(api: respx.MockRouter) -> None:
    route = _three_pages(api)
    page = Things(Client(bearer_token="t", base_url=BASE_URL))._request_page(
        LIST, options=RequestOptions(extra_headers={"X-Trace": "1"})
    )
    assert isinstance(page, SyncCursorURLPage)
    assert page.items is page.results
    assert [item.id for item in page.items] == ["1", "2"]
    assert all(isinstance(item, Item) for item in page.items)
    assert [item.id for item in page] == ["1", "2", "3", "4", "5"]
    assert route.call_count == 3
    assert all(call.request.headers["Authorization"] == "Bearer t" for call in route.calls)
    assert all(call.request.headers["X-Trace"] == "1" for call in route.calls)


def test_sync_manual_paging(api: respx.MockRouter) -> None:
    _three_pages(api)
    first = Things(Client(bearer_token="t", base_url=BASE_URL))._request_page(LIST)
    assert first.has_next_page()
    second = first.get_next_page()
    assert [item.id for item in second.items] == ["3"]
    assert second.previous == f"{BASE_URL}/items"
    third = second.get_next_page()
    assert not third.has_next_page()
    assert [len(page.items) for page in first.iter_pages()] == [2, 1, 2]
    with pytest.raises(PaginationError, match="no next page"):
        third.get_next_page()


def test_next_page_request_is_retried(api: respx.MockRouter, sleeps: List[float]) -> None:
    api.get("/items", params={"cursor": "b"}).mock(
        side_effect=[httpx.Response(503), httpx.Response(200, json={"results": [{"id": "3"}], "next": None})]
    )
    api.get("/items").mock(
        return_value=httpx.Response(200, json={"results": [], "next": f"{BASE_URL}/items?cursor=b"})
    )
    page = Things(Client(bearer_token="t", base_url=BASE_URL))._request_page(LIST)
    assert [item.id for item in page.get_next_page().items] == ["3"]
    assert len(sleeps) == 1


async def test_async_iteration_and_await(api: respx.MockRouter) -> None:
    route = _three_pages(api)
    resource = AsyncThings(AsyncClient(bearer_token="t", base_url=BASE_URL))
    paginator = resource._request_page(LIST)
    assert isinstance(paginator, AsyncPaginator)
    assert [item.id async for item in paginator] == ["1", "2", "3", "4", "5"]
    assert route.call_count == 3

    first = await resource._request_page(LIST)
    assert isinstance(first, AsyncCursorURLPage)
    assert [item.id for item in first.items] == ["1", "2"]
    second = await first.get_next_page()
    assert [item.id for item in second.items] == ["3"]
    assert [item.id async for item in second] == ["3", "4", "5"]
    assert [len(page.items) async for page in first.iter_pages()] == [2, 1, 2]


def test_next_loop_is_detected(api: respx.MockRouter) -> None:
    api.get("/items").mock(
        side_effect=lambda request: httpx.Response(
            200,
            json={
                "results": [{"id": "x"}],
                "next": f"{BASE_URL}/items?cursor={'b' if 'cursor=a' in str(request.url) else 'a'}",
            },
        )
    )
    page = Things(Client(bearer_token="t", base_url=BASE_URL))._request_page(LIST)
    with pytest.raises(PaginationError, match="seen before"):
        list(page)


def test_self_referencing_next_is_detected(api: respx.MockRouter) -> None:
    api.get("/items").mock(
        return_value=httpx.Response(200, json={"results": [{"id": "x"}], "next": f"{BASE_URL}/items"})
    )
    page = Things(Client(bearer_token="t", base_url=BASE_URL))._request_page(LIST)
    with pytest.raises(PaginationError):
        page.get_next_page()


async def test_async_next_loop_is_detected(api: respx.MockRouter) -> None:
    api.get("/items").mock(
        return_value=httpx.Response(200, json={"results": [{"id": "x"}], "next": f"{BASE_URL}/items"})
    )
    with pytest.raises(PaginationError):
        [
            item
            async for item in AsyncThings(AsyncClient(bearer_token="t", base_url=BASE_URL))._request_page(
                LIST
            )
        ]


def test_foreign_origin_next_is_refused(api: respx.MockRouter) -> None:
    api.get("/items").mock(
        return_value=httpx.Response(
            200, json={"results": [], "next": "https://evil.example/v1/items?cursor=b"}
        )
    )
    with respx.mock(assert_all_called=False) as outside:
        evil = outside.get("https://evil.example/v1/items").mock(
            return_value=httpx.Response(200, json={"results": []})
        )
        page = Things(Client(bearer_token="t", base_url=BASE_URL))._request_page(LIST)
        with pytest.raises(ValueError, match=r"evil\.example"):
            page.get_next_page()
        assert evil.call_count == 0


def test_relative_next_is_resolved_against_the_response(api: respx.MockRouter) -> None:
    api.get("/items", params={"cursor": "b"}).mock(
        return_value=httpx.Response(200, json={"results": [{"id": "2"}], "next": None})
    )
    api.get("/items").mock(
        return_value=httpx.Response(200, json={"results": [{"id": "1"}], "next": "/v1/items?cursor=b"})
    )
    page = Things(Client(bearer_token="t", base_url=BASE_URL))._request_page(LIST)
    assert page.next == f"{BASE_URL}/items?cursor=b"
    assert [item.id for item in page] == ["1", "2"]


def test_a_page_shape_with_other_field_names_is_read_from_those_fields(api: respx.MockRouter) -> None:
    shelf_list: Operation[Item] = Operation(
        "get", "/items", Item, page=PageShape(items="data", next="next_url", previous="prev_url")
    )
    api.get("/items").mock(
        side_effect=lambda request: httpx.Response(
            200,
            json={"data": [{"id": "3"}], "next_url": None, "prev_url": f"{BASE_URL}/items"}
            if request.url.params.get("after")
            else {
                "data": [{"id": "1"}, {"id": "2"}],
                "next_url": f"{BASE_URL}/items?after=2",
                "prev_url": None,
            },
        )
    )
    page = Things(Client(bearer_token="t", base_url=BASE_URL))._request_page(shelf_list)
    assert [item.id for item in page.results] == ["1", "2"]
    assert page.next == f"{BASE_URL}/items?after=2" and page.previous is None
    assert [item.id for item in page] == ["1", "2", "3"]
