"""One document as a self-contained HTML page with every figure and activity highlighted in place.

Each article's text as written (``Article.shown``: the normalised text's offsets, the source's punctuation)
is cut at every boundary of every record, so overlapping spans
(a figure inside an activity, two figures sharing an indicator) never break the markup: each piece
carries the classes and ids of everything that covers it. The number of a figure is a ``<mark>``;
the rest of its ``text`` is tinted; an activity is underlined, its date filled. Hovering shows the
record's fields; the side list jumps to each figure. All document text is HTML-escaped; CSS and JS
are inlined from ``extract/static`` (no CDN, works offline and from a file:// URL).
"""

from __future__ import annotations

import html
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from itertools import pairwise
from pathlib import Path

from corpus.periods import period_label
from corpus.records import Article, Failure, source_label
from extract.dates import find_dates
from extract.records import Activity, Figure

TIP_FIELDS = (
    "value",
    "unit",
    "approx",
    "indicator",
    "canonical",
    "target",
    "placeholder",
    "base_value",
    "base_unit",
    "section",
    "topic",
)


@dataclass(frozen=True, slots=True)
class Part:
    """One article and what was extracted from it."""

    article: Article
    figures: Sequence[Figure] = ()
    activities: Sequence[Activity] = ()


@dataclass(frozen=True, slots=True)
class Page:
    """The rendered page and what went into it."""

    html: str
    articles: int
    figures: int
    activities: int
    failures: tuple[Failure, ...] = field(default=())


@cache
def _static(name: str) -> str:
    return resources.files("extract").joinpath(f"static/{name}").read_text("utf-8")


def _figure_span(text: str, fig: Figure) -> tuple[int, int]:
    """Where the figure's ``text`` (indicator + number) stands around its number, else the number."""
    if fig.text:
        lo = max(0, fig.end - len(fig.text))
        pos = text.find(fig.text, lo, fig.start + len(fig.text))
        if 0 <= pos <= fig.start and pos + len(fig.text) >= fig.end:
            return pos, pos + len(fig.text)
    return fig.start, fig.end


def _in_words(rec: dict[str, object], fields: Iterable[str]) -> dict[str, object]:
    """The hover lines of a record: Chinese labels, values in words (目标/实际, 约, 增5.4%); empty ones left out."""
    from extract.sheets import header, to_cell

    out: dict[str, object] = {}
    for k in fields:
        v = rec.get(k)
        if v is None or v == "" or (v is False and k != "target"):
            continue
        out[header(k)] = to_cell(k, v)
    return out


def _tip(fig: Figure) -> dict[str, object]:
    return _in_words(fig.record(), (*TIP_FIELDS, "text"))


def _activity_tip(act: Activity) -> dict[str, object]:
    return _in_words(act.record(), ("date", "action", "event", "participants"))


def _date_end(act: Activity, text: str) -> int:
    dates = find_dates(text[act.start : act.end])
    return act.start + dates[0].end if dates and dates[0].start == 0 else act.start


def _article_html(part: Part, fig_base: int, act_base: int) -> str:
    """The article's text, cut at every record boundary, each piece wrapped in what covers it."""
    text = part.article.shown  # as written: the offsets are the normalised text's, the characters the source's
    # (start, end, kind, global id); kinds: num, figtext, act, actdate
    spans: list[tuple[int, int, str, int]] = []
    for i, fig in enumerate(part.figures):
        lo, hi = _figure_span(text, fig)
        spans.append((lo, hi, "figtext", fig_base + i))
        if fig.end > fig.start:
            spans.append((fig.start, fig.end, "num", fig_base + i))
    for j, act in enumerate(part.activities):
        spans.append((act.start, act.end, "act", act_base + j))
        spans.append((act.start, _date_end(act, text), "actdate", act_base + j))
    spans = [s for s in spans if 0 <= s[0] < s[1] <= len(text)]
    cuts = sorted({0, len(text), *(s[0] for s in spans), *(s[1] for s in spans)})
    out: list[str] = []
    first_num: set[int] = set()
    for lo, hi in pairwise(cuts):
        piece = html.escape(text[lo:hi], quote=False)
        covering = [s for s in spans if s[0] <= lo and hi <= s[1]]
        if not covering:
            out.append(piece)
            continue
        figs = sorted({s[3] for s in covering if s[2] in ("num", "figtext")})
        acts = sorted({s[3] for s in covering if s[2] in ("act", "actdate")})
        nums = [s[3] for s in covering if s[2] == "num"]
        classes = sorted({s[2] for s in covering} - {"num"})
        attrs = []
        if figs:
            attrs.append(f'data-f="{" ".join(map(str, figs))}"')
        if acts:
            attrs.append(f'data-a="{" ".join(map(str, acts))}"')
        if nums:
            fid = nums[0]
            fig = part.figures[fid - fig_base]
            mark_classes = (
                ["fig"] + (["target"] if fig.target else []) + (["placeholder"] if fig.placeholder else [])
            )
            anchor = f' id="f{fid}"' if fid not in first_num else ""
            first_num.add(fid)
            piece = f'<mark class="{" ".join(mark_classes)}"{anchor}>{piece}</mark>'
        if classes:
            out.append(f'<span class="{" ".join(classes)}" {" ".join(attrs)}>{piece}</span>')
        else:
            out.append(f"<span {' '.join(attrs)}>{piece}</span>")
    return "".join(out)


