"""Invented whole articles that mention organizations, leaders and meeting-like words but report no
multilateral meeting; the other facts of such articles are still read."""

from __future__ import annotations

import pytest

import geopol

OPINION_EASTERN_FLANK = """OPINION | The eastern flank cannot wait
By a guest columnist
For two decades NATO has promised Poland and the Baltic states that their security is indivisible \
from that of Western Europe. Yet the alliance still keeps only a thin tripwire of battalions in \
Estonia, Latvia and Lithuania. Deterrence on the cheap is an illusion, and every Russian exercise near \
the border proves it. Allies that spend less than two percent of their output on defence should \
explain why Warsaw must carry the burden alone."""

STATE_VISIT = """ANKARA, March 5 -- Mongolian President Ukhnaagiin Khurelsukh arrived in Ankara on \
Tuesday for a three-day state visit. Khurelsukh and Turkish President Recep Tayyip Erdogan held talks \
at the presidential complex and then addressed a joint press conference, where both leaders pledged \
to double bilateral trade. Erdogan said Turkey valued its partnership with Mongolia."""

SANCTIONS = """The European Union on Wednesday adopted a new package of sanctions against Belarus, \
freezing the assets of dozens of officials and banning exports of dual-use goods. The measures, agreed \
by ambassadors of the 27 member states, respond to Minsk's support for Russia's war in Ukraine, the \
bloc said."""

FAREWELL_LUNCHEON = """BRUSSELS -- Staff and ambassadors gathered on Friday for a farewell luncheon in \
honour of outgoing NATO Secretary General Jens Stoltenberg, who leaves office next week after ten \
years. Speakers praised his leadership of the alliance."""

SPORTS = """Kazakhstan's judoka took two gold medals on the final day of the championships in \
Tashkent, the Olympic Council of Asia said on Sunday. Officials of the council met the winners after \
the ceremony and praised the organisers. The team returns to Almaty on Monday."""


@pytest.mark.parametrize(
    ("text", "published"),
    [
        (OPINION_EASTERN_FLANK, "2024-03-02"),
        (STATE_VISIT, "2024-03-05"),
        (SANCTIONS, "2024-03-06"),
        (FAREWELL_LUNCHEON, "2024-09-28"),
        (SPORTS, "2024-03-10"),
    ],
    ids=["opinion-eastern-flank", "bilateral-state-visit", "sanctions", "farewell-luncheon", "sports"],
)
def test_article_reports_no_meeting(text: str, published: str) -> None:
    """An opinion column, a bilateral state visit with a joint press conference, a sanctions
    announcement, a farewell luncheon and a sports story about "the Olympic Council" yield no
    meeting."""
    extraction = geopol.parse(text, published=published)
    assert extraction.meetings == ()


@pytest.mark.parametrize(
    ("text", "published"),
    [
        (OPINION_EASTERN_FLANK, "2024-03-02"),
        (STATE_VISIT, "2024-03-05"),
        (SANCTIONS, "2024-03-06"),
        (FAREWELL_LUNCHEON, "2024-09-28"),
        (SPORTS, "2024-03-10"),
    ],
    ids=["opinion-eastern-flank", "bilateral-state-visit", "sanctions", "farewell-luncheon", "sports"],
)
def test_distractor_has_no_statement_or_center(text: str, published: str) -> None:
    """None of these articles reports a collective statement or a regional center either."""
    extraction = geopol.parse(text, published=published)
    assert (extraction.statements, extraction.centers) == ((), ())


def test_sanctions_story_still_yields_organization_and_states() -> None:
    """A story with no meeting still yields its organization (EU) and every state it names."""
    extraction = geopol.parse(SANCTIONS, published="2024-03-06")
    assert [o.id for o in extraction.organizations] == ["EU"]
    assert sorted(s.alpha3 for s in extraction.states) == ["BLR", "RUS", "UKR"]


def test_opinion_column_still_yields_organization_and_states() -> None:
    """The opinion column still yields NATO and the states it names (Poland, Estonia, Latvia,
    Lithuania, and Russia through "Russian")."""
    extraction = geopol.parse(OPINION_EASTERN_FLANK, published="2024-03-02")
    assert [o.id for o in extraction.organizations] == ["NATO"]
    assert sorted(s.alpha3 for s in extraction.states) == ["EST", "LTU", "LVA", "POL", "RUS"]


def test_state_visit_still_yields_people_and_states() -> None:
    """The state visit yields both presidents with their countries, and both states."""
    extraction = geopol.parse(STATE_VISIT, published="2024-03-05")
    people = {(p.name, p.role, p.country) for p in extraction.people}
    assert ("Ukhnaagiin Khurelsukh", "president", "MNG") in people
    assert ("Recep Tayyip Erdogan", "president", "TUR") in people
    assert sorted(s.alpha3 for s in extraction.states) == ["MNG", "TUR"]


def test_sports_council_is_not_an_organization() -> None:
    """ "The Olympic Council of Asia" is a sports body, not an intergovernmental organization."""
    extraction = geopol.parse(SPORTS, published="2024-03-10")
    assert extraction.organizations == ()


def test_opinion_column_with_generic_summits() -> None:
    """ "summit after summit" is rhetoric about many summits, not a report of one meeting."""
    text = (
        "For two decades NATO has promised Poland and the Baltic states that their security is "
        "indivisible from that of Western Europe. Yet summit after summit, the alliance has kept only a "
        "thin tripwire of battalions in Estonia, Latvia and Lithuania."
    )
    assert geopol.parse(text, published="2024-03-02").meetings == ()


def test_state_visit_naming_an_organization() -> None:
    """Bilateral talks during a state visit stay bilateral when the leaders pledge to cooperate
    within an organization."""
    text = (
        "ANKARA, March 5 -- Mongolian President Ukhnaagiin Khurelsukh arrived in Ankara on Tuesday for a "
        "three-day state visit. Khurelsukh and Turkish President Recep Tayyip Erdogan held talks at the "
        "presidential complex and then addressed a joint press conference, where both leaders pledged to "
        "double trade and to cooperate within the Organization of Turkic States."
    )
    assert geopol.parse(text, published="2024-03-05").meetings == ()
