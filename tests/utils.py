"""Deep type assertions for the generated tests."""

from __future__ import annotations

import inspect
import sys
from datetime import date, datetime
from typing import Any, Dict, List, Sequence, TypeVar, Union, cast, get_args, get_origin, get_type_hints

import pydantic
from typing_extensions import Annotated, Literal

__all__ = ["assert_matches_type"]

if sys.version_info >= (3, 10):
    from types import UnionType

    _UNION_ORIGINS: tuple[object, ...] = (Union, UnionType)
else:
    _UNION_ORIGINS = (Union,)


def assert_matches_type(type_: Any, value: object, *, path: Sequence[str]) -> None:
    """Fails with the dotted path of the first part of `value` that is not a `type_`.

    Understands pydantic models (every field, recursively), List, Dict, Optional/Union, Literal,
    datetime/date, plain classes, and generic classes such as `SyncCursorURLPage[Prediction]`
    (their annotated attributes, with the type arguments substituted).
    """
    where = ".".join(path)
    if type_ is Any or type_ is object:
        return
    if type_ is None or type_ is type(None):
        assert value is None, f"{where}: expected None, got {value!r}"
        return
    origin = get_origin(type_)
    args = get_args(type_)
    if origin is Annotated:  # a discriminated union: `Annotated[Union[...], FieldInfo(discriminator=...)]`
        assert_matches_type(args[0], value, path=path)
    elif origin in _UNION_ORIGINS:
        _assert_union(args, value, path)
    elif origin is Literal:
        assert value in args, f"{where}: {value!r} is not one of {args!r}"
    elif origin in (list, List):
        assert isinstance(value, list), f"{where}: expected a list, got {type(value).__name__}"
        for index, item in enumerate(cast(List[object], value)):
            assert_matches_type(args[0] if args else Any, item, path=[*path, str(index)])
    elif origin in (dict, Dict):
        assert isinstance(value, dict), f"{where}: expected a dict, got {type(value).__name__}"
        for key, item in cast(Dict[object, object], value).items():
            assert isinstance(key, str), f"{where}: key {key!r} is not a str"
            assert_matches_type(args[1] if args else Any, item, path=[*path, key])
    elif origin is not None and inspect.isclass(origin):
        assert isinstance(value, origin), f"{where}: expected {origin.__name__}, got {type(value).__name__}"
        _assert_attributes(origin, dict(zip(getattr(origin, "__parameters__", ()), args)), value, path)
    elif inspect.isclass(type_) and issubclass(type_, pydantic.BaseModel):
        assert isinstance(value, type_), f"{where}: expected {type_.__name__}, got {type(value).__name__}"
        for name, field in type(value).model_fields.items():
            assert_matches_type(field.annotation, getattr(value, name), path=[*path, name])
    elif type_ is float:
        ok = isinstance(value, (int, float)) and not isinstance(value, bool)
        assert ok, f"{where}: expected a number, got {value!r}"
    elif type_ is int:
        ok = isinstance(value, int) and not isinstance(value, bool)
        assert ok, f"{where}: expected an int, got {value!r}"
    elif type_ is date:
        ok = isinstance(value, date) and not isinstance(value, datetime)
        assert ok, f"{where}: expected a date, got {value!r}"
    elif inspect.isclass(type_):
        assert isinstance(value, type_), (
            f"{where}: expected {type_.__name__}, got {type(value).__name__}: {value!r}"
        )
    else:
        raise TypeError(f"{where}: assert_matches_type does not understand {type_!r}")


def _assert_union(members: Sequence[Any], value: object, path: Sequence[str]) -> None:
    failures: List[str] = []
    for member in members:
        try:
            assert_matches_type(member, value, path=path)
        except AssertionError as error:
            failures.append(str(error))
        else:
            return
    raise AssertionError(f"{'.'.join(path)}: {value!r} matches no member of the union: {failures}")


def _assert_attributes(cls: type, substitutions: Dict[Any, Any], value: object, path: Sequence[str]) -> None:
    for name, hint in get_type_hints(cls).items():
        if name.startswith("_") or not hasattr(value, name):
            continue
        assert_matches_type(_substitute(hint, substitutions), getattr(value, name), path=[*path, name])


def _substitute(hint: Any, substitutions: Dict[Any, Any]) -> Any:
    if isinstance(hint, TypeVar):
        return substitutions.get(hint, Any)
    parameters = getattr(hint, "__parameters__", ())
    if parameters and get_origin(hint) is not None:
        return hint[tuple(substitutions.get(parameter, Any) for parameter in parameters)]
    return hint
