"""People: names anchored by a role, a list or a speech verb, with the role and state the text gives."""

from __future__ import annotations

import pytest

import geopol
from geopol.model import Extraction

Row = tuple[str, str | None, str | None]


def _people(e: Extraction) -> list[Row]:
    return [(p.name, p.role, p.country) for p in e.people]


def _names(e: Extraction) -> list[str]:
    return [p.name for p in e.people]


def _assert_spans(text: str, e: Extraction) -> None:
    for p in e.people:
        for m in p.mentions:
            assert text[m.span.start : m.span.end] == m.text


def test_adjective_role_name() -> None:
    """'Russian Foreign Minister Sergei Lavrov': role 'foreign minister', country RUS, exact span."""
    text = "Russian Foreign Minister Sergei Lavrov arrived in Minsk on Monday."
    e = geopol.parse(text)
    assert _people(e) == [("Sergei Lavrov", "foreign minister", "RUS")]
    assert [m.text for m in e.people[0].mentions] == ["Sergei Lavrov"]
    _assert_spans(text, e)


def test_role_of_official_state_name() -> None:
    """'the Minister of Foreign Affairs of the Kyrgyz Republic Ruslan Kazakbaev' serves KGZ."""
    text = "The talks were opened by the Minister of Foreign Affairs of the Kyrgyz Republic Ruslan Kazakbaev."
    e = geopol.parse(text)
    assert _names(e) == ["Ruslan Kazakbaev"]
    person = e.people[0]
    assert person.country == "KGZ"
    assert person.role is not None
    assert person.role.startswith("minister of foreign affairs")


def test_state_list_gives_each_person_their_state() -> None:
    """'foreign ministers of Armenia Ara Ayvazyan, Belarus Vladimir Makei and Kazakhstan ...': each
    minister gets the state written before the name."""
    text = (
        "The meeting was attended by the foreign ministers of Armenia Ara Ayvazyan, Belarus "
        "Vladimir Makei and Kazakhstan Mukhtar Tileuberdi."
    )
    e = geopol.parse(text)
    assert _people(e) == [
        ("Ara Ayvazyan", "foreign minister", "ARM"),
        ("Vladimir Makei", "foreign minister", "BLR"),
        ("Mukhtar Tileuberdi", "foreign minister", "KAZ"),
    ]
    _assert_spans(text, e)


@pytest.mark.parametrize("dash", ["–", "-", "—"])
def test_parallel_list_pairs_states_and_names(dash: str) -> None:
    """'the foreign ministers of Pakistan and Belarus – X and Y': X serves PAK, Y serves BLR."""
    text = (
        f"The talks brought together the foreign ministers of Pakistan and Belarus {dash} "
        "Ishaq Dar and Maxim Ryzhenkov."
    )
    e = geopol.parse(text)
    assert _people(e) == [
        ("Ishaq Dar", "foreign minister", "PAK"),
        ("Maxim Ryzhenkov", "foreign minister", "BLR"),
    ]
    _assert_spans(text, e)


def test_coordinated_roles_are_kept_together() -> None:
    """'Kazakh Deputy Prime Minister and Foreign Minister X': both roles, country KAZ."""
    text = "Kazakh Deputy Prime Minister and Foreign Minister Murat Nurtleu chaired the session."
    e = geopol.parse(text)
    assert _people(e) == [("Murat Nurtleu", "deputy prime minister and foreign minister", "KAZ")]


def test_organization_official_has_no_country() -> None:
    """'CSTO Secretary General Stanislav Zas': role 'secretary general', country None."""
    text = "CSTO Secretary General Stanislav Zas said the situation on the border was tense."
    e = geopol.parse(text)
    assert _people(e) == [("Stanislav Zas", "secretary general", None)]


