"""Article → figures and activities: a short pipeline of named steps.

1. match      ``figures.find_candidates``: every candidate number + unit, exclusions applied
2. ground     each candidate gets its sentence, clause and section path
3. indicator  ``indicators.indicator``: what is counted
4. target     ``targets``: goal or achievement, from the section heading and the clause
5. relations  ``relations.link``: 其中 parts, changes and baselines, completion rates
6. canonical  ``canonical.canonical_names``: one name per indicator across reports (batched)
7. topic      ``topics.topics``: the topic of each figure's sentence (组织建设, 维权, 帮扶 …)
Activities come from ``activities.find_activities`` over the same sentences.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from itertools import pairwise
from typing import NamedTuple

from corpus.periods import period_words
from corpus.records import Article, Sentence
from extract.canonical import (
    bare_change,
    fits_unit,
    for_amount,
    for_unit,
    headlines,
    is_a_bar,
    known,
    named_before_note,
    named_last,
    of_own_place,
    pair_half,
    subject_before,
    subject_name,
)
from extract.figures import Candidate, find_candidates
from extract.indicators import (
    above_size,
    after_unit,
    counts_people,
    goals_noted,
    in_sentence,
    indicator,
    is_relational,
    measures_a_goal,
    those_counted,
    whole_phrase,
    without_own_name,
)
from extract.periods import (
    COMPARED_WITH,
    Frame,
    census_based,
    chained,
    figure_period,
    frame,
    is_school_year,
    opened_span,
    paragraph_before,
    project_cost,
    time_openers,
)
from extract.records import Activity, Figure, changed, new_figure
from extract.relations import link
from extract.tables import table_figures
from extract.targets import (
    TASK_OF,
    heading_is_plan,
    is_target,
    looks_ahead,
    plans_carried,
    said_done,
    starts_a_change,
    states_fact,
)

# from the end of the figure before to a figure: its unit, a remark on it (，呈逐季加快态势) and what follows up to a
# semicolon, then a short opening (剔除留抵退税因素后，按可比口径计算增长; 5月份当月增长) with no number but a month's
_OPENING_CHAR = r"(?:[^，,；;。！？\n\d]|\d{1,2}(?=月))"
_CHAINED_OPENING = re.compile(
    rf"[^，,；;。！？\n]{{0,8}}(?:[，,][^，,；;。！？\n\d]{{1,10}})?[；;](?:{_OPENING_CHAR}{{0,12}}[，,])?{_OPENING_CHAR}{{0,12}}"
)
_OWN_TIME = re.compile(r"年|月|季度|由|从")
_CLAUSE_END = re.compile(r"[，,;；:：。!?！？]")  # a line break inside a sentence only wraps it
_LAST_CLAUSE_END = re.compile(".*" + _CLAUSE_END.pattern, re.S)  # match: up to the last of them (scanning back)


@dataclass(frozen=True, slots=True)
class Extraction:
    article: Article
    figures: tuple[Figure, ...]
    activities: tuple[Activity, ...]

    def records(self) -> list[dict[str, object]]:
        return list(self.iter_records())

    def iter_records(self) -> Iterator[dict[str, object]]:
        """The records one at a time: the document's, its figures', its activities'."""
        yield self.article.record()
        for f in self.figures:
            yield f.record()
        for a in self.activities:
            yield a.record()


def _sentences(article: Article) -> tuple[Sentence, ...]:
    """The article's sentences; a hand-made Article without them is split here the corpus layer's way."""
    if article.sentences:
        return article.sentences
    from corpus.sentences import split_sentences

    return split_sentences(article.text, article.sections)


class _Said(NamedTuple):
    """What the figures of one sentence share, found once for all of them: the sentence's text (normalised),
    the start of its paragraph, and its text as written, section and path (a named tuple: made for every
    sentence with a figure, faster than a frozen dataclass)."""

    text: str
    paragraph: str  # the paragraph up to the sentence, from its first non-blank character
    written: str
    section: str
    path: tuple[str, ...]


def _said(article: Article, sent: Sentence, section: str, path: tuple[str, ...]) -> _Said:
    text, lo, hi = article.text, sent.start, sent.end
    return _Said(
        text=text[lo:hi],
        paragraph=paragraph_before(text, lo).lstrip(),
        written=article.written(lo, hi),  # what people read: the sentence as written (offsets are the normalised text's)
        section=section,
        path=path,
    )


def _clause(text: str, lo: int, hi: int, pos: int, end: int) -> tuple[int, int]:
    """The clause around ``[pos, end)`` inside the sentence ``[lo, hi)``: between commas. (Two searches a figure
    cost less than listing every break of its sentence, most of which no figure's clause ends at.)"""
    before = _LAST_CLAUSE_END.match(text, lo, pos)
    after = _CLAUSE_END.search(text, end, hi)
    return (before.end() if before else lo), (after.start() if after else hi)


# what names a figure, right after its unit, as the task or goal a result is measured against: 超额完成年度30家的任务,
# 完成5000人的目标任务, 全年5万人目标任务, 控制在4%以内的目标之内, 实现了新增就业5000人的年度目标 (not 70项改革任务全部完成,
# a count of tasks)
_TASK_AFTER = re.compile(
    # (a list's members too: 超额完成市总下达的新建20家、发展1 000名的任务)
    rf"(?:、[^，,。；;、]{{0,10}}?\d[\d.,]*\s*[^\d，,。；;、]{{1,4}}?)*"
    rf"(?:以内|以下|以上|左右)?的(?:{TASK_OF}|(?:预期|年度|全年|考核|控制)?目标)|目标任务"
)


