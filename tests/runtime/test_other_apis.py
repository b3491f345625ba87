"""What clients generated from other APIs' specs need of the runtime: typed path parameters, form and
raw bodies, multipart without a file, and API-key / basic / per-operation authentication."""

from __future__ import annotations

import base64
from typing import Any, Dict, List

import httpx
import pytest
import respx

from replicate._exceptions import MissingAPITokenError, MissingCredentialsError
from replicate._models import BaseModel
from replicate._operation import Credential, Operation, PageShape
from replicate._types import NOT_GIVEN
from replicate.pagination import AsyncCursorPage, AsyncCursorPaginator, AsyncCursorURLPage, PaginationError

from .conftest import BASE_URL, TOKEN, AsyncClient, AsyncThings, Client, Harness, Things


def _route(api: respx.MockRouter) -> respx.Route:
    return api.route(path__regex=r".*").mock(return_value=httpx.Response(200, json={"ok": 1}))


def test_path_parameters_typed_as_numbers_are_formatted_others_must_be_strings(
    harness: Harness, api: respx.MockRouter
) -> None:
    route = _route(api)
    op: Operation[object] = Operation(
        "get", "/pets/{id}/{ratio}/{color}", object, numeric_path=("id", "ratio")
    )
    harness.request(harness.client(), op, path={"id": 42, "ratio": 0.5, "color": "red"})
    assert route.calls.last.request.url.path == "/v1/pets/42/0.5/red"
    for bad in (True, "", None):
        with pytest.raises(ValueError, match="'id'"):
            harness.request(harness.client(), op, path={"id": bad, "ratio": 1, "color": "x"})
    with pytest.raises(ValueError, match="'color'"):  # a string parameter refuses a number
        harness.request(harness.client(), op, path={"id": 1, "ratio": 1, "color": 7})


def test_a_multipart_body_without_a_file_is_still_multipart(harness: Harness, api: respx.MockRouter) -> None:
    route = _route(api)
    op: Operation[object] = Operation("post", "/forms", object, body="multipart")
    harness.request(harness.client(), op, body={"name": "Rex", "tag": NOT_GIVEN})
    request = route.calls.last.request
    assert request.headers["Content-Type"].startswith("multipart/form-data; boundary=")
    assert b'Content-Disposition: form-data; name="name"\r\n\r\nRex\r\n' in request.content
    assert b'name="tag"' not in request.content


def test_form_urlencoded_bodies(harness: Harness, api: respx.MockRouter) -> None:
    route = _route(api)
    op: Operation[object] = Operation("post", "/pets", object, body="form")
    harness.request(harness.client(), op, body={"name": "Rex", "good": True, "tags": ["a", "b"]})
    request = route.calls.last.request
    assert request.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert request.content == b"name=Rex&good=true&tags=a&tags=b"


def test_raw_binary_bodies_with_their_media_type(
    harness: Harness, api: respx.MockRouter, tmp_path: Any
) -> None:
    route = _route(api)
    op: Operation[object] = Operation("post", "/upload", object, body="binary", media_type="image/png")
    picture = tmp_path / "pic.png"
    picture.write_bytes(b"\x89PNG")
    for content in (b"\x89PNG", picture, picture.open("rb")):
        harness.request(harness.client(), op, body=content)
        request = route.calls.last.request
        assert (request.headers["Content-Type"], request.content) == ("image/png", b"\x89PNG")
    harness.request(harness.client(), op, body=NOT_GIVEN)  # an optional body left out
    assert route.calls.last.request.content == b""


def test_api_keys_in_header_query_and_cookie_and_basic_auth(harness: Harness, api: respx.MockRouter) -> None:
    route = _route(api)
    both = (
        Credential("header", "key", "X-Key"),
        Credential("query", "token", "t"),
        Credential("cookie", "sid", "s"),
    )
    op: Operation[object] = Operation("get", "/a", object, auth=(both,))
    client = harness.client(bearer_token=None, credentials={"key": "k1", "token": "t1", "sid": "s1"})
    harness.request(client, op, query={"q": "x"})
    request = route.calls.last.request
    assert (request.headers["X-Key"], request.url.params["t"], request.url.params["q"]) == ("k1", "t1", "x")
    assert request.headers["Cookie"] == "s=s1"
    assert "Authorization" not in request.headers

    basic: Operation[object] = Operation("get", "/b", object, auth=((Credential("basic", "login"),),))
    harness.request(harness.client(credentials={"login": "ann:pw"}), basic)
    expected = "Basic " + base64.b64encode(b"ann:pw").decode()
    assert route.calls.last.request.headers["Authorization"] == expected


def test_the_first_alternative_the_client_can_satisfy_is_used(
    harness: Harness, api: respx.MockRouter
) -> None:
    route = _route(api)
    key = (Credential("header", "key", "X-Key"),)
    bearer = (Credential("bearer", "bearer_token"),)
    op: Operation[object] = Operation("get", "/a", object, auth=(key, bearer))
    harness.request(harness.client(), op)
    assert route.calls.last.request.headers["Authorization"] == f"Bearer {TOKEN}"
    assert "X-Key" not in route.calls.last.request.headers
    harness.request(harness.client(bearer_token=None, credentials={"key": "k"}), op)
    assert route.calls.last.request.headers["X-Key"] == "k"


