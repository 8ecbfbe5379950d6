"""Member lists read from invented news text: the enumeration forms, single-state and anaphoric
forms, the knowledge-base check on the publication date, and the flat view."""

from __future__ import annotations

import pytest

import geopol
from geopol.model import Extraction, MemberList, PartialDate


def _lists(extraction: Extraction) -> list[tuple[str, tuple[str, ...]]]:
    return [(ml.organization, ml.states) for ml in extraction.member_lists]


def _only_list(extraction: Extraction) -> MemberList:
    assert len(extraction.member_lists) == 1, extraction.member_lists
    return extraction.member_lists[0]


@pytest.mark.parametrize(
    ("text", "organization", "states"),
    [
        (
            "The CSTO, a regional security alliance made up of Russia, Belarus, Armenia, Kazakhstan, "
            "Kyrgyzstan, and Tajikistan, held drills in Moscow.",
            "CSTO",
            ("RUS", "BLR", "ARM", "KAZ", "KGZ", "TJK"),
        ),
        (
            "Diplomats from the Shanghai Cooperation Organization member states India, Pakistan and Iran "
            "attended the forum.",
            "SCO",
            ("IND", "PAK", "IRN"),
        ),
        (
            "The Eurasian Economic Union, comprising Russia, Belarus, Kazakhstan, Armenia and Kyrgyzstan, "
            "reported growth.",
            "EAEU",
            ("RUS", "BLR", "KAZ", "ARM", "KGZ"),
        ),
    ],
    ids=["made-up-of", "member-states", "comprising"],
)
def test_enumeration_after_organization(text: str, organization: str, states: tuple[str, ...]) -> None:
    """ "made up of", "member states" and "comprising" after an organization give its member list,
    in the text's order."""
    assert _lists(geopol.parse(text)) == [(organization, states)]


def test_line_per_state_list_after_colon() -> None:
    """A colon and one "Republic of X," line per state give the list, the "Republic of" forms read as
    the states themselves."""
    text = (
        "The Collective Security Treaty Organization has the following member states:\n"
        "Republic of Armenia,\n"
        "Republic of Belarus,\n"
        "Republic of Kazakhstan,\n"
        "Kyrgyz Republic,\n"
        "Russian Federation,\n"
        "Republic of Tajikistan."
    )
    assert _lists(geopol.parse(text)) == [("CSTO", ("ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK"))]


def test_short_colon_list() -> None:
    """ "CSTO member states:" followed by three lines lists those three states."""
    text = "CSTO member states:\nRepublic of Armenia,\nRepublic of Belarus,\nRepublic of Kazakhstan."
    assert _lists(geopol.parse(text)) == [("CSTO", ("ARM", "BLR", "KAZ"))]


def test_parenthetical_list() -> None:
    """A parenthetical list right after the organization gives its member list."""
    text = (
        "The Gulf Cooperation Council (Saudi Arabia, Kuwait, Qatar, Bahrain, Oman and the United Arab "
        "Emirates) agreed on a customs plan."
    )
    assert _lists(geopol.parse(text)) == [("GCC", ("SAU", "KWT", "QAT", "BHR", "OMN", "ARE"))]


def test_reverse_form_names_both_organizations() -> None:
    """ "A, B and C are members of NATO and the European Union" gives one list for each organization."""
    text = "Estonia, Latvia and Lithuania are members of NATO and the European Union."
    assert sorted(_lists(geopol.parse(text))) == [
        ("EU", ("EST", "LVA", "LTU")),
        ("NATO", ("EST", "LVA", "LTU")),
    ]


def test_single_state_will_not_withdraw() -> None:
    """ "Armenia will not withdraw from the CSTO" presents one member (guideline rule 5: a state
    talking of leaving is still listed)."""
    text = "Armenia will not withdraw from the CSTO, the prime minister's office said."
    assert _lists(geopol.parse(text)) == [("CSTO", ("ARM",))]


def test_the_three_countries_joined() -> None:
    """ "The three countries joined NATO" after a three-state list makes those three NATO members."""
    text = (
        "Estonia, Latvia and Lithuania regained independence in 1991. "
        "The three countries joined NATO in 2004."
    )
    assert _lists(geopol.parse(text)) == [("NATO", ("EST", "LVA", "LTU"))]


def test_the_two_countries_refer_to_the_nearest_pair() -> None:
    """ "The two countries joined NATO" refers to the nearest run of two states (Finland and Sweden),
    not to an earlier pair (Russia and Belarus)."""
    text = (
        "Russia and Belarus objected to the move. Finland and Sweden applied in May 2022. "
        "The two countries joined NATO within a year."
    )
    assert _lists(geopol.parse(text)) == [("NATO", ("FIN", "SWE"))]


# --- the knowledge-base check on the publication date ----------------------------------------------


def test_member_left_out_is_omitted() -> None:
    """Listing the CSTO without Armenia on 2023-01-01 leaves ARM in `omitted`, with no not_members,
    checked on the publication date."""
    text = (
        "The CSTO, an alliance made up of Russia, Belarus, Kazakhstan, Kyrgyzstan and Tajikistan, "
        "held drills."
    )
    ml = _only_list(geopol.parse(text, published="2023-01-01"))
    assert ml.states == ("RUS", "BLR", "KAZ", "KGZ", "TJK")
    assert ml.omitted == ("ARM",)
    assert ml.not_members == ()
    assert ml.checked_on == PartialDate.from_iso("2023-01-01")


@pytest.mark.parametrize(
    ("published", "not_members"),
    [("2015-01-01", ("UZB",)), ("2008-01-01", ())],
    ids=["after-uzbekistan-left", "while-uzbekistan-was-member"],
)
def test_listed_non_member_on_publication_date(published: str, not_members: tuple[str, ...]) -> None:
    """Uzbekistan listed as a CSTO member is flagged in `not_members` in 2015 (after it left) but
    not in 2008 (when it was a member); nobody is omitted either time."""
    text = (
        "The CSTO, an alliance made up of Russia, Belarus, Armenia, Kazakhstan, Kyrgyzstan, Tajikistan "
        "and Uzbekistan, held drills."
    )
    ml = _only_list(geopol.parse(text, published=published))
    assert ml.not_members == not_members
    assert ml.omitted == ()


def test_without_publication_date_nothing_is_dated() -> None:
    """With no publication date the list has no `checked_on` date."""
    text = "Armenia will not withdraw from the CSTO, the prime minister's office said."
    assert _only_list(geopol.parse(text)).checked_on is None


def test_guideline_view_shows_members_under_organization() -> None:
    """The flat view puts the listed members, in text order, under their organization."""
    text = (
        "The CSTO, a regional security alliance made up of Russia, Belarus, Armenia, Kazakhstan, "
        "Kyrgyzstan, and Tajikistan, held drills in Moscow."
    )
    flat = geopol.to_guideline(geopol.parse(text))
    by_acronym = {o["acronym"]: o for o in flat["organizations"]}
    assert by_acronym["CSTO"]["members"] == ["RUS", "BLR", "ARM", "KAZ", "KGZ", "TJK"]


def test_guideline_view_without_list_has_empty_members() -> None:
    """An organization the text gives no members for has `members == []` in the flat view."""
    flat = geopol.to_guideline(geopol.parse("NATO foreign ministers met in Brussels on Tuesday."))
    assert [(o["acronym"], o["members"]) for o in flat["organizations"]] == [("NATO", [])]
