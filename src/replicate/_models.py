"""The base of every response model, and tolerant parsing of API data into declared types.

Parsing tries pydantic's strict-by-schema validation first (fast, in Rust). Real API data sometimes
lacks a field the spec calls required or has a new enum value; then, instead of raising, we build
the model field by field, keeping every value that validates, the raw value where one does not,
``None`` where a field is missing, and unknown keys as extra attributes.
"""

from __future__ import annotations

import json
from typing import Any, Dict, List, Type, TypeVar, Union, cast, get_args, get_origin

import pydantic
from pydantic import ConfigDict, TypeAdapter, ValidationError

__all__ = ["BaseModel", "construct_lenient", "parse_as"]

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
        """The model as plain JSON-compatible data, keyed as the API keys it."""
        return self.model_dump(by_alias=by_alias, exclude_unset=exclude_unset, mode=cast(Any, mode))

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


def parse_as(tp: Any, data: object) -> Any:
    """Turn decoded JSON into ``tp`` (a model, ``List[Model]``, ``str``...); never raises on shape."""
    if tp is None or tp is object:
        return data
    if isinstance(tp, type) and issubclass(tp, pydantic.BaseModel):
        try:
            return tp.model_validate(data)
        except ValidationError:
            return _lenient(tp, data)
    return _lenient(tp, data)


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
