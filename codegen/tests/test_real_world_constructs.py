"""What stopped real specs or came out wrong (issue 12), each shown by the smallest spec that has it."""

from __future__ import annotations

import json
from typing import Any, Dict, List, Optional

import pytest

from codegen.build import build_api
from codegen.config import Config, config_from_dict
from codegen.ir import Api, Credential, Events, Field, Method, Model, TypeAlias, TypeRef
from codegen.load import SpecError, parse_spec
from codegen.output import format_files
from codegen.render import render_all
from codegen.samples import fits, sample

from .helpers import REPO_ROOT

Json = Dict[str, Any]
STR = TypeRef("builtin", name="str")
INT = TypeRef("builtin", name="int")
OBJECT = TypeRef("builtin", name="object")
NO_SCOPES: List[str] = []


def _config(**extra: object) -> Config:
    return config_from_dict({"package": "demo", "client": {"sync": "Demo", "async": "AsyncDemo"}, **extra})


def _spec(paths: Json, schemas: Optional[Json] = None, version: str = "3.1.0", **top: object) -> str:
    document: Json = {"openapi": version, "info": {"title": "t", "version": "1"}, "paths": paths, **top}
    if schemas is not None:
        document.setdefault("components", {})["schemas"] = schemas
    return json.dumps(document)


def _api(text: str, config: Optional[Config] = None) -> Api:
    return build_api(parse_spec(text), config or _config(), text.encode())


def _ok(schema: Optional[Json] = None) -> Json:
    if schema is None:
        return {"200": {"description": "ok"}}
    return {"200": {"description": "ok", "content": {"application/json": {"schema": schema}}}}


def _op(operation_id: Optional[str] = None, **rest: object) -> Json:
    operation: Json = {"responses": _ok(), **rest}
    if operation_id is not None:
        operation["operationId"] = operation_id
    return operation


def _method(api: Api, name: str) -> Method:
    return next(
        method for resource in api.all_resources() for method in resource.methods if method.name == name
    )


def _places(api: Api) -> List[str]:
    return sorted(
        ".".join((*resource.path, method.name))
        for resource in api.all_resources()
        for method in resource.methods
    )


def _definition(api: Api, name: str) -> Any:
    return next(d for module in api.types for d in module.definitions if d.name == name)


def _fields(api: Api, name: str) -> Dict[str, Field]:
    model = _definition(api, name)
    assert isinstance(model, Model)
    return {field.wire_name: field for field in model.fields}


def _body_schema(schema: Json, media: str = "application/json") -> Json:
    return {"content": {media: {"schema": schema}}}


# 1. operationIds that are not `resource.method`


def test_operation_ids_of_any_style_become_snake_case_methods_placed_by_the_configured_strategy() -> None:
    text = _spec(
        {
            "/pets": {"get": _op("listPets", tags=["Pets"]), "post": _op("create-pet", tags=["Pets"])},
            "/pets/{id}": {
                "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "get": _op("find pet by id", tags=["Pets"]),
                "delete": _op(tags=["Pets"]),
            },
        }
    )
    assert _places(_api(text)) == ["create_pet", "delete_pets_id", "find_pet_by_id", "list_pets"]
    assert _places(_api(text, _config(placement="tags"))) == [
        "pets.create_pet",
        "pets.delete_pets_id",
        "pets.find_pet_by_id",
        "pets.list_pets",
    ]
    assert _places(_api(text, _config(placement="path")))[0] == "pets.create_pet"
    override = _config(placement="tags", operations={"find pet by id": {"method": "get"}})
    assert "pets.get" in _places(_api(text, override))  # config names only the exception


def test_camel_case_parameter_names_become_snake_case_keywords_sent_under_their_wire_names() -> None:
    parameter = {"name": "petId", "in": "query", "schema": {"type": "string"}}
    api = _api(_spec({"/pets": {"get": _op("pets.list", parameters=[parameter])}}))
    param = _method(api, "list").params[0]
    assert (param.name, param.wire_name) == ("pet_id", "petId")


# 2. several media types


