"""Stage 1: a version's Cog `openapi_schema` ► `ModelTypes` (plain data). Pure, and never raises on
an odd schema: whatever it cannot type precisely becomes a looser type with a note saying why."""

from __future__ import annotations

import json
from typing import Any, Dict, List, Mapping, Optional, Sequence, Tuple, cast

from ._ir import DictField, Input, ModelTypes, Output, TypedDictDef, TypeExpr
from ._names import class_name, parameter_names, pascal
from ._nodes import Node, components, mapping, resolve

__all__ = ["SchemaError", "read_model"]

_MAX_DEPTH = 32
_CONSTRAINTS = (
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "minLength",
    "maxLength",
    "pattern",
    "minItems",
    "maxItems",
    "format",
)
_SCALARS = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}
ANY = TypeExpr("any")


class SchemaError(ValueError):
    """The document is not a Cog `openapi_schema` at all (no `components.schemas.Input`)."""


def read_model(
    model: str,
    document: Mapping[str, Any],
    *,
    version: Optional[str],
    pinned_latest: bool,
    taken_class_names: Sequence[str] = (),
) -> ModelTypes:
    schemas = components(document)
    if not isinstance(schemas.get("Input"), Mapping):
        raise SchemaError(f"{model}: the schema has no components.schemas.Input; is it a Cog openapi_schema?")
    name = class_name(model, taken_class_names)
    reader = _Reader(schemas, name)
    inputs = reader.inputs(cast(Node, schemas["Input"]))
    output = reader.output(mapping(schemas.get("Output")))
    return ModelTypes(
        model=model,
        version=version,
        pinned_latest=pinned_latest,
        class_name=name,
        inputs=inputs,
        output=output,
        typeddicts=tuple(reader.typeddicts),
    )


class _Reader:
    def __init__(self, schemas: Node, class_name: str) -> None:
        self._schemas = schemas
        self._class = class_name
        self.typeddicts: List[TypedDictDef] = []
        self._names: Dict[str, int] = {}

    # -- inputs --------------------------------------------------------------------------------

    def inputs(self, component: Node) -> Tuple[Input, ...]:
        properties = mapping(component.get("properties"))
        required = {str(name) for name in _list(component.get("required"))}
        entries = [(str(wire), mapping(node)) for wire, node in properties.items()]
        position = {wire: index for index, (wire, _) in enumerate(entries)}
        entries.sort(key=lambda entry: (_order(entry[1], position[entry[0]]), position[entry[0]]))
        names = parameter_names(wire for wire, _ in entries)
        result: List[Input] = []
        for (wire, node), name in zip(entries, names):
            resolved = self._resolve(node)
            type_ = self._type(resolved, "in", f"{self._class}Input{pascal(wire)}", 0)
            nullable = _nullable(resolved) or type_.kind == "optional"
            result.append(
                Input(
                    wire_name=wire,
                    name=name,
                    type=type_,
                    required=wire in required,
                    default_json=_json(resolved["default"]) if "default" in resolved else "",
                    description=_text(resolved.get("description")),
                    constraints=_constraints(resolved),
                    nullable=nullable,
                )
            )
        return tuple(result)

    # -- output --------------------------------------------------------------------------------

    def output(self, component: Node) -> Output:
        resolved = self._resolve(component)
        iterator = resolved.get("x-cog-array-type") == "iterator"
        concatenate = iterator and resolved.get("x-cog-array-display") == "concatenate"
        description = _text(resolved.get("description"))
        if not component:
            return Output(TypeExpr("any", note="the schema has no Output"), False, False, description)
        type_ = self._type(resolved, "out", f"{self._class}Output", 0)
        if concatenate and type_.kind == "list" and type_.args[0].kind == "str":
            type_ = TypeExpr("str")
        return Output(type_, iterator, concatenate, description)

    # -- types ---------------------------------------------------------------------------------

    def _type(self, node: Node, direction: str, name: str, depth: int) -> TypeExpr:
        if depth > _MAX_DEPTH:
            return TypeExpr("any", note="nested too deeply")
        node = self._resolve(node)
        inner = self._plain_type(node, direction, name, depth)
        if _nullable(node) and inner.kind not in ("optional", "any"):
            return TypeExpr("optional", (inner,))
        return inner

    def _plain_type(self, node: Node, direction: str, name: str, depth: int) -> TypeExpr:
        if "enum" in node:
            return _literal(node.get("enum"))
        if "const" in node:
            return _literal([node.get("const")])
        for key in ("anyOf", "oneOf"):
            if isinstance(node.get(key), list):
                members = [self._type(mapping(item), direction, name, depth + 1) for item in node[key]]
                return _union(members)
        kind = node.get("type")
        if isinstance(kind, list):
            kinds = [str(item) for item in cast(List[object], kind)]
            members = [self._plain_type({**node, "type": item}, direction, name, depth + 1) for item in kinds]
            return _union(members)
        if kind is not None and not isinstance(kind, str):
            return TypeExpr("any", note="the schema's type is not a name")
        if kind == "null":
            return TypeExpr("optional", (ANY,))
        if kind == "string":
            return self._string(node, direction)
        if kind in _SCALARS:
            return TypeExpr(cast(Any, _SCALARS[kind]))
        if kind == "array":
            items = node.get("items")
            if not isinstance(items, Mapping):
                return TypeExpr("list", (TypeExpr("any", note="the array's items have no schema"),))
            return TypeExpr("list", (self._type(cast(Node, items), direction, name + "Item", depth + 1),))
        if kind == "object" or "properties" in node:
            return self._object(node, direction, name, depth)
        if kind is None:
            return TypeExpr("any", note="the schema gives no type")
        return TypeExpr("any", note=f"unsupported type {kind!r}")

    def _string(self, node: Node, direction: str) -> TypeExpr:
        format_ = node.get("format")
        if format_ == "uri":
            return TypeExpr("file_in" if direction == "in" else "file_out")
        if format_ == "password" and direction == "in":
            return TypeExpr("secret")
        return TypeExpr("str")

    def _object(self, node: Node, direction: str, name: str, depth: int) -> TypeExpr:
        properties = mapping(node.get("properties"))
        extra = node.get("additionalProperties")
        if not properties or direction == "in":
            if isinstance(extra, Mapping):
                return TypeExpr(
                    "dict", (self._type(cast(Node, extra), direction, name + "Value", depth + 1),)
                )
            return TypeExpr("dict", (ANY,))
        title = node.get("title")
        typed_name = self._unique(
            f"{self._class}{pascal(str(title))}" if isinstance(title, str) and name.endswith("Item") else name
        )
        required = {str(item) for item in _list(node.get("required"))}
        fields: List[DictField] = []
        for wire, child in properties.items():
            child_node = self._resolve(mapping(child))
            type_ = self._type(child_node, direction, typed_name + pascal(str(wire)), depth + 1)
            is_required = str(wire) in required
            if (
                not is_required
                and child_node.get("default") is None
                and type_.kind not in ("optional", "any")
            ):
                type_ = TypeExpr("optional", (type_,))  # pydantic writes a missing value as null
            fields.append(DictField(str(wire), type_, is_required, _text(child_node.get("description"))))
        self.typeddicts.append(TypedDictDef(typed_name, tuple(fields), _text(node.get("description"))))
        return TypeExpr("typeddict", name=typed_name)

    def _unique(self, name: str) -> str:
        count = self._names.get(name, 0)
        self._names[name] = count + 1
        return name if count == 0 else f"{name}{count + 1}"

    def _resolve(self, node: Node) -> Node:
        return resolve(node, self._schemas)


