"""Schema ► Python type, collecting the `types/` modules as a side effect."""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Tuple, cast

from typing_extensions import Literal

from .ir import Definition, Enum, Field, Model, TypeAlias, TypeModule, TypeRef
from .literals import python_literal
from .load import COMPONENT_NAME, SpecError, schema_types
from .naming import pascal_case, python_identifier, snake_case

__all__ = ["Direction", "TypeRegistry", "builtin", "default_source", "optional", "is_nullable"]

Direction = Literal["response", "param"]
Schema = Dict[str, Any]


def builtin(name: str) -> TypeRef:
    return TypeRef("builtin", name=name)


def optional(inner: TypeRef) -> TypeRef:
    return inner if inner.kind == "optional" else TypeRef("optional", args=(inner,))


def is_nullable(schema: Schema) -> bool:
    raw_type = schema.get("type")
    if schema.get("nullable") is True or (isinstance(raw_type, list) and "null" in raw_type):
        return True
    if schema.get("enum") and None in schema["enum"]:
        return True
    return any(member.get("type") == "null" for key in ("anyOf", "oneOf") for member in schema.get(key, []))


class TypeRegistry:
    def __init__(self) -> None:
        self._modules: dict[str, list[Definition]] = {}
        self._primary: dict[str, str] = {}
        self._named: dict[tuple[str, Direction], TypeRef] = {}
        self._owner: dict[str, str] = {}  # type name ► who defined it, to report clashes

    def modules(self) -> Tuple[TypeModule, ...]:
        return tuple(
            TypeModule(module=module, primary=self._primary[module], definitions=tuple(self._modules[module]))
            for module in sorted(self._modules)
        )

    def reference(
        self, schema: Schema, direction: Direction, context: str, module: str, location: str
    ) -> TypeRef:
        """The type of `schema` used where an inline object would be named `context` inside `module`."""
        nullable = is_nullable(schema)
        inner = self._non_null(schema, direction, context, module, location)
        return optional(inner) if nullable else inner

    def define_root(
        self, name: str, schema: Schema, direction: Direction, location: str, *, description: str = ""
    ) -> TypeRef:
        """A module of its own named after `name`, holding `schema` as a model or an alias."""
        module = self.open_module(name, location)
        if _is_object_with_properties(schema):
            self._define_model(name, schema, direction, module, location)
        else:
            value = self.reference(schema, direction, name, module, location)
            self._modules[module].append(TypeAlias(name, value, description or schema.get("description", "")))
        return TypeRef("named", name=name, module=module)

    def named_or_root(self, name: str, schema: Schema, location: str) -> TypeRef:
        """A response's type: the component it names, a plain scalar, or a new `types/<name>.py`."""
        component = schema.get(COMPONENT_NAME)
        if component is not None and (_is_object_with_properties(schema) or "enum" in schema):
            return self.reference(schema, "response", name, "", location)
        if _is_scalar(schema):
            return self.reference(schema, "response", name, "", location)
        return self.define_root(name, schema, "response", location)

    def open_module(self, name: str, location: str) -> str:
        """Opens `types/<snake name>.py` for `name` and the inline types nested in it."""
        module = snake_case(name)
        if module in self._modules:
            raise SpecError(location, f"module types/{module}.py is made twice")
        self._claim(name, location)
        self._primary[module] = name
        self._modules[module] = []
        return module

    def close_empty_module(self, module: str) -> None:
        if self._modules[module]:
            raise SpecError("", f"internal: types/{module}.py has definitions but no primary type")
        name = self._primary.pop(module)
        del self._modules[module]
        del self._owner[name]

    def define_params(self, name: str, fields: List[Field], module: str) -> TypeRef:
        self._modules[module].append(Model(name, "typeddict", tuple(fields)))
        return TypeRef("named", name=name, module=module)

    def _non_null(
        self, schema: Schema, direction: Direction, context: str, module: str, location: str
    ) -> TypeRef:
        component = schema.get(COMPONENT_NAME)
        if component is not None and (_is_object_with_properties(schema) or "enum" in schema):
            return self._component(component, schema, direction)
        if "allOf" in schema:
            return self.reference(schema["allOf"][0], direction, context, module, location + "/allOf/0")
        if "enum" in schema:
            return TypeRef("literal", values=tuple(value for value in schema["enum"] if value is not None))
        if "const" in schema and schema["const"] is not None:
            return TypeRef("literal", values=(schema["const"],))
        for key in ("anyOf", "oneOf"):
            if key in schema and "discriminator" in schema and direction == "response":
                return self._discriminated(schema, key, context, module, location)
            if key in schema:
                members = [
                    self.reference(
                        member, direction, f"{context}Variant{index}", module, f"{location}/{key}/{index}"
                    )
                    for index, member in enumerate(schema[key])
                    if member.get("type") != "null"
                ]
                return _union(members)
        types = schema_types(schema)
        if len(types) > 1:
            return _union([self._single(t, schema, direction, context, module, location) for t in types])
        if not types:
            if "properties" in schema:
                return self._single("object", schema, direction, context, module, location)
            return builtin("object")
        return self._single(types[0], schema, direction, context, module, location)

    def _single(
        self, schema_type: str, schema: Schema, direction: Direction, context: str, module: str, location: str
    ) -> TypeRef:
        if schema_type == "string":
            return _string(schema, direction, location)
        if schema_type in ("integer", "number", "boolean"):
            return builtin({"integer": "int", "number": "float", "boolean": "bool"}[schema_type])
        if schema_type == "array":
            item = self.reference(schema["items"], direction, context, module, location + "/items")
            return TypeRef("list", args=(item,))
        if _is_object_with_properties(schema):
            return self._define_model(context, schema, direction, module, location)
        extra = schema.get("additionalProperties")
        if isinstance(extra, dict) and extra:
            value = self.reference(cast(Schema, extra), direction, context + "Item", module, location)
            return TypeRef("dict", args=(value,))
        return TypeRef("dict", args=(builtin("object"),))

    def _discriminated(self, schema: Schema, key: str, context: str, module: str, location: str) -> TypeRef:
        """A union of component models that pydantic tells apart by one required literal property."""
        discriminator: Schema = schema["discriminator"]
        name: str = discriminator["propertyName"]
        members = [member for member in schema[key] if member.get("type") != "null"]
        tags: Dict[str, str] = {}
        refs: List[TypeRef] = []
        for index, member in enumerate(members):
            where = f"{location}/{key}/{index}"
            tag = _discriminator_tag(member, name, where)
            if tag in tags:
                raise SpecError(where, f"discriminator value {tag!r} is also used by {tags[tag]}")
            tags[tag] = member[COMPONENT_NAME]
            refs.append(self.reference(member, "response", f"{context}Variant{index}", module, where))
        for tag, target in discriminator.get("mapping", {}).items():
            component = target.rsplit("/", 1)[-1]
            if tags.get(tag) != component:
                raise SpecError(
                    f"{location}/discriminator/mapping",
                    f"{tag!r} maps to {component!r}, whose {name!r} is not {tag!r}",
                )
        return TypeRef("union", args=tuple(refs), discriminator=name)

    def _component(self, component: str, schema: Schema, direction: Direction) -> TypeRef:
        is_enum = "enum" in schema
        key: tuple[str, Direction] = (component, "response" if is_enum else direction)
        if key in self._named:
            return self._named[key]
        name = component if is_enum or direction == "response" else component + "Param"
        module = snake_case(name)
        ref = TypeRef("named", name=name, module=module)
        self._named[key] = ref  # before recursing, so cycles end here
        location = f"/components/schemas/{component}"
        self.open_module(name, location)
        if is_enum:
            values = tuple(value for value in schema["enum"] if value is not None)
            self._modules[module].append(Enum(name, values, schema.get("description", "")))
        else:
            self._define_model(name, schema, direction, module, location)
        return ref

    def _define_model(
        self, name: str, schema: Schema, direction: Direction, module: str, location: str
    ) -> TypeRef:
        if module not in self._modules:
            raise SpecError(location, f"internal: module {module!r} was not opened")
        if name != self._primary.get(module):
            self._claim(name, location)
        required = set(schema.get("required", []))
        fields: List[Field] = []
        taken: dict[str, str] = {}
        for wire_name, member in schema.get("properties", {}).items():
            member_location = f"{location}/properties/{wire_name}"
            if member.get("readOnly" if direction == "param" else "writeOnly"):
                continue
            python_name = python_identifier(wire_name)
            if python_name in taken:
                raise SpecError(
                    member_location, f"{wire_name!r} and {taken[python_name]!r} are both {python_name!r}"
                )
            taken[python_name] = wire_name
            context = name + pascal_case(wire_name)
            field_type = self.reference(member, direction, context, module, member_location)
            is_required = wire_name in required
            if direction == "response" and not is_required:
                field_type = optional(field_type)
            fields.append(
                Field(
                    name=python_name,
                    wire_name=wire_name,
                    type=field_type,
                    required=is_required,
                    description=member.get("description", ""),
                    deprecated=bool(member.get("deprecated", False)),
                    default=default_source(member),
                    secret=member.get("format") == "password",
                )
            )
        kind: Literal["model", "typeddict"] = "model" if direction == "response" else "typeddict"
        self._modules[module].append(Model(name, kind, tuple(fields), schema.get("description", "")))
        return TypeRef("named", name=name, module=module)

    def _claim(self, name: str, location: str) -> None:
        if name in self._owner:
            raise SpecError(location, f"type name {name!r} is already used by {self._owner[name]}")
        self._owner[name] = location


