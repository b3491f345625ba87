"""pytest plugin providing a `replicate_server` fixture: a fresh testing server per test.

Enable it in a `conftest.py` with `pytest_plugins = ["replicate.testing.pytest_plugin"]`.
"""

from __future__ import annotations

from typing import Iterator

import pytest

from ._server import Server, serve


@pytest.fixture
def replicate_server() -> Iterator[Server]:
    """A running `replicate.testing.Server` (built-in delays 10x faster), stopped after the test."""
    with serve(speed=10.0) as server:
        yield server
