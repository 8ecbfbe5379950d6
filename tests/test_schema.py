"""The JSON Schema: generated from the models, shipped in sync, and true of every dumped document."""

from __future__ import annotations

import enum
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import attrs
import jsonschema
import pytest
from hypothesis import given

from geopol import model
from geopol.model import SCHEMA_VERSION, Extraction, PartialDate
from geopol.schema import SCHEMA_ID, extraction_schema, schema_text, shipped_schema
from geopol.serialize import dumps, to_dict
from geopol.strategies import extractions

REGENERATE = "python -m geopol.schema > src/geopol/extraction.schema.json"
SRC = Path(__file__).resolve().parents[1] / "src"

VALIDATOR = jsonschema.Draft202012Validator(extraction_schema())


def _model_classes() -> dict[str, type]:
    return {name: obj for name, obj in vars(model).items() if isinstance(obj, type) and attrs.has(obj)}


def _enums() -> dict[str, type[enum.Enum]]:
    found = {}
    for obj in vars(model).values():
        if isinstance(obj, type) and issubclass(obj, enum.Enum):
            found[obj.__name__] = obj
    return found


def _errors(document: object) -> list[str]:
    return [e.message for e in VALIDATOR.iter_errors(document)]


def test_shipped_schema_matches_the_models() -> None:
    """The shipped schema file equals the one generated from the current models."""
    assert shipped_schema() == extraction_schema(), (
        f"src/geopol/extraction.schema.json is out of date; regenerate it with: {REGENERATE}"
    )


def test_schema_is_valid_draft_2020_12() -> None:
    """The generated schema is itself a valid draft 2020-12 schema with the expected header."""
    schema = extraction_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"] == SCHEMA_ID
    assert str(SCHEMA_VERSION) in schema["$id"]
    assert schema["title"]
    assert schema["$ref"] == "#/$defs/Extraction"


def test_every_model_class_and_enum_has_a_definition() -> None:
    """Each attrs class reachable from Extraction and each enum it uses has a ``$defs`` entry."""
    defs = extraction_schema()["$defs"]
    expected = set(_model_classes()) | {"MeetingLevel", "MeetingStatus", "StatementKind"}
    expected |= {"DateResolution", "SpeakerKind", "OrganizationKind"}
    missing = expected - set(defs) - {"Membership"}  # memberships are not (yet) part of an Extraction
    assert not missing
    assert defs["PartialDate"]["type"] == "string"


def test_objects_are_closed_and_list_every_key_in_field_order() -> None:
    """Every object definition forbids extra keys and requires all attrs fields, in field order."""
    defs = extraction_schema()["$defs"]
    for name, cls in _model_classes().items():
        if name not in defs or cls is PartialDate:
            continue
        definition = defs[name]
        fields = [f.name for f in attrs.fields(cls)]
        assert definition["additionalProperties"] is False, name
        assert definition["required"] == fields, name
        assert set(definition["properties"]) == set(fields), name


def test_enum_definitions_list_the_enum_values() -> None:
    """Enum definitions list exactly the values the converter writes."""
    defs = extraction_schema()["$defs"]
    for name, cls in _enums().items():
        if name in defs:
            assert defs[name]["enum"] == [m.value for m in cls], name


@pytest.mark.parametrize(
    ("value", "valid"),
    [("2023", True), ("2023-06", True), ("2023-06-19", True), ("2023-6", False), ("June 2023", False)],
)
def test_partial_date_pattern(value: str, valid: bool) -> None:
    """PartialDate is a string of YYYY, YYYY-MM or YYYY-MM-DD."""
    document = to_dict(Extraction(member_lists=[model.MemberList(organization="CSTO", states=())]))
    document["member_lists"][0]["checked_on"] = value
    assert (not _errors(document)) is valid


def test_schema_text_is_stable_json() -> None:
    """``schema_text`` is indented, key-sorted JSON ending in a newline, and parses to the schema."""
    text = schema_text()
    assert text.endswith("}\n")
    assert text.startswith('{\n  "$defs": {')
    assert json.loads(text) == extraction_schema()


def test_generation_does_not_depend_on_hash_seed() -> None:
    """``python -m geopol.schema`` prints the same text under different hash seeds (deterministic)."""
    outputs = []
    for seed in ("0", "12345"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(SRC)}
        result = subprocess.run(
            [sys.executable, "-m", "geopol.schema"], capture_output=True, text=True, env=env, check=True
        )
        outputs.append(result.stdout)
    assert outputs[0] == outputs[1] == schema_text()


@given(extractions())
def test_every_dumped_extraction_validates(extraction: Extraction) -> None:
    """Every document ``dumps`` writes is valid against the schema."""
    document = json.loads(dumps(extraction))
    assert _errors(document) == []


def _good() -> dict[str, Any]:
    meeting = model.Meeting(
        organization="CSTO", level=model.MeetingLevel.FOREIGN_MINISTERS, status=model.MeetingStatus.HELD
    )
    return to_dict(Extraction(text_length=10, meetings=(meeting,)))


def test_unknown_key_fails_validation() -> None:
    """A key the models do not have is a schema violation, at the top level and nested."""
    assert _errors(_good()) == []
    top = _good()
    top["language"] = "en"
    nested = _good()
    nested["meetings"][0]["venue"] = "Minsk"
    assert any("language" in m for m in _errors(top))
    assert any("venue" in m for m in _errors(nested))


def test_wrong_enum_value_fails_validation() -> None:
    """An enum field only takes the enum's values."""
    document = _good()
    document["meetings"][0]["level"] = "ministers"
    assert any("ministers" in m for m in _errors(document))


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("text_length", "10"),
        ("text_length", 1.5),
        ("text_length", True),
        ("schema_version", 2),
        ("meetings", {}),
    ],
)
def test_wrong_types_fail_validation(key: str, value: object) -> None:
    """Wrong JSON types, and a schema_version other than this geopol's, are schema violations."""
    document = _good()
    document[key] = value
    assert _errors(document)


def test_missing_key_fails_validation() -> None:
    """Every key is required: the converter always writes all of them."""
    document = _good()
    del document["meetings"][0]["body"]
    assert any("body" in m for m in _errors(document))
