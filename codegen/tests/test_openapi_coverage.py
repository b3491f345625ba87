"""Each OpenAPI feature the generator supports becomes the right IR and code; the rest fails loudly
with the JSON pointer of what it cannot handle."""

from __future__ import annotations

import copy
import json
from typing import Any, Callable, Dict

import pytest

from codegen.build import build_api
from codegen.config import load_config
from codegen.ir import Api, Field, Model, TypeRef
from codegen.load import SpecError, parse_spec
from codegen.render import render_all
from codegen.yaml_io import parse_yaml

from .helpers import SPECS, find_method

Spec = Dict[str, Any]
SHELF: Spec = parse_yaml((SPECS / "shelf.yaml").read_text(encoding="utf-8"))  # type: ignore[assignment]
SHELF_CONFIG = load_config(SPECS / "shelf_config.yaml")
STR = TypeRef("builtin", name="str")


def _api(edit: Callable[[Spec], None] = lambda spec: None) -> Api:
    spec = copy.deepcopy(SHELF)
    edit(spec)
    return build_api(parse_spec(json.dumps(spec)), SHELF_CONFIG, b"")


def _model(api: Api, name: str) -> Model:
    definition = next(d for module in api.types for d in module.definitions if d.name == name)
    assert isinstance(definition, Model)
    return definition


def _fields(api: Api, name: str) -> Dict[str, Field]:
    return {field.name: field for field in _model(api, name).fields}


def _error(edit: Callable[[Spec], None]) -> SpecError:
    with pytest.raises(SpecError) as caught:
        _api(edit)
    return caught.value


def _schemas(spec: Spec) -> Spec:
    schemas: Spec = spec["components"]["schemas"]
    return schemas


def test_refs_across_the_document_are_the_same_type() -> None:
    api = _api()
    library = TypeRef("named", name="Library", module="library")
    assert find_method(api, "libraries.get").returns == library
    assert find_method(api, "libraries.list").returns == library  # through LibraryPage.data.items
    assert _fields(api, "LibraryPage")["data"].type.args[0].args[0] == library


def test_all_of_merges_members_properties_and_required() -> None:
    book = _fields(_api(), "Book")
    assert list(book) == ["title", "genre", "isbn", "edition", "price", "author_ids"]
    assert [name for name, field in book.items() if field.required] == ["title", "isbn", "edition"]
    assert _model(_api(), "Work").fields[0].name == "title"  # the member stays a type of its own


def test_all_of_members_restating_a_property_keep_the_later_one() -> None:
    def edit(spec: Spec) -> None:
        _schemas(spec)["Book"]["allOf"][1]["properties"]["title"] = {"type": "integer"}

    assert _fields(_api(edit), "Book")["title"].type == TypeRef("builtin", name="int")

    def annotate(spec: Spec) -> None:
        _schemas(spec)["Book"]["allOf"][1]["properties"]["title"] = {"description": "The title."}

    assert _fields(_api(annotate), "Book")["title"].type == STR  # a restatement that only annotates


def test_all_of_of_a_non_object_fails() -> None:
    def edit(spec: Spec) -> None:
        _schemas(spec)["Book"]["allOf"].append({"type": "string"})

    assert _error(edit).location == "/components/schemas/Book/allOf/2"


def test_one_of_with_a_discriminator_is_a_tagged_union_of_models() -> None:
    edition = _fields(_api(), "Book")["edition"].type
    assert edition.discriminator == "format"
    assert [arg.name for arg in edition.args] == ["PrintEdition", "AudioEdition"]
    code = render_all(_api())["src/shelf/types/book.py"]
    assert 'Annotated[Union[PrintEdition, AudioEdition], FieldInfo(discriminator="format")]' in code


def test_request_side_discriminated_unions_are_plain_unions_of_typeddicts() -> None:
    edition = next(p for p in find_method(_api(), "libraries.books.add").params if p.name == "edition")
    assert edition.type == TypeRef(
        "union",
        args=(
            TypeRef("named", name="PrintEditionParam", module="print_edition_param"),
            TypeRef("named", name="AudioEditionParam", module="audio_edition_param"),
        ),
    )


def test_a_discriminator_whose_variant_has_no_single_value_is_a_plain_union() -> None:
    def edit(spec: Spec) -> None:
        _schemas(spec)["AudioEdition"]["properties"]["format"] = {"type": "string"}

    edition = _fields(_api(edit), "Book")["edition"].type
    assert (edition.kind, edition.discriminator) == ("union", "")
    assert [arg.name for arg in edition.args] == ["PrintEdition", "AudioEdition"]


def test_a_discriminator_mapping_that_disagrees_is_a_plain_union() -> None:
    def edit(spec: Spec) -> None:
        mapping = _schemas(spec)["Book"]["allOf"][1]["properties"]["edition"]["discriminator"]["mapping"]
        mapping["print"] = "#/components/schemas/AudioEdition"

    assert _fields(_api(edit), "Book")["edition"].type.discriminator == ""


def test_one_of_and_any_of_without_discriminator_are_unions() -> None:
    api = _api()
    price = _fields(api, "Book")["price"].type
    assert price == TypeRef("optional", args=(TypeRef("union", args=(TypeRef("builtin", "float"), STR)),))
    year = next(p for p in find_method(api, "libraries.books.list").params if p.name == "year")
    assert year.type == TypeRef("union", args=(TypeRef("builtin", "int"), STR))


