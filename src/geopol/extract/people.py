"""People: names anchored by a role, a speech verb or a parenthetical state.

Rules (each recorded as the evidence's rule name):
``role_before``   "Russian Foreign Minister Sergei Lavrov", "President of Poland Andrzej Duda"
``role_after``    "Edward Nalbandian, Foreign Minister of Armenia"
``state_list``    "foreign ministers of Armenia Ara Ayvazyan, Belarus Vladimir Makei"
``parallel_list`` "the foreign ministers of Pakistan and Belarus - X and Y"
``paren_state``   "Paul Kagame (Rwanda)"
``speech``        "X said", "according to X"
Later surname-only mentions are linked to the full name.
"""

from __future__ import annotations

import re

import attrs

from geopol.extract.document import Document
from geopol.extract.names import NameCandidate, find_name_candidates
from geopol.extract.role_words import SPEECH_VERBS
from geopol.extract.roles import GOVERNMENT_HEADS, PLURAL_ROLE, ROLE, role_before, singular
from geopol.extract.spanindex import SpanIndex
from geopol.match.trie import trie_pattern
from geopol.model import Mention, Person

__all__ = ["PersonFinding", "extract_people"]

_SPEECH = "|".join(re.escape(v) for v in sorted(SPEECH_VERBS, key=len, reverse=True))
_SPEECH_AFTER = re.compile(rf"^\s*,?\s*(?:(?:also|further|then|later|has|had|was)\s+)*(?:{_SPEECH})\b")
_SPEECH_BEFORE = re.compile(
    rf"(?:\b(?:{_SPEECH})|[Aa]ccording\s+to|[Qq]uoted|\b(?:led|headed|chaired|signed|hosted|"
    rf"accompanied|welcomed|received|met|joined|replaced|succeeded)\s+by)\s*,?\s*$"
)
_PAREN = re.compile(r"^\s*\(([^()]{2,40})\)")
_ROLE_AFTER = re.compile(r"^\s*(?:\([^()]{1,30}\)\s*)?,\s*(?:the\s+|a\s+|an\s+)?")
_CLAUSE_END = re.compile(
    r"[;.:!?\"\u201c\u201d()]|,\s+(?:and\s+)?(?:H\.E\.|the\s+[A-Z]|[A-Z]|[a-z]+\s)|\s+and\s+H\.E\.|\s-\s|\s{2,}"
    r"|\s+(?:who|which|where|and\s+(?:his|her|the)\b)"
)
_HONORIFIC_TAIL = re.compile(
    r"(?:\s*,?\s*(?:H\.\s?E\.|Dr\.?|Amb\.|Mr\.?|Mrs\.?|Ms\.?|Prof\.?|Gen\.|Maj\.|Sir|Prince|Sheikh))+\s*$"
)
_BYLINE = re.compile(r"(?:^|\n)\s*(?:By|BY|Photo:?|Photos:?|Credit:?|Written by|Reporting by|Editing by)\s+$")


@attrs.frozen
class PersonFinding:
    """A person with the offsets of every mention (normalized text)."""

    name: str
    role: str | None
    country: str | None
    rule: str
    spans: tuple[tuple[int, int], ...]


def _states_in(doc: Document, start: int, end: int) -> list[tuple[int, str]]:
    out = []
    for n in doc.names_between(start, end):
        for e in n.entries:
            if e.kind == "state":
                out.append((n.start, e.key))
                break
    return out


def _overlaps_entity(doc: Document, c: NameCandidate) -> bool:
    for n in doc.names_overlapping(c.start, c.end):
        if n.of_kind("place") and n.start <= c.start and c.end <= n.end:
            return True  # the whole candidate is a place ("New York")
        if any(
            e.kind in ("org", "organ", "center") or (e.kind == "state" and not e.ambiguous) for e in n.entries
        ):
            return True
    return False


