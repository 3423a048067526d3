"""Figures of a table pasted as text: rows of cells between ``|`` (a web page's table, a PDF's) or tabs
(a spreadsheet's cells copied into a text file).

    项目 | 单位 | 去年 | 今年 | 增减 |
    (2022年) | (2023年) | ||
    门诊量 | 人次 | 12000 | 13500 | 1500 |
    床位 | 张 | 120 | 150 | 30 |

A row's unit stands in a cell of its own (a known unit or measure word, with its multiplier); every number
in the cells after it is a figure of that unit, and the row's last label before the unit names what is
counted. Merged cells shift a row to the left, so columns are counted from the unit cell, not from the
row's start. Years in the header lines (去年 (2022年), 今年 (2023年)) give the value columns their periods,
in order; a column after the last year (增长, 同比) takes the last year. A header cell that states a
percentage (比上年增长(%), 增速%) makes its column's numbers percentages of the row's indicator.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.figures import Candidate
from extract.lexicon import lexicon
from extract.numerals import multiplier, parse_number, tidy

# (what a text holding such rows must hold, the cell separator, a row): |, tabs, or runs of spaces (a PDF's columns)
_SEPARATORS = (
    (("|",), re.compile(r"\|"), re.compile(r"^[^\n]*\|[^\n]*\|[^\n]*$", re.M)),
    (("\t",), re.compile(r"\t"), re.compile(r"^[^\n]*\t[^\n]*\t[^\n]*$", re.M)),
    (("  ", "\u3000"), re.compile(r" {2,}|\u3000+"), re.compile(r"^[^\n]*\S(?: {2,}|\u3000+)\S(?:[^\n]*\S)?(?: {2,}|\u3000+)\S[^\n]*$", re.M)),
    # single spaces, as a PDF's columns often paste (地区生产总值 亿元 128.64 7.6): three to eight short cells and no
    # punctuation of a sentence, so that a line of prose whose clauses spaces part is no row
    ((" ",), re.compile(r" "), re.compile(r"^[^\s，。；;：:、！？!?]{1,16}(?: [^\s，。；;：:、！？!?]{1,16}){2,7}$", re.M)),
)
_PERCENT_HEADER = re.compile(r"[%％]")
# a cell's number; its thousands may be grouped (41 287, 5,120: ANNOTATION.md's separators)
_NUMBER = re.compile(r"^[-+]?(?:\d{1,3}(?:[,\u2009\u202f ]\d{3})+|\d+)(?:\.\d+)?$")
_YEAR = re.compile(r"((?:19|20)\d\d)\s*年")
_MULT = re.compile(r"^([万亿千百]*)(.+)$")
# Units a table's unit column states that running text keeps out of figures (天 there is mostly a duration)
_TABLE_UNITS = frozenset({"%", "‰", "天", "小时", "分钟", "岁"})


@dataclass(frozen=True, slots=True)
class TableFigure:
    candidate: Candidate
    indicator: str
    period: str | None
    target: bool | None = None  # a column of goals (目标任务, 计划): True; beside one, False; else the text decides
    whole_year: bool = False  # a column of the whole year's (全年目标 in a half-year's table): the year's, not the half's
    years_back: int = 0  # a column of averages over years (两年平均增长（%）): the years before the period's, too


def _unit(cell: str) -> tuple[str, str] | None:
    """(unit, multiplier) when the cell is a unit: 万元, 人次, %, 天."""
    m = _MULT.match(cell)
    if not m:
        return None
    mult, base = m.groups()
    if base in lexicon().units or base in _TABLE_UNITS:
        return cell, mult
    return None


def table_figures(text: str, shown: str | None = None) -> list[TableFigure]:
    """The figures of every row of ``text`` whose cells stand between ``|``, tabs or runs of spaces and that
    has a unit cell, in text order; offsets index ``text``. A row a second separator reads again is read once.
    ``shown``, the text as written at the same offsets, keeps the ideographic spaces normalising made single
    spaces: the cells they part (七年级　8　402) are found there and read in ``text``."""
    out: dict[int, TableFigure] = {}
    for marks, sep, rows in _SEPARATORS:
        # (the single-space rows are read there too: a line of ideographic spaces, 41 287 within a cell, is none)
        source = shown if shown is not None and ("\u3000" in marks or marks == (" ",)) and len(shown) == len(text) else text
        if any(mark in source for mark in marks):  # the cheap test first: most texts hold no table
            for t in _figures_of_rows(text, sep, _rows(source, marks, rows), source):
                out.setdefault(t.candidate.start, t)
    return [out[k] for k in sorted(out)]


def _rows(text: str, marks: tuple[str, ...], rows: re.Pattern[str]) -> list[re.Match[str]]:
    """``list(rows.finditer(text))``, the pattern tried only at the lines that hold one of ``marks``: a row is a
    whole line holding the separator twice, and a text with an indented paragraph or a "|" holds them in one
    line in ten (the pattern, tried at every character, took as long over the others)."""
    starts: set[int] = set()
    for mark in marks:
        k = text.find(mark)
        while k >= 0:
            starts.add(text.rfind("\n", 0, k) + 1)
            end = text.find("\n", k)
            k = text.find(mark, end) if end >= 0 else -1
    return [row for start in sorted(starts) if (row := rows.match(text, start))]


def _figures_of_rows(
    text: str, sep: re.Pattern[str], rows: list[re.Match[str]], source: str | None = None
) -> list[TableFigure]:
    out: list[TableFigure] = []
    years: list[str] = []
    header: list[str] = []  # the cells after the unit column of the last header row (比上年增长(%) …)
    columns: list[str] = []  # every cell of the last header row
    parent = ""  # the label of the last row not indented
    for row in rows:
        line = row.group()
        read = line if source is None or source is text else text[row.start() : row.end()]
        cells: list[tuple[int, str]] = []
        pos = 0
        for m in (*sep.finditer(line), None):
            raw = read[pos : m.start() if m else len(line)]
            cells.append((row.start() + pos + (len(raw) - len(raw.lstrip())), raw.strip()))
            pos = m.end() if m else pos
        unit_at = next((k for k, (_, c) in enumerate(cells) if c and _unit(c)), None)
        if unit_at is None and any(_NUMBER.match(c) for _, c in cells[1:]):
            # 地区生产总值（亿元）	1365.28	11.4: the row names its unit in its label; 七年级　8　402: the header's
            # cells name theirs (班数（个）　学生数（人）)
            out += _rows_naming_units(cells, columns, years)
            continue
        if unit_at is None:
            # a header row: its years head the columns below it (a header with none starts a table of no years)
            years = _YEAR.findall(line)
            named = [c for _, c in cells]
            at = next((k for k, c in enumerate(named) if c.endswith("单位")), None)  # 单位, 计量单位
            if at is not None:
                header = named[at + 1 :]
            columns = named
            continue
        row_unit, row_mult = _unit(cells[unit_at][1]) or ("", "")
        label = next((c for _, c in reversed(cells[:unit_at]) if c and not _NUMBER.match(c)), "")
        label = _AMONG_LABEL.sub("", label)  # 其中：一般公共预算收入　万元　5 120: the row's name, a part of the row above
        if not label:
            continue
        if line[:1] in _INDENTS and parent:
            label = _of_parent(label, parent)  # 居民人均可支配收入 / 　城镇居民: 城镇居民人均可支配收入
        else:
            parent = label
        column = 0
        for k, (start, cell) in enumerate(cells[unit_at + 1 :]):
            if not _NUMBER.match(cell):
                continue
            # 比上年增长(%): the column is the change of the row's indicator, in percent, of the last year
            percent = k < len(header) and bool(_PERCENT_HEADER.search(header[k])) and row_unit not in ("%", "‰")
            unit, mult = ("%", "") if percent else (row_unit, row_mult)
            cand = _cell_figure(start, cell, unit, mult)
            name = label
            if percent:
                period = max(years) if years else None  # (2018年　2017年　增减%: the change to the later year)
                if _GOAL_HEADER.search(header[k]):
                    # 完成年度目标（%）: how much of the goal was done, not the change (同比增长（%）) beside it
                    name = label + _PERCENT_HEADER.sub("", header[k]).strip("（）() ")
            else:
                period = years[min(column, len(years) - 1)] if years else None
                column += 1
            over = _YEARS_AVERAGED.search(header[k]) if percent else None
            out.append(TableFigure(cand, name, period, years_back=int(parse_number(over[1]) or 1) - 1 if over else 0))
    return out


_INDENTS = (" ", "\t", "\u3000")


def _of_parent(label: str, parent: str) -> str:
    """An indented row's label read with its parent's (城镇居民 under 居民人均可支配收入 → 城镇居民人均可支配收入): when the
    label ends with the words the parent's name opens on; else the label as it is (公路 under 货物运输量)."""
    for k in range(min(len(label), len(parent) - 1), 1, -1):
        if label.endswith(parent[:k]):
            return label + parent[k:]
    return label


