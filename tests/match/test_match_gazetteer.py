"""The one-scan gazetteer: known surface forms found as whole tokens, longest first."""

from __future__ import annotations

import pickle

import pytest
from hypothesis import given
from hypothesis import strategies as st

from geopol.match.gazetteer import Entry, Gazetteer, NameMatch

UN = Entry(kind="org", key="UN")
UNSC = Entry(kind="organ", key="Security Council", parent="UN")
NATO = Entry(kind="org", key="NATO", form="acronym")
TAJIK = Entry(kind="state", key="TJK", form="adjective")
AFGHAN = Entry(kind="state", key="AFG", form="adjective")
DJIBOUTI_STATE = Entry(kind="state", key="DJI")
DJIBOUTI_CITY = Entry(kind="place", key="Djibouti", ambiguous=True)
FORMS = {
    "United Nations": [UN],
    "UN": [Entry(kind="org", key="UN", form="acronym")],
    "United Nations Security Council": [UNSC],
    "NATO": [NATO],
    "Tajik": [TAJIK],
    "Afghan": [AFGHAN],
    "Djibouti": [DJIBOUTI_STATE, DJIBOUTI_CITY],
    "C5+1": [Entry(kind="org", key="C5+1")],
}


@pytest.fixture
def gazetteer() -> Gazetteer:
    """A small hand-made gazetteer."""
    return Gazetteer(FORMS)


def _scan(g: Gazetteer, text: str) -> list[tuple[str, int, int]]:
    return [(m.text, m.start, m.end) for m in g.scan(text)]


def test_longest_match_wins(gazetteer: Gazetteer) -> None:
    """'United Nations Security Council' is one match, not 'United Nations' plus the rest."""
    text = "The United Nations Security Council and the United Nations met."
    matches = list(gazetteer.scan(text))
    assert [m.text for m in matches] == ["United Nations Security Council", "United Nations"]
    assert matches[0].entries == (UNSC,)
    assert matches[1].entries == (UN,)


def test_possessive_matches_the_bare_form(gazetteer: Gazetteer) -> None:
    """ "NATO's" and "NATO’s"-folded "NATO's" match the form "NATO" without the possessive."""
    assert _scan(gazetteer, "NATO's summit") == [("NATO", 0, 4)]
    assert _scan(gazetteer, "the Djibouti's port") == [("Djibouti", 4, 12)]


def test_hyphenated_compound_gives_both_parts(gazetteer: Gazetteer) -> None:
    """'Tajik-Afghan border' yields both adjectives, each with its own offsets."""
    matches = list(gazetteer.scan("the Tajik-Afghan border"))
    assert [(m.text, m.start, m.end) for m in matches] == [("Tajik", 4, 9), ("Afghan", 10, 16)]
    assert [m.entries for m in matches] == [(TAJIK,), (AFGHAN,)]


@pytest.mark.parametrize(
    "text", ["UNESCO", "UNs", "NATOs", "Tajikistan", "Afghanistan", "United Nationsx", "MUN"]
)
def test_form_inside_a_longer_word_does_not_match(gazetteer: Gazetteer, text: str) -> None:
    """A listed form that is only part of a longer word is not a match."""
    assert _scan(gazetteer, f"the {text} met") == []


def test_form_with_regex_metacharacters(gazetteer: Gazetteer) -> None:
    """A form like 'C5+1' is matched literally, not as a regex."""
    assert _scan(gazetteer, "the C5+1 and C55 1") == [("C5+1", 4, 8)]


def test_one_form_can_carry_several_entries(gazetteer: Gazetteer) -> None:
    """An ambiguous surface keeps every entry; of_kind picks those of one kind."""
    (match,) = gazetteer.scan("in Djibouti")
    assert match.entries == (DJIBOUTI_STATE, DJIBOUTI_CITY)
    assert match.of_kind("place") == (DJIBOUTI_CITY,)
    assert match.of_kind("org") == ()


def test_lookup_is_exact(gazetteer: Gazetteer) -> None:
    """lookup returns the entries of an exact surface form, and () for anything else."""
    assert gazetteer.lookup("NATO") == (NATO,)
    assert gazetteer.lookup("nato") == ()
    assert gazetteer.lookup("NATO's") == ()


def test_scan_is_case_sensitive(gazetteer: Gazetteer) -> None:
    """Lower-case 'nato' or 'united nations' are not the listed forms."""
    assert _scan(gazetteer, "nato and united nations") == []


def test_empty_form_is_ignored() -> None:
    """An empty surface form is dropped instead of matching everywhere."""
    g = Gazetteer({"": [UN], "NATO": [NATO]})
    assert _scan(g, "a NATO b") == [("NATO", 2, 6)]
    assert g.lookup("") == ()


def test_empty_gazetteer_matches_nothing() -> None:
    """A gazetteer without forms finds nothing in any text."""
    assert _scan(Gazetteer({}), "United Nations") == []


def test_pickle_round_trip_scans_the_same(gazetteer: Gazetteer) -> None:
    """A pickled and unpickled gazetteer finds the same matches with the same entries."""
    text = "NATO's Tajik-Afghan talks at the United Nations Security Council in Djibouti with the UN."
    before = list(gazetteer.scan(text))
    clone = pickle.loads(pickle.dumps(gazetteer))
    assert isinstance(clone, Gazetteer)
    assert list(clone.scan(text)) == before
    assert clone.lookup("Djibouti") == gazetteer.lookup("Djibouti")
    assert len(before) == 6


def test_pickle_does_not_carry_the_compiled_pattern(gazetteer: Gazetteer) -> None:
    """Pickling after a scan stores the forms, not the compiled regex, and the clone compiles lazily."""
    list(gazetteer.scan("NATO"))
    clone = pickle.loads(pickle.dumps(gazetteer))
    assert b"(?<!" not in pickle.dumps(gazetteer)
    assert clone.pattern.pattern == gazetteer.pattern.pattern


FRAGMENTS = [*FORMS, "UNESCO", "Tajikistan", "'s", "-", " ", "x", "\n", ".", "United", "Nations"]
texts = st.one_of(st.text(max_size=40), st.lists(st.sampled_from(FRAGMENTS), max_size=20).map("".join))


@given(texts)
def test_matches_are_exact_disjoint_and_known(text: str) -> None:
    """Each match is text[start:end], a listed form with its entries, a whole token; no overlaps."""
    g = Gazetteer(FORMS)
    matches = list(g.scan(text))
    previous_end = 0
    for m in matches:
        assert isinstance(m, NameMatch)
        assert text[m.start : m.end] == m.text
        assert m.entries == tuple(FORMS[m.text])
        assert m.start >= previous_end
        assert not (m.start > 0 and (text[m.start - 1].isalnum() or text[m.start - 1] == "_"))
        assert not (m.end < len(text) and (text[m.end].isalnum() or text[m.end] == "_"))
        previous_end = m.end
