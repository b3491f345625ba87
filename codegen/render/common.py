"""Formatting helpers shared by the emitters: header, imports, annotations, docstrings, literals."""

from __future__ import annotations

import textwrap
from typing import Dict, Iterable, List, Optional, Set, Tuple

from ..ir import TypeRef
from ..literals import plain_prose, python_literal

__all__ = [
    "HEADER",
    "Imports",
    "annotation",
    "docstring",
    "param_notes",
    "plain_prose",
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
    if ref.kind == "file_content":
        return "FileContent"
    if ref.kind == "named":
        return ref.name
    if ref.kind == "literal":
        return f"Literal[{', '.join(python_literal(value) for value in ref.values)}]"
    if ref.kind == "optional" and ref.args[0].discriminator:
        return _discriminated(ref.args[0], nullable=True)
    if ref.discriminator:
        return _discriminated(ref, nullable=False)
    inner = ", ".join(annotation(arg) for arg in ref.args)
    if ref.kind == "list":
        return f"List[{inner}]"
    if ref.kind == "dict":
        return f"Dict[str, {inner}]"
    if ref.kind == "optional":
        return f"Optional[{inner}]"
    return f"Union[{inner}]"


def _discriminated(ref: TypeRef, *, nullable: bool) -> str:
    """pydantic picks the variant by the discriminator property; None stays inside the union for it."""
    members = [annotation(arg) for arg in ref.args] + (["None"] if nullable else [])
    return f"Annotated[Union[{', '.join(members)}], FieldInfo(discriminator={python_literal(ref.discriminator)})]"


def param_notes(description: str, deprecated: bool, default: Optional[str]) -> str:
    """A parameter's or request field's documentation: its description, deprecation and default."""
    notes = [description.strip()]
    if deprecated:
        notes.append("Deprecated.")
    if default is not None and "default" not in description.lower():
        notes.append(f"Defaults to `{default}`.")
    return " ".join(note for note in notes if note)


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
            elif node.kind in ("file", "file_content"):
                name = "FileTypes" if node.kind == "file" else "FileContent"
                imports.add(package + ("_types" if package.endswith(".") else "._types"), name)
            elif node.kind == "literal":
                imports.add("typing_extensions", "Literal")
            if node.discriminator:
                imports.add("typing_extensions", "Annotated")
                imports.add("pydantic", "Field as FieldInfo")
            if node.kind in ("list", "dict", "optional", "union"):
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
    body = plain_prose("\n\n".join(blocks)).replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    if body.endswith('"'):
        body += " "
    if "\n" not in body:
        return f'{indent}"""{body}"""\n'
    return f'{indent}"""{textwrap.indent(body, indent).lstrip()}\n{indent}"""\n'