def test_additional_properties_are_dicts_of_their_schema() -> None:
    api = _api()
    assert _fields(api, "Author")["links"].type == TypeRef("optional", args=(TypeRef("dict", args=(STR,)),))
    assert _fields(api, "Library")["metadata"].type.args[0] == TypeRef("dict", args=(STR,))


def test_nullable_in_3_0_and_null_types_in_3_1() -> None:
    api = _api()
    address = next(p for p in find_method(api, "libraries.update").params if p.name == "address")
    assert address.type == TypeRef("optional", args=(STR,))  # `nullable: true`

    def as_3_1(spec: Spec) -> None:
        spec["openapi"] = "3.1.0"
        spec["paths"]["/libraries/{library_id}"]["patch"]["requestBody"]["content"]["application/json"][
            "schema"
        ]["properties"]["address"] = {"type": ["string", "null"]}

    address = next(p for p in find_method(_api(as_3_1), "libraries.update").params if p.name == "address")
    assert address.type == TypeRef("optional", args=(STR,))


def test_read_only_fields_are_not_params_and_write_only_fields_are_not_in_responses() -> None:
    api = _api()
    create = [param.name for param in find_method(api, "libraries.create").params]
    assert "id" not in create and "created_at" not in create
    assert "access_code" in create
    library = _fields(api, "Library")
    assert "access_code" not in library
    assert library["id"].required


def test_defaults_are_documented_on_params() -> None:
    page_size = next(p for p in find_method(_api(), "libraries.list").params if p.name == "page_size")
    assert page_size.default == "25"
    code = render_all(_api())["src/shelf/resources/libraries/libraries.py"]
    assert "page_size: How many libraries a page holds. Defaults to `25`." in code


def test_formats() -> None:
    api = _api()
    assert _fields(api, "Library")["created_at"].type == TypeRef("optional", args=(TypeRef("datetime"),))
    assert _fields(api, "Author")["born"].type == TypeRef("optional", args=(TypeRef("date"),))
    assert _fields(api, "Author")["homepage"].type == TypeRef("optional", args=(STR,))  # uri
    image = find_method(api, "libraries.books.covers.upload").params[2]
    assert (image.name, image.type) == ("image", TypeRef("file"))
    assert find_method(api, "libraries.books.covers.download").response == "binary"


def test_binary_strings_inside_json_responses_are_text() -> None:
    def edit(spec: Spec) -> None:
        _schemas(spec)["Author"]["properties"]["photo"] = {"type": "string", "format": "binary"}

    assert _fields(_api(edit), "Author")["photo"].type == TypeRef("optional", args=(STR,))


def test_deprecated_operations_warn_and_are_marked_in_api_md() -> None:
    files = render_all(_api())
    books = files["src/shelf/resources/libraries/books/books.py"]
    assert (
        'warnings.warn("client.libraries.books.lookup() is deprecated.", DeprecationWarning, stacklevel=2)'
        in books
    )
    lookup_line = next(line for line in files["api.md"].splitlines() if ">lookup<" in line)
    assert lookup_line.endswith("(deprecated)")


def test_deprecated_fields_are_noted_in_docstrings() -> None:
    assert _fields(_api(), "Author")["nickname"].deprecated
    author = render_all(_api())["src/shelf/types/author.py"]
    assert '    nickname: Optional[str] = None\n    """Use name.\n\n    Deprecated.\n    """' in author


def test_operations_without_a_response_body_return_none() -> None:
    api = _api()
    assert find_method(api, "libraries.remove").response == "empty"
    assert find_method(api, "ping").returns is None


def _if_keyword(spec: Spec) -> None:
    _schemas(spec)["Author"]["properties"]["kind"] = {"if": {"type": "string"}}


def _tuple_items(spec: Spec) -> None:
    _schemas(spec)["Author"]["properties"]["tags"] = {"type": "array", "items": [{"type": "string"}]}


def _nameless_discriminator(spec: Spec) -> None:
    _schemas(spec)["Author"]["discriminator"] = {"mapping": {}}


def _head_method(spec: Spec) -> None:
    spec["paths"]["/ping"]["head"] = spec["paths"]["/ping"]["get"]


def _cookie_param(spec: Spec) -> None:
    cookie = {"name": "sid", "in": "cookie", "schema": {"type": "string"}}
    spec["paths"]["/libraries"]["get"]["parameters"].append(cookie)


@pytest.mark.parametrize(
    ("edit", "location", "message"),
    [
        (_if_keyword, "/components/schemas/Author/properties/kind", "unsupported schema keyword(s): if"),
        (_tuple_items, "/components/schemas/Author/properties/tags/items", "array items must be a single"),
        (_nameless_discriminator, "/components/schemas/Author/discriminator", "needs a propertyName"),
        (_head_method, "/paths/~1ping/head", "HTTP method HEAD is not supported"),
        (_cookie_param, "/paths/~1libraries/get/parameters/2", "parameters in 'cookie' are not supported"),
    ],
)
def test_unsupported_constructs_fail_with_their_json_pointer(
    edit: Callable[[Spec], None], location: str, message: str
) -> None:
    error = _error(edit)
    assert error.location == location
    assert message in str(error)


def test_password_format_marks_a_response_field_secret_and_keeps_it_out_of_repr() -> None:
    def mark(spec: Spec) -> None:
        _schemas(spec)["Library"]["properties"]["address"]["format"] = "password"

    api = _api(mark)
    fields = _fields(api, "Library")
    assert fields["address"].secret and not fields["name"].secret
    module = render_all(api)["src/shelf/types/library.py"]
    assert "address: Optional[str] = FieldInfo(default=None, repr=False)" in module