def test_operations_without_requirements_need_no_token_and_missing_credentials_fail_before_sending(
    harness: Harness, api: respx.MockRouter
) -> None:
    route = _route(api)
    open_op: Operation[object] = Operation("get", "/open", object, auth=((),))
    harness.request(harness.bare_client(base_url="https://api.example.test/v1"), open_op)
    assert route.call_count == 1
    keyed: Operation[object] = Operation("get", "/a", object, auth=((Credential("header", "key", "X-Key"),),))
    with pytest.raises(MissingCredentialsError, match="'key'"):
        harness.request(harness.client(), keyed)
    bearer: Operation[object] = Operation(
        "get", "/a", object, auth=((Credential("bearer", "bearer_token"),),)
    )
    with pytest.raises(MissingAPITokenError):
        harness.request(harness.bare_client(base_url="https://api.example.test/v1"), bearer)
    assert route.call_count == 1


class KeyedClient(Client):
    _credential_env = {"key": "DEMO_API_KEY"}  # noqa: RUF012 - what generated clients declare (typed there)


def test_credentials_come_from_the_environment_variable_the_client_names_and_survive_copy(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("DEMO_API_KEY", "from-env")
    client = KeyedClient(bearer_token=TOKEN, base_url="https://api.example.test/v1")
    assert client._config.credentials == {"key": "from-env"}
    assert KeyedClient(bearer_token=TOKEN, credentials={"key": "given"})._config.credentials == {
        "key": "given"
    }
    assert client.copy(timeout=5)._config.credentials == {"key": "from-env"}
    assert "from-env" not in repr(client._config)


class Pet(BaseModel):
    id: int


PETS = [{"id": number} for number in range(1, 6)]


def _pets_api(api: respx.MockRouter) -> respx.Route:
    """Five pets, two a page, asked for by cursor (`after`), offset or page number."""

    def respond(request: httpx.Request) -> httpx.Response:
        params = request.url.params
        if "after" in params or request.url.path.endswith("/by-cursor"):
            start = int(params.get("after", "0"))
            chunk = PETS[start : start + 2]
            more = start + 2 < len(PETS)
            return httpx.Response(200, json={"data": chunk, "last_id": str(start + 2), "has_more": more})
        if request.url.path.endswith("/by-offset"):
            start = int(params.get("offset", "0"))
            return httpx.Response(200, json={"data": PETS[start : start + 2]})
        page = int(params.get("page", "1"))
        return httpx.Response(200, json={"data": PETS[(page - 1) * 2 : page * 2]})

    return api.route(path__regex=r".*").mock(side_effect=respond)


_PAGE_NAMES = {"cursor": "SyncCursorPage", "offset": "SyncOffsetPage", "page": "SyncPageNumberPage"}


def _pages(op: Operation[Pet], query: Dict[str, object]) -> List[int]:
    page = Things(Client(bearer_token=TOKEN, base_url=BASE_URL))._request_page(op, query=query)
    assert op.page is not None
    pages = list(page.iter_pages())
    # Each style has its own page class, named for it (not Replicate's cursor-URL page).
    assert {type(each).__name__ for each in pages} == {_PAGE_NAMES[op.page.style]}
    return [pet.id for each in pages for pet in each.results]


@pytest.mark.parametrize(
    ("path", "shape"),
    [
        ("/by-cursor", PageShape("data", "last_id", "", style="cursor", param="after", has_more="has_more")),
        ("/by-offset", PageShape("data", "", "", style="offset", param="offset")),
        ("/by-page", PageShape("data", "", "", style="page", param="page")),
    ],
)
def test_cursor_offset_and_page_number_pagination_walk_every_item(
    api: respx.MockRouter, path: str, shape: PageShape
) -> None:
    route = _pets_api(api)
    op: Operation[Pet] = Operation("get", path, Pet, page=shape)
    assert _pages(op, {"limit": 2}) == [1, 2, 3, 4, 5]
    sent = [dict(call.request.url.params) for call in route.calls]
    assert all(params["limit"] == "2" for params in sent)  # the original query is kept
    if shape.style == "cursor":
        assert route.call_count == 3 and sent[-1]["after"] == "4"  # has_more=false ends it, no empty page
    elif shape.style == "offset":
        assert [params.get("offset") for params in sent] == [None, "2", "4", "5"]
    else:
        assert [params.get("page") for params in sent] == [None, "2", "3", "4"]


async def test_async_cursor_pages(api: respx.MockRouter) -> None:
    _pets_api(api)
    shape = PageShape("data", "last_id", "", style="cursor", param="after", has_more="has_more")
    op: Operation[Pet] = Operation("get", "/by-cursor", Pet, page=shape)
    paginator = AsyncThings(AsyncClient(bearer_token=TOKEN, base_url=BASE_URL))._request_cursor_page(op)
    assert isinstance(paginator, AsyncCursorPaginator)
    assert [pet.id async for pet in paginator] == [1, 2, 3, 4, 5]
    first = await paginator
    assert isinstance(first, AsyncCursorPage) and not isinstance(first, AsyncCursorURLPage)
    assert first.has_next_page() and first.next == "2"
    assert isinstance(await first.get_next_page(), AsyncCursorPage)


def test_a_cursor_seen_before_stops_instead_of_looping(api: respx.MockRouter) -> None:
    api.route(path__regex=r".*").mock(
        return_value=httpx.Response(200, json={"data": [{"id": 1}], "next": "same"})
    )
    op: Operation[Pet] = Operation(
        "get", "/loop", Pet, page=PageShape("data", "next", "", style="cursor", param="c")
    )
    page = Things(Client(bearer_token=TOKEN, base_url=BASE_URL))._request_page(op)
    with pytest.raises(PaginationError, match="seen before"):
        page.get_next_page().get_next_page()
