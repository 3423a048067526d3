"""Target or achievement: is a figure a goal, plan or expectation, or what happened?

Two sources of evidence: the section the sentence stands in (a heading with 计划, 目标, 下半年, 明年,
主要预期… makes its figures goals) and cue words in the clause (力争, 确保, 预期, 目标…; and
已, 去年, 累计, 同比… for what already happened), the clause winning over the section.
"""

from __future__ import annotations

import re
from functools import cache

from extract.lexicon import alternation, lexicon

_YEAR = re.compile(r"(20\d\d)年")
_QUOTED = re.compile(r"“[^”]*”|《[^》]*》")


@cache
def _res() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    t = lexicon().cues["target"]
    return (
        re.compile(alternation(t["sentence"])),
        re.compile(alternation(t["heading"])),
        re.compile(alternation(t["achieved"])),
    )


@cache
def _before_number() -> re.Pattern[str]:
    return re.compile("(?:" + "|".join(lexicon().cues["target"]["before_number"]) + ")$")


def heading_is_plan(heading: str, year: int | None) -> bool:
    """A section heading that announces goals: 下半年工作打算, 2026年主要目标和重点任务."""
    _, heading_cue, _ = _res()
    if heading_cue.search(heading):
        if "回顾" in heading or "总结" in heading or "成绩" in heading:
            return False
        return True
    if year is not None:
        years = [int(y) for y in _YEAR.findall(heading)]
        if years and max(years) > year:
            return True
    return False


def is_target(
    clause: str, in_plan_section: bool, year: int | None = None, sentence: str = "", before: str = ""
) -> bool:
    """``clause`` holds the figure, ``sentence`` the whole sentence, ``before`` the few characters
    right before the number (任务400家, 应建工会数30家)."""
    sentence_cue, _, achieved_cue = _res()
    if before and _before_number().search(before):
        return True
    clause = _QUOTED.sub("", clause)
    if sentence_cue.search(clause):
        return True
    if year is not None:
        years = [int(y) for y in _YEAR.findall(sentence or clause)]
        if years and min(years) > year:
            return True
    if in_plan_section:
        return not achieved_cue.search(clause)
    return False
