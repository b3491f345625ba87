"""Inputs and outputs as the older client took and gave them.

Inputs: text-mode file objects (001 shows ``open("path/to/mystery.jpg")`` without ``"rb"``) are sent
as the bytes of their binary buffer, with a ``DeprecationWarning``; a string that names an existing
local file raises ``ValueError`` (it is never opened): pass ``Path(...)`` or ``open(..., "rb")``.

Outputs: files come back as :class:`LegacyFileOutput`, which is both things older programs relied
on: a ``str`` holding the URL (what clients before 1.0 returned, so ``urlretrieve(out[0], ...)`` and
``httpx.get(out[0])`` keep working) and a ``FileOutput`` as replicate 1.0.x returned it
(``.url``, ``.read()``, ``for chunk in output``, ``await output.aread()``, ``async for chunk in output``).
"""

from __future__ import annotations

import io
import os
import warnings
from typing import (
    TYPE_CHECKING,
    Any,
    AsyncIterator,
    Dict,
    Iterator,
    List,
    Mapping,
    Optional,
    Sequence,
    Tuple,
    Union,
    cast,
)

from ..lib.file_output import AsyncFileOutput, FileOutput

if TYPE_CHECKING:
    from ._client import Client

__all__ = ["LegacyFileOutput", "convert_output", "prepare_input", "transform_output"]

_URL_PREFIXES = ("http://", "https://", "data:", "file:")


class LegacyFileOutput(str, FileOutput):
    """A file in a model's output: a ``str`` holding its URL that reads like replicate 1.0's
    ``FileOutput``: ``.url``, ``.read()`` / ``await .aread()``, and iteration over its bytes
    (``for chunk in output``, ``async for chunk in output``), downloaded with the client that
    produced it (the token goes only to the API's origin).

    ``str(output)`` and every string operation use the URL. Iterating yields the file's bytes in
    chunks, not the characters of the URL (1.0's ``FileOutput`` wins there)."""

    _legacy_client: Client

    def __new__(cls, url: str, client: Client) -> LegacyFileOutput:
        self = super().__new__(cls, url)
        self._legacy_client = client
        return self

    def __init__(self, url: str, client: Client) -> None:  # pyright: ignore[reportMissingSuperCall]
        pass  # everything is set by __new__ (a str cannot be changed once made)

    @property
    def url(self) -> str:  # type: ignore[override]  # pyright: ignore[reportIncompatibleVariableOverride]
        return str.__str__(self)

    def _sync_file(self) -> FileOutput:
        return FileOutput(self.url, self._legacy_client.typed)

    def _async_file(self) -> AsyncFileOutput:
        return AsyncFileOutput(self.url, self._legacy_client.async_typed)

    def read(self) -> bytes:
        """The whole file (downloaded now, or decoded from a ``data:`` URI)."""
        return self._sync_file().read()

    def __iter__(self) -> Iterator[bytes]:  # type: ignore[override]  # pyright: ignore[reportIncompatibleMethodOverride]
        return iter(self._sync_file())

    def iter_bytes(self) -> Iterator[bytes]:
        return iter(self._sync_file())

    async def aread(self) -> bytes:
        return await self._async_file().read()

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._async_file():
            yield chunk

    def aiter_bytes(self) -> AsyncIterator[bytes]:
        return self.__aiter__()

    def __str__(self) -> str:
        return self.url

    def __repr__(self) -> str:
        return str.__repr__(self)

    def __reduce__(self) -> Tuple[Any, ...]:
        return (str, (self.url,))


def convert_output(value: object, client: Client) -> object:
    """``value`` with every ``FileOutput`` / ``AsyncFileOutput`` replaced by a ``LegacyFileOutput``."""
    if isinstance(value, LegacyFileOutput):
        return value
    if isinstance(value, (FileOutput, AsyncFileOutput)):
        return LegacyFileOutput(value.url, client)
    if isinstance(value, list):
        return [convert_output(item, client) for item in cast(List[object], value)]
    if isinstance(value, dict):
        return {key: convert_output(item, client) for key, item in cast(Dict[str, object], value).items()}
    return value


def transform_output(value: object, client: Client) -> object:
    """Raw output with every string that is a whole ``http(s)://`` URL or a ``data:`` URI made a
    ``LegacyFileOutput`` (what 1.0's ``transform_output`` did; text that only contains a URL stays text)."""
    from ..lib.file_output import wrap_file_outputs

    raw: object = value
    if isinstance(value, Sequence) and not isinstance(value, (str, list)):
        raw = list(cast(Sequence[object], value))
    return convert_output(wrap_file_outputs(raw, openapi_schema=None, client=client.typed), client)


def prepare_input(input: Optional[Mapping[str, object]], *, call: str) -> Dict[str, object]:
    """The input with text-mode files replaced by their binary buffers; see the module docstring."""
    if input is None:
        return {}
    if not isinstance(input, Mapping):  # pyright: ignore[reportUnnecessaryIsInstance]
        raise TypeError(f"{call}: input must be a dict of input names to values, not {type(input).__name__}")
    return {key: _prepare(value, f"input[{key!r}]", call) for key, value in input.items()}


def _prepare(value: object, location: str, call: str) -> object:
    if isinstance(value, LegacyFileOutput):
        return value.url
    if isinstance(value, str):
        _refuse_local_path(value, location, call)
        return value
    if isinstance(value, io.TextIOWrapper):
        return _binary_buffer(cast(Any, value), location)
    if isinstance(value, Mapping):
        items = cast(Mapping[object, object], value).items()
        return {key: _prepare(item, f"{location}[{key!r}]", call) for key, item in items}
    if isinstance(value, (list, tuple)):
        values = cast(Union[List[object], Tuple[object, ...]], value)
        return [_prepare(item, f"{location}[{index}]", call) for index, item in enumerate(values)]
    return value


def _binary_buffer(text_file: Any, location: str) -> object:
    name = getattr(text_file, "name", None)
    shown = f"open({name!r}, 'rb')" if isinstance(name, str) else "open(path, 'rb')"
    warnings.warn(
        f"{location} is a file opened in text mode; its bytes are sent as they are on disk. "
        f"Open files in binary mode instead: {shown}, or pass pathlib.Path(path).",
        DeprecationWarning,
        stacklevel=5,
    )
    return text_file.buffer


def _looks_like_path(value: str) -> bool:
    if not value or len(value) > 4096 or "\n" in value or value.startswith(_URL_PREFIXES):
        return False
    return os.sep in value or "/" in value or os.path.splitext(value)[1] != ""


def _refuse_local_path(value: str, location: str, call: str) -> None:
    if not _looks_like_path(value):
        return
    try:
        exists = os.path.isfile(value)
    except (OSError, ValueError):
        return
    if exists:
        raise ValueError(
            f"{call}: {location} is the string {value!r}, which names a local file. Strings are "
            f"sent as they are and never opened, so the file would not be uploaded. To send the file, "
            f"pass pathlib.Path({value!r}) or open({value!r}, 'rb'); to send the string itself, "
            f"use the typed client: replicate.Replicate().run(ref, input={{...}})."
        )
