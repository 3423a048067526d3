"""What an article says about itself: organisation, level, year and period, template and blanks.

Decisions (compared with the annotators' ``tests/gold/seeds/*.articles.json``):

- **Organisation**: a tabular corpus's ``org`` column wins (``北京市``). Otherwise the name found in the
  title, the lines up to the first paragraph, the opening of that paragraph, or the signature (the
  short lines that end the article), kept as written. A concrete name (建阳市总工会) beats an
  anonymised one (XX区总工会), which beats a name whose place is a blank (``__街道总工会``: no
  organisation, but its level is known), which beats the report naming itself (我县总工会 → 县总工会)
  or a bare generic name (区总工会).
- **Level**: from the name's place suffix (市 区 县 镇/乡 → 乡镇 街道 社区 省/自治区) or its kind
  (公司 → 企业, 学校/中学 → 学校). A 直辖市 (北京市 天津市 上海市 重庆市) is 省-level: its government
  report sits beside the provinces'. With no name, the report's way of naming itself decides
  (我市 … → 市).
- **Year / period**: a tabular ``year`` column, else a year in the title, else a year in the
  signature, else the year before a plan year (``二、2015年工作思路`` → 2014). A template year (20xx,
  XX, xxxx) gives none. The period is the year plus the title's first period word: ``2024H1`` (上半年),
  ``2024Q3`` (第三季度); just the year otherwise.
- **Blanks**: every ``__`` run, ``xx``/``XX``/``××`` (a ``20xx`` counts once). **Template**: at least
  two blanks stand where numbers belong (``___家``, ``xx人``, ``xx%``) and they are at least as many as
  the real numbers with a unit — a real report with a few anonymised figures is not a template.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from corpus.lexicons import load
from corpus.periods import NOT_DEADLINE

_HAN = r"\u4e00-\u9fff"


@dataclass(frozen=True, slots=True)
class ArticleMeta:
    title: str | None
    org: str | None
    level: str | None
    year: int | None
    period: str | None
    template: bool
    blanks: int


@dataclass(frozen=True, slots=True)
class _Lexicon:
    org: re.Pattern[str]
    places: dict[str, str]
    kinds: dict[str, str]
    municipalities: frozenset[str]
    place_cut: re.Pattern[str]
    congress: re.Pattern[str]
    place_title: re.Pattern[str]
    self_marks: str
    blank_chars: str
    anonymous_chars: str
    self_ref: re.Pattern[str]
    superior_before: tuple[str, ...]
    superior_after: tuple[str, ...]
    unit_blank: re.Pattern[str]
    unit_number: re.Pattern[str]
    periods: tuple[tuple[str, str], ...]
    plan_year: re.Pattern[str]
    template_min_blanks: int


def _longest_first(words: object) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))  # type: ignore[arg-type]


@cache
def _lexicon() -> _Lexicon:
    orgs = load("corpus.lexicons", "orgs.yaml")
    meta = load("corpus.lexicons", "meta.yaml")
    name = rf"[{_HAN}{re.escape(orgs['blank_chars'] + orgs['anonymous_chars'])}]{{0,10}}?"
    org = re.compile(
        rf"(?P<place>{name})(?:(?P<suffix>{_longest_first(orgs['places'])})(?P<body>{_longest_first(orgs['bodies'])})"
        rf"|(?P<kind>{_longest_first(orgs['kinds'])}))"
    )
    units = _longest_first(meta["units"])
    places = _longest_first(orgs["places"])
    return _Lexicon(
        org=org,
        places=orgs["places"],
        kinds=orgs["kinds"],
        municipalities=frozenset(orgs["municipalities"]),
        # the last word or character a place name cannot hold; a kept name is matched first, and skipped
        place_cut=re.compile(
            rf"(?P<keep>{_longest_first(orgs['place_keeps'])})"
            rf"|(?:{_longest_first(orgs['not_in_place_words'])}|[{re.escape(orgs['not_in_place'])}])"
        ),
        # ——2011年1月8日在青岭县第十五届人民代表大会第六次会议上: the place a report is delivered in
        congress=re.compile(rf"在([{_HAN}]{{2,8}}?)({places})第?[一二三四五六七八九十]+届"),
        # a title that opens on a place and a year: 青岭县2022年国民经济和社会发展统计公报, 柳溪镇2023年工作总结
        # 青岭县2022年…统计公报, 青岚县1-10月份经济运行简析, 桃源镇上半年…: a place, then when
        place_title=re.compile(
            rf"\s*([{_HAN}]{{2,8}}?(?:{places}))\s*(?:(?:19|20)\d\d\s*年|\d{{1,2}}\s*[-—–~至]\s*\d{{1,2}}\s*月"
            rf"|前三季度|第?[一二三四]季度|[上下]半年)"
        ),
        self_marks=orgs["self_marks"],
        blank_chars=orgs["blank_chars"],
        anonymous_chars=orgs["anonymous_chars"],
        self_ref=re.compile(rf"[{orgs['self_marks']}](?P<suffix>{_longest_first(orgs['places'])})"),
        superior_before=tuple(orgs["superior_before"]),
        superior_after=tuple(orgs["superior_after"]),
        unit_blank=re.compile(rf"(?:[_＿]{{2,}}|[xX×]{{2,4}})\s?(?:{units})"),
        unit_number=re.compile(rf"\d+(?:\.\d+)?\s?(?:{units})"),
        periods=tuple(meta["periods"].items()),
        plan_year=re.compile(rf"(?<!\d)((?:19|20)\d\d)年(?:{_longest_first(meta['plan_words'])})"),
        template_min_blanks=int(meta["template_min_blanks"]),
    )


# A blank: an underscore run, or xx / XX / xxxx / ×× (20xx counts as one), not inside a word
# (卡拉ok, Excel). Candidates are found by a character class (fast), the word check is done on each.
BLANK = re.compile(r"[_＿xX×]{2,}")
_ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")

YEAR = re.compile(r"(?<![\d.])((?:19|20)\d\d)\s*年")
# A blanked year: 20xx年, 201X年, 20**年, XX年, __年
BLANK_YEAR = r"(?:(?:19|20)(?:\d[xX×*＊]|[xX×*＊]{2})|[xX×]{2,4}|[_＿]{2,})"
TEMPLATE_YEAR = re.compile(rf"{BLANK_YEAR}\s*年")
# the last year of a span the opening names (2016年至2020年)
_SPAN_END = re.compile(r"\s*(?:至|到|—|－|-|~)\s*((?:19|20)\d\d)\s*年")
# A year in the opening lines that says when the text speaks of (not 比2020年, not a 2020年前 deadline).
_OPENING_YEAR = re.compile(rf"(?<![\d.比较])((?:19|20)\d\d)\s*年{NOT_DEADLINE}")
_REVIEWED = re.compile(r"(?m)^\s*[一二三四五六七八九十]+\s*[、.]\s*((?:19|20)\d\d)\s*年(?:工作)?回顾")
# a school term: 2022-2023学年第一学期, 2022～2023学年度下学期, 2023年秋季学期
_TERM = re.compile(
    r"(?:(?P<a>(?:19|20)\d\d)\s*[-—–~～至到]\s*(?:19|20)?\d\d\s*学年度?\s*|(?P<y>(?:19|20)\d\d)\s*年\s*)"
    r"(?P<which>第一|第二|上|下|秋季|春季)学期"
)
_BODY_OPENING = 300  # where a body states its own year
_BODY_READ = 3000  # how far a body is read for the year it names most
_THIS_YEAR = re.compile(r"今年|本年度|一年来")


_N_YEARS = re.compile(r"(?<![十第])([两二三四五])年(?:来|以来|工作|间|中)")


def _years_spoken_of(text: str) -> int | None:
    """N of 三年来 / 五年工作总结: how many years a summary speaks of, or None."""
    m = _N_YEARS.search(text)
    return {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5}[m[1]] if m else None


def _years_said(text: str) -> int | None:
    """The year ``text`` names as when things happened (not 比2020年, not a 2025年前 deadline, not 到2025年),
    when a reader can tell: named at least twice and in two of every three mentions of a year. A text that
    names several years alike (2018年以来, 2019年度先进, 2020年) says none of them is its own."""
    counts = Counter(
        int(m[1]) for m in _OPENING_YEAR.finditer(text) if text[max(0, m.start() - 1) : m.start()] not in ("到", "至")
    )
    if not counts:
        return None
    year, n = counts.most_common(1)[0]
    return year if n >= 2 and 3 * n >= 2 * sum(counts.values()) else None


_RANKS = ("concrete", "anonymous", "blank", "self", "bare")
_UNION_OF = re.compile("工会委员会|工会")  # after an enterprise's or a school's name: its union


def org_level(org: str | None) -> str | None:
    """The administrative level an organisation's name gives: 北京市 → 省, 建阳市总工会 → 市."""
    if not org:
        return None
    lex = _lexicon()
    if org in lex.municipalities or any(org.startswith(m + "市") for m in lex.municipalities):
        return "省"
    m = lex.org.search(org)
    if m and m.end() == len(org):
        return lex.places[m["suffix"]] if m["suffix"] else lex.kinds[m["kind"]]
    for suffix in sorted(lex.places, key=len, reverse=True):
        if org.endswith(suffix):
            return lex.places[suffix]
    return None


