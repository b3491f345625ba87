"""The headers that say which client sent a request: ``User-Agent`` and, for a client whose settings
name a prefix (``X-Replicate``), ``<prefix>-Lang``, ``-OS``, ``-Arch``...; computed once per client kind.

They are read from ``os.uname()``, ``sys`` and ``/etc/os-release``: importing ``distro`` (with its
``argparse``, ``shlex`` and ``subprocess``) for the same values was ~10 ms of a cold start's first
request.
"""

from __future__ import annotations

import os
import sys
from functools import cache
from typing import Dict, Tuple

from ._version import __version__

__all__ = ["platform_headers"]


def platform_headers(user_agent: str, prefix: str) -> Dict[str, str]:
    return dict(_compute(user_agent, prefix))


@cache
def _compute(user_agent: str, prefix: str) -> Dict[str, str]:
    if not prefix:
        return {"User-Agent": user_agent}
    system, machine = _system_and_machine()
    return {
        "User-Agent": user_agent,
        f"{prefix}-Lang": "python",
        f"{prefix}-Package-Version": __version__,
        f"{prefix}-OS": _os_name(system),
        f"{prefix}-Arch": _arch(machine),
        f"{prefix}-Runtime": _IMPLEMENTATIONS.get(sys.implementation.name, sys.implementation.name),
        f"{prefix}-Runtime-Version": sys.version.split()[0],  # what platform.python_version() reads
    }


# platform.python_implementation()'s names for sys.implementation.name
_IMPLEMENTATIONS = {"cpython": "CPython", "pypy": "PyPy", "ironpython": "IronPython", "graalpy": "GraalVM"}


def _system_and_machine() -> Tuple[str, str]:
    """``(platform.system(), platform.machine())``, lower-cased."""
    uname = getattr(os, "uname", None)
    if uname is not None:
        result = uname()
        return result.sysname.lower(), result.machine.lower()
    import platform  # Windows: no os.uname()

    return platform.system().lower(), platform.machine().lower()


def _os_name(system: str) -> str:
    if system == "darwin":
        return "MacOS"
    if system == "windows":
        return "Windows"
    if system == "linux":
        return "Android" if hasattr(sys, "getandroidapilevel") or _os_release_id() == "android" else "Linux"
    if system in ("freebsd", "openbsd"):
        return {"freebsd": "FreeBSD", "openbsd": "OpenBSD"}[system]
    return f"Other:{system}" if system else "Unknown"


def _os_release_id() -> str:
    """The ``ID`` of ``/etc/os-release`` (what ``distro.id()`` reads first), or ``""``."""
    for path in ("/etc/os-release", "/usr/lib/os-release"):
        try:
            with open(path, encoding="utf-8", errors="replace") as release:
                for line in release:
                    if line.startswith("ID="):
                        return line[3:].strip().strip("\"'").lower()
            return ""
        except OSError:
            continue
    return ""


def _arch(machine: str) -> str:
    if machine in ("x86_64", "amd64"):
        return "x64"
    if machine in ("arm64", "aarch64"):
        return "arm64"
    if machine in ("i386", "i686", "x86"):
        return "x32"
    if machine.startswith("arm"):
        return "arm"
    return f"other:{machine}" if machine else "unknown"