def test_json_is_chosen_among_request_media_types_and_form_binary_and_text_bodies_are_generated() -> None:
    pet = {"type": "object", "properties": {"name": {"type": "string"}}}
    text = _spec(
        {
            "/json": {
                "post": _op(
                    "a.json",
                    requestBody=_body_schema(pet)
                    | {
                        "content": {
                            "application/xml": {"schema": pet},
                            "application/json": {"schema": pet},
                            "application/x-www-form-urlencoded": {"schema": pet},
                        }
                    },
                )
            },
            "/form": {
                "post": _op("a.form", requestBody=_body_schema(pet, "application/x-www-form-urlencoded"))
            },
            "/bytes": {
                "post": _op(
                    "a.bytes", requestBody=_body_schema({"type": "string", "format": "binary"}, "image/*")
                )
            },
            "/octets": {"post": _op("a.octets", requestBody=_body_schema({}, "application/octet-stream"))},
            "/text": {"post": _op("a.text", requestBody=_body_schema({"type": "string"}, "text/plain"))},
        }
    )
    api = _api(text)
    assert [
        (m.body, m.body_media) for m in (_method(api, n) for n in ("json", "form", "bytes", "octets", "text"))
    ] == [
        ("json", ""),
        ("form", ""),
        ("binary", "application/octet-stream"),
        ("binary", "application/octet-stream"),
        ("text", ""),
    ]
    assert _method(api, "bytes").params[0].type == TypeRef("file_content")
    code = render_all(api)["src/demo/resources/a.py"]
    assert "body=content," in code and 'media_type="application/octet-stream"' in code


def _answers(content: Json) -> Json:
    return {"200": {"description": "ok", "content": content}}


TICK = {"type": "object", "required": ["n"], "properties": {"n": {"type": "integer"}}}


def test_an_event_stream_alone_is_a_typed_stream_and_beside_json_without_a_flag_json_is_kept() -> None:
    envelope = {
        "type": "object",
        "properties": {
            "event": {"type": "string"},
            "data": {"type": "string", "contentMediaType": "application/json", "contentSchema": TICK},
        },
    }
    streams = {
        "/both": _answers({"text/event-stream": {"schema": TICK}, "application/json": {"schema": TICK}}),
        "/typed": _answers({"text/event-stream": {"schema": TICK}}),
        "/text": _answers({"text/event-stream": {"schema": {"type": "string"}}}),
        "/bare": _answers({"text/event-stream": {}}),
        "/item": _answers({"text/event-stream": {"itemSchema": envelope}}),
        "/plain": _answers({"text/event-stream": {}, "text/plain": {"schema": {"type": "string"}}}),
    }
    paths = {path: {"get": _op(f"a.{path[1:]}", responses=answer)} for path, answer in streams.items()}
    api = _api(_spec(paths))
    assert (_method(api, "both").response, _method(api, "both").events) == ("json", None)
    assert (_method(api, "plain").response, _method(api, "plain").events) == ("text", None)
    for name in ("typed", "item"):
        method = _method(api, name)
        assert method.response == "sse" and method.events is not None
        assert _fields(api, _type_name(method.events.item))["n"].type == INT
    for name in ("text", "bare"):
        assert _method(api, name).events == Events(None)  # the raw events
    code = render_all(api)["src/demo/resources/a.py"]
    assert (
        'TYPED: Operation[Stream[ATypedEvent]] = Operation("get", "/typed", ATypedEvent, response="sse"'
        in code
    )
    assert "ASYNC_TEXT: Operation[AsyncStream[ServerSentEvent]]" in code
    assert "    ) -> Stream[ATypedEvent]:" in code and "    ) -> AsyncStream[ATypedEvent]:" in code
    tests = render_all(api)["tests/api_resources/test_a.py"]
    assert "def test_method_both(" in tests and "test_method_typed" not in tests  # Prism cannot stream events


def _type_name(ref: Optional[TypeRef]) -> str:
    assert ref is not None and ref.kind == "named"
    return ref.name