def find_org(window: str) -> tuple[str | None, str | None, str | None]:
    """The organisation named in ``window``: (name as written or None, its level, its rank)."""
    lex = _lexicon()
    best: tuple[int, int, str | None, str | None] | None = None
    for m in lex.org.finditer(window):
        place = m["place"]
        if window[: m.start("place") + len(place)].endswith(lex.superior_before) or window.startswith(
            lex.superior_after, m.end()
        ):
            continue
        cut = max((c.end() for c in lex.place_cut.finditer(place) if not c["keep"]), default=0)
        marker = place[cut - 1] if cut else ""
        place = place[cut:]
        level = lex.places[m["suffix"]] if m["suffix"] else lex.kinds[m["kind"]]
        name = place + (m["suffix"] + m["body"] if m["suffix"] else m["kind"])
        if m["kind"] and (union := _UNION_OF.match(window, m.end())):
            name += union.group()  # 东风机械厂工会: the factory's union
        if place and set(place) <= set(lex.blank_chars):
            rank, org = "blank", None
        elif place and set(place) <= set(lex.anonymous_chars):
            rank, org = "anonymous", name
        elif place and m["kind"] and len(place) < 2:
            continue  # 乡、镇、场卫生院: one character before a kind is the tail of a list, not a name
        elif place:
            rank, org = "concrete", name
        elif m["kind"]:
            continue  # 社区, 公司 alone name nobody
        else:
            rank, org = ("self" if marker and marker in lex.self_marks else "bare"), name
        key = (_RANKS.index(rank), m.start(), org, level)
        if best is None or key[:2] < best[:2]:
            best = key
    if best is None:
        return None, None, None
    return best[2], best[3], _RANKS[best[0]]