def _country_of_role(doc: Document, role_start: int, role_end: int, prefix_start: int) -> str | None:
    # A state just before the role ("Russian", "India's", "U.S.") wins, then "of <state>".
    for pos, code in reversed(_states_in(doc, prefix_start, role_start)):
        named = doc.name_starting_at(pos)
        n_end = named.end if named else pos
        if re.fullmatch(r"(?:'s)?\s*", doc.text[n_end:role_start]):
            return code
    inside = doc.text[role_start:role_end]
    to_at = re.search(r"\sto\s", inside)
    cut = role_start + to_at.start() if to_at else role_end
    for pos, code in _states_in(doc, role_start, cut):
        rel = pos - role_start
        if re.search(r"\bof\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,4}$", inside[:rel]):
            return code
    return None


def _clean_role(text: str) -> str:
    role = " ".join(text.replace("\u2013", "-").split()).strip(" ,-")
    return role.lower()


def _role_before(doc: Document, c: NameCandidate, sent_start: int) -> PersonFinding | None:
    lo = max(sent_start, c.start - 160)
    gap = doc.text.rfind("  ", lo, c.start)  # a list flattened with double spaces: one entry each
    lo = gap + 2 if gap >= 0 else lo
    window = doc.text[lo : c.start]
    hm = _HONORIFIC_TAIL.search(window)
    if hm is not None:
        window = window[: hm.start()] + " "
    if _BYLINE.search(doc.text[max(0, c.start - 20) : c.start]):
        return None
    m = role_before(window)
    if m is None:
        return None
    start = lo + m.start()
    # Extend left over coordinated roles: "Deputy Prime Minister and Foreign Minister".
    while True:
        left = doc.text[max(sent_start, start - 60) : start]
        prev = None
        for pm in ROLE.finditer(left):
            if re.fullmatch(r"\s*(?:and|-|\u2013)\s*", left[pm.end() :]):
                prev = pm
        if prev is None:
            break
        start = max(sent_start, start - 60) + prev.start()
    end = lo + len(window.rstrip(" ,"))
    # "the Secretary General of NATO, X": drop the organization's acronym from the role.
    raw = re.sub(r"\s+of\s+(?:the\s+)?[A-Z]{2,}[\s,]*$", "", doc.text[start:end])
    role = _clean_role(raw)
    prefix_start = max(sent_start, start - 25)
    country = _country_of_role(doc, start, end, prefix_start)
    if country and not GOVERNMENT_HEADS.search(role):
        country = None
    if country is None and GOVERNMENT_HEADS.search(role):
        after = _state_adjacent(doc, c)
        if after is not None and after.rule == "of_state":
            country = after.country
    if role and role.endswith("counterpart"):
        # "his Uzbek counterpart X": the role of the person met, the state of the adjective
        state = _country_of_role(doc, start, end, prefix_start)
        counterpart = _counterpart_role(doc, sent_start, start)
        return PersonFinding(c.text, counterpart, state, "counterpart", ((c.start, c.end),))
    return PersonFinding(c.text, role or None, country, "role_before", ((c.start, c.end),))


def _counterpart_role(doc: Document, sent_start: int, at: int) -> str | None:
    """The role of the last person introduced with a role earlier in the sentence."""
    best = None
    for m in ROLE.finditer(doc.text, sent_start, at):
        word = m.group().lower()
        if "counterpart" not in word:
            best = _clean_role(m.group())
    return best


