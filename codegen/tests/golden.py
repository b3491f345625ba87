"""The test specs rendered, as committed under golden/<spec>/ so generator changes show in review."""

from __future__ import annotations

from pathlib import Path
from typing import Dict, Tuple

from codegen.build import build_api
from codegen.config import load_config
from codegen.load import parse_spec
from codegen.output import format_files
from codegen.render import render_all

from .helpers import REPO_ROOT, SPECS

GOLDEN = Path(__file__).parent / "golden"

# spec name ► (spec file, its config)
GOLDEN_SPECS: Dict[str, Tuple[Path, Path]] = {
    "mini": (SPECS / "mini.yaml", SPECS / "mini_config.yaml"),
    "shelf": (SPECS / "shelf.yaml", SPECS / "shelf_config.yaml"),
}


def render_spec(name: str) -> Dict[str, str]:
    spec_path, config_path = GOLDEN_SPECS[name]
    spec_bytes = spec_path.read_bytes()
    api = build_api(parse_spec(spec_bytes.decode("utf-8")), load_config(config_path), spec_bytes)
    return format_files(render_all(api), REPO_ROOT / "pyproject.toml", api.package)


def committed(name: str) -> Dict[str, str]:
    root = GOLDEN / name
    return {
        path.relative_to(root).as_posix(): path.read_text(encoding="utf-8")
        for path in sorted(root.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }
