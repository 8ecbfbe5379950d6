"""Quotations and their speakers.

A quoted run of two or more words is a quote (one word is a scare quote; a
mark left open at the end of the text is no quote). The speaker comes from,
in order: an attribution after the quote (``," the statement read``,
``," Przydacz told reporters``, ``," according to X``), one before it
(``X said: "…"``), a continuation of the previous quote (``"…," X said.
"…"``), or the subject of the sentence the quote is embedded in. Pronouns
resolve to the nearest fitting person or to the previous speaker, surnames
and role descriptions ("the Kazakh Foreign Minister") to the full name.
"""

from __future__ import annotations

import re

import attrs

from geopol.extract.document import Document
from geopol.extract.people import PersonFinding
from geopol.text.quoted import QuotedRun

__all__ = ["QuoteFinding", "extract_quotes"]

_VERBS = (
    r"said|says|added|adds|read|reads|stated|states|noted|notes|told|stressed|declared|wrote|writes"
    r"|continued|explained|emphasi[sz]ed|urged|concluded|underlined|insisted|warned|highlighted"
    r"|remarked|observed|asserted|argued|announced|affirmed|reaffirmed|recalled|commented|tweeted"
    r"|pointed\s+out|went\s+on|quoted"
)
_SPK = r"(?P<sp>(?:[Tt]he\s+)?[^\s,.;:\"\u201c\u201d]+(?:\s+[^\s,.;:\"\u201c\u201d]+){0,9}?)"
_AFTER = re.compile(
    rf"""^[\s,]*(?:
        (?:{_VERBS})\s+{_SPK}(?=\s*[,.;:]|\s+(?:on|in|at|to|after|during|while|as|when)\b|\s*$)
      | [Aa]ccording\s+to\s+{_SPK.replace("sp>", "sp2>")}(?=\s*[,.;:]|\s+(?:on|in|at|shared|issued|published)\b|\s*$)
      | {_SPK.replace("sp>", "sp3>")}\s+(?:also\s+|further\s+|then\s+|later\s+)?(?:{_VERBS})\b
    )""",
    re.VERBOSE,
)
_BEFORE = re.compile(
    rf"""{_SPK}\s+(?:also\s+|further\s+|then\s+|later\s+)?(?:{_VERBS})
        (?:\s+(?:that|in\s+(?:a|the|its|his|her)\s+\w+(?:\s+\w+)?|on\s+\w+|today|reporters|journalists))*
        \s*[:,]?\s*$""",
    re.VERBOSE,
)
_PRONOUN = re.compile(r"^(?:he|she|He|She|they|They|it|It)$")
_DOCUMENT = re.compile(
    r"\b(?:statement|communiqu[eé]|declaration|resolution|report|letter|document|text|release|"
    r"decision|readout|agreement)\b",
    re.IGNORECASE,
)
_NP_WORDS = frozenset(
    """the of and foreign defence defense ministers minister nations countries leaders members officials
    participants ministry spokesperson statement joint a an presidency secretariat council delegates
    states heads government governments militia forces""".split()
)
_ADVERBS = re.compile(r"\s+(?:also|further|then|later|both|all|however|meanwhile)$")


@attrs.frozen
class QuoteFinding:
    """A quote's normalized offsets and its speaker (text as resolved) and kind."""

    start: int
    end: int
    text: str
    speaker: str | None
    speaker_kind: str | None
    rule: str


def extract_quotes(doc: Document, people: tuple[PersonFinding, ...]) -> tuple[QuoteFinding, ...]:
    """Every quote with its resolved speaker."""
    out: list[QuoteFinding] = []
    for run in doc.quoted:
        if run.words(doc.text) < 2:
            continue
        speaker, rule = _attribute(doc, run, out)
        resolved, kind = _resolve(doc, speaker, run.outer_start, people, out) if speaker else (None, None)
        out.append(
            QuoteFinding(run.inner_start, run.inner_end, doc.text[run.inner_start : run.inner_end],
                         resolved, kind, rule)
        )
    return tuple(out)


