"""Shares and completion rates against their base: 新建31家，占应建工会数30家的103% — 31/30 = 103.3%.

The share S% names its base B (the figure just before 的 S%, with 占 before it, or the target of
``of_target``) and its part A (the nearest earlier figure in B's unit). Computed A/B×100 must round
to S within S's written decimals, widened by the rounding A and B carry.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from compare.checks.context import SentenceFigures, amount, cues, factor, half_ulp, is_rate, usable
from compare.records import Finding

EPS = 1e-9
MAX_LINK = 4  # 30家的103%: the base ends a few characters before its share


def _pair(group: SentenceFigures, i: int) -> tuple[Mapping[str, Any], Mapping[str, Any]] | None:
    share = group.figures[i]
    target = share.get("of_target")
    if target is not None and int(target) in group.by_start:
        base = group.by_start[int(target)]
        before = [f for f in group.figures[:i] if f is not base and not is_rate(f) and usable(f)]
        parts = [f for f in before if amount(f)[1] == amount(base)[1] and not f.get("target")]
        return (parts[-1], base) if parts else None
    if i < 2:
        return None
    base, part = group.figures[i - 1], None
    link = group.between(base, share)
    if link is None or "的" not in link or len(link) > MAX_LINK or is_rate(base):
        return None
    for f in reversed(group.figures[: i - 1]):
        if not is_rate(f) and amount(f)[1] == amount(base)[1]:
            part = f
            break
    if part is None:
        return None
    cue = group.between(part, base)
    if cue is None or not any(c in cue for c in cues().share):
        return None
    return part, base


def check(group: SentenceFigures) -> Iterator[Finding]:
    for i, share in enumerate(group.figures):
        if str(share.get("unit")) != "%" or not usable(share) or share.get("approx"):
            continue
        pair = _pair(group, i)
        if pair is None:
            continue
        part, base = pair
        (a, _), (b, _) = amount(part), amount(base)
        if a is None or not b or part.get("approx") or base.get("approx"):
            continue
        computed = a / b * 100
        claimed = float(share["value"])
        rel = half_ulp(group.written(part)) * factor(part) / a if a else 0.0
        rel += half_ulp(group.written(base)) * factor(base) / b
        tolerance = half_ulp(group.written(share)) + computed * rel
        if abs(computed - claimed) > tolerance + EPS:
            yield Finding(
                source=group.source,
                org=group.org,
                kind="share",
                severity="error",
                sentence=group.sentence,
                claimed=claimed,
                computed=round(computed, 4),
                figures=(float(part["value"]), float(base["value"]), claimed),
                start=int(share["start"]),
                end=int(share["end"]),
                message=f"{group.written(part)}/{group.written(base)} = {computed:.2f}%，文中为 {claimed:g}%",
            )
