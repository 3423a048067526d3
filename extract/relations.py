"""Relations between the figures of one sentence, where the text states them.

- ``part_of``: figures after 其中 belong to the last figure before it with a unit of the same family
  (发放慰问金41万元，其中政府筹集20万元…).
- ``change``/``baseline``: a percentage or count after 增长/下降/递减… is a change; 与…的12件次相比 names
  the baseline (与去年同期的20件次36人次相比，分别下降25%和30%: the changes pair with the baselines
  in order).
- ``of_target``: 完成全年任务的62.5%, 占应建工会数40家的105% — a rate refers to the figure before 的.
"""

from __future__ import annotations

import re
from functools import cache

from extract.lexicon import alternation, cue_pattern, lexicon
from extract.records import Change, Figure, builder, changed

_PERCENT_UNITS = ("%", "个百分点", "‰", "倍")
_COMPARED = re.compile(r"[。;；]|相比|比")  # between a level and its change: the level is a baseline
_OF_WHOLE = re.compile(r"(完成|占|达到|为)")  # 完成全年任务的62.5%: a rate of the figure before 的
_change = builder(Change)  # Change(...), faster: one for every stated change


@cache
def _res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    ch = lexicon().cues["change"]
    up = re.compile(rf"(?:{alternation(ch['up'])})[了]?(?:达到|达|到)?$")
    down = re.compile(rf"(?:{alternation(ch['down'])})[了]?(?:达到|达|到)?$")
    return up, down


@cache
def _cue_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(what a change is measured from, what opens a 其中 breakdown): cues.yaml ``change.baseline``, ``part_of``."""
    cues = lexicon().cues
    return re.compile(cue_pattern(cues["change"]["baseline"])), re.compile(cue_pattern(cues["part_of"]))


def _unit_family(unit: str) -> str:
    units = lexicon().units
    for prefix in ("万亿", "千万", "百万", "十万", "亿", "万", "千", "百"):
        if unit.startswith(prefix) and unit[len(prefix) :] in units:
            unit = unit[len(prefix) :]
            break
    return units.get(unit, unit)


def link(figures: list[Figure], text: str, sent_start: int) -> list[Figure]:
    """Return ``figures`` (all of one sentence, in order) with their relations filled in."""
    if len(figures) == 0:
        return figures
    up, down = _res()
    out = list(figures)
    sentence_end = max(f.end for f in figures)
    # --- changes: 增长5.4%, 递减58.3%, 提高2个百分点 -----------------------------------------------
    for i, f in enumerate(out):
        if f.value is None:
            continue
        left = text[max(sent_start, f.start - 8) : f.start]
        left = left.rstrip("近约超过逾")
        direction = "up" if up.search(left) else "down" if down.search(left) else None
        if direction is None:
            continue
        change = _change(value=f.value, unit=f.unit, direction=direction)
        out[i] = changed(f, change=change)
        # the level figure the change belongs to: the previous figure, in the same clause, not itself a change
        if i > 0 and out[i - 1].change is None and f.unit in _PERCENT_UNITS:
            between = text[out[i - 1].end : f.start]
            # …与去年的12件次相比，下降58.3%: the figure before is the baseline, not the changed level
            if not _COMPARED.search(between) and len(between) < 16:
                out[i - 1] = changed(out[i - 1], change=change)
    if len(out) < 2:
        return out  # baselines, 其中 breakdowns and completion rates each relate two figures of the sentence
    # --- baselines: 与去年同期的20件次36人次相比，分别下降25%和30% ------------------------------
    baseline, part_of = _cue_res()
    m = baseline.search(text, sent_start, sentence_end + 40)
    if m and m.group(0).endswith("相比"):
        base = [f for f in out if m.start() <= f.start < m.end() and f.change is None]
        changes = [i for i, f in enumerate(out) if f.start >= m.end() and f.change is not None]
        for b, ci in zip(base, changes, strict=False):
            out[ci] = changed(out[ci], baseline=b.start)
        # the current figures stand before the comparison, in the same order
        current = [i for i, f in enumerate(out) if f.start < m.start() and f.change is None]
        for bi, (b, ci) in enumerate(zip(base, changes, strict=False)):
            if bi < len(current):
                k = current[-len(base) :][bi] if len(current) >= len(base) else current[bi]
                out[k] = changed(out[k], baseline=b.start, change=out[ci].change)
    # --- 其中 breakdowns ---------------------------------------------------------------------------
    for cue in part_of.finditer(text[sent_start:sentence_end]):
        pos = sent_start + cue.start()
        totals = [f for f in out if f.end <= pos and f.value is not None]
        if not totals:
            continue
        for i, f in enumerate(out):
            if f.start <= pos or f.value is None:
                continue
            fam = _unit_family(f.unit)
            total = next((t for t in reversed(totals) if _unit_family(t.unit) == fam), None)
            if total is None or f.part_of is not None:
                continue
            if fam == "percent" and _unit_family(total.unit) != "percent":
                continue
            out[i] = changed(f, part_of=total.start)
    # --- completion rates: 完成全年任务的62.5%, 占应建工会数40家的105% ------------------------------
    for i, f in enumerate(out):
        if f.unit != "%" or f.value is None:
            continue
        left = text[max(sent_start, f.start - 16) : f.start]
        if "的" not in left[-3:] or not _OF_WHOLE.search(left):
            continue
        ref = next((g for g in reversed(out[:i]) if g.end > f.start - 16 and g.unit != "%"), None)
        if ref is not None:
            out[i] = changed(f, of_target=ref.start)
    return out
