"""Shared fixtures' building blocks for the generator's own tests."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any, Dict

from codegen.build import build_api
from codegen.config import Config, load_config
from codegen.ir import Api, Method, Resource
from codegen.load import parse_spec

SPECS = Path(__file__).parent / "specs"
REPO_ROOT = Path(__file__).resolve().parents[2]
MINI_SPEC = SPECS / "mini.yaml"
MINI_CONFIG = SPECS / "mini_config.yaml"


def mini_config() -> Config:
    return load_config(MINI_CONFIG)


def mini_spec() -> Dict[str, Any]:
    return parse_spec(MINI_SPEC.read_text(encoding="utf-8"))


def mini_api() -> Api:
    return build_api(mini_spec(), mini_config(), MINI_SPEC.read_bytes())


def spec_from(text: str) -> Dict[str, Any]:
    return parse_spec(text)


def make_root(tmp_path: Path) -> Path:
    """A checkout-shaped directory holding the mini spec, its config and the project's ruff settings."""
    root = tmp_path / "root"
    (root / "codegen").mkdir(parents=True)
    shutil.copy(MINI_SPEC, root / "openapi.yaml")
    shutil.copy(MINI_CONFIG, root / "codegen" / "config.yaml")
    shutil.copy(REPO_ROOT / "pyproject.toml", root / "pyproject.toml")
    return root


def find_method(api: Api, dotted: str) -> Method:
    *path, name = dotted.split(".")
    resource = find_resource(api, ".".join(path))
    return next(method for method in resource.methods if method.name == name)


def find_resource(api: Api, dotted: str) -> Resource:
    path = tuple(part for part in dotted.split(".") if part)
    return next(resource for resource in api.all_resources() if resource.path == path)