def _attribute(doc: Document, run: QuotedRun, prior: list[QuoteFinding]) -> tuple[str | None, str]:
    text = doc.text
    sent = doc.sentence_at(run.outer_end - 1)
    limit = sent.end if sent and sent.end > run.outer_end else run.outer_end + 160
    after = text[run.outer_end : min(limit, run.outer_end + 160)]
    m = _AFTER.match(after)
    if m is not None:
        sp = m.group("sp") or m.group("sp2") or m.group("sp3")
        if sp and not _bad_speaker(sp):
            return sp, "attribution_after"
    start_sent = doc.sentence_at(run.outer_start)
    s0 = start_sent.start if start_sent else max(0, run.outer_start - 200)
    before = text[max(s0, run.outer_start - 200) : run.outer_start]
    m = _BEFORE.search(before)
    if m is not None and not _bad_speaker(m.group("sp")):
        return _strip_clause(m.group("sp")), "attribution_before"
    if prior and _continues(doc, prior[-1], run):
        return prior[-1].speaker, "continuation"
    subject = _subject(before)
    if subject:
        return subject, "sentence_subject"
    if prior and prior[-1].speaker_kind == "document" and run.outer_start - prior[-1].end < 600:
        return prior[-1].speaker, "document_continuation"
    return None, "unattributed"


def _bad_speaker(sp: str) -> bool:
    words = sp.split()
    return not words or len(words) > 10 or words[0].lower() in ("that", "which", "who", "and", "but")


def _strip_clause(sp: str) -> str:
    # "After the meeting, the ministers" -> "the ministers"
    return sp.rsplit(", ", 1)[-1].strip()


def _continues(doc: Document, prev: QuoteFinding, run: QuotedRun) -> bool:
    if prev.speaker is None:
        return False
    gap = doc.text[prev.end : run.outer_start]
    # The previous quote's attribution sentence, then straight into this quote.
    return len(gap) < 120 and "\n\n" not in gap and gap.count("\n") <= 1 and _ends_sentence(gap)


def _ends_sentence(gap: str) -> bool:
    return bool(re.search(r"[.!?][\"\u201d']?\s*$", gap.strip() + " ") or gap.strip().endswith("."))


def _subject(before: str) -> str | None:
    clause = re.split(r"[.;:!?]\s", before)[-1]
    clause = clause.rsplit(", ", 1)[-1] if re.match(r"\s*(?:After|In|On|During|Following|Further|"
                                                    r"Earlier|Meanwhile|Later|Also|Separately)\b", clause) else clause
    words = clause.split()
    taken: list[str] = []
    for w in words:
        bare = w.strip(",")
        if bare[:1].isupper() or bare.lower() in _NP_WORDS:
            taken.append(bare)
            if w.endswith(","):
                break
        else:
            break
    phrase = _ADVERBS.sub("", " ".join(taken)).strip()
    if not phrase or len(phrase.split()) > 8 or phrase.lower() in ("the", "a", "an"):
        return None
    return phrase


def _resolve(
    doc: Document, speaker: str, at: int, people: tuple[PersonFinding, ...], prior: list[QuoteFinding]
) -> tuple[str | None, str | None]:
    sp = speaker.strip()
    if _PRONOUN.match(sp):
        if sp.lower() in ("it", "they") and prior and prior[-1].speaker:
            return prior[-1].speaker, prior[-1].speaker_kind
        person = _nearest_person(people, at)
        return (person.name, "person") if person else (None, None)
    for p in people:
        tokens = set(p.name.split())
        if any(t in tokens for t in sp.split() if len(t) > 2 and t[0].isupper()):
            return p.name, "person"
    role_person = _person_by_role(doc, sp, people)
    if role_person is not None:
        return role_person.name, "person"
    if _DOCUMENT.search(sp):
        return sp, "document"
    return sp, "group"


def _nearest_person(people: tuple[PersonFinding, ...], at: int) -> PersonFinding | None:
    best, best_pos = None, -1
    for p in people:
        for a, _b in p.spans:
            if best_pos < a < at:
                best, best_pos = p, a
    return best


def _person_by_role(doc: Document, phrase: str, people: tuple[PersonFinding, ...]) -> PersonFinding | None:
    low = phrase.lower()
    for p in people:
        if p.role and len(p.role) > 3:
            core = p.role.split(" of ")[0]
            if core in low or low.endswith(core):
                return p
    del doc
    return None