def test_json_or_an_event_stream_chosen_by_a_stream_flag_becomes_overloads() -> None:
    body = {
        "type": "object",
        "required": ["prompt"],
        "properties": {"prompt": {"type": "string"}, "stream": {"type": ["boolean", "null"]}},
    }
    answers = _answers(
        {
            "application/json": {"schema": {"$ref": "#/components/schemas/Done"}},
            "text/event-stream": {"schema": TICK},
        }
    )
    done = {"type": "object", "properties": {"id": {"type": "string"}}}
    operation = _op("chat.create", requestBody={"required": True, **_body_schema(body)}, responses=answers)
    api = _api(_spec({"/chat": {"post": operation}}, {"Done": done}))
    method = _method(api, "create")
    assert (method.response, method.events) == (
        "json",
        Events(TypeRef("named", "ChatCreateEvent", "chat_create_event"), "stream"),
    )
    assert next(param for param in method.params if param.name == "stream").example is False
    code = render_all(api)["src/demo/resources/chat.py"]
    assert code.count("@overload") == 6  # three per flavor
    for expected in (
        "stream: Optional[Literal[False]] | NotGiven = NOT_GIVEN,",
        "stream: Literal[True],",
        "stream: Optional[bool] | NotGiven = NOT_GIVEN,",
        "    ) -> Stream[ChatCreateEvent]: ...",
        "    ) -> Union[Done, AsyncStream[ChatCreateEvent]]: ...",
        'stream_flag="stream", events=ChatCreateEvent',
        "ASYNC_CREATE: Operation[Union[Done, AsyncStream[ChatCreateEvent]]]",
    ):
        assert expected in code, expected
    # Without a `stream` flag, or with one that is not a boolean, JSON stays the only answer.
    for flag in ({}, {"stream": {"type": "string"}}):
        plain = {**body, "properties": {"prompt": {"type": "string"}, **flag}}
        operation = _op("chat.create", requestBody=_body_schema(plain), responses=answers)
        assert _method(_api(_spec({"/chat": {"post": operation}}, {"Done": done})), "create").events is None


# 3. $ref with siblings


def test_a_ref_with_sibling_keys_keeps_its_target_type_and_nullable_makes_it_optional() -> None:
    schemas: Json = {"Pet": {"type": "object", "properties": {"name": {"type": "string"}}}}
    owner = {
        "type": "object",
        "properties": {
            "pet": {"$ref": "#/components/schemas/Pet", "nullable": True, "description": "The pet."},
            "best": {"$ref": "#/components/schemas/Pet", "title": "Best", "description": "Annotated only."},
        },
        "required": ["pet", "best"],
    }
    schemas["Owner"] = owner
    api = _api(
        _spec({"/o": {"get": _op("o.get", responses=_ok({"$ref": "#/components/schemas/Owner"}))}}, schemas)
    )
    pet = TypeRef("named", name="Pet", module="pet")
    assert _fields(api, "Owner")["pet"].type == TypeRef("optional", args=(pet,))
    assert _fields(api, "Owner")["best"].type == pet


# 4. required names not among properties


def test_required_names_without_a_property_are_ignored() -> None:
    schema = {"type": "object", "properties": {"a": {"type": "string"}}, "required": ["a", "b"]}
    merged = {"allOf": [{"$ref": "#/components/schemas/A"}, {"required": ["c"]}]}
    api = _api(
        _spec(
            {"/a": {"get": _op("a.get", responses=_ok({"$ref": "#/components/schemas/B"}))}},
            {"A": schema, "B": merged},
        )
    )
    assert [field.wire_name for field in _model_fields(api, "B") if field.required] == ["a"]


def _model_fields(api: Api, name: str) -> List[Field]:
    return list(_fields(api, name).values())


# 5. discriminators that cannot type a union


