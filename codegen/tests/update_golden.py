"""`python -m codegen.tests.update_golden`: rewrites codegen/tests/golden/ from the test specs."""

from __future__ import annotations

import shutil

from .golden import GOLDEN, GOLDEN_SPECS, render_spec


def main() -> None:
    for name in GOLDEN_SPECS:
        target = GOLDEN / name
        if target.exists():
            shutil.rmtree(target)
        for relative, text in sorted(render_spec(name).items()):
            path = target / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        print(f"wrote {target.relative_to(GOLDEN.parent.parent.parent)}")


if __name__ == "__main__":
    main()