# one figure said of two indicators at once (建会率、入会率均达到95%, 增速均为6%)
_BOTH_SAID = re.compile(r"(?<![年人户日月])均(?:达到|达|为|稳定在|保持在|保持|在|超过|突破|不低于|高于)?$")


# the year's goals said in the paragraphs before a top-level section (the review before it left unnumbered) or in the
# section's own opening lines (三、一鼓作气勇争先 / 今年…主要预期目标是：…)
_GOALS_OPEN = re.compile(
    r"(?:今年|本年度)?(?:经济社会发展的|全市|全省|全区|全县)?主要预期目标[是为]|(?:19|20)\d\d年政府工作(?:主要是|的总体要求)"
)
_GOALS_REACH = 2000
_GOALS_OPENING = 600  # (in its heading's line and the two paragraphs after it)


def _goals_open(text: str, lo: int, start: int) -> bool:
    """Whether the year's goals are stated between ``lo`` and a section's ``start``, or in the section's opening."""
    if _GOALS_OPEN.search(text, lo, start):
        return True
    opening = text[start : start + _GOALS_OPENING]
    said = _GOALS_OPEN.search(opening)
    return said is not None and opening.count("\n", 0, said.start()) <= 2


def _plan_sections(article: Article, reviewed: str | None) -> list[bool]:
    tops: dict[str, bool] = {}  # each top-level heading, in text order, and whether it says goals by itself
    last = 0  # where the top-level section before began
    for sec in article.sections:
        if sec.path and sec.path[0] not in tops:
            tops[sec.path[0]] = heading_is_plan(sec.path[0], article.year, reviewed) or (
                # 今年经济社会发展的主要预期目标是：…。2026年政府工作主要是…。一、把铸牢…: the work the goals said just
                # before it open on, in sections whose headings name no year
                _goals_open(article.text, max(last, sec.start - _GOALS_REACH), sec.start)
                and looks_ahead(sec.path[0], article.year)
            )
            last = sec.start
    carried = dict(zip(tops, plans_carried(list(tops), list(tops.values()), article.year), strict=True))
    return [
        bool(sec.path)
        and (carried[sec.path[0]] or any(heading_is_plan(h, article.year, reviewed) for h in sec.path[1:]))
        for sec in article.sections
    ]


def extract_figures(article: Article, *, with_topics: bool = True) -> list[Figure]:
    text = article.text
    cands = find_candidates(text)
    tables = table_figures(text, article.shown)
    if tables:
        taken = {(c.start, c.end) for c in cands}
        tables = [t for t in tables if (t.candidate.start, t.candidate.end) not in taken]
        # a table's cells bound its numbers: 800　865　108.1 are three cells, not one number grouped by spaces
        cells = {k for t in tables for k in range(t.candidate.start, t.candidate.end)}
        cands = [c for c in cands if not any(k in cells for k in range(c.start, c.end))]
        cands = sorted([*cands, *(t.candidate for t in tables)], key=lambda c: c.start)
    if not cands:
        return []
    named = {t.candidate.start: t for t in tables}
    sentences = _sentences(article)
    given = bool(article.meta.get("year") or article.meta.get("date"))  # a column or a header line says it
    issued = article.meta.get("date") or ""  # a header block's 发文时间 or a page's 发布时间
    when = census_based(
        frame(
            article.title,
            article.year,
            article.period,
            [s.heading for s in article.sections],
            text[:2000],
            given,
            int(issued[:4]) if issued[:4].isdigit() else None,
        ),
        article.title,
    )
    plan = _plan_sections(article, when.review)
    unlived = _unlived(when)  # once an article, not once a figure
    # Pass 1: each candidate's sentence (both lists are in text order).
    placed: list[tuple[Candidate, Sentence]] = []
    si, n = 0, len(sentences)
    for c in cands:
        while si < n and sentences[si].end <= c.start:
            si += 1
        inside = si < n and sentences[si].start <= c.start
        placed.append((c, sentences[si] if inside else Sentence(c.span_start, c.span_end)))
    # One classifier call for every sentence that holds a figure, before any figure is built.
    topic_of: dict[int, str] = {}
    if with_topics:
        from extract.topics import topics

        unique = list({id(sent): sent for _, sent in placed}.values())
        names = topics([text[s.start : s.end].strip() for s in unique])
        topic_of = {id(s): t for s, t in zip(unique, names, strict=True)}
    # Pass 2: build the figures sentence by sentence, then link the relations inside each sentence.
    # The figures of a sentence share its text and its section path (one string each, not one per
    # figure: a long document has tens of thousands of figures).
    figures: list[Figure] = []
    group: list[Figure] = []
    prev: Sentence | None = None
    prev_end = 0  # where the previous candidate of this sentence ends (its unit included)
    people_end = 0  # … and the people it counts, when they follow its unit
    paths: dict[int, tuple[str, tuple[str, ...]]] = {}
    openers = time_openers(text)
    said: _Said | None = None
    for c, sent in placed:
        if sent is not prev:
            if group and prev is not None:
                figures.extend(_settled(group, figures, text, prev.start))
            group, prev, prev_end, people_end = [], sent, sent.start, 0
            if sent.section not in paths:
                path = article.section_path(sent) if sent.section >= 0 else ()
                paths[sent.section] = (section_as_written(article, sent), path)
            said = _said(article, sent, *paths[sent.section])
            if (
                sent.section >= 0
                and not plan[sent.section]
                and (opened := opened_span(openers, text.rfind("\n", 0, sent.start) + 1, article.sections[sent.section].start))
            ):
                said = said._replace(path=(*said.path, opened))  # 过去五年，…。 heads the paragraphs after it
        assert said is not None
        fig = _figure(article, c, sent, plan, when, unlived, prev_end, topic_of.get(id(sent)), said, people_end)
        if (cell := named.get(c.start)) is not None:
            # a table's row label names what is counted, its header years the period
            period = cell.period or (when.review[:4] if cell.whole_year and when.review else fig.period)
            if cell.years_back and period and period[:4].isdigit():
                period = f"{int(period[:4]) - cell.years_back}-{period[:4]}"  # 两年平均增长（%）: over the two years
            fig = changed(fig, indicator=cell.indicator, canonical=known(cell.indicator), period=period)
            if cell.target is not None and cell.target != fig.target:
                fig = changed(fig, target=cell.target)  # 目标任务 3000: the goal's column
        group.append(fig)
        prev_end = c.span_end
        # 为312名困难职工子女发放助学金95.6万元: the people after the unit are that figure's; what was done
        # for them names the next one (资助金), not the people again
        people_end = (
            prev_end + len(fig.indicator)
            if fig.indicator and text.startswith(fig.indicator, prev_end) and counts_people(fig.unit)
            else 0
        )
    if group and prev is not None:
        figures.extend(_settled(group, figures, text, prev.start))
    return figures


