"""Dated activities: 4月10日组织召开了…会议 → an ``Activity`` with an ISO date, action and event.

A date (``extract.dates``) starts an activity when an action verb from the lexicon
(``lexicons/activities.yaml``: 召开 举办 组织 开展 …) follows it in the same sentence, within the
date's clause or the next one, before any other date. The event is the verb's object up to the end
of its clause, cut after the event's head noun (会议, 比赛, 活动 …) when a locative (上, 中, 期间)
or the clause end follows it; a verb at the end of its clause (…对困难职工进行慰问) takes the clause
before it as the event. A cut-off (截至6月20日, 6月底前) is never an activity.

``participants`` is the first figure in the event's clause that counts people (名 人 人次 位).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from corpus.records import Article
from extract.dates import DateMention, find_dates
from extract.records import Activity, Figure

PEOPLE_UNITS = frozenset({"名", "人", "人次", "位", "万人", "万人次", "余人", "多人"})
# Clause ends: an event never runs past one of these.
_CLAUSE_END = re.compile(r"[,，;；。!！?？:：\n]")
_SENTENCE_END = re.compile(r"[。!！?？\n]+")
# Aspect particles and fillers between a verb and its object (召开了, 举办的, 开展过).
_AFTER_VERB = re.compile(r"^(?:了|过|的|起|好)+")
# After an event head these close the noun phrase (会议上, 活动中, 比赛期间).
_LOCATIVE = re.compile(r"^(?:上|中|期间|时|后|之际|,|，|;|；|。|$)")
# The subject and preposition that often open the clause of a verb-final event (我们对…进行慰问).
_SUBJECT = re.compile(
    r"^(?:我会|我们|我局|我市|我县|本会|市总|市总工会|县总工会)?(?:于|在|还|又|先后|及时|分别)*"
)
# The preposition that opens the object of a verb-final clause (…对困难职工进行慰问).
_PREPOSITION = re.compile(r"[对向为给与](?!于)")
_TRIM = " \t\u3000,，;；:：、"
_MAX_GAP = 40  # characters from the date to the verb
_MAX_EVENT = 60


@dataclass(frozen=True, slots=True)
class _Lexicon:
    actions: tuple[str, ...]  # longest first
    noun_like: frozenset[str]
    not_after: tuple[str, ...]
    not_before: tuple[str, ...]
    heads: tuple[str, ...]
    bounds_before: tuple[str, ...]
    bounds_after: tuple[str, ...]
    action_pattern: re.Pattern[str]
    head_pattern: re.Pattern[str]


@cache
def _lexicon() -> _Lexicon:
    from corpus.lexicons import load

    raw = load("extract", "lexicons/activities.yaml")

    def words(key: str) -> tuple[str, ...]:
        return tuple(sorted(set(raw[key]), key=len, reverse=True))

    actions, heads = words("actions"), words("event_heads")
    return _Lexicon(
        actions=actions,
        noun_like=frozenset(raw["noun_like"]),
        not_after=words("not_after"),
        not_before=words("not_before"),
        heads=heads,
        bounds_before=words("date_bounds"),
        bounds_after=words("date_after_bounds"),
        action_pattern=re.compile("|".join(map(re.escape, actions))),
        head_pattern=re.compile("|".join(map(re.escape, heads))),
    )


def _sentence_spans(article: Article) -> list[tuple[int, int]]:
    """The article's sentences, or (before the splitter fills them) a split at 。！？ and newlines."""
    if article.sentences:
        return [(s.start, s.end) for s in article.sentences]
    spans, pos = [], 0
    for m in _SENTENCE_END.finditer(article.text):
        if m.start() > pos:
            spans.append((pos, m.end()))
        pos = m.end()
    if pos < len(article.text):
        spans.append((pos, len(article.text)))
    return spans


def _is_bound(text: str, date: DateMention, lex: _Lexicon) -> bool:
    """截至6月20日, 到5月底, 6月20日以来: a cut-off, not the day something happened."""
    before = text[max(0, date.start - 4) : date.start]
    after = text[date.end : date.end + 3]
    if any(before.endswith(w) for w in lex.bounds_before):
        return True
    return any(after.startswith(w) for w in lex.bounds_after) and not after.startswith("前夕")


