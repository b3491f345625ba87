"""The sans-I/O core shared by the sync and async clients.

It decides *what* to send (:func:`build_request`) and *what to do* with what came back
(:func:`decide_after_response`, :func:`decide_after_error`, :func:`parse_body`). The drivers in
``_base_client.py`` only send, sleep and read bodies.

Retry policy
------------
Up to ``max_retries`` retries (default 2) after the first attempt. The delay before retry *n*
(``n = 0, 1, ...``) is ``min(0.5 * 2**n, 8)`` seconds scaled by a random factor in ``[0.75, 1]``,
unless the response carries ``retry-after-ms`` or ``Retry-After`` (seconds or an HTTP date) whose
value is between 0 and 60 seconds: then exactly that. ``x-should-retry: true|false`` on a
response overrides the status rules below (the retry budget still applies).

- ``Operation.retry == "always"`` (reads, idempotent writes, the default): retry on connection
  errors, timeouts, 408, 409, 429 and every 5xx.
- ``Operation.retry == "unsent"`` (creates that start billable work): retry only when the server
  provably did not start the work: ``httpx.ConnectError``, ``ConnectTimeout`` and ``PoolTimeout``
  (no connection, so the request never left), 429, and 503 with a ``Retry-After``/``retry-after-ms``
  header. Never on resets, read/write timeouts or other 5xx: the server may have started it.

Every attempt carries ``<prefix>-Retry-Count`` (0 for the first) when the client's settings name a
platform header prefix (``X-Replicate-Retry-Count`` for Replicate's).

Origin policy and header precedence
-----------------------------------
A :class:`Call` targets a path under the base URL or an absolute URL. ``origin="api"`` (every API
operation) accepts an absolute URL only on the API's origin (scheme, host and port of the base
URL); ``origin="any"`` (file downloads, a prediction's event stream) accepts any http(s) URL.
On the API's origin the headers are, later layers winning (names compared case-insensitively; a
``NOT_GIVEN`` value removes the header): platform headers (``User-Agent``...), ``Accept`` and the
retry count, ``Authorization: Bearer <token>``, the client's ``default_headers``, the call's own
headers, the call's ``extra_headers``. So a caller may replace the token's header explicitly, as
the published clients allow. Anywhere else only ``User-Agent``, ``Accept``, the call's headers and
its ``extra_headers`` are sent: never the token, never ``default_headers``.

The protocol
------------
Every request the package makes is a step of one conversation: a generator (a *plan*) yields
:class:`Send` and :class:`Sleep` steps, and a client's one driver, ``_drive(plan)`` in
``_base_client.py``, carries them out and sends each result back. :func:`exchange` is the plan of
one call with retries; downloads, a stream's reconnects and ``lib``'s plans are plans too.
"""

from __future__ import annotations

import base64
import email.utils
import json
import random
import re
import time
from collections import abc
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import (
    Any,
    Callable,
    Dict,
    Generator,
    List,
    Mapping,
    Optional,
    Sequence,
    Tuple,
    TypeVar,
    Union,
    cast,
)
from urllib.parse import quote

import httpx
from typing_extensions import Literal

from ._constants import INITIAL_RETRY_DELAY, MAX_RETRY_AFTER, MAX_RETRY_DELAY, RETRY_JITTER
from ._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    MissingAPITokenError,
    MissingCredentialsError,
    connection_error_from,
    status_error_from_response,
)
from ._fast_request import join, request
from ._files import build_multipart, encode_text_multipart, read_content
from ._logs import log_giving_up, log_request, log_response, log_retry
from ._operation import DEFAULT_OPTIONS, Credential, Operation, RequestOptions
from ._platform import platform_headers
from ._settings import DEFAULT_SETTINGS, ClientSettings
from ._types import NotGiven, strip_not_given

__all__ = [
    "Call",
    "ClientConfig",
    "Origin",
    "Plan",
    "Retry",
    "Send",
    "Sleep",
    "Step",
    "Steps",
    "build_request",
    "decide_after_error",
    "decide_after_response",
    "exchange",
    "make_call",
    "merge_headers",
    "origin_of",
    "parse_body",
    "perform",
    "provably_unsent",
    "resolve_timeout",
    "resolve_url",
    "retry_delay",
]

