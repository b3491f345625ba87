"""File inputs: replace the files in a prediction input by uploaded URLs or `data:` URIs.

A file is an open binary file object, `bytes`, `bytearray`, `memoryview`, `io.BytesIO` or a
`pathlib.Path` (any `os.PathLike`), at any depth of dicts, lists and tuples (tuples are sent as
lists). A `FileOutput` from an earlier prediction is sent as its URL, so outputs chain into inputs.

A plain `str` is never a file: it is sent as it is, even when it names an existing local file, so a
prompt such as `"photos/cat.jpg"` can never upload anything from disk. To send a local file, pass
`pathlib.Path("photos/cat.jpg")` or `open("photos/cat.jpg", "rb")`.

Strategies:

- `"url"`: each distinct file (the same object, or equal paths, once per call) is uploaded with
  `client.files.create` as multipart, streamed from disk or the file object, with its filename and a
  MIME type guessed from it; the input carries the file's `urls.get`.
- `"base64"`: each file becomes `data:<MIME type>;base64,<content>`. Replicate recommends data URIs
  only for files under 1 MB (https://replicate.com/docs/topics/predictions/input-files), since the
  whole file travels inside the JSON request body, a third larger than the file. Files larger than
  `MAX_DATA_URI_FILE_SIZE` (1 MiB) are refused with an error that points to `"url"`.

Seekable file objects are sent whole, from their start (as httpx uploads them); non-seekable
streams from their current position. Everything is checked (file kinds, text mode, paths, sizes)
before the first request.
"""

from __future__ import annotations

import base64
import io
import mimetypes
import os
from collections import abc
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING, Callable, Dict, List, Mapping, Tuple, Union, cast

from typing_extensions import Literal

from .._exceptions import ReplicateError
from .._types import FileContent, FileTypes
from .file_output import AsyncFileOutput, FileOutput
from .model_types._runtime import Secret

if TYPE_CHECKING:
    from .._client import AsyncReplicate, Replicate
    from ..types.file import File

__all__ = [
    "MAX_DATA_URI_FILE_SIZE",
    "FileEncodingStrategy",
    "async_encode_file_inputs",
    "encode_file_inputs",
]

FileEncodingStrategy = Literal["url", "base64"]

MAX_DATA_URI_FILE_SIZE = 1024 * 1024
_STRATEGIES = ("url", "base64")
_OCTET_STREAM = "application/octet-stream"
_DEFAULT_FILENAME = "file"

FileKey = Tuple[str, object]


@dataclass(frozen=True)
class InputFile:
    """One distinct file found in an input, with what is needed to send it."""

    key: FileKey
    location: str
    source: object  # bytes, bytearray, memoryview, os.PathLike or a binary file object
    filename: str
    content_type: str


def encode_file_inputs(
    input: Mapping[str, object], *, client: Replicate, strategy: FileEncodingStrategy
) -> Dict[str, object]:
    """A new input dict with every file replaced by an uploaded URL or a `data:` URI (see above)."""
    encoding = _Encoding(input, strategy)
    for file in encoding.uploads:
        uploaded = client.files.create(
            content=upload_content(file), filename=file.filename, type=file.content_type
        )
        encoding.uploaded(file, uploaded)
    return encoding.result()


async def async_encode_file_inputs(
    input: Mapping[str, object], *, client: AsyncReplicate, strategy: FileEncodingStrategy
) -> Dict[str, object]:
    """A new input dict with every file replaced by an uploaded URL or a `data:` URI (see above)."""
    encoding = _Encoding(input, strategy)
    for file in encoding.uploads:
        uploaded = await client.files.create(
            content=upload_content(file), filename=file.filename, type=file.content_type
        )
        encoding.uploaded(file, uploaded)
    return encoding.result()


