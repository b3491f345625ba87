"""What `use()` accepts as a model's signature: the generated classes, seen structurally.

A generated class's `__call__` carries the parameters (`_P`) and the output (`_R`) (its `name`,
`version` and `aliases` are read at run time, from the `Model` base's declarations); `is_async`
keeps a sync class away from `AsyncReplicate.use` and the other way round, and `streams` marks
the models `use(..., streaming=True)` may stream.
"""

from __future__ import annotations

from typing import ClassVar

from typing_extensions import Literal, ParamSpec, Protocol, TypeVar

__all__ = [
    "AsyncModelSignature",
    "AsyncStreamingModelSignature",
    "ModelSignature",
    "StreamingModelSignature",
]

_P = ParamSpec("_P")
_R = TypeVar("_R", covariant=True)


class ModelSignature(Protocol[_P, _R]):
    is_async: ClassVar[Literal[False]]

    def __call__(self, *args: _P.args, **kwargs: _P.kwargs) -> _R: ...


class StreamingModelSignature(ModelSignature[_P, _R], Protocol[_P, _R]):
    streams: ClassVar[Literal[True]]


class AsyncModelSignature(Protocol[_P, _R]):
    is_async: ClassVar[Literal[True]]

    def __call__(self, *args: _P.args, **kwargs: _P.kwargs) -> _R: ...


class AsyncStreamingModelSignature(AsyncModelSignature[_P, _R], Protocol[_P, _R]):
    streams: ClassVar[Literal[True]]
