"""Constructions common in wire copy, each pinned with a short invented text."""

from __future__ import annotations

import geopol
from geopol.model import MeetingLevel, MeetingStatus


def _meetings(text: str, published: str = "2024-09-20") -> list[tuple[object, ...]]:
    out = []
    for m in geopol.parse(text, published=published).meetings:
        city = m.place.city if m.place else None
        country = m.place.country if m.place else None
        start = m.start.date.iso() if m.start and m.start.date else None
        out.append((m.organization, m.level, city, country, start, m.status))
    return out


def test_counterpart_takes_the_role_of_the_person_met_and_the_state_of_its_adjective() -> None:
    """ "his Uzbek counterpart X" gives X the role of the minister he met and the state UZB."""
    text = "Chinese Foreign Minister Wang Yi met his Uzbek counterpart Bakhtiyor Saidov on Monday."
    people = {p.name: (p.role, p.country) for p in geopol.parse(text).people}
    assert people["Bakhtiyor Saidov"] == ("foreign minister", "UZB")
    assert people["Wang Yi"] == ("foreign minister", "CHN")


def test_hosting_leaders_of_an_organization_is_a_summit() -> None:
    """ "X hosted leaders of the SCO" reports a heads-of-state meeting of the SCO."""
    text = (
        "Kazakh President Kassym-Jomart Tokayev hosted leaders of the Shanghai Cooperation Organisation "
        "on Thursday."
    )
    assert _meetings(text) == [
        ("SCO", MeetingLevel.HEADS_OF_STATE, None, None, "2024-09-19", MeetingStatus.HELD)
    ]


def test_lone_meeting_takes_place_and_date_from_another_clause() -> None:
    """When a sentence reports one meeting, its place and date may stand in a clause before the body."""
    text = (
        "In a gathering that concluded on August 9, 2024, in Abuja, the Committee of Chiefs of Defence Staff "
        "of the Economic Community of West African States held its 42nd Ordinary Meeting."
    )
    assert _meetings(text, "2024-08-10") == [
        ("ECOWAS", MeetingLevel.OTHER, "Abuja", "NGA", "2024-08-09", MeetingStatus.HELD)
    ]


def test_organ_names_the_body_of_the_session_reported_after_it() -> None:
    """ "The Authority of ... ECOWAS held its 65th Ordinary Session": the session's body is the Authority."""
    text = (
        "The Authority of Heads of State and Government of the Economic Community of West African States "
        "held its 65th Ordinary Session on 7 July 2024 in Abuja."
    )
    (meeting,) = geopol.parse(text, published="2024-07-08").meetings
    assert meeting.body == "Authority of Heads of State and Government"
    assert meeting.level is MeetingLevel.HEADS_OF_STATE
    assert meeting.ordinal == 65


def test_meeting_named_after_a_reporting_verb_is_not_the_reporters_organization() -> None:
    """ "The EU's Michel says that after the Peace Summit, held in Switzerland ..." is no EU one."""
    text = (
        "President of the European Council Charles Michel says that after the Peace Summit, which was "
        "held in Switzerland on June 15-16, the bloc is determined to support Ukraine."
    )
    assert _meetings(text, "2024-06-27") == []


def test_plain_two_word_organ_is_its_organization() -> None:
    """ "The 15-nation Security Council adopted a resolution" is the UN's; a state's council is not."""
    un = geopol.parse("The 15-nation Security Council adopted a resolution on Gaza on Monday.")
    assert [o.id for o in un.organizations] == ["UN"]
    assert [(s.organization, s.kind.value) for s in un.statements] == [("UN", "resolution")]
    national = geopol.parse("Russia's Security Council discussed the matter on Monday.")
    assert national.organizations == ()


def test_british_style_acronym_as_a_word() -> None:
    """ "Nato" and "Asean" written as words are NATO and ASEAN."""
    text = "The UK stood with its Nato allies, while Asean ministers met in Vientiane."
    assert {o.id for o in geopol.parse(text).organizations} == {"NATO", "ASEAN"}


def test_center_whose_name_holds_its_city() -> None:
    """A known office named with its city ("the OSCE Programme Office in Dushanbe") is tied to that city."""
    text = "The OSCE Programme Office in Dushanbe organized a seminar for border officials."
    centers = [(c.name, c.parent, c.place.city if c.place else None) for c in geopol.parse(text).centers]
    assert centers == [("OSCE Programme Office in Dushanbe", "OSCE", "Dushanbe")]


def test_a_date_of_another_event_is_not_the_meetings_date() -> None:
    """ "Iran, which joined the SCO in 2023, hosted a meeting" does not date the meeting 2023."""
    text = (
        "Iran, which joined the SCO in 2023, hosted a meeting of the group's security council secretaries "
        "in Tehran."
    )
    assert _meetings(text) == [
        ("SCO", MeetingLevel.SENIOR_OFFICIALS, "Tehran", "IRN", None, MeetingStatus.HELD)
    ]


