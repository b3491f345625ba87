"""The ``X-Replicate-*`` platform headers, computed once on first use."""

from __future__ import annotations

import platform
import sys
from functools import cache
from typing import Dict

from ._version import __version__

__all__ = ["platform_headers"]


def platform_headers() -> Dict[str, str]:
    return dict(_compute())


@cache
def _compute() -> Dict[str, str]:
    return {
        "User-Agent": f"replicate-python/{__version__}",
        "X-Replicate-Lang": "python",
        "X-Replicate-Package-Version": __version__,
        "X-Replicate-OS": _os_name(),
        "X-Replicate-Arch": _arch(),
        "X-Replicate-Runtime": platform.python_implementation(),
        "X-Replicate-Runtime-Version": platform.python_version(),
    }


def _os_name() -> str:
    system = platform.system().lower()
    if system == "darwin":
        return "MacOS"
    if system == "windows":
        return "Windows"
    if system == "linux":
        import distro  # only Linux needs it; keeps startup cheap elsewhere

        return "Android" if distro.id() == "android" or hasattr(sys, "getandroidapilevel") else "Linux"
    if system in ("freebsd", "openbsd"):
        return {"freebsd": "FreeBSD", "openbsd": "OpenBSD"}[system]
    return f"Other:{system}" if system else "Unknown"


def _arch() -> str:
    machine = platform.machine().lower()
    if machine in ("x86_64", "amd64"):
        return "x64"
    if machine in ("arm64", "aarch64"):
        return "arm64"
    if machine in ("i386", "i686", "x86"):
        return "x32"
    if machine.startswith("arm"):
        return "arm"
    return f"other:{machine}" if machine else "unknown"
