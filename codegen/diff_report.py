"""The Markdown changelog entry for a list of `codegen.diff.Change`s: breaking changes first."""

from __future__ import annotations

from typing import List, Tuple

from .diff import Change, ChangeKind

__all__ = ["render_report"]

_SECTIONS: Tuple[Tuple[ChangeKind, str], ...] = (
    ("breaking", "Breaking changes"),
    ("deprecated", "Deprecations"),
    ("added", "Additions"),
    ("changed", "Other changes"),
)


def render_report(title: str, changes: List[Change]) -> str:
    lines = [f"## {title}", ""]
    if not changes:
        return "\n".join([*lines, "No changes for SDK users.", ""])
    for kind, heading in _SECTIONS:
        entries = [change for change in changes if change.kind == kind]
        if entries:
            lines += [f"### {heading}", ""]
            lines += [f"- {change.subject}: {change.text}" for change in entries]
            lines.append("")
    return "\n".join(lines)