def test_honorific_is_not_part_of_a_speaker() -> None:
    """ "'...,' Mr Lammy told the BBC" gives the speaker "Lammy"."""
    quotes = geopol.parse("'We will not be intimidated,' Mr Lammy told the BBC.").quotes
    assert [(q.text, q.speaker) for q in quotes] == [("We will not be intimidated", "Lammy")]


def test_a_place_is_not_a_person() -> None:
    """ "at the UN General Assembly in New York, President X" does not make "New York" a person."""
    text = (
        "Speaking at the UN General Assembly in New York, President Kassym-Jomart Tokayev called for reform."
    )
    assert [p.name for p in geopol.parse(text).people] == ["Kassym-Jomart Tokayev"]


def test_member_list_without_publication_date_uses_the_latest_memberships() -> None:
    """Without a publication date the list is checked against the latest memberships, whatever the day."""
    text = "The CSTO, an alliance made up of Russia, Belarus, Kazakhstan, Kyrgyzstan and Uzbekistan, met."
    (ml,) = geopol.parse(text).member_lists
    assert ml.checked_on is None
    assert ml.not_members == ("UZB",)
    assert set(ml.omitted) == {"ARM", "TJK"}


def test_regnal_number_is_part_of_a_name() -> None:
    """ "Jordan's King Abdullah II" is a person with the role king and the state JOR."""
    people = geopol.parse("Jordan's King Abdullah II met U.S. President Joe Biden at the White House.").people
    assert [(p.name, p.role, p.country) for p in people] == [
        ("Abdullah II", "king", "JOR"),
        ("Joe Biden", "president", "USA"),
    ]


def test_states_leaving_together_are_all_listed() -> None:
    """ "Burkina Faso, Mali and Niger left ECOWAS" presents all three as (leaving) members."""
    lists = geopol.parse("Burkina Faso, Mali and Niger left ECOWAS in January.").member_lists
    assert [(m.organization, m.states) for m in lists] == [("ECOWAS", ("BFA", "MLI", "NER"))]


def test_member_list_of_an_organization_without_membership_data_is_not_checked() -> None:
    """For an organization the knowledge base has no members for, nothing is flagged and checked is False."""
    (ml,) = geopol.parse(
        "The IAEA, whose members include Iran, Russia and China, met in Vienna."
    ).member_lists
    assert (ml.organization, ml.checked, ml.not_members, ml.omitted) == ("IAEA", False, (), ())


def test_a_center_acronym_counts_for_its_parent_after_another_organization() -> None:
    """ "RATS" is the SCO's even when the UN was named before it."""
    text = "The UN welcomed the cooperation. RATS experts met in Tashkent on Monday."
    assert {o.id for o in geopol.parse(text).organizations} == {"UN", "SCO"}


def test_published_without_a_day_is_refused() -> None:
    """A publication date without a day cannot anchor relative dates: InvalidDateError, not silence."""
    import pytest

    from geopol.errors import InvalidDateError

    with pytest.raises(InvalidDateError, match="needs a day"):
        geopol.parse("They met yesterday.", published="2023-06")


def test_portfolio_after_a_role_is_not_a_name() -> None:
    """ "Coordinating Minister for People's Welfare, Agung Laksono" has one person, not "People's Welfare"."""
    text = "The message came from the Coordinating Minister for People's Welfare, Agung Laksono, on Monday."
    assert [p.name for p in geopol.parse(text).people] == ["Agung Laksono"]


def test_coordinated_office_holders_share_a_state() -> None:
    """ "Iranian President X and Minister of Foreign Affairs Y": Y serves Iran too."""
    text = (
        "The deaths of the Iranian President Ebrahim Raisi and Minister of Foreign Affairs "
        "Hossein Amir-Abdollahian."
    )
    people = {p.name: p.country for p in geopol.parse(text).people}
    assert people == {"Ebrahim Raisi": "IRN", "Hossein Amir-Abdollahian": "IRN"}


def test_list_flattened_with_double_spaces_keeps_each_entry_apart() -> None:
    """Entries separated by double spaces (flattened lines) each keep their own role and state."""
    text = (
        "Present were H.E. Adama Barrow, President of the Republic of The Gambia  "
        "H.E. Nana Addo Dankwa Akufo-Addo, President of the Republic of Ghana"
    )
    people = [(p.name, p.country) for p in geopol.parse(text).people]
    assert people == [("Adama Barrow", "GMB"), ("Nana Addo Dankwa Akufo-Addo", "GHA")]


