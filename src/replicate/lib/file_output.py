"""File outputs: `FileOutput` / `AsyncFileOutput` and the walkers that wrap them in prediction output.

What is wrapped
---------------
A `data:` URI is always wrapped, wherever it appears. Other strings are wrapped as follows:

- **Known schema** (the version's `openapi_schema`): a string is wrapped only where
  `components.schemas.Output` says `{"type": "string", "format": "uri"}`: the output itself, array
  items, object properties or `additionalProperties`, following local `$ref`s and `anyOf` / `oneOf` /
  `allOf` branches. A text token that happens to start with `https:` stays a string.
- **No schema** (`openapi_schema=None`, or a document without an `Output` schema): a string, at any
  depth of nested lists and dicts, is wrapped when the *whole* string is one absolute `http://` or
  `https://` URL with a host and no whitespace. Anything else (a sentence containing a URL, a token
  such as `"https:"`) stays a string.

Reading
-------
Reading goes through the client's own httpx client (its pool, timeouts and proxies) with the
client's retry policy, and raises the SDK's typed errors (`NotFoundError`, `PermissionDeniedError`,
`APIConnectionError`...). The API token and the client's default headers are sent only when the file
lives on the API's origin (scheme, host and port of the client's base URL), never to other hosts.
`data:` URIs are decoded locally, with no request.
"""

from __future__ import annotations

import base64
import binascii
import os
import re
import tempfile
from collections import abc
from typing import (
    TYPE_CHECKING,
    Any,
    AsyncIterator,
    Callable,
    Dict,
    Generic,
    Iterator,
    List,
    Mapping,
    Optional,
    TypeVar,
    cast,
)
from urllib.parse import unquote_to_bytes

import httpx

from .._core import Call, ClientConfig, Plan, Steps, exchange
from .._exceptions import APIConnectionError, APITimeoutError
from .._operation import Operation

if TYPE_CHECKING:
    from .._base_client import AsyncAPIClient, SyncAPIClient

__all__ = ["AsyncFileOutput", "FileOutput", "wrap_async_file_outputs", "wrap_file_outputs"]

_T = TypeVar("_T")
_Client = TypeVar("_Client")
Schema = Mapping[str, Any]

DATA_URI_CHUNK_SIZE = 64 * 1024
_REPR_URL_CHARS = 80
_MAX_SCHEMA_DEPTH = 64
_WHOLE_HTTP_URL = re.compile(r"https?://[^\s/?#]+[^\s]*", re.IGNORECASE)


class _FileOutputBase(Generic[_Client]):
    """What `FileOutput` and `AsyncFileOutput` share: the URL, the client that reads it, how it shows."""

    def __init__(self, url: str, client: _Client) -> None:
        self.url = url
        self._client = client

    def __str__(self) -> str:
        return self.url

    def __repr__(self) -> str:
        return f"{type(self).__name__}({_short_url(self.url)})"


class FileOutput(_FileOutputBase["SyncAPIClient"]):
    """A file in a prediction's output: `.url`, `.read()`, and `for chunk in file_output`."""

    def read(self) -> bytes:
        """The whole file's content."""
        return b"".join(self)

    def __iter__(self) -> Iterator[bytes]:
        """The file's content in chunks, streamed from the network (or decoded from a `data:` URI)."""
        if _is_data_uri(self.url):
            yield from _data_uri_chunks(self.url)
            return
        response = self._open()
        try:
            yield from _guard_body(response.request, response.iter_bytes())
        finally:
            response.close()

    def _open(self) -> httpx.Response:
        return self._client._drive(download_plan(self.url))

    def __fspath__(self) -> str:
        """The path of a local copy, downloaded on first use into a temporary directory: so
        `open(output)`, `Path(output)` and libraries that take a path work, as the 2.0 betas' path
        outputs did. `str(output)` stays the URL."""
        local: Optional[str] = getattr(self, "_local_path", None)
        if local is None or not os.path.exists(local):
            local = _download_to_temporary_file(self)
            self._local_path = local
        return local

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> Dict[str, Any]:
        """Jupyter shows the file inline (image, player, text) or as a link; see `lib/display.py`."""
        from .display import file_output_bundle

        return file_output_bundle(self)


