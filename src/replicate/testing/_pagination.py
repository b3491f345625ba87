"""Cursor pagination: `{"next", "previous", "results"}` with absolute URLs and opaque cursors.

A cursor names the sequence number of the item a page ended (or began) at, so pages stay stable
while new items are created.
"""

from __future__ import annotations

import base64
import json
from typing import Any, Callable, Dict, List, Sequence, Tuple, TypeVar
from urllib.parse import parse_qsl, urlencode

from ._problems import bad_request
from ._wire import Request

T = TypeVar("T")


def _encode(direction: str, key: int) -> str:
    return base64.urlsafe_b64encode(json.dumps({"d": direction, "k": key}).encode()).decode().rstrip("=")


def _decode(cursor: str) -> Tuple[str, int]:
    try:
        decoded = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        direction, key = decoded["d"], decoded["k"]
        if direction in ("next", "prev") and isinstance(key, int):
            return direction, key
    except (ValueError, KeyError, TypeError):
        pass
    raise bad_request(f"Invalid cursor {cursor!r}")


def _page_url(request: Request, cursor: str) -> str:
    params = [
        (name, value)
        for name, value in parse_qsl(request.query_string, keep_blank_values=True)
        if name != "cursor"
    ]
    params.append(("cursor", cursor))
    return f"{request.origin}{request.path}?{urlencode(params)}"


def paginate(
    request: Request,
    items: Sequence[T],
    *,
    key: Callable[[T], int],
    render: Callable[[T], Any],
    page_size: int,
    newest_first: bool = True,
) -> Dict[str, Any]:
    """One page of `items` (already in display order, `key` monotonic along it) as the API returns it."""

    def comes_after(item_key: int, cursor_key: int) -> bool:
        return item_key < cursor_key if newest_first else item_key > cursor_key

    cursor = request.query("cursor")
    start, end = 0, page_size
    if cursor:
        direction, cursor_key = _decode(cursor)
        boundary = next((i for i, item in enumerate(items) if comes_after(key(item), cursor_key)), len(items))
        if direction == "next":
            start, end = boundary, boundary + page_size
        else:
            end = next(
                (
                    i
                    for i, item in enumerate(items)
                    if key(item) == cursor_key or comes_after(key(item), cursor_key)
                ),
                len(items),
            )
            start = max(0, end - page_size)
    page: List[T] = list(items[start:end])
    has_next = start + len(page) < len(items)
    return {
        "next": _page_url(request, _encode("next", key(page[-1]))) if page and has_next else None,
        "previous": _page_url(request, _encode("prev", key(page[0]))) if page and start > 0 else None,
        "results": [render(item) for item in page],
    }
