"""Multipart bodies for ``Operation.body == "multipart"``.

File values (bytes, binary file objects, ``os.PathLike``, ``(filename, content[, content_type])``
tuples) become file parts that httpx streams in chunks; paths are opened only while being sent.
Dicts and lists become ``application/json`` parts; other values become text fields.
"""

from __future__ import annotations

import io
import json
import mimetypes
import os
import uuid
from typing import IO, Dict, List, Mapping, Optional, Tuple, Union, cast

from ._types import NotGiven

__all__ = ["MultipartParts", "build_multipart", "encode_text_multipart", "is_file_content", "read_content"]

FileBody = Union[bytes, IO[bytes], io.RawIOBase]
FilePart = Tuple[Optional[str], FileBody, Optional[str]]
MultipartParts = Tuple[Dict[str, str], List[Tuple[str, FilePart]]]

_OCTET_STREAM = "application/octet-stream"


class PathFile(io.RawIOBase):
    """A read-only file that opens its path on first read and closes it again at end of file."""

    def __init__(self, path: os.PathLike[str]) -> None:
        super().__init__()
        self._path = path
        self.name = os.fspath(path)
        self._handle: Optional[IO[bytes]] = None

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        if self._handle is None:
            self._handle = open(self._path, "rb")  # noqa: SIM115 - closed at end of file
        chunk = self._handle.read(size)
        if not chunk:
            self._release()
        return chunk

    def tell(self) -> int:
        return 0 if self._handle is None else self._handle.tell()

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        if whence == io.SEEK_END:
            self._release()
            return os.path.getsize(self._path) + offset
        if offset == 0 and whence == io.SEEK_SET:
            self._release()
            return 0
        if self._handle is None:
            self._handle = open(self._path, "rb")  # noqa: SIM115 - closed at end of file
        return self._handle.seek(offset, whence)

    def close(self) -> None:
        self._release()
        super().close()

    def _release(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None


def is_file_content(value: object) -> bool:
    return isinstance(value, (bytes, bytearray, os.PathLike, io.IOBase)) or (
        hasattr(value, "read") and not isinstance(value, str)
    )


def build_multipart(fields: Mapping[str, object]) -> MultipartParts:
    """Split ``fields`` into httpx's ``data`` (text fields) and ``files`` (file and JSON parts)."""
    data: Dict[str, str] = {}
    files: List[Tuple[str, FilePart]] = []
    for name, value in fields.items():
        if value is None or isinstance(value, NotGiven):
            continue
        if isinstance(value, tuple):
            part = _file_part_from_tuple(name, value)  # pyright: ignore[reportUnknownArgumentType]
            files.append((name, part))
        elif is_file_content(value):
            files.append((name, _file_part(name, value, None, None)))
        elif isinstance(value, (dict, list)):
            files.append((name, (None, json.dumps(value).encode(), "application/json")))
        elif isinstance(value, bool):
            data[name] = "true" if value else "false"
        else:
            data[name] = str(value)
    return data, files


def _file_part_from_tuple(name: str, value: Tuple[object, ...]) -> FilePart:
    if len(value) not in (2, 3):
        raise TypeError(f"{name}: a file tuple is (filename, content) or (filename, content, content_type)")
    filename = cast(Optional[str], value[0])
    content_type = cast(Optional[str], value[2]) if len(value) == 3 else None
    return _file_part(name, value[1], filename, content_type)


def _file_part(name: str, content: object, filename: Optional[str], content_type: Optional[str]) -> FilePart:
    body: FileBody
    if isinstance(content, (bytes, bytearray)):
        body = bytes(content)
    elif isinstance(content, os.PathLike):
        body = PathFile(cast("os.PathLike[str]", content))
    elif hasattr(content, "read"):
        if isinstance(content, io.TextIOBase):
            raise TypeError(f"{name}: open files in binary mode ('rb') to upload them")
        body = cast(IO[bytes], content)
    else:
        raise TypeError(f"{name}: cannot upload a {type(content).__name__} as a file")
    if filename is None:
        own_name = getattr(body, "name", None)
        filename = os.path.basename(own_name) if isinstance(own_name, str) and own_name else name
    if content_type is None:
        content_type = mimetypes.guess_type(filename)[0] or _OCTET_STREAM
    return filename, body, content_type


def encode_text_multipart(data: Mapping[str, str]) -> Tuple[bytes, str]:
    """A multipart/form-data body of text fields only, and its Content-Type (with the boundary)."""
    boundary = uuid.uuid4().hex
    chunks: List[bytes] = []
    for name, value in data.items():
        quoted = name.replace("\\", "\\\\").replace('"', '\\"')
        chunks.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{quoted}"\r\n\r\n{value}\r\n'.encode()
        )
    chunks.append(f"--{boundary}--\r\n".encode())
    return b"".join(chunks), f"multipart/form-data; boundary={boundary}"


def read_content(value: object) -> bytes:
    """The bytes of a raw ("binary") request body: bytes, a binary file object or a path."""
    if isinstance(value, (bytes, bytearray)):
        return bytes(value)
    if isinstance(value, os.PathLike):
        with open(cast("os.PathLike[str]", value), "rb") as handle:
            return handle.read()
    read = getattr(value, "read", None)
    if callable(read) and not isinstance(value, io.TextIOBase):
        return cast(bytes, read())
    raise TypeError(f"a binary body must be bytes, a binary file or a path, not {type(value).__name__}")