def _find_action(text: str, begin: int, limit: int, lex: _Lexicon) -> re.Match[str] | None:
    """The first action verb in ``text[begin:limit]`` that is a verb here, not part of a noun."""
    for m in lex.action_pattern.finditer(text, begin, limit):
        if m.group(0) not in lex.noun_like:
            return m
        before = text[max(0, m.start() - 3) : m.start()]
        after = text[m.end() : m.end() + 2]
        if any(before.endswith(w) for w in lex.not_after) or any(after.startswith(w) for w in lex.not_before):
            continue
        return m
    return None


def _clause_end(text: str, pos: int, limit: int) -> int:
    m = _CLAUSE_END.search(text, pos, limit)
    return m.start() if m else limit


def _event_span(
    text: str, verb: re.Match[str], clause_start: int, limit: int, lex: _Lexicon
) -> tuple[int, int]:
    """The event's ``[start, end)``: the verb's object, or the clause before a clause-final verb."""
    pos = verb.end()
    filler = _AFTER_VERB.match(text[pos:limit])
    if filler:
        pos += filler.end()
    # Chained verbs (组织召开, 组织开展): the object follows the last one.
    while (nxt := lex.action_pattern.match(text, pos)) is not None:
        pos = nxt.end()
        filler = _AFTER_VERB.match(text[pos:limit])
        if filler:
            pos += filler.end()
    end = _clause_end(text, pos, limit)
    if end - pos >= 2:
        cut = None
        for h in lex.head_pattern.finditer(text, pos, end):
            cut = h.end()
            if _LOCATIVE.match(text[h.end() : end]):
                break
        if cut is not None:
            end = cut
        return pos, min(end, pos + _MAX_EVENT)
    # Verb-final clause: 对"双联"对象…进行慰问 — the event is what precedes the verb.
    start = clause_start
    prep = _PREPOSITION.search(text, start, verb.start())
    if prep:
        start = prep.start()
    else:
        subject = _SUBJECT.match(text[start : verb.start()])
        if subject and subject.end() < verb.start() - start:
            start += subject.end()
    return start, verb.end()


def _normalise_event(event: str) -> str:
    return re.sub(r"\s+", "", event).strip(_TRIM)


def find_activities(article: Article, figures: Sequence[Figure] = ()) -> list[Activity]:
    """Every dated activity in ``article``, in text order.

    >>> from corpus.records import Article
    >>> [a.date for a in find_activities(Article(source="s", text="本会于4月12日举办了基层工会干部培训会。", year=2006))]
    ['2006-04-12']
    """
    lex = _lexicon()
    text = article.text
    shown = article.shown  # what people read, at the same offsets
    people = sorted(
        (f for f in figures if f.unit in PEOPLE_UNITS and f.value is not None), key=lambda f: f.start
    )
    out: list[Activity] = []
    for s_start, s_end in _sentence_spans(article):
        if text.find("月", s_start, s_end) < 0:
            continue  # every date has 月; most sentences have none (not cut out), and the date pattern cannot skip ahead
        sentence = text[s_start:s_end]
        dates = find_dates(sentence)
        for i, d in enumerate(dates):
            if _is_bound(sentence, d, lex):
                continue
            # The verb must come before the next date and within the date's clause or the next one.
            limit = dates[i + 1].start if i + 1 < len(dates) else len(sentence)
            first_end = _clause_end(sentence, d.end, limit)
            if first_end < limit and sentence[first_end] in "。!！?？":
                limit = first_end
            elif first_end < limit:
                limit = _clause_end(sentence, first_end + 1, limit)
            limit = min(limit, d.end + _MAX_GAP + _MAX_EVENT)
            verb = _find_action(sentence, d.end, min(limit, d.end + _MAX_GAP), lex)
            if verb is None:
                continue
            clause_start = d.end if verb.start() <= first_end else first_end + 1
            ev_start, ev_end = _event_span(sentence, verb, clause_start, limit, lex)
            event = _normalise_event(shown[s_start + ev_start : s_start + ev_end])
            if not event:
                continue
            start, end = s_start + d.start, s_start + max(ev_end, verb.end())
            clause_lo = s_start + clause_start
            clause_hi = s_start + _clause_end(sentence, ev_end, len(sentence))
            participants = next((f for f in people if clause_lo <= f.start < clause_hi), None)
            out.append(
                Activity(
                    source=article.source,
                    start=start,
                    end=end,
                    date=d.resolve(article.year),
                    action=verb.group(0),
                    event=event,
                    participants=participants,
                    sentence=shown[s_start:s_end],
                    org=article.org,
                )
            )
    return out
