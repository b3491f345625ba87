"""The request and response values passed between the HTTP layer and the route handlers."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, Iterator, List, Mapping, Optional, Union
from urllib.parse import parse_qs

from ._problems import ApiProblem, bad_request


@dataclass(frozen=True)
class Request:
    method: str
    path: str
    query_string: str
    headers: Mapping[str, str]  # lower-cased names
    body: bytes
    origin: str  # scheme://host:port this server is reached at
    path_params: Mapping[str, str] = field(default_factory=lambda: {})

    def header(self, name: str) -> Optional[str]:
        return self.headers.get(name.lower())

    def query(self, name: str) -> Optional[str]:
        values = parse_qs(self.query_string, keep_blank_values=True).get(name)
        return values[-1] if values else None

    def json_object(self) -> Dict[str, Any]:
        """The body parsed as a JSON object (an empty body is an empty object)."""
        if not self.body.strip():
            return {}
        try:
            parsed = json.loads(self.body)
        except ValueError as error:
            raise bad_request(f"Request body is not valid JSON: {error}") from None
        if not isinstance(parsed, dict):
            raise ApiProblem(422, "Request body must be a JSON object")
        return parsed  # pyright: ignore[reportUnknownVariableType]


# A streamed body is an iterator of chunks; each is flushed to the client as soon as it is produced.
Body = Union[bytes, Iterator[bytes]]


@dataclass
class Response:
    status: int
    body: Body = b""
    content_type: Optional[str] = None
    headers: Dict[str, str] = field(default_factory=lambda: {})
    # Called once the body has been written (or the client went away); used to release resources.
    on_close: Optional[Callable[[], None]] = None


def json_response(payload: Any, status: int = 200, headers: Optional[Dict[str, str]] = None) -> Response:
    return Response(
        status=status,
        body=json.dumps(payload).encode("utf-8"),
        content_type="application/json",
        headers=dict(headers or {}),
    )


def problem_response(problem: ApiProblem) -> Response:
    return Response(
        status=problem.status,
        body=json.dumps(problem.body()).encode("utf-8"),
        content_type="application/problem+json",
        headers=dict(problem.headers),
    )


def empty_response(status: int) -> Response:
    return Response(status=status)


def text_response(text: str, content_type: str = "text/plain; charset=utf-8") -> Response:
    return Response(status=200, body=text.encode("utf-8"), content_type=content_type)


@dataclass(frozen=True)
class RecordedRequest:
    """One request as the server received it, for assertions in tests."""

    method: str
    path: str
    query_string: str
    headers: Mapping[str, str]
    body: bytes
    request_id: str
    status: int
    received_at: float = 0.0  # time.monotonic() when the server began to handle it

    def json(self) -> Any:
        return json.loads(self.body)


RequestLog = List[RecordedRequest]
