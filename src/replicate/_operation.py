"""The one description a generated method hands to the runtime."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Generic, Optional, Tuple, TypeVar, Union

import httpx
from typing_extensions import Literal

from ._types import NOT_GIVEN, Body, Headers, NotGiven, Query

__all__ = ["Credential", "Operation", "PageShape", "RequestOptions", "either_keyword", "split_carried"]

T = TypeVar("T")

ResponseKind = Literal["json", "empty", "text", "binary", "sse"]
BodyKind = Literal["json", "multipart", "form", "text", "binary"]
RetryPolicy = Literal["always", "unsent"]


PageStyle = Literal["cursor_url", "cursor", "offset", "page"]


@dataclass(frozen=True)
class PageShape:
    """Where a page keeps its items, and how the next page is asked for.

    ``cursor_url``: the body's ``next`` field is the next page's URL (``previous`` the one before).
    ``cursor``: the body's ``next`` field is a token, sent back as the query parameter ``param``.
    ``offset``: ``param`` (the offset) grows by the number of items received. ``page``: ``param``
    (a page number, from 1) grows by one. ``has_more`` names a boolean field that says whether more
    pages follow; without it, an empty page ends the cursor, offset and page styles.
    """

    items: str
    next: str
    previous: str
    style: PageStyle = "cursor_url"
    param: str = ""
    has_more: str = ""


@dataclass(frozen=True)
class Credential:
    """One secret an operation sends: how, under which name, and which of the client's credentials."""

    kind: Literal["bearer", "basic", "header", "query", "cookie"]
    key: str  # "bearer_token", or a key of the client's `credentials=`
    name: str = ""  # the header, query parameter or cookie that carries it


@dataclass(frozen=True)
class Operation(Generic[T]):
    method: str
    path: str
    cast_to: Any = None
    response: ResponseKind = "json"
    page: Optional[PageShape] = None  # set for list operations: the response is a cursor page of `cast_to`
    body: Optional[BodyKind] = None
    retry: RetryPolicy = "always"
    # Alternatives, any one of which authenticates the request; () means none is needed. None: the
    # client's bearer token, which every request then requires.
    auth: Optional[Tuple[Tuple[Credential, ...], ...]] = None
    media_type: Optional[str] = None  # Content-Type of a "binary" or "text" body other than text/plain
    numeric_path: Tuple[str, ...] = ()  # path parameters typed integer/number: formatted, not refused
    # response "sse": the answer is a `text/event-stream` whose events' data are `cast_to` (each a
    # ServerSentEvent when untyped). `stream_flag`: the boolean body property that, when true, asks
    # for an event stream of `events` instead of the "json" answer.
    stream_flag: str = ""
    events: Any = None

    def streamed(self) -> Operation[Any]:
        """This operation when its `stream_flag` is set: the answer is an event stream of `events`."""
        return replace(self, response="sse", cast_to=self.events, stream_flag="", events=None)


@dataclass(frozen=True)
class RequestOptions:
    """The four trailing keyword arguments of every generated method."""

    extra_headers: Optional[Headers] = None
    extra_query: Optional[Query] = None
    extra_body: Optional[Body] = None
    timeout: Union[float, httpx.Timeout, NotGiven, None] = NOT_GIVEN


DEFAULT_OPTIONS = RequestOptions()


def either_keyword(
    name: str, value: Union[T, NotGiven], alias: str, alias_value: Union[T, NotGiven], *, required: bool
) -> Union[T, NotGiven]:
    """The value of a parameter that callers may pass under either of two keywords, never both."""
    if isinstance(alias_value, NotGiven):
        if required and isinstance(value, NotGiven):
            raise TypeError(f"missing a required keyword argument: {name!r} (or its alias {alias!r})")
        return value
    if not isinstance(value, NotGiven):
        raise TypeError(f"pass {name!r} or {alias!r}, not both: they are the same parameter")
    return alias_value


def split_carried(
    name: str, value: str, carried: str, carried_value: Union[str, NotGiven], *, separator: str
) -> Tuple[str, str]:
    """`model="owner/name:version"` ► `("owner/name", "version")`: a parameter whose value may end with
    another one's. That other value may also be passed on its own; passed both ways, the two must agree."""
    head, found, tail = value.partition(separator)
    if not found:
        if isinstance(carried_value, NotGiven):
            raise TypeError(
                f"missing a required keyword argument: {carried!r} (or pass {name}='...{separator}<{carried}>')"
            )
        return value, carried_value
    if not head or not tail:
        raise ValueError(f"{name}={value!r}: expected '<{name}>{separator}<{carried}>' with both parts")
    if not isinstance(carried_value, NotGiven) and carried_value != tail:
        raise ValueError(
            f"{name}={value!r} carries {carried} {tail!r}, but {carried}={carried_value!r} was also passed"
        )
    return head, tail
