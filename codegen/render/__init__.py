"""Stage 3: one emitter per output kind, each returning {relative path: text}."""

from __future__ import annotations

from typing import Dict

from ..ir import Api
from .api_md import render_api_md
from .client import render_client
from .resources import render_resources
from .stats import render_stats
from .tests import render_tests
from .types import render_types

__all__ = ["render_all"]


def render_all(api: Api) -> Dict[str, str]:
    files: Dict[str, str] = {}
    for emitter in (render_resources, render_types, render_client, render_api_md, render_stats, render_tests):
        files.update(emitter(api))
    return files