def default_source(schema: Schema) -> Optional[str]:
    """The schema's `default` as Python source, or None when it has none."""
    return python_literal(schema["default"]) if "default" in schema else None


def _discriminator_tag(member: Schema, name: str, location: str) -> str:
    """The one value a discriminated union's variant declares for the discriminator property."""
    if COMPONENT_NAME not in member or not _is_object_with_properties(member):
        raise SpecError(location, "a discriminated union's variants must be object components ($ref)")
    where = f"{location} ({member[COMPONENT_NAME]})"
    prop: Optional[Schema] = member["properties"].get(name)
    if prop is None or name not in member.get("required", []):
        raise SpecError(where, f"the discriminator property {name!r} must be a required property")
    values = [prop["const"]] if "const" in prop else list(prop.get("enum") or [])
    if len(values) != 1 or not isinstance(values[0], str):
        raise SpecError(
            where, f"the discriminator property {name!r} must have one string value (const or enum)"
        )
    return values[0]


def _is_scalar(schema: Schema) -> bool:
    types = schema_types(schema)
    if any(key in schema for key in ("anyOf", "oneOf", "allOf", "enum")):
        return False
    if types == ["object"] or not types:
        return not schema.get("properties") and not isinstance(schema.get("additionalProperties"), dict)
    return all(t in ("string", "integer", "number", "boolean") for t in types)


def _is_object_with_properties(schema: Schema) -> bool:
    types = schema_types(schema)
    return bool(schema.get("properties")) and ("object" in types or not types)


def _string(schema: Schema, direction: Direction, location: str) -> TypeRef:
    schema_format = schema.get("format")
    if schema_format == "binary":
        if direction == "response":
            raise SpecError(location, "binary strings are only supported in request bodies and raw responses")
        return TypeRef("file")
    if schema_format in ("date-time", "date"):
        moment = TypeRef("datetime" if schema_format == "date-time" else "date")
        return moment if direction == "response" else _union([builtin("str"), moment])
    return builtin("str")


def _union(members: List[TypeRef]) -> TypeRef:
    unique: List[TypeRef] = []
    for member in members:
        for flat in member.args if member.kind == "union" else (member,):
            if flat not in unique:
                unique.append(flat)
    return unique[0] if len(unique) == 1 else TypeRef("union", args=tuple(unique))
