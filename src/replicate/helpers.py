"""Public helpers for model outputs and inputs: `from replicate.helpers import FileOutput`.

Also replicate 1.0.x's helpers: ``base64_encode_file``, ``transform_output``, ``encode_json`` and
``async_encode_json`` (over the older interface's client, ``replicate.Client``). `FileInput` and
`Secret` are the input types of the modules `replicate models generate` writes.
"""

from __future__ import annotations

import base64
import io
import mimetypes
from typing import TYPE_CHECKING, Any, Optional

from .lib.file_encoding import FileEncodingStrategy
from .lib.file_output import AsyncFileOutput, FileOutput
from .lib.model_types import FileInput, Secret

if TYPE_CHECKING:
    from .legacy._client import Client

__all__ = [
    "AsyncFileOutput",
    "FileEncodingStrategy",
    "FileInput",
    "FileOutput",
    "Secret",
    "async_encode_json",
    "base64_encode_file",
    "encode_json",
    "transform_output",
]


def base64_encode_file(file: io.IOBase) -> str:
    """The whole file (read from its start) as a ``data:<MIME type>;base64,...`` URI; the type is
    guessed from the file's name, else ``application/octet-stream``."""
    file.seek(0)
    body: Any = file.read()
    content = body.encode("utf-8") if isinstance(body, str) else bytes(body)
    name = getattr(file, "name", "")
    mime_type = mimetypes.guess_type(name if isinstance(name, str) else "")[0] or "application/octet-stream"
    return f"data:{mime_type};base64,{base64.b64encode(content).decode('ascii')}"


def transform_output(value: Any, client: Optional[Client] = None) -> Any:
    """A prediction's raw output with every whole ``http(s)://`` URL or ``data:`` URI made a file
    output (a URL ``str`` that also has ``.read()`` and iterates its bytes), as ``run()`` returns
    them. ``client`` is a ``replicate.Client`` (default: the module-level one)."""
    from .legacy._io import transform_output as transform

    return transform(value, client or _default_client())


def encode_json(
    value: Any, client: Optional[Client] = None, file_encoding_strategy: Optional[FileEncodingStrategy] = None
) -> Any:
    """``value`` ready to send as JSON: files (binary file objects, ``Path``) uploaded, or sent as
    ``data:`` URIs with ``file_encoding_strategy="base64"``; lists, tuples and sets become lists."""
    from .lib.file_encoding import encode_file_inputs

    client = client or _default_client()
    encoded = encode_file_inputs(
        {"value": _plain(value)}, client=client.typed, strategy=file_encoding_strategy or "url"
    )
    return encoded["value"]


async def async_encode_json(
    value: Any, client: Optional[Client] = None, file_encoding_strategy: Optional[FileEncodingStrategy] = None
) -> Any:
    """``encode_json`` with the uploads made by the async client."""
    from .lib.file_encoding import async_encode_file_inputs

    client = client or _default_client()
    encoded = await async_encode_file_inputs(
        {"value": _plain(value)}, client=client.async_typed, strategy=file_encoding_strategy or "url"
    )
    return encoded["value"]


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}  # pyright: ignore[reportUnknownVariableType]
    if isinstance(value, (list, tuple, set, frozenset)):
        return [_plain(item) for item in value]  # pyright: ignore[reportUnknownVariableType]
    return value


def _default_client() -> Client:
    from .legacy._default import default_client

    return default_client()