_YEARS_AVERAGED = re.compile(r"([两二三四五])年平均")
_RATE_CELL = re.compile(r"^([-+]?\d+(?:\.\d+)?)[%％]$")
_GOAL_HEADER = re.compile(r"目标|计划|任务|预期")
_WHOLE_YEAR_HEADER = re.compile(r"全年|年度")
_CHANGE_HEADER = re.compile(r"增减|增加|增减量|增减数|比上年增减|同比增减")
_NAMED_UNIT = re.compile(r"^(?:其中)?(.+?)\s*[（(]([^（）()]+)[）)]$")
_AMONG_LABEL = re.compile(r"^其中\s*[:：]?\s*")


def _named_unit(cell: str) -> tuple[str, str, str] | None:
    """(name, unit, multiplier) of a cell naming its unit in brackets: 地区生产总值（亿元）, 班数（个）, 病床使用率（%）."""
    m = _NAMED_UNIT.match(cell)
    if not m or not (u := _unit(m[2].strip())):
        return None
    return m[1].strip(), u[0], u[1]


def _cell_figure(start: int, cell: str, unit: str, mult: str) -> Candidate:
    value = tidy(parse_number(cell) or 0)  # a cell _NUMBER matched: its thousands grouped (41 287) or not
    return Candidate(
        start=start,
        end=start + len(cell),
        span_start=start,
        span_end=start + len(cell),
        value=value,
        unit=unit,
        base_value=tidy(value * multiplier(mult)) if mult else value,
        base_unit=unit[len(mult) :] if mult and unit != mult else unit,
        approx=None,
        placeholder=False,
        bare_cn=False,
    )


