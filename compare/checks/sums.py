"""其中 breakdowns: the parts of a total must not exceed it, and must add up to it when closed by 其他.

发放慰问金41万元，其中政府筹集20.00万元，工会系统9.30万元，其他11.70万元 — holds: 20+9.3+11.7 = 41.
A single part above its total is an error; parts above the total are an error when 其他/其余 closes
the breakdown and a warning otherwise (categories such as 女职工 and 农民工 may overlap); parts short of
a closed breakdown's total are an error. Tolerance: half a unit of every written last decimal.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from compare.checks.context import SentenceFigures, amount, cues, factor, half_ulp, is_rate, usable
from compare.records import Finding

EPS = 1e-9
CLAUSE_BREAK = re.compile(r"[，,；;。]")


def _parts_by_relation(group: SentenceFigures, total: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """Parts the extractor linked, if the link is plausible: no other figure stands between the total
    and its first part (…203人,共建立…420家(其中…99家),吸收…10269人 is not a breakdown of 203人)."""
    start = int(total["start"])
    parts = sorted(
        (f for f in group.by_start.values() if f.get("part_of") == start and usable(f) and not is_rate(f)),
        key=lambda f: int(f["start"]),
    )
    if not parts:
        return []
    first = int(parts[0]["start"])
    if any(start < int(f["start"]) < first for f in group.by_start.values()):
        return []
    return _within_clause(group, total, parts)


def _within_clause(
    group: SentenceFigures, total: Mapping[str, Any], parts: list[Mapping[str, Any]]
) -> list[Mapping[str, Any]]:
    """Past a comma the list may be a new claim (…其中高铁370公里，新增高速公路2600公里): only a
    breakdown closed by 其他/其余 runs on over commas."""
    prev: Mapping[str, Any] | None = None
    for n, f in enumerate(parts):
        lead = group.between(prev, f) if prev is not None else None
        if lead is not None and CLAUSE_BREAK.search(lead):
            return parts if _closed(group, total, parts) else parts[:n]
        prev = f
    return parts


def _parts_by_cue(group: SentenceFigures, i: int) -> list[Mapping[str, Any]]:
    """Figures after ``其中`` that follow the total directly, in the total's base unit."""
    total = group.figures[i]
    rest = group.figures[i + 1 :]
    if not rest:
        return []
    lead = group.between(total, rest[0])
    if lead is None or not any(c in lead for c in cues().part):
        return []
    _, unit = amount(total)
    parts: list[Mapping[str, Any]] = []
    for f in rest:
        if is_rate(f) or not usable(f) or amount(f)[1] != unit:
            break
        parts.append(f)
    return _within_clause(group, total, parts)


def check(group: SentenceFigures) -> Iterator[Finding]:
    for i, total in enumerate(group.figures):
        if not usable(total) or is_rate(total) or total.get("approx"):
            continue
        parts = _parts_by_relation(group, total) or _parts_by_cue(group, i)
        if len(parts) < 1 or any(p.get("approx") for p in parts):
            continue
        whole, unit = amount(total)
        amounts = [amount(p) for p in parts]
        if whole is None or any(a is None or u != unit for a, u in amounts):
            continue
        values = [float(a) for a, _ in amounts if a is not None]
        tol_total = half_ulp(group.written(total)) * factor(total)
        tol_parts = sum(half_ulp(group.written(p)) * factor(p) for p in parts)
        closed = _closed(group, total, parts)
        unit_factor = factor(total)
        shown = tuple(v / unit_factor for v in values)
        for p, v in zip(parts, values, strict=True):
            if v > whole + tol_total + half_ulp(group.written(p)) * factor(p) + EPS:
                yield _finding(
                    group,
                    total,
                    "error",
                    whole / unit_factor,
                    v / unit_factor,
                    shown,
                    f"其中一项 {group.written(p)}{p.get('unit')} 大于总数",
                )
                break
        else:
            s = sum(values)
            if s > whole + tol_total + tol_parts + EPS and len(parts) > 1:
                severity = "error" if closed else "warning"
                yield _finding(
                    group, total, severity, whole / unit_factor, s / unit_factor, shown, "各项之和大于总数"
                )
            elif closed and s < whole - tol_total - tol_parts - EPS:
                yield _finding(
                    group, total, "error", whole / unit_factor, s / unit_factor, shown, "各项之和小于总数"
                )


def _closed(group: SentenceFigures, total: Mapping[str, Any], parts: list[Mapping[str, Any]]) -> bool:
    """The last part is named 其他/其余…: the breakdown claims to be complete."""
    last = max(parts, key=lambda p: int(p["start"]))
    before = sorted((p for p in parts if p is not last), key=lambda p: int(p["start"]))
    prev = before[-1] if before else total
    lead = group.between(prev, last)
    if lead is None:
        lead = str(last.get("text") or "") + str(last.get("indicator") or "")
    return any(c in lead for c in cues().rest)


def _finding(group, total, severity, claimed, computed, figures, message) -> Finding:  # type: ignore[no-untyped-def]
    return Finding(
        source=group.source,
        org=group.org,
        kind="sum",
        severity=severity,
        sentence=group.sentence,
        claimed=round(claimed, 6),
        computed=round(computed, 6),
        figures=(round(claimed, 6), *(round(f, 6) for f in figures)),
        start=int(total["start"]),
        end=int(total["end"]),
        message=message,
    )