def _settled(group: list[Figure], before: list[Figure], text: str, sent_start: int) -> list[Figure]:
    """A sentence's figures with what only the sentence settles: indicators its figures share, the clause before
    a semicolon (``_carried``, ``_part_chained``), relations (``link``), the period of a 其中 part and of a list by
    year, and the residence groups of a per-head figure (``_by_residence``)."""
    group = _carried(in_sentence(_labelled(_part_chained(group, before, text), text), text), before, text)
    group = _by_time(group, before, text, sent_start)
    group = goals_noted(above_size(group, text, sent_start), text)
    group = _year_by_year(_named_by_the_whole(_parts_of_their_whole(link(group, text, sent_start), text), text), text)
    return _by_residence(group, before)


# who lives where, as a communiqué splits a per-head figure (按常住地分，城镇居民53100元，农村居民27350元)
_RESIDENTS = {"城镇居民": "城镇居民", "城镇": "城镇居民", "城市居民": "城镇居民", "农村居民": "农村居民", "农村": "农村居民"}
_RESIDENT_WORDS = tuple(_RESIDENTS)


def _by_residence(group: list[Figure], before: list[Figure]) -> list[Figure]:
    """居民人均可支配收入48260元，…按常住地分，城镇居民53100元，农村居民27350元: a residence group alone names the
    per-head measure of the figure before it in its unit, for those who live there."""
    out = group
    for i, f in enumerate(group):
        residents = _RESIDENTS.get(f.indicator or "")
        if residents is None:
            continue
        head = next(
            (
                g.indicator
                for g in reversed([*before[-4:], *out[:i]])
                if g.unit == f.unit and g.indicator and "人均" in g.indicator and not g.indicator.startswith(_RESIDENT_WORDS)
            ),
            None,
        )
        if head is None:
            continue
        name = residents + head[head.index("人均") :]
        out = out if out is not group else list(group)
        out[i] = changed(f, indicator=name, canonical=known(name))
    return out


# only a time before the number: 其中上半年1412万吨，下半年1642万吨 (parts of the year of what the sentence counted)
_TIME_WORD = r"(?:(?:19|20)\d\d年|第?[一二三四]季度|前[二两三]季度|[上下]半年|(?:1\s*[-—–~至]\s*)?\d{1,2}月份?)"  # a year, a quarter, a half, a month (or those so far)
_TIME_ONLY = re.compile(rf"(?:^|[，,；;、：:])\s*(?:其中)?[，,：:]?\s*{_TIME_WORD}(?:当季|当月|单月)?$")


def _named_by_the_whole(group: list[Figure], text: str) -> list[Figure]:
    """A figure with no name, only a part of the year before it (其中上半年1412万吨): what the whole it is part of
    counts, or the figure before it in its unit."""
    out = group
    for i, f in enumerate(group):
        if f.indicator or not _TIME_ONLY.search(text, max(0, f.start - 16), f.start):
            continue
        whole = next((g for g in group if g.start == f.part_of), None) if f.part_of is not None else None
        whole = whole or next((g for g in reversed(out[:i]) if g.unit == f.unit and g.indicator), None)
        if whole is not None and whole.indicator and not is_relational(whole.indicator):
            out = out if out is not group else list(group)
            out[i] = changed(f, indicator=whole.indicator, canonical=None)
        elif whole is None and (listed := _LISTED_BY_TIME.search(text, max(0, f.start - 40), f.start)):
            # 各年参赛职工分别为：2016年3850人次、2017年4620人次…: what the list is of, said before it
            out = out if out is not group else list(group)
            out[i] = changed(f, indicator=listed[1], canonical=None)
    return out


_LISTED_BY_TIME = re.compile(
    rf"(?:各年|每年|历年|各季度|各月)?([\u4e00-\u9fff]{{2,12}}?)(?:分别为|分别是|依次为|分别达到)[：:]?\s*{_TIME_WORD}$"
)


