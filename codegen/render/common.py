"""Formatting helpers shared by the emitters: header, imports, annotations, docstrings, literals."""

from __future__ import annotations

import textwrap
from typing import Dict, Iterable, List, Set, Tuple, cast

from ..ir import TypeRef

__all__ = [
    "HEADER",
    "Imports",
    "annotation",
    "docstring",
    "python_literal",
    "type_imports",
]

HEADER = "# File generated from openapi.yaml by codegen. Do not edit."


class Imports:
    """`from module import name` lines, deduplicated; ruff's isort pass orders them."""

    def __init__(self) -> None:
        self._names: Dict[str, Set[str]] = {}
        self._modules: Set[str] = set()
        self._type_checking: Dict[str, Set[str]] = {}

    def add(self, module: str, *names: str) -> None:
        self._names.setdefault(module, set()).update(names)

    def add_module(self, module: str) -> None:
        self._modules.add(module)

    def add_type_checking(self, module: str, *names: str) -> None:
        self._type_checking.setdefault(module, set()).update(names)

    def render(self) -> str:
        lines = [f"import {module}" for module in sorted(self._modules)]
        lines += [
            f"from {module} import {', '.join(sorted(names))}"
            for module, names in sorted(self._names.items())
        ]
        if self._type_checking:
            lines.append("")
            lines.append("if TYPE_CHECKING:")
            for module, names in sorted(self._type_checking.items()):
                lines.append(f"    from {module} import {', '.join(sorted(names))}")
        return "\n".join(lines)


def annotation(ref: TypeRef) -> str:
    if ref.kind == "builtin":
        return ref.name
    if ref.kind in ("datetime", "date"):
        return ref.kind
    if ref.kind == "file":
        return "FileTypes"
    if ref.kind == "named":
        return ref.name
    if ref.kind == "literal":
        return f"Literal[{', '.join(python_literal(value) for value in ref.values)}]"
    inner = ", ".join(annotation(arg) for arg in ref.args)
    if ref.kind == "list":
        return f"List[{inner}]"
    if ref.kind == "dict":
        return f"Dict[str, {inner}]"
    if ref.kind == "optional":
        return f"Optional[{inner}]"
    return f"Union[{inner}]"


def type_imports(
    refs: Iterable[TypeRef],
    imports: Imports,
    *,
    package: str,
    types_module: str,
    lazy_types: bool = False,
    flat_types: bool = False,
    current_module: str = "",
) -> None:
    """Adds what `annotation(ref)` needs.

    `package` and `types_module` are how the importing file spells `replicate` and `replicate.types`
    (`..` and `` inside types/, `replicate` and `replicate.types` in tests). With `lazy_types`,
    named types are imported for type checkers only; with `flat_types`, from the types package
    itself rather than their modules. Types of `current_module` are not imported.
    """
    for ref in refs:
        for node in ref.walk():
            if node.kind in ("datetime", "date"):
                imports.add("datetime", node.kind)
            elif node.kind == "file":
                imports.add(package + ("_types" if package.endswith(".") else "._types"), "FileTypes")
            elif node.kind == "literal":
                imports.add("typing_extensions", "Literal")
            elif node.kind in ("list", "dict", "optional", "union"):
                imports.add(
                    "typing",
                    {"list": "List", "dict": "Dict", "optional": "Optional", "union": "Union"}[node.kind],
                )
            elif node.kind == "named" and node.module != current_module:
                module = types_module if flat_types else f"{types_module}.{node.module}"
                if lazy_types:
                    imports.add_type_checking(module, node.name)
                else:
                    imports.add(module, node.name)


def python_literal(value: object) -> str:
    """Python source for a JSON-like value (deterministic: dict order as given)."""
    if isinstance(value, dict):
        mapping = cast(Dict[object, object], value)
        return (
            "{"
            + ", ".join(f"{python_literal(key)}: {python_literal(item)}" for key, item in mapping.items())
            + "}"
        )
    if isinstance(value, list):
        return "[" + ", ".join(python_literal(item) for item in cast(List[object], value)) + "]"
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
    return repr(value)


def docstring(paragraphs: List[str], indent: str, args: Iterable[Tuple[str, str]] = ()) -> str:
    """A triple-quoted docstring, or "" when there is nothing to say."""
    blocks = [paragraph.strip() for paragraph in paragraphs if paragraph and paragraph.strip()]
    described = [(name, text.strip()) for name, text in args if text and text.strip()]
    if described:
        lines = ["Args:"]
        for name, text in described:
            wrapped = textwrap.indent(text, "    ").lstrip()
            lines.append(f"  {name}: {wrapped}")
        blocks.append("\n".join(lines))
    if not blocks:
        return ""
    body = "\n\n".join(blocks).replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    if body.endswith('"'):
        body += " "
    if "\n" not in body:
        return f'{indent}"""{body}"""\n'
    return f'{indent}"""{textwrap.indent(body, indent).lstrip()}\n{indent}"""\n'