def _download_to_temporary_file(output: FileOutput) -> str:
    name = "output"
    if not _is_data_uri(output.url):
        name = os.path.basename(httpx.URL(output.url).path) or name
    path = os.path.join(tempfile.mkdtemp(prefix="replicate-"), name)
    with open(path, "wb") as file:
        for chunk in output:
            file.write(chunk)
    return path


class AsyncFileOutput(_FileOutputBase["AsyncAPIClient"]):
    """A file in a prediction's output: `.url`, `await .read()`, and `async for chunk in file_output`."""

    async def read(self) -> bytes:
        """The whole file's content."""
        return b"".join([chunk async for chunk in self])

    async def __aiter__(self) -> AsyncIterator[bytes]:
        """The file's content in chunks, streamed from the network (or decoded from a `data:` URI)."""
        if _is_data_uri(self.url):
            for chunk in _data_uri_chunks(self.url):
                yield chunk
            return
        response = await self._open()
        try:
            request = response.request
            try:
                async for chunk in response.aiter_bytes():
                    yield chunk
            except httpx.TransportError as exc:
                raise _connection_error(request, exc) from exc
        finally:
            await response.aclose()

    async def _open(self) -> httpx.Response:
        return await self._client._drive(download_plan(self.url))

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> Dict[str, Any]:
        """Jupyter shows the file inline (image, player, text) or as a link; see `lib/display.py`."""
        from .display import file_output_bundle

        return file_output_bundle(self)


def wrap_file_outputs(
    value: object, *, openapi_schema: Optional[Mapping[str, Any]], client: SyncAPIClient
) -> object:
    """`value` with every file in it (see the module docstring) replaced by a `FileOutput`."""
    return _wrap(value, openapi_schema, lambda url: FileOutput(url, client))


def wrap_async_file_outputs(
    value: object, *, openapi_schema: Optional[Mapping[str, Any]], client: AsyncAPIClient
) -> object:
    """`value` with every file in it (see the module docstring) replaced by an `AsyncFileOutput`."""
    return _wrap(value, openapi_schema, lambda url: AsyncFileOutput(url, client))


# ---------------------------------------------------------------------------------------- wrapping


def _wrap(value: object, document: Optional[Schema], make: Callable[[str], _T]) -> object:
    output_schema = _output_schema(document)
    if output_schema is None:
        return _wrap_without_schema(value, make)
    assert document is not None
    return _wrap_with_schema(value, [output_schema], document, make)


def _output_schema(document: Optional[Schema]) -> Optional[Schema]:
    return None if document is None else _resolve_ref(document, "#/components/schemas/Output")


def _wrap_without_schema(value: object, make: Callable[[str], _T]) -> object:
    if isinstance(value, str):
        return make(value) if _is_data_uri(value) or _WHOLE_HTTP_URL.fullmatch(value) else value
    if isinstance(value, list):
        return [_wrap_without_schema(item, make) for item in cast(List[object], value)]
    if isinstance(value, dict):
        return {key: _wrap_without_schema(item, make) for key, item in cast(Dict[str, object], value).items()}
    return value


def _wrap_with_schema(
    value: object, schemas: List[Schema], document: Schema, make: Callable[[str], _T]
) -> object:
    """`schemas`: every schema that applies at this position (empty where the schema says nothing)."""
    branches = _branches(schemas, document)
    if isinstance(value, str):
        return make(value) if _is_data_uri(value) or any(_is_uri_string(s) for s in branches) else value
    if isinstance(value, list):
        items = [cast(Schema, s["items"]) for s in branches if isinstance(s.get("items"), Mapping)]
        return [_wrap_with_schema(item, items, document, make) for item in cast(List[object], value)]
    if isinstance(value, dict):
        return {
            key: _wrap_with_schema(item, _property_schemas(branches, key), document, make)
            for key, item in cast(Dict[str, object], value).items()
        }
    return value


