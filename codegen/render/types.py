"""`types/<module>.py` per type module, and `types/__init__.py` that re-exports them lazily."""

from __future__ import annotations

from typing import Dict, List

from ..ir import AliasModule, Api, Definition, Enum, Model, TypeAlias, TypeModule, TypeRef
from .common import (
    HEADER,
    Imports,
    annotation,
    docstring,
    param_notes,
    plain_prose,
    python_literal,
    type_imports,
)

__all__ = ["render_types"]


def render_types(api: Api) -> Dict[str, str]:
    root = f"{api.source_root}/{api.package}/types"
    aliases = {alias_module.path: alias_module for alias_module in api.type_aliases}
    files = {
        f"{root}/{module.module}.py": _module(api, module, aliases.pop((module.module,), None))
        for module in api.types
    }
    for path, alias_module in aliases.items():
        files[f"{root}/{'/'.join(path)}.py"] = _alias_module(alias_module)
    for package in sorted({path[:depth] for path in aliases for depth in range(1, len(path))}):
        files[f"{root}/{'/'.join(package)}/__init__.py"] = _alias_package(api, package)
    files[f"{root}/__init__.py"] = _init(api)
    return files


_ALIAS_NOTE = (
    "Deprecated names from the published 2.0 betas, kept as aliases of this package's types (see api.md)."
)


def _local_name(alias_module: AliasModule, target: TypeRef) -> str:
    """How the module spells a target: its own name, or a private one where an alias takes that name."""
    if target.kind != "named":
        return annotation(target)
    shadowed = any(alias == target.name for alias, _ in alias_module.aliases)
    return f"_{target.name}" if shadowed else target.name


def _alias_imports(alias_module: AliasModule, imports: Imports) -> None:
    prefix = "." * len(alias_module.path)
    imports.add("typing_extensions", "TypeAlias")
    for _, target in alias_module.aliases:
        if target.kind == "named" and alias_module.path != (target.module,):  # else defined right there
            local = _local_name(alias_module, target)
            imported = target.name if local == target.name else f"{target.name} as {local}"
            imports.add(f"{prefix}{target.module}", imported)


def _alias_lines(alias_module: AliasModule) -> str:
    lines = [f"# {_ALIAS_NOTE}"]
    for alias, target in alias_module.aliases:
        lines.append(f"{alias}: TypeAlias = {_local_name(alias_module, target)}")
    return "\n" + "\n".join(lines) + "\n"


def _alias_module(alias_module: AliasModule) -> str:
    imports = Imports()
    _alias_imports(alias_module, imports)
    names = ", ".join(python_literal(alias) for alias, _ in alias_module.aliases)
    return "\n".join([HEADER, "", imports.render(), "", f"__all__ = [{names}]", _alias_lines(alias_module)])


def _alias_package(api: Api, package: tuple[str, ...]) -> str:
    """A subpackage of types/ made only of alias modules; it re-exports their exported names."""
    lines = [HEADER, f'"""{_ALIAS_NOTE}"""', "", "from __future__ import annotations", ""]
    for alias_module in api.type_aliases:
        if alias_module.path[:-1] == package:
            for name in alias_module.exported:
                lines.append(f"from .{alias_module.path[-1]} import {name} as {name}")
    return "\n".join(lines) + "\n"


def _module(api: Api, module: TypeModule, alias_module: AliasModule | None = None) -> str:
    imports = Imports()
    refs = [ref for definition in module.definitions for ref in _refs(definition)]
    type_imports(refs, imports, package="..", types_module="", current_module=module.module)
    for definition in module.definitions:
        if isinstance(definition, Model) and definition.kind == "model":
            if definition.base is None:
                imports.add(".._models", "BaseModel")
            else:
                imports.add(definition.base.import_from(api.package, 1), definition.base.name)
            if any(field.name != field.wire_name or field.secret for field in definition.fields):
                imports.add("pydantic", "Field as FieldInfo")
        elif isinstance(definition, Model):
            imports.add("typing_extensions", "TypedDict")
            if any(field.required for field in definition.fields):
                imports.add("typing_extensions", "Required")
        elif isinstance(definition, Enum):
            imports.add("typing_extensions", "Literal", "TypeAlias")
        else:
            imports.add("typing_extensions", "TypeAlias")
    exported = [definition.name for definition in module.definitions]
    if alias_module is not None:
        _alias_imports(alias_module, imports)
        exported += [alias for alias, _ in alias_module.aliases]
    names = ", ".join(python_literal(name) for name in exported)
    parts = [HEADER, "", imports.render(), "", f"__all__ = [{names}]", ""]
    parts += [_definition(definition) for definition in module.definitions]
    if alias_module is not None:
        parts.append(_alias_lines(alias_module))
    return "\n".join(parts)


