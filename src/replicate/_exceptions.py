"""The exception hierarchy. Kept free of pydantic so ``import replicate.exceptions`` stays cheap.

Messages are built from the API's problem-details body (``{"title", "detail", "status"}``), the
status and the request id; they never include request headers, so the token cannot leak.
"""

from __future__ import annotations

import json
from typing import Any, Dict, Mapping, Optional, Sequence, Type, cast

import httpx

from ._constants import RAW_BODY_PREVIEW_CHARS, REQUEST_ID_HEADERS

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APIStreamError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "MissingAPITokenError",
    "MissingCredentialsError",
    "ModelError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ReplicateError",
    "UnprocessableEntityError",
    "connection_error_from",
    "status_error_from_response",
]


class ReplicateError(Exception):
    """Base class of every error this package raises.

    ``type``, ``title``, ``status``, ``detail`` and ``instance`` are the API's problem details
    (RFC 7807) when the error comes from an HTTP response, else None, as in replicate 1.0.x, which
    also built the error from them: ``ReplicateError(status=404, detail="Not found")``.
    """

    type: Optional[str] = None
    title: Optional[str] = None
    status: Optional[int] = None
    detail: Optional[str] = None
    instance: Optional[str] = None

    def __init__(
        self,
        *args: object,
        type: Optional[str] = None,
        title: Optional[str] = None,
        status: Optional[int] = None,
        detail: Optional[str] = None,
        instance: Optional[str] = None,
    ) -> None:
        problem = {"type": type, "title": title, "status": status, "detail": detail, "instance": instance}
        for name, value in problem.items():
            if value is not None:
                setattr(self, name, value)
        if not args and any(value is not None for value in problem.values()):
            args = ("ReplicateError Details:\n" + "\n".join(f"{k}: {v}" for k, v in self.to_dict().items()),)
        super().__init__(*args)

    def to_dict(self) -> Dict[str, Any]:
        """The problem details that are set (``type``, ``title``, ``status``, ``detail``, ``instance``)."""
        problem = {
            "type": self.type,
            "title": self.title,
            "status": self.status,
            "detail": self.detail,
            "instance": self.instance,
        }
        return {name: value for name, value in problem.items() if value is not None}

    @classmethod
    def from_response(cls, response: httpx.Response) -> ReplicateError:
        """The typed error for an HTTP error response (``NotFoundError`` for a 404...)."""
        response.read()
        return status_error_from_response(response)


class MissingAPITokenError(ReplicateError):
    """An operation needs the bearer token and the client has none (checked before sending)."""

    def __init__(self, env_var: str = "", help: str = "", others: Optional[Mapping[str, str]] = None) -> None:
        where = f" or set the {env_var} environment variable" if env_var else ""
        hint = f" ({help})" if help else ""
        message = f"No API token: pass bearer_token= to the client{where}{hint}."
        if others:
            message += f" This operation also accepts {_credential_choices(others)}."
        super().__init__(message)


class MissingCredentialsError(ReplicateError):
    """An operation needs credentials (API keys, basic auth) that the client was not given."""

    def __init__(self, keys: Sequence[str], env_vars: Optional[Mapping[str, str]] = None) -> None:
        wanted = ", ".join(repr(key) for key in keys)
        super().__init__(
            f"No credentials for this operation (its security uses {wanted}): pass "
            f"{_credential_choices({key: (env_vars or {}).get(key, '') for key in keys})}."
        )


def _credential_choices(env_vars: Mapping[str, str]) -> str:
    """`credentials={'key': ...}` to the client, or each key's environment variable when it has one."""
    given = ", ".join(f"{key!r}: ..." for key in env_vars)
    named = [env_var for env_var in env_vars.values() if env_var]
    or_env = f", or set {' / '.join(named)}" if named else ""
    return f"credentials={{{given}}} to the client{or_env}"


