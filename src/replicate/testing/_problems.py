"""Errors raised by route handlers and rendered as RFC 7807 problem details."""

from __future__ import annotations

from typing import Dict, List, Optional

_TITLES = {
    400: "Bad request",
    401: "Unauthenticated",
    403: "Forbidden",
    404: "Not found",
    405: "Method not allowed",
    409: "Conflict",
    413: "Payload too large",
    422: "Unprocessable entity",
    429: "Too many requests",
    500: "Internal server error",
}


class ApiProblem(Exception):
    def __init__(
        self,
        status: int,
        detail: str,
        *,
        title: Optional[str] = None,
        headers: Optional[Dict[str, str]] = None,
        invalid_fields: Optional[List[Dict[str, str]]] = None,
    ) -> None:
        super().__init__(detail)
        self.invalid_fields = invalid_fields
        self.status = status
        self.detail = detail
        self.title = title or _TITLES.get(status, "Error")
        self.headers: Dict[str, str] = dict(headers or {})

    def body(self) -> Dict[str, object]:
        body: Dict[str, object] = {"title": self.title, "detail": self.detail, "status": self.status}
        if self.invalid_fields is not None:
            body["invalid_fields"] = self.invalid_fields
        return body


def not_found(what: str) -> ApiProblem:
    return ApiProblem(404, f"{what} not found")


def invalid(detail: str, *, field: str = "(root)", kind: str = "invalid") -> ApiProblem:
    """A 422 whose `invalid_fields` names the offending field, as the API reports validation errors."""
    return ApiProblem(
        422,
        f"- {field}: {detail}",
        title="Input validation failed",
        invalid_fields=[{"type": kind, "field": field, "description": detail}],
    )


def bad_request(detail: str) -> ApiProblem:
    return ApiProblem(400, detail)
