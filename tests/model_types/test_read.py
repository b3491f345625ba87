"""Reading Cog schemas into plain data: names, types, defaults, notes; and never a crash."""

from __future__ import annotations

import json
from typing import Any, Dict

from hypothesis import given, settings, strategies as st

from replicate.lib.model_types._ir import Input, ModelTypes, TypeExpr
from replicate.lib.model_types._names import class_name, parameter_names
from replicate.lib.model_types._read import read_model
from replicate.lib.model_types.generate import ModelSchema, generate_from_schemas

from .corpus import CORPUS, KITCHEN_SINK, cog_document


def _read(document: Dict[str, Any], model: str = "a/model") -> ModelTypes:
    return read_model(model, document, version="f" * 64, pinned_latest=True)


def _inputs(model: ModelTypes) -> Dict[str, Input]:
    return {item.wire_name: item for item in model.inputs}


def test_inputs_follow_x_order_and_unordered_ones_come_last() -> None:
    names = [item.wire_name for item in _read(KITCHEN_SINK).inputs]
    assert names[:4] == ["prompt", "steps", "aspect_ratio", "num_outputs"]
    assert names[-2:] == ["no_order_b", "no_order_a"]


def test_cog_enums_behind_allof_become_literals() -> None:
    inputs = _inputs(_read(KITCHEN_SINK))
    assert inputs["aspect_ratio"].type == TypeExpr(
        "literal", values=("1:1", "16:9", "21:9", "3:2", "2:3", "4:5", "5:4", "9:16")
    )
    assert inputs["num_outputs"].type.values == (1, 2, 3, 4) and inputs["num_outputs"].default_json == "1"
    assert inputs["aspect_ratio"].description == "Width to height"  # not the component's "An enumeration."


def test_names_python_cannot_take_are_aliased_without_collisions() -> None:
    inputs = _inputs(_read(KITCHEN_SINK))
    assert {
        wire: inputs[wire].name
        for wire in ("class", "lambda", "lora-scale", "lora_scale", "2x", "self", "my name")
    } == {
        "class": "class_",
        "lambda": "lambda_",
        "lora-scale": "lora_scale2",
        "lora_scale": "lora_scale",
        "2x": "_2x",
        "self": "self_",
        "my name": "my_name",
    }
    assert parameter_names(["from", "from_", "import"]) == ["from_2", "from_", "import_"]


def test_files_secrets_lists_and_nullables() -> None:
    inputs = _inputs(_read(KITCHEN_SINK))
    assert inputs["image"].type.kind == "file_in" and inputs["image"].required
    assert inputs["masks"].type == TypeExpr("list", (TypeExpr("file_in"),))
    assert inputs["token"].type.kind == "secret"
    assert inputs["negative"].type == TypeExpr("optional", (TypeExpr("str"),)) and inputs["negative"].nullable
    assert inputs["union"].type == TypeExpr("union", (TypeExpr("str"), TypeExpr("int")))
    assert json.loads(inputs["weights"].default_json) == [0.5, 1]


def test_unsupported_schemas_become_any_with_a_note() -> None:
    inputs = _inputs(_read(KITCHEN_SINK))
    assert inputs["odd_type"].type == TypeExpr("any", note="unsupported type 'tensor'")
    assert inputs["untyped"].type.kind == "any" and inputs["untyped"].type.note
    assert inputs["dangling"].type.kind == "any"
    assert (
        inputs["float_choice"].type.kind == "float"
        and "Literal cannot hold floats" in inputs["float_choice"].type.note
    )


def test_output_shapes() -> None:
    def output(name: str) -> TypeExpr:
        return _read(CORPUS[name]).output.type

    assert output("out/file") == TypeExpr("file_out")
    assert output("out/files") == TypeExpr("list", (TypeExpr("file_out"),))
    assert output("out/tokens") == TypeExpr("str")
    tokens, frames = _read(CORPUS["out/tokens"]).output, _read(CORPUS["out/frames"]).output
    assert tokens.iterator and tokens.concatenate and frames.iterator and not frames.concatenate
    assert output("out/frames") == TypeExpr("list", (TypeExpr("file_out"),))
    assert output("out/either") == TypeExpr(
        "optional", (TypeExpr("union", (TypeExpr("str"), TypeExpr("int"))),)
    )
    assert output("out/choice") == TypeExpr("literal", values=("yes", "no"))
    assert output("out/mapping") == TypeExpr("dict", (TypeExpr("any"),))
    assert _read(CORPUS["corpus/no-output"]).output.type.note == "the schema has no Output"


def test_object_outputs_become_typeddicts() -> None:
    model = _read(CORPUS["out/object"], "out/object")
    by_name = {definition.name: definition for definition in model.typeddicts}
    assert model.output.type == TypeExpr("typeddict", name="ObjectOutput")
    fields = {field.wire_name: field for field in by_name["ObjectOutput"].fields}
    assert fields["boxes"].type == TypeExpr("list", (TypeExpr("typeddict", name="ObjectBox"),))
    assert fields["scores"].type == TypeExpr("optional", (TypeExpr("dict", (TypeExpr("float"),)),))
    assert fields["count"].type == TypeExpr("int") and not fields["count"].required
    assert [field.wire_name for field in by_name["ObjectBox"].fields] == ["x", "y", "crop", "label-name"]


def test_class_names_avoid_each_other_and_the_module_names() -> None:
    assert class_name("black-forest-labs/flux-schnell") == "FluxSchnell"
    assert class_name("b/flux-schnell", ["FluxSchnell"]) == "BFluxSchnell"
    assert class_name("x/mapping") == "XMapping" and class_name("x/file") == "XFile"
    assert class_name("x/3d-gen") == "Model3dGen"


_json_scalar = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=5)
)
_schema_keys = st.sampled_from(
    [
        "type",
        "format",
        "enum",
        "items",
        "properties",
        "anyOf",
        "allOf",
        "$ref",
        "default",
        "nullable",
        "additionalProperties",
        "required",
        "x-order",
        "x-cog-array-type",
        "title",
        "description",
        "minimum",
    ]
)
_values = st.recursive(
    _json_scalar
    | st.sampled_from(
        [
            "string",
            "integer",
            "number",
            "boolean",
            "array",
            "object",
            "null",
            "uri",
            "password",
            "iterator",
            "#/components/schemas/Input",
            "#/components/schemas/Output",
        ]
    ),
    lambda children: (
        st.lists(children, max_size=3)
        | st.dictionaries(_schema_keys | st.text(max_size=4), children, max_size=4)
    ),
    max_leaves=20,
)


@settings(max_examples=150, deadline=None)
@given(
    inputs=st.dictionaries(st.text(max_size=6), _values, max_size=5),
    output=st.dictionaries(_schema_keys, _values, max_size=5),
)
def test_any_schema_renders_a_module_that_compiles(inputs: Dict[str, Any], output: Dict[str, Any]) -> None:
    """Whatever the schema holds, the generator writes a module Python can compile (never a crash)."""
    properties = {name: node if isinstance(node, dict) else {"type": node} for name, node in inputs.items()}
    document = cog_document(properties, output, required=tuple(list(properties)[:1]))
    text = generate_from_schemas([ModelSchema("fuzz/model", "a" * 64, document, False)])
    compile(text, "generated.py", "exec")
