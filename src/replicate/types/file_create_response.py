# File generated from openapi.yaml by codegen. Do not edit.

from typing_extensions import TypeAlias

from .file import File
from .file_checksums import FileChecksums
from .file_urls import FileUrls

__all__ = ["FileCreateResponse", "Checksums", "URLs"]

# Deprecated names from the published 2.0 betas, kept as aliases of this package's types (see api.md).
FileCreateResponse: TypeAlias = File
Checksums: TypeAlias = FileChecksums
URLs: TypeAlias = FileUrls