def self_level(text: str) -> str | None:
    """The level a report gives itself by the way it says 我市/我县/本区 (the most frequent wins)."""
    lex = _lexicon()
    counts = Counter(lex.places[m["suffix"]] for m in lex.self_ref.finditer(text))
    return counts.most_common(1)[0][0] if counts else None


def count_blanks(text: str) -> int:
    """``___`` runs and ``xx``/``XX``/``××`` marks (``20xx`` once); a mark inside a Latin word is none."""
    n = 0
    for m in BLANK.finditer(text):
        run = m.group()
        if run[0] in "_＿":
            n += 1
            continue
        before = text[m.start() - 1] if m.start() else ""
        after = text[m.end()] if m.end() < len(text) else ""
        if len(run) <= 4 and before not in _ASCII_LETTERS and after not in _ASCII_LETTERS:
            n += 1
    return n


def is_template(text: str, blanks: int | None = None) -> bool:
    lex = _lexicon()
    if blanks is not None and blanks < lex.template_min_blanks:
        return False  # too few blanks to be a template: skip the unit scans
    blanks = sum(1 for _ in lex.unit_blank.finditer(text))
    numbers = sum(1 for _ in lex.unit_number.finditer(text))
    return blanks >= lex.template_min_blanks and blanks >= numbers


