"""Vocabulary of titles and functions that introduce people in news text."""

from __future__ import annotations

__all__ = ["HONORIFICS", "NAME_PARTICLES", "NAME_STOPWORDS", "ROLE_HEADS", "ROLE_MODIFIERS", "SPEECH_VERBS"]

# Heads of role phrases, longest first when compiled.
ROLE_HEADS: tuple[str, ...] = (
    "prime minister",
    "foreign minister",
    "defence minister",
    "defense minister",
    "interior minister",
    "finance minister",
    "economy minister",
    "trade minister",
    "external affairs minister",
    "foreign affairs minister",
    "energy minister",
    "justice minister",
    "health minister",
    "minister",
    "president",
    "vice-president",
    "vice president",
    "secretary-general",
    "secretary general",
    "secretary of state",
    "foreign secretary",
    "cabinet secretary",
    "executive secretary",
    "secretary",
    "chairperson",
    "chairman",
    "chairwoman",
    "chair",
    "king",
    "queen",
    "emir",
    "crown prince",
    "sultan",
    "ambassador",
    "envoy",
    "special envoy",
    "special representative",
    "representative",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "analyst",
    "expert",
    "director-general",
    "director general",
    "director",
    "commissioner",
    "chancellor",
    "governor",
    "chief minister",
    "commander",
    "chief of defence staff",
    "chief of defense staff",
    "chief of staff",
    "chief of general staff",
    "head",
    "leader",
    "high representative",
    "senator",
    "lawmaker",
    "professor",
    "researcher",
    "adviser",
    "advisor",
    "diplomat",
    "deputy",
    "premier",
    "general",
    "colonel",
    "admiral",
    "mayor",
    "speaker",
    "coordinator",
    "official",
    "chief",
    "researcher",
    "scholar",
    "journalist",
    "counterpart",
)

ROLE_MODIFIERS: tuple[str, ...] = (
    "deputy",
    "vice",
    "first",
    "acting",
    "interim",
    "former",
    "outgoing",
    "incoming",
    "executive",
    "special",
    "senior",
    "chief",
    "permanent",
    "assistant",
    "under",
    "military",
    "political",
    "regional",
    "security",
    "foreign policy",
    "foreign affairs",
    "defence",
    "defense",
    "coordinating",
)

HONORIFICS: tuple[str, ...] = (
    "H.E.",
    "HE",
    "H.",
    "E.",
    "Dr.",
    "Dr",
    "Amb.",
    "Mr.",
    "Mrs.",
    "Ms.",
    "Mr",
    "Mrs",
    "Ms",
    "Prof.",
    "Prof",
    "Maj.",
    "Gen.",
    "Lt.",
    "Col.",
    "Brig.",
    "Rtd.",
    "(rtd.)",
    "(rtd)",
    "Sir",
    "Dame",
    "Prince",
    "Princess",
    "Sheikh",
    "Excellency",
    "His",
    "Her",
    "Hon.",
    "Rt.",
)

NAME_PARTICLES: tuple[str, ...] = (
    "bin",
    "ibn",
    "bint",
    "al",
    "el",
    "de",
    "da",
    "del",
    "della",
    "van",
    "von",
    "der",
    "den",
    "dos",
    "das",
    "du",
    "le",
    "la",
    "di",
    "ter",
    "y",
    "ould",
    "ag",
)

SPEECH_VERBS: tuple[str, ...] = (
    "said",
    "says",
    "told",
    "stated",
    "noted",
    "added",
    "stressed",
    "emphasized",
    "emphasised",
    "underlined",
    "underscored",
    "explained",
    "declared",
    "announced",
    "urged",
    "warned",
    "insisted",
    "remarked",
    "observed",
    "asserted",
    "argued",
    "pointed out",
    "wrote",
    "tweeted",
    "continued",
    "concluded",
    "highlighted",
    "affirmed",
    "reaffirmed",
    "believes",
    "believed",
    "recalled",
    "commented",
)

# Capitalized words that never belong to a person's name.
NAME_STOPWORDS: frozenset[str] = frozenset(
    """The A An This That These Those Its It He She They We Our Their His Her In On At By For
    Of And Or But With From To As After Before During Under Over Also Both All Each Following
    Meanwhile However According Earlier Later Today Yesterday Tomorrow Minister Ministers
    President Presidents Secretary General Council Committee Commission Ministry Ministries
    Foreign Affairs Defence Defense Deputy Prime Vice Chairman Chairperson Chair Summit Forum
    Organization Organisation Union Republic Federal Democratic Kingdom State States Office
    Department Agency News Press Times Post Daily Service Government Parliament Assembly
    National International United Nations Security Cooperation Partnership Strategy Center
    Centre Secretariat Community Economic Regional Treaty Alliance Bank Fund Court Program
    Programme Conference Meeting Session Declaration Statement Communique Communiqué
    Group Council's Islamic Arab African European Asian Pacific Central South North East West
    Southern Northern Eastern Western Middle Gulf Sea Ocean Region Ambassador Envoy Special
    Representative Executive Director Commissioner Chief Head Leader Analyst Expert Professor
    Senator King Queen Emir Crown Sultan Governor Mayor Speaker Spokesperson Spokesman
    Military Army Navy Force Forces Police Party Front Movement Mr Mrs Ms Dr His Her
    Excellency Honourable Honorable Chancellor Premier Cabinet Interior Finance Trade Energy
    Justice Health Education Agriculture Environment Information Documentation Liaison
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April
    May June July August September October November December Read More See Share Print
    Photo Photos Video Image Source Reuters Xinhua TASS AFP AP Sputnik Kazinform Interfax
    Enditem Editor Reporting Writing Additional Copyright Follow Twitter Facebook Email
    Independence Day Year Anniversary Palace House Hall Building Headquarters Hotel
    Airport University Institute Academy School College Club Foundation Initiative Plan
    Agenda Process Framework Mechanism Platform Dialogue Format Talks Visit Call Mission
    Operation Task Team Board Panel Bureau Directorate Division Unit Staff Troika Organ
    Heads Authority Sectoral Technical Experts Partners Members Member Observer Observers
    Holding Holdings Company Corporation Media Network Association Society""".split()
)