@pytest.mark.parametrize(
    "variant_b",
    [
        {"type": "object", "properties": {"kind": {"const": "b"}}},  # the property is not required
        {"type": "object", "properties": {"kind": {"type": "string"}}, "required": ["kind"]},  # no value
        {"type": "object", "properties": {"kind": {"const": "a"}}, "required": ["kind"]},  # a shared value
    ],
)
def test_a_discriminator_that_cannot_type_the_union_leaves_a_plain_union(variant_b: Json) -> None:
    schemas = {
        "A": {"type": "object", "properties": {"kind": {"const": "a"}}, "required": ["kind"]},
        "B": variant_b,
        "U": {
            "oneOf": [{"$ref": "#/components/schemas/A"}, {"$ref": "#/components/schemas/B"}],
            "discriminator": {"propertyName": "kind"},
        },
    }
    api = _api(
        _spec({"/u": {"get": _op("u.get", responses=_ok({"$ref": "#/components/schemas/U"}))}}, schemas)
    )
    alias = _definition(api, "UGetResponse")
    assert isinstance(alias, TypeAlias) and alias.type.kind == "union" and alias.type.discriminator == ""


def test_inline_variants_and_a_discriminator_without_one_of_are_accepted() -> None:
    inline = {
        "oneOf": [{"type": "object", "properties": {"kind": {"const": "a"}}}, {"type": "string"}],
        "discriminator": {"propertyName": "kind"},
    }
    alone = {
        "type": "object",
        "properties": {"kind": {"type": "string"}},
        "discriminator": {"propertyName": "kind"},
    }
    api = _api(
        _spec(
            {
                "/a": {"get": _op("a.get", responses=_ok(inline))},
                "/b": {"get": _op("b.get", responses=_ok(alone))},
            }
        )
    )
    assert _method(api, "get").returns is not None


# 6. a body property named like a path or query parameter


def test_a_body_property_named_like_a_parameter_gets_a_distinct_keyword() -> None:
    parameters = [
        {"name": "username", "in": "path", "required": True, "schema": {"type": "string"}},
        {"name": "id", "in": "query", "schema": {"type": "string"}},
    ]
    body = {"type": "object", "properties": {"username": {"type": "string"}, "id": {"type": "integer"}}}
    api = _api(
        _spec({"/u/{username}": {"put": _op("u.put", parameters=parameters, requestBody=_body_schema(body))}})
    )
    assert [(p.name, p.wire_name, p.location) for p in _method(api, "put").params] == [
        ("username", "username", "path"),
        ("username_body", "username", "body"),
        ("id", "id", "body"),
        ("id_query", "id", "query"),
    ]


# 7. allOf members with nullable, oneOf/anyOf or overlapping properties


def test_all_of_with_a_nullable_member_a_one_of_member_and_overlapping_properties() -> None:
    schemas = {
        "Base": {"type": "object", "properties": {"id": {"type": "string"}, "n": {"type": "integer"}}},
        "Nullable": {"allOf": [{"$ref": "#/components/schemas/Base"}, {"nullable": True}]},
        "Mixed": {
            "allOf": [
                {"$ref": "#/components/schemas/Base"},
                {
                    "oneOf": [
                        {"type": "object", "properties": {"x": {"type": "string"}}, "required": ["x"]},
                        {"type": "object", "properties": {"y": {"type": "string"}}},
                    ]
                },
                {"properties": {"n": {"type": "integer", "description": "Restated."}}, "required": ["n"]},
            ]
        },
        "Holder": {"type": "object", "properties": {"base": {"$ref": "#/components/schemas/Nullable"}}},
    }
    api = _api(
        _spec(
            {
                "/m": {"get": _op("m.get", responses=_ok({"$ref": "#/components/schemas/Mixed"}))},
                "/h": {"get": _op("h.get", responses=_ok({"$ref": "#/components/schemas/Holder"}))},
            },
            schemas,
        )
    )
    mixed = _fields(api, "Mixed")
    assert list(mixed) == ["id", "n", "x", "y"]
    assert [name for name, field in mixed.items() if field.required] == ["n"]
    base = _fields(api, "Holder")["base"].type
    assert base.kind == "optional" and base.args[0].name in ("Nullable", "Base")


# 8. format: binary inside a $ref'd multipart body