def test_state_after_a_comma_in_a_long_appositive() -> None:
    """The state at the end of a long appositive role counts even after a comma inside the role."""
    text = (
        "H.E. Robert Dussey, Minister of Foreign Affairs, Regional Integration and Togolese Abroad of the "
        "Togolese Republic, attended."
    )
    (person,) = geopol.parse(text).people
    assert (person.name, person.country) == ("Robert Dussey", "TGO")
    assert person.role is not None
    assert person.role.startswith("minister of foreign affairs")


def test_city_named_by_the_meeting_verb_wins() -> None:
    """ "a ceasefire in Gaza at the session ... held in Cairo": the meeting is in Cairo."""
    text = (
        "Arab foreign ministers called for a ceasefire in Gaza at the 161st session of the Arab League "
        "Council held in Cairo on Wednesday."
    )
    assert [m[2] for m in _meetings(text, "2024-03-07")] == ["Cairo"]


def test_hyphenated_role_words_are_not_names() -> None:
    """ "Arab League Secretary-General Ahmed Aboul Gheit said": the name starts after the role."""
    text = "Arab League Secretary-General Ahmed Aboul Gheit said the talks would go on."
    assert [(p.name, p.role) for p in geopol.parse(text).people] == [
        ("Ahmed Aboul Gheit", "secretary-general")
    ]


def test_relative_clause_speaker() -> None:
    """ "X, who urged "..."": the quotation is X's."""
    text = (
        'The council heard Secretary General Luis Almagro, who urged "a Haitian-led solution to the crisis."'
    )
    assert [q.speaker for q in geopol.parse(text).quotes] == ["Luis Almagro"]


def test_a_theme_in_quotation_marks_is_not_a_quote() -> None:
    """'held under the theme "..."' names a theme: no quotation."""
    text = (
        'The summit, held under the theme "Educate an African fit for the 21st century," opened on Saturday.'
    )
    assert geopol.parse(text).quotes == ()


def test_member_list_of_the_bloc_named_before() -> None:
    """ "The bloc, which groups A, B ..." lists members of the organization named last before it."""
    text = (
        "Leaders of BRICS met in Kazan. The bloc, which groups Brazil, Russia, India, China and South "
        "Africa, will meet next in Brazil."
    )
    (ml,) = geopol.parse(text, published="2024-10-24").member_lists
    assert (ml.organization, ml.states) == ("BRICS", ("BRA", "RUS", "IND", "CHN", "ZAF"))
    assert set(ml.omitted) == {"ARE", "EGY", "ETH", "IRN"}  # joined on 2024-01-01


def test_adding_that_continues_the_speaker() -> None:
    """'"…," Rutte said, adding that "…"': both quotations are Rutte's."""
    quotes = geopol.parse(
        '"This is unacceptable," Rutte said, adding that "allies will respond together."'
    ).quotes
    assert [q.speaker for q in quotes] == ["Rutte", "Rutte"]


WRAPPED = (
    "TASHKENT, April 12 (Xinhua) -- Security council secretaries of the\n"
    "Shanghai Cooperation Organization (SCO) member states will meet in\n"
    "Tashkent next week to discuss joint efforts against terrorism,\n"
    "the SCO Regional Anti-Terrorist Structure (RATS) said Wednesday.\n"
    "\n"
    '"Our member states face common threats," RATS Executive Committee\n'
    "Director Ruslan Mirzaev told reporters.\n"
)


def test_hard_wrapped_lines_are_joined_into_sentences() -> None:
    """Lines wrapped mid-sentence (a long line without final punctuation) do not end sentences."""
    e = geopol.parse(WRAPPED, published="2023-12-01")
    assert [q.speaker for q in e.quotes] == ["Ruslan Mirzaev"]
    assert [(m.organization, m.level, m.place.city if m.place else None) for m in e.meetings] == [
        ("SCO", MeetingLevel.SENIOR_OFFICIALS, "Tashkent")
    ]


def test_dates_of_the_report_are_not_the_meetings() -> None:
    """Neither the dateline's date, nor "said Wednesday", nor "next week" dates the meeting."""
    (m,) = geopol.parse(WRAPPED, published="2023-12-01").meetings
    assert m.status is MeetingStatus.SCHEDULED
    assert m.start is None


def test_adoption_of_a_declaration_is_a_statement() -> None:
    """ "ended with the adoption of a joint declaration on X" reports a declaration with topic X."""
    e = geopol.parse("The CSTO summit ended with the adoption of a joint declaration on collective security.")
    assert [(s.organization, s.kind.value, s.topic) for s in e.statements] == [
        ("CSTO", "declaration", "collective security")
    ]


def test_ambiguous_adjective_before_a_title_is_a_state() -> None:
    """ "Indian Prime Minister", "Georgian President": the state counts; "Chad Johnson" stays a person."""
    assert [s.alpha3 for s in geopol.parse("Indian Prime Minister Narendra Modi arrived.").states] == ["IND"]
    georgian = geopol.parse("Georgian President Salome Zourabichvili spoke.")
    assert [s.alpha3 for s in georgian.states] == ["GEO"]
    assert geopol.parse("Chad Johnson said so.").states == ()


