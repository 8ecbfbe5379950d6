"""Meetings read from invented news text: organization, level, body, place, dates, status,
ordinal and chair; merging of repeated mentions; and the contexts that are not meetings."""

from __future__ import annotations

import pytest

import geopol
from geopol.model import DateValue, Extraction, Meeting, MeetingLevel, MeetingStatus


def _only_meeting(extraction: Extraction) -> Meeting:
    assert len(extraction.meetings) == 1, extraction.meetings
    return extraction.meetings[0]


def _iso(value: DateValue | None) -> str | None:
    return value.date.iso() if value is not None and value.date is not None else None


def _city_country(meeting: Meeting) -> tuple[str | None, str | None]:
    return (meeting.place.city, meeting.place.country) if meeting.place is not None else (None, None)


# --- place, date, body, status ---------------------------------------------------------------------


def test_council_of_foreign_ministers_met_in_city_on_weekday() -> None:
    """A named council that met in a city "on Thursday" gives one held foreign-ministers meeting
    with the body, the city and its state, and the weekday resolved against the publication date
    (published Saturday 2023-06-24, so Thursday is 2023-06-22)."""
    text = "The CSTO Council of Foreign Ministers met in Minsk on Thursday to review regional security."
    m = _only_meeting(geopol.parse(text, published="2023-06-24"))
    assert m.organization == "CSTO"
    assert m.level is MeetingLevel.FOREIGN_MINISTERS
    assert m.body == "Council of Foreign Ministers"
    assert _city_country(m) == ("Minsk", "BLR")
    assert _iso(m.start) == "2023-06-22"
    assert m.end is None
    assert m.status is MeetingStatus.HELD


def test_relative_date_stays_unresolved_without_publication_date() -> None:
    """Without a publication date "on Thursday" cannot be resolved: the meeting keeps its place but
    has no start date."""
    text = "The CSTO Council of Foreign Ministers met in Minsk on Thursday to review regional security."
    m = _only_meeting(geopol.parse(text))
    assert _city_country(m) == ("Minsk", "BLR")
    assert _iso(m.start) is None


def test_scheduled_summit_with_day_range() -> None:
    """ "will be held in Astana on July 3-4" is a scheduled heads-of-state summit whose start and end
    take the year of the publication date."""
    text = "The SCO summit will be held in Astana on July 3-4, the organization said."
    m = _only_meeting(geopol.parse(text, published="2024-05-10"))
    assert m.organization == "SCO"
    assert m.level is MeetingLevel.HEADS_OF_STATE
    assert m.status is MeetingStatus.SCHEDULED
    assert _city_country(m) == ("Astana", "KAZ")
    assert (_iso(m.start), _iso(m.end)) == ("2024-07-03", "2024-07-04")


@pytest.mark.parametrize(
    ("text", "published", "start", "end", "status"),
    [
        (
            "BRICS foreign ministers will meet in Rio de Janeiro from June 30 to July 2, Brazil said.",
            "2025-05-10",
            "2025-06-30",
            "2025-07-02",
            MeetingStatus.SCHEDULED,
        ),
        (
            "BRICS foreign ministers met in Nizhny Novgorod on 10-11 June to discuss trade.",
            "2024-06-12",
            "2024-06-10",
            "2024-06-11",
            MeetingStatus.HELD,
        ),
    ],
    ids=["month-to-month-scheduled", "day-first-range-held"],
)
def test_date_range_gives_start_and_end(
    text: str, published: str, start: str, end: str, status: MeetingStatus
) -> None:
    """A date range ("from June 30 to July 2", "on 10-11 June") gives both start and end, and the
    status follows the dates relative to the publication date."""
    m = _only_meeting(geopol.parse(text, published=published))
    assert (_iso(m.start), _iso(m.end)) == (start, end)
    assert m.status is status