def _branches(schemas: List[Schema], document: Schema) -> List[Schema]:
    """The schemas with `$ref`s resolved and `anyOf` / `oneOf` / `allOf` branches flattened in."""
    found: List[Schema] = []
    pending = [(schema, 0) for schema in schemas]
    while pending:
        schema, depth = pending.pop()
        if depth > _MAX_SCHEMA_DEPTH:
            continue
        ref = schema.get("$ref")
        if isinstance(ref, str):
            target = _resolve_ref(document, ref)
            if target is not None:
                pending.append((target, depth + 1))
        found.append(schema)
        for keyword in ("anyOf", "oneOf", "allOf"):
            options = schema.get(keyword)
            if isinstance(options, list):
                options = cast(List[object], options)
                pending.extend((cast(Schema, o), depth + 1) for o in options if isinstance(o, abc.Mapping))
    return found


def _resolve_ref(document: Schema, ref: str) -> Optional[Schema]:
    """A local JSON pointer (`#/components/schemas/Output`); None for anything else."""
    if not ref.startswith("#"):
        return None
    node: Optional[Schema] = document
    for raw in ref[1:].split("/")[1:]:
        if node is None:
            return None
        node = _as_schema(node.get(raw.replace("~1", "/").replace("~0", "~")))
    return node


def _as_schema(value: object) -> Optional[Schema]:
    return cast(Schema, value) if isinstance(value, abc.Mapping) else None


def _is_uri_string(schema: Schema) -> bool:
    return schema.get("type") == "string" and schema.get("format") == "uri"


def _property_schemas(branches: List[Schema], key: str) -> List[Schema]:
    found: List[Schema] = []
    for schema in branches:
        properties = _as_schema(schema.get("properties"))
        if properties is not None and key in properties:
            own = _as_schema(properties[key])
        else:
            own = _as_schema(schema.get("additionalProperties"))
        if own is not None:
            found.append(own)
    return found


# ---------------------------------------------------------------------------------------- data: URIs


def _is_data_uri(value: str) -> bool:
    return value[:5].lower() == "data:"


def _data_uri_chunks(uri: str) -> Iterator[bytes]:
    content = decode_data_uri(uri)
    for start in range(0, len(content), DATA_URI_CHUNK_SIZE):
        yield content[start : start + DATA_URI_CHUNK_SIZE]


def decode_data_uri(uri: str) -> bytes:
    """The bytes of a `data:[<media type>][;base64],<data>` URI (RFC 2397)."""
    header, comma, data = uri[5:].partition(",")
    if not comma:
        raise ValueError(f"Malformed data: URI (no ',' after the media type): {_short_url(uri)}")
    if header.lower().endswith(";base64"):
        try:
            return base64.b64decode(unquote_to_bytes(data), validate=True)
        except binascii.Error as exc:
            raise ValueError(f"Malformed data: URI (invalid base64): {_short_url(uri)}") from exc
    return unquote_to_bytes(data)


def _short_url(url: str) -> str:
    if len(url) <= _REPR_URL_CHARS:
        return repr(url)
    return f"{url[:_REPR_URL_CHARS]!r}... ({len(url)} characters)"


# ---------------------------------------------------------------------------------------- downloads

_DOWNLOAD: Operation[Any] = Operation("get", "{url}", None, response="binary")


def download_plan(url: str) -> Plan[httpx.Response]:
    """The download of `url`, retried like every other read, for a client's `_drive`: the successful
    (still unread) response, or the SDK's typed error. The token goes only to the API's origin."""
    call = Call(op=_DOWNLOAD, target=str(_http_url(url)), origin="any")

    def steps(config: ClientConfig) -> Steps[httpx.Response]:
        response, _ = yield from exchange(config, call)
        return response

    return steps


def _http_url(url: str) -> httpx.URL:
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL as exc:
        raise ValueError(f"Cannot read file output {_short_url(url)}: {exc}") from None
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise ValueError(f"Cannot read file output {_short_url(url)}: only http(s) URLs and data: URIs")
    return parsed


def _guard_body(request: httpx.Request, chunks: Iterator[bytes]) -> Iterator[bytes]:
    try:
        yield from chunks
    except httpx.TransportError as exc:
        raise _connection_error(request, exc) from exc


def _connection_error(request: httpx.Request, error: httpx.TransportError) -> APIConnectionError:
    if isinstance(error, httpx.TimeoutException):
        return APITimeoutError(request=request)
    return APIConnectionError(
        request=request, message=f"Connection error while reading a file: {type(error).__name__}"
    )