# A brief's line opening on what it counts (1．社会消费品零售总额：当月8.05亿元, 4．房地产开发投资：累计9.84亿元), and the
# line after it that goes on with the same thing (累计63.27亿元，同比增长10.5%)
_LABEL = re.compile(r"[ \t\u3000]*(?:[（(]?[0-9０-９一二三四五六七八九十]{1,2}[）)．.、]\s*)?([^：:，,。；;\n\d]{2,24}?)[：:]")
_LABEL_GAP = re.compile(
    r"\s*(?:\d{1,2}\s*[-—–~至]\s*\d{1,2}\s*月份?|\d{1,2}\s*月份?)?(?:当月|本月|累计|当季|全年)?(?:累计)?(?:完成|实现|达到|为)?\s*$"
)


def _labelled(group: list[Figure], text: str) -> list[Figure]:
    """Figures with no name of their own in a brief's lines: the thing the line's label names, or the label of the
    line before when this line only goes on with it (累计…, 1-8月累计…)."""
    out = group
    for i, f in enumerate(group):
        if f.indicator:
            continue
        line = text.rfind("\n", 0, f.start) + 1
        m = _LABEL.match(text, line, f.start)
        if m is None and _LABEL_GAP.fullmatch(text, line, f.start) and line > 0:
            m = _LABEL.match(text, text.rfind("\n", 0, line - 1) + 1, line - 1)  # the line before: its label
            if m is not None and "\n" in text[m.end() : line - 1]:
                m = None
        elif m is not None:
            # (…；1-8月累计31.58亿元: a clause after a semicolon goes on with the line's label)
            clause = max(m.end(), text.rfind("；", line, f.start) + 1, text.rfind(";", line, f.start) + 1)
            if not _LABEL_GAP.fullmatch(text, clause, f.start):
                m = None
        if m is not None and not is_relational(m[1].strip()):
            out = out if out is not group else list(group)
            out[i] = changed(f, indicator=m[1].strip(), canonical=known(m[1].strip()))
    return out


# 2016年至2020年分别新建512家、468家、437家、391家和338家: one figure a year, in order
# (2019—2023年，全区地区生产总值分别为…, 2019—2023年末，常住人口分别为…: a span opening the sentence)
_YEARS_EACH = re.compile(
    r"((?:19|20)\d\d)\s*年?\s*(?:至|到|—|－|-|–|~)\s*((?:19|20)\d\d)\s*年(?:末|底)?(?:[，,]?[^，,。；;\d]{0,16}?)分别"
)
_LIST_GAP = re.compile(r"[^，,。；;\d]{0,6}(?:、|和|及|与)\s*[-−－]?$")  # (、-3.6%: a sign the figure kept)


# 2019年、2020年、2021年分别筹集5720万元、5940万元和6940万元: one figure a year the list names, in order
_YEAR_LIST_EACH = re.compile(r"((?:19|20)\d\d\s*年(?:\s*[、和及与]\s*(?:19|20)\d\d\s*年)+)[^，,。；;\d]{0,12}?分别")
_LISTED_YEAR = re.compile(r"(?:19|20)\d\d")


# 一季度、二季度、三季度、四季度分别完成352.1万人、298.6万人…: one figure a part of the year, in order
_PARTS_EACH = re.compile(
    r"((?:第?[一二三四]季度|[上下]半年)(?:\s*[、和及与]\s*(?:第?[一二三四]季度|[上下]半年))+)[^，,。；;\d]{0,8}?分别"
)
_PART_WORD = re.compile(r"第?[一二三四]季度|[上下]半年")


def _year_by_year(group: list[Figure], text: str) -> list[Figure]:
    """The figures a span's 分别 lists, one per year of the span (as many as its years, in one unit, one after
    another): each of its year, not the span's (分别 after a span: 2016年至2020年分别新建512家、468家…); so too
    the parts of a year a list names (一季度、二季度、三季度、四季度分别完成…)."""
    if len(group) < 2 or "分别" not in text[max(0, group[0].start - 40) : group[-1].end]:
        return group
    out = group
    for i, f in enumerate(group):
        if m := _list_before(_YEARS_EACH, text, f.start, 40):
            periods = [str(y) for y in range(int(m[1]), int(m[2]) + 1)]
        elif m := _list_before(_YEAR_LIST_EACH, text, f.start, 60):
            periods = _LISTED_YEAR.findall(m[1])
        elif (
            (m := _list_before(_PARTS_EACH, text, f.start, 60))
            and f.period
            and f.period[:4].isdigit()
            and not text.endswith(COMPARED_WITH, 0, m.start())  # (增速比一季度、上半年分别提高: the year's against them)
        ):
            codes = period_words()  # 一季度 → Q1, 上半年 → H1
            periods = [f.period[:4] + codes[w] for w in _PART_WORD.findall(m[1])]
        elif (years := _span_years(group[i:], text)) is not None:
            periods = years
        else:
            continue
        n = len(periods)
        run = group[i : i + n]
        if not 2 <= n <= 10 or len(run) != n or any(g.unit != f.unit for g in run):
            continue
        if any(not _LIST_GAP.search(text[a.end : b.start]) for a, b in pairwise(run)):
            continue
        out = list(out)
        for k, g in enumerate(run):
            out[i + k] = changed(g, period=periods[k])
        break
    return out


