"""A ranked horizontal bar chart of a comparison, with Chinese labels that render.

Chinese needs a CJK font: ``ZONGJIE_CJK_FONT`` (a font file) if set, else the first sans CJK font
fontconfig knows (``fc-list :lang=zh``), else one of the usual families matplotlib already knows.
Without any, ``CompareError`` says how to get one instead of drawing tofu boxes.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from functools import cache
from pathlib import Path

from compare.errors import CompareError
from compare.records import Comparison

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
    labels = [r.org if r.period is None else f"{r.org}" for r in rows][::-1]
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
