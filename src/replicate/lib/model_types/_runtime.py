"""What generated modules stand on at run time: the `Model` / `AsyncModel` bases, `Secret`,
`FileInput`, and turning a typed call's keywords into the input the API expects."""

from __future__ import annotations

import io
import os
from typing import IO, Any, ClassVar, Dict, Mapping, Optional, Tuple, Union

from typing_extensions import Literal

__all__ = ["AsyncModel", "FileInput", "Model", "Secret", "wire_inputs"]

FileInput = Union[str, "os.PathLike[str]", bytes, IO[bytes], io.BytesIO]
"""A file input: a URL (sent as is), a `pathlib.Path`, bytes or an open binary file (uploaded)."""


class Secret:
    """A secret input (a Cog `Secret`, `format: password`): sent to the model, never shown.

    `repr()` and `str()` print stars, so a secret cannot leak into a log line, a traceback or a
    notebook; `get_secret_value()` returns the value.
    """

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        if not isinstance(value, str):  # pyright: ignore[reportUnnecessaryIsInstance]
            raise TypeError(f"Secret takes a str, not {type(value).__name__}")
        self._value = value

    def get_secret_value(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "Secret('**********')"

    def __str__(self) -> str:
        return "**********"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(("Secret", self._value))

    def __reduce__(self) -> Tuple[Any, ...]:
        raise TypeError("a Secret is not pickled, so it is never written anywhere by accident")


class _Signature:
    """A generated model class: its `__call__` is the model's signature, never called itself."""

    name: ClassVar[str]
    version: ClassVar[Optional[str]]
    aliases: ClassVar[Mapping[str, str]] = {}

    def __init__(self) -> None:
        raise TypeError(
            f"{type(self).__name__} describes a model's signature; run it with "
            f"`client.use({type(self).__name__})`."
        )

    @classmethod
    def ref(cls) -> str:
        """`owner/name:version`, the version this class was generated for (or `owner/name`)."""
        return f"{cls.name}:{cls.version}" if cls.version else cls.name


class Model(_Signature):
    """Base of the generated classes for `Replicate.use`."""

    is_async: ClassVar[Literal[False]] = False


class AsyncModel(_Signature):
    """Base of the generated classes for `AsyncReplicate.use`."""

    is_async: ClassVar[Literal[True]] = True


def wire_inputs(
    function: str, args: Tuple[object, ...], kwargs: Mapping[str, object], aliases: Mapping[str, str]
) -> Dict[str, object]:
    """The keywords of a typed call as the API's input: aliases undone, `None` left out (so the
    model's own default applies). Positional arguments are refused. Secrets stay wrapped until
    the request body is built (`file_encoding`)."""
    if args:
        raise TypeError(f"{function}() takes keyword arguments only (the model's input names)")
    inputs: Dict[str, object] = {}
    for name, value in kwargs.items():
        if value is None:
            continue
        inputs[aliases.get(name, name)] = value
    return inputs