def test_a_binary_property_of_a_referenced_multipart_body_is_a_file() -> None:
    schemas = {
        "Upload": {
            "type": "object",
            "properties": {"file": {"type": "string", "format": "binary"}, "note": {"type": "string"}},
        }
    }
    body = _body_schema({"$ref": "#/components/schemas/Upload"}, "multipart/form-data")
    api = _api(_spec({"/up": {"post": _op("up.create", requestBody=body)}}, schemas))
    assert _method(api, "create").params[0].type == TypeRef("file")
    assert _fields(api, "Upload")["file"].type == TypeRef("optional", args=(STR,))  # as a response: text


# 9. arrays without items, propertyNames, not, const, webhooks only, no 2XX


def test_loose_schemas_and_an_operation_without_a_2xx_response() -> None:
    schema = {
        "type": "object",
        "properties": {
            "any": {"type": "array"},
            "named": {
                "type": "object",
                "propertyNames": {"pattern": "^[a-z]+$"},
                "additionalProperties": {"type": "integer"},
            },
            "not_null": {"not": {"type": "null"}},
            "fixed": {"const": "v1"},
        },
    }
    redirect = {"302": {"description": "elsewhere"}}
    api = _api(
        _spec(
            {
                "/a": {"get": _op("a.get", responses=_ok(schema))},
                "/r": {"get": _op("r.get", responses=redirect)},
            }
        )
    )
    fields = _fields(api, "AGetResponse")
    assert fields["any"].type.args[0] == TypeRef("list", args=(OBJECT,))
    assert fields["named"].type.args[0] == TypeRef("dict", args=(INT,))
    assert fields["fixed"].type.args[0] == TypeRef("literal", values=("v1",))
    r_get = next(m for r in api.all_resources() if r.path == ("r",) for m in r.methods)
    assert (r_get.response, r_get.documented_failure) == ("empty", 302)
    tests = render_all(api)["tests/api_resources/test_r.py"]
    assert "pytest.raises(APIStatusError)" in tests and "status_code == 302" in tests


def test_a_spec_with_webhooks_only_generates_an_empty_client() -> None:
    webhook = {"post": {"requestBody": _body_schema({"type": "object"}), "responses": _ok()}}
    text = json.dumps(
        {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "webhooks": {"newPet": webhook}}
    )
    api = _api(text)
    assert api.endpoint_count == 0
    assert "class Demo(" in render_all(api)["src/demo/_client.py"]


# 10. component names that are not identifiers; 11. X next to XParam


def test_component_names_become_class_names_and_x_beside_x_param_get_distinct_modules() -> None:
    schemas = {
        "Error-2": {"type": "object", "properties": {"code": {"type": "integer"}}},
        "pullrequest": {"type": "object", "properties": {"pullrequest": {"type": "string"}}},
        "Input": {"type": "object", "properties": {"a": {"type": "string"}}},
        "InputParam": {"type": "object", "properties": {"b": {"type": "string"}}},
    }
    body = _body_schema({"type": "object", "properties": {"input": {"$ref": "#/components/schemas/Input"}}})
    api = _api(
        _spec(
            {
                "/i": {
                    "post": _op(
                        "i.create",
                        requestBody=body | {"required": True},
                        responses=_ok({"$ref": "#/components/schemas/InputParam"}),
                    )
                }
            },
            schemas,
        )
    )
    names = {d.name: module.module for module in api.types for d in module.definitions}
    assert names["Error2"] == "error2" and names["Pullrequest"] == "pullrequest"
    assert names["InputParam"] == "input_param" and names["InputInputParam"] == "input_input_param"
    code = render_all(api)["src/demo/types/pullrequest.py"]
    assert "class Pullrequest(BaseModel):\n    pullrequest: Optional[str] = None" in code


def test_two_component_names_that_make_one_class_fail_at_the_second() -> None:
    schemas = {
        name: {"type": "object", "properties": {"a": {"type": "string"}}} for name in ("Pet-1", "Pet_1")
    }
    with pytest.raises(SpecError) as caught:
        _api(_spec({"/p": {"get": _op("p.get")}}, schemas))
    assert caught.value.location == "/components/schemas/Pet_1"