def _int_year(value: str | None) -> int | None:
    if value and (m := re.search(r"(?:19|20)\d\d", value)):
        return int(m.group())
    return None


def year_and_period(title: str | None, text: str, signature: str, meta: Mapping[str, str]) -> tuple[int | None, str | None]:
    from corpus.header import iso_date
    from corpus.periods import arabic_years, full_years

    # 二〇〇六年 is 2006年 (the length kept: only the opening is read here)
    title, signature, text = full_years(arabic_years(title or "")), arabic_years(signature), arabic_years(text)
    year = _int_year(meta.get("year"))
    if year is None and (term := _TERM.search(title)):
        # 2022-2023学年第一学期: the autumn term, the second half of 2022; 第二学期 the first half of 2023
        autumn = term["which"] in ("第一", "上", "秋季")
        first = int(term["a"]) if term["a"] else int(term["y"]) - (0 if autumn else 1)
        return (first, f"{first}H2") if autumn else (first + 1, f"{first + 1}H1")
    blank_title = bool(TEMPLATE_YEAR.search(title))
    if year is None and blank_title:
        # 市交通局XX年工作总结 / 二〇〇六年，在市委…: a body that opens on a real year says it (20xx年，… says none)
        body = text[text.find("\n", text.find(title[:20]) if title else 0) + 1 :][:_BODY_OPENING]
        first = min((m for m in (YEAR.search(body), TEMPLATE_YEAR.search(body)) if m), key=lambda m: m.start(), default=None)
        if first is not None and first.re is YEAR and _OPENING_YEAR.match(body, first.start()):
            year = int(first[1])
    if year is None and blank_title and (issued := meta.get("issued")):
        year = int(issued[:4])  # 标题：…20xx年度统计工作总结 / 发文时间：2005年12月26日: the block's date says it
    if year is None and not _int_year(title) and (census := _CENSUS_MOMENT.search(text[:_BODY_OPENING * 3])):
        # 以2020年11月1日零时为标准时点开展了第七次全国人口普查 (a bulletin dated 2021): a census counts its moment
        moment = census[1] or census[2]
        return int(moment), moment
    if year is None and not blank_title and not YEAR.search(title) and (plan := PLAN_REVIEWED.search(title)):
        # 关于“十三五”时期劳模工作情况的报告 (issued in January 2021): of the plan's five years, dated by its last (the
        # figures' frame reads the five years from the title: extract.periods.frame)
        last = FIVE_YEAR_FIRST[plan[1]] + 4
        return last, str(last)
    if year is None and not blank_title:
        if m := YEAR.search(title):
            year = int(m[1])
        elif m := YEAR.search(signature):
            year = int(m[1])
        elif issued := meta.get("issued"):
            year = int(issued[:4])  # a header block's 发文时间
        elif plans := [int(m[1]) for m in _lexicon().plan_year.finditer(text)]:
            year = min(plans) - 1
        elif m := _OPENING_YEAR.search(text[:300]):
            # 2021年以来，全市公安机关…; 2013年第一季度我厂…; 一、2012年工作回顾: the opening says when
            year = int(m[1])
            if to := _SPAN_END.match(text, m.end()):
                # 2016年至2020年，…: the years up to the last it speaks of; a report to a congress (各位代表：) is
                # delivered the year after the years it reviews
                year = int(to[1]) + ("各位代表" in text[:_BODY_OPENING] or "代表大会上" in text[:300])
            if text[max(0, m.start() - 2) : m.start()].endswith(("自", "从")) and (
                n := _years_spoken_of(title + text[:_BODY_OPENING])
            ):
                # 自2018年初换届以来 … 三年来: the start of the years a summary of three years speaks of
                return year + n - 1, str(year + n - 1)
            opening_part = text[m.end() : m.end() + 6]
            for word, code in _lexicon().periods:
                if opening_part.startswith(word) or opening_part.startswith("第" + word):
                    return year, f"{year}{code}"
        elif _THIS_YEAR.search(text[:_BODY_OPENING]) and (said := _years_said(text[:_BODY_READ])):
            # 今年以来，我局…(三)2021年农田水利建设…: a text about 今年 that names one year most is of that year
            year = said
        elif (issued := iso_date(meta.get("date") or "")) and len(issued) > 4:
            year = int(issued[:4])  # no year in the text: the date it was issued on (a page's 发布时间 line)
    opens_on_review = bool(_REVIEWED.match(text[text.find("\n") + 1 :] if not _REVIEWED.match(text) else text))
    if year is not None and not _int_year(meta.get("year")) and ("政府工作报告" in title or opens_on_review):
        # A government work report reviews the year before its own: one whose review is headed
        # 2018年工作回顾 is the 2019 report, whatever its title or file name says. So is a report that
        # opens on its review (一、2012年工作回顾 / 一年来，…去年，街道先后被评为…).
        reviewed = [int(m[1]) for m in _REVIEWED.finditer(text[:20000])]
        if reviewed and max(reviewed) == year:
            year += 1
    if year is None:
        return None, None
    for word, code in _lexicon().periods:
        if word in title:
            return year, f"{year}{code}"
    if _int_year(title) is None and (
        (_YEAR_END_SUMMARY.search(title) and _dated(year, signature, meta, by_month=2))
        or (_ANNUAL_COMMUNIQUE.search(title) and _dated(year, signature, meta, by_month=12))
    ):
        # 公司年度工作总结 signed 二〇二三年一月八日 sums up 2022; a statistical communiqué is issued after the
        # year it counts (柳塘县国民经济和社会发展统计公报, signed 二〇一四年三月, is of 2013)
        year -= 1
    return year, str(year)