_CLAUSE_STOP = re.compile(r"[。；;]")
# 分别 opening a list of one thing's figures, nothing listed before it in its clause (参赛教师分别为168人、205人和231人;
# not 城镇、农村居民人均可支配收入分别为…, a list of things)
_EACH_OF_ONE = re.compile(
    r"(?:^|[，,：:。；;])([^，,：:、和及与。；;\d]{2,24})分别(?:为|是|有|达到|完成)?$"
    # (三年累计筹集帮扶资金386.5万元，分别为108.5万元、…: the years of the total before it)
    r"|(?:累计|合计|共)[^，,：:。；;]{0,20}[\d.]+[^，,：:。；;\d]{0,4}[，,]分别(?:为|是)?$"
)
_SPAN = re.compile(r"((?:19|20)\d\d)-((?:19|20)\d\d)")


def _span_years(run: list[Figure], text: str) -> list[str] | None:
    """The years of the span the figures from ``run[0]`` on are dated, one each, where a 分别 list of one thing's
    figures gives as many as the span has years (a review of 2019—2021: 参赛教师分别为168人、205人和231人), else None."""
    f = run[0]
    head = text[max(0, f.start - 40) : f.start]
    if "分别" not in head[-8:] or not _EACH_OF_ONE.search(head):
        return None
    spans = {(int(m[1]), int(m[2])) for g in run[:5] if g.unit == f.unit and g.period and (m := _SPAN.fullmatch(g.period))}
    if len(spans) != 1:
        return None
    ((a, b),) = spans
    return [str(y) for y in range(a, b + 1)] if 2 <= b - a + 1 <= 5 else None


def _list_before(pattern: re.Pattern[str], text: str, at: int, reach: int) -> re.Match[str] | None:
    """The opening of a 分别 list (``pattern``) within ``reach`` before ``at`` and in the figure's own clause."""
    m = pattern.search(text, max(0, at - reach), at)
    return m if m and not _CLAUSE_STOP.search(text, m.end(), at) else None


_AMONG = re.compile(r"[，,；;]\s*其中[，,：:]?[^，,；;。\d]{0,16}")


def _parts_of_their_whole(group: list[Figure], text: str) -> list[Figure]:
    """五年累计新发展会员3.1万人，其中农民工会员1.7万人: a part (``part_of``, as ``link`` found it) with no time of its
    own is of its whole's period (a share, in %, is no part of a sum: its level is its own)."""
    whole = {f.start: f for f in group}
    out = group
    for i, f in enumerate(group):
        total = whole.get(f.part_of) if f.part_of is not None else None
        if total is not None and total.target and not f.target:
            # 完成财政收入2316万元，…完成全年任务4200万元的55.1%，其中税收收入1978万元: a result's part, not the goal's
            total = next((g for g in reversed(group[:i]) if g.unit == f.unit and not g.target), None)
        if total is None and i and "-" in (group[i - 1].period or "") and _AMONG.fullmatch(
            text, after_unit(group[i - 1], text), f.start
        ):
            # 五年累计引进资金62亿元，其中投资千万元以上项目94个: a part in another unit, of the same five years
            total = group[i - 1]
        if (
            total is not None
            and total.period != f.period
            and f.unit != "%"
            and not _OWN_TIME.search(text, total.end, f.start)
        ):
            out = out if out is not group else list(group)
            out[i] = changed(f, period=total.period)
    return out


# a clause after a semicolon opening on a part of the year alone: 分季度看，一季度人均可支配收入5862元，增长6.8%；上半年9120元
_CHAINED_PART = re.compile(rf"[^。！？!?\n]*?[；;]\s*{_TIME_WORD}(?:累计|当季|当月)?(?:为|达到|实现|完成)?\s*")


def _part_chained(group: list[Figure], before: list[Figure], text: str) -> list[Figure]:
    """A figure with no name that opens a clause chained by a semicolon on a part of the year alone (…；上半年9120元):
    what the clause before counted in its unit, for that part."""
    first = group[0] if group else None
    if first is None or first.indicator or not before or not _CHAINED_PART.fullmatch(text, before[-1].end, first.start):
        return group
    named = next((g for g in reversed(before) if g.base_unit == first.base_unit), None)
    if named is None or named.indicator is None or is_relational(named.indicator):
        return group
    return [changed(first, indicator=named.indicator, canonical=known(named.indicator)), *group[1:]]


def _carried(group: list[Figure], before: list[Figure], text: str) -> list[Figure]:
    """A clause chained by a semicolon that opens on a change alone (…同比下降5.4%；按可比口径计算增长3.2%。) measures
    what the clause before it ended on."""
    first = group[0]
    if not before or not is_relational(first.indicator):
        return group
    last = before[-1]
    if not _CHAINED_OPENING.fullmatch(text, last.end, first.start):
        return group  # not the clause right after a semicolon, opening on the change: it may name its own thing
    if last.indicator is None or is_relational(last.indicator) or first.unit != last.unit:
        return group
    return [changed(first, indicator=last.indicator, canonical=known(last.indicator)), *group[1:]]


_BARE_ARRANGED = re.compile(r"(?:明年|今年|上半年|下半年|全年)?(?:计划)?(?:已|再)?(?:安排|组织)(?:了)?|[\u4e00-\u9fff]{0,3}后组织")
_ACTIVITY = re.compile(r".*(?:组织|开展|举办)([\u4e00-\u9fff“”\"]{2,16})[，,；;。]", re.S)  # match: the last one


