"""The JSON wire format: one cattrs converter owns every serialization decision.

* enums are written as their values, :class:`PartialDate` as ISO text;
* keys follow the attrs field order (stable), every key is always written;
* loading forbids unknown keys and reports every bad value with its JSON path
  through :class:`geopol.errors.SchemaError`.
"""

from __future__ import annotations

import functools
import json
import typing
from collections.abc import Callable
from typing import Any, TypeVar

import cattrs
from cattrs.cols import homogenous_tuple_structure_factory
from cattrs.preconf.json import make_converter as _json_converter

from geopol.errors import SchemaError
from geopol.model import Extraction, PartialDate

__all__ = ["dumps", "from_dict", "loads", "make_converter", "to_dict"]

T = TypeVar("T")


def _structure_date(value: object, _type: object) -> PartialDate:
    if not isinstance(value, str):
        raise TypeError(f"expected an ISO date string, got {type(value).__name__}")
    return PartialDate.from_iso(value)


def _structure_int(value: object, _type: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"expected an integer, got {type(value).__name__}")
    return value


def _structure_bool(value: object, _type: object) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"expected true or false, got {type(value).__name__}")
    return value


def _structure_str(value: object, _type: object) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected a string, got {type(value).__name__}")
    return value


def _is_array(type_: object) -> bool:
    return typing.get_origin(type_) is tuple


def _array_factory(type_: Any, conv: cattrs.Converter) -> Callable[[object, Any], tuple[Any, ...]]:
    # cattrs turns any iterable into a tuple: a string into its characters, an object
    # into its keys.  The wire format has arrays only.
    items = homogenous_tuple_structure_factory(type_, conv)

    def structure(value: object, type_: Any) -> tuple[Any, ...]:
        if not isinstance(value, list):
            raise TypeError(f"expected an array, got {type(value).__name__}")
        result: tuple[Any, ...] = items(value, type_)
        return result

    return structure


def _format(exc: BaseException, type_: type | None) -> str:
    base = cattrs.v.format_exception(exc, type_)
    detail = str(exc)
    return f"{base}: {detail}" if detail and detail not in base else base


def make_converter() -> cattrs.Converter:
    """A new converter configured for geopol's JSON shape."""
    conv = _json_converter(forbid_extra_keys=True, detailed_validation=True)
    conv.register_unstructure_hook(PartialDate, PartialDate.iso)
    conv.register_structure_hook(PartialDate, _structure_date)
    conv.register_structure_hook(int, _structure_int)
    conv.register_structure_hook(str, _structure_str)
    conv.register_structure_hook(bool, _structure_bool)
    conv.register_structure_hook_factory(_is_array, _array_factory)
    return conv


@functools.cache
def _converter() -> cattrs.Converter:
    return make_converter()


def to_dict(value: object) -> dict[str, Any]:
    """Unstructure a model instance to JSON-ready builtins."""
    data = _converter().unstructure(value)
    if not isinstance(data, dict):
        raise TypeError(f"expected a geopol model instance, got {type(value).__name__}")
    return data


def from_dict(data: object, cls: type[T] = Extraction) -> T:  # type: ignore[assignment]
    """Structure builtins into ``cls``; raise SchemaError (with paths) on bad input."""
    if not isinstance(data, dict):
        found = type(data).__name__
        error = f"expected a JSON object, got {found} @ $"
        raise SchemaError(f"invalid {cls.__name__}: {error}", (error,))
    try:
        return _converter().structure(data, cls)
    except cattrs.BaseValidationError as exc:
        errors = tuple(cattrs.transform_error(exc, path="$", format_exception=_format))
        raise SchemaError(f"invalid {cls.__name__}: " + "; ".join(errors), errors) from None
    except (ValueError, TypeError) as exc:
        raise SchemaError(f"invalid {cls.__name__}: {exc} @ $", (f"{exc} @ $",)) from None


def dumps(value: object, *, indent: int | None = None) -> str:
    """Serialize a model instance to JSON text."""
    return json.dumps(to_dict(value), ensure_ascii=False, indent=indent)


def loads(text: str | bytes, cls: type[T] = Extraction) -> T:  # type: ignore[assignment]
    """Parse JSON text into ``cls``; raise SchemaError on malformed or invalid input."""
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise SchemaError(f"not valid JSON: {exc} @ $", (f"not valid JSON: {exc} @ $",)) from None
    return from_dict(data, cls)