def _side_list(parts: Sequence[Part]) -> str:
    items, n = [], 0
    for part in parts:
        for fig in part.figures:
            value = (
                "___"
                if fig.placeholder
                else f"{fig.value:g}"
                if isinstance(fig.value, float)
                else f"{fig.value}"
            )
            approx = {"over": "+", "under": "−", "about": "≈"}.get(fig.approx or "", "")
            label = html.escape(fig.indicator or fig.text)
            items.append(
                f'<li data-go="f{n}" data-f="{n}"><span class="i">{label}</span>'
                f'<span class="v">{html.escape(approx + value)} {html.escape(fig.unit)}</span></li>'
            )
            n += 1
    return "".join(items)


def render(parts: Sequence[Part], title: str, failures: Iterable[Failure] = ()) -> str:
    """The whole page for ``parts`` (the articles of one document) as one HTML string."""
    figures = [f for p in parts for f in p.figures]
    activities = [a for p in parts for a in p.activities]
    data = {"figures": [_tip(f) for f in figures], "activities": [_activity_tip(a) for a in activities]}
    # "<" escaped inside the JSON so no text can close the <script> element.
    payload = json.dumps(data, ensure_ascii=False).replace("<", "\\u003c")
    body, fig_base, act_base = [], 0, 0
    for k, part in enumerate(parts):
        a = part.article
        meta = " · ".join(
            html.escape(str(x))
            for x in (
                a.org,
                period_label(a.period) or a.year,
                source_label(a.source),
                f"{len(part.figures)} 个数字",
                f"{len(part.activities)} 项活动",
            )
            if x
        )
        heading = html.escape(a.title or f"第{k + 1}篇")
        body.append(
            f'<article><h2>{heading}</h2><div class="meta">{meta}</div>'
            f'<div class="text">{_article_html(part, fig_base, act_base)}</div></article>'
        )
        fig_base += len(part.figures)
        act_base += len(part.activities)
    errors = "".join(f'<p class="meta">⚠ {html.escape(f.message())}</p>' for f in failures)
    stats = f"{len(parts)} 篇 · {len(figures)} 个数字 · {len(activities)} 项活动"
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(title)} — zongjie show</title>
<style>{_static("show.css")}</style></head>
<body>
<header class="page"><h1>{html.escape(title)}</h1><span class="stats">{stats}</span>
<span class="legend"><span style="background:var(--fig)">数字</span><span style="background:var(--figtext)">指标</span><span style="background:var(--act)">活动</span></span></header>
<main><section class="doc">{errors}{"".join(body)}</section>
<aside><h3>数字（{len(figures)}）</h3><ol>{_side_list(parts)}</ol></aside></main>
<div id="tip"></div>
<script type="application/json" id="zongjie-data">{payload}</script>
<script>{_static("show.js")}</script>
</body></html>
"""


def build_page(path: str | Path) -> Page:
    """Read one document (every article of it), extract, render. Read failures go on the page too."""
    import corpus
    from extract import extract_article

    parts: list[Part] = []
    failures: list[Failure] = []
    for item in corpus.load([path]):
        if isinstance(item, Failure):
            failures.append(item)
            continue
        result = extract_article(item)
        parts.append(Part(item, tuple(result.figures), tuple(result.activities)))
    title = next((p.article.title for p in parts if p.article.title), None) or Path(str(path)).name
    page = render(parts, title, failures)
    return Page(
        html=page,
        articles=len(parts),
        figures=sum(len(p.figures) for p in parts),
        activities=sum(len(p.activities) for p in parts),
        failures=tuple(failures),
    )