def _activity_named(phrase: str) -> str:
    """The activity at the end of what was organised (优秀教师暑期前疗休养 → 疗休养): its last word, or two short ones."""
    from extract.segment import lcut

    words = lcut(phrase.strip("“”\""))
    tail = words[-1] if words else ""
    if len(words) > 1 and (len(tail) < 2 or len(words[-2]) == 1):
        tail = words[-2] + tail  # (疗/休养: a character the cut left alone belongs to the word after it)
    return tail if len(tail) >= 2 else ""


_BAR_BEFORE = re.compile(
    r"(?:(?:计划)?总?投资|纳税|产值|年收入|营业收入|年销售收入)(?:超过|超|达到|达|在|逾)?"
    r"(?:\d+(?:\.\d+)?|[一二三四五六七八九十百千两]*)\s*(?:千万|百万|万|亿)?元(?:及以上|以上)?的?$"
)
_BARE_HEAD = 4  # 项目, 企业, 楼宇: a head noun alone
_BOUND_SAID = re.compile(r"超|以上|逾")  # (投资1.2亿元的外科大楼: what it cost, no bar; 产值5.86亿元增长: a figure)
_SHARE_OF_AMOUNT = re.compile(r"的\s*[\d.]+\s*[%％]")
_CLOSES_NOTE = re.compile(r"[^()（），,；;。]{0,8}[)）]\s*")


def _noted_before(text: str, lo: int, prev_end: int, at: int) -> int:
    """Where the bracketed note that the figure before sits in opens, when the note closes right before ``at``
    (its figure qualifies the phrase before the note), else 0."""
    if prev_end <= lo or not _CLOSES_NOTE.fullmatch(text, prev_end, at):
        return 0
    k = max(text.rfind("(", lo, prev_end), text.rfind("（", lo, prev_end))
    return k if k > lo and not any(ch in ")）" for ch in text[k + 1 : prev_end]) else 0


# 分季度看，一季度增长6.1%，二季度增长3.8%: the sentence before's figure, broken down by the times it is made of
# (其中，3月份当月增长8.4%: a part of it, likewise)
# (其中三季度单季增长6.0%, 6月份当月增长8.2%: a quarter's or a month's own, likewise)
_BY_TIME = re.compile(
    r"\s*(?:(?:(?:分|从|按)(?:季度|季|月份|月度|月)(?:走势|情况)?来?看|其中)[，,：:]|其中(?=第?[一二三四]季度|\d{1,2}月)"
    r"|(?:第?[一二三四]季度|\d{1,2}月份?)(?:当季|单季|当月|单月))"
)


def _by_time(group: list[Figure], before: list[Figure], text: str, sent_start: int) -> list[Figure]:
    """A sentence that opens on 分季度看 (分月看, 其中 …) breaks down the figure of the sentence before: its bare
    changes (一季度增长6.1%) measure what that figure measured, in its unit."""
    if not before or not _BY_TIME.match(text, sent_start):
        return group
    sentence = before[-1].sentence
    named = [f for f in before[-12:] if f.sentence == sentence and f.indicator and not is_relational(f.indicator)]
    out = group
    for i, f in enumerate(group):
        unit = "%" if f.unit == "个百分点" else f.unit  # 比1-2月加快2.1个百分点: a change of its rate
        whole = next((w for w in named if w.unit == unit), None)
        if whole is not None and (is_relational(f.indicator) or not f.indicator or _BY_TIME.fullmatch(f.indicator + "，")):
            # (分季度看，一季度、二季度…分别完成352.1万人、…: the opener named as what is counted is no name)
            out = out if out is not group else list(group)
            out[i] = changed(f, indicator=whole.indicator, canonical=known(whole.indicator))
    return out