def test_meeting_in_a_country_gives_country_only() -> None:
    """ "will meet in Belarus" names the host state, not a city: country BLR, city None; "next
    month" makes it scheduled."""
    text = "The CSTO foreign ministers will meet in Belarus next month, the secretariat announced."
    m = _only_meeting(geopol.parse(text, published="2024-05-10"))
    assert _city_country(m) == (None, "BLR")
    assert m.status is MeetingStatus.SCHEDULED
    assert m.level is MeetingLevel.FOREIGN_MINISTERS


def test_held_here_takes_the_dateline_city() -> None:
    """ "was held here" takes its place from the dateline city (MINSK -> Minsk, BLR)."""
    text = "MINSK, June 20 (BelTA) -- The CSTO Council of Foreign Ministers was held here on Tuesday."
    extraction = geopol.parse(text, published="2023-06-20")
    m = _only_meeting(extraction)
    assert _city_country(m) == ("Minsk", "BLR")
    assert _iso(m.start) == "2023-06-20"
    assert m.status is MeetingStatus.HELD


@pytest.mark.parametrize(
    ("text", "published", "organization", "ordinal"),
    [
        (
            "The 48th Ordinary Session of the ECOWAS Authority of Heads of State and Government "
            "took place in Abuja on Sunday.",
            "2015-12-20",
            "ECOWAS",
            48,
        ),
        ("The XVI BRICS summit was held in Kazan on October 22-24.", "2024-10-25", "BRICS", 16),
    ],
    ids=["arabic", "roman"],
)
def test_ordinal(text: str, published: str, organization: str, ordinal: int) -> None:
    """An ordinal before the meeting word ("the 48th Ordinary Session", "the XVI ... summit")
    becomes the meeting's ordinal number."""
    m = _only_meeting(geopol.parse(text, published=published))
    assert m.organization == organization
    assert m.ordinal == ordinal
    assert m.level is MeetingLevel.HEADS_OF_STATE


def test_ordinal_absent_when_text_gives_none() -> None:
    """A meeting with no ordinal in the text has ordinal None (no number is invented)."""
    text = "The CSTO Council of Foreign Ministers met in Minsk on Thursday."
    assert _only_meeting(geopol.parse(text, published="2023-06-24")).ordinal is None


@pytest.mark.parametrize(
    ("text", "chair"),
    [
        (
            "The meeting of ASEAN foreign ministers in Vientiane was held under the chairmanship of "
            "Saleumxay Kommasith, the Lao foreign minister.",
            "Saleumxay Kommasith",
        ),
        (
            "The CSTO foreign ministers' meeting, chaired by Belarusian Foreign Minister Sergei Aleinik, "
            "took place in Minsk on Thursday.",
            "Sergei Aleinik",
        ),
    ],
    ids=["under-the-chairmanship-of", "chaired-by"],
)
def test_chair_links_the_person(text: str, chair: str) -> None:
    """ "under the chairmanship of X" / "chaired by ... X" makes the named person the meeting's chair,
    and that person is also among the extracted people."""
    extraction = geopol.parse(text, published="2024-07-26")
    m = _only_meeting(extraction)
    assert m.chair == chair
    assert chair in {p.name for p in extraction.people}


