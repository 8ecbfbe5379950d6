"""Vocabulary for meetings: trigger nouns, level cues, non-meeting contexts."""

from __future__ import annotations

import re

from geopol.model import MeetingLevel

__all__ = [
    "ANAPHORIC",
    "CANCELLED",
    "GENERIC_LEVELS",
    "LEVEL_CUES",
    "NOT_MULTILATERAL",
    "PLURAL_ACTORS",
    "SCHEDULED_CUES",
    "SIDE_TALKS",
    "TRIGGER",
    "VERB_TRIGGER",
]

VERB_TRIGGER = re.compile(
    r"^(?:[Mm]et|[Mm]eets?|[Gg]athered|[Hh]eld\s+talks|[Cc]onvened?|[Cc]onvenes|[Hh]ost(?:s|ed|ing)\s+(?:leaders|ministers|heads))$"
)

# A definite reference to a meeting already reported ("the meeting", "this year's summit").
ANAPHORIC = re.compile(
    r"\b(?:the|this|that|its|their|his|her)\s+(?:[\w'-]+\s+){0,2}(?:meeting|summit|session|gathering|talks)\b",
    re.IGNORECASE,
)

# Plural actors that make a "met"/"meeting" multilateral.
PLURAL_ACTORS = re.compile(
    r"\b(?:ministers|leaders|heads|officials|members|delegations|delegates|counterparts|diplomats|countries|"
    r"nations|states|presidents|premiers|participants|envoys|representatives|chiefs|directors|ambassadors)\b",
    re.IGNORECASE,
)

GENERIC_LEVELS = frozenset({MeetingLevel.OTHER_MINISTERS, MeetingLevel.SENIOR_OFFICIALS})

# Words that report a meeting.
TRIGGER = re.compile(
    r"""(?<![\w-])(?:
        [Mm]eetings?|[Ss]ummits?|[Ss]ession|[Mm]inisterial|[Cc]onference|[Cc]onvened?|[Cc]onvenes
      | [Mm]et|[Mm]eets?|[Gg]athered|[Gg]athering|[Hh]eld\s+talks|[Vv]ideoconference
      | [Hh]ost(?:s|ed|ing)\s+(?:leaders|ministers|heads)   # "hosted leaders of the SCO"
    )(?![\w-])""",
    re.VERBOSE,
)

# (pattern, level), most specific first; the cue nearest the trigger wins.
LEVEL_CUES: tuple[tuple[re.Pattern[str], MeetingLevel], ...] = tuple(
    (re.compile(p, re.IGNORECASE), lvl)
    for p, lvl in (
        (r"chiefs?\s+of\s+(?:defen[cs]e|general)\s+staffs?", MeetingLevel.OTHER),
        (
            r"joint\s+(?:ministerial|meeting\s+of\s+(?:the\s+)?(?:foreign\s+and\s+defen[cs]e|ministers))",
            MeetingLevel.JOINT_MINISTERS,
        ),
        (r"foreign\s+(?:and|&)\s+defen[cs]e\s+ministers", MeetingLevel.JOINT_MINISTERS),
        (
            r"foreign\s+ministers?'?|foreign\s+ministry\s+chiefs|top\s+diplomats|ministers?\s+of\s+foreign\s+affairs|"
            r"foreign\s+affairs\s+ministers|FMs?\b|CFM\b|foreign\s+ministerial",
            MeetingLevel.FOREIGN_MINISTERS,
        ),
        (
            r"defen[cs]e\s+ministers?'?|ministers?\s+of\s+defen[cs]e|defen[cs]e\s+ministerial",
            MeetingLevel.DEFENCE_MINISTERS,
        ),
        (r"heads?\s+of\s+government|prime\s+ministers|premiers", MeetingLevel.HEADS_OF_GOVERNMENT),
        (
            r"heads?\s+of\s+state|summit|leaders'?|presidents",
            MeetingLevel.HEADS_OF_STATE,
        ),
        (
            r"senior\s+officials|directors|ambassadors|permanent\s+representatives|deputy\s+ministers|"
            r"secretaries|security\s+advis[eo]rs|"
            r"national\s+coordinators|sherpas|experts|officials",
            MeetingLevel.SENIOR_OFFICIALS,
        ),
        (r"ministers|ministerial|council\s+of\s+ministers", MeetingLevel.OTHER_MINISTERS),
    )
)

SCHEDULED_CUES = re.compile(
    r"\b(?:will|shall|to\s+be\s+held|is\s+(?:due|set|expected|scheduled|slated|planned|to\s+(?:host|be|take))|"
    r"are\s+(?:due|set|expected|scheduled|slated|planned)|scheduled|slated|upcoming|next|forthcoming|"
    r"to\s+take\s+place|plans?\s+to\s+(?:host|hold|convene)|offered\s+to\s+host|to\s+host)\b",
    re.IGNORECASE,
)

CANCELLED = re.compile(
    r"\b(?:cancel(?:l?ed)?|postponed|called\s+off|scrapped|was\s+not\s+held)\b", re.IGNORECASE
)

# A sentence with these reports no multilateral meeting at all.
NOT_MULTILATERAL = re.compile(
    r"\b(?:courtesy\s+call|farewell\s+call|one-on-one|"
    r"tete-a-tete|phone\s+call|telephone|state\s+visit|official\s+visit|unofficial\s+talks|luncheon|"
    r"farewell|photo|(?:the\s+)?two\s+(?:presidents|leaders|ministers|foreign\s+ministers|heads\s+of\s+state|sides|"
    r"premiers|prime\s+ministers|counterparts)|both\s+(?:leaders|presidents|ministers|sides|counterparts))\b",
    re.IGNORECASE,
)

# Talks beside a meeting: a verb or a noun like "bilateral meeting" is no meeting of its own,
# but the summit on whose sidelines they happen still is.
SIDE_TALKS = re.compile(
    r"\b(?:bilateral|on\s+the\s+sidelines|sidelines\s+of|on\s+the\s+margins?\s+of)\b", re.I
)
