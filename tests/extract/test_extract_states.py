"""States: names, short forms, aliases and demonyms, without the classic false positives."""

from __future__ import annotations

import pytest

import geopol
from geopol.model import Extraction


def _codes(e: Extraction) -> set[str]:
    return {s.alpha3 for s in e.states}


def _assert_spans(text: str, e: Extraction) -> None:
    for s in e.states:
        for m in s.mentions:
            assert text[m.span.start : m.span.end] == m.text


def test_names_are_states_with_spans() -> None:
    """Plain state names give their codes, one StateMention per state with every mention."""
    text = "Kazakhstan and Uzbekistan signed a water deal. Kazakhstan will build the dam."
    e = geopol.parse(text)
    assert [s.alpha3 for s in e.states] == ["KAZ", "UZB"]
    assert [m.text for m in e.states[0].mentions] == ["Kazakhstan", "Kazakhstan"]
    _assert_spans(text, e)


def test_short_forms() -> None:
    """'U.S.', 'UK' and 'UAE' are the United States, the United Kingdom and the Emirates."""
    text = "The U.S. and the UK welcomed the ceasefire, as did the UAE."
    e = geopol.parse(text)
    assert [(s.alpha3, [m.text for m in s.mentions]) for s in e.states] == [
        ("USA", ["U.S."]),
        ("GBR", ["UK"]),
        ("ARE", ["UAE"]),
    ]
    _assert_spans(text, e)


@pytest.mark.parametrize(
    ("alias", "alpha3"),
    [("Ivory Coast", "CIV"), ("Burma", "MMR"), ("Türkiye", "TUR"), ("Kyrgyz Republic", "KGZ")],
)
def test_aliases(alias: str, alpha3: str) -> None:
    """Aliases and official forms ('Ivory Coast', 'Burma', 'Türkiye', 'Kyrgyz Republic') are states."""
    text = f"Officials from {alias} attended the regional security conference on Monday."
    e = geopol.parse(text)
    assert _codes(e) == {alpha3}
    assert [m.text for m in e.states[0].mentions] == [alias]
    _assert_spans(text, e)


def test_adjectives_and_demonyms() -> None:
    """'Afghan', 'Emirati' and 'Filipino' name AFG, ARE and PHL."""
    text = "Afghan refugees, Emirati investors and Filipino workers were discussed at the talks."
    e = geopol.parse(text)
    assert _codes(e) == {"AFG", "ARE", "PHL"}


def test_hyphenated_compound_names_both_states() -> None:
    """'Tajik-Afghan border' names TJK and AFG, each with its own span."""
    text = "Troops patrolled the Tajik-Afghan border on Monday."
    e = geopol.parse(text)
    assert [(s.alpha3, [m.text for m in s.mentions]) for s in e.states] == [
        ("TJK", ["Tajik"]),
        ("AFG", ["Afghan"]),
    ]
    _assert_spans(text, e)


def test_hyphenated_pairs_of_names() -> None:
    """'Russia-Ukraine' and 'U.S.-China' name all four states."""
    e = geopol.parse("Leaders discussed Russia-Ukraine relations and U.S.-China trade.")
    assert _codes(e) == {"RUS", "UKR", "USA", "CHN"}


def test_guideline_view_lists_sorted_codes() -> None:
    """to_guideline() lists the state codes sorted, each once."""
    text = "Uzbekistan, Afghanistan and Uzbekistan's neighbour Tajikistan met."
    assert geopol.to_guideline(geopol.parse(text))["states"] == ["AFG", "TJK", "UZB"]


@pytest.mark.parametrize(
    "text",
    [
        "The governor flew from New Mexico to New Jersey last year.",
        "Tensions rose in the South China Sea on Friday.",
        "The conference was held in Atlanta, Georgia, last month.",
        "Ships sailed through the Gulf of Aden and the Red Sea toward the Indian Ocean.",
        "The Indo-Pacific strategy was discussed at length.",
    ],
)
def test_place_names_containing_a_state_name_are_not_states(text: str) -> None:
    """'New Mexico', 'New Jersey', 'the South China Sea', 'Atlanta, Georgia', 'Indian Ocean' and
    'Indo-Pacific' name no state."""
    assert geopol.parse(text).states == ()


def test_south_china_sea_beside_china_keeps_only_the_real_mention() -> None:
    """'China's navy ... the South China Sea' gives CHN from 'China' alone, not from the sea."""
    text = "China's navy patrolled the South China Sea."
    e = geopol.parse(text)
    assert [(s.alpha3, [m.text for m in s.mentions]) for s in e.states] == [("CHN", ["China"])]


@pytest.mark.parametrize(
    "text",
    [
        "Chad Johnson and Michael Jordan attended the charity gala in Miami.",
        "Chad Johnson said the team would win. Michael Jordan told reporters he agreed.",
    ],
)
def test_person_names_are_not_states(text: str) -> None:
    """'Chad' and 'Jordan' inside a person's name give no TCD or JOR."""
    codes = _codes(geopol.parse(text))
    assert "TCD" not in codes
    assert "JOR" not in codes


def test_ambiguous_names_used_as_states_count() -> None:
    """'Jordan', 'Turkey', 'Chad', 'Niger' and 'Georgia' used as states are states."""
    text = (
        "Jordan and Egypt condemned the strike. Turkey and Greece agreed to talk. "
        "Troops left Chad and Niger. Georgia's foreign minister visited Baku."
    )
    assert _codes(geopol.parse(text)) == {"JOR", "EGY", "TUR", "GRC", "TCD", "NER", "GEO"}


@pytest.mark.parametrize(
    ("text", "alpha3"),
    [
        ("He was born in Tbilisi, Georgia, in 1970.", "GEO"),
        ("The minister flew to Amman, Jordan, on Monday.", "JOR"),
        ("Talks opened in Niamey, Niger, on Monday.", "NER"),
    ],
)
def test_city_comma_ambiguous_state_counts_when_the_city_is_in_it(text: str, alpha3: str) -> None:
    """'Tbilisi, Georgia' names Georgia (GEO): the guard is only for US cities such as Atlanta."""
    assert _codes(geopol.parse(text)) == {alpha3}


@pytest.mark.parametrize(
    "text",
    [
        "The Economic Community of West African States met on Monday.",
        "The Organization of American States met in Washington.",
        "The Southern African Development Community held a summit.",
    ],
)
def test_state_inside_an_organization_name_is_not_a_state(text: str) -> None:
    """A state or its adjective named only inside an organization's name ('Organization of American
    States') gives no state, while the organization is found."""
    e = geopol.parse(text)
    assert e.states == ()
    assert len(e.organizations) == 1


def test_state_beside_an_organization_name_still_counts() -> None:
    """States named outside the organization's name in the same sentence are kept."""
    text = "The Collective Security Treaty Organization, which includes Russia and Belarus, met in Minsk."
    assert _codes(geopol.parse(text)) == {"RUS", "BLR"}


@pytest.mark.parametrize(
    "text",
    [
        "Shelling was reported in Kyiv overnight.",
        "The envoy visited Washington and London.",
        "The conference was held in Mexico City on Monday.",
    ],
)
def test_cities_are_not_states(text: str) -> None:
    """A city alone ('Kyiv', 'Washington', 'Mexico City') names no state."""
    assert geopol.parse(text).states == ()


def test_regions_are_not_states() -> None:
    """'Central Asia', 'the Middle East' and 'Latin American' name no state."""
    text = "Central Asia, the Middle East and Latin American leaders were on the agenda."
    assert geopol.parse(text).states == ()
