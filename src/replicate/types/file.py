# File generated from openapi.yaml by codegen. Do not edit.

from datetime import datetime
from typing import Dict, Optional

from .._models import BaseModel
from .file_checksums import FileChecksums
from .file_urls import FileUrls

__all__ = ["File"]


class File(BaseModel):
    """A file uploaded to Replicate."""

    id: str
    """A unique, randomly-generated identifier for the file resource."""
    name: Optional[str] = None
    """The name of the file."""
    content_type: str
    """The content / MIME type of the file."""
    size: int
    """The length of the file in bytes."""
    etag: Optional[str] = None
    """An entity tag for the file's content."""
    checksums: FileChecksums
    """Checksums of the file's content, keyed by algorithm name."""
    metadata: Dict[str, object]
    """Metadata provided by the user when the file was created."""
    created_at: datetime
    """When the file was created."""
    expires_at: Optional[datetime] = None
    """When the file expires, if it does."""
    urls: FileUrls
    """URLs associated with the file resource."""
