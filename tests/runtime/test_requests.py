from __future__ import annotations

import json
import platform
from typing import Any

import httpx
import pytest
import respx

from replicate._exceptions import MissingAPITokenError, ReplicateError
from replicate._operation import Operation, RequestOptions
from replicate._types import NOT_GIVEN
from replicate._version import __version__

from .conftest import BASE_URL, TOKEN, Harness

GET: Operation[object] = Operation("get", "/things/{owner}/{name}", object)
LIST: Operation[object] = Operation("get", "/things", object)
CREATE: Operation[object] = Operation("post", "/things", object, body="json")
DELETE: Operation[None] = Operation("delete", "/things/{id}", None, response="empty")


def _ok(api: respx.MockRouter, method: str = "GET", path: str = "/things") -> respx.Route:
    return api.route(method=method, path__regex=r".*").mock(return_value=httpx.Response(200, json={"ok": 1}))


def test_default_headers_on_every_request(harness: Harness, api: respx.MockRouter) -> None:
    route = _ok(api)
    harness.request(harness.client(), LIST)
    headers = route.calls.last.request.headers
    assert headers["Authorization"] == f"Bearer {TOKEN}"
    assert headers["User-Agent"] == f"replicate-python/{__version__}"
    assert headers["Accept"] == "application/json"
    assert headers["X-Replicate-Lang"] == "python"
    assert headers["X-Replicate-Package-Version"] == __version__
    assert headers["X-Replicate-Runtime"] == platform.python_implementation()
    assert headers["X-Replicate-Runtime-Version"] == platform.python_version()
    assert headers["X-Replicate-OS"]
    assert headers["X-Replicate-Arch"]
    assert headers["X-Replicate-Retry-Count"] == "0"
    assert "Content-Type" not in headers


def test_header_precedence(harness: Harness, api: respx.MockRouter) -> None:
    route = _ok(api)
    client = harness.client(
        default_headers={"X-A": "default", "X-B": "default", "X-C": "default", "User-Agent": "mine/1"}
    )
    harness.request(
        client,
        LIST,
        headers={"x-b": "operation", "X-C": "operation"},
        options=RequestOptions(extra_headers={"X-C": "extra"}),
    )
    headers = route.calls.last.request.headers
    assert headers["X-A"] == "default"
    assert headers["X-B"] == "operation"
    assert headers["X-C"] == "extra"
    assert headers["User-Agent"] == "mine/1"
    assert headers.get_list("X-B") == ["operation"]


def test_not_given_header_values_are_dropped(harness: Harness, api: respx.MockRouter) -> None:
    route = _ok(api)
    client = harness.client(default_headers={"X-Default": "yes"})
    harness.request(
        client,
        LIST,
        headers={"Prefer": NOT_GIVEN, "Cancel-After": "5m"},
        options=RequestOptions(extra_headers={"X-Default": NOT_GIVEN}),
    )
    headers = route.calls.last.request.headers
    assert "Prefer" not in headers
    assert "X-Default" not in headers
    assert headers["Cancel-After"] == "5m"


def test_query_merging_and_not_given(harness: Harness, api: respx.MockRouter) -> None:
    route = _ok(api)
    client = harness.client(default_query={"a": "default", "b": "default"})
    harness.request(
        client,
        LIST,
        query={"b": "op", "c": NOT_GIVEN, "d": None, "e": True},
        options=RequestOptions(extra_query={"f": "x"}),
    )
    params = route.calls.last.request.url.params
    assert dict(params) == {"a": "default", "b": "op", "e": "true", "f": "x"}


def test_json_body_with_extra_body_merged(harness: Harness, api: respx.MockRouter) -> None:
    route = _ok(api, "POST")
    harness.request(
        harness.client(),
        CREATE,
        body={"input": {"prompt": "hi"}, "webhook": NOT_GIVEN, "stream": False},
        options=RequestOptions(extra_body={"extra": [1, 2], "stream": True}),
    )
    request = route.calls.last.request
    assert request.headers["Content-Type"] == "application/json"
    assert json.loads(request.content) == {"input": {"prompt": "hi"}, "stream": True, "extra": [1, 2]}


def test_path_values_are_percent_encoded_as_one_segment(harness: Harness, api: respx.MockRouter) -> None:
    route = _ok(api)
    harness.request(harness.client(), GET, path={"owner": "a/b c", "name": "x?y#z"})
    assert route.calls.last.request.url.raw_path == b"/v1/things/a%2Fb%20c/x%3Fy%23z"


def test_dot_segments_cannot_escape_the_path(harness: Harness, api: respx.MockRouter) -> None:
    route = _ok(api)
    harness.request(harness.client(), GET, path={"owner": "..", "name": "."})
    assert route.calls.last.request.url.raw_path == b"/v1/things/%2E%2E/%2E"


@pytest.mark.parametrize("value", ["", None, 5, True, b"x"])  # numbers only where typed: test_other_apis.py
def test_empty_or_non_string_path_value_raises_before_any_request(
    harness: Harness, api: respx.MockRouter, value: Any
) -> None:
    route = _ok(api)
    with pytest.raises(ValueError, match="'name'"):
        harness.request(harness.client(), GET, path={"owner": "a", "name": value})
    assert route.call_count == 0


