# File generated from openapi.yaml by codegen. Do not edit.

from typing import Optional

from .._models import BaseModel

__all__ = ["FileChecksums"]


class FileChecksums(BaseModel):
    """Checksums of the file's content, keyed by algorithm name."""

    sha256: Optional[str] = None
    """The SHA-256 checksum of the file, hex-encoded."""
    md5: Optional[str] = None
    """The MD5 checksum of the file, hex-encoded."""
