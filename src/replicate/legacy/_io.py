"""Inputs and outputs as the older client took and gave them.

Inputs: text-mode file objects (001 shows ``open("path/to/mystery.jpg")`` without ``"rb"``) are sent
as the bytes of their binary buffer, with a ``DeprecationWarning``; a string that names an existing
local file raises ``ValueError`` (it is never opened): pass ``Path(...)`` or ``open(..., "rb")``.

Outputs: files come back as :class:`LegacyFileOutput`, a ``str`` holding the URL (what the older
client returned, so ``urlretrieve(out[0], ...)`` and ``httpx.get(out[0])`` keep working) that can
also ``read()`` the file like the newer ``FileOutput``.
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
    Tuple,
    Union,
    cast,
)

if TYPE_CHECKING:
    from ..lib.file_output import AsyncFileOutput, FileOutput

__all__ = ["LegacyFileOutput", "convert_output", "prepare_input"]

_URL_PREFIXES = ("http://", "https://", "data:", "file:")


class LegacyFileOutput(str):
    """A file in a model's output: the URL as a ``str`` (as the older client returned it), plus
    ``.url``, ``.read()`` and iteration over its bytes with ``iter_bytes()`` (``aread()`` /
    ``aiter_bytes()`` when it came from an async call).

    Iterating it directly iterates the characters of the URL, as iterating the older client's
    string did; use ``iter_bytes()`` for the content."""

    _file: Union[FileOutput, AsyncFileOutput]

    def __new__(cls, file: Union[FileOutput, AsyncFileOutput]) -> LegacyFileOutput:
        self = super().__new__(cls, file.url)
        self._file = file
        return self

    @property
    def url(self) -> str:
        return str.__str__(self)

    def read(self) -> bytes:
        from ..lib.file_output import FileOutput

        if not isinstance(self._file, FileOutput):
            raise TypeError("This file came from an async call: use `await output.aread()`")
        return self._file.read()

    def iter_bytes(self) -> Iterator[bytes]:
        from ..lib.file_output import FileOutput

        if not isinstance(self._file, FileOutput):
            raise TypeError(
                "This file came from an async call: use `async for chunk in output.aiter_bytes()`"
            )
        return iter(self._file)

    async def aread(self) -> bytes:
        from ..lib.file_output import AsyncFileOutput

        if isinstance(self._file, AsyncFileOutput):
            return await self._file.read()
        return self._file.read()

    async def aiter_bytes(self) -> AsyncIterator[bytes]:
        from ..lib.file_output import AsyncFileOutput

        if isinstance(self._file, AsyncFileOutput):
            async for chunk in self._file:
                yield chunk
        else:
            for chunk in self._file:
                yield chunk

    def __repr__(self) -> str:
        return str.__repr__(self)


def convert_output(value: object) -> object:
    """``value`` with every ``FileOutput`` / ``AsyncFileOutput`` replaced by a ``LegacyFileOutput``."""
    from ..lib.file_output import AsyncFileOutput, FileOutput

    if isinstance(value, (FileOutput, AsyncFileOutput)):
        return LegacyFileOutput(value)
    if isinstance(value, list):
        return [convert_output(item) for item in cast(List[object], value)]
    if isinstance(value, dict):
        return {key: convert_output(item) for key, item in cast(Dict[str, object], value).items()}
    return value


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