def _figure(
    article: Article,
    c: Candidate,
    sent: Sentence,
    plan: list[bool],
    when: Frame,
    unlived: _Unlived,
    prev_end: int,
    topic: str | None,
    said: _Said,
    people_end: int = 0,
) -> Figure:
    """One figure of sentence ``sent``; ``said`` is what its sentence's figures share."""
    text = article.text
    lo, hi = sent.start, sent.end
    clause_lo, clause_hi = _clause(text, lo, hi, c.span_start, c.span_end)
    # after people counted by the figure before, first what follows them (else the people name it, as before)
    ind = indicator(text, c.span_start, c.span_end, max(clause_lo, people_end), clause_hi, c.unit) if people_end else None
    ind = ind or indicator(text, c.span_start, c.span_end, max(clause_lo, prev_end), clause_hi, c.unit)
    if ind is None and (opened := _noted_before(text, clause_lo, prev_end, c.span_start)):
        # 规模以上工业企业（年主营业务收入500万元及以上）86家: the note's figure is no name; the phrase before it is
        ind = indicator(text, opened, c.span_end, clause_lo, clause_hi, c.unit)
    if ind is None:
        ind = those_counted(text, lo, clause_lo, c.span_start)  # 14个乡镇中，常住人口超过3万人的有5个
    if ind and ind.startswith("的") and clause_lo < prev_end:
        ind = whole_phrase(text, clause_lo, c.span_start) or ind  # 生产总值超200亿元的县达到34个: the 县 clearing it
    if ind and "占" in ind and _SHARE_OF_AMOUNT.match(text, c.span_end):
        ind = ind[ind.rindex("占") + 1 :] or ind  # 税收收入占全县财政总收入21.6亿元的86.7%: the whole's amount
    if ind and len(ind) <= _BARE_HEAD and (k := text.rfind(ind, clause_lo, c.span_start)) > clause_lo:
        if (bar := _BAR_BEFORE.search(text, clause_lo, k)) and _BOUND_SAID.search(bar[0]) and not is_relational(ind):
            # 其中投资超亿元项目3个, 纳税超千万元楼宇6栋: the bar the things counted clear names them too
            ind = text[bar.start() : k].removesuffix("的") + ind
    if ind and _BARE_ARRANGED.fullmatch(ind) and (act := _ACTIVITY.search(text, lo, clause_lo)):
        # 组织优秀教师暑期前疗休养，上半年已安排1850人次: what was arranged is the activity the sentence named
        ind = _activity_named(act[1]) or ind
    if ind and (both := _BOTH_SAID.search(text, max(clause_lo, c.span_start - 6), c.span_start)):
        # 建会率、入会率均达到95%: one figure of both; named by the first, as the sentence orders them
        k = text.rfind(ind, clause_lo, both.start())
        first = indicator(text, k - 1, k - 1, clause_lo, k - 1, c.unit) if k > clause_lo and text[k - 1] == "、" else None
        if first and first[-1] == ind[-1]:  # (基本养老保险、基本医疗保险参保率: the first is no whole name)
            ind = first
    if ind and article.org:
        ind = without_own_name(ind, article.org)
    in_plan = plan[sent.section] if 0 <= sent.section < len(plan) else False
    after = text[c.end : c.end + 12]  # what follows the number: its unit, what it is of, a change it starts
    target = is_target(
        text[clause_lo:clause_hi],
        in_plan,
        article.year,
        said.text,
        text[max(lo, c.span_start - 8) : c.span_start],
        chained(said.paragraph) if said.paragraph else "",
        c.unit,
        after,
    )
    if not target and not in_plan and _year_so_far(when) and _FORECAST_YEAR.search(text, lo, c.span_start):
        # 初步预计，全年地区生产总值增长5.5% in a report on the year's first three quarters: a forecast of a year not
        # yet over, a goal (预计 estimates a result only once the period has ended: ANNOTATION.md)
        target = True
    # 超额完成年度30家的任务: a goal, but of the period its result is reported for, so dated as that result
    task = not in_plan and bool(_TASK_AFTER.match(text, c.span_end))
    target = target and not task
    # 目前全镇尚有未建会企业18家 under a plan's heading: a fact as the plan is written, of the year reviewed
    current = in_plan and not target and (
        states_fact(text[clause_lo : c.span_start], said.text) or starts_a_change(text[clause_lo : c.span_start], after)
    )
    period = figure_period(when, text[lo : c.start], said.path, target, after, said.paragraph)
    if (
        not target
        and period
        and (
            period in unlived.parts
            or (unlived.after is not None and int(period[:4]) > unlived.after)
            # 五年累计完成投资40亿元 under “十三五”奋斗目标 in a summary of 2016: a span mostly ahead, in a plan
            or (in_plan and unlived.after is not None and "-" in period and int(period[-4:]) > unlived.after)
        )
        and not said_done(text[clause_lo : c.span_start], text[lo : c.span_start])
    ):
        # 今年，生产总值增长7% in a report reviewing last year; 明年…新建基层工会10家 in a year's summary;
        # 下半年…新建工会组织20家 in a half-year summary: a period not yet lived is a goal (会议增补了8名执委, said
        # after the year reviewed, is done)
        target = True
    if current and when.review:
        period = when.review
    target = target or task
    if not target and period and project_cost(text[lo : c.start], after):
        period = None  # (in a plan, a project's cost is the plan's: 抓好总投资2万亿元的重大项目)
    span_lo, span_hi = c.span_start, c.span_end
    if ind and ind in text[clause_lo:c.span_start]:
        span_lo = text.rfind(ind, clause_lo, c.span_start)
    elif (ind and text.startswith(ind, c.span_end)) or (ind and text.startswith("的" + ind, c.span_end)):
        span_hi = text.find(ind, c.span_end) + len(ind)
    shown = article.shown  # what people read: the same offsets, the source's own punctuation
    return new_figure(
        source=article.source,
        start=c.start,
        end=c.end,
        text=shown[span_lo:span_hi],
        value=c.value,
        unit=c.unit,
        base_value=c.base_value,
        base_unit=c.base_unit,
        approx=c.approx,
        indicator=ind,
        canonical=known(ind),
        target=target,
        placeholder=c.placeholder,
        sentence=said.written,
        section=said.section,
        org=article.org,
        period=period,
        topic=topic,
    )


_RATE_UNITS = frozenset({"%", "个百分点", "倍"})  # the units for_unit may rename a canonical for


class _Unlived(NamedTuple):
    """The periods a report speaks of before living them: every year after ``after``, the year it reviews (a
    report delivered in January about the year before, a year's summary looking ahead), and ``parts``, the
    parts of that year after the one reviewed (下半年 in a first-half summary, 二季度 in a first quarter's)."""

    after: int | None
    parts: frozenset[str]


# a forecast for the whole year (预计全年…, 全年…有望)
_FORECAST_YEAR = re.compile(r"预计[^。；;]{0,12}全年|全年[^。；;]{0,20}(?:预计|有望|可望)")


def _year_so_far(when: Frame) -> bool:
    """Whether the frame is a report on the year so far (前三季度, 1-11月): its plans are the rest of its own year."""
    review = when.review
    return review is not None and review == when.plan and review.isdigit()