def _refs(definition: Definition) -> List[TypeRef]:
    if isinstance(definition, Model):
        return [field.type for field in definition.fields]
    if isinstance(definition, TypeAlias):
        return [definition.type]
    return []


def _definition(definition: Definition) -> str:
    if isinstance(definition, Enum):
        values = ", ".join(python_literal(value) for value in definition.values)
        text = f"\n{definition.name}: TypeAlias = Literal[{values}]\n"
        return text + docstring([definition.description], "")
    if isinstance(definition, TypeAlias):
        return f"\n{definition.name}: TypeAlias = {annotation(definition.type)}\n" + docstring(
            [definition.description], ""
        )
    if definition.kind == "typeddict":
        return _typed_dict(definition)
    return _model(definition)


def _model(model: Model) -> str:
    base = "BaseModel" if model.base is None else model.base.name
    lines = [f"\n\nclass {model.name}({base}):"]
    doc = docstring([model.description], "    ")
    if doc:
        lines.append(doc.rstrip("\n"))
    for field in model.fields:
        has_default = not field.required or field.type.kind == "optional"
        value = " = None" if has_default else ""
        if field.name != field.wire_name or field.secret:
            arguments = [f"default={'None' if has_default else '...'}"]
            if field.name != field.wire_name:
                arguments.insert(0, f"alias={python_literal(field.wire_name)}")
            if field.secret:
                arguments.append("repr=False")
            value = f" = FieldInfo({', '.join(arguments)})"
        lines.append(f"    {field.name}: {annotation(field.type)}{value}")
        field_doc = docstring([field.description, "Deprecated." if field.deprecated else ""], "    ")
        if field_doc:
            lines.append(field_doc.rstrip("\n"))
    if not model.fields and not doc:
        lines.append("    pass")
    return "\n".join(lines) + "\n"


def _typed_dict(model: Model) -> str:
    if any(field.name != field.wire_name and field.wire_name for field in model.fields):
        return _functional_typed_dict(model)
    lines = [f"\n\nclass {model.name}(TypedDict, total=False):"]
    doc = docstring([model.description], "    ")
    if doc:
        lines.append(doc.rstrip("\n"))
    for field in model.fields:
        field_type = annotation(field.type)
        lines.append(f"    {field.name}: {f'Required[{field_type}]' if field.required else field_type}")
        field_doc = docstring([param_notes(field.description, field.deprecated, field.default)], "    ")
        if field_doc:
            lines.append(field_doc.rstrip("\n"))
    if not model.fields and not doc:
        lines.append("    pass")
    return "\n".join(lines) + "\n"


def _functional_typed_dict(model: Model) -> str:
    """`X = TypedDict("X", {...})`: the form whose keys may be any string (`from`, `a-b`, `1`)."""
    entries: List[str] = []
    for field in model.fields:
        field_type = annotation(field.type)
        notes = plain_prose(param_notes(field.description, field.deprecated, field.default))
        comment = "".join(f"    # {line}\n" for line in notes.splitlines() if line.strip())
        value = f"Required[{field_type}]" if field.required else field_type
        entries.append(f"{comment}    {python_literal(field.wire_name)}: {value},\n")
    text = f"\n\n{model.name} = TypedDict(\n    {python_literal(model.name)},\n    {{\n"
    text += "".join("    " + entry.replace("\n    ", "\n        ") for entry in entries)
    text += "    },\n    total=False,\n)\n"
    return text + docstring([model.description], "")


def _init(api: Api) -> str:
    exports = sorted(
        (definition.name, module.module) for module in api.types for definition in module.definitions
    )
    # The betas' names: importable, and known to type checkers, but left out of `__all__`.
    deprecated = sorted(
        (name, alias_module.path[0])
        for alias_module in api.type_aliases
        if len(alias_module.path) == 1
        for name in alias_module.exported
    )
    everything = sorted([*exports, *deprecated])
    mapping = "\n".join(
        f"    {python_literal(name)}: {python_literal(module)}," for name, module in everything
    )
    checking = "\n".join(f"    from .{module} import {name} as {name}" for name, module in everything)
    names = ", ".join(python_literal(name) for name, _ in exports)
    return f'''{HEADER}
"""Every request and response type. Each is imported on first use, so this package is cheap to import."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Dict, List

if TYPE_CHECKING:
{checking or "    pass"}

__all__ = [{names}]

_MODULE_OF: Dict[str, str] = {{
{mapping}
}}


def __getattr__(name: str) -> object:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {{__name__!r}} has no attribute {{name!r}}")
    value = getattr(importlib.import_module(f".{{module}}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> List[str]:
    return sorted(__all__)
'''