def test_an_unsupported_construct_names_its_location() -> None:
    schema = {"type": "object", "properties": {"a": {"if": {"type": "string"}}}}
    with pytest.raises(SpecError) as caught:
        _api(_spec({"/p": {"get": _op("p.get", responses=_ok(schema))}}))
    assert (
        caught.value.location == "/paths/~1p/get/responses/200/content/application~1json/schema/properties/a"
    )


# What generated but was wrong


def test_path_parameters_are_typed_from_their_schema() -> None:
    parameters = [
        {"name": "id", "in": "path", "required": True, "schema": {"type": "integer", "format": "int64"}},
        {"name": "kind", "in": "path", "required": True, "schema": {"type": "string", "enum": ["a", "b"]}},
        {"name": "uid", "in": "path", "required": True, "schema": {"type": "string", "format": "uuid"}},
    ]
    api = _api(_spec({"/p/{id}/{kind}/{uid}": {"get": _op("p.get", parameters=parameters)}}))
    assert [p.type for p in _method(api, "get").params] == [INT, TypeRef("literal", values=("a", "b")), STR]
    assert 'numeric_path=("id",)' in render_all(api)["src/demo/resources/p.py"]
    tests = render_all(api)["tests/api_resources/test_p.py"]
    assert 'match="uid"' in tests and 'match="id"' not in tests  # only str parameters can be passed ""


def test_an_inline_array_of_objects_response_names_its_item_model_apart_from_the_list() -> None:
    items = {"type": "array", "items": {"type": "object", "properties": {"id": {"type": "string"}}}}
    api = _api(_spec({"/p": {"get": _op("p.list", responses=_ok(items))}}))
    alias = _definition(api, "PListResponse")
    assert alias.type == TypeRef(
        "list", args=(TypeRef("named", name="PListResponseItem", module="p_list_response"),)
    )


def test_property_names_that_python_or_pydantic_cannot_take_are_aliased() -> None:
    names = ["1", "_id", "from", "schema", "copy", "str", "createdAt"]
    schema = {"type": "object", "properties": {name: {"type": "string"} for name in names}}
    api = _api(_spec({"/p": {"get": _op("p.get", responses=_ok(schema))}}, {"Thing": schema}))
    assert [field.name for field in _model_fields(api, "Thing")] == [
        "field_1",
        "id",
        "from_",
        "schema_",
        "copy_",
        "str_",
        "created_at",
    ]
    code = render_all(api)["src/demo/types/thing.py"]
    assert 'field_1: Optional[str] = FieldInfo(alias="1", default=None)' in code


def test_request_typed_dicts_keep_wire_names_in_the_functional_form_when_they_are_not_identifiers() -> None:
    schema = {"type": "object", "properties": {"from": {"type": "string"}, "maxTokens": {"type": "integer"}}}
    body = _body_schema({"type": "object", "properties": {"thing": {"$ref": "#/components/schemas/Thing"}}})
    api = _api(_spec({"/p": {"post": _op("p.create", requestBody=body)}}, {"Thing": schema}))
    code = render_all(api)["src/demo/types/thing_param.py"]
    assert (
        'ThingParam = TypedDict(\n    "ThingParam",\n    {\n        "from": str,\n        "maxTokens": int,'
        in code
    )


