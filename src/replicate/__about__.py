"""``replicate.__about__``: the package version (replicate 1.0.x's module)."""

from ._version import __version__

__all__ = ["__version__"]