def test_analyst_has_role_and_no_country() -> None:
    """'Military analyst Bismillah Taban told Amu TV': role 'military analyst', country None."""
    text = "Military analyst Bismillah Taban told Amu TV that the border was quiet."
    e = geopol.parse(text)
    assert _people(e) == [("Bismillah Taban", "military analyst", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Nigerian analyst Chidi Okafor said the bloc needed reform.",
        "The Nigerian analyst Chidi Okafor said the bloc needed reform.",
        "Chidi Okafor, a Nigerian analyst, said the bloc needed reform.",
    ],
)
def test_nationality_alone_gives_no_country(text: str) -> None:
    """A person described only by nationality ('Nigerian analyst X') gets the role, country None."""
    assert _people(geopol.parse(text)) == [("Chidi Okafor", "analyst", None)]


def test_role_after_the_name() -> None:
    """'X, Foreign Minister of Armenia,': a foreign minister serving ARM."""
    text = "Ara Ayvazyan, Foreign Minister of Armenia, said the talks were useful."
    e = geopol.parse(text)
    assert _names(e) == ["Ara Ayvazyan"]
    person = e.people[0]
    assert person.country == "ARM"
    assert person.role is not None
    assert person.role.startswith("foreign minister")


def test_possessive_state_role_after_the_name() -> None:
    """'Jeyhun Bayramov, Azerbaijan's foreign minister,': country AZE, role 'foreign minister'."""
    text = "Jeyhun Bayramov, Azerbaijan's foreign minister, said the talks went well."
    assert _people(geopol.parse(text)) == [("Jeyhun Bayramov", "foreign minister", "AZE")]


def test_role_name_of_state() -> None:
    """'President Y of Namibia': role 'president', country NAM."""
    text = "President Hage Geingob of Namibia opened the summit in Windhoek."
    assert _people(geopol.parse(text)) == [("Hage Geingob", "president", "NAM")]


def test_possessive_state_before_the_name() -> None:
    """A possessive state before the name (Uganda's Yoweri Museveni): country UGA, no role."""
    text = "Uganda's Yoweri Museveni addressed the summit on Friday."
    assert _people(geopol.parse(text)) == [("Yoweri Museveni", None, "UGA")]


def test_state_in_parentheses() -> None:
    """'Paul Kagame (Rwanda)': country RWA."""
    text = "Paul Kagame (Rwanda) and William Ruto (Kenya) attended the summit."
    assert _people(geopol.parse(text)) == [("Paul Kagame", None, "RWA"), ("William Ruto", None, "KEN")]


def test_later_surname_mentions_link_to_the_full_name() -> None:
    """Later 'Lavrov' mentions are mentions of Sergei Lavrov, not people of their own."""
    text = (
        "Russian Foreign Minister Sergei Lavrov arrived in Minsk on Monday. Lavrov later met "
        "his Belarusian counterpart. Lavrov said the talks were useful."
    )
    e = geopol.parse(text)
    assert _people(e) == [("Sergei Lavrov", "foreign minister", "RUS")]
    assert [m.text for m in e.people[0].mentions] == ["Sergei Lavrov", "Lavrov", "Lavrov"]
    _assert_spans(text, e)
    assert [p["name"] for p in geopol.to_guideline(e)["people"]] == ["Sergei Lavrov"]


def test_surnames_of_two_people_stay_apart() -> None:
    """Two presidents' surname mentions link each to its own full name."""
    text = (
        "Namibian President Hage Geingob and South African President Cyril Ramaphosa met. "
        "Geingob said the talks were good, and Ramaphosa agreed."
    )
    e = geopol.parse(text)
    assert _people(e) == [
        ("Hage Geingob", "president", "NAM"),
        ("Cyril Ramaphosa", "president", "ZAF"),
    ]
    assert [[m.text for m in p.mentions] for p in e.people] == [
        ["Hage Geingob", "Geingob"],
        ["Cyril Ramaphosa", "Ramaphosa"],
    ]


