"""The generator knows nothing about Replicate: a second, unrelated spec (`specs/shelf.yaml`) becomes a
client that imports, type-checks under pyright strict and passes its own generated tests against Prism.
Generating into a tree that holds handwritten files leaves every one of them byte-identical."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Dict, Iterator, Tuple

import pytest

from codegen.cli import main

from . import prism
from .helpers import SPECS
from .sandbox import BASE_URL_ENV_VAR, Sandbox, make_sandbox

SHELF_SPEC = SPECS / "shelf.yaml"
SHELF_CONFIG = SPECS / "shelf_config.yaml"
VENV = Path(sys.executable).parent.parent


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Tuple[Sandbox, Dict[str, bytes]]:
    """The sandbox after generation, and what it held before."""
    sandbox = make_sandbox(
        tmp_path_factory.mktemp("shelf") / "root",
        spec=SHELF_SPEC,
        package="shelf",
        client="Shelf",
        async_client="AsyncShelf",
        venv=VENV,
    )
    handwritten = sandbox.snapshot()
    assert main(["--root", str(sandbox.root), "--config", str(SHELF_CONFIG)]) == 0
    return sandbox, handwritten


@pytest.fixture(scope="module")
def base_url(generated: Tuple[Sandbox, Dict[str, bytes]]) -> Iterator[str]:
    sandbox, _ = generated
    with prism.serve(sandbox.root / SHELF_SPEC.name, sandbox.root / "prism.log") as url:
        yield url


def test_regeneration_leaves_handwritten_files_byte_identical(
    generated: Tuple[Sandbox, Dict[str, bytes]],
) -> None:
    sandbox, handwritten = generated
    after = sandbox.snapshot()
    assert {path: after[path] for path in handwritten} == handwritten
    assert "src/shelf/_client.py" in after
    assert "src/shelf/resources/libraries/books/covers.py" in after
    assert main(["--root", str(sandbox.root), "--config", str(SHELF_CONFIG), "--check"]) == 0
    assert main(["--root", str(sandbox.root), "--config", str(SHELF_CONFIG)]) == 0
    assert sandbox.snapshot() == after


def test_the_client_type_checks_under_pyright_strict(generated: Tuple[Sandbox, Dict[str, bytes]]) -> None:
    sandbox, _ = generated
    pyright = VENV / "bin" / "pyright"
    checked = subprocess.run(
        [str(pyright), "-p", str(sandbox.root / "pyrightconfig.json")],
        capture_output=True,
        text=True,
        check=False,
        cwd=sandbox.root,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_the_generated_tests_pass_against_prism(
    generated: Tuple[Sandbox, Dict[str, bytes]], base_url: str
) -> None:
    sandbox, _ = generated
    env = {**os.environ, BASE_URL_ENV_VAR: base_url, "PYTHONPATH": str(sandbox.root / "src")}
    ran = subprocess.run(
        [sys.executable, "-m", "pytest", "tests/api_resources", "-x"],
        capture_output=True,
        text=True,
        check=False,
        cwd=sandbox.root,
        env=env,
    )
    assert ran.returncode == 0, ran.stdout[-6000:] + ran.stderr[-2000:]
    assert " passed" in ran.stdout
