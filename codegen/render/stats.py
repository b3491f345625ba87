"""`.stats.yml`: how many endpoints, from which spec."""

from __future__ import annotations

from typing import Dict

from ..ir import Api

__all__ = ["render_stats"]


def render_stats(api: Api) -> Dict[str, str]:
    return {
        ".stats.yml": f"configured_endpoints: {api.endpoint_count}\nopenapi_spec_hash: {api.spec_sha256}\n"
    }