class _Encoding:
    """One input's files, found and checked before any request: with `"base64"` already encoded,
    with `"url"` the uploads left to make (the sync or async client makes them)."""

    def __init__(self, input: Mapping[str, object], strategy: FileEncodingStrategy) -> None:
        self._input = input
        files = find_files(input, strategy)
        self.uploads = files if strategy == "url" else []
        self._encoded = {} if strategy == "url" else {file.key: data_uri(file) for file in files}

    def uploaded(self, file: InputFile, uploaded: File) -> None:
        self._encoded[file.key] = _uploaded_url(file, uploaded)

    def result(self) -> Dict[str, object]:
        return replace_files(self._input, self._encoded)


# ---------------------------------------------------------------------------------------- finding


def find_files(input: Mapping[str, object], strategy: str) -> List[InputFile]:
    """Every distinct file in `input`, checked; raises before anything is read or sent."""
    if strategy not in _STRATEGIES:
        raise ValueError(f"Unknown file_encoding_strategy {strategy!r}: expected 'url' or 'base64'")
    if not isinstance(input, abc.Mapping):  # pyright: ignore[reportUnnecessaryIsInstance]
        raise TypeError(f"input must be a mapping of input names to values, not {type(input).__name__}")
    found: Dict[FileKey, InputFile] = {}
    for location, value in _walk(input, "input"):
        if _is_file(value):
            key = _file_key(value)
            if key not in found:
                found[key] = _describe(value, key, location)
    files = list(found.values())
    if strategy == "base64":
        for file in files:
            _check_data_uri_size(file)
    return files


def _walk(value: object, location: str) -> List[Tuple[str, object]]:
    if isinstance(value, abc.Mapping):
        items = cast(Mapping[object, object], value).items()
        return [pair for key, item in items for pair in _walk(item, f"{location}[{key!r}]")]
    if isinstance(value, (list, tuple)):
        values = cast(Union[List[object], Tuple[object, ...]], value)
        return [pair for index, item in enumerate(values) for pair in _walk(item, f"{location}[{index}]")]
    return [(location, value)]


def _is_file(value: object) -> bool:
    if isinstance(value, (str, FileOutput, AsyncFileOutput)):
        return False
    return isinstance(value, (bytes, bytearray, memoryview, os.PathLike, io.IOBase)) or callable(
        getattr(value, "read", None)
    )


def _file_key(value: object) -> FileKey:
    if isinstance(value, os.PathLike):
        return ("path", os.path.abspath(os.fsdecode(cast("os.PathLike[str]", value))))
    return ("object", id(value))


def _describe(value: object, key: FileKey, location: str) -> InputFile:
    filename = _filename(value, location)
    content_type = mimetypes.guess_type(filename)[0] or _OCTET_STREAM
    return InputFile(key=key, location=location, source=value, filename=filename, content_type=content_type)


def _filename(value: object, location: str) -> str:
    """The file's name (checking that it can be sent): its basename, else a generic name."""
    if isinstance(value, os.PathLike):
        path = os.fsdecode(cast("os.PathLike[str]", value))
        if not os.path.isfile(path):
            problem = "is a directory" if os.path.isdir(path) else "does not exist"
            raise FileNotFoundError(f"{location}: {path!r} {problem}; pass the path of a file")
        return os.path.basename(path)
    if isinstance(value, (bytes, bytearray, memoryview)):
        return _DEFAULT_FILENAME
    if isinstance(value, io.TextIOBase) or "b" not in str(getattr(value, "mode", "b")):
        raise TypeError(
            f"{location}: {type(value).__name__} is a text-mode file; open files in binary mode "
            f"(open(path, 'rb')) to send them as input"
        )
    own_name = getattr(value, "name", None)
    return os.path.basename(own_name) if isinstance(own_name, str) and own_name else _DEFAULT_FILENAME


# ---------------------------------------------------------------------------------------- encoding


def upload_content(file: InputFile) -> FileTypes:
    """The multipart file part for `files.create`: streamed from disk or the file object."""
    source = file.source
    body: FileContent
    if isinstance(source, (bytes, bytearray, memoryview)):
        body = bytes(cast(bytes, source))
    elif isinstance(source, os.PathLike):
        body = cast("os.PathLike[str]", source)
    else:
        body = cast(IO[bytes], source)
    return (file.filename, body, file.content_type)