def _role_after(doc: Document, c: NameCandidate, sent_end: int) -> PersonFinding | None:
    rest = doc.text[c.end : min(sent_end, c.end + 220)]
    m = _ROLE_AFTER.match(rest)
    if m is None:
        return None
    body = rest[m.end() :]
    rm = None
    for i, w in enumerate(re.finditer(r"(?:^|(?<=\s))\S", body[:60])):
        rm = ROLE.match(body, w.start())
        if rm is not None:
            break
        if i >= 2 or re.match(r"(?:who|which|that|and|but|said|says|told)\b", body[w.start() :]):
            break
    if rm is None:
        if re.match(r"(?:a|an|the)\s+[a-z]", rest[m.end() - 4 :].lstrip(" ,")) or re.match(
            r"\s*,\s*(?:a|an)\s+[a-z]", rest
        ):
            return PersonFinding(c.text, None, None, "appositive", ((c.start, c.end),))
        return None
    stop = _CLAUSE_END.search(body, rm.end())
    end_rel = stop.start() if stop else len(body)
    role_start = c.end + m.end() + rm.start()
    role_end = c.end + m.end() + end_rel
    role = _clean_role(doc.text[role_start:role_end])
    # the state may come after a comma the role stops at ("Minister of Foreign Affairs, Regional
    # Integration and Togolese Abroad of the Togolese Republic")
    appositive = _APPOSITIVE_END.search(body, rm.end())
    country_end = c.end + m.end() + (appositive.start() if appositive else len(body))
    country = _country_of_role(doc, role_start, country_end, c.end + m.end())
    if country and not GOVERNMENT_HEADS.search(role):
        country = None
    return PersonFinding(c.text, role or None, country, "role_after", ((c.start, c.end),))


def _state_list(doc: Document, c: NameCandidate, sent_start: int) -> PersonFinding | None:
    before = doc.text[max(sent_start, c.start - 40) : c.start]
    states = _states_in(doc, max(sent_start, c.start - 40), c.start)
    if not states:
        return None
    pos, code = states[-1]
    gap = doc.text[pos : c.start]
    if not re.fullmatch(r"[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*\s*", gap):
        return None
    head = doc.text[sent_start:pos]
    plural = None
    for pm in PLURAL_ROLE.finditer(head):
        plural = pm
    if plural is None or not re.search(r"\b(?:of|from)\b", head[plural.end() : plural.end() + 8]):
        return None
    del before
    return PersonFinding(c.text, singular(plural.group()), code, "state_list", ((c.start, c.end),))


def _parallel(doc: Document, sent_start: int, sent_end: int) -> list[PersonFinding]:
    """'the foreign ministers of Pakistan and Belarus - Mohammad Ishaq Dar and Sergey Aleynik'."""
    out: list[PersonFinding] = []
    sent = doc.text[sent_start:sent_end]
    for pm in PLURAL_ROLE.finditer(sent):
        tail = sent[pm.end() : pm.end() + 200]
        dash = re.match(r"\s+of\s+([^-\u2013:]{3,80}?)\s*[-\u2013:]\s*(.+)$", tail)
        if dash is None:
            continue
        base = sent_start + pm.end() + dash.start(1)
        codes = [code for _, code in _states_in(doc, base, base + len(dash.group(1)))]
        names_start = sent_start + pm.end() + dash.start(2)
        names = list(find_name_candidates(doc.text[names_start : min(sent_end, names_start + 240)], set()))
        if len(codes) >= 2 and len(names) >= len(codes):
            for code, n in zip(codes, names, strict=False):
                s, e = names_start + n.start, names_start + n.end
                out.append(PersonFinding(n.text, singular(pm.group()), code, "parallel_list", ((s, e),)))
    return out


def _paren_state(doc: Document, c: NameCandidate) -> PersonFinding | None:
    m = _PAREN.match(doc.text[c.end : c.end + 45])
    if m is None:
        return None
    states = _states_in(doc, c.end + m.start(1), c.end + m.end(1))
    if not states:
        return None
    return PersonFinding(c.text, None, states[0][1], "paren_state", ((c.start, c.end),))


