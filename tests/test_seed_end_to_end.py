"""The bundled seed article (CSTO foreign ministers in Bishkek) parsed end to end, with no
publication date: every fact kind the guideline asks for."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

import geopol
from geopol.model import Extraction, MeetingLevel, MeetingStatus, StatementKind

SEED = "csto-cfm-bishkek-amutv.txt"
CSTO_MEMBERS = ("RUS", "BLR", "ARM", "KAZ", "KGZ", "TJK")
_PUNCT = " .,;:!?\"'“”‘’"


@pytest.fixture(scope="module")
def seed_text() -> str:
    return resources.files("geopol.examples").joinpath(SEED).read_text("utf-8")


@pytest.fixture(scope="module")
def seed(seed_text: str) -> Extraction:
    return geopol.parse(seed_text)


def test_packaged_seed_equals_repository_copy(seed_text: str) -> None:
    """The seed shipped in the package is the same text as `seeds/` in the repository."""
    copy = Path(__file__).resolve().parents[1] / "seeds" / SEED
    if not copy.exists():
        pytest.skip("not run from a source checkout")
    assert copy.read_text("utf-8") == seed_text


def test_no_publication_date(seed: Extraction) -> None:
    """The seed has no dateline or date line, so nothing gives a publication date."""
    assert seed.published is None


def test_csto_with_its_six_listed_members(seed: Extraction) -> None:
    """ "made up of Russia, Belarus, Armenia, Kazakhstan, Kyrgyzstan, and Tajikistan" is the CSTO's one
    member list, in text order, and the knowledge base (current memberships, since there is no
    publication date) flags none of them as not_members."""
    assert [(ml.organization, ml.states) for ml in seed.member_lists] == [("CSTO", CSTO_MEMBERS)]
    ml = seed.member_lists[0]
    assert ml.not_members == ()
    assert ml.checked_on is None


def test_organizations_are_csto_and_un(seed: Extraction) -> None:
    """The organizations are the CSTO and the UN (named as "United Nations" and "U.N.")."""
    assert sorted(o.id for o in seed.organizations) == ["CSTO", "UN"]
    un = next(o for o in seed.organizations if o.id == "UN")
    assert {m.text for m in un.mentions} == {"United Nations", "U.N."}


def test_one_held_foreign_ministers_meeting_in_bishkek(seed: Extraction) -> None:
    """One meeting: CSTO foreign ministers, held in Bishkek, KGZ; the repeated "meeting" mentions
    merge; with no publication date, no start date is resolved."""
    assert len(seed.meetings) == 1
    m = seed.meetings[0]
    assert m.organization == "CSTO"
    assert m.level is MeetingLevel.FOREIGN_MINISTERS
    assert m.status is MeetingStatus.HELD
    assert m.place is not None
    assert (m.place.city, m.place.country) == ("Bishkek", "KGZ")
    assert m.start is None or m.start.date is None


def test_joint_statement_with_its_two_quoted_passages(seed: Extraction) -> None:
    """One CSTO joint statement, linked to the meeting, with exactly the two passages the statement
    "read" (words compared without trailing punctuation)."""
    assert len(seed.statements) == 1
    st = seed.statements[0]
    assert (st.organization, st.kind, st.meeting) == ("CSTO", StatementKind.JOINT_STATEMENT, 0)
    assert [q.text.strip(_PUNCT) for q in st.quotes] == [
        "We reaffirm our determination to assist Afghanistan on its path to becoming a peaceful and "
        "stable country",
        "We declare our readiness to participate in global efforts for Afghanistan’s development, with "
        "the U.N. playing a coordinating role. We call on the international community to step up "
        "humanitarian assistance to the Afghan people",
    ]


def test_un_regional_center_in_almaty(seed: Extraction) -> None:
    """The "U.N. Regional Center in Almaty, Kazakhstan" is the one center: parent UN, Almaty, KAZ."""
    assert [(c.name, c.parent) for c in seed.centers] == [("U.N. Regional Center", "UN")]
    place = seed.centers[0].place
    assert place is not None
    assert (place.city, place.country) == ("Almaty", "KAZ")


def test_military_analyst_without_country(seed: Extraction) -> None:
    """The one person is Bismillah Taban, "military analyst", with no country (the text gives none)."""
    assert [(p.name, p.role, p.country) for p in seed.people] == [
        ("Bismillah Taban", "military analyst", None)
    ]


def test_states_named(seed: Extraction) -> None:
    """The states are exactly those named, including by adjective ("Afghan"): AFG, ARM, BLR, KAZ,
    KGZ, RUS, TJK."""
    assert sorted(s.alpha3 for s in seed.states) == ["AFG", "ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK"]


def test_every_surface_equals_its_span(seed: Extraction, seed_text: str) -> None:
    """Every mention and quote text is exactly `text[span.start:span.end]`, and every span anywhere in
    the extraction lies inside the text."""
    assert seed.text_length == len(seed_text)
    mentions = [
        m for group in (seed.organizations, seed.states, seed.people) for x in group for m in x.mentions
    ]
    quotes = [*seed.quotes, *(q for st in seed.statements for q in st.quotes)]
    assert mentions
    assert quotes
    for item in [*mentions, *quotes]:
        assert seed_text[item.span.start : item.span.end] == item.text
    assert all(0 <= s.start <= s.end <= len(seed_text) for s in seed.spans())


def test_guideline_view_of_seed(seed: Extraction) -> None:
    """The flat view agrees with the typed one: CSTO members, the Bishkek meeting, the center."""
    flat = geopol.to_guideline(seed)
    csto = next(o for o in flat["organizations"] if o["acronym"] == "CSTO")
    assert csto["members"] == list(CSTO_MEMBERS)
    assert [
        (m["organization"], m["level"], m["city"], m["country"], m["status"]) for m in flat["meetings"]
    ] == [("CSTO", "foreign_ministers", "Bishkek", "KGZ", "held")]
    assert flat["centers"] == [
        {"name": "U.N. Regional Center", "parent": "UN", "city": "Almaty", "country": "KAZ"}
    ]
