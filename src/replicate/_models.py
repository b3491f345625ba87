"""The base of every response model, and tolerant parsing of API data into declared types.

Parsing tries pydantic's strict-by-schema validation first (fast, in Rust). Real API data sometimes
lacks a field the spec calls required or has a new enum value; then, instead of raising, we build
the model field by field, keeping every value that validates, the raw value where one does not,
``None`` where a field is missing, and unknown keys as extra attributes.

Speed: each declared type gets one cached validator (a bound ``validate_python``/``validate_json``
of its ``TypeAdapter``), so a call does no type introspection; a page of items is validated in one
call into pydantic-core (``parse_list_as``), and a body can go from bytes to models without
``json.loads`` (``parse_json_as``). Building models without validation (``model_construct``) was
measured and is slower than pydantic-core's validation, so it is used only on the tolerant path.

Large bodies are decoded first (pydantic-core's ``from_json``, faster than ``json.loads``) and the
Python data validated: ``validate_json`` builds its own tree of the whole document before turning
free-form values (a model version's ``openapi_schema``) into Python. Measured on list pages (CPU
time, two-pass / one-pass): models with a full Cog schema (~8 KiB each) 0.62 at 5 items (40 KiB),
0.57 at 20 (161 KiB), 0.41 at 100 (804 KiB); models with a one-input schema (~0.8 KiB each) 1.24
at 5 (4 KiB), 1.17 at 20 (16 KiB), 1.03 at 100 (81 KiB); a ~5 KiB prediction ~1.3. The size
at which it switches sits between the largest page of small items and the pages of large ones.
"""

from __future__ import annotations

import json
from typing import Any, Callable, Dict, List, Tuple, Type, TypeVar, Union, cast, get_args, get_origin

import pydantic
from pydantic import ConfigDict, TypeAdapter, ValidationError
from pydantic_core import from_json

__all__ = ["BaseModel", "construct_lenient", "parse_as", "parse_json_as", "parse_list_as", "parse_page_json"]

_M = TypeVar("_M", bound=pydantic.BaseModel)


class BaseModel(pydantic.BaseModel):
    model_config = ConfigDict(
        extra="allow",
        protected_namespaces=(),
        populate_by_name=True,
        defer_build=True,
    )

    def to_dict(
        self, *, by_alias: bool = True, exclude_unset: bool = True, mode: str = "json"
    ) -> Dict[str, Any]:
        """The model as plain JSON-compatible data, keyed as the API keys it.

        A leniently parsed model keeps values that do not match their declared type; they are
        dumped as they are, without pydantic's serializer warnings about them.
        """
        return self.model_dump(
            by_alias=by_alias, exclude_unset=exclude_unset, mode=cast(Any, mode), warnings=False
        )

    def to_json(
        self, *, indent: Union[int, None] = 2, by_alias: bool = True, exclude_unset: bool = True
    ) -> str:
        return json.dumps(self.to_dict(by_alias=by_alias, exclude_unset=exclude_unset), indent=indent)

    def __repr__(self) -> str:
        fields = ", ".join(f"{key}={value!r}" for key, value in self._iter_present())
        return f"{type(self).__name__}({fields})"

    def __str__(self) -> str:
        return self.__repr__()

    def _iter_present(self) -> List[tuple[str, Any]]:
        fields = type(self).model_fields
        items = [
            (name, getattr(self, name, None))
            for name in self.model_fields_set
            if name in fields and fields[name].repr  # repr=False marks a secret (`format: password`)
        ]
        items.extend((self.__pydantic_extra__ or {}).items())
        return items


_adapters: Dict[Any, TypeAdapter[Any]] = {}


def _adapter(tp: Any) -> TypeAdapter[Any]:
    adapter = _adapters.get(tp)
    if adapter is None:
        adapter = _adapters[tp] = TypeAdapter(tp)
    return adapter


# Bodies at least this long are decoded, then validated (see the module docstring).
TWO_PASS_MIN_BYTES = 128 * 1024

_Validators = Tuple[Callable[[object], Any], Callable[[Union[str, bytes]], Any]]
_validators: Dict[Any, _Validators] = {}
_list_types: Dict[Any, Any] = {}


def _validators_of(tp: Any) -> _Validators:
    found = _validators.get(tp)
    if found is None:
        adapter = _adapter(tp)
        found = _validators[tp] = (adapter.validate_python, adapter.validate_json)
    return found


def parse_as(tp: Any, data: object) -> Any:
    """Turn decoded JSON into ``tp`` (a model, ``List[Model]``, ``str``...); never raises on shape."""
    if tp is None or tp is object:
        return data
    try:
        validators = _validators.get(tp) or _validators_of(tp)
        return validators[0](data)
    except (ValidationError, TypeError, pydantic.PydanticSchemaGenerationError):
        return _lenient(tp, data)


def parse_json_as(tp: Any, content: Union[str, bytes]) -> Any:
    """``parse_as(tp, json.loads(content))``, decoding and validating in one pass in pydantic-core.

    Invalid JSON raises ``ValueError`` (as ``json.loads`` does); data of the wrong shape never raises.
    """
    if tp is None or tp is object or len(content) >= TWO_PASS_MIN_BYTES:
        return parse_as(tp, loads(content))
    try:
        validators = _validators.get(tp) or _validators_of(tp)
        return validators[1](content)
    except (ValidationError, TypeError, pydantic.PydanticSchemaGenerationError):
        return parse_as(tp, loads(content))


