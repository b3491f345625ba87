"""Public helpers for model outputs and inputs: `from replicate.helpers import FileOutput`."""

from __future__ import annotations

from .lib.file_encoding import FileEncodingStrategy
from .lib.file_output import AsyncFileOutput, FileOutput

__all__ = ["AsyncFileOutput", "FileEncodingStrategy", "FileOutput"]