def test_honorifics_are_dropped_from_names() -> None:
    """'H.E. Dr.', 'Amb.' and 'Prince' are not part of the name."""
    text = (
        "The session was opened by H.E. Dr. Amina Yusuf, Minister of Foreign Affairs of Kenya. "
        "Amb. Peter Mwangi, the ambassador of Kenya, also spoke. Saudi Foreign Minister Prince "
        "Faisal bin Farhan attended."
    )
    e = geopol.parse(text)
    assert _names(e) == ["Amina Yusuf", "Peter Mwangi", "Faisal bin Farhan"]
    assert [p.country for p in e.people] == ["KEN", "KEN", "SAU"]
    _assert_spans(text, e)


def test_byline_and_photo_credit_are_not_people() -> None:
    """'By John Smith' on its own line and a 'Photo: ...' credit are not people; the body's are."""
    text = (
        "By John Smith\n\n"
        "The foreign ministers met in Astana on Monday. Kazakh Foreign Minister Murat Nurtleu "
        "chaired the meeting.\n\n"
        "Photo: Anna Petrova/TASS"
    )
    assert _names(geopol.parse(text)) == ["Murat Nurtleu"]


def test_byline_with_a_role_is_not_a_person() -> None:
    """'By Anna Petrova, Senior Analyst' on its own line is a byline, not a person."""
    text = (
        "By Anna Petrova, Senior Analyst\n\n"
        "The foreign ministers met in Astana on Monday. Kazakh Foreign Minister Murat Nurtleu "
        "chaired the meeting."
    )
    assert _names(geopol.parse(text)) == ["Murat Nurtleu"]


@pytest.mark.parametrize(
    "text",
    [
        "Experts at the Valdai Discussion Club said the region was stable.",
        "The Valdai Discussion Club said in a report that the region was stable.",
    ],
)
def test_organization_name_is_not_a_person(text: str) -> None:
    """'Valdai Discussion Club' is a name of a thing, not a person, even before 'said'."""
    assert geopol.parse(text).people == ()


def test_person_speaking_at_a_club_is_still_found() -> None:
    """The club's name does not hide a person named in the same sentence."""
    text = (
        "Speaking at the Valdai Discussion Club on Thursday, Russian President Vladimir Putin "
        "said the world was changing."
    )
    assert _people(geopol.parse(text)) == [("Vladimir Putin", "president", "RUS")]


def test_speech_verb_anchors_a_person_without_role() -> None:
    """'Dr. Amina Yusuf said': a person with neither role nor country, honorific dropped."""
    assert _people(geopol.parse("Dr. Amina Yusuf said the plan would help.")) == [("Amina Yusuf", None, None)]


def test_person_whose_name_contains_a_state_name() -> None:
    """'Chad Johnson said' and 'Michael Jordan told reporters' introduce people."""
    text = "Chad Johnson said the team would win. Michael Jordan told reporters he agreed."
    assert set(_names(geopol.parse(text))) == {"Chad Johnson", "Michael Jordan"}


def test_person_whose_given_name_is_a_city() -> None:
    """'Kenyan Defence Minister Aden Duale' is a defence minister serving KEN."""
    text = "Kenyan Defence Minister Aden Duale said the talks were useful."
    assert _people(geopol.parse(text)) == [("Aden Duale", "defence minister", "KEN")]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "U.S. Secretary of State Marco Rubio arrived in Brussels.",
            ("Marco Rubio", "secretary of state", "USA"),
        ),
        (
            "Kenyan Minister of Defence Soipan Tuya met her counterpart.",
            ("Soipan Tuya", "minister of defence", "KEN"),
        ),
    ],
)
def test_role_with_portfolio_keeps_the_portfolio(text: str, row: Row) -> None:
    """'Secretary of State X' has role 'secretary of state', not 'secretary'."""
    assert _people(geopol.parse(text)) == [row]


def test_role_of_acronym_drops_the_organization() -> None:
    """'The Secretary General of NATO X': role 'secretary general' (the organization is not a role)."""
    text = "The Secretary General of NATO Jens Stoltenberg said the alliance was united."
    assert _people(geopol.parse(text)) == [("Jens Stoltenberg", "secretary general", None)]
