"""Python names for schema names: parameters that are keywords or not identifiers, class names."""

from __future__ import annotations

import keyword
import re
from typing import Iterable, List

__all__ = ["class_name", "parameter_names", "pascal"]

_NOT_WORD = re.compile(r"[^0-9A-Za-z_]+")
# Names a keyword-only parameter of a generated `__call__` cannot take as is.
_RESERVED = frozenset({"self"})
# Names a generated module imports or defines, which no class of it may take.
MODULE_NAMES = frozenset(
    {
        "Any",
        "AsyncFileOutput",
        "AsyncModel",
        "ClassVar",
        "FileInput",
        "FileOutput",
        "Literal",
        "Mapping",
        "Model",
        "NotRequired",
        "Optional",
        "Required",
        "Secret",
        "TypedDict",
        "Union",
        "annotations",
        "list",
        "dict",
        "str",
        "int",
        "float",
        "bool",
    }
)


def parameter_names(wire_names: Iterable[str]) -> List[str]:
    """One distinct identifier per input name, the name itself wherever Python allows it."""
    wire = list(wire_names)
    taken = {name for name in wire if _usable(name)}
    result: List[str] = []
    for name in wire:
        if _usable(name):
            result.append(name)
            continue
        base = _identifier(name)
        candidate, counter = base, 2
        while candidate in taken:
            candidate, counter = f"{base}{counter}", counter + 1
        taken.add(candidate)
        result.append(candidate)
    return result


def _usable(name: str) -> bool:
    return name.isidentifier() and not keyword.iskeyword(name) and name not in _RESERVED


def _identifier(name: str) -> str:
    text = _NOT_WORD.sub("_", name).strip("_") or "input"
    if text[0].isdigit():
        text = f"_{text}"
    if keyword.iskeyword(text) or text in _RESERVED:
        text = f"{text}_"
    return text if text.isidentifier() else "input_"


def pascal(text: str) -> str:
    """`flux-schnell` ► `FluxSchnell`, `sd_3.5` ► `Sd35`; empty when nothing is left."""
    parts = [part for part in _NOT_WORD.split(text.replace("_", " ")) for part in part.split() if part]
    joined = "".join(part[:1].upper() + part[1:] for part in parts)
    joined = re.sub(r"[^0-9A-Za-z]", "", joined)
    return joined


def class_name(model: str, taken: Iterable[str] = ()) -> str:
    """The class for `owner/name`: `Name`, or `OwnerName` when another model already took `Name`."""
    owner, _, name = model.partition("/")
    used = set(taken)

    def free(candidate: str) -> bool:
        derived = {candidate, f"{candidate}Input", f"Async{candidate}"}
        return not derived & MODULE_NAMES and candidate not in used

    for candidate in (pascal(name), pascal(owner) + pascal(name)):
        candidate = _class_identifier(candidate)
        if free(candidate):
            return candidate
    base, counter = _class_identifier(pascal(owner) + pascal(name)), 2
    while not free(f"{base}{counter}"):
        counter += 1
    return f"{base}{counter}"


def _class_identifier(text: str) -> str:
    if not text:
        return "Model"
    return f"Model{text}" if text[0].isdigit() else text
