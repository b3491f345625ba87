"""`replicate`'s public names are one table (`_EXPORTS` / `_SUBMODULES` in `__init__.py`): `__all__`,
the lazy imports, the imports type checkers read and `replicate.exceptions` must all agree with it."""

from __future__ import annotations

import ast
import inspect
from typing import Dict, Optional, Set, Tuple

import replicate
import replicate._exceptions
import replicate.exceptions

_DEFAULT_CLIENT_NAMES = {
    *replicate._DEFAULT_CLIENT_RESOURCES,
    *replicate._DEFAULT_CLIENT_SETTINGS,
    "default_client",
}


def _type_checking_block() -> ast.If:
    tree = ast.parse(inspect.getsource(replicate))
    for node in tree.body:
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            return node
    raise AssertionError("replicate/__init__.py has no `if TYPE_CHECKING:` block")


def _type_checking_imports() -> Dict[str, Tuple[str, Optional[str]]]:
    """Public name -> (module, attribute) as the type-checking imports spell it (private aliases left out)."""
    found: Dict[str, Tuple[str, Optional[str]]] = {}
    for node in _type_checking_block().body:
        if not isinstance(node, ast.ImportFrom):
            continue
        module = "." * node.level + (node.module or "")
        for alias in node.names:
            public = alias.asname or alias.name
            if public.startswith("_"):
                continue
            if node.module is None:  # `from . import client as client`: a submodule
                found[public] = (module + alias.name, None)
            else:
                found[public] = (module, alias.name)
    return found


def _type_checking_annotations() -> Set[str]:
    return {
        node.target.id
        for node in _type_checking_block().body
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name)
    }


def test_all_is_the_table_of_exports() -> None:
    assert replicate.__all__ == ["__title__", "__version__", *replicate._EXPORTS]
    assert len(set(replicate.__all__)) == len(replicate.__all__)
    assert not set(replicate._EXPORTS) & set(replicate._SUBMODULES)


def test_type_checking_imports_match_the_table() -> None:
    assert _type_checking_imports() == replicate._LAZY
    assert _type_checking_annotations() == _DEFAULT_CLIENT_NAMES


def test_every_public_name_resolves_to_what_the_table_says() -> None:
    import importlib

    for name, (module_name, attribute) in replicate._LAZY.items():
        module = importlib.import_module(module_name, "replicate")
        expected = module if attribute is None else getattr(module, attribute)
        assert getattr(replicate, name) is expected, name


def test_exceptions_module_lists_every_exported_error() -> None:
    exported_errors = {
        name
        for name in replicate._EXPORTS
        if isinstance(getattr(replicate, name), type) and name.endswith("Error")
    }
    assert sorted(replicate.exceptions.__all__) == sorted(exported_errors)
    for name in exported_errors:
        assert getattr(replicate.exceptions, name) is getattr(replicate, name)
    assert set(replicate._EXCEPTIONS) <= set(replicate._exceptions.__all__)


def test_dir_shows_only_public_names() -> None:
    names = dir(replicate)
    for leaked in ("Any", "Dict", "Tuple", "TYPE_CHECKING", "importlib", "annotations", "_typing"):
        assert leaked not in names
    public = {name for name in names if not (name.startswith("__") and name.endswith("__"))}
    assert public == {*replicate._LAZY, *_DEFAULT_CLIENT_NAMES, *replicate._DEFAULT_CLIENT_METHODS}