def test_a_long_headline_is_not_joined_to_the_body() -> None:
    """A title-case headline line ends its sentence even though it has no final punctuation."""
    text = (
        "Stoltenberg Arrives for Day One of NATO Defense Ministers' Meetings in Brussels\n"
        "A meeting of the North Atlantic Council at the defense ministerial level is held from "
        "February 14-15 in Brussels."
    )
    (m,) = geopol.parse(text, published="2023-02-14").meetings
    assert (m.start.date.iso() if m.start and m.start.date else None) == "2023-02-14"
    assert (m.end.date.iso() if m.end and m.end.date else None) == "2023-02-15"


def test_an_earlier_occurrence_is_a_meeting_of_its_own() -> None:
    """ "an annual ministerial meeting took place in 2018" is not the meeting the article reports."""
    text = (
        "APEC ministers said in a joint statement adopted at their videoconference on Monday that they "
        "would cooperate. In 2018, an annual APEC ministerial meeting took place in Port Moresby."
    )
    starts = sorted(m[4] or "" for m in _meetings(text, "2020-11-17"))
    assert starts == ["2018", "2020-11-16"]


def test_tense_inside_a_quotation_belongs_to_the_quotation() -> None:
    """ "We will cooperate," the ministers said at their videoconference: the meeting was held;
    "the summit slated for July" inside a quotation is scheduled."""
    held = '"We will continue to cooperate," the APEC ministers said at their videoconference on Monday.'
    assert [m[5] for m in _meetings(held, "2020-11-17")] == [MeetingStatus.HELD]
    slated = '"Today is a key stage before the SCO Summit slated for July 3-4 in Astana," the minister said.'
    assert [m[5] for m in _meetings(slated, "2024-05-21")] == [MeetingStatus.SCHEDULED]


def test_quote_after_a_colon_is_the_subjects() -> None:
    """ "The NATO Deputy Secretary General, X, ... addressed the gathering: '…'" is X's quotation."""
    text = (
        "The NATO Deputy Secretary General, Rose Gottemoeller, addressed the gathering via a video message "
        "from Brussels: \u2018Twenty years ago, NATO decided to open an office here.\u2019"
    )
    assert [q.speaker for q in geopol.parse(text).quotes] == ["Rose Gottemoeller"]


def test_fragment_quoted_inside_a_sentence_is_the_subjects() -> None:
    """A fragment quoted mid-sentence is the subject's, even with "according to a statement" after it."""
    text = (
        "Addressing the forum, New Zealand's Foreign Minister Winston Peters stressed his commitment to "
        '"Pacific regionalism," according to an official statement.'
    )
    assert [q.speaker for q in geopol.parse(text).quotes] == ["Winston Peters"]


def test_fragment_reported_by_a_group_comes_from_the_document_named() -> None:
    """When a group is the subject and the sentence names a joint statement, the statement is the source."""
    text = (
        'Foreign ministers from Quad countries in a joint statement reaffirmed a region where "sovereignty '
        'and territorial integrity are upheld."'
    )
    quotes = geopol.parse(text).quotes
    assert [(q.speaker, q.speaker_kind.value if q.speaker_kind else None) for q in quotes] == [
        ("joint statement", "document")
    ]


def test_an_organs_own_level_beats_a_cue_about_another_meeting() -> None:
    """ "The foreign ministers approved the agenda of the Collective Security Council, which will be held in
    Moscow": the Council meets at the heads-of-state level."""
    text = (
        "The CSTO Foreign Ministers approved the agenda of the Collective Security Council, which will be "
        "held in Moscow in December."
    )
    levels = {m[2]: m[1] for m in _meetings(text, "2015-12-03")}
    assert levels["Moscow"] is MeetingLevel.HEADS_OF_STATE


def test_words_inside_a_quotation_do_not_make_it_a_statement_quote() -> None:
    """A person's quotation that mentions "the declaration" is not a passage of the declaration."""
    text = (
        "The B9 leaders signed a joint declaration in Warsaw. "
        '"The next point of the declaration was the condemnation of the war," Przydacz told reporters.'
    )
    (statement,) = geopol.parse(text).statements
    assert statement.quotes == ()


def test_an_organization_speaking_in_its_own_words_is_not_its_statement() -> None:
    """ 'NATO called it an "important milestone"' is NATO's word, not a passage of its statement."""
    text = (
        'NATO called the opening an "important milestone in the partnership." In a statement, NATO said '
        "the office would open in Amman."
    )
    e = geopol.parse(text)
    assert [q.text for s in e.statements for q in s.quotes] == []