def loads(content: Union[str, bytes]) -> Any:
    """``json.loads``, in pydantic-core when it can (a third faster); what it refuses (a lone
    surrogate escape, a body not in UTF-8) gets ``json.loads``'s answer."""
    try:
        return from_json(content)
    except ValueError:
        return json.loads(content)


def parse_list_as(tp: Any, items: List[object]) -> List[Any]:
    """``[parse_as(tp, item) for item in items]`` in one validation call while every item is valid."""
    if tp is None or tp is object:
        return list(items)
    list_type = _list_types.get(tp)
    if list_type is None:
        list_type = _list_types[tp] = List[tp]
    try:
        validators = _validators.get(list_type) or _validators_of(list_type)
        return cast(List[Any], validators[0](items))
    except (ValidationError, TypeError, pydantic.PydanticSchemaGenerationError):
        return [parse_as(tp, item) for item in items]


def construct_lenient(model: Type[_M], data: Dict[str, Any]) -> _M:
    """Build ``model`` from ``data`` without ever raising; see the module docstring."""
    values: Dict[str, Any] = {}
    seen: set[str] = set()
    for name, field in model.model_fields.items():
        key = field.alias if field.alias is not None and field.alias in data else name
        if key in data:
            values[name] = _lenient(field.annotation, data[key])
            seen.add(key)
        elif not field.is_required():
            values[name] = field.get_default(call_default_factory=True)
        else:
            values[name] = None
    fields_set = {
        name for name, field in model.model_fields.items() if (field.alias or name) in seen or name in seen
    }
    instance = model.model_construct(_fields_set=fields_set, **values)
    extra = {key: value for key, value in data.items() if key not in seen}
    if extra:
        object.__setattr__(instance, "__pydantic_extra__", {**(instance.__pydantic_extra__ or {}), **extra})
    return instance


def _lenient(tp: Any, value: object) -> Any:
    if tp is None or tp is object or tp is Any:
        return cast(Any, value)
    try:
        return _adapter(tp).validate_python(value)
    except (ValidationError, TypeError, pydantic.PydanticSchemaGenerationError):
        pass
    if isinstance(tp, type) and issubclass(tp, pydantic.BaseModel):
        return (
            construct_lenient(tp, cast(Dict[str, Any], value))
            if isinstance(value, dict)
            else cast(Any, value)
        )
    origin = get_origin(tp)
    args = get_args(tp)
    if origin in (list, List) and isinstance(value, list) and args:
        return [_lenient(args[0], item) for item in cast(List[object], value)]
    if origin in (dict, Dict) and isinstance(value, dict) and len(args) == 2:
        return {key: _lenient(args[1], item) for key, item in cast(Dict[str, object], value).items()}
    if args and isinstance(value, dict):
        for arg in args:
            if isinstance(arg, type) and issubclass(arg, pydantic.BaseModel):
                return construct_lenient(arg, cast(Dict[str, Any], value))
    return cast(Any, value)


_page_types: Dict[Tuple[Any, Tuple[str, str, str]], Type[pydantic.BaseModel]] = {}


def _page_type(item: Any, names: Tuple[str, str, str]) -> Type[pydantic.BaseModel]:
    """A model of a whole page body, ``names`` being the keys of its items, next and previous links."""
    key = (item, names)
    page = _page_types.get(key)
    if page is None:
        fields: Dict[str, Any] = {
            "items": (List[item], pydantic.Field([], validation_alias=names[0])),
            "next": (Union[str, None], pydantic.Field(None, validation_alias=names[1])),
            "previous": (Union[str, None], pydantic.Field(None, validation_alias=names[2])),
        }
        page = _page_types[key] = pydantic.create_model(
            "CursorPageBody", __config__=ConfigDict(extra="ignore", defer_build=True), **fields
        )
    return page


def parse_page_json(
    item: Any, content: Union[str, bytes], names: Tuple[str, str, str] = ("results", "next", "previous")
) -> Tuple[List[Any], object, object]:
    """A cursor page's ``(items, next link, previous link)``, from the bytes of its body.

    The whole page is decoded and validated in one call into pydantic-core; if anything in it does
    not fit the declared types, it is decoded with ``json.loads`` and parsed tolerantly instead
    (links that are not strings are returned as they are). Invalid JSON raises ``ValueError``.
    """
    data: Any = None
    if item is not None and item is not object:
        try:
            page_type = _page_type(item, names)
            validators = _validators.get(page_type) or _validators_of(page_type)
            if len(content) < TWO_PASS_MIN_BYTES:
                page: Any = validators[1](content)
            else:
                data = loads(content)
                page = validators[0](data)
            return page.items, page.next, page.previous
        except (ValidationError, TypeError, pydantic.PydanticSchemaGenerationError):
            pass
    if data is None:
        data = loads(content)
    body: Dict[str, Any] = cast(Dict[str, Any], data) if isinstance(data, dict) else {}
    raw_items: object = body.get(names[0]) or []
    items = parse_list_as(item, cast(List[object], raw_items)) if isinstance(raw_items, list) else []
    return items, body.get(names[1]), body.get(names[2])
