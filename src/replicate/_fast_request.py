"""Building the ``httpx`` URL and request of an API call without re-checking what is known valid.

``httpx.URL(str)`` parses and validates the whole URL (a regex per component, a Python check per
character), and ``httpx.Request(headers=dict, content=...)`` builds its header list twice,
scanning it three times on the way: together ~25 us of a loopback request that costs ~100 us of
Python in all. Here:

- :func:`join` puts a path under the base URL by replacing the path of the base URL's parsed
  form, when the path holds only characters every URL parser leaves as they are (unreserved
  characters, ``/`` and ``%XX`` escapes: what ``resolve_path`` writes) and no dot segment.
  Anything else is parsed by ``httpx.URL`` as before.
- :func:`request` hands ``httpx.Request`` its headers as bytes, with the ``Host`` and
  ``Content-Length`` headers ``httpx`` would add, and the body as a stream, which ``httpx``
  takes as it is.

Both give what ``httpx`` itself would build, header order included: ``tests/runtime`` compares
them with it. :func:`join` relies on ``httpx.URL`` keeping its parsed form in ``_uri_reference``
(a ``NamedTuple``); a version of ``httpx`` without it, or whose result differs on a known URL,
gets the parsed path for every call.
"""

from __future__ import annotations

import re
from typing import Any, Dict, List, Optional, Tuple

import httpx

__all__ = ["join", "request"]

_PLAIN_PATH = re.compile(r"(?:[A-Za-z0-9\-._~/]|%[0-9A-F]{2})*")
_BODY_METHODS = ("POST", "PUT", "PATCH")  # httpx sends `Content-Length: 0` when these have no body


def join(base: httpx.URL, base_str: str, target: str) -> httpx.URL:
    """``httpx.URL(base_str + target.lstrip("/"))``; ``base_str`` is ``base`` as text, ending in ``/``."""
    target = target.lstrip("/")
    reference = getattr(base, "_uri_reference", None) if _quick_join[0] else None
    if (
        reference is None
        or reference.query is not None
        or reference.fragment is not None
        or not _PLAIN_PATH.fullmatch(target)
        or "/." in "/" + target
    ):
        return httpx.URL(base_str + target)
    url = httpx.URL.__new__(httpx.URL)
    url._uri_reference = reference._replace(path=reference.path.rstrip("/") + "/" + target)  # pyright: ignore[reportAttributeAccessIssue]
    return url


def request(
    method: str,
    url: httpx.URL,
    headers: Dict[str, Tuple[str, str]],
    content: Optional[bytes],
    extensions: Dict[str, Any],
) -> httpx.Request:
    """``httpx.Request(method, url, headers=..., content=content, extensions=...)``.

    ``headers``: by lower-cased name, ``(name as spelled, value)``; values that are not ``str``
    get ``httpx``'s own error.
    """
    raw: List[Tuple[bytes, bytes]] = []
    if "host" not in headers and url.host:
        raw.append((b"Host", url.netloc))
    length = "content-length" in headers or "transfer-encoding" in headers
    if not content and not length and method in _BODY_METHODS:
        raw.append((b"Content-Length", b"0"))
    try:
        raw.extend([(name.encode("ascii"), value.encode("ascii")) for name, value in headers.values()])
    except AttributeError:  # not a str: httpx raises its TypeError
        return httpx.Request(
            method, url, headers=dict(headers.values()), content=content, extensions=extensions
        )
    if content and "content-length" not in headers:
        raw.append((b"Content-Length", str(len(content)).encode("ascii")))
    built = httpx.Request(
        method, url, headers=raw, stream=httpx.ByteStream(content or b""), extensions=extensions
    )
    built.read()  # as httpx does for a body given whole: `request.content` is readable
    return built


def _join_works() -> bool:
    base = httpx.URL("https://api.example.com:8443/v1/")
    try:
        return all(
            str(join(base, str(base), target)) == str(httpx.URL(str(base) + target.lstrip("/")))
            for target in ("predictions/a%2Fb", "/models/o/n/versions/v1.2~x_y-z")
        )
    except Exception:  # a different httpx: parse every URL
        return False


_quick_join = [True]  # whether `join` may skip parsing: checked once, below
_quick_join[0] = _join_works()
