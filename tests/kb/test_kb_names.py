"""Name keys: what the knowledge base treats as the same name, and what it keeps apart."""

from __future__ import annotations

import string

import pytest
from hypothesis import given
from hypothesis import strategies as st

from geopol.kb import names


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Türkiye", "turkiye"),
        ("Côte d’Ivoire", "cote d'ivoire"),
        ("Nur-Sultan", "nur sultan"),
        ("  the   Philippines ", "Philippines"),
        ("The Gambia", "gambia"),
        ("the U.N.", "UN"),
        ("N.A.T.O.", "nato"),
        ("U. S.", "us"),
    ],
)
def test_key_folds_case_accents_hyphens_article_and_dots(a: str, b: str) -> None:
    """key() equates case, diacritic, apostrophe, hyphen, "the" and dotted-acronym variants."""
    assert names.key(a) == names.key(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [("Georgia", "Georgian"), ("Congo", "DR Congo"), ("Niger", "Nigeria"), ("theocracy", "ocracy")],
)
def test_key_keeps_different_names_apart(a: str, b: str) -> None:
    """key() does not merge different words (and strips "the" only as a whole leading word)."""
    assert names.key(a) != names.key(b)


def test_org_key_folds_british_spelling() -> None:
    """org_key() equates Organisation/Organization, Centre/Center, Defence/Defense, Co-operation."""
    assert names.org_key("Organisation of Islamic Co-operation") == names.org_key(
        "Organization of Islamic Cooperation"
    )
    assert names.org_key("Regional Centre for Defence") == names.org_key("regional center for defense")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("US", "US"),
        ("U.S.", "US"),
        ("UAE", "UAE"),
        ("U.A.E.", "UAE"),
        ("us", None),
        ("USSR", None),
        ("Us", None),
    ],
)
def test_short_caps(text: str, expected: str | None) -> None:
    """short_caps() recognizes only two/three capital letters, dotted or not."""
    assert names.short_caps(text) == expected


@given(st.text(alphabet=string.ascii_uppercase, min_size=2, max_size=6))
def test_dotted_round_trip(acronym: str) -> None:
    """undotted(dotted(A)) == A for every two-to-six-letter capital acronym."""
    dotted = names.dotted(acronym)
    assert dotted is not None
    assert names.undotted(dotted) == acronym


@given(st.text(max_size=40))
def test_key_is_total_and_case_blind(text: str) -> None:
    """key() accepts any text and returns text that ignores ASCII case."""
    assert isinstance(names.key(text), str)
    ascii_only = "".join(c for c in text if c.isascii())
    assert names.key(ascii_only.upper()) == names.key(ascii_only.lower())