# --- level vocabulary ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "organization", "level", "body"),
    [
        (
            "Heads of state of the Shanghai Cooperation Organization gathered in Tashkent on Friday "
            "for a summit.",
            "2022-09-18",
            "SCO",
            MeetingLevel.HEADS_OF_STATE,
            None,
        ),
        (
            "Prime ministers of the Commonwealth of Independent States met in Dushanbe on Friday.",
            "2024-05-26",
            "CIS",
            MeetingLevel.HEADS_OF_GOVERNMENT,
            None,
        ),
        (
            "CSTO defence ministers met in Yerevan on Wednesday to discuss joint exercises.",
            "2022-11-26",
            "CSTO",
            MeetingLevel.DEFENCE_MINISTERS,
            None,
        ),
        (
            "Senior officials of ASEAN met in Jakarta on Monday to prepare the agenda.",
            "2023-07-12",
            "ASEAN",
            MeetingLevel.SENIOR_OFFICIALS,
            None,
        ),
        (
            "Chiefs of defence staff of ECOWAS member states met in Accra on Thursday to discuss "
            "the standby force.",
            "2023-08-19",
            "ECOWAS",
            MeetingLevel.OTHER,
            None,
        ),
        (
            "The Council of Ministers of the Eurasian Economic Union met in Minsk on Friday.",
            "2023-08-19",
            "EAEU",
            MeetingLevel.OTHER_MINISTERS,
            "Council of Ministers",
        ),
    ],
    ids=[
        "heads-of-state",
        "prime-ministers",
        "defence-ministers",
        "senior-officials",
        "chiefs-of-defence-staff",
        "council-of-ministers",
    ],
)
def test_level_vocabulary(
    text: str, published: str, organization: str, level: MeetingLevel, body: str | None
) -> None:
    """Level cues map onto the guideline's levels: heads of state -> heads_of_state, prime ministers
    -> heads_of_government, defence ministers, senior officials, chiefs of defence staff -> other, a
    "Council of Ministers" with no portfolio -> other_ministers."""
    m = _only_meeting(geopol.parse(text, published=published))
    assert m.organization == organization
    assert m.level is level
    assert m.body == body


def test_same_meeting_mentioned_twice_is_one_meeting() -> None:
    """Later references to the same meeting ("The meeting was held in Yerevan", "The CSTO meeting")
    merge into the first: one meeting with the lede's place and date."""
    text = (
        "CSTO foreign ministers gathered in Yerevan on Monday. The meeting was held in Yerevan and "
        "focused on border security. The CSTO meeting ended with calls for closer cooperation."
    )
    m = _only_meeting(geopol.parse(text, published="2023-06-24"))
    assert m.level is MeetingLevel.FOREIGN_MINISTERS
    assert _city_country(m) == ("Yerevan", "ARM")
    assert _iso(m.start) == "2023-06-19"


def test_the_ministers_take_the_ledes_foreign_ministers_level() -> None:
    """ "the ministers" in an article whose lede speaks of foreign ministers is a foreign-ministers
    meeting, not other_ministers."""
    text = (
        "Foreign ministers from the Shanghai Cooperation Organization called for restraint in the region. "
        "At their meeting in Astana, the ministers agreed to expand trade ties."
    )
    m = _only_meeting(geopol.parse(text, published="2024-05-21"))
    assert m.organization == "SCO"
    assert m.level is MeetingLevel.FOREIGN_MINISTERS
    assert _city_country(m) == ("Astana", "KAZ")


def test_the_ministers_without_a_specific_lede_stay_other_ministers() -> None:
    """Control for the lede rule: with no portfolio anywhere, "the ministers" stay other_ministers."""
    text = (
        "The ministers of the Shanghai Cooperation Organization met in Astana on Tuesday and agreed on trade."
    )
    m = _only_meeting(geopol.parse(text, published="2024-05-22"))
    assert m.level is MeetingLevel.OTHER_MINISTERS


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The ASEAN foreign ministers held a videoconference on Tuesday to discuss the pandemic.", None),
        (
            "Foreign ministers of the Shanghai Cooperation Organization met by videoconference on Tuesday, "
            "hosted by Russia.",
            "RUS",
        ),
    ],
    ids=["no-host", "host-state"],
)
def test_virtual_meeting_has_no_city(text: str, country: str | None) -> None:
    """A videoconference has city None; its country is the host state only when the text names one."""
    m = _only_meeting(geopol.parse(text, published="2020-09-20"))
    assert m.level is MeetingLevel.FOREIGN_MINISTERS
    assert m.place is None or m.place.city is None
    assert (m.place.country if m.place else None) == country


