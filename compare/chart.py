"""Charts with Chinese labels that render: a ranked bar chart of a comparison, a line chart of a panel
(several organisations over the years), targets against actuals.

Chinese needs a CJK font: ``ZONGJIE_CJK_FONT`` (a font file) if set, else the first sans CJK font
fontconfig knows (``fc-list :lang=zh``), else one of the usual families matplotlib already knows.
Without any, ``CompareError`` says how to get one instead of drawing tofu boxes.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Sequence
from functools import cache
from pathlib import Path

from compare.errors import CompareError
from compare.panel import Panel
from compare.records import Comparison
from compare.tracking import Track

FAMILIES = (
    "Noto Sans CJK SC",
    "Noto Sans SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
    "Microsoft YaHei",
    "SimHei",
    "PingFang SC",
    "Heiti SC",
    "Droid Sans Fallback",
    "Noto Sans CJK JP",
)
BAR = "#3b6ea8"
BAR_TOP = "#a9c1de"


@cache
def cjk_font() -> str:
    """A font file that has Chinese glyphs; ``CompareError`` when the machine has none."""
    explicit = os.environ.get("ZONGJIE_CJK_FONT")
    if explicit:
        if not Path(explicit).is_file():
            raise CompareError(f"ZONGJIE_CJK_FONT={explicit}: no such font file")
        return explicit
    fc_list = shutil.which("fc-list")
    if fc_list:
        listed = subprocess.run(
            [fc_list, ":lang=zh", "--format", "%{file}|%{family}\n"],
            capture_output=True,
            text=True,
            check=False,
        ).stdout.splitlines()
        fonts = [line.split("|", 1) for line in listed if "|" in line]
        # sans before serif, regular before bold: labels read better
        fonts.sort(key=lambda f: ("Serif" in f[1], "Bold" in f[0] or "Black" in f[0], f[0]))
        if fonts:
            return fonts[0][0]
    from matplotlib import font_manager

    for family in FAMILIES:
        for entry in font_manager.fontManager.ttflist:
            if entry.name == family:
                return str(entry.fname)
    raise CompareError(
        "no CJK font found to draw Chinese labels: install one (apt-get install fonts-noto-cjk) "
        "or point ZONGJIE_CJK_FONT at a .ttf/.otf/.ttc file"
    )


def _shown(value: float | int | None) -> str:
    return "" if value is None else f"{value:,.2f}".rstrip("0").rstrip(".")


def bar_chart(comparison: Comparison, path: Path, *, title: str | None = None) -> int:
    """Draw the ranked rows that have a comparable value; returns how many bars were drawn."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import font_manager
    from matplotlib import pyplot as plt

    rows = [r for r in comparison.rows if r.comparable_value is not None]
    if not rows:
        raise CompareError(f"{path}: nothing to draw: no organisation states {comparison.wording}")
    font = font_manager.FontProperties(fname=cjk_font())
    unit = comparison.unit or ""
    several = len({r.period for r in rows}) > 1
    labels = [f"{r.org} {r.period}" if several and r.period else r.org for r in rows][::-1]
    values = [float(r.comparable_value or 0.0) for r in rows][::-1]
    tops = [r.upper for r in rows][::-1]
    fig, ax = plt.subplots(figsize=(8, 1.2 + 0.28 * len(rows)), dpi=100)
    try:
        ax.barh(range(len(rows)), values, color=BAR, height=0.7)
        for i, (v, top) in enumerate(zip(values, tops, strict=True)):
            if top is not None and float(top) > v:
                ax.barh(i, float(top) - v, left=v, color=BAR_TOP, height=0.7)
            text = _shown(v) if top is None else f"{_shown(v)}–{_shown(top)}"
            ax.text(
                max(v, float(top or 0)), i, f" {text}{unit}", va="center", fontproperties=font, fontsize=8
            )
        ax.set_yticks(range(len(rows)), labels)
        for label in ax.get_yticklabels():
            label.set_fontproperties(font)
            label.set_fontsize(9)
        kind = "目标" if comparison.targets else "实际"
        periods = sorted({r.period for r in rows if r.period})
        when = f"（{'、'.join(periods)}）" if 0 < len(periods) <= 2 else ""
        ax.set_title(
            title or f"{comparison.wording}{when}：{kind}，从高到低", fontproperties=font, fontsize=12
        )
        ax.set_xlabel(f"{comparison.canonical}（{unit}）", fontproperties=font)
        ax.spines[["top", "right"]].set_visible(False)
        ax.margins(x=0.12, y=0.01)
        fig.tight_layout()
        try:
            fig.savefig(path)
        except OSError as exc:
            raise CompareError(f"{path}: cannot write ({exc.strerror or exc})") from exc
    finally:
        plt.close(fig)
    return len(rows)


def _pyplot():  # type: ignore[no-untyped-def]
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import font_manager
    from matplotlib import pyplot as plt

    return plt, font_manager.FontProperties(fname=cjk_font())


