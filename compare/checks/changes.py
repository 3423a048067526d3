"""Changes against baseline and current: 受理5件次，与去年的12件次相比递减58.3% — (5−12)/12 = −58.3%.

The change is a % figure after a change word (递减, 增长 …), or the ``change`` of a figure whose
``baseline`` names the earlier figure. Re-derived, the sentence must hold exactly two earlier figures
in one base unit, one of them marked as the baseline (与/比/较/从 before it, 相比 after it); lists
such as 分别递减58.3%和93.8% are left alone. % changes are relative, 个百分点 are differences.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from compare.checks.context import SentenceFigures, amount, cues, factor, half_ulp, is_rate, usable
from compare.records import Finding

EPS = 1e-9
CLAUSE_BREAK = re.compile(r"[，,；;。]")
MULTI_YEAR = ("年均", "累计", "平均")
CUE_REACH = 6  # characters before (or after) the baseline in which 与/比/相比 must stand


def _direction(lead: str) -> int | None:
    tail = lead[-8:]
    up = max((tail.rfind(w) for w in cues().up), default=-1)
    down = max((tail.rfind(w) for w in cues().down), default=-1)
    if up < 0 and down < 0:
        return None
    return -1 if down > up else 1


def _by_relation(
    group: SentenceFigures,
) -> Iterator[tuple[Mapping[str, Any], Mapping[str, Any], float, str, Mapping[str, Any]]]:
    for fig in group.figures:
        change, baseline = fig.get("change"), fig.get("baseline")
        if isinstance(change, Mapping) and baseline is not None and int(baseline) in group.by_start:
            base = group.by_start[int(baseline)]
            # an extractor may pair 10人次 with 12件次 or a change with another clause: only like with
            # like, stated in the current figure's own clause, is checked
            if is_rate(fig) or is_rate(base) or amount(fig)[1] != amount(base)[1]:
                continue
            later = fig if int(fig["start"]) > int(base["start"]) else base
            if not _same_clause(group, later, float(change["value"])):
                continue
            sign = -1 if change.get("direction") == "down" else 1
            yield (
                fig,
                base,
                sign * float(change["value"]),
                str(change.get("unit")),
                fig,
            )


def _same_clause(group: SentenceFigures, fig: Mapping[str, Any], change: float) -> bool:
    """The change's number follows the later of the two figures in its clause, with no 年均 before it."""
    span = group.local(fig)
    if span is None:
        return False
    after = group.sentence[span[1] :]
    at = after.find(f"{change:g}")
    if at < 0:
        return False
    lead = after[:at]
    return not CLAUSE_BREAK.search(lead) and not any(m in lead for m in MULTI_YEAR)


def _by_cue(
    group: SentenceFigures,
) -> Iterator[tuple[Mapping[str, Any], Mapping[str, Any], float, str, Mapping[str, Any]]]:
    figs = group.figures
    for i, ch in enumerate(figs):
        if str(ch.get("unit")) not in {"%", "个百分点"} or not usable(ch) or i < 2:
            continue
        lead = group.between(figs[i - 1], ch)
        trail = group.between(ch, figs[i + 1] if i + 1 < len(figs) else None) or ""
        if (
            lead is None
            or "分别" in lead
            or (
                trail.lstrip("%％个百分点").startswith(("和", "、", "，"))
                and (i + 1 < len(figs) and str(figs[i + 1].get("unit")) == str(ch.get("unit")))
            )
        ):
            continue
        if CLAUSE_BREAK.search(lead) or any(m in lead for m in MULTI_YEAR):
            continue  # the change belongs to another clause, or spans years (年均增长6.5%)
        sign = _direction(lead)
        if sign is None:
            continue
        earlier = [f for f in figs[:i] if usable(f)]
        if len(earlier) < 2:
            continue
        x, y = earlier[-2], earlier[-1]
        if is_rate(x) != is_rate(y) or amount(x)[1] != amount(y)[1]:
            continue
        if str(ch.get("unit")) == "%" and is_rate(x):
            continue  # a % change of a % figure is ambiguous (relative or points): leave it
        baseline = _baseline(group, x, y)
        if baseline is None:
            continue
        current = y if baseline is x else x
        yield current, baseline, sign * float(ch["value"]), str(ch.get("unit")), ch


def _baseline(group: SentenceFigures, x: Mapping[str, Any], y: Mapping[str, Any]) -> Mapping[str, Any] | None:
    c = cues()
    marked = []
    for f in (x, y):
        span = group.local(f)
        if span is None:
            return None
        before = group.sentence[max(0, span[0] - CUE_REACH) : span[0]]
        after = group.sentence[span[1] : span[1] + CUE_REACH]
        if any(w in before for w in c.baseline_before) or any(w in after for w in c.baseline_after):
            marked.append(f)
    return marked[0] if len(marked) == 1 else None


def check(group: SentenceFigures) -> Iterator[Finding]:
    seen: set[int] = set()
    for current, baseline, stated, unit, claim in [*_by_relation(group), *_by_cue(group)]:
        if (
            int(claim["start"]) in seen
            or current.get("approx")
            or baseline.get("approx")
            or claim.get("approx")
        ):
            continue
        seen.add(int(claim["start"]))
        (c, _), (b, _) = amount(current), amount(baseline)
        if c is None or b is None:
            continue
        written = group.written(claim) if claim is not current else f"{abs(stated):g}"
        if unit == "%":
            if not b:
                continue
            computed = (c - b) / b * 100
            rel = half_ulp(group.written(current)) * factor(current) / abs(c) if c else 0.0
            rel += half_ulp(group.written(baseline)) * factor(baseline) / abs(b)
            tolerance = half_ulp(written) + abs(c / b) * 100 * rel
        elif unit in {"个百分点", "百分点"} or unit == str(current.get("unit")):
            computed = (c - b) / factor(current)
            tolerance = (
                half_ulp(written) + half_ulp(group.written(current)) + half_ulp(group.written(baseline))
            )
        else:
            continue
        if abs(computed - stated) > tolerance + EPS:
            yield Finding(
                source=group.source,
                org=group.org,
                kind="change",
                severity="error",
                sentence=group.sentence,
                claimed=stated,
                computed=round(computed, 4),
                figures=(float(baseline["value"]), float(current["value"]), stated),
                start=int(claim["start"]),
                end=int(claim["end"]),
                message=f"从 {group.written(baseline)} 到 {group.written(current)} 的变化为 {computed:.2f}{unit}，文中为 {stated:g}{unit}",
            )