# a title on a five-year plan's years as a whole (“十三五”时期…工作情况, 十二五工作总结; not its goals or a plan to draw up)
PLAN_REVIEWED = re.compile(
    r"[“\"]?(十[一二三四五]五)[”\"]?(?:时期|期间)?(?![^，。]{0,30}?(?:目标|思路|打算|规划纲要|编制|建议|谋划))[^，。]{0,30}?"
    r"(?:工作总结|工作情况|总结|回顾|成就|情况的报告)"
)
# five-year plans by their first year
FIVE_YEAR_FIRST = {"十一五": 2006, "十二五": 2011, "十三五": 2016, "十四五": 2021, "十五五": 2026, "十六五": 2031}
# (a year's review by its title's words: 全年经济运行情况 dated in January is the year before's; not a plan for the year,
# 全年工作要点)
_YEAR_END_SUMMARY = re.compile(r"总结|综述|述职|全年(?!.*(?:计划|要点|安排|思路|打算|目标|任务|意见))")
_ANNUAL_COMMUNIQUE = re.compile(r"统计公报|发展公报")
_CENSUS_MOMENT = re.compile(
    r"以\s*((?:19|20)\d\d)\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:零时|0时|24时)?\s*为(?:普查)?(?:的)?标准时[点间]"
    # 普查标准时点为2016年12月31日 (the moment said after its name)
    r"|标准时[点间][为是:：]\s*((?:19|20)\d\d)\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
)
# a signing date (its year already in Arabic digits): 二〇二三年一月八日, 2023年2月, 2014年三月
_SIGNED = re.compile(r"((?:19|20)\d\d)\s*年\s*(1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\s*月")
_MONTHS = {w: n for n, w in enumerate("一二三四五六七八九十", 1)} | {"十一": 11, "十二": 12}


def _month(word: str) -> int:
    return int(word) if word.isdigit() else _MONTHS[word]


