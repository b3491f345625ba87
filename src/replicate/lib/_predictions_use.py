"""The module path the 2.0 betas' README imports `get_path_url` from
(`from replicate.lib._predictions_use import get_path_url`); `replicate.get_path_url` is the same."""

from .path_url import get_path_url

__all__ = ["get_path_url"]