_DEFAULT_PORTS = {"http": 80, "https": 443}
_ACCEPT = {
    "json": "application/json",
    "empty": "application/json",
    "text": "text/plain, */*;q=0.8",
    "binary": "*/*",
    "sse": "text/event-stream",
}


@dataclass(frozen=True)
class ClientConfig:
    base_url: httpx.URL
    bearer_token: Optional[str] = field(repr=False)
    timeout: httpx.Timeout
    max_retries: int
    default_headers: Mapping[str, Union[str, NotGiven]] = field(default_factory=lambda: {})
    default_query: Mapping[str, object] = field(default_factory=lambda: {})
    credentials: Mapping[str, str] = field(default_factory=lambda: {}, repr=False)
    settings: ClientSettings = field(default=DEFAULT_SETTINGS, repr=False)
    # credential key ► the environment variable it may come from (named in missing-credential errors)
    credential_env: Mapping[str, str] = field(default_factory=lambda: {}, repr=False)
    # Derived once here instead of on every request (see build_request).
    _base: str = field(init=False, repr=False, compare=False)
    _headers: Dict[str, Tuple[str, str]] = field(init=False, repr=False, compare=False)
    _foreign_headers: Dict[str, Tuple[str, str]] = field(init=False, repr=False, compare=False)
    _removed: Tuple[str, ...] = field(init=False, repr=False, compare=False)
    _retry_header: Optional[Tuple[str, str]] = field(init=False, repr=False, compare=False)
    _query: Dict[str, object] = field(init=False, repr=False, compare=False)
    _timeout: Dict[str, Optional[float]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        settings = self.settings
        platform = platform_headers(settings.user_agent, settings.platform_prefix)
        headers = _merge_layers(platform, _auth_header(self), self.default_headers)
        removed = (
            name.lower() for name, value in self.default_headers.items() if isinstance(value, NotGiven)
        )
        object.__setattr__(self, "_base", str(self.base_url).rstrip("/") + "/")
        object.__setattr__(self, "_headers", headers)
        object.__setattr__(self, "_foreign_headers", _merge_layers({"User-Agent": settings.user_agent}))
        retry = f"{settings.platform_prefix}-Retry-Count" if settings.platform_prefix else None
        object.__setattr__(self, "_retry_header", (retry.lower(), retry) if retry else None)
        object.__setattr__(self, "_removed", tuple(removed))
        object.__setattr__(self, "_query", _drop_unset(self.default_query))
        object.__setattr__(self, "_timeout", self.timeout.as_dict())


Origin = Literal["api", "any"]


@dataclass(frozen=True)
class Call:
    """One logical request: target (a resolved path under the base URL, or an absolute URL), values,
    and the origins it may go to (see "Origin policy" above)."""

    op: Operation[Any]
    target: str
    query: Mapping[str, object] = field(default_factory=lambda: {})
    headers: Mapping[str, str] = field(default_factory=lambda: {})
    body: object = None
    options: RequestOptions = DEFAULT_OPTIONS
    origin: Origin = "api"


@dataclass(frozen=True)
class Retry:
    after: float
    reason: str


# ---------------------------------------------------------------------------------------- requests


def make_call(
    op: Operation[Any],
    *,
    path: Optional[Mapping[str, object]] = None,
    query: Optional[Mapping[str, object]] = None,
    headers: Optional[Mapping[str, object]] = None,
    body: object = None,
    options: RequestOptions = DEFAULT_OPTIONS,
) -> Call:
    if op.stream_flag and _asks_for_stream(op.stream_flag, body, options.extra_body):
        op = op.streamed()
    return Call(
        op,
        resolve_path(op.path, path or {}, op.numeric_path),
        _drop_unset(query) if query else {},
        {key: str(value) for key, value in _drop_unset(headers).items()} if headers else {},
        # An explicit None in a body is a JSON null (it clears a field); only NOT_GIVEN is left out.
        strip_not_given(cast(Mapping[str, object], body))
        if body is not None and isinstance(body, abc.Mapping)
        else None
        if isinstance(body, NotGiven)  # an optional whole body (bytes, text, a JSON array) left out
        else body,
        options,
    )


def _asks_for_stream(flag: str, body: object, extra_body: object) -> bool:
    """Whether the body that will be sent (`extra_body` merged over `body`) sets `flag` to true."""
    for layer in (extra_body, body):
        if isinstance(layer, abc.Mapping) and flag in layer:
            return cast(Mapping[str, object], layer)[flag] is True
    return False


def resolve_path(template: str, values: Mapping[str, object], numeric: Tuple[str, ...] = ()) -> str:
    """Fill ``{name}`` placeholders, each value percent-encoded as exactly one path segment.

    Values are non-empty strings, or numbers for the parameters the operation types as numbers.
    """
    encoded: Dict[str, str] = {}
    for name, value in values.items():
        is_number = isinstance(value, (int, float)) and not isinstance(value, bool)
        if is_number and name in numeric:
            encoded[name] = str(value)
            continue
        if not isinstance(value, str) or not value:
            raise ValueError(f"Expected a non-empty string for path parameter {name!r}, got {value!r}")
        encoded[name] = _encode_segment(value)
    return template.format_map(encoded)


_UNRESERVED = re.compile(r"[A-Za-z0-9_.~-]+")  # what quote(value, safe="") leaves as it is


def _encode_segment(value: str) -> str:
    if value in (".", ".."):
        return value.replace(".", "%2E")
    return value if _UNRESERVED.fullmatch(value) else quote(value, safe="")


def origin_of(url: httpx.URL) -> Tuple[str, str, int]:
    return url.scheme, url.host, url.port or _DEFAULT_PORTS.get(url.scheme, 0)


def resolve_url(base_url: httpx.URL, target: str, origin: Origin = "api") -> httpx.URL:
    """Join a relative path to the base URL; accept an absolute URL on the API's origin, or (with
    ``origin="any"``) any http(s) URL."""
    if "://" in target:
        url = httpx.URL(target)
        if origin == "any":
            if url.scheme not in ("http", "https") or not url.host:
                raise ValueError(f"Only http(s) URLs can be requested, got {url.scheme}://{url.host}")
        elif origin_of(url) != origin_of(base_url):
            raise ValueError(
                f"Refusing to send a request to {url.scheme}://{url.host}: only URLs on the API's origin "
                f"({base_url.scheme}://{base_url.host}) may carry the API token."
            )
        return url
    return httpx.URL(str(base_url).rstrip("/") + "/" + target.lstrip("/"))


def _resolve_url(config: ClientConfig, call: Call) -> Tuple[httpx.URL, bool]:
    """The call's URL, and whether it is on the API's origin."""
    target = call.target
    if "://" not in target:
        return join(config.base_url, config._base, target), True
    url = resolve_url(config.base_url, target, call.origin)
    return url, call.origin == "api" or origin_of(url) == origin_of(config.base_url)


def merge_headers(*layers: Optional[Mapping[str, Union[str, NotGiven]]]) -> Dict[str, str]:
    """Later layers win, names compared case-insensitively; a ``NOT_GIVEN`` value removes the header."""
    return dict(_merge_layers(*layers).values())


def _merge_layers(
    *layers: Optional[Mapping[str, Union[str, NotGiven]]], into: Optional[Dict[str, Tuple[str, str]]] = None
) -> Dict[str, Tuple[str, str]]:
    """``merge_headers`` keyed by lower-cased name, each value with the name as last spelled."""
    merged: Dict[str, Tuple[str, str]] = {} if into is None else into
    for layer in layers:
        if not layer:
            continue
        for name, value in layer.items():
            if isinstance(value, NotGiven):
                merged.pop(name.lower(), None)
            else:
                merged[name.lower()] = (name, value)
    return merged


def resolve_timeout(
    client_timeout: httpx.Timeout, override: Union[float, httpx.Timeout, NotGiven, None]
) -> httpx.Timeout:
    if isinstance(override, NotGiven):
        return client_timeout
    if isinstance(override, httpx.Timeout):
        return override
    return httpx.Timeout(override)


def build_request(config: ClientConfig, call: Call, retries_taken: int) -> httpx.Request:
    options = call.options
    url, on_api = _resolve_url(config, call)
    params = config._query if on_api else {}
    auth = call.op.auth if on_api else None
    auth_headers, auth_query = _auth_parts(config, auth) if auth is not None else ({}, {})
    if call.query or options.extra_query or auth_query:
        params = {**params, **auth_query, **call.query, **_drop_unset(options.extra_query)}
    if params:
        url = url.copy_merge_params(cast(Any, params))
    # The layers of "Origin policy and header precedence" (module docstring), with the constant
    # ones merged once, in ClientConfig.
    merged = {"accept": ("Accept", _ACCEPT[call.op.response])}
    if on_api:
        if config._retry_header is not None:
            key, name = config._retry_header
            merged[key] = (name, str(retries_taken))
        for name in config._removed:  # a client default of NOT_GIVEN removes even these
            merged.pop(name, None)
        merged.update(config._headers)
    else:
        merged.update(config._foreign_headers)
    _merge_layers(auth_headers, call.headers, options.extra_headers, into=merged)
    if on_api and call.op.auth is None and "authorization" not in merged:
        raise _missing_token(config)
    timeout = options.timeout
    extensions = {
        "timeout": config._timeout
        if isinstance(timeout, NotGiven)
        else resolve_timeout(config.timeout, timeout).as_dict()
    }
    method = call.op.method.upper()

    kind = call.op.body
    body = call.body
    extra_body: object = options.extra_body
    if isinstance(extra_body, abc.Mapping):
        body = {**cast(Mapping[str, object], body or {}), **cast(Mapping[str, object], extra_body)}
        kind = kind or "json"
    if kind is None or body is None:
        return request(method, url, merged, None, extensions)
    if kind == "json":
        content = json.dumps(body, default=_json_default, separators=(",", ":")).encode()
        typed = {"content-type": ("Content-Type", "application/json")}
        typed.update(merged)  # as merge_headers({"Content-Type": ...}, headers)
        return request(method, url, typed, content, extensions)
    headers = dict(merged.values())
    if kind == "multipart":
        data, files = build_multipart(cast(Mapping[str, object], body))
        headers = {name: value for name, value in headers.items() if name.lower() != "content-type"}
        if not files:  # httpx would send text fields alone form-urlencoded
            content, content_type = encode_text_multipart(data)
            headers = merge_headers({"Content-Type": content_type}, headers)
            return httpx.Request(method, url, headers=headers, content=content, extensions=extensions)
        return httpx.Request(
            method, url, headers=headers, data=data, files=cast(Any, files), extensions=extensions
        )
    if kind == "form":
        form = {key: _form_value(value) for key, value in cast(Mapping[str, object], body).items()}
        headers = merge_headers({"Content-Type": "application/x-www-form-urlencoded"}, headers)
        return httpx.Request(method, url, headers=headers, data=form, extensions=extensions)
    if kind == "text":
        content = body.encode() if isinstance(body, str) else cast(bytes, body)
        media = call.op.media_type or "text/plain; charset=utf-8"
        headers = merge_headers({"Content-Type": media}, headers)
        return httpx.Request(method, url, headers=headers, content=content, extensions=extensions)
    headers = merge_headers({"Content-Type": call.op.media_type or "application/octet-stream"}, headers)
    return httpx.Request(method, url, headers=headers, content=read_content(body), extensions=extensions)


def _auth_header(config: ClientConfig) -> Dict[str, str]:
    return {"Authorization": f"Bearer {config.bearer_token}"} if config.bearer_token else {}


def _auth_parts(
    config: ClientConfig, alternatives: Tuple[Tuple[Credential, ...], ...]
) -> Tuple[Dict[str, str], Dict[str, str]]:
    """Headers and query parameters of the first alternative whose credentials the client has."""
    for alternative in alternatives:
        values = [
            config.bearer_token if c.key == "bearer_token" else config.credentials.get(c.key)
            for c in alternative
        ]
        if all(values):
            return _credential_parts(alternative, cast(List[str], values))
    wanted = {c.key for alternative in alternatives for c in alternative}
    others = sorted(wanted - {"bearer_token"})
    if "bearer_token" in wanted:
        raise _missing_token(config, others)
    raise MissingCredentialsError(others, _env_vars(config, others))


def _missing_token(config: ClientConfig, others: Sequence[str] = ()) -> MissingAPITokenError:
    settings = config.settings
    return MissingAPITokenError(settings.token_env, settings.token_help, _env_vars(config, others))


def _env_vars(config: ClientConfig, keys: Sequence[str]) -> Dict[str, str]:
    return {key: config.credential_env[key] for key in keys if key in config.credential_env}


def _credential_parts(
    alternative: Tuple[Credential, ...], values: List[str]
) -> Tuple[Dict[str, str], Dict[str, str]]:
    headers: Dict[str, str] = {}
    query: Dict[str, str] = {}
    cookies: List[str] = []
    for credential, value in zip(alternative, values):
        if credential.kind == "bearer":
            headers["Authorization"] = f"Bearer {value}"
        elif credential.kind == "basic":
            headers["Authorization"] = "Basic " + base64.b64encode(value.encode()).decode()
        elif credential.kind == "header":
            headers[credential.name] = value
        elif credential.kind == "query":
            query[credential.name] = value
        else:
            cookies.append(f"{credential.name}={value}")
    if cookies:
        headers["Cookie"] = "; ".join(cookies)
    return headers, query


def _form_value(value: object) -> object:
    """Form fields are text: booleans as JSON spells them, lists repeated, objects as JSON."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return json.dumps(value, default=_json_default)
    return value


def _drop_unset(mapping: Optional[Mapping[str, object]]) -> Dict[str, object]:
    return {key: value for key, value in strip_not_given(mapping).items() if value is not None}


def _json_default(value: object) -> object:
    dump = getattr(value, "model_dump", None)
    if callable(dump):
        return dump(mode="json", by_alias=True, exclude_unset=True)
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


# ---------------------------------------------------------------------------------------- decisions


def decide_after_response(
    config: ClientConfig,
    call: Call,
    response: httpx.Response,
    retries_taken: int,
    *,
    rand: Callable[[], float] = random.random,
) -> Union[Retry, APIStatusError, None]:
    """``None``: success, parse it. ``Retry``: sleep and resend. An error: raise it.

    For a non-2xx response the body must have been read already.
    """
    if response.is_success:
        return None
    if retries_taken < config.max_retries and _should_retry_response(call.op, response):
        return Retry(retry_delay(retries_taken, response.headers, rand=rand), f"HTTP {response.status_code}")
    return status_error_from_response(response)


def _should_retry_response(op: Operation[Any], response: httpx.Response) -> bool:
    override = str(response.headers.get("x-should-retry", "")).strip().lower()
    if override in ("true", "false"):
        return override == "true"
    status = response.status_code
    if op.retry == "unsent":
        has_retry_after = "retry-after" in response.headers or "retry-after-ms" in response.headers
        return status == 429 or (status == 503 and has_retry_after)
    return status in (408, 409, 429) or status >= 500


# Transport errors raised before any byte of the request was written: no connection was made.
_UNSENT_ERRORS = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


def provably_unsent(error: BaseException) -> bool:
    """Whether a failed request never left the client: a transport error from `_UNSENT_ERRORS`, or
    the `APIConnectionError` raised from one (nothing can have started on the server)."""
    cause = error.__cause__ if isinstance(error, APIConnectionError) else error
    return isinstance(cause, _UNSENT_ERRORS)


def decide_after_error(
    config: ClientConfig,
    call: Call,
    error: httpx.TransportError,
    request: httpx.Request,
    retries_taken: int,
    *,
    rand: Callable[[], float] = random.random,
) -> Union[Retry, APIConnectionError]:
    """What to do when sending failed without any response."""
    mapped = connection_error_from(error, request)
    retryable = isinstance(error, _UNSENT_ERRORS) if call.op.retry == "unsent" else True
    if retryable and retries_taken < config.max_retries:
        return Retry(retry_delay(retries_taken, None, rand=rand), type(error).__name__)
    return mapped


def retry_delay(
    retries_taken: int,
    headers: Optional[httpx.Headers],
    *,
    rand: Callable[[], float] = random.random,
    now: Callable[[], float] = time.time,
) -> float:
    requested = _retry_after_seconds(headers, now) if headers is not None else None
    if requested is not None and 0 <= requested <= MAX_RETRY_AFTER:
        return requested
    base = min(INITIAL_RETRY_DELAY * 2.0**retries_taken, MAX_RETRY_DELAY)
    return base * (1 - RETRY_JITTER * rand())


def _retry_after_seconds(headers: httpx.Headers, now: Callable[[], float]) -> Optional[float]:
    millis = headers.get("retry-after-ms")
    if millis is not None:
        try:
            return float(millis) / 1000
        except ValueError:
            pass
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        return float(value)
    except ValueError:
        pass
    try:
        moment = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return max(0.0, moment.timestamp() - now())


# ---------------------------------------------------------------------------------------- responses


def parse_body(op: Operation[Any], response: httpx.Response) -> Any:
    """Turn a read, successful response into what the operation declares (pages: the raw JSON)."""
    if op.response == "empty":
        return None
    if op.response == "text":
        return response.text
    if op.cast_to is httpx.Response:
        return response
    if not response.content:
        return None
    try:
        if op.page or op.cast_to is None or op.cast_to is object:
            return response.json()
        from ._models import parse_json_as  # pydantic is imported only when a typed response is parsed

        # Bytes to models in one pass of pydantic-core: no json.loads, no intermediate dicts.
        return parse_json_as(op.cast_to, response.content)
    except ValueError as exc:
        raise APIResponseValidationError(
            response=response, body=response.text, message=f"Invalid JSON in response: {exc}"
        ) from exc


# ---------------------------------------------------------------------------------------- the loop


@dataclass(frozen=True)
class Send:
    """Driver: send ``request`` (streaming); read and close the body of a non-2xx answer, and of
    any answer when ``read_body``, so that a transport error while reading is an answer to this
    step (retried or typed) rather than a raw ``httpx`` error escaping later."""

    request: httpx.Request
    read_body: bool = False


@dataclass(frozen=True)
class Sleep:
    seconds: float


Step = Union[Send, Sleep]
SendResult = Union[httpx.Response, httpx.TransportError, None]
T = TypeVar("T")
# A plan's steps: answered with the result of each `Send` (None for a `Sleep`), returning a T.
Steps = Generator[Step, SendResult, T]
# What a client's `_drive` takes: the client hands its configuration to the plan.
Plan = Callable[[ClientConfig], Steps[T]]
Exchange = Steps[Tuple[httpx.Response, int]]


def exchange(
    config: ClientConfig, call: Call, *, read_body: bool = False, rand: Callable[[], float] = random.random
) -> Exchange:
    """The whole request/retry conversation of one call, as steps for a driver to carry out.

    Yields ``Send`` (the driver answers with the response or the ``httpx.TransportError``) and
    ``Sleep`` (answer ``None``). Returns ``(successful response, retries taken)`` or raises the
    typed error. ``read_body``: the whole body is read as part of each attempt.
    """
    retries_taken = 0
    while True:
        request = build_request(config, call, retries_taken)
        log_request(request, retries_taken)
        started = time.monotonic()
        result = yield Send(request, read_body)
        outcome: Union[Retry, APIStatusError, APIConnectionError, None]
        if isinstance(result, httpx.TransportError):
            outcome = decide_after_error(config, call, result, request, retries_taken, rand=rand)
            if not isinstance(outcome, Retry):
                log_giving_up(request, result)
                raise outcome from result
        else:
            assert result is not None, "a Send step must be answered with a response or an error"
            log_response(result, time.monotonic() - started)
            outcome = decide_after_response(config, call, result, retries_taken, rand=rand)
            if outcome is None:
                return result, retries_taken
            if not isinstance(outcome, Retry):
                raise outcome
        log_retry(request, outcome.reason, outcome.after, retries_taken, config.max_retries)
        yield Sleep(outcome.after)
        retries_taken += 1


def perform(config: ClientConfig, call: Call) -> Steps[Any]:
    """One call as steps of a larger plan: its exchange (the body read as part of each attempt),
    then its parsed result (``parse_body``). How ``lib``'s prediction plans create, poll and cancel."""
    response, _ = yield from exchange(config, call, read_body=True)
    return parse_body(call.op, response)