def _unlived(when: Frame) -> _Unlived:
    if not when.review or not when.review[:4].isdigit():
        return _Unlived(None, frozenset())
    if is_school_year(when) or when.school:
        # what comes after the school year's second year (a school's statistics are of its first)
        return _Unlived(int((when.school or when.review)[-4:]), frozenset())
    year, part = when.review[:4], when.review[4:]
    later: tuple[str, ...] = ()
    if part == "H1":
        later = ("H2", "Q3", "Q4")
    elif part.startswith("Q") and part[1:].isdigit():
        n = int(part[1:])
        later = tuple(f"Q{q}" for q in range(n + 1, 5)) + (("H2",) if n <= 2 else ())
    return _Unlived(int(year), frozenset(year + p for p in later))


def section_as_written(article: Article, sent: Sentence) -> str:
    """The heading path of ``sent`` as the article writes its headings, joined by `` > ``."""
    if sent.section < 0:
        return ""
    sec = article.sections[sent.section]
    return " > ".join(article.as_written(h, sec.start) or h for h in sec.path)


def _narrower(part: str | None, whole: str | None, name: str) -> bool:
    """Whether a part's indicator names less than its whole's under the same canonical name: neither the whole's own
    words nor the name itself (地方财政收入 under 财政总收入 as 财政收入; not 城镇新增就业 under 新增就业)."""
    return bool(part) and part != whole and part != name.removesuffix("增长")


def extract_article(article: Article) -> Extraction:
    """Every figure and dated activity of one article, grounded in ``article.text``."""
    from extract.canonical import canonical_names

    figures = extract_figures(article)
    # Most wordings are known by now (lexicon or an earlier article); the vectoriser sees only new ones.
    missing = [i for i, f in enumerate(figures) if f.indicator and f.canonical is None and not measures_a_goal(f.indicator)]
    found = dict(zip(missing, canonical_names([figures[i].indicator for i in missing]), strict=True)) if missing else {}
    text = article.text
    subject: tuple[str, str | None, str | None] = ("", None, None)  # the sentence, its last named figure's name and unit
    second = False  # the figure before is the second half of a phrase naming two indicators
    named_at: dict[int, tuple[str | None, str | None]] = {}  # each figure's name and indicator by where it starts
    for i, f in enumerate(figures):
        name = found.get(i, f.canonical)
        if f.sentence != subject[0]:
            subject = (f.sentence, None, None)
        if name is None and not f.indicator:
            name = named_before_note(text[max(0, f.start - 30) : f.start]) or subject_before(text, f.start)
        if name in headlines() and is_a_bar(f, text):
            name = None  # 生产总值超200亿元的县达到34个: a bar the counties clear, not a GDP
        if not fits_unit(f.indicator, name, f.base_unit):
            name = f.indicator  # 外资企业86家 holds 外资 but counts firms
        if name not in headlines() and (own := of_own_place(f.indicator, f.org)):
            name = own  # 汶上县完成GDP in 汶上县's own report
        bare = bare_change(f.indicator)
        half, second = pair_half(f, figures[i - 1] if i else None, second)
        if half is not None:
            name = half  # 全部财政收入和一般预算收入分别增长…: each figure its own half
        if bare and subject[1]:
            name = subject_name(subject[1], subject[2], f.unit)  # 生产总值24.3亿元，比上年增长11.5%
        elif bare and (named := named_last(text, f.start)):
            name = subject_name(named, None, f.unit)  # 全省生产总值…五年平均增长6.9%: the subject named before
        if f.unit in _RATE_UNITS:
            name = for_unit(name, f.unit, text[max(0, f.start - 12) : f.start], f.indicator or "")
        else:
            name = for_amount(name, text[max(0, f.start - 4) : f.start].rstrip())
        whole = named_at.get(f.part_of) if f.part_of is not None else None
        if name in headlines() and whole and whole[0] == name and _narrower(f.indicator, whole[1], name):
            # 财政总收入2.86亿元，其中地方财政收入1.73亿元: a part named more narrowly is not the whole the name would
            # make it (其中二季度增长7.9%, 其中2021年19家 count the same thing for a part of the time; 新增就业860人，
            # 其中城镇新增就业310人 is named as the headline itself)
            name = None
        named_at[f.start] = (name, f.indicator)
        if name in headlines() and not bare:
            subject = (f.sentence, name, f.unit)
        if name != f.canonical:
            figures[i] = changed(f, canonical=name)  # one copy a figure, only where the name changes
    activities = _activities(article, figures)
    return Extraction(article=article, figures=tuple(figures), activities=tuple(activities))


def _activities(article: Article, figures: list[Figure]) -> list[Activity]:
    from extract.activities import find_activities

    return find_activities(article, figures)


def figures_in(text: str) -> list[Figure]:
    """The figures of one text (for drafts, LLM output and quick checks), their ``start``/``end`` and the
    offsets their relations name indexing ``text`` itself: ``text[f.start:f.end]`` is the number as the
    caller wrote it (the text is normalised, cleaned and split inside, as any document is)."""
    from corpus.articles import split_document
    from corpus.records import Document

    out: list[Figure] = []
    for a in split_document(Document(source="<text>", text=text, format="txt")):
        back = a.origin
        for f in extract_article(a).figures:
            start, end = back.span_to_original(f.start, f.end)
            relations = {
                name: back.to_original(pos) for name in ("part_of", "baseline", "of_target")
                if (pos := getattr(f, name)) is not None
            }
            out.append(replace(f, start=start, end=end, **relations))  # type: ignore[arg-type]
    return out
