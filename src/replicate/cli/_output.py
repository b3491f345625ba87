"""Prediction output on the command line: files saved to disk, the rest printed as text or JSON."""

from __future__ import annotations

import json
import mimetypes
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any, Dict, List, Mapping, Optional, Tuple, cast
from urllib.parse import unquote, urlsplit

if TYPE_CHECKING:
    from .._client import Replicate

__all__ = ["output_text", "save_files"]

_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


def save_files(
    output: object, *, schema: Optional[Mapping[str, Any]], client: Replicate, directory: Path
) -> Tuple[object, List[Path]]:
    """`output` with each file in it downloaded into `directory` and replaced by its path (a str).

    What counts as a file follows `FileOutput` (the version's output schema when known, else whole
    `http(s)://` URLs and `data:` URIs). Existing files are never overwritten: `output-1.png` follows
    `output.png`.
    """
    from ..lib.file_output import FileOutput, wrap_file_outputs

    wrapped = wrap_file_outputs(output, openapi_schema=schema, client=client)
    saved: List[Path] = []

    def replace(value: object) -> object:
        if isinstance(value, FileOutput):
            directory.mkdir(parents=True, exist_ok=True)
            path = _free_path(directory / _filename(value.url, len(saved)))
            with path.open("xb") as file:
                for chunk in value:
                    file.write(chunk)
            saved.append(path)
            return str(path)
        if isinstance(value, list):
            return [replace(item) for item in cast(List[object], value)]
        if isinstance(value, dict):
            return {key: replace(item) for key, item in cast(Dict[str, object], value).items()}
        return value

    return replace(wrapped), saved


def output_text(output: object, *, concatenate: bool = False) -> Optional[str]:
    """How the CLI prints an output: strings as they are, a list of strings one per line (or joined
    when the model's schema says its tokens concatenate), anything else as indented JSON."""
    if output is None:
        return None
    if isinstance(output, str):
        return output
    if isinstance(output, list):
        items = cast(List[object], output)
        if all(isinstance(item, str) for item in items):
            strings = cast(List[str], items)
            return "".join(strings) if concatenate else "\n".join(strings)
    return json.dumps(output, indent=2, default=str)


def is_concatenated(schema: Optional[Mapping[str, Any]]) -> bool:
    components: object = (schema or {}).get("components")
    schemas: object = (
        cast(Dict[str, object], components).get("schemas") if isinstance(components, dict) else None
    )
    output: object = cast(Dict[str, object], schemas).get("Output") if isinstance(schemas, dict) else None
    if not isinstance(output, dict):
        return False
    spec = cast(Dict[str, object], output)
    return spec.get("x-cog-array-type") == "iterator" and spec.get("x-cog-array-display") == "concatenate"


def _filename(url: str, index: int) -> str:
    if url.startswith("data:"):
        mime = url[5:].split(";", 1)[0].split(",", 1)[0] or "application/octet-stream"
        return f"output-{index}{mimetypes.guess_extension(mime) or '.bin'}"
    name = unquote(urlsplit(url).path.rsplit("/", 1)[-1])
    name = _SAFE_NAME.sub("_", name).strip("._")
    return name or f"output-{index}"


def _free_path(path: Path) -> Path:
    if not path.exists():
        return path
    stem, suffix = path.stem, path.suffix
    counter = 1
    while True:
        candidate = path.with_name(f"{stem}-{counter}{suffix}")
        if not candidate.exists():
            return candidate
        counter += 1
