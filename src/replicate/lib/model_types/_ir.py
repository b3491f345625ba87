"""The plain data between reading a Cog schema and rendering a module: frozen, comparable, I/O-free.

One `ModelTypes` per model. Types are `TypeExpr` trees; the renderer decides how each kind is spelled
(`file_out` is `FileOutput` in the sync class and `AsyncFileOutput` in its async twin).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional, Tuple, Union

from typing_extensions import Literal

__all__ = ["DictField", "Input", "ModelTypes", "Output", "TypeExpr", "TypedDictDef"]

TypeKind = Literal[
    "str",
    "int",
    "float",
    "bool",
    "any",  # the schema says nothing we can use (`note` says why)
    "file_in",  # a `format: uri` input: a URL, a path, bytes or an open file
    "file_out",  # a `format: uri` output
    "secret",  # a `format: password` input
    "literal",  # `enum` choices
    "list",
    "dict",  # a mapping of str to `args[0]`
    "optional",
    "union",
    "typeddict",  # `name` is a `TypedDictDef` of the same model
]


@dataclass(frozen=True)
class TypeExpr:
    kind: TypeKind
    args: Tuple[TypeExpr, ...] = ()
    values: Tuple[Union[str, int, float, bool], ...] = ()
    name: str = ""
    note: str = ""  # why the type is looser than the schema, rendered as a comment

    def walk(self) -> Tuple[TypeExpr, ...]:
        """This type and every type inside it."""
        return (self, *(inner for arg in self.args for inner in arg.walk()))


@dataclass(frozen=True)
class Input:
    wire_name: str  # the key the API expects
    name: str  # the Python parameter name (differs for keywords and non-identifiers)
    type: TypeExpr
    required: bool
    default_json: str  # the schema's default as JSON text; "" when there is none
    description: str
    constraints: Tuple[str, ...]  # "minimum: 1", "format: uri" ... for the docstring
    nullable: bool

    @property
    def has_default(self) -> bool:
        return self.default_json != ""


@dataclass(frozen=True)
class DictField:
    wire_name: str
    type: TypeExpr
    required: bool
    description: str


@dataclass(frozen=True)
class TypedDictDef:
    name: str
    fields: Tuple[DictField, ...]
    description: str


@dataclass(frozen=True)
class Output:
    type: TypeExpr  # what `fn(...)` returns
    iterator: bool  # `x-cog-array-type: iterator`: the model streams
    concatenate: bool  # `x-cog-array-display: concatenate`: its items join into one string
    description: str


@dataclass(frozen=True)
class ModelTypes:
    model: str  # owner/name
    version: Optional[str]
    pinned_latest: bool  # the version was the latest when generated (none was asked for)
    class_name: str
    inputs: Tuple[Input, ...]
    output: Output
    typeddicts: Tuple[TypedDictDef, ...] = field(default=())
    input_notes: Tuple[str, ...] = field(default=())  # schema problems worth a comment

    @property
    def input_typeddict(self) -> str:
        return f"{self.class_name}Input"
