from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path
from typing import Dict

import pytest

from codegen.cli import generate, main
from codegen.render.common import HEADER

from .helpers import REPO_ROOT, make_root


def _snapshot(root: Path) -> Dict[str, bytes]:
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


@pytest.fixture
def root(tmp_path: Path) -> Path:
    root = make_root(tmp_path)
    assert main(["--root", str(root)]) == 0
    return root


def test_two_runs_give_the_same_bytes(tmp_path: Path) -> None:
    first = make_root(tmp_path / "a")
    second = make_root(tmp_path / "b")
    assert main(["--root", str(first)]) == 0
    assert main(["--root", str(second)]) == 0
    assert _snapshot(first) == _snapshot(second)
    assert main(["--root", str(first)]) == 0
    assert _snapshot(first) == _snapshot(second)


def test_check_passes_on_a_fresh_tree(root: Path) -> None:
    assert main(["--root", str(root), "--check"]) == 0


def test_check_reports_a_hand_edit(root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edited = root / "src/replicate/resources/stats.py"
    edited.write_text(edited.read_text() + "\n# tweak\n")
    capsys.readouterr()
    assert main(["--root", str(root), "--check"]) == 1
    assert "differs: src/replicate/resources/stats.py" in capsys.readouterr().out


def test_check_reports_a_missing_file(root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (root / "api.md").unlink()
    capsys.readouterr()
    assert main(["--root", str(root), "--check"]) == 1
    assert "missing: api.md" in capsys.readouterr().out


def test_stale_generated_files_are_reported_then_deleted(
    root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    stale = root / "src/replicate/types/old_thing.py"
    stale.write_text(f"{HEADER}\n\nOldThing = int\n")
    capsys.readouterr()
    assert main(["--root", str(root), "--check"]) == 1
    assert "stale: src/replicate/types/old_thing.py" in capsys.readouterr().out
    assert main(["--root", str(root)]) == 0
    assert not stale.exists()
    assert main(["--root", str(root), "--check"]) == 0


def test_stale_package_directories_are_removed(root: Path) -> None:
    package = root / "src/replicate/resources/gone"
    package.mkdir()
    (package / "__init__.py").write_text(f"{HEADER}\n")
    (package / "gone.py").write_text(f"{HEADER}\n")
    assert main(["--root", str(root)]) == 0
    assert not package.exists()


def test_handwritten_files_in_generated_directories_are_left_alone(root: Path) -> None:
    handwritten = root / "src/replicate/resources/custom.py"
    handwritten.write_text("# written by hand\nVALUE = 1\n")
    assert main(["--root", str(root), "--check"]) == 0
    assert main(["--root", str(root)]) == 0
    assert handwritten.read_text() == "# written by hand\nVALUE = 1\n"


def test_spec_errors_exit_with_the_location(root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = root / "openapi.yaml"
    spec.write_text(spec.read_text().replace("$ref: '#/components/schemas/WidgetColor'", "$ref: '#/nope'", 1))
    assert main(["--root", str(root), "--check"]) == 2
    error = capsys.readouterr().err
    assert "/paths/~1widgets/post/requestBody/content/application~1json/schema/properties/color" in error


def test_every_generated_python_file_has_the_header_and_compiles(root: Path) -> None:
    _, files = generate(root, root / "codegen" / "config.yaml")
    python = {name: text for name, text in files.items() if name.endswith(".py")}
    assert python
    for name, text in python.items():
        assert text.startswith(HEADER + "\n"), name
        compile(text, name, "exec")


def test_generated_code_is_ruff_clean(root: Path) -> None:
    ruff = Path(sys.executable).parent / "ruff"
    targets = [str(root / "src"), str(root / "tests")]
    config = ["--config", str(REPO_ROOT / "pyproject.toml"), "--no-cache"]
    checked = subprocess.run(
        [str(ruff), "check", *config, *targets], capture_output=True, text=True, check=False
    )
    assert checked.returncode == 0, checked.stdout
    formatted = subprocess.run(
        [str(ruff), "format", "--check", *config, *targets], capture_output=True, text=True, check=False
    )
    assert formatted.returncode == 0, formatted.stdout


def test_stats_and_api_md(root: Path) -> None:
    stats = (root / ".stats.yml").read_text()
    assert stats.startswith("configured_endpoints: 10\nopenapi_spec_hash: ")
    import hashlib

    assert hashlib.sha256((root / "openapi.yaml").read_bytes()).hexdigest() in stats
    api_md = (root / "api.md").read_text()
    assert '<code title="query /widgets">client.widgets.' in api_md
    assert "(deprecated)" in api_md


def test_regenerating_the_real_client_is_fast() -> None:
    started = time.perf_counter()
    generate(REPO_ROOT, REPO_ROOT / "codegen" / "config.yaml")
    assert time.perf_counter() - started < 3.0
