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
from geopol.extract.spanindex import SpanIndex
from geopol.model import Quote, SpeakerKind
from geopol.text.quoted import QuotedRun

__all__ = ["QuoteFinding", "extract_quotes", "to_quote"]

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
      | [Aa]ccording\s+to\s+{_SPK.replace("sp>", "sp2>")}
        (?=\s*[,.;:]|\s+(?:on|in|at|shared|issued|published)\b|\s*$)
      | {_SPK.replace("sp>", "sp3>")}\s+(?:also\s+|further\s+|then\s+|later\s+)?(?:{_VERBS})\b
    )""",
    re.VERBOSE,
)
_SHORT_ATTRIBUTION = re.compile(
    rf"[^.;]{{0,60}}?(?:{_VERBS})(?:\s+(?:reporters|journalists|the\s+\w+))?\s*[.,]"
)
_EMBEDDED = re.compile(r"\b[a-z][\w'-]*\s+$")
_IN_DOCUMENT = re.compile(
    r"\b(?:in|according\s+to)\s+(?:a|an|the|their|its)\s+((?:joint\s+|official\s+|final\s+|ministerial\s+)?"
    r"(?:statement|communiqu[eé]|declaration))\b",
    re.IGNORECASE,
)
_ADDING = re.compile(r"\b(?:adding|added|continuing|going\s+on)(?:\s+that)?\s*[:,]?\s*$")
_WHO_SAID = re.compile(rf",\s*who\s+(?:also\s+|further\s+|then\s+)?(?:{_VERBS})\b[^\"\u201c\u201d]{{0,40}}$")
_AFTER_LONG = re.compile(
    rf"^[\s,]*(?P<np>(?:[Tt]he|[Aa])\s+[\w'-]+(?:\s+[\w'-]+)?)(?=\s+(?:from|of|in|at|for|with)\b|,)"
    rf"[^\"\u201c\u201d]{{0,180}}?\s(?:{_VERBS})\b"
)
_BEFORE = re.compile(
    rf"""{_SPK}\s+(?:also\s+|further\s+|then\s+|later\s+)?(?:{_VERBS})
        (?:\s+(?:that|in\s+(?:a|the|its|his|her)\s+\w+(?:\s+\w+)?|on\s+\w+|today|reporters|journalists
          |[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){{0,3}}))*               # "told Amu TV:"
        \s*[:,]?\s*$""",
    re.VERBOSE,
)
_PRONOUN = re.compile(r"^(?:he|she|He|She|they|They|it|It|him|her|them)$")
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


def to_quote(doc: Document, q: QuoteFinding) -> Quote:
    """The model value for a finding (original surface and span)."""
    return Quote(
        text=doc.norm.surface(q.start, q.end),
        span=doc.span(q.start, q.end),
        speaker=q.speaker,
        speaker_kind=SpeakerKind(q.speaker_kind) if q.speaker_kind else None,
        evidence=doc.evidence(q.rule, (q.start, q.end)),
    )


def extract_quotes(doc: Document, people: tuple[PersonFinding, ...]) -> tuple[QuoteFinding, ...]:
    """Every quote with its resolved speaker."""
    out: list[QuoteFinding] = []
    open_runs: list[int] = []
    ctx = _People(doc, people)
    for run in doc.quoted:
        inner = doc.text[run.inner_start : run.inner_end]
        if (
            run.words(doc.text) < 2
            or _is_title(inner)
            or _NAMED_AS.search(doc.text, max(0, run.outer_start - 30), run.outer_start)
        ):
            continue  # a title or a theme, not a quotation
        if not run.closed:
            open_runs.append(len(out))
            out.append(QuoteFinding(run.inner_start, run.inner_end, inner, None, None, "continued_paragraph"))
            continue
        speaker, rule = _attribute(doc, run, out)
        resolved, kind = _resolve(ctx, speaker, run.outer_start, out) if speaker else (None, None)
        if rule == "embedded_subject" and kind != "person":
            # a group as subject: a document the sentence names is the source ("in a joint statement")
            sent = doc.sentence_at(run.outer_start)
            dm = _IN_DOCUMENT.search(doc.text, sent.start, sent.end) if sent else None
            if dm is not None:
                resolved, kind = dm.group(1), "document"
        out.append(QuoteFinding(run.inner_start, run.inner_end, inner, resolved, kind, rule))
        for i in open_runs:  # the paragraphs before share this paragraph's speaker
            out[i] = attrs.evolve(out[i], speaker=resolved, speaker_kind=kind)
        open_runs = []
    return tuple(out)


_NAMED_AS = re.compile(r"\b(?:theme|titled|entitled|called|named|dubbed|slogan|motto|hashtag)\s*:?\s*$", re.I)
_TITLE_WORD = re.compile(r"[A-Z0-9][\w'-]*|of|and|the|for|in|on|to|a|an|at|by|with")


def _is_title(inner: str) -> bool:
    """ "Hazard Risk Vulnerability Atlas": a title, not a quotation."""
    words = inner.strip(" ,.").split()
    if not 2 <= len(words) <= 12 or re.search(r"[.!?;:,]", inner.strip(" ,.")):
        return False
    return all(_TITLE_WORD.fullmatch(w) for w in words) and sum(w[0].isupper() for w in words) >= 2


def _attribute(doc: Document, run: QuotedRun, prior: list[QuoteFinding]) -> tuple[str | None, str]:
    text = doc.text
    sent = doc.sentence_at(run.outer_end - 1)
    limit = sent.end if sent and sent.end > run.outer_end else run.outer_end + 160
    after = text[run.outer_end : min(limit, run.outer_end + 160)]
    inner = text[run.inner_start : run.inner_end].rstrip()
    new_sentence = inner.endswith((".", "?", "!")) and bool(re.match(r"\s+[A-Z]", after))
    m = _AFTER.match(after)
    start_sent = doc.sentence_at(run.outer_start)
    s0 = start_sent.start if start_sent else max(0, run.outer_start - 200)
    before = text[max(s0, run.outer_start - 200) : run.outer_start]
    embedded = bool(_EMBEDDED.search(before)) and not _WHO_SAID.search(before)
    if embedded and (m is None or m.group("sp2")) and not _BEFORE.search(before):
        # a fragment quoted inside the sentence ('commitment to "Pacific regionalism," according to a
        # statement'): the sentence's subject said it
        subject = _subject(_strip_dateline(before))
        if subject:
            return subject, "embedded_subject"
    if m is not None:
        sp = m.group("sp") or m.group("sp2") or m.group("sp3")
        short = _SHORT_ATTRIBUTION.match(after.strip())
        if sp and not _bad_speaker(sp) and (not new_sentence or m.group("sp") or short):
            return _trim_speaker(sp), "attribution_after"
    lm = _AFTER_LONG.match(after)
    if lm is not None and not new_sentence:
        return lm.group("np"), "attribution_after"
    m = _BEFORE.search(before)
    if m is not None and not _bad_speaker(m.group("sp")):
        return _trim_speaker(_strip_clause(m.group("sp"))), "attribution_before"
    if _ADDING.search(before) and prior and prior[-1].speaker and run.outer_start - prior[-1].end < 300:
        return prior[-1].speaker, "adding"  # '"…," Rutte said, adding that "…"'
    if _WHO_SAID.search(before):
        return "he", "relative_clause"  # "Luis Almagro, who urged "...""
    am = re.search(r"[Aa]ccording\s+to\s+([^,;:\"\u201c\u201d]{2,80}?)\s*,\s*$", before) or re.search(
        r"[Aa]ccording\s+to\s+(him|her|them|[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3})\s*,", before
    )
    if am is not None:
        return am.group(1), "according_to"
    if before.rstrip().endswith(":"):
        subject = _subject(_strip_dateline(before.rstrip()[:-1]))
        if subject:
            return subject, "colon_subject"
    if prior and _continues(doc, prior[-1], run):
        return prior[-1].speaker, "continuation"
    subject = _subject(_strip_dateline(before))
    if subject:
        return subject, "sentence_subject"
    if prior and prior[-1].speaker_kind == "document" and run.outer_start - prior[-1].end < 600:
        return prior[-1].speaker, "document_continuation"
    return None, "unattributed"


def _bad_speaker(sp: str) -> bool:
    words = sp.split()
    return not words or len(words) > 10 or words[0].lower() in ("that", "which", "who", "and", "but")


_VERBISH = re.compile(
    r"^(?:issued|adopted|approved|signed|released|agreed|said|stated|called|urged|expressed|"
    r"reaffirmed|made|held|met|also|and|who|which|that)$"
)


def _trim_speaker(sp: str) -> str:
    """Cut a speaker phrase at its first verb ("Quad foreign ministers issued a ...")."""
    words = sp.split()
    for i, w in enumerate(words):
        if i > 0 and _VERBISH.match(w):
            words = words[:i]
            break
    else:
        for i, w in enumerate(words):
            if i > 1 and w.islower() and w.endswith("ed"):
                words = words[:i]
                break
    phrase = " ".join(words)
    if re.match(r"(?:a|an)\s", phrase) and _DOCUMENT.search(phrase):
        phrase = "the " + phrase.split(" ", 1)[1]
    return phrase


_DATELINE_HEAD = re.compile(
    r"^\s*[A-Z][A-Z .'-]{2,30}(?:,[^-\u2013\u2014:]{0,40})?\s*(?:-{1,2}|\u2013|\u2014|:)\s*"
)


def _strip_dateline(before: str) -> str:
    return _DATELINE_HEAD.sub("", before, count=1)


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
    clause = (
        clause.rsplit(", ", 1)[-1]
        if re.match(
            r"\s*(?:After|In|On|During|Following|Further|"
            r"Earlier|Meanwhile|Later|Also|Separately|[A-Z][a-z]+ing)\b",  # "Addressing the forum, X ..."
            clause,
        )
        else clause
    )
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


_HONORIFIC = re.compile(r"^(?:(?:Mr|Mrs|Ms|Dr|Prof|Sir|H\.\s?E)\.?\s+)+")


class _People:
    """People indexed for speaker resolution: by name token and by mention offset."""

    def __init__(self, doc: Document, people: tuple[PersonFinding, ...]) -> None:
        self.doc = doc
        self.by_token: dict[str, PersonFinding] = {}
        for p in people:
            for t in p.name.split():
                if len(t) > 2 and t[0].isupper():
                    self.by_token.setdefault(t, p)
        self.mentions = SpanIndex((a, b, p) for p in people for a, b in p.spans)
        self.states = {n.text: n.of_kind("state")[0].key for n in doc.names if n.of_kind("state")}

    def nearest_before(self, at: int) -> PersonFinding | None:
        hit = self.mentions.last_ending_by(at, max(0, at - 5000))
        return hit[2] if hit else None

    def recent(self, at: int) -> list[PersonFinding]:
        """People mentioned in the 3,000 characters before ``at``, nearest last."""
        seen: dict[int, PersonFinding] = {}
        for _a, _b, p in self.mentions.between(max(0, at - 3000), at):
            seen.pop(id(p), None)
            seen[id(p)] = p
        return list(seen.values())


def _resolve(ctx: _People, speaker: str, at: int, prior: list[QuoteFinding]) -> tuple[str | None, str | None]:
    sp = _HONORIFIC.sub("", speaker.strip())
    if _PRONOUN.match(sp) or sp in ("him", "her", "them"):
        low = sp.lower()
        for q in reversed(prior[-4:]):
            if q.speaker is None:
                continue
            if low == "it" and q.speaker_kind in ("document", "organization"):
                return q.speaker, q.speaker_kind
            if low in ("he", "she", "him", "her") and q.speaker_kind == "person" and at - q.end < 800:
                return q.speaker, q.speaker_kind
            if low in ("they", "them") and q.speaker_kind == "group":
                return q.speaker, q.speaker_kind
        if low in ("it", "they", "them") and prior and prior[-1].speaker:
            return prior[-1].speaker, prior[-1].speaker_kind
        person = ctx.nearest_before(at)
        return (person.name, "person") if person else (None, None)
    for t in sp.split():
        named = ctx.by_token.get(t)
        if named is not None:
            return named.name, "person"
    role_person = _person_by_role(ctx, sp, at)
    if role_person is not None:
        return role_person.name, "person"
    if _DOCUMENT.search(sp):
        return sp, "document"
    return sp, "group"


_ROLE_FILLER = frozenset({"the", "of", "for", "and", "a", "an", "-"})


def _person_by_role(ctx: _People, phrase: str, at: int) -> PersonFinding | None:
    """The recent person whose role best fits a description ("the Kazakh Foreign Minister")."""
    low = phrase.lower()
    phrase_words = set(re.findall(r"[\w'-]+", low)) - _ROLE_FILLER
    phrase_states = {ctx.states[w] for w in re.findall(r"[\w.'-]+", phrase) if w in ctx.states}
    best, best_score = None, (0, 0)
    for p in ctx.recent(at):
        if not p.role or len(p.role) <= 3:
            continue
        if phrase_states and p.country not in phrase_states:
            continue
        cores = [part.split(" of ")[0].strip() for part in re.split(r"\s+(?:-|and)\s+", p.role)]
        core_len = max((len(c) for c in cores if c and (c in low or low.endswith(c))), default=0)
        if not core_len:
            continue
        overlap = len(phrase_words & set(re.findall(r"[\w'-]+", p.role)))
        score = (overlap, core_len)
        if score >= best_score:  # ties go to the most recently mentioned
            best, best_score = p, score
    return best
