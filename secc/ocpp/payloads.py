"""The `ocpp` package's payload dataclasses, built from the JSON the CSMS sent (or that we stored).

The library hands handlers snake_case dicts and leaves nested objects as dicts; `build` turns such a
dict into the library's typed dataclass (ChargingProfileType with ChargingScheduleType inside, enums
as enums) so our code reads typed fields, never our own copies of OCPP shapes.
"""
from __future__ import annotations

import dataclasses
import enum
import types
import typing
from collections.abc import Mapping
from typing import Any, TypeVar

from ocpp.charge_point import camel_to_snake_case, remove_nones, serialize_as_dict, snake_to_camel_case

T = TypeVar("T")


class PayloadError(ValueError):
    """Data that does not fit the library's type; `path` names the field (camelCase, as on the wire)."""

    def __init__(self, message: str, path: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path


def _camel(name: str) -> str:
    return str(next(iter(snake_to_camel_case({name: None}))))


def _convert(tp: Any, value: Any, path: str) -> Any:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if value is None:
            return None
        return _convert(args[0], value, path) if len(args) == 1 else value
    if origin in (list, typing.List):
        if not isinstance(value, list):
            raise PayloadError("expected a list", path)
        (item,) = typing.get_args(tp)
        return [_convert(item, v, f"{path}[{i}]") for i, v in enumerate(value)]
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        return build(tp, value, path)
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        try:
            return tp(value)
        except ValueError:
            raise PayloadError(f"{value!r} is not one of {[m.value for m in tp]}", path) from None
    if tp is float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise PayloadError(f"expected a number, got {type(value).__name__}", path)
        return float(value)
    if tp in (int, str, bool):
        if not isinstance(value, tp) or (tp is int and isinstance(value, bool)):
            raise PayloadError(f"expected {tp.__name__}, got {type(value).__name__}", path)
    return value


def build(cls: type[T], data: Any, path: str = "") -> T:
    """A library dataclass from a snake_case dict (nested dataclasses, lists and enums converted)."""
    if isinstance(data, cls):
        return data
    if not isinstance(data, Mapping):
        raise PayloadError("expected an object", path or cls.__name__)
    hints = typing.get_type_hints(cls)
    kwargs = {}
    for f in dataclasses.fields(cls):  # type: ignore[arg-type]
        where = f"{path}.{_camel(f.name)}" if path else _camel(f.name)
        if f.name not in data or data[f.name] is None:
            if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
                raise PayloadError("missing", where)
            continue
        kwargs[f.name] = _convert(hints[f.name], data[f.name], where)
    return cls(**kwargs)


def from_json(cls: type[T], data: Any, path: str = "") -> T:
    """A library dataclass from camelCase JSON as OCPP sends it."""
    return build(cls, camel_to_snake_case(data), path)


def to_json(payload: Any) -> dict[str, Any]:
    """A library dataclass (call payload or datatype) as camelCase JSON without unset fields."""
    return snake_to_camel_case(remove_nones(serialize_as_dict(payload)))  # type: ignore[no-any-return]


def fit(cls: type, fields: Mapping[str, Any]) -> dict[str, Any]:
    """Keyword names as `cls` spells them: the library's two versions disagree on some snake_case names
    (2.0.1 `iso15118_schema_version`, 2.1 `iso_15118_schema_version`) that are one name on the wire."""
    names = {_camel(f.name): f.name for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    return {names.get(_camel(key), key): value for key, value in fields.items()}
