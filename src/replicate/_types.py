"""Small types shared by generated code and the runtime. Kept free of pydantic."""

from __future__ import annotations

import os
from typing import IO, TYPE_CHECKING, Any, Mapping, Tuple, TypeVar, Union

from httpx import Timeout
from typing_extensions import Literal, final

__all__ = [
    "NOT_GIVEN",
    "Body",
    "FileContent",
    "FileTypes",
    "Headers",
    "NotGiven",
    "Query",
    "Timeout",
    "TimeoutTypes",
]

_T = TypeVar("_T")


@final
class NotGiven:
    """Marks an argument the caller did not pass, distinct from an explicit ``None``.

    ``timeout=None`` means "no timeout" while ``timeout=NOT_GIVEN`` means "use the client's".
    """

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __reduce__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN = NotGiven()

Headers = Mapping[str, Union[str, NotGiven]]
Query = Mapping[str, object]
Body = object

TimeoutTypes = Union[float, Timeout, None]

if TYPE_CHECKING:
    FileContent = Union[IO[bytes], bytes, "os.PathLike[str]"]
else:
    FileContent = Union[IO[bytes], bytes, os.PathLike]

FileTypes = Union[
    FileContent,
    Tuple[Union[str, None], FileContent],
    Tuple[Union[str, None], FileContent, Union[str, None]],
]


def is_given(value: object) -> bool:
    return not isinstance(value, NotGiven)


def strip_not_given(mapping: Mapping[str, _T | NotGiven] | None) -> dict[str, _T]:  # pyright: ignore[reportInvalidTypeVarUse]
    if mapping is None:
        return {}
    return {key: value for key, value in mapping.items() if not isinstance(value, NotGiven)}


AnyMapping = Mapping[str, Any]
