"""Word lists compiled into one prefix-tree regex: exact words, longest first, whole tokens."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from geopol.match.trie import compile_names, trie_pattern

NAMES = ["UN", "UNESCO", "United Nations", "United Nations Security Council", "C5+1", "U.S.", "EU"]


def _found(words: list[str], text: str) -> list[str]:
    return [m.group() for m in compile_names(words).finditer(text)]


def test_matches_exactly_the_word_list() -> None:
    """The bare trie pattern fullmatches each listed word and nothing else."""
    pattern = re.compile(trie_pattern(NAMES))
    for word in NAMES:
        assert pattern.fullmatch(word), word
    for other in ["U", "UNES", "United", "United Nations Security", "C5", "US", "U.S", "E", ""]:
        assert pattern.fullmatch(other) is None, other


def test_prefers_the_longest_word() -> None:
    """When one listed word is a prefix of another, the longer one is matched."""
    text = "The United Nations Security Council and the United Nations met."
    assert _found(NAMES, text) == ["United Nations Security Council", "United Nations"]


def test_respects_word_boundaries() -> None:
    """A listed word inside a longer word does not match ("UN" inside "UNICEF", "EU" inside "EUR")."""
    assert _found(["UN", "EU"], "UNICEF, UNESCO, EUR and UNs; the UN and the EU.") == ["UN", "EU"]


def test_longer_listed_word_wins_over_a_listed_prefix() -> None:
    """When "UNESCO" is listed too, it is found whole, not as "UN" plus a remainder."""
    assert _found(["UN", "UNESCO"], "UNESCO and the UN") == ["UNESCO", "UN"]


def test_backtracks_to_a_shorter_word_at_a_boundary() -> None:
    """If the longest candidate runs into a word character, the shorter listed word still matches."""
    assert _found(["United Nations", "United Nations Security Council"], "United Nations Securityx") == [
        "United Nations"
    ]


@pytest.mark.parametrize(
    ("words", "text", "expected"),
    [
        (["C5+1"], "the C5+1 format and C5 1 and C551", ["C5+1"]),
        (["U.S."], "the U.S. and the US and UxSx", ["U.S."]),
        (["(G7)"], "the (G7) group", ["(G7)"]),
        (["a|b"], "a|b a b", ["a|b"]),
        (["x*"], "x* xx", ["x*"]),
    ],
)
def test_regex_metacharacters_are_escaped(words: list[str], text: str, expected: list[str]) -> None:
    """Names holding regex metacharacters (+ . ( ) | *) are matched literally."""
    assert _found(words, text) == expected


def test_empty_words_are_ignored() -> None:
    """An empty string in the list adds nothing (it would otherwise match everywhere)."""
    assert _found(["", "EU"], "EU and UN") == ["EU"]


def test_duplicates_match_once() -> None:
    """Listing a word twice does not change what is found."""
    assert trie_pattern(["EU", "EU"]) == trie_pattern(["EU"])


def test_order_of_the_list_does_not_matter() -> None:
    """The pattern depends on the set of words, not on their order."""
    assert trie_pattern(NAMES) == trie_pattern(list(reversed(NAMES)))


ALPHABET = "aAbB1.+-*?()[]|^$\\ {}"
EDGE = "aAbB1"
words_lists = st.lists(
    st.text(alphabet=st.sampled_from(ALPHABET), min_size=1, max_size=6), min_size=1, max_size=12
)
# Words that start and end with a word character, as gazetteer names do.
token_words = st.builds(
    lambda first, middle, last: first + middle + last,
    st.sampled_from(EDGE),
    st.text(alphabet=st.sampled_from(ALPHABET), max_size=4),
    st.sampled_from(EDGE),
) | st.sampled_from(EDGE)


@given(words_lists, st.data())
def test_pattern_matches_exactly_the_set(words: list[str], data: st.DataObject) -> None:
    """For random word lists, every word fullmatches and any other string does not."""
    pattern = re.compile(trie_pattern(words))
    for word in words:
        assert pattern.fullmatch(word), word
    near = st.sampled_from(words).flatmap(
        lambda w: st.sampled_from([w[:-1], w[1:], w + "a", w + " ", w + "\\", "a" + w, w.swapcase()])
    )
    probe = data.draw(near | st.text(alphabet=st.sampled_from(ALPHABET), max_size=6), label="probe")
    assert (pattern.fullmatch(probe) is not None) == (probe in words)


@given(st.lists(token_words, min_size=1, max_size=12))
def test_every_word_is_found_alone(words: list[str]) -> None:
    """Each listed word standing alone between spaces is found by compile_names, whole and only it."""
    compiled = compile_names(words)
    for word in words:
        assert [m.group() for m in compiled.finditer(f" {word} ")] == [word]
        assert [m.group() for m in compiled.finditer(word)] == [word]