def _state_adjacent(doc: Document, c: NameCandidate) -> PersonFinding | None:
    """ "Uganda's Yoweri Museveni", "Paul Kagame of Rwanda", "Sudanese Abu Zarr Ahmed"."""
    for n in doc.names_between(max(0, c.start - 60), c.end + 60):
        states = n.of_kind("state")
        if not states:
            continue
        code = states[0].key
        gap_before = doc.text[n.end : c.start]
        if n.end <= c.start and re.fullmatch(r"'s\s+", gap_before):
            return PersonFinding(c.text, None, code, "state_possessive", ((c.start, c.end),))
        if n.end <= c.start and re.fullmatch(r"\s+", gap_before) and states[0].form == "adjective":
            return PersonFinding(c.text, None, None, "demonym", ((c.start, c.end),))
        if n.start >= c.end and re.fullmatch(r"\s+of\s+", doc.text[c.end : n.start]):
            return PersonFinding(c.text, None, code, "of_state", ((c.start, c.end),))
    return None


def _drop_portfolio_token(doc: Document, c: NameCandidate) -> NameCandidate:
    """'Minister of Defence and Military Veterans Thandi Modise' -> 'Thandi Modise'."""
    tokens = c.text.split()
    if len(tokens) < 3:
        return c
    before = doc.text[max(0, c.start - 40) : c.start]
    if not re.search(r"\b(?:of|for|and)\s+(?:the\s+)?(?:[A-Z][\w'-]*\s+)?$", before):
        return c
    prev = [n for n in doc.names_between(max(0, c.start - 200), c.start) if n.end >= c.start - 2]
    if prev:
        return c  # "President of Senegal Bassirou Diomaye Faye": a state, not a portfolio word
    first_end = c.start + len(tokens[0])
    rest = doc.text[first_end : c.end].lstrip()
    return NameCandidate(c.end - len(rest), c.end, rest)


def _speech(doc: Document, c: NameCandidate) -> PersonFinding | None:
    after = doc.text[c.end : c.end + 40]
    before = doc.text[max(0, c.start - 25) : c.start]
    if _SPEECH_AFTER.match(after) or _SPEECH_BEFORE.search(before):
        if _BYLINE.search(doc.text[max(0, c.start - 20) : c.start]):
            return None
        return PersonFinding(c.text, None, None, "speech", ((c.start, c.end),))
    return None


def extract_people(doc: Document, blocked: set[str]) -> tuple[PersonFinding, ...]:
    """Every anchored person, merged by name, with surname mentions linked."""
    found: list[PersonFinding] = []
    for whole in doc.sentences:
        found.extend(_parallel(doc, whole.start, whole.end))
    taken = {f.spans[0] for f in found}
    for c in find_name_candidates(doc.text, blocked):
        if (c.start, c.end) in taken or _overlaps_entity(doc, c):
            continue
        sent = doc.sentence_at(c.start)
        s0, s1 = (sent.start, sent.end) if sent else (0, len(doc.text))
        if _BYLINE.search(doc.text[max(0, c.start - 20) : c.start]):
            continue  # "By Anna Petrova, Senior Analyst": the byline is not a person of the story
        if _PORTFOLIO_BEFORE.search(doc.text[max(s0, c.start - 60) : c.start]):
            continue  # "Coordinating Minister for People's Welfare": a portfolio, not a name
        c = _drop_portfolio_token(doc, c)
        before, after = _role_before(doc, c, s0), _role_after(doc, c, s1)
        if before is not None and before.country is None and found:
            before = _shared_state(doc, found[-1], before, c)
        if before is not None and after is not None and after.role:
            before_bare = len((before.role or "").split()) == 1
            if before.country is None and (after.country or (before_bare and len(after.role.split()) > 1)):
                before = None
        f = before or after or _other_anchor(doc, c, s0)
        if f is not None:
            found.append(f)
    return _merge(doc, found)


_APPOSITIVE_END = re.compile(r"[;.!?\n\"\u201c\u201d()]|,\s+(?:and\s+)?(?:H\.E\.|the\s+[A-Z]|[a-z]+\s)")
_PORTFOLIO_BEFORE = re.compile(
    r"\b(?:[Mm]inister|[Ss]ecretary|[Cc]ommissioner|[Mm]inistry)\s+(?:of|for)\s+(?:the\s+)?$"
)


