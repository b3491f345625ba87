# File generated from openapi.yaml by codegen. Do not edit.

from typing import Optional

from typing_extensions import Literal, Required, TypedDict

__all__ = ["AudioEditionParam"]


class AudioEditionParam(TypedDict, total=False):
    format: Required[Literal["audio"]]
    duration_seconds: Required[float]
    narrator: Optional[str]
