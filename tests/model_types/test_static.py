"""Generated modules pass pyright strict and ruff; so do scripts calling them as documented, while
scripts with a wrong keyword, type or Literal value fail pyright on exactly the marked lines.

pyright runs once over every file (it dominates the time of this module: ~15 s on 2 cores).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any, Dict, List, Set, Tuple

import pytest

SCRIPTS = Path(__file__).parent / "scripts"
BIN = Path(sys.executable).parent
MODULES = ("builtin_models.py", "corpus_models.py")
GOOD = ("uses_builtins.py", "uses_corpus.py")
BAD = ("misuses_builtins.py", "misuses_corpus.py")
# Generated code must not depend on the user's lint rules being lenient: these are the project's.
RUFF_RULES = ["--select", "E,F,I,B,UP,SIM,RUF", "--ignore", "E501,UP007,UP006,UP035,UP045"]


@pytest.fixture(scope="module")
def pyright_errors(generated: Path) -> Dict[str, List[Tuple[int, str]]]:
    """(line, message) of every pyright error, by file name."""
    for name in (*GOOD, *BAD):
        shutil.copy(SCRIPTS / name, generated / name)
    config = {"typeCheckingMode": "strict", "pythonVersion": "3.9", "include": [*MODULES, *GOOD, *BAD]}
    (generated / "pyrightconfig.json").write_text(json.dumps(config))
    result = subprocess.run(
        [str(BIN / "pyright"), "--outputjson", "--pythonpath", sys.executable, "--project", str(generated)],
        cwd=generated,
        capture_output=True,
        text=True,
        timeout=300,
    )
    report: Dict[str, Any] = json.loads(result.stdout)
    assert report["summary"]["filesAnalyzed"] == len(MODULES) + len(GOOD) + len(BAD), result.stdout[-2000:]
    errors: Dict[str, List[Tuple[int, str]]] = {}
    for diagnostic in report["generalDiagnostics"]:
        if diagnostic["severity"] == "error":
            line = diagnostic["range"]["start"]["line"] + 1
            errors.setdefault(Path(diagnostic["file"]).name, []).append((line, diagnostic["message"]))
    return errors


@pytest.mark.parametrize("name", [*MODULES, *GOOD])
def test_passes_pyright_strict(pyright_errors: Dict[str, List[Tuple[int, str]]], name: str) -> None:
    assert pyright_errors.get(name, []) == []


@pytest.mark.parametrize("name", BAD)
def test_misuse_fails_pyright_on_each_marked_line(
    pyright_errors: Dict[str, List[Tuple[int, str]]], generated: Path, name: str
) -> None:
    lines = (generated / name).read_text().splitlines()
    expected = {number for number, line in enumerate(lines, start=1) if "# expect-error" in line}
    found: Set[int] = {line for line, _ in pyright_errors.get(name, [])}
    assert len(expected) >= 7
    assert found == expected, "\n".join(
        f"{line}: {message}" for line, message in pyright_errors.get(name, [])
    )


def test_misuse_messages_name_the_problem(pyright_errors: Dict[str, List[Tuple[int, str]]]) -> None:
    messages = " ".join(message for _, message in pyright_errors["misuses_builtins.py"])
    assert 'No parameter named "widht"' in messages
    assert re.search(r"Literal\['sketch'\]", messages) and "Literal[20]" in messages
    assert '"Secret"' in messages


@pytest.mark.parametrize("name", MODULES)
def test_passes_ruff_check_and_format(generated: Path, name: str) -> None:
    path = str(generated / name)
    check = subprocess.run(
        [str(BIN / "ruff"), "check", "--isolated", "--target-version", "py39", *RUFF_RULES, path],
        cwd=generated,  # as in a user's project, where `replicate` is a third-party package
        capture_output=True,
        text=True,
    )
    assert check.returncode == 0, check.stdout
    for line_length in ("88", "110"):
        formatted = subprocess.run(
            [str(BIN / "ruff"), "format", "--isolated", "--line-length", line_length, "--diff", path],
            cwd=generated,
            capture_output=True,
            text=True,
        )
        assert formatted.returncode == 0, formatted.stdout
