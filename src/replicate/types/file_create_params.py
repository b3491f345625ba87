# File generated from openapi.yaml by codegen. Do not edit.

from typing import Dict

from typing_extensions import Required, TypedDict

from .._types import FileTypes

__all__ = ["FileCreateParams"]


class FileCreateParams(TypedDict, total=False):
    content: Required[FileTypes]
    """The file content."""
    filename: str
    """The filename. At most 255 bytes, valid UTF-8."""
    type: str
    """The content / MIME type for the file. Defaults to `"application/octet-stream"`."""
    metadata: Dict[str, object]
    """User-provided metadata associated with the file, as a JSON object."""