class APIError(ReplicateError):
    message: str
    request: httpx.Request
    body: object

    def __init__(self, message: str, request: httpx.Request, *, body: object = None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request
        self.body = body


class APIConnectionError(APIError):
    def __init__(self, *, request: httpx.Request, message: str = "Connection error.") -> None:
        super().__init__(message, request)


class APITimeoutError(APIConnectionError):
    def __init__(self, *, request: httpx.Request) -> None:
        super().__init__(request=request, message="Request timed out.")


class APIResponseValidationError(APIError):
    response: httpx.Response
    status_code: int

    def __init__(self, *, response: httpx.Response, body: object, message: Optional[str] = None) -> None:
        super().__init__(
            message or "The API returned data the client could not parse.", response.request, body=body
        )
        self.response = response
        self.status_code = response.status_code


class APIStatusError(APIError):
    """The API answered with a 4xx or 5xx status."""

    response: httpx.Response
    status_code: int
    request_id: Optional[str]
    title: Optional[str]
    detail: Optional[str]

    def __init__(self, message: str, *, response: httpx.Response, body: object) -> None:
        super().__init__(message, response.request, body=body)
        self.response = response
        self.status_code = response.status_code
        self.request_id = request_id_of(response)
        problem: Dict[str, Any] = body if isinstance(body, dict) else {}  # pyright: ignore[reportUnknownVariableType]
        self.title = _text_or_none(problem.get("title"))
        self.detail = _text_or_none(problem.get("detail"))
        self.status = response.status_code
        self.type = _text_or_none(problem.get("type"))
        self.instance = _text_or_none(problem.get("instance"))


class APIStreamError(APIError):
    """The server reported an error inside an event stream it had begun with a success status.

    ``event`` is the event's name (``"error"``, or None for an unnamed event carrying
    ``{"error": ...}``), ``body`` its data decoded as JSON (else the text)."""

    response: httpx.Response
    event: Optional[str]
    request_id: Optional[str]

    def __init__(self, *, response: httpx.Response, event: Optional[str], data: str) -> None:
        try:
            body: object = json.loads(data)
        except ValueError:
            body = data
        self.response = response
        self.event = event
        self.request_id = request_id_of(response)
        message = "The server reported an error in the event stream"
        explanation = _stream_error_text(body)
        if explanation:
            message += f": {explanation}"
        if self.request_id:
            message += f" (request id: {self.request_id})"
        super().__init__(message, response.request, body=body)
        problem: Dict[str, Any] = body if isinstance(body, dict) else {}  # pyright: ignore[reportUnknownVariableType]
        self.title = _text_or_none(problem.get("title"))
        self.detail = _text_or_none(problem.get("detail"))


def _stream_error_text(body: object) -> str:
    """The error's own words: `{"error": {"message"}}` (OpenAI), `message`, `detail` or `title`."""
    if isinstance(body, dict):
        problem: Dict[str, Any] = body  # pyright: ignore[reportUnknownVariableType]
        inner: object = problem.get("error")
        if isinstance(inner, dict):
            message: object = cast(Dict[str, Any], inner).get("message")
            if message:
                return str(message)
        for key in ("message", "detail", "title", "error"):
            if isinstance(problem.get(key), str) and problem[key]:
                return str(problem[key])
        return _truncate(json.dumps(body))
    return _truncate(str(body).strip())


class BadRequestError(APIStatusError):
    pass


class AuthenticationError(APIStatusError):
    pass


class PermissionDeniedError(APIStatusError):
    pass


class NotFoundError(APIStatusError):
    pass


class ConflictError(APIStatusError):
    pass


class UnprocessableEntityError(APIStatusError):
    pass


class RateLimitError(APIStatusError):
    pass


class InternalServerError(APIStatusError):
    pass


class ModelError(ReplicateError):
    """A prediction finished with status ``failed``; ``prediction`` is the failed prediction."""

    prediction: Any

    def __init__(self, prediction: Any, message: Optional[str] = None) -> None:
        self.prediction = prediction
        if message is None:
            error = getattr(prediction, "error", None)
            message = f"Prediction {getattr(prediction, 'id', '?')} failed" + (f": {error}" if error else ".")
        super().__init__(message)


def connection_error_from(error: httpx.TransportError, request: httpx.Request) -> APIConnectionError:
    """The typed error for a transport failure (while sending, or later while reading a body)."""
    if isinstance(error, httpx.TimeoutException):
        return APITimeoutError(request=request)
    return APIConnectionError(request=request, message=f"Connection error: {type(error).__name__}")


_STATUS_ERRORS: Dict[int, Type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def request_id_of(response: httpx.Response) -> Optional[str]:
    for name in REQUEST_ID_HEADERS:
        value: Optional[str] = response.headers.get(name)
        if value:
            return value
    return None


def status_error_from_response(response: httpx.Response) -> APIStatusError:
    """Build the typed error for a non-2xx response whose body has already been read."""
    body = _decode_body(response)
    status = response.status_code
    error_class = _STATUS_ERRORS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    return error_class(_status_message(response, body), response=response, body=body)


def _decode_body(response: httpx.Response) -> object:
    text = response.text
    if "json" in response.headers.get("content-type", "") or text[:1] in ("{", "["):
        try:
            return json.loads(text)
        except ValueError:
            pass
    return text or None


def _status_message(response: httpx.Response, body: object) -> str:
    head = f"{response.status_code} {response.reason_phrase}".strip()
    explanation = _explain(response, body)
    message = f"{head}: {explanation}" if explanation else head
    request_id = request_id_of(response)
    if request_id:
        message += f" (request id: {request_id})"
    return message


def _explain(response: httpx.Response, body: object) -> str:
    if isinstance(body, dict):
        problem: Dict[str, Any] = body  # pyright: ignore[reportUnknownVariableType]
        detail = _text_or_none(problem.get("detail")) or _text_or_none(problem.get("title"))
        if detail:
            return detail
        return _truncate(json.dumps(body))
    if not isinstance(body, str) or not body.strip():
        return ""
    if _looks_like_html(response, body):
        return f"the server returned an HTML error page ({len(response.content)} bytes) instead of JSON"
    return _truncate(body.strip())


def _looks_like_html(response: httpx.Response, text: str) -> bool:
    if "html" in response.headers.get("content-type", ""):
        return True
    start = text.lstrip()[:15].lower()
    return start.startswith(("<!doctype", "<html"))


def _truncate(text: str) -> str:
    if len(text) <= RAW_BODY_PREVIEW_CHARS:
        return text
    return text[:RAW_BODY_PREVIEW_CHARS] + f"... ({len(text) - RAW_BODY_PREVIEW_CHARS} more characters)"


def _text_or_none(value: object) -> Optional[str]:
    if value is None:
        return None
    return value if isinstance(value, str) else str(value)