def test_security_schemes_become_per_operation_credentials_with_env_vars_from_config() -> None:
    schemes = {
        "bearer": {"type": "http", "scheme": "bearer"},
        "basic": {"type": "http", "scheme": "basic"},
        "key": {"type": "apiKey", "in": "header", "name": "X-Key"},
        "token": {"type": "apiKey", "in": "query", "name": "token"},
        "session": {"type": "apiKey", "in": "cookie", "name": "sid"},
    }
    paths = {
        "/a": {"get": _op("a.default")},
        "/b": {"get": _op("a.either", security=[{"key": NO_SCOPES}, {"basic": NO_SCOPES}])},
        "/c": {"get": _op("a.both", security=[{"token": NO_SCOPES, "session": NO_SCOPES}])},
        "/d": {"get": _op("a.open", security=NO_SCOPES)},
    }
    text = _spec(paths, components={"securitySchemes": schemes}, security=[{"bearer": NO_SCOPES}])
    api = _api(text, _config(auth={"key": "DEMO_KEY", "basic": "DEMO_BASIC"}))
    assert _method(api, "default").auth is None  # the runtime's bearer token
    assert _method(api, "either").auth == (
        (Credential("header", "key", "X-Key"),),
        (Credential("basic", "basic"),),
    )
    assert _method(api, "both").auth == (
        (Credential("cookie", "session", "sid"), Credential("query", "token", "token")),
    )
    assert _method(api, "open").auth == ((),)
    assert api.credential_env == (("basic", "DEMO_BASIC"), ("key", "DEMO_KEY"))
    files = render_all(api)
    assert (
        '_credential_env: ClassVar[Mapping[str, str]] = {"basic": "DEMO_BASIC", "key": "DEMO_KEY"}'
        in files["src/demo/_client.py"]
    )
    assert "auth=((),)" in files["src/demo/resources/a.py"]


def test_an_operation_requiring_an_unknown_scheme_fails_at_its_security() -> None:
    text = _spec({"/a": {"get": _op("a.get", security=[{"oauth": NO_SCOPES}])}})
    with pytest.raises(SpecError) as caught:
        _api(text)
    assert caught.value.location == "/paths/~1a/get/security/0/oauth"


def test_spec_examples_that_do_not_fit_their_schema_are_not_used_as_test_values() -> None:
    body = _body_schema({"type": "object", "properties": {"email": {"type": "string", "example": ["a@b.c"]}}})
    api = _api(_spec({"/i": {"post": _op("i.create", requestBody=body)}}))
    assert _method(api, "create").params[0].example == "string"


_EITHER = {"type": "string"}
_REQUIRED_ONLY_MEMBERS: List[Json] = [
    # OpenAI's file_search: exactly one of two properties (a value with both matches both members)
    {
        "type": "object",
        "properties": {
            "ids": {"type": "array", "items": _EITHER},
            "stores": {"type": "array", "items": _EITHER},
        },
        "oneOf": [{"required": ["ids"]}, {"required": ["stores"]}],
    },
    # OpenAI's ImageRefParam: at least one of two, the object's own `required` kept
    {
        "type": "object",
        "properties": {"kind": {"type": "string"}, "url": _EITHER, "file_id": _EITHER},
        "required": ["kind"],
        "anyOf": [{"required": ["url"]}, {"required": ["file_id"]}],
    },
    {
        "type": "object",
        "properties": {"a": _EITHER, "b": _EITHER, "c": _EITHER},
        "oneOf": [{"required": ["a"], "description": "a alone"}, {"required": ["b", "c"]}],
    },
]


@pytest.mark.parametrize("schema", _REQUIRED_ONLY_MEMBERS)
@pytest.mark.parametrize("all_properties", [True, False])
def test_test_values_are_valid_for_one_of_and_any_of_members_that_only_list_required_names(
    schema: Json, all_properties: bool
) -> None:
    import jsonschema  # type: ignore[import-untyped]

    value = sample(schema, "/s", all_properties=all_properties)
    validator: Any = jsonschema.Draft202012Validator(schema)  # an independent JSON Schema validator
    validator.validate(value)
    assert fits(value, schema)
    assert not fits({}, schema)  # the same check refuses a spec example that matches no member


def test_the_shortest_generated_call_passes_what_the_first_required_only_member_of_a_body_needs() -> None:
    """OpenAI's file batches: `anyOf: [{required: [file_ids]}, {required: [files]}]`, neither required alone."""
    ids = {"type": "array", "items": {"type": "string"}}
    schema = {
        "type": "object",
        "properties": {"file_ids": ids, "files": ids, "note": {"type": "string"}},
        "anyOf": [{"required": ["file_ids"]}, {"required": ["files"]}],
    }
    api = _api(_spec({"/batches": {"post": _op("batches.create", requestBody=_body_schema(schema))}}))
    params = {param.name: param for param in _method(api, "create").params}
    assert [name for name, param in params.items() if param.needed_by_member] == ["file_ids"]
    assert not any(param.required for param in params.values())  # the signature stays as the spec says
    tests = render_all(api)["tests/api_resources/test_batches.py"]
    shortest = tests.split("def test_method_create(", 1)[1].split("def ", 1)[0]
    assert "file_ids=" in shortest and "files=" not in shortest and "note=" not in shortest


