"""Schema ► Python type, collecting the `types/` modules as a side effect."""

from __future__ import annotations

import keyword
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
        self._class_names: dict[str, str] = {}  # component ► its class name
        self._component_modules: set[str] = set()  # the modules component classes live in

    def name_components(self, components: List[str]) -> None:
        """Class names for the components, PascalCase identifiers; two that come out alike are an error."""
        seen: dict[str, str] = {}
        for component in components:
            name = type_name(component)
            if name in seen:
                raise SpecError(
                    f"/components/schemas/{component}",
                    f"its class name {name!r} is also the name of component {seen[name]!r}",
                )
            seen[name] = component
            self._class_names[component] = name
        self._component_modules = {snake_case(name) for name in seen}

    def _param_name(self, component: str) -> str:
        """`Pet` ► `PetParam`, unless a component is itself called that (then `PetInputParam`)."""
        base = self._class_name(component)
        for candidate in (f"{base}Param", f"{base}InputParam"):
            if snake_case(candidate) not in self._component_modules:
                return candidate
        raise SpecError(f"/components/schemas/{component}", f"no free name for its request type {base}Param")

    def _class_name(self, component: str) -> str:
        return self._class_names.get(component) or type_name(component)

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
            # An inline item of an array alias is its own model: `XResponse = List[XResponseItem]`.
            inner = name + "Item" if schema_types(schema) == ["array"] else name
            value = self.reference(schema, direction, inner, module, location)
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
                discriminated = self._discriminated(schema, key, context, module, location)
                if discriminated is not None:
                    return discriminated
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
            if not isinstance(schema.get("items"), dict):
                return TypeRef("list", args=(builtin("object"),))
            item = self.reference(schema["items"], direction, context, module, location + "/items")
            return TypeRef("list", args=(item,))
        if _is_object_with_properties(schema):
            return self._define_model(context, schema, direction, module, location)
        extra = schema.get("additionalProperties")
        if isinstance(extra, dict) and extra:
            value = self.reference(cast(Schema, extra), direction, context + "Item", module, location)
            return TypeRef("dict", args=(value,))
        return TypeRef("dict", args=(builtin("object"),))

    def _discriminated(
        self, schema: Schema, key: str, context: str, module: str, location: str
    ) -> Optional[TypeRef]:
        """A union of component models that pydantic tells apart by one required literal property.

        None when the spec's discriminator cannot type the union (inline variants, the property not
        required, a value shared by variants, a mapping that disagrees): it stays a plain union.
        """
        discriminator: Schema = schema["discriminator"]
        name: str = discriminator["propertyName"]
        members = [member for member in schema[key] if member.get("type") != "null"]
        tags: Dict[str, str] = {}
        for member in members:
            tag = _discriminator_tag(member, name)
            if tag is None or tag in tags:
                return None
            tags[tag] = member[COMPONENT_NAME]
        for tag, target in discriminator.get("mapping", {}).items():
            if tags.get(tag) != target.rsplit("/", 1)[-1]:
                return None
        refs = [
            self.reference(
                member, "response", f"{context}Variant{index}", module, f"{location}/{key}/{index}"
            )
            for index, member in enumerate(members)
        ]
        return TypeRef("union", args=tuple(refs), discriminator=name)

    def _component(self, component: str, schema: Schema, direction: Direction) -> TypeRef:
        is_enum = "enum" in schema
        key: tuple[str, Direction] = (component, "response" if is_enum else direction)
        if key in self._named:
            return self._named[key]
        name = (
            self._class_name(component) if is_enum or direction == "response" else self._param_name(component)
        )
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
            python_name = field_identifier(wire_name, direction)
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


# Names a pydantic field must not take: BaseModel's own attributes, and the builtins the generated
# annotations use (a field `str: ... = None` would rebind `str` for the rest of the class body).
_MODEL_RESERVED = frozenset(
    {
        "construct",
        "copy",
        "dict",
        "fields",
        "json",
        "parse_file",
        "parse_obj",
        "parse_raw",
        "schema",
        "schema_json",
        "update_forward_refs",
        "validate",
        "from_orm",
        "model_config",
        "model_fields",
        "model_computed_fields",
        "model_extra",
        "model_fields_set",
        "model_construct",
        "model_copy",
        "model_dump",
        "model_dump_json",
        "model_json_schema",
        "model_parametrized_name",
        "model_post_init",
        "model_rebuild",
        "model_validate",
        "model_validate_json",
        "model_validate_strings",
        "str",
        "int",
        "float",
        "bool",
        "object",
        "date",
        "datetime",
    }
)


def field_identifier(wire_name: str, direction: Direction) -> str:
    """The Python name of a property: a model attribute (aliased when it differs) or a TypedDict key.

    TypedDict keys are the wire names themselves (render as the functional form when a wire name is
    not an identifier). Model attributes never start with `_` (pydantic would make them private).
    """
    if direction == "param":
        return (
            wire_name
            if wire_name.isidentifier() and not keyword.iskeyword(wire_name)
            else python_identifier(wire_name)
        )
    name = python_identifier(wire_name)
    if name.startswith("_"):
        stripped = name.lstrip("_")
        name = "field_" + stripped if not stripped or stripped[0].isdigit() else stripped
    if name in _MODEL_RESERVED:
        name += "_"
    return name


def type_name(name: str) -> str:
    """A spec name as a class name: `pullrequest` ► `Pullrequest`, `Error-2` ► `Error2`, `2fa` ► `T2fa`."""
    pascal = pascal_case(name)
    if not pascal or pascal[0].isdigit():
        pascal = "T" + pascal
    return pascal if pascal.isidentifier() and not keyword.iskeyword(pascal) else "T" + snake_case(pascal)


def default_source(schema: Schema) -> Optional[str]:
    """The schema's `default` as Python source, or None when it has none."""
    return python_literal(schema["default"]) if "default" in schema else None


def _discriminator_tag(member: Schema, name: str) -> Optional[str]:
    """The one string a variant (an object component) declares for the discriminator property."""
    if COMPONENT_NAME not in member or not _is_object_with_properties(member):
        return None
    prop: Optional[Schema] = member["properties"].get(name)
    if prop is None or name not in member.get("required", []):
        return None
    values = [prop["const"]] if "const" in prop else list(prop.get("enum") or [])
    if len(values) != 1 or not isinstance(values[0], str):
        return None
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
        # Sent, it is a file; received inside JSON it can only be text.
        return TypeRef("file") if direction == "param" else builtin("str")
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
