"""The typed user script in tests/typing must pass pyright strict."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_user_script_passes_pyright_strict() -> None:
    pyright = Path(sys.executable).parent / "pyright"
    script = ROOT / "tests" / "typing" / "user_script.py"
    result = subprocess.run(
        [str(pyright), "--level", "error", str(script)], cwd=ROOT, capture_output=True, text=True, timeout=240
    )
    assert "0 errors" in result.stdout, result.stdout + result.stderr
    assert result.returncode == 0
