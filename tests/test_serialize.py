"""The JSON wire format: lossless round trips, stable key order, errors with paths."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from geopol import strategies as gs
from geopol.errors import SchemaError
from geopol.model import (
    DateResolution,
    DateValue,
    Evidence,
    Extraction,
    Meeting,
    MeetingLevel,
    MeetingStatus,
    PartialDate,
    Place,
    Span,
)
from geopol.serialize import dumps, from_dict, loads, make_converter, to_dict

# Every part-model strategy that builds a JSON object; PartialDate (a string) and
# extractions() have round-trip tests of their own below.
MODEL_STRATEGIES: list[Callable[[], st.SearchStrategy[Any]]] = [
    gs.spans,
    gs.evidence,
    gs.date_values,
    gs.mentions,
    gs.organization_mentions,
    gs.state_mentions,
    gs.places,
    gs.people,
    gs.quotes,
    gs.memberships,
    gs.meetings,
    gs.statements,
    gs.regional_centers,
    gs.member_lists,
    gs.datelines,
]


def _meeting() -> Meeting:
    return Meeting(
        organization="CSTO",
        level=MeetingLevel.FOREIGN_MINISTERS,
        status=MeetingStatus.HELD,
        place=Place(city="Minsk", country="BLR"),
        start=DateValue(
            date=PartialDate.from_iso("2023-06-19"),
            resolution=DateResolution.STATED,
            evidence=Evidence(spans=(Span(start=20, end=27),), rule="date.day_month"),
        ),
        participants=("RUS", "BLR"),
    )


def _document() -> dict[str, Any]:
    return to_dict(Extraction(text_length=40, meetings=(_meeting(),)))


@pytest.mark.parametrize("strategy", MODEL_STRATEGIES, ids=lambda f: f.__name__)
@given(data=st.data())
def test_loads_dumps_round_trip_for_every_model(
    strategy: Callable[[], st.SearchStrategy[Any]], data: st.DataObject
) -> None:
    """``loads(dumps(x), type(x)) == x`` for every model the strategies build."""
    value = data.draw(strategy())
    assert loads(dumps(value), type(value)) == value


@given(gs.extractions())
def test_extraction_round_trip(extraction: Extraction) -> None:
    """The whole extraction survives JSON text, indented or not, with ``Extraction`` as the default class."""
    assert loads(dumps(extraction)) == extraction
    assert loads(dumps(extraction, indent=2)) == extraction
    assert loads(dumps(extraction).encode("utf-8")) == extraction


@given(gs.extractions())
def test_to_dict_from_dict_round_trip(extraction: Extraction) -> None:
    """``from_dict(to_dict(x)) == x``, and ``to_dict`` yields only JSON builtins."""
    data = to_dict(extraction)
    assert json.loads(json.dumps(data)) == data
    assert from_dict(data) == extraction


@given(gs.partial_dates())
def test_partial_date_round_trip_through_the_converter(date: PartialDate) -> None:
    """A PartialDate is written as its ISO text and read back unchanged."""
    conv = make_converter()
    assert conv.unstructure(date) == date.iso()
    assert conv.structure(date.iso(), PartialDate) == date


def _assert_attrs_order(value: object, data: object) -> None:
    if attrs.has(cls := type(value)) and cls is not PartialDate:
        assert isinstance(data, dict)
        names = [f.name for f in attrs.fields(cls)]
        assert list(data) == names
        for name in names:
            _assert_attrs_order(getattr(value, name), data[name])
    elif isinstance(value, tuple):
        assert isinstance(data, list)
        assert len(data) == len(value)
        for item, item_data in zip(value, data, strict=True):
            _assert_attrs_order(item, item_data)


@given(gs.extractions())
def test_dumps_key_order_is_attrs_field_order(extraction: Extraction) -> None:
    """Every object in ``dumps`` output lists all its keys, in attrs field order."""
    _assert_attrs_order(extraction, json.loads(dumps(extraction)))


def test_enums_are_values_and_dates_iso_strings() -> None:
    """Enums are written as their values, dates as ISO text, tuples as arrays, None as null."""
    data = json.loads(dumps(_meeting()))
    assert data == {
        "organization": "CSTO",
        "level": "foreign_ministers",
        "status": "held",
        "body": None,
        "ordinal": None,
        "place": {"city": "Minsk", "country": "BLR", "evidence": None},
        "start": {
            "date": "2023-06-19",
            "resolution": "stated",
            "evidence": {"spans": [{"start": 20, "end": 27}], "rule": "date.day_month"},
        },
        "end": None,
        "participants": ["RUS", "BLR"],
        "chair": None,
        "evidence": None,
    }


def test_dumps_keeps_non_ascii_text() -> None:
    """Non-ASCII text is written as-is (UTF-8), not as ``\\u`` escapes."""
    text = dumps(Place(city="Bişkek", country="KGZ"))
    assert text == '{"city": "Bişkek", "country": "KGZ", "evidence": null}'


def _set(path: tuple[str | int, ...], value: object) -> Callable[[dict[str, Any]], None]:
    def mutate(doc: dict[str, Any]) -> None:
        target: Any = doc
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return mutate


def _delete(path: tuple[str | int, ...]) -> Callable[[dict[str, Any]], None]:
    def mutate(doc: dict[str, Any]) -> None:
        target: Any = doc
        for key in path[:-1]:
            target = target[key]
        del target[path[-1]]

    return mutate


BAD_DOCUMENTS: list[tuple[str, Callable[[dict[str, Any]], None], str]] = [
    ("unknown key", _set(("meetings", 0, "venue"), "Minsk"), "$.meetings[0]"),
    ("wrong type", _set(("text_length",), "forty"), "$.text_length"),
    ("missing required key", _delete(("meetings", 0, "level")), "$.meetings[0].level"),
    ("bool for int", _set(("text_length",), True), "$.text_length"),
    ("invalid ISO code", _set(("states",), [{"alpha3": "XXX", "name": "X", "mentions": []}]), "$.states[0]"),
    (
        "end before start",
        _set(("meetings", 0, "end"), {"date": "2023-06-01", "resolution": "stated", "evidence": None}),
        "$.meetings[0]",
    ),
    ("unknown enum value", _set(("meetings", 0, "level"), "ministers"), "$.meetings[0].level"),
    ("malformed date", _set(("meetings", 0, "start", "date"), "2023-13-01"), "$.meetings[0].start.date"),
    ("date as int", _set(("meetings", 0, "start", "date"), 2023), "$.meetings[0].start.date"),
    ("object for array", _set(("meetings", 0, "participants"), {"RUS": 1}), "$.meetings[0].participants"),
    ("string for array", _set(("meetings", 0, "participants"), "RUS"), "$.meetings[0].participants"),
    ("span beyond the text", _set(("text_length",), 10), "$"),
    ("schema version", _set(("schema_version",), 2), "$"),
]


@pytest.mark.parametrize(
    ("mutate", "path"), [c[1:] for c in BAD_DOCUMENTS], ids=[c[0] for c in BAD_DOCUMENTS]
)
def test_bad_document_raises_schema_error_with_path(
    mutate: Callable[[dict[str, Any]], None], path: str
) -> None:
    """Each bad value gives a SchemaError whose ``.paths`` names it; never a bare cattrs or KeyError."""
    doc = _document()
    mutate(doc)
    with pytest.raises(SchemaError) as info:
        loads(json.dumps(doc))
    assert path in info.value.paths
    assert all(" @ " in e for e in info.value.errors)
    assert path in str(info.value)


def test_unknown_key_error_names_the_key() -> None:
    """The message for an unknown key names the key, so a user can find it."""
    doc = _document()
    doc["meetings"][0]["venue"] = "Minsk"
    with pytest.raises(SchemaError, match="venue"):
        from_dict(doc)


@pytest.mark.parametrize(
    "text",
    ['{"schema_version": 1,', "", "not json", b"\xff\xfe{}"],
    ids=["truncated", "empty", "bare word", "bad utf-8"],
)
def test_malformed_json_raises_schema_error(text: str | bytes) -> None:
    """Text that is not JSON gives a SchemaError at ``$``, not a JSONDecodeError."""
    with pytest.raises(SchemaError, match="not valid JSON") as info:
        loads(text)
    assert info.value.paths == ("$",)


@pytest.mark.parametrize("text", ["[]", '[{"schema_version": 1}]', "null", "42", '"text"'])
def test_top_level_must_be_an_object(text: str) -> None:
    """A JSON array (or any non-object) at the top level gives a SchemaError at ``$``."""
    with pytest.raises(SchemaError, match="object") as info:
        loads(text)
    assert info.value.paths == ("$",)


def _json_values() -> st.SearchStrategy[Any]:
    leaves = st.one_of(
        st.none(), st.booleans(), st.integers(-3, 300), st.floats(allow_nan=False), st.text(max_size=5)
    )
    return st.recursive(
        leaves,
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
        max_leaves=6,
    )


def _paths(value: object, prefix: tuple[str | int, ...] = ()) -> list[tuple[str | int, ...]]:
    found: list[tuple[str | int, ...]] = [prefix] if prefix else []
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*prefix, index))
    return found


@given(gs.extractions(max_text_length=60), st.data())
def test_corrupted_documents_raise_only_schema_error(extraction: Extraction, data: st.DataObject) -> None:
    """Replacing any value of a valid document by arbitrary JSON either loads or raises SchemaError."""
    doc = to_dict(extraction)
    path = data.draw(st.sampled_from(_paths(doc)), label="path")
    corrupt = copy.deepcopy(doc)
    _set(path, data.draw(_json_values(), label="value"))(corrupt)
    outcome: object
    try:
        outcome = from_dict(corrupt)
    except SchemaError as exc:
        outcome = exc
    if isinstance(outcome, SchemaError):
        assert outcome.paths, outcome.errors
    else:
        assert isinstance(outcome, Extraction)
