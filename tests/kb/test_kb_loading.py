"""Loading the data files: typed records from good files, DataIntegrityError naming file and row otherwise."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from geopol.errors import DataIntegrityError
from geopol.kb import PlaceKind, loading
from geopol.model import MeetingLevel, MembershipStatus, OrganizationKind, PartialDate

FIXTURES = Path(__file__).parent / "fixtures"


def test_fixtures_load_into_typed_records() -> None:
    """Every file becomes typed records: enums, partial dates, tuples, resolved headquarters."""
    tables = loading.load(FIXTURES)
    assert len(tables.states) == 16
    csto = next(o for o in tables.organizations if o.id == "CSTO")
    assert csto.kind is OrganizationKind.SECURITY
    assert csto.founded == PartialDate(year=2002)
    assert csto.organ_levels["Council of Foreign Ministers"] is MeetingLevel.FOREIGN_MINISTERS
    assert csto.headquarters is not None
    assert (csto.headquarters.name, csto.headquarters.kind) == ("Moscow", PlaceKind.CAPITAL)
    assert csto.centers[0].parent == "CSTO"
    assert csto.former_names[0].until == PartialDate(year=2002, month=10, day=7)
    uzb = [m for m in tables.memberships if m.state == "UZB"]
    assert [m.end for m in uzb] == [
        PartialDate(year=1999, month=4, day=2),
        PartialDate(year=2012, month=12, day=20),
    ]
    assert {m.status for m in tables.memberships} >= {MembershipStatus.MEMBER, MembershipStatus.SUSPENDED}
    astana = next(p for p in tables.places if p.name == "Astana")
    assert astana.alt_names == ("Nur-Sultan", "Akmola", "Tselinograd")


def test_headquarters_outside_the_gazetteer_is_a_bare_city() -> None:
    """A headquarters city missing from places.csv still becomes a PlaceRecord of kind city."""
    tables = loading.load(FIXTURES)
    las = next(o for o in tables.organizations if o.id == "LAS")
    assert las.headquarters is not None
    assert (las.headquarters.name, las.headquarters.country) == ("Cairo", "EGY")
    oic = next(o for o in tables.organizations if o.id == "OIC")
    assert oic.headquarters is None


def _edit_json(
    filename: str, change: Callable[[dict[str, list[dict[str, object]]]], None]
) -> Callable[[Path], None]:
    def apply(folder: Path) -> None:
        path = folder / filename
        document = json.loads(path.read_text("utf-8"))
        change(document)
        path.write_text(json.dumps(document), "utf-8")

    return apply


def _append_line(filename: str, line: str) -> Callable[[Path], None]:
    def apply(folder: Path) -> None:
        with (folder / filename).open("a", encoding="utf-8") as f:
            f.write(line + "\n")

    return apply


def _replace(filename: str, old: str, new: str) -> Callable[[Path], None]:
    def apply(folder: Path) -> None:
        path = folder / filename
        text = path.read_text("utf-8")
        assert old in text
        path.write_text(text.replace(old, new, 1), "utf-8")

    return apply


def _set(
    list_key: str, index: int, field: str, value: object
) -> Callable[[dict[str, list[dict[str, object]]]], None]:
    def change(document: dict[str, list[dict[str, object]]]) -> None:
        document[list_key][index][field] = value

    return change


BROKEN = {
    "unknown state key": (
        _edit_json("states.json", _set("states", 2, "colour", "blue")),
        r"states\.json: states\[2\] \(KAZ\): unknown keys \['colour'\]",
    ),
    "bad alpha3": (
        _edit_json("states.json", _set("states", 0, "alpha3", "ZZZ")),
        r"states\.json: states\[0\].*'ZZZ'",
    ),
    "duplicate alpha2": (
        _edit_json("states.json", _set("states", 1, "alpha2", "AM")),
        r"states\.json: states\[1\] \(BLR\): alpha2 'AM' already used by ARM",
    ),
    "bad numeric": (
        _edit_json("states.json", _set("states", 0, "numeric", "51")),
        r"states\[0\] \(ARM\): 'numeric'",
    ),
    "bad valid_from": (
        _edit_json("states.json", _set("states", 0, "valid_from", "1991-13")),
        r"states\[0\] \(ARM\): 'valid_from'",
    ),
    "unknown org kind": (
        _edit_json("organizations.json", _set("organizations", 1, "kind", "club")),
        r"organizations\.json: organizations\[1\] \(UN\): 'kind'",
    ),
    "duplicate org id": (
        _edit_json("organizations.json", _set("organizations", 1, "id", "CSTO")),
        r"organizations\[1\] \(CSTO\): duplicate id",
    ),
    "organ level for no organ": (
        _edit_json("organizations.json", _set("organizations", 0, "organ_levels", {"Politburo": "other"})),
        r"organizations\[0\] \(CSTO\): 'organ_levels': 'Politburo' is not one of the organs",
    ),
    "bad meeting level": (
        _edit_json("organizations.json", _set("organizations", 0, "organ_levels", {"Secretariat": "kings"})),
        r"organizations\[0\] \(CSTO\): 'organ_levels': 'Secretariat'",
    ),
    "bad center country": (
        _edit_json(
            "organizations.json", _set("organizations", 0, "centers", [{"name": "X", "country": "Moscow"}])
        ),
        r"organizations\[0\] \(CSTO\): centers\[0\]: 'country'",
    ),
    "bad headquarters country": (
        _edit_json(
            "organizations.json",
            _set("organizations", 0, "headquarters", {"city": "Moscow", "country": "RU"}),
        ),
        r"organizations\[0\] \(CSTO\): headquarters: 'country'",
    ),
    "unknown membership org": (
        _append_line("memberships.csv", "NATO,ARM,member,,,"),
        r"memberships\.csv: line 19: unknown organization id 'NATO'",
    ),
    "unknown membership state": (
        _append_line("memberships.csv", "UN,FRA,member,,,"),
        r"memberships\.csv: line 19: unknown state 'FRA'",
    ),
    "bad membership status": (
        _append_line("memberships.csv", "UN,ARM,withdrawn,,,"),
        r"memberships\.csv: line 19: 'status'",
    ),
    "membership ends before it starts": (
        _append_line("memberships.csv", "UN,ARM,observer,2000,1999,"),
        r"memberships\.csv: line 19: .*ends",
    ),
    "bad membership date": (
        _append_line("memberships.csv", "UN,ARM,observer,2000-02-30,,"),
        r"memberships\.csv: line 19: 'start'",
    ),
    "short membership row": (
        _append_line("memberships.csv", "UN,ARM,observer"),
        r"memberships\.csv: line 19: expected 6 fields",
    ),
    "bad memberships header": (
        _replace("memberships.csv", "organization,state", "org,state"),
        r"memberships\.csv: line 1: expected header",
    ),
    "bad place kind": (_append_line("places.csv", "Gyumri,ARM,town,,0,,"), r"places\.csv: line 27: 'kind'"),
    "bad place country": (
        _append_line("places.csv", "Gyumri,AM,city,,0,,"),
        r"places\.csv: line 27: 'country'",
    ),
    "bad place population": (
        _append_line("places.csv", "Gyumri,ARM,city,,0,many,"),
        r"places\.csv: line 27: 'population'",
    ),
    "bad place ambiguous flag": (
        _append_line("places.csv", "Gyumri,ARM,city,,yes,,"),
        r"places\.csv: line 27: 'ambiguous'",
    ),
    "not json": (
        _replace(
            "organizations.json",
            "{",
            "[",
        ),
        r"organizations\.json: not valid JSON",
    ),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_corrupt_data_names_file_and_row(case: str, tmp_path: Path) -> None:
    """Each kind of defect raises DataIntegrityError whose message names the file, the row and the field."""
    folder = tmp_path / "data"
    shutil.copytree(FIXTURES, folder)
    damage, message = BROKEN[case]
    damage(folder)
    with pytest.raises(DataIntegrityError, match=message):
        loading.load(folder)


def test_missing_file_is_a_data_integrity_error(tmp_path: Path) -> None:
    """A missing data file raises DataIntegrityError naming it, not FileNotFoundError."""
    folder = tmp_path / "data"
    shutil.copytree(FIXTURES, folder)
    (folder / "places.csv").unlink()
    with pytest.raises(DataIntegrityError, match=r"places\.csv: cannot read"):
        loading.load(folder)