def test_empty_response_returns_none(harness: Harness, api: respx.MockRouter) -> None:
    api.delete("/things/x").mock(return_value=httpx.Response(204))
    assert harness.request(harness.client(), DELETE, path={"id": "x"}) is None


def test_token_from_argument_env_and_legacy_alias(
    harness: Harness, api: respx.MockRouter, monkeypatch: pytest.MonkeyPatch
) -> None:
    route = _ok(api)
    monkeypatch.setenv("REPLICATE_API_TOKEN", "from-env")
    harness.request(harness.client(bearer_token=None), LIST)
    assert route.calls.last.request.headers["Authorization"] == "Bearer from-env"
    harness.request(harness.client(bearer_token="from-arg"), LIST)
    assert route.calls.last.request.headers["Authorization"] == "Bearer from-arg"
    harness.request(harness.client(bearer_token=None, api_token="legacy"), LIST)
    assert route.calls.last.request.headers["Authorization"] == "Bearer legacy"
    assert harness.client(bearer_token=None, api_token="legacy").bearer_token == "legacy"


def test_two_different_tokens_is_a_type_error(harness: Harness) -> None:
    with pytest.raises(TypeError):
        harness.client(bearer_token="a", api_token="b")
    assert harness.client(bearer_token="a", api_token="a").bearer_token == "a"


def test_missing_token_is_reported_only_when_a_request_needs_it(
    harness: Harness, api: respx.MockRouter
) -> None:
    route = _ok(api)
    client = harness.client(bearer_token=None)
    assert client.bearer_token is None
    with pytest.raises(MissingAPITokenError, match="REPLICATE_API_TOKEN") as caught:
        harness.request(client, LIST)
    assert isinstance(caught.value, ReplicateError)
    assert route.call_count == 0


def test_base_url_from_env_and_default(harness: Harness, monkeypatch: pytest.MonkeyPatch) -> None:
    assert str(harness.bare_client(bearer_token="t").base_url) == "https://api.replicate.com/v1"
    monkeypatch.setenv("REPLICATE_BASE_URL", "http://localhost:9999/v9")
    assert str(harness.bare_client(bearer_token="t").base_url) == "http://localhost:9999/v9"
    assert (
        str(harness.bare_client(bearer_token="t", base_url="https://x.test/v1").base_url)
        == "https://x.test/v1"
    )


def test_base_url_env_is_used_for_requests(harness: Harness, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REPLICATE_BASE_URL", "http://localhost:9999/v9/")
    with respx.mock() as router:
        route = router.get("http://localhost:9999/v9/things").mock(return_value=httpx.Response(200, json=[]))
        harness.request(harness.bare_client(bearer_token="t"), LIST)
    assert route.call_count == 1


def test_client_timeout_default_and_per_request_override(harness: Harness, api: respx.MockRouter) -> None:
    route = _ok(api)
    client = harness.client()
    assert client.timeout == httpx.Timeout(60.0, connect=5.0)
    harness.request(client, LIST)
    assert route.calls.last.request.extensions["timeout"] == {
        "connect": 5.0,
        "read": 60.0,
        "write": 60.0,
        "pool": 60.0,
    }
    harness.request(client, LIST, options=RequestOptions(timeout=3.0))
    assert route.calls.last.request.extensions["timeout"] == {
        "connect": 3.0,
        "read": 3.0,
        "write": 3.0,
        "pool": 3.0,
    }
    harness.request(client, LIST, options=RequestOptions(timeout=None))
    assert route.calls.last.request.extensions["timeout"] == {
        "connect": None,
        "read": None,
        "write": None,
        "pool": None,
    }
    harness.request(harness.client(timeout=12.5), LIST)
    assert route.calls.last.request.extensions["timeout"]["read"] == 12.5


def test_text_response(harness: Harness, api: respx.MockRouter) -> None:
    api.get("/readme").mock(
        return_value=httpx.Response(200, text="# Hello", headers={"content-type": "text/plain"})
    )
    op: Operation[str] = Operation("get", "/readme", str, response="text")
    assert harness.request(harness.client(), op) == "# Hello"


def test_text_body(harness: Harness, api: respx.MockRouter) -> None:
    route = _ok(api, "POST")
    op: Operation[object] = Operation("post", "/search", object, body="text")
    harness.request(harness.client(), op, body="flux schnell")
    request = route.calls.last.request
    assert request.content == b"flux schnell"
    assert request.headers["Content-Type"].startswith("text/plain")


def test_absolute_base_url_origin_check(harness: Harness) -> None:
    with pytest.raises(ValueError, match="origin"):
        harness.low_level(harness.client(), "get", "https://evil.example/v1/things")
    assert BASE_URL.startswith("https://api.example.test")


@pytest.mark.parametrize(
    ("response_kind", "accept"),
    [
        ("json", "application/json"),
        ("empty", "application/json"),
        ("text", "text/plain, */*;q=0.8"),
        ("binary", "*/*"),
    ],
)
def test_accept_header_follows_the_response_kind(
    harness: Harness, api: respx.MockRouter, response_kind: Any, accept: str
) -> None:
    route = api.get("/x").mock(return_value=httpx.Response(200, content=b"{}"))
    result = harness.request(harness.client(), Operation("get", "/x", object, response=response_kind))
    assert route.calls.last.request.headers["Accept"] == accept
    if response_kind == "binary":
        harness.run(result.close())
