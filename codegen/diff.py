"""What changed for SDK users between two builds of the IR, in the SDK's own terms.

Methods are matched by where they live on the client (`client.models.versions.get`); a method that
disappears while another appears for the same HTTP verb and path is a rename. Types are matched by
name. Request-side types (params) break when they accept less than before; response-side types
break when they may hold something they could not before.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, FrozenSet, List, Optional, Tuple

from typing_extensions import Literal

from .diff_types import TypeOrder
from .ir import Api, Enum, Field, LiteralValue, Method, Model, Resource, TypeAlias, TypeRef
from .literals import python_literal
from .render.common import annotation

__all__ = ["Change", "ChangeKind", "compare_apis"]

ChangeKind = Literal["breaking", "deprecated", "added", "changed"]


@dataclass(frozen=True)
class Change:
    kind: ChangeKind
    subject: str  # `client.models.get(model_owner=..., model_name=...)`, `Prediction.status`
    text: str

    @property
    def breaking(self) -> bool:
        return self.kind == "breaking"


def compare_apis(old: Api, new: Api) -> List[Change]:
    enums = {**_enums(old), **_enums(new)}
    return _ApiDiff(old, new, TypeOrder(enums)).changes()


def _enums(api: Api) -> Dict[str, Tuple[LiteralValue, ...]]:
    return {
        definition.name: definition.values
        for module in api.types
        for definition in module.definitions
        if isinstance(definition, Enum)
    }


class _ApiDiff:
    def __init__(self, old: Api, new: Api, order: TypeOrder) -> None:
        self._old, self._new, self._order = old, new, order
        self._changes: List[Change] = []

    def changes(self) -> List[Change]:
        self._methods()
        self._types()
        return self._changes

    def _add(self, kind: ChangeKind, subject: str, text: str) -> None:
        self._changes.append(Change(kind, subject, text))

    # -- methods -------------------------------------------------------------------------------

    def _methods(self) -> None:
        old, new = _methods_by_call(self._old), _methods_by_call(self._new)
        removed = [call for call in old if call not in new]
        added = [call for call in new if call not in old]
        new_by_route = {(new[call].http_method, new[call].path): call for call in added}
        for call in removed:
            method = old[call]
            renamed_to = new_by_route.pop((method.http_method, method.path), None)
            if renamed_to is not None:
                self._add("breaking", _signature(call, method), f"renamed to `{renamed_to}()`")
                self._method(call, method, new[renamed_to])
                added.remove(renamed_to)
            else:
                self._add("breaking", _signature(call, method), "removed")
        for call in added:
            self._add("added", _signature(call, new[call]), "new method")
            if new[call].deprecated:
                self._add("deprecated", _signature(call, new[call]), "new, and already deprecated")
        for call in old:
            if call in new:
                self._method(call, old[call], new[call])

    def _method(self, call: str, old: Method, new: Method) -> None:
        subject = _signature(call, new)
        if new.deprecated and not old.deprecated:
            self._add("deprecated", subject, "deprecated (calling it warns with `DeprecationWarning`)")
        if (old.http_method, old.path) != (new.http_method, new.path):
            route = f"{new.http_method.upper()} {new.path}"
            self._add("changed", subject, f"now calls `{route}` (was `{old.http_method.upper()} {old.path}`)")
        self._params(call, old, new)
        self._returns(subject, old, new)

    def _params(self, call: str, old: Method, new: Method) -> None:
        old_params = {param.name: param for param in old.params}
        new_params = {param.name: param for param in new.params}
        for name, param in old_params.items():
            subject = f"`{call}({name}=...)`"
            if name not in new_params:
                self._add("breaking", subject, f"{param.location} parameter `{name}` removed")
                continue
            now = new_params[name]
            if now.location != param.location:
                self._add("breaking", subject, f"moved from {param.location} to {now.location}")
            if now.required and not param.required:
                self._add("breaking", subject, f"`{name}` is now required")
            elif param.required and not now.required:
                self._add("changed", subject, f"`{name}` is now optional")
            if now.deprecated and not param.deprecated:
                self._add("deprecated", subject, f"`{name}` is deprecated")
            self._request_type(subject, param.type, now.type)
        for name, param in new_params.items():
            if name not in old_params:
                kind: ChangeKind = "breaking" if param.required else "added"
                needed = "required" if param.required else "optional"
                self._add(kind, f"`{call}({name}=...)`", f"new {needed} {param.location} parameter")

    def _returns(self, subject: str, old: Method, new: Method) -> None:
        before, after = _return_text(old), _return_text(new)
        if before == after or self._same_shape(old, new):
            return
        unchanged_shape = old.page == new.page and old.response == new.response
        narrowed = (
            unchanged_shape
            and old.returns is not None
            and new.returns is not None
            and self._order.accepts(old.returns, new.returns)
        )
        kind: ChangeKind = "changed" if narrowed else "breaking"
        self._add(kind, subject, f"returns `{after}` (was `{before}`)")

    def _same_shape(self, old: Method, new: Method) -> bool:
        """The same return type under another generated name (a renamed method's `...Response`)."""
        if (old.page, old.response) != (new.page, new.response) or old.returns is None or new.returns is None:
            return False
        return _shape(self._old, old.returns) == _shape(self._new, new.returns)

    # -- types ---------------------------------------------------------------------------------

    def _types(self) -> None:
        mirrors = _params_types(self._old) | _params_types(self._new)  # reported as method params
        old, new = _definitions(self._old), _definitions(self._new)
        removed = sorted(name for name in old if name not in new and name not in mirrors)
        added = sorted(name for name in new if name not in old and name not in mirrors)
        for name in list(removed):
            shape = _shape(self._old, TypeRef("named", name=name))
            twin = next(
                (other for other in added if _shape(self._new, TypeRef("named", name=other)) == shape), None
            )
            if twin is not None:
                self._add("breaking", f"`{name}`", f"renamed to `{twin}`")
                removed.remove(name)
                added.remove(twin)
        if removed:
            self._add("breaking", _types_import(self._old, removed), "removed")
        if added:
            self._add("added", _types_import(self._new, added), "new")
        for name in sorted(old):
            if name in new and name not in mirrors:
                self._definition(old[name], new[name])

    def _definition(self, old: object, new: object) -> None:
        if isinstance(old, Enum) and isinstance(new, Enum):
            self._enum_values(f"`{new.name}`", old.values, new.values)
        elif isinstance(old, Model) and isinstance(new, Model):
            self._model(old, new)
        elif isinstance(old, TypeAlias) and isinstance(new, TypeAlias):
            if old.type != new.type:
                narrowed = self._order.accepts(old.type, new.type)
                text = f"is now `{annotation(new.type)}` (was `{annotation(old.type)}`)"
                self._add("changed" if narrowed else "breaking", f"`{new.name}`", text)
        elif type(old) is not type(new):
            name = getattr(new, "name", "")
            self._add("breaking", f"`{name}`", "is now a different kind of type")

    def _model(self, old: Model, new: Model) -> None:
        request = new.kind == "typeddict"
        old_fields = {field.name: field for field in old.fields}
        new_fields = {field.name: field for field in new.fields}
        for name, field in old_fields.items():
            subject = f"`{new.name}.{name}`"
            if name not in new_fields:
                self._add("breaking", subject, "removed")
                continue
            now = new_fields[name]
            if now.deprecated and not field.deprecated:
                self._add("deprecated", subject, "deprecated")
            if request:
                self._request_field(subject, field, now)
            else:
                self._response_field(subject, field, now)
        for name, field in new_fields.items():
            if name not in old_fields:
                kind: ChangeKind = "breaking" if request and field.required else "added"
                self._add(
                    kind, f"`{new.name}.{name}`", "new required field" if kind == "breaking" else "new field"
                )

    def _request_field(self, subject: str, old: Field, new: Field) -> None:
        if new.required and not old.required:
            self._add("breaking", subject, "is now required")
        self._request_type(subject, old.type, new.type)

    def _response_field(self, subject: str, old: Field, new: Field) -> None:
        if old.type == new.type:
            return
        became_optional = old.type.kind != "optional" and new.type.kind == "optional"
        if became_optional:
            self._add("breaking", subject, "may now be missing or `None`")
        old_inner, new_inner = _strip_optional(old.type), _strip_optional(new.type)
        if old_inner == new_inner or self._enum_values(subject, _values(old_inner), _values(new_inner)):
            return
        if self._order.accepts(old_inner, new_inner):
            self._add(
                "changed", subject, f"narrowed to `{annotation(new.type)}` (was `{annotation(old.type)}`)"
            )
        else:
            self._add("breaking", subject, f"is now `{annotation(new.type)}` (was `{annotation(old.type)}`)")

    def _request_type(self, subject: str, old: TypeRef, new: TypeRef) -> None:
        if old == new or self._enum_values(subject, _values(old), _values(new)):
            return
        if self._order.accepts(new, old):
            self._add("changed", subject, f"now accepts `{annotation(new)}` (was `{annotation(old)}`)")
        else:
            self._add("breaking", subject, f"type changed to `{annotation(new)}` (was `{annotation(old)}`)")

    def _enum_values(
        self, subject: str, old: Optional[Tuple[LiteralValue, ...]], new: Optional[Tuple[LiteralValue, ...]]
    ) -> bool:
        """Reports value changes between two literal types; False when either is not one."""
        if old is None or new is None:
            return False
        removed = [value for value in old if value not in new]
        added = [value for value in new if value not in old]
        if removed:
            self._add("breaking", subject, f"enum value(s) removed: {_listed(removed)}")
        if added:
            self._add("added", subject, f"new enum value(s): {_listed(added)}")
        return True


def _methods_by_call(api: Api) -> Dict[str, Method]:
    return {
        _call(resource, method): method for resource in api.all_resources() for method in resource.methods
    }


def _call(resource: Resource, method: Method) -> str:
    return ".".join(("client", *resource.path, method.name))


def _signature(call: str, method: Method) -> str:
    required = [f"{param.name}=..." for param in method.params if param.required]
    return f"`{call}({', '.join(required)})`"


def _return_text(method: Method) -> str:
    if method.response == "binary":
        return "BinaryResponse"
    if method.returns is None:
        return "None"
    text = annotation(method.returns)
    return f"Page[{text}]" if method.page else text


def _params_types(api: Api) -> set[str]:
    return {
        method.params_type.name
        for resource in api.all_resources()
        for method in resource.methods
        if method.params_type is not None
    }


def _definitions(api: Api) -> Dict[str, object]:
    return {definition.name: definition for module in api.types for definition in module.definitions}


def _types_import(api: Api, names: List[str]) -> str:
    return f"`from {api.package}.types import {', '.join(names)}`"


def _strip_optional(ref: TypeRef) -> TypeRef:
    return ref.args[0] if ref.kind == "optional" else ref


def _values(ref: TypeRef) -> Optional[Tuple[LiteralValue, ...]]:
    return ref.values if ref.kind == "literal" else None


def _listed(values: List[LiteralValue]) -> str:
    return ", ".join(f"`{python_literal(value)}`" for value in values)


def _shape(api: Api, ref: TypeRef, seen: FrozenSet[str] = frozenset()) -> object:
    """A type's structure with the generated names left out, to recognise a renamed type."""
    if ref.kind != "named":
        return (
            ref.kind,
            ref.name,
            ref.values,
            ref.discriminator,
            tuple(_shape(api, arg, seen) for arg in ref.args),
        )
    if ref.name in seen:
        return ("cycle", ref.name)
    definition = _definitions(api).get(ref.name)
    inner = seen | {ref.name}
    if isinstance(definition, Model):
        return tuple((f.wire_name, f.required, _shape(api, f.type, inner)) for f in definition.fields)
    if isinstance(definition, TypeAlias):
        return _shape(api, definition.type, inner)
    if isinstance(definition, Enum):
        return ("enum", definition.values)
    return ("unknown", ref.name)