def test_an_example_matching_two_one_of_members_is_not_used() -> None:
    schema = {**_REQUIRED_ONLY_MEMBERS[0], "example": {"ids": ["x"], "stores": ["y"]}}
    assert not fits(schema["example"], schema)
    assert sample(schema, "/s") == {"ids": ["string"]}


def test_cursor_offset_and_page_pagination_are_recognised_by_the_configured_parameter() -> None:
    listing = {
        "type": "object",
        "properties": {
            "data": {"type": "array", "items": {"type": "object", "properties": {"id": {"type": "string"}}}},
            "last_id": {"type": "string"},
            "has_more": {"type": "boolean"},
        },
    }
    after = {"name": "after", "in": "query", "schema": {"type": "string"}}
    text = _spec(
        {
            "/pets": {"get": _op("pets.list", parameters=[after], responses=_ok(listing))},
            "/toys": {"get": _op("toys.list", responses=_ok(listing))},  # no cursor parameter: not a page
        }
    )
    pagination = {
        "style": "cursor",
        "items": "data",
        "next": "last_id",
        "param": "after",
        "has_more": "has_more",
    }
    api = _api(text, _config(pagination=pagination))
    pets = next(m for r in api.all_resources() if r.path == ("pets",) for m in r.methods)
    toys = next(m for r in api.all_resources() if r.path == ("toys",) for m in r.methods)
    assert pets.page and not toys.page
    code = render_all(api)["src/demo/resources/pets.py"]
    assert 'style="cursor", param="after", has_more="has_more")' in code
    # The page classes are named for the style, typed through the style's request method.
    assert (
        "-> SyncCursorPage[PetListResponse]:" in code and "-> AsyncCursorPaginator[PetListResponse]:" in code
    )
    assert "return self._request_cursor_page(" in code and "CursorURL" not in code
    offset = _api(text, _config(pagination={**pagination, "style": "offset", "param": "after"}))
    assert "-> SyncOffsetPage[PetListResponse]:" in render_all(offset)["src/demo/resources/pets.py"]
    with pytest.raises(ValueError, match=r"pagination\.param"):
        _config(pagination={"style": "offset"})


def test_import_order_does_not_depend_on_which_folders_exist(tmp_path: Any) -> None:
    files = {
        "tests/test_x.py": "import pytest\nfrom demo import Demo\nimport httpx\n\nprint(pytest, Demo, httpx)\n"
    }
    formatted: List[str] = []
    for name, with_package in (("bare", False), ("full", True)):
        root = tmp_path / name
        (root / "src" / ("demo" if with_package else "other")).mkdir(parents=True)
        (root / "pyproject.toml").write_text((REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
        formatted.append(format_files(files, root / "pyproject.toml", "demo")["tests/test_x.py"])
    assert formatted[0] == formatted[1]
    assert "import httpx\nimport pytest\n\nfrom demo import Demo\n" in formatted[0]


def test_typographic_quotes_and_other_look_alikes_never_reach_ruff() -> None:
    prose = "The pet\u2019s \u201cname\u201d \u2013 or \u00d7 none\u2026"
    schema = {
        "type": "object",
        "description": prose,
        "properties": {
            "kind": {"type": "string", "enum": ["caf\u00e9", "\u2018quoted\u2019"], "description": prose},
        },
    }
    api = _api(_spec({"/p": {"get": _op("p.get", description=prose, responses=_ok(schema))}}))
    for path, text in render_all(api).items():
        if path.endswith(".py"):
            assert all(ord(char) < 128 for char in text), path
    model = render_all(api)["src/demo/types/p_get_response.py"]
    assert (
        'The pet\'s "name" - or x none...' in model and 'Literal["caf\\xe9", "\\u2018quoted\\u2019"]' in model
    )
