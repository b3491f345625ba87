"""Formatting the rendered files with ruff, writing them, and comparing them with the tree on disk."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, List, Tuple

from .render.common import HEADER

__all__ = ["Difference", "compare", "format_files", "write"]


@dataclass(frozen=True)
class Difference:
    path: str
    kind: str  # "differs" | "missing" | "stale"


def format_files(files: Dict[str, str], pyproject: Path, package: str) -> Dict[str, str]:
    """Runs `ruff check --fix --select I` and `ruff format` over the Python files, all in one go.

    isort is told which package is first-party and to look for no others on disk (`src = []`), so
    import order does not depend on the working directory or on which folders exist yet.
    """
    with tempfile.TemporaryDirectory(prefix="codegen-") as tmp:
        root = Path(tmp)
        for relative, text in files.items():
            target = root / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
        if any(relative.endswith(".py") for relative in files):
            ruff = _ruff()
            common = ["--config", str(pyproject), "--no-cache", "--quiet"]
            common += [
                "--config",
                "src = []",
                "--config",
                f"lint.isort.known-first-party = {json.dumps([package])}",
            ]
            # F401 too: emitters import a resource's whole toolkit and let ruff drop what a file does not use.
            _run([ruff, "check", "--fix", "--select", "I,F401", "--exit-zero", *common, "."], root)
            _run([ruff, "format", *common, "."], root)
        return {relative: (root / relative).read_text(encoding="utf-8") for relative in files}


def _ruff() -> str:
    beside_python = Path(sys.executable).parent / ("ruff.exe" if os.name == "nt" else "ruff")
    if beside_python.exists():
        return str(beside_python)
    found = shutil.which("ruff")
    if found is None:
        raise SystemExit("codegen: ruff not found next to the Python interpreter nor on PATH")
    return found


def _run(command: List[str], cwd: Path) -> None:
    result = subprocess.run(command, capture_output=True, text=True, check=False, cwd=cwd)
    if result.returncode != 0:
        raise SystemExit(f"codegen: {' '.join(command[:2])} failed:\n{result.stdout}{result.stderr}")


def compare(files: Dict[str, str], root: Path, generated_dirs: Tuple[str, ...]) -> List[Difference]:
    differences: List[Difference] = []
    for relative, text in sorted(files.items()):
        target = root / relative
        if not target.exists():
            differences.append(Difference(relative, "missing"))
        elif target.read_text(encoding="utf-8") != text:
            differences.append(Difference(relative, "differs"))
    differences += [Difference(relative, "stale") for relative in _stale(files, root, generated_dirs)]
    return differences


def write(files: Dict[str, str], root: Path, generated_dirs: Tuple[str, ...]) -> List[Difference]:
    """Brings the tree in line with `files`; returns what changed."""
    changes = compare(files, root, generated_dirs)
    for change in changes:
        target = root / change.path
        if change.kind == "stale":
            target.unlink()
            _remove_empty_parents(target.parent, root, generated_dirs)
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(files[change.path], encoding="utf-8")
    return changes


def _stale(files: Dict[str, str], root: Path, generated_dirs: Tuple[str, ...]) -> List[str]:
    """Files under the generated directories that carry the header but are no longer generated."""
    stale: List[str] = []
    for directory in generated_dirs:
        base = root / directory
        if not base.is_dir():
            continue
        for path in sorted(base.rglob("*.py")):
            relative = path.relative_to(root).as_posix()
            if relative not in files and _is_generated(path):
                stale.append(relative)
    return stale


def _is_generated(path: Path) -> bool:
    try:
        with path.open(encoding="utf-8") as handle:
            return handle.readline().rstrip("\n") == HEADER
    except (OSError, UnicodeDecodeError):
        return False


def _remove_empty_parents(directory: Path, root: Path, generated_dirs: Tuple[str, ...]) -> None:
    stops = {(root / generated).resolve() for generated in generated_dirs}
    current = directory.resolve()
    while current not in stops and current.is_relative_to(root.resolve()):
        leftovers = [entry for entry in current.iterdir() if entry.name != "__pycache__"]
        if leftovers:
            return
        shutil.rmtree(current)
        current = current.parent
