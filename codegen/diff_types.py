"""Whether one IR type accepts every value of another: the core of "narrowed" and "widened"."""

from __future__ import annotations

from typing import Dict, Tuple

from .ir import LiteralValue, TypeRef

__all__ = ["TypeOrder"]

_NONE = TypeRef("builtin", name="None")
_SCALARS: Dict[str, Tuple[type, ...]] = {"str": (str,), "int": (int,), "float": (int, float), "bool": (bool,)}


class TypeOrder:
    """`accepts(wide, narrow)`: every value of `narrow` is a value of `wide`.

    Named enums are compared by their values (`enums`); other named types by name, since their
    fields are compared one by one elsewhere.
    """

    def __init__(self, enums: Dict[str, Tuple[LiteralValue, ...]]) -> None:
        self._enums = enums

    def accepts(self, wide: TypeRef, narrow: TypeRef) -> bool:
        wide, narrow = self._expand(wide), self._expand(narrow)
        if wide == narrow or (wide.kind == "builtin" and wide.name == "object"):
            return True
        if narrow.kind == "optional":
            return self.accepts(wide, _NONE) and self.accepts(wide, narrow.args[0])
        if narrow.kind == "union":
            return all(self.accepts(wide, member) for member in narrow.args)
        if wide.kind in ("optional", "union"):
            if narrow == _NONE:
                return wide.kind == "optional"
            return any(self.accepts(member, narrow) for member in wide.args)
        if narrow.kind == "literal":
            return self._accepts_literal(wide, narrow.values)
        if wide.kind == "builtin" and narrow.kind == "builtin":
            return wide.name == "float" and narrow.name == "int"
        if wide.kind == narrow.kind and wide.kind in ("list", "dict"):
            return self.accepts(wide.args[0], narrow.args[0])
        return False

    def _expand(self, ref: TypeRef) -> TypeRef:
        if ref.kind == "named" and ref.name in self._enums:
            return TypeRef("literal", values=self._enums[ref.name])
        if ref.discriminator:
            return TypeRef("union", args=ref.args)
        return ref

    def _accepts_literal(self, wide: TypeRef, values: Tuple[LiteralValue, ...]) -> bool:
        if wide.kind == "literal":
            return set(values) <= set(wide.values)
        if wide.kind == "builtin" and wide.name in _SCALARS:
            allowed = _SCALARS[wide.name]
            return all(
                isinstance(value, allowed) and (wide.name == "bool" or not isinstance(value, bool))
                for value in values
            )
        return False