def _shared_state(doc: Document, prev: PersonFinding, f: PersonFinding, c: NameCandidate) -> PersonFinding:
    """ "Iranian President X and Minister of Foreign Affairs Y": Y serves the same state."""
    prev_end = prev.spans[0][1]
    between = doc.text[prev_end : c.start]
    coordinated = re.match(r"\s+and\s+(?:the\s+)?[A-Z]", between) and "," not in between and len(between) < 80
    if prev.country and f.role and coordinated and GOVERNMENT_HEADS.search(f.role):
        return attrs.evolve(f, country=prev.country, rule="role_shared_state")
    return f


def _other_anchor(doc: Document, c: NameCandidate, sent_start: int) -> PersonFinding | None:
    """The anchors tried when no role phrase introduces the name."""
    return (
        _state_list(doc, c, sent_start) or _paren_state(doc, c) or _state_adjacent(doc, c) or _speech(doc, c)
    )


def _merge(doc: Document, found: list[PersonFinding]) -> tuple[PersonFinding, ...]:
    people: dict[str, PersonFinding] = {}
    order: list[str] = []
    by_token: dict[str, list[str]] = {}
    for f in sorted(found, key=lambda f: f.spans[0]):
        key = _key(f.name)
        target = key if key in people else None
        if target is None:
            # Only names sharing a token can be the same person: look at those alone.
            seen: set[str] = set()
            for token in key.split():
                for k in by_token.get(token, ()):
                    if k not in seen and _same_person(k, key):
                        target = k
                        break
                    seen.add(k)
                if target is not None:
                    break
        if target is None:
            people[key] = f
            order.append(key)
            for token in set(key.split()):
                by_token.setdefault(token, []).append(key)
            continue
        old = people[target]
        longer = f.name if len(f.name) > len(old.name) else old.name
        people[target] = PersonFinding(
            longer,
            old.role or f.role,
            old.country or f.country,
            old.rule,
            old.spans + f.spans,
        )
    return _with_surnames(doc, [people[key] for key in order])


def _key(name: str) -> str:
    return " ".join(name.replace(".", "").split()).casefold()


def _same_person(a: str, b: str) -> bool:
    ta, tb = set(a.split()), set(b.split())
    return a == b or (len(ta) >= 2 and len(tb) >= 2 and (ta <= tb or tb <= ta))


def _with_surnames(doc: Document, people: list[PersonFinding]) -> tuple[PersonFinding, ...]:
    """Add every later surname-only mention, found in one scan of the text."""
    owner: dict[str, int] = {}
    for i, p in enumerate(people):
        surname = p.name.split()[-1]
        if len(surname) >= 3 and surname[0].isupper():
            owner.setdefault(surname, i)  # the first person with that surname keeps it
    if not owner:
        return tuple(people)
    pattern = re.compile(r"(?<![\w-])(?:" + trie_pattern(owner) + r")(?![\w-])")
    extra: dict[int, list[tuple[int, int]]] = {}
    for m in pattern.finditer(doc.text):
        extra.setdefault(owner[m.group()], []).append((m.start(), m.end()))
    out = []
    for i, p in enumerate(people):
        if i not in extra:
            out.append(p)
            continue
        index = SpanIndex((a, b, None) for a, b in p.spans)
        longest = max(b - a for a, b in p.spans)
        spans = set(p.spans)
        spans.update(x for x in extra[i] if not index.overlapping(x[0], x[0] + 1, longest))
        out.append(attrs.evolve(p, spans=tuple(sorted(spans))))
    return tuple(out)


def to_person(doc: Document, p: PersonFinding) -> Person:
    """The model value for a finding."""
    mentions = tuple(doc.mention(a, b) for a, b in p.spans)
    return Person(
        name=p.name,
        role=p.role,
        country=p.country,
        mentions=tuple(m for m in mentions if isinstance(m, Mention)),
        evidence=doc.evidence(p.rule, *p.spans[:1]),
    )