def _order(node: Node, position: int) -> float:
    order = node.get("x-order")
    return float(order) if isinstance(order, (int, float)) and not isinstance(order, bool) else 1e9 + position


def _nullable(node: Node) -> bool:
    return node.get("nullable") is True or node.get("x-nullable") is True


def _literal(values: object) -> TypeExpr:
    choices: List[Any] = []
    for value in _list(values):
        if isinstance(value, (str, int, float, bool)) and value not in choices:
            choices.append(value)
    if not choices:
        return TypeExpr("any", note="an enum with no values Python can spell")
    if all(isinstance(value, float) for value in choices):
        return TypeExpr("float", note=f"Literal cannot hold floats; one of {', '.join(map(repr, choices))}")
    if any(isinstance(value, float) for value in choices):
        return TypeExpr("any", note="Literal cannot hold floats")
    has_none = any(value is None for value in _list(values))
    literal = TypeExpr("literal", values=tuple(choices))
    return TypeExpr("optional", (literal,)) if has_none else literal


def _union(members: List[TypeExpr]) -> TypeExpr:
    nullable = any(member.kind == "optional" for member in members)
    flat: List[TypeExpr] = []
    for member in members:
        for item in member.args if member.kind in ("optional", "union") else (member,):
            if item not in flat and not (member.kind == "optional" and item == ANY and len(members) > 1):
                flat.append(item)
    if any(item.kind == "any" for item in flat):
        notes = [item.note for item in flat if item.note]
        core = TypeExpr("any", note=notes[0] if notes else "")
    elif len(flat) == 1:
        core = flat[0]
    elif not flat:
        core = ANY
    else:
        core = TypeExpr("union", tuple(flat))
    return TypeExpr("optional", (core,)) if nullable and core.kind != "any" else core


def _list(value: object) -> List[object]:
    return list(cast(List[object], value)) if isinstance(value, list) else []


def _text(value: object) -> str:
    text = " ".join(value.split()) if isinstance(value, str) else ""
    return "" if text == "An enumeration." else text  # what Cog writes on every enum component


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def _constraints(node: Node) -> Tuple[str, ...]:
    return tuple(
        f"{key}: {node[key]}"
        for key in _CONSTRAINTS
        if key in node and not isinstance(node[key], (dict, list))
    )
