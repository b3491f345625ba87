"""Every public type and page name of replicate 2.0.0b4 still imports, as an alias of one of our types
(never a copy), and type checkers resolve it too."""

from __future__ import annotations

import importlib
import subprocess
import sys
from pathlib import Path
from typing import List, Tuple

import pytest

import replicate.pagination
import replicate.types

ROOT = Path(__file__).resolve().parents[3]
NAMES_FILE = Path(__file__).with_name("beta_type_names.txt")


def _beta_names() -> List[Tuple[str, str]]:
    pairs: List[Tuple[str, str]] = []
    for line in NAMES_FILE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            module, _, name = line.partition(":")
            pairs.append((module, name))
    return pairs


def test_the_list_covers_what_the_issue_names() -> None:
    listed = {f"{module}:{name}" for module, name in _beta_names()}
    assert len(listed) == 126
    assert {
        "replicate.types:ModelGetResponse",
        "replicate.types:FileCreateResponse",
        "replicate.types.models:VersionGetResponse",
        "replicate.pagination:SyncCursorURLPageWithCreatedFilters",
    } <= listed


@pytest.mark.parametrize(("module", "name"), _beta_names(), ids=lambda value: str(value))
def test_beta_name_imports_as_an_alias_of_our_type(module: str, name: str) -> None:
    imported = importlib.import_module(module)
    if not name:
        return  # a package the beta had (replicate.types.webhooks): importing it is the check
    value = getattr(imported, name)
    ours = [getattr(replicate.types, our_name) for our_name in replicate.types.__all__]
    ours += [replicate.pagination.SyncCursorURLPage, replicate.pagination.AsyncCursorURLPage, str]
    assert any(value is our_type for our_type in ours), f"{module}.{name} is not one of our types: {value!r}"


def test_aliases_parse_as_the_types_they_stand_for() -> None:
    from replicate.types import FileCreateResponse, ModelGetResponse
    from replicate.types.models import VersionGetResponse
    from replicate.types.prediction import URLs

    model = ModelGetResponse.model_validate(
        {
            "url": "https://replicate.com/a/b",
            "owner": "a",
            "name": "b",
            "visibility": "public",
            "run_count": 1,
        }
    )
    assert isinstance(model, replicate.types.Model) and model.owner == "a"
    assert FileCreateResponse is replicate.types.File and VersionGetResponse is replicate.types.ModelVersion
    assert URLs is replicate.types.PredictionUrls
    assert "ModelGetResponse" not in replicate.types.__all__  # deprecated: not in a star import


def test_type_checkers_resolve_every_beta_name(tmp_path: Path) -> None:
    lines = ["from __future__ import annotations", ""]
    used: List[str] = []
    for index, (module, name) in enumerate(_beta_names()):
        used.append(f"_{index}")
        lines.append(
            f"import {module} as _{index}" if not name else f"from {module} import {name} as _{index}"
        )
    lines += ["", f"USED = ({', '.join(used)})"]
    script = ROOT / "tests" / "compat" / "beta" / "_generated_beta_imports.py"
    script.write_text("\n".join(lines) + "\n", encoding="utf-8")
    try:
        pyright = Path(sys.executable).parent / "pyright"
        result = subprocess.run(
            [str(pyright), "--level", "error", str(script)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=240,
        )
    finally:
        script.unlink()
    assert result.returncode == 0, result.stdout + result.stderr
