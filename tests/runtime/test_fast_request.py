"""`_fast_request` builds exactly what httpx itself builds from the same URL, headers and body."""

from __future__ import annotations

from typing import Dict, List, Optional, Tuple

import httpx
import pytest
from hypothesis import given, settings, strategies as st

from replicate._fast_request import join, request

BASES = [
    "https://api.replicate.com/v1",
    "http://127.0.0.1:8080/v1/",
    "http://[::1]:9000",
    "https://h.example/a/b",
]

pieces = [*"abcAZ09-._~/%2Fe?#:@ !$&'()*+,;=é\\", "..", "/.", "./", "%2E", "%2f", "%zz", "%41"]
targets = st.lists(st.sampled_from(pieces), max_size=20).map("".join)


@settings(max_examples=300, deadline=None)
@given(base=st.sampled_from(BASES), target=targets)
def test_join_is_what_httpx_parses(base: str, target: str) -> None:
    base_url = httpx.URL(base)
    base_str = str(base_url).rstrip("/") + "/"
    try:
        expected = httpx.URL(base_str + target.lstrip("/"))
    except httpx.InvalidURL:
        with pytest.raises(httpx.InvalidURL):
            join(base_url, base_str, target)
        return
    joined = join(base_url, base_str, target)
    assert str(joined) == str(expected)
    assert joined.raw_path == expected.raw_path
    assert (joined.scheme, joined.host, joined.port, joined.path, joined.query) == (
        expected.scheme,
        expected.host,
        expected.port,
        expected.path,
        expected.query,
    )


def test_join_takes_the_quick_path_for_resolved_paths() -> None:
    base = httpx.URL("https://api.replicate.com/v1/")
    joined = join(base, str(base), "models/acme/my-model.v2/versions/ab%2Fc")
    assert str(joined) == "https://api.replicate.com/v1/models/acme/my-model.v2/versions/ab%2Fc"
    assert joined == httpx.URL(str(joined))


def _layers(*pairs: Tuple[str, str]) -> Dict[str, Tuple[str, str]]:
    return {name.lower(): (name, value) for name, value in pairs}


COMMON = (("Accept", "application/json"), ("User-Agent", "replicate-python/x"), ("Authorization", "Bearer t"))


@pytest.mark.parametrize("method", ["GET", "POST", "PUT", "PATCH", "DELETE"])
@pytest.mark.parametrize("content", [None, b"", b'{"input":{}}'])
@pytest.mark.parametrize(
    "extra",
    [(), (("Host", "other.example"),), (("Content-Length", "5"),), (("Transfer-Encoding", "chunked"),)],
)
def test_request_is_what_httpx_builds(
    method: str, content: Optional[bytes], extra: Tuple[Tuple[str, str], ...]
) -> None:
    url = httpx.URL("http://127.0.0.1:8080/v1/predictions")
    headers = _layers(*COMMON, *extra)
    extensions: Dict[str, object] = {"timeout": {"connect": 5.0, "read": 5.0, "write": 5.0, "pool": 5.0}}
    built = request(method, url, headers, content, extensions)
    expected = httpx.Request(
        method, url, headers=dict(headers.values()), content=content, extensions=extensions
    )
    assert built.method == expected.method
    assert built.url == expected.url
    assert built.headers.raw == expected.headers.raw
    assert built.content == expected.content
    assert built.extensions == expected.extensions
    assert list(built.stream) == list(expected.stream)  # type: ignore[arg-type]


def test_request_with_a_header_httpx_refuses_raises_httpx_error() -> None:
    url = httpx.URL("http://127.0.0.1:8080/v1/predictions")
    bad: Dict[str, Tuple[str, object]] = {"x-n": ("X-N", 5)}
    with pytest.raises(TypeError):
        httpx.Request("GET", url, headers={"X-N": 5})  # type: ignore[dict-item]
    with pytest.raises(TypeError):
        request("GET", url, bad, None, {})  # type: ignore[arg-type]
    non_ascii: List[Tuple[str, str]] = [("X-Name", "é")]
    with pytest.raises(UnicodeEncodeError):
        request("GET", url, _layers(*non_ascii), None, {})