# --- not meetings ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "organization"),
    [
        (
            "Kazakh President Kassym-Jomart Tokayev paid a state visit to Hungary on Tuesday, holding "
            "talks with Prime Minister Viktor Orban in Budapest about the Organization of Turkic States.",
            "OTS",
        ),
        (
            "The new Kyrgyz ambassador paid a courtesy call on the CSTO Secretary General in Moscow on "
            "Monday.",
            "CSTO",
        ),
        (
            "Russian Foreign Minister Sergei Lavrov held a phone call with his Armenian counterpart on "
            "Monday to discuss the CSTO.",
            "CSTO",
        ),
        (
            "Armenian Foreign Minister Ararat Mirzoyan met NATO Secretary General Jens Stoltenberg in "
            "Brussels on Monday.",
            "NATO",
        ),
        (
            "The CSTO foreign ministers' meeting planned for next week in Yerevan has been cancelled, "
            "officials said.",
            "CSTO",
        ),
        (
            "Analyst Ivan Petrov said the Collective Security Treaty Organization has lost credibility "
            "among its members since 2022.",
            "CSTO",
        ),
        (
            "The European Union on Monday imposed new sanctions on Belarus over its support for Russia's "
            "war in Ukraine.",
            "EU",
        ),
    ],
    ids=[
        "bilateral-state-visit",
        "courtesy-call",
        "phone-call",
        "minister-meets-secretary-general",
        "cancelled",
        "analyst-comment",
        "sanctions",
    ],
)
def test_not_a_meeting(text: str, organization: str) -> None:
    """Bilateral visits, sideline talks, courtesy and phone calls, a minister meeting one official,
    a cancelled meeting, an analyst's comment and a sanctions story report no multilateral meeting,
    although the organization itself is recognized."""
    extraction = geopol.parse(text, published="2024-07-05")
    assert organization in {o.id for o in extraction.organizations}
    assert extraction.meetings == ()


def test_two_presidents_meeting_is_bilateral() -> None:
    """Two presidents meeting during a visit is bilateral, even when they discuss an organization."""
    text = (
        "Tajik President Emomali Rahmon visited Minsk on Tuesday. The two presidents met at the Palace "
        "of Independence and discussed cooperation within the CSTO."
    )
    assert geopol.parse(text, published="2024-05-22").meetings == ()


def test_two_foreign_ministers_meeting_is_bilateral() -> None:
    """The foreign ministers of two named states meeting for mediated talks is not a meeting of the
    organization one mediator belongs to."""
    text = (
        "The foreign ministers of Armenia and Azerbaijan met in Almaty on Friday for talks mediated by "
        "Kazakhstan, a CSTO member."
    )
    assert geopol.parse(text, published="2024-05-22").meetings == ()


def test_analyst_remark_about_leaders_meeting_is_not_a_meeting() -> None:
    """An analyst saying that an alliance's leaders "meet too rarely" reports no particular meeting."""
    text = (
        "The alliance has failed its members, analyst Dana Sultanova told reporters, arguing that CSTO "
        "leaders meet too rarely to matter."
    )
    assert geopol.parse(text, published="2024-05-22").meetings == ()


def test_held_meeting_and_next_meeting_in_one_sentence() -> None:
    """ "met in Minsk on Thursday, and its next meeting will be held in Astana" gives a held meeting
    on the past Thursday and a scheduled one in Astana."""
    text = (
        "The CSTO Council of Foreign Ministers met in Minsk on Thursday, and its next meeting will be "
        "held in Astana in November."
    )
    meetings = geopol.parse(text, published="2023-06-24").meetings
    summary = [(_city_country(m)[0], m.status, _iso(m.start)) for m in meetings]
    assert summary == [
        ("Minsk", MeetingStatus.HELD, "2023-06-22"),
        ("Astana", MeetingStatus.SCHEDULED, "2023-11"),
    ]


def test_sideline_talks_are_not_a_meeting_but_the_summit_is() -> None:
    """Talks on the sidelines of a summit give no meeting of their own; the summit, placed, still counts."""
    text = (
        "On the sidelines of the SCO summit in Astana, the Chinese and Russian presidents held talks "
        "on Wednesday."
    )
    meetings = geopol.parse(text, published="2024-07-04").meetings
    assert [(m.organization, m.level, _city_country(m)) for m in meetings] == [
        ("SCO", MeetingLevel.HEADS_OF_STATE, ("Astana", "KAZ"))
    ]
