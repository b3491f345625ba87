"""`replicate.get_path_url(output)`: the remote URL of a file that `run()` or `use()` returned."""

from __future__ import annotations

from typing import Optional

from .file_output import AsyncFileOutput, FileOutput

__all__ = ["get_path_url"]


def get_path_url(output: object) -> Optional[str]:
    """The URL a file output was read from (`FileOutput`, `AsyncFileOutput`, the older interface's
    file strings, or any object with a `__url__`), without downloading it; None for anything else."""
    if isinstance(output, (FileOutput, AsyncFileOutput)):
        return output.url
    url = getattr(output, "__url__", None)
    return url if isinstance(url, str) else None