def _save(fig, path: Path) -> None:  # type: ignore[no-untyped-def]
    fig.tight_layout()
    try:
        fig.savefig(path)
    except OSError as exc:
        raise CompareError(f"{path}: cannot write ({exc.strerror or exc})") from exc


def _label_axes(ax, font) -> None:  # type: ignore[no-untyped-def]
    for label in [*ax.get_xticklabels(), *ax.get_yticklabels()]:
        label.set_fontproperties(font)
        label.set_fontsize(9)
    ax.spines[["top", "right"]].set_visible(False)


MAX_LINES = 10


def line_chart(panel: Panel, path: Path, *, title: str | None = None) -> int:
    """Several organisations over the periods, one line each (the ten with the most periods stated);
    returns how many lines were drawn."""
    orgs = sorted(panel.orgs, key=lambda o: (-sum(panel.value(o, p) is not None for p in panel.periods), o))
    orgs = orgs[:MAX_LINES]
    if not orgs or not panel.periods:
        raise CompareError(f"{path}: nothing to draw: no organisation states {panel.wording} for a period")
    plt, font = _pyplot()
    fig, ax = plt.subplots(figsize=(max(6, 0.6 * len(panel.periods) + 3), 4.5), dpi=100)
    try:
        years = all(p.isdigit() for p in panel.periods)  # years stand at their distance; halves in order
        xs = [int(p) for p in panel.periods] if years else list(range(len(panel.periods)))
        for org in orgs:
            points = [(x, panel.value(org, p)) for x, p in zip(xs, panel.periods, strict=True)]
            shown = [(x, y) for x, y in points if y is not None]
            ax.plot([x for x, _ in shown], [y for _, y in shown], marker="o", linewidth=1.5, label=org)
        ax.set_xticks(xs, list(panel.periods))
        kind = "目标" if panel.targets else "实际"
        ax.set_title(title or f"{panel.wording}：{kind}，逐年", fontproperties=font, fontsize=12)
        ax.set_ylabel(f"{panel.canonical}（{panel.unit or ''}）", fontproperties=font)
        ax.legend(prop=font, fontsize=8, frameon=False, loc="best")
        _label_axes(ax, font)
        _save(fig, path)
    finally:
        plt.close(fig)
    return len(orgs)


def tracking_chart(tracks: Sequence[Track], path: Path, *, title: str | None = None) -> int:
    """Target against actual: per year for one organisation, else per organisation for one year (the
    latest year most organisations have both sides for). Returns how many groups were drawn."""
    tracks = [t for t in tracks if t.target is not None or t.actual is not None]
    if not tracks:
        raise CompareError(f"{path}: nothing to draw: no target or result found")
    orgs = sorted({t.org for t in tracks})
    if len(orgs) == 1:
        shown, labels, when = tracks, [t.period for t in tracks], orgs[0]
    else:
        both: dict[str, int] = {}
        for t in tracks:
            both[t.period] = both.get(t.period, 0) + (t.target is not None and t.actual is not None)
        year = max(both, key=lambda p: (both[p], p))
        shown = sorted((t for t in tracks if t.period == year), key=lambda t: t.org)
        labels, when = [t.org for t in shown], f"{year}年"
    plt, font = _pyplot()
    fig, ax = plt.subplots(figsize=(max(6, 0.55 * len(shown) + 3), 4.5), dpi=100)
    try:
        xs = list(range(len(shown)))
        goals = [float(t.target) if t.target is not None else 0.0 for t in shown]
        ax.bar(xs, goals, width=0.6, color=BAR_TOP, label="目标")
        for x, t in zip(xs, shown, strict=True):
            if t.target_high is not None and t.target is not None:
                ax.bar(
                    x,
                    float(t.target_high) - float(t.target),
                    bottom=float(t.target),
                    width=0.6,
                    color="#d6e2f0",
                )
        points = [(x, float(t.actual)) for x, t in zip(xs, shown, strict=True) if t.actual is not None]
        ax.plot([x for x, _ in points], [y for _, y in points], "o-", color=BAR, label="实际")
        for x, t in zip(xs, shown, strict=True):
            if t.met is not None:
                mark = "完成" if t.met else "未完成"
                top = max(float(t.actual or 0), float(t.target_high or t.target or 0))
                ax.text(x, top, mark, ha="center", va="bottom", fontproperties=font, fontsize=7)
        ax.set_xticks(xs, labels)
        if len(orgs) > 1:
            plt.setp(ax.get_xticklabels(), rotation=45, ha="right")
        indicator = shown[0].indicator
        ax.set_title(title or f"{indicator}：目标与实际（{when}）", fontproperties=font, fontsize=12)
        ax.set_ylabel(f"{indicator}（{shown[0].unit}）", fontproperties=font)
        ax.legend(prop=font, frameon=False)
        _label_axes(ax, font)
        _save(fig, path)
    finally:
        plt.close(fig)
    return len(shown)
