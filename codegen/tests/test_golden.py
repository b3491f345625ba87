"""Rendering each test spec gives exactly the committed files under golden/<spec>/.

A generator change that alters generated code fails here until `python -m codegen.tests.update_golden`
rewrites them, so the change to generated code is part of the diff under review.
"""

from __future__ import annotations

import pytest

from .golden import GOLDEN_SPECS, committed, render_spec


@pytest.mark.parametrize("name", sorted(GOLDEN_SPECS))
def test_rendering_matches_the_golden_files(name: str) -> None:
    rendered = render_spec(name)
    golden = committed(name)
    hint = "run `python -m codegen.tests.update_golden` and review the diff"
    assert sorted(rendered) == sorted(golden), hint
    for path, text in rendered.items():
        assert text == golden[path], f"{path} differs from codegen/tests/golden/{name}/{path}; {hint}"
