"""``--like REPORT``: last year's summary with this year's figures where last year's stood.

The report keeps its structure and phrasing; what it says of this year comes from the data:

- each of its figures is bound to a data figure (``binding.best_binding``: indicator wording and
  canonical name agree, units of one family); the number (and the unit, when the data's differs) is
  replaced;
- a figure the data has nothing for is never left standing: its clause is dropped where the
  sentence stands without it, otherwise its number becomes the visible blank ``××``; both are
  listed in the review;
- the title, period, organisation, problems, plans and signature are the data's (the report's
  sections of problems and plans are replaced by the data's items);
- every sentence still carrying a date or a dated activity of last year's report is listed in the
  review, for a person to rewrite or delete;
- ASCII punctuation between Chinese characters becomes full-width (，；：（）).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from corpus.records import Article
from generate.binding import best_binding
from generate.clauses import clause_span, removable, settle
from generate.data import DraftData, Quantity, chinese_date
from generate.errors import DataError
from generate.phrases import format_number
from generate.plan import Block, Draft, Piece, TextBuilder

STALE = "××"
_HEADING1 = re.compile(r"^\s*[一二三四五六七八九十]+、")
_HEADING2 = re.compile(r"^\s*[(（][一二三四五六七八九十]+[)）]")
_HEADING3 = re.compile(r"^\s*\d+[、.．]")
_DATE_LINE = re.compile(r"^\s*(?:\d{4}|[〇零一二三四五六七八九]{4})年\d{1,2}月\d{1,2}日\s*$")
_DATED = re.compile(r"×月|\d{4}年\d{1,2}月|[元春]节|“[^”]{2,20}”(?:活动|竞赛|行动)")
_PROBLEMS = re.compile(r"问题|不足")
_PLANS = re.compile(r"打算|计划|思路|安排|工作重点|下一步|展望")
_TITLE_MAX = 60
_EVENT_MIN = 4  # an activity of last year's report (召开…会议) named in a sentence that stays
_DAY = re.compile(
    r"\d{1,2}月\d{1,2}日|\d{1,2}[-—–]\d{1,2}月|(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?=份|初|底|中旬|下旬|上旬)"
)
DATE_BLANK = "×月×日"
_TO_FULLWIDTH = {",": "，", ";": "；", ":": "：", "(": "（", ")": "）", "!": "！", "?": "？"}
_CJK = re.compile(r"[\u4e00-\u9fff“”（）《》]")


def read_report(path: str | Path) -> Article:
    """The first article of a report in any readable format (``corpus.load``)."""
    from corpus import load
    from corpus.records import Failure

    for item in load([str(path)]):
        if isinstance(item, Failure):
            raise DataError(str(path), item.reason)
        return item
    raise DataError(str(path), "no text found")


def fullwidth(text: str) -> str:
    """ASCII , ; : ( ) ! ? beside a Chinese character become full-width; same length, so offsets hold."""
    out = list(text)
    for i, c in enumerate(text):
        if c in _TO_FULLWIDTH:
            before = text[i - 1] if i else ""
            after = text[i + 1] if i + 1 < len(text) else ""
            if c == "," and before.isdigit() and after.isdigit():
                continue  # 1,000
            if _CJK.match(before) or _CJK.match(after) or (c in "()" and (before.isdigit() or after.isdigit())):
                out[i] = _TO_FULLWIDTH[c]
    return "".join(out)


def redraft(article: Article, data: DraftData) -> Draft:
    """Last year's ``article`` with ``data``'s figures put where its own stood; the review lists the rest."""
    from extract import extract_article

    extraction = extract_article(article)
    text = article.text
    figures = sorted(
        (f for f in extraction.figures if f.value is not None and not f.placeholder), key=lambda f: f.start
    )
    pool = [q for q in data.figures if not q.target]
    review: list[str] = []
    lines = text.split("\n")
    offsets, pos = [], 0
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1
    first = next((i for i, line in enumerate(lines) if line.strip()), 0)
    # the report's own name is put right only where its title says it (the org the reader guessed
    # from a run-on first line, 围绕镇政府, is not a name to replace)
    own = article.org if article.org and _is_title(lines[first]) and article.org in lines[first] else None
    out: list[tuple[str, str, tuple[Piece, ...]]] = []  # kind, text, pieces
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        lo, hi = offsets[i], offsets[i] + len(line)
        if i == first:
            out.append(("title", data.title or f"{data.org}{data.period_label}工作总结", ()))
            if _is_title(line):
                continue  # a report whose first line runs on into its text keeps that text
        if _DATE_LINE.match(line):
            continue  # last year's signing date: the data's goes at the end
        mine = [f for f in figures if lo <= f.start < hi]
        new_line, pieces = _line(line, lo, mine, pool, review, lambda t: fullwidth(_retarget(t, own, data, article.year)))
        if not new_line.strip():
            continue
        out.append((_kind(new_line), new_line, pieces))
    out = _own_sections(out, data)
    out = [o for o in out if not (o[0] == "body" and o[1].strip() in {article.org or "", data.org})]
    events = [a.event for a in extraction.activities if len(a.event) >= _EVENT_MIN]
    for kind, line, _ in out:
        if kind in {"body", "opening"}:
            for sentence in re.split(r"(?<=[。；！？])", line):
                if _DATED.search(sentence) or any(e in sentence for e in events):
                    review.append(f"核对：仍是去年的日期或活动——{sentence.strip()}")
    blocks = [Block(k, t, p) for k, t, p in out]
    if data.signature:
        blocks.append(Block("signature", data.signature.org))
        if data.signature.date:
            blocks.append(Block("date", chinese_date(data.signature.date)))
    unused = [q for q in pool]
    notes = [f"data figure not in the report: {q.indicator} {format_number(q.value)}{q.unit}" for q in unused]
    review += [f"新数据未写入：{q.indicator}{format_number(q.value)}{q.unit}（去年的报告没有它的位置）" for q in unused]
    return Draft(tuple(blocks), tuple(notes), tuple(dict.fromkeys(review)))


def _line(
    line: str, lo: int, figures: list, pool: list[Quantity], review: list[str], fix: Callable[[str], str]
) -> tuple[str, tuple[Piece, ...]]:
    """One line with its figures replaced, clauses without new data dropped, blanks marked."""
    edits: list[tuple[int, int, str, Quantity | None, int]] = []  # start, end, text, figure, number length
    dropped: list[tuple[int, int]] = []
    starts = [f.start - lo for f in figures]
    for f in figures:
        s, e = f.start - lo, f.end - lo
        if any(a <= s < b for a, b in dropped) or any(a <= s < b for a, b, *_ in edits):
            continue
        hit = best_binding(f.indicator or "", f.canonical, f.unit, pool)
        unit_end = e + len(f.unit) if line.startswith(f.unit, e) else e
        if hit is not None:
            q = pool.pop(hit[0])
            number = format_number(q.value)
            if q.unit != f.unit and unit_end > e:
                edits.append((s, unit_end, number + q.unit, q, len(number)))
            else:
                edits.append((s, e, number, q, len(number)))
            continue
        old = f"{f.indicator or '?'}{format_number(f.value)}{f.unit}"
        c_lo, c_hi = clause_span(line, s, e)
        span = removable(line, s, e, starts)
        if span is not None:
            dropped.append(span)
            review.append(f"已删去：“{line[c_lo:c_hi]}”（新数据没有{old}的新值）")
        else:
            edits.append((s, e, STALE, None, 0))
            review.append(f"待填：“{line[c_lo:c_hi].replace(line[s:e], STALE, 1)}”（新数据没有{old}的新值，留空）")
    merged = settle(line, dropped, kept=[e[0] for e in edits])
    changes = sorted([(a, b, "", None, 0) for a, b in merged] + edits, key=lambda x: x[0])
    b = TextBuilder()
    pos = 0
    for s, e, new, q, n in changes:
        if s < pos:
            continue
        b.add(fix(line[pos:s]))
        if q is not None:
            b.add_figure(q, new, 0, n)
        else:
            b.add(new)
        pos = e
    b.add(fix(line[pos:]))
    return b.build()


def _is_title(line: str) -> bool:
    return len(line.strip()) <= _TITLE_MAX and not any(c in line for c in "。；;")


def _kind(line: str) -> str:
    if _HEADING1.match(line):
        return "heading1"
    if _HEADING2.match(line):
        return "heading2"
    if _HEADING3.match(line) and len(line) < 40:
        return "heading3"
    return "body"


def _own_sections(lines: list[tuple[str, str, tuple[Piece, ...]]], data: DraftData) -> list[tuple[str, str, tuple[Piece, ...]]]:
    """The report's sections of problems and plans hold the data's items (appended where it has none)."""
    out = list(lines)
    for pattern, items, heading in (
        (_PROBLEMS, data.problems, "存在的问题和不足"),
        (_PLANS, data.plans, f"{_next_words(data)}工作打算"),
    ):
        if not items:
            continue
        body = "".join(
            f"{n}{item.strip().rstrip('。；;')}{'；' if k < len(items) - 1 else '。'}"
            for k, (n, item) in enumerate(zip(_ENUMERATORS, items, strict=False))
        )
        at = next((i for i, (k, t, _) in enumerate(out) if k == "heading1" and pattern.search(t)), None)
        if at is None:
            number = sum(1 for k, _, _ in out if k == "heading1") + 1
            out += [("heading1", f"{_chinese(number)}、{heading}", ()), ("body", body, ())]
            continue
        end = next((i for i in range(at + 1, len(out)) if out[i][0] == "heading1"), len(out))
        out[at + 1 : end] = [("body", body, ())]
    return out


_ENUMERATORS = ("一是", "二是", "三是", "四是", "五是", "六是", "七是", "八是", "九是", "十是")


def _chinese(n: int) -> str:
    from corpus.numerals import chinese_numeral

    return chinese_numeral(n)


def _next_words(data: DraftData) -> str:
    return {"H1": "下半年", "H2": "新的一年"}.get((data.period or "")[4:], "下一步")


def _retarget(text: str, org: str | None, data: DraftData, year: int | None = None) -> str:
    """The report's year becomes the data's, its organisation the data's (not inside a longer name:
    市总工会 of 湘潭市总工会 stays), and its days become the visible blank ×月×日."""
    new_year = (data.period or "")[:4]
    if year and new_year.isdigit() and len(new_year) == 4:
        text = text.replace(f"{year}年", f"{new_year}年")
    if org and org != data.org:
        text = re.sub(rf"(?<![\u4e00-\u9fff]){re.escape(org)}|(?<=[我本]){re.escape(org)}", data.org, text)
    return _DAY.sub(_blank_day, text)


def _blank_day(m: re.Match[str]) -> str:
    return DATE_BLANK if m[0].endswith("日") else "×月"