def _uploaded_url(file: InputFile, uploaded: File) -> str:
    url = uploaded.urls.get
    if not url:
        raise ReplicateError(f"The files API returned no urls.get for the upload of {file.location}")
    return url


def data_uri(file: InputFile) -> str:
    content = _read_all(file)
    return f"data:{file.content_type};base64,{base64.b64encode(content).decode('ascii')}"


def _check_data_uri_size(file: InputFile) -> None:
    size = _size(file)
    if size is not None and size > MAX_DATA_URI_FILE_SIZE:
        raise ValueError(_too_large(file, size))


def _too_large(file: InputFile, size: int) -> str:
    return (
        f"{file.location} is {size} bytes, larger than the {MAX_DATA_URI_FILE_SIZE} bytes (1 MiB) "
        f'file_encoding_strategy="base64" sends inline as a data: URI. Use file_encoding_strategy="url" '
        f"to upload it with the files API instead."
    )


def _size(file: InputFile) -> Union[int, None]:
    """The number of bytes that will be sent; None for a stream whose size cannot be known up front."""
    source = file.source
    if isinstance(source, (bytes, bytearray)):
        return len(source)
    if isinstance(source, memoryview):
        return source.nbytes
    if isinstance(source, os.PathLike):
        return os.path.getsize(os.fsdecode(cast("os.PathLike[str]", source)))
    stream = cast(IO[bytes], source)
    if not _seekable(stream):
        return None
    position = stream.tell()
    try:
        return stream.seek(0, io.SEEK_END)
    finally:
        stream.seek(position)


def _read_all(file: InputFile) -> bytes:
    source = file.source
    if isinstance(source, (bytes, bytearray, memoryview)):
        return bytes(cast(bytes, source))
    if isinstance(source, os.PathLike):
        with open(cast("os.PathLike[str]", source), "rb") as handle:
            return _read_limited(file, handle.read)
    stream = cast(IO[bytes], source)
    if not _seekable(stream):
        return _read_limited(file, stream.read)
    position = stream.tell()
    try:
        stream.seek(0)
        return _read_limited(file, stream.read)
    finally:
        stream.seek(position)


def _read_limited(file: InputFile, read: Callable[[int], bytes]) -> bytes:
    """Everything `read` gives until end of file, refusing once past the limit."""
    chunks: List[bytes] = []
    total = 0
    while total <= MAX_DATA_URI_FILE_SIZE:
        chunk = read(MAX_DATA_URI_FILE_SIZE + 1 - total)
        if not isinstance(chunk, (bytes, bytearray)):  # pyright: ignore[reportUnnecessaryIsInstance]
            raise TypeError(
                f"{file.location}: reading it gave {type(chunk).__name__}, not bytes; open it in 'rb' mode"
            )
        if not chunk:
            return b"".join(chunks)
        chunks.append(bytes(chunk))
        total += len(chunk)
    raise ValueError(_too_large(file, total))


def _seekable(stream: IO[bytes]) -> bool:
    seekable = getattr(stream, "seekable", None)
    try:
        return bool(seekable()) if callable(seekable) else False
    except (OSError, ValueError):
        return False


# ---------------------------------------------------------------------------------------- replacing


def replace_files(input: Mapping[str, object], encoded: Mapping[FileKey, str]) -> Dict[str, object]:
    return {key: _replace(value, encoded) for key, value in input.items()}


def _replace(value: object, encoded: Mapping[FileKey, str]) -> object:
    if isinstance(value, (FileOutput, AsyncFileOutput)):
        return value.url
    if isinstance(value, Secret):  # revealed only here, in the JSON about to be sent
        return value.get_secret_value()
    if isinstance(value, abc.Mapping):
        return {key: _replace(item, encoded) for key, item in cast(Mapping[object, object], value).items()}
    if isinstance(value, (list, tuple)):
        return [_replace(item, encoded) for item in cast(Union[List[object], Tuple[object, ...]], value)]
    if _is_file(value):
        return encoded[_file_key(value)]
    return value