def _dated(year: int, signature: str, meta: Mapping[str, str], by_month: int) -> bool:
    """Whether the year came from a date in its first ``by_month`` months (a signature, a header's 发文时间), not
    from the text: a summary written in January or February is of the year before. A year a column or a 年度
    line states is taken as it is."""
    from corpus.header import iso_date

    iso = iso_date(meta.get("date") or "")
    if meta.get("year") or (iso and iso[:4] == str(year)):
        return bool(iso) and len(iso) > 4 and iso[:4] == str(year) and int(iso[5:7]) <= by_month  # type: ignore[index]
    return any(int(m[1]) == year and _month(m[2]) <= by_month for m in _SIGNED.finditer(signature))


_DELIVERY_READ = 600  # how far the opening is read for the congress a report is delivered to


def _place_of_congress(opening: str, org: str) -> str | None:
    """The concrete place name of a bare organisation (县人民政府) from the congress its report is delivered
    to, when that congress is of the same level (县 … 县)."""
    for m in _lexicon().congress.finditer(opening):
        if org.startswith(m[2]):
            return m[1]
    return None


_SENTENCE_END = ("。", "！", "；", "？")
_DELIVERED = re.compile(r"报告|讲话|大会上")
_DATE_LINE = re.compile(r"[（(]?\s*(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[)）]?$")


def describe(text: str, heading: str | None, meta: Mapping[str, str], file_title: str = "") -> ArticleMeta:
    """The metadata of one article's normalised ``text``, whose title line is ``heading``.

    ``file_title`` is the name of the file it came from (青溪镇工会2018年工作总结.doc): archives name files by their
    reports' titles, so what the text leaves unsaid (its year, its organisation) is read there, last."""
    from corpus.periods import arabic_years
    title = heading
    meta_title = meta.get("title")
    if meta_title:
        title = meta_title  # a column or a header line says it: it wins over the first line
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    head: list[str] = []
    for line in lines:
        head.append(line[:200])
        if len(line) >= 40 or "。" in line:
            break
    tail = []
    for line in reversed(lines[len(head) :]):
        if len(line) > 30 or len(tail) == 3 or line.endswith(_SENTENCE_END):
            break  # (到2025年，入会率达到95%。 ends the body: a sentence, no signature)
        tail.append(line)
    signature = "\n".join(reversed(tail))
    delivered = any(_DELIVERED.search(line) for line in head)
    if delivered and (dated := next((line for line in head[1:] if _DATE_LINE.match(line)), None)):
        # ——在县工会第五次代表大会上的报告 / （2021年4月8日）: the day a report or speech was delivered, under its
        # title, dates it as a signature would (before the plan years it names: 到2025年). A communiqué's date line is
        # when it was published, not the year it is of: the text's year wins there.
        signature = dated + "\n" + signature
    org_given = meta.get("org") or meta.get("province") or meta.get("单位")
    if org_given:
        org, level = org_given, org_level(org_given)
    else:
        org, level, rank = find_org("\n".join([title or "", *head, signature]))
        if rank == "bare" and org and (place := _place_of_congress(text[:_DELIVERY_READ], org)):
            org = place + org  # 县人民政府 delivering a report to 青岭县第十五届人民代表大会 is 青岭县人民政府
        titled = _lexicon().place_title.match(arabic_years(title or ""))
        if titled and (org is None or rank in ("bare", "self")):
            # 青岭县2022年国民经济和社会发展统计公报: the place's own. A bare name found elsewhere (在县委、县政府的
            # 领导下 in 桃源镇's summary) is the place's when of its level (县总工会 → 青岭县总工会), else another's.
            place = titled[1]
            same = org is not None and level == org_level(place) and org.startswith(place[-1])
            org, level = (place + org[1:], level) if same else (place, org_level(place))  # type: ignore[index]
        level = level or self_level(text)
    year, period = year_and_period(title, text, signature, meta)
    blanks = count_blanks(text)
    template = is_template(text, blanks)
    if file_title and not template and not TEMPLATE_YEAR.search(title or ""):
        if year is None:
            year, period = year_and_period(file_title, text, signature, meta)
        if org is None and (named := find_org(file_title))[2] == "concrete":
            org, level = named[0], named[1]
    return ArticleMeta(
        title=title,
        org=org,
        level=level,
        year=year,
        period=period,
        template=template,
        blanks=blanks,
    )
