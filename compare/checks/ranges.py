"""Rates that cannot pass 100%: 覆盖率, 参保率, 入会率, 占比 … above 100% is an error.

A rate measured against a plan (完成任务的103%, 占应建数的103%) may pass 100% and is left alone.
"""

from __future__ import annotations

from collections.abc import Iterator

from compare.checks.context import SentenceFigures, cues, half_ulp, usable
from compare.records import Finding

LIMIT = 100.0


def check(group: SentenceFigures) -> Iterator[Finding]:
    c = cues()
    for fig in group.figures:
        if str(fig.get("unit")) != "%" or not usable(fig) or fig.get("target"):
            continue
        words = f"{fig.get('indicator') or ''}{fig.get('canonical') or ''}{fig.get('text') or ''}"
        if not any(w in words for w in c.bounded) or any(w in words for w in c.unbounded):
            continue
        value = float(fig["value"])
        if value > LIMIT + half_ulp(group.written(fig)) and fig.get("approx") != "under":
            yield Finding(
                source=group.source,
                org=group.org,
                kind="range",
                severity="error",
                sentence=group.sentence,
                claimed=value,
                computed=LIMIT,
                figures=(value,),
                start=int(fig["start"]),
                end=int(fig["end"]),
                message=f"{fig.get('indicator') or '比率'} 不能超过100%",
            )