def _rows_naming_units(cells: list[tuple[int, str]], columns: list[str], years: list[str]) -> list[TableFigure]:
    """The figures of a row with no unit cell: its label names the unit (地区生产总值（亿元）, its numbers then read
    by the header's columns: years in order, a percentage column the change of the latest), or, with a plain label
    (七年级), each header cell names its column's unit and what it counts (班数（个） → 七年级班数)."""
    first = next((k for k, (_, c) in enumerate(cells) if c), None)
    if first is None or _NUMBER.match(cells[first][1]):
        return []
    label_cell = cells[first][1]
    own = _named_unit(label_cell)
    out: list[TableFigure] = []
    column = 0
    # columns counted from the label's and the header's first (a row indented by a leading space, 　稻谷, is no
    # column further on; a header indented as its rows are, no column before them)
    at = next((i for i, c in enumerate(columns) if c), 0)
    goals_beside = any(_GOAL_HEADER.search(c) for c in columns)
    for k, (start, cell) in enumerate(cells[first + 1 :], start=1):
        head = columns[at + k] if at + k < len(columns) else ""
        if own is not None and (rate := _RATE_CELL.match(cell)):
            # 完成率 107.2%: the cell writes its unit
            value = rate[1]
            name = own[0] + head if head.endswith("率") else own[0]  # 完成率: 城镇新增就业完成率
            beside = False if goals_beside and not _GOAL_HEADER.search(head) else None  # 完成比例 beside 全年目标
            out.append(TableFigure(_cell_figure(start, value, "%", ""), name, max(years) if years else None, beside))
            continue
        if not _NUMBER.match(cell):
            continue
        # 全年目标 | 1-6月完成 | 完成比例: beside a column of goals, the others are what was done
        goal = True if _GOAL_HEADER.search(head) else (False if goals_beside else None)
        whole = bool(_WHOLE_YEAR_HEADER.search(head))
        if own is not None:
            name, unit, mult = own
            if _PERCENT_HEADER.search(head):
                # 增减%: the change of the latest year (in points where the row is a rate); 完成率（%）: the row's
                # completion rate, no count of it
                unit, mult = ("%", "") if unit not in ("%", "‰") else (unit, mult)
                period = max(years) if years else None
                rated = _PERCENT_HEADER.sub("", head).strip("（）() ")
                name = name + rated if rated.endswith("率") else name
            elif _CHANGE_HEADER.fullmatch(head):
                # 2019年 | 2018年 | 增减: the change of the latest year, in the row's unit (+14)
                name, period = name + head, max(years) if years else None
            else:
                period = years[min(column, len(years) - 1)] if years else None
                column += 1
            out.append(TableFigure(_cell_figure(start, cell, unit, mult), name, period, goal, whole))
        elif (named := _named_unit(head)) is not None:
            name, unit, mult = named
            out.append(TableFigure(_cell_figure(start, cell, unit, mult), label_cell + name, None))
        elif _PERCENT_HEADER.search(head) and out:
            # 增减%: the change of the row's last figure before it, in percent
            name = _PERCENT_HEADER.sub("", head).strip("（）() ") or "增长"
            out.append(TableFigure(_cell_figure(start, cell, "%", ""), out[-1].indicator + name, None))
    return out

