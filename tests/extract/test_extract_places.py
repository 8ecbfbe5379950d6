"""Places: cities resolved to their state through the knowledge base; ambiguous names need context."""

from __future__ import annotations

import pytest

import geopol
from geopol.kb import KnowledgeBase
from geopol.model import Extraction


def _places(e: Extraction) -> list[tuple[str | None, str | None]]:
    return [(p.city, p.country) for p in e.places]


def _surfaces(text: str, e: Extraction) -> list[str]:
    out = []
    for p in e.places:
        assert p.evidence is not None
        span = p.evidence.spans[0]
        out.append(text[span.start : span.end])
    return out


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The talks were held in Bishkek on Monday.", ("Bishkek", "KGZ")),
        ("Leaders gathered at a lakeside resort in Cholpon-Ata for the summit.", ("Cholpon-Ata", "KGZ")),
        ("The envoy flew to Vilnius for consultations.", ("Vilnius", "LTU")),
    ],
)
def test_city_resolves_to_its_state(text: str, place: tuple[str, str]) -> None:
    """A known city ('Bishkek', 'Cholpon-Ata') gives a Place with the state from the KB."""
    assert _places(geopol.parse(text)) == [place]


def test_former_city_name_gives_the_current_name() -> None:
    """'Kiev' is the former name of Kyiv: the Place is Kyiv in UKR, its span on 'Kiev'."""
    text = "Delegates arrived in Kiev on Monday for two days of talks."
    e = geopol.parse(text)
    assert _places(e) == [("Kyiv", "UKR")]
    assert _surfaces(text, e) == ["Kiev"]


def test_renamed_capital_gives_the_current_name() -> None:
    """'Nur-Sultan' is a former name of Astana: the Place is Astana in KAZ."""
    text = "The forum took place in Nur-Sultan in 2019."
    e = geopol.parse(text)
    assert _places(e) == [("Astana", "KAZ")]
    assert _surfaces(text, e) == ["Nur-Sultan"]


def test_every_city_mention_is_a_place_with_its_span() -> None:
    """Two cities in one text give two places, in order, each with the span of its surface form."""
    text = "The talks were held in Bishkek. Later the delegates moved to Cholpon-Ata."
    e = geopol.parse(text)
    assert _places(e) == [("Bishkek", "KGZ"), ("Cholpon-Ata", "KGZ")]
    assert _surfaces(text, e) == ["Bishkek", "Cholpon-Ata"]


def test_city_does_not_add_its_state_to_states() -> None:
    """A city gives a Place but its state is not 'named' by the text (no StateMention)."""
    e = geopol.parse("The talks were held in Bishkek on Monday.")
    assert e.states == ()


def test_kb_marks_nice_ambiguous_and_bishkek_not() -> None:
    """Precondition of the context tests below: the KB flags 'Nice' (an English word) as ambiguous."""
    kb = KnowledgeBase.default()
    nice, bishkek = kb.place("Nice"), kb.place("Bishkek")
    assert nice is not None
    assert bishkek is not None
    assert (nice.country, nice.ambiguous) == ("FRA", True)
    assert bishkek.ambiguous is False


@pytest.mark.parametrize(
    "text",
    [
        "The summit will be held in Nice next month.",
        "The ministers met at Nice on Friday.",
        "The meeting was held in Nice, France, on Friday.",
    ],
)
def test_ambiguous_city_counts_in_a_strong_context(text: str) -> None:
    """An ambiguous city name after 'in'/'at' or before ', <state>' is the city."""
    assert _places(geopol.parse(text)) == [("Nice", "FRA")]


@pytest.mark.parametrize(
    "text",
    [
        "Nice weather greeted the delegates on Monday.",
        "Nice words will not end the war, the analyst said.",
    ],
)
def test_ambiguous_city_as_an_ordinary_word_is_no_place(text: str) -> None:
    """'Nice' as an ordinary capitalized word gives no place."""
    assert geopol.parse(text).places == ()


def test_ambiguous_capital_needs_context_too() -> None:
    """'Kingston' (KB-ambiguous) is a place after 'in', not as the subject of a sentence."""
    assert _places(geopol.parse("The ministers met in Kingston on Friday.")) == [("Kingston", "JAM")]
    assert geopol.parse("Kingston is a common name for towns.").places == ()


def test_city_inside_a_person_name_is_no_place() -> None:
    """'Santiago' in 'Santiago Peña said' is part of a person's name, while 'at Santiago' is a city."""
    text = "Delegates gathered at Santiago on Monday. Santiago Peña said the talks went well."
    e = geopol.parse(text)
    assert _places(e) == [("Santiago", "CHL")]
    assert _surfaces(text, e) == ["Santiago"]
    assert [p.name for p in e.people] == ["Santiago Peña"]
