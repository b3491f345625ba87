"""The platform headers agree with what ``platform`` reports, without importing it on POSIX."""

from __future__ import annotations

import os
import platform
import subprocess
import sys
from pathlib import Path

import pytest

from replicate import _platform
from replicate._platform import platform_headers


def test_values_match_the_platform_module() -> None:
    headers = platform_headers("replicate-python/1", "X-Replicate")
    assert headers["X-Replicate-Runtime"] == platform.python_implementation()
    assert headers["X-Replicate-Runtime-Version"] == platform.python_version()
    assert headers["X-Replicate-OS"] == _platform._os_name(platform.system().lower())
    assert headers["X-Replicate-Arch"] == _platform._arch(platform.machine().lower())
    if sys.platform.startswith("linux"):
        assert headers["X-Replicate-OS"] in ("Linux", "Android")


@pytest.mark.parametrize(
    ("text", "expected"),
    [('NAME="Debian"\nID=debian\n', "debian"), ('ID="android"\n', "android"), ("NAME=x\n", "")],
)
def test_os_release_id(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str, expected: str) -> None:
    release = tmp_path / "os-release"
    release.write_text(text)
    real_open = open

    def fake_open(path: str, *args: object, **kwargs: object) -> object:
        return real_open(release if path == "/etc/os-release" else path, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr("builtins.open", fake_open)
    assert _platform._os_release_id() == expected


def test_first_headers_import_neither_platform_nor_distro() -> None:
    """Without pydantic loaded (which imports ``platform`` through ``uuid``), nothing does."""
    code = (
        "import sys\n"
        "from replicate._platform import platform_headers\n"
        "platform_headers('replicate-python/1', 'X-Replicate')\n"
        "print('platform' in sys.modules, 'distro' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    windows = not hasattr(os, "uname")  # there, and only there, platform is read
    assert out.stdout.split() == [str(windows), "False"]
