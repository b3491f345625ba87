"""What changed for the caller of a generated class between two versions of a model.

The ideas of `codegen diff`, applied to one model's signature: inputs are matched by name, a
removed input and an added one of the same type is probably a rename; an input accepts less
(narrowed type, fewer choices, newly required) is breaking, and so is an output that may hold
something the old type did not.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Dict, FrozenSet, List, Optional, Tuple

from typing_extensions import Literal

from ._ir import DictField, Input, ModelTypes, TypeExpr

__all__ = ["Change", "ChangeKind", "compare_models"]

ChangeKind = Literal["breaking", "added", "changed"]


@dataclass(frozen=True)
class Change:
    kind: ChangeKind
    subject: str  # `PngMaker(width=...)`, `PngMaker output`
    text: str

    @property
    def breaking(self) -> bool:
        return self.kind == "breaking"


def compare_models(old: ModelTypes, new: ModelTypes) -> List[Change]:
    """Breaking changes first, then additions, then other changes."""
    diff = _ModelDiff(old, new)
    diff.inputs()
    diff.output()
    order = {"breaking": 0, "added": 1, "changed": 2}
    return sorted(diff.changes, key=lambda change: order[change.kind])


class _ModelDiff:
    def __init__(self, old: ModelTypes, new: ModelTypes) -> None:
        self.old, self.new = old, new
        self.changes: List[Change] = []
        self.order = _TypeOrder(old, new)

    def add(self, kind: ChangeKind, subject: str, text: str) -> None:
        self.changes.append(Change(kind, subject, text))

    def subject(self, item: Input) -> str:
        return f"`{self.old.class_name}({item.name}=...)`"

    def inputs(self) -> None:
        old = {item.wire_name: item for item in self.old.inputs}
        new = {item.wire_name: item for item in self.new.inputs}
        added = [name for name in new if name not in old]
        for name, item in old.items():
            if name in new:
                self.input(item, new[name])
                continue
            twin = next((other for other in added if new[other].type == item.type), None)
            if twin is not None:
                added.remove(twin)
                self.add("breaking", self.subject(item), f"removed; renamed to `{new[twin].name}`?")
            else:
                self.add("breaking", self.subject(item), "input removed")
        for name in added:
            item = new[name]
            if item.required:
                self.add("breaking", self.subject(item), "new required input")
            else:
                self.add("added", self.subject(item), f"new optional input: `{_annotation(item.type)}`")

    def input(self, old: Input, new: Input) -> None:
        subject = self.subject(old)
        if new.required and not old.required:
            self.add("breaking", subject, "is now required")
        elif old.required and not new.required:
            self.add("changed", subject, "is now optional")
        if old.type != new.type and not self.enum_values(subject, old.type, new.type, request=True):
            if self.order.accepts(new.type, old.type):
                self.add(
                    "changed",
                    subject,
                    f"now accepts `{_annotation(new.type)}` (was `{_annotation(old.type)}`)",
                )
            else:
                self.add(
                    "breaking",
                    subject,
                    f"type narrowed to `{_annotation(new.type)}` (was `{_annotation(old.type)}`)",
                )
        if old.default_json != new.default_json:
            before, after = old.default_json or "none", new.default_json or "none"
            self.add("changed", subject, f"default is now {after} (was {before})")
        if old.constraints != new.constraints:
            before = ", ".join(old.constraints) or "none"
            after = ", ".join(new.constraints) or "none"
            self.add("changed", subject, f"constraints now {after} (was {before}); checked at run time")

    def output(self) -> None:
        old, new = self.old.output, self.new.output
        subject = f"`{self.old.class_name}(...)` output"
        if old.iterator and not new.iterator:
            self.add(
                "breaking",
                f"`client.use({self.old.class_name}, streaming=True)`",
                "the model no longer streams",
            )
        elif new.iterator and not old.iterator:
            self.add("added", f"`client.use({self.old.class_name}, streaming=True)`", "the model now streams")
        if self.enum_values(subject, old.type, new.type, request=False):
            return
        if _shape(self.old, old.type) == _shape(self.new, new.type):
            return
        before, after = _annotation(old.type), _annotation(new.type)
        if self.order.accepts(old.type, new.type):
            self.add("changed", subject, f"narrowed to `{after}` (was `{before}`)")
        else:
            self.add("breaking", subject, f"is now `{after}` (was `{before}`)")
            self.output_fields(subject, old.type, new.type)

    def output_fields(self, subject: str, old: TypeExpr, new: TypeExpr) -> None:
        """For an object output that changed, which fields did."""
        if old.kind != "typeddict" or new.kind != "typeddict":
            return
        old_fields = self.order.fields(self.old, old.name)
        new_fields = self.order.fields(self.new, new.name)
        for name in old_fields:
            if name not in new_fields:
                self.add("breaking", f"{subject}[{json.dumps(name)}]", "removed")
        for name in new_fields:
            if name not in old_fields:
                self.add("added", f"{subject}[{json.dumps(name)}]", "new field")

    def enum_values(self, subject: str, old: TypeExpr, new: TypeExpr, *, request: bool) -> bool:
        old_values, new_values = _literal_values(old), _literal_values(new)
        if old_values is None or new_values is None or _strip(old).kind != _strip(new).kind:
            return False
        removed = [value for value in old_values if value not in new_values]
        added = [value for value in new_values if value not in old_values]
        if removed:
            self.add("breaking" if request else "changed", subject, f"choice(s) removed: {_shown(removed)}")
        if added:
            self.add("added" if request else "breaking", subject, f"new choice(s): {_shown(added)}")
        if old.kind != new.kind:
            self.add(
                "changed" if new.kind == "optional" and request else "breaking",
                subject,
                "nullability changed",
            )
        return True


class _TypeOrder:
    """`accepts(wide, narrow)`: every value of `narrow` (in the one model) is a value of `wide` (in
    the other); TypedDicts are compared field by field."""

    def __init__(self, old: ModelTypes, new: ModelTypes) -> None:
        self._models = (old, new)

    def fields(self, model: ModelTypes, name: str) -> Dict[str, DictField]:
        for definition in model.typeddicts:
            if definition.name == name:
                return {field.wire_name: field for field in definition.fields}
        return {}

    def accepts(self, wide: TypeExpr, narrow: TypeExpr, depth: int = 0) -> bool:
        if depth > 16:
            return False
        if wide == narrow and wide.kind != "typeddict":
            return True
        if wide.kind == "any":
            return True
        if narrow.kind == "optional":
            return wide.kind == "optional" and self.accepts(wide.args[0], narrow.args[0], depth + 1)
        if narrow.kind == "union":
            return all(self.accepts(wide, member, depth + 1) for member in narrow.args)
        if wide.kind == "optional":
            return self.accepts(wide.args[0], narrow, depth + 1)
        if wide.kind == "union":
            return any(self.accepts(member, narrow, depth + 1) for member in wide.args)
        if narrow.kind == "literal":
            if wide.kind == "literal":
                return set(narrow.values) <= set(wide.values)
            return all(_scalar_kind(value) in _WIDER.get(wide.kind, ()) for value in narrow.values)
        if wide.kind == "float" and narrow.kind == "int":
            return True
        if wide.kind == "file_in" and narrow.kind == "str":
            return True
        if wide.kind == narrow.kind and wide.kind in ("list", "dict"):
            return self.accepts(wide.args[0], narrow.args[0], depth + 1)
        if wide.kind == narrow.kind == "typeddict":
            old, new = self._models
            wide_fields, narrow_fields = self.fields(old, wide.name), self.fields(new, narrow.name)
            if not wide_fields:
                wide_fields, narrow_fields = self.fields(new, wide.name), self.fields(old, narrow.name)
            return all(
                name in narrow_fields
                and (narrow_fields[name].required or not field.required)
                and self.accepts(field.type, narrow_fields[name].type, depth + 1)
                for name, field in wide_fields.items()
            )
        return False


_WIDER: Dict[str, Tuple[str, ...]] = {
    "str": ("str",),
    "file_in": ("str",),
    "int": ("int",),
    "float": ("int", "float"),
    "bool": ("bool",),
}


def _scalar_kind(value: object) -> str:
    return "bool" if isinstance(value, bool) else type(value).__name__


def _shown(values: List[object]) -> str:
    return ", ".join(json.dumps(value) for value in values)


def _strip(type_: TypeExpr) -> TypeExpr:
    return type_.args[0] if type_.kind == "optional" else type_


def _literal_values(type_: TypeExpr) -> Optional[Tuple[object, ...]]:
    inner = _strip(type_)
    return inner.values if inner.kind == "literal" else None


def _annotation(type_: TypeExpr) -> str:
    """A type as the generated module spells it (its sync form)."""
    names = {"file_in": "FileInput", "file_out": "FileOutput", "secret": "Secret", "any": "Any"}
    if type_.kind in names:
        return names[type_.kind]
    if type_.kind == "literal":
        return f"Literal[{', '.join(json.dumps(value) for value in type_.values)}]"
    if type_.kind in ("list", "optional"):
        wrapper = "list" if type_.kind == "list" else "Optional"
        return f"{wrapper}[{_annotation(type_.args[0])}]"
    if type_.kind == "dict":
        return f"dict[str, {_annotation(type_.args[0])}]"
    if type_.kind == "union":
        return f"Union[{', '.join(_annotation(arg) for arg in type_.args)}]"
    if type_.kind == "typeddict":
        return type_.name
    return type_.kind


def _shape(model: ModelTypes, type_: TypeExpr, seen: FrozenSet[str] = frozenset()) -> object:
    """A type's structure with generated names left out."""
    if type_.kind != "typeddict":
        return (type_.kind, type_.values, tuple(_shape(model, arg, seen) for arg in type_.args))
    if type_.name in seen:
        return ("cycle", type_.name)
    for definition in model.typeddicts:
        if definition.name == type_.name:
            inner = seen | {type_.name}
            return tuple((f.wire_name, f.required, _shape(model, f.type, inner)) for f in definition.fields)
    return ("unknown", type_.name)
