"""Target or achievement: is a figure a goal, plan or expectation, or what happened?

Two sources of evidence: the section the sentence stands in (a heading with 计划, 目标, 下半年, 明年,
主要预期… makes its figures goals) and cue words in the clause (力争, 确保, 预期, 目标…; and
已, 去年, 累计, 同比… for what already happened), the clause winning over the section.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from corpus.meta import FIVE_YEAR_FIRST
from extract.lexicon import alternation, lexicon, starts

_YEAR = re.compile(r"(20\d\d)年")
_QUOTED = re.compile(r"“[^”]*”|《[^》]*》|\"[^\"，。]{1,20}\"")  # (以"大干一百天、确保双过半"为主题: a slogan)


@cache
def _res() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    t = lexicon().cues["target"]
    return (
        re.compile(alternation(t["sentence"])),
        re.compile(alternation(t["heading"])),
        re.compile(alternation(t["achieved"])),
    )


@lru_cache(maxsize=8192)
def _governed(head: str) -> bool:
    """Whether the sentence up to a clause (``head``) holds a cue that governs the clauses after it: 下一步，力争
    营业收入突破6亿元，新开发客户30家 — the customers are a goal too. 完成年计划的105% and 争取到资金 are no such cue."""
    governs, done_forms, _, _ = _said_cues()
    if "“" in head or '"' in head:
        head = _QUOTED.sub("", head)  # (以“大干一百天、确保双过半”为主题: a slogan's 确保 governs nothing)
    head = _unmeasured(head)
    return bool(governs.search(head)) and not done_forms.search(head)


@cache
def _said_cues() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(what governs a sentence, the forms saying a cue word was done, what says a clause was done, what says a
    sentence states what stands now)."""
    t = lexicon().cues["target"]
    governs, forms, done, standing = (re.compile(alternation(t[k])) for k in ("governs", "done_forms", "done", "standing"))
    return governs, forms, done, standing


def said_done(clause: str, sentence_head: str = "") -> bool:
    """Whether ``clause`` (up to its figure) says it was done (会议增补了5名监事), or the sentence up to the figure
    says what stands now (截至目前，公司已储备项目5个): no goal, whatever period the figure is of."""
    _, _, done, standing = _said_cues()
    return bool(done.search(clause) or (sentence_head and standing.search(sentence_head)))


@cache
def _measured_against() -> re.Pattern[str]:
    """优于国家考核目标, 超额完成年度计划: a result measured against a goal, not a goal."""
    t = lexicon().cues["target"]
    return re.compile(
        rf"{starts([*t['against'], *t['done_forms']])}"
        rf"(?:(?:{alternation(t['against'])})[^,，;；。]{{0,6}}?(?:目标|计划|任务|预期(?:目标)?)|(?:{alternation(t['done_forms'])}))"
    )


@cache
def _measured_words() -> re.Pattern[str]:
    """What every match of ``_measured_against`` holds: the goal it names (目标, 计划, 任务, 预期) or a done form whole."""
    return re.compile("目标|计划|任务|预期|" + alternation(lexicon().cues["target"]["done_forms"]))


def _unmeasured(clause: str) -> str:
    """``clause`` without what measures a result against a goal (优于国家考核目标, 超额完成年度计划), and without the
    争取 of funds won (争取消费品以旧换新政策资金266.5亿元: as 争取到资金, what was got, said in a review)."""
    if "争取" in clause:
        clause = _FUNDS_WON.sub("", clause)
    if not _measured_words().search(clause):
        return clause  # most clauses name no goal: the pattern, tried at each of their characters, cannot match
    return _measured_against().sub("", clause)


_FUNDS_WON = re.compile(r"(?:积极)?争取(?=[^，,。；;]{0,20}?(?:资金|债券|额度|国债|补助|补贴|奖补|资助))")


@cache
def _before_number() -> re.Pattern[str]:
    return re.compile("(?:" + "|".join(lexicon().cues["target"]["before_number"]) + ")$")


_REVIEW = re.compile(r"回顾|总结|成绩|成效|完成情况|执行情况|工作情况|发展成就|圆满完成|顺利完成|胜利完成|全面完成|如期完成|超额完成|基本完成")  # (三年行动计划圆满完成: done)
_WORK_PLAN = re.compile(r"重点工作|主要工作|任务|工作安排|目标|举措|考虑|要求")
# A heading about a five-year plan that has not begun yet is about goals.
_PLAN_NAME = re.compile("|".join(FIVE_YEAR_FIRST))


def heading_is_plan(heading: str, year: int | None, reviewed: str | None = None) -> bool:
    """A section heading that announces goals: 下半年工作打算, 2026年重点工作, “十五五”时期主要目标任务.

    ``year`` is the report's own year: a union summary of 2014 plans 2015; a government work report
    delivered in 2026 reviews 2025 and plans 2026, so a heading year equal to it is a plan year too
    when the heading speaks of tasks; but not in a summary whose own year is the one it reviews (``reviewed``,
    the period its results are of): there 2023年主要工作 is what was done.
    """
    _, heading_cue, _ = _res()
    if _REVIEW.search(heading):
        return False
    if heading_cue.search(_NOT_PLANS.sub("", heading)):
        return True
    if year is None:
        return False
    years = [int(y) for y in _YEAR.findall(heading)]
    if years and max(years) > year:
        return True
    if years and max(years) == year and _WORK_PLAN.search(heading):
        return not (reviewed and reviewed[:4] == str(year))
    plans = [FIVE_YEAR_FIRST[m] for m in _PLAN_NAME.findall(heading)]
    return bool(plans) and max(plans) >= year and bool(_WORK_PLAN.search(heading))


# a top-level heading after the goals that looks at what is wrong (四、存在的问题, 困难和问题, 不足之处; not 解决职工急难愁盼
# 问题, 帮扶困难职工), back (几点体会, 推进情况) or at notes (附表, 名词解释) ends them
_NOT_AHEAD = re.compile(
    r"存在|不足|短板|差距|薄弱|问题[和与及]|困难[和与及]|体会|经验|启示|情况|进展|附[件表]|注释|名词解释|说明"
)


def looks_ahead(heading: str, year: int | None) -> bool:
    """Whether a heading after the goals goes on with them: it does not look back (回顾, 存在的问题, 体会) nor name a year
    before the report's own."""
    return not (
        _REVIEW.search(heading)
        or _NOT_AHEAD.search(heading)
        or (year is not None and any(int(y) <= year - 1 for y in _YEAR.findall(heading)))
    )


def plans_carried(tops: list[str], plans: list[bool], year: int | None) -> list[bool]:
    """Whether each top-level section is about goals, given its heading (``tops``) and whether the heading
    alone says so (``plans``): a top-level section right after the goals' goes on with them unless its heading looks
    back (二、今后五年的目标任务 三、重点做好以下几个方面的工作: the work that meets the goals, planned too)."""
    out: list[bool] = []
    carry = False
    for heading, plan in zip(tops, plans, strict=True):
        if plan:
            carry = True
        elif carry and not looks_ahead(heading, year):
            carry = False
        out.append(plan or carry)
    return out


# A goal a result is measured against, as reports name it (市下达目标任务, 年度计划, 年初预算, 年度投资计划): the pieces of
# the patterns that find one (periods: the year's task; indicators: a completion rate's name, a task's figure). A
# union's goals are set by the federation above it: 市总下达任务.
_SET_BY = r"(?:[市县区省镇]总?(?:工会)?|上级)?(?:下达|确定)?的?"  # who set it: 市总下达的, 省总工会下达
TASK_OF = rf"{_SET_BY}(?:年度|全年)?(?:目标)?任务"
GOAL_OF = rf"{_SET_BY}(?:年度|全年|年初|年)?(?:投资)?(?:目标|计划|任务|预算)(?:任务)?"

# a sentence that opens looking back over a time up to now (“十四五”以来，…; 今年以来，…)
_SINCE_OPENS = re.compile(r"[^，,。；;]{1,14}以来[，,]")

# a share done of a goal, read back from its number (完成全年1.5万人目标任务的80%, 完成年度计划的112%)
_SHARE_OF_GOAL = re.compile(rf"(?:完成|实现)[^，,；;。]{{0,14}}{GOAL_OF}的$")


def _share_done(clause: str, before: str, sentence: str) -> bool:
    """Whether the number after ``before`` in ``clause`` is the share done of a goal, in a sentence that sets none
    (not 确保上半年完成全年建会任务的65%)."""
    k = clause.find(before)
    head = clause[: k + len(before)] if k >= 0 else before
    if not _SHARE_OF_GOAL.search(head):
        return False
    at = sentence.find(clause)
    return not _governed(sentence[:at] + head if at >= 0 else head)

# what states a current fact, in a plan as anywhere (目前尚有…, 现有…)
_CURRENT_FACT = re.compile(r"现有|尚有|目前|仍有|现存")
# the verbs that end a change at its new level (由8.95%下降为4.40%: 为 ends one as 到 does, where 由 or 从 said its start)
CHANGE_TO = r"(?:提高|增长|增加|上升|下降|减少|降低|扩大|缩小|缩短|延长|压缩|提升|发展|整合)(?:到|至|为)|增至|降至|升至"
# after a figure (its unit included): the figure is where 由A提高到B / 从A增长到B starts
STARTS_CHANGE = re.compile(rf"^[^，,。;；0-9]{{0,6}}?(?:{CHANGE_TO})")
# the level a change reaches (由目前的21.3%提高到28%: 目前 says where it starts, not where it ends)
_NEW_LEVEL = re.compile(rf"(?:{CHANGE_TO})$")
# what is wrong now, as 存在问题和下一步打算 states it before its plans (平均班额仍达58人, 就诊率仅为46%，低于考核要求,
# 办学效益不高; not 不低于全省平均水平, a goal's floor)
_FAULT_SAID = re.compile(r"仍[达有然是在]|仅[为有占达]|只有|不高|偏低|较低|(?<!不)低于[^，,。；;]{0,8}(?:要求|标准|水平)")


_CHANGE_FROM = re.compile(r"(?:由|从)(?:目前|现在|当前|现有|上年|去年|年初|上年末|去年底|上年底)?的?\s*$")


def starts_a_change(before: str, after: str) -> bool:
    """Whether the figure between ``before`` and ``after`` (what follows its number) is where a change it says the
    start of starts (由9个增加到12个, 由目前的21.3%提高到28%; not 从九个方面明确…)."""
    return bool(_CHANGE_FROM.search(before) and STARTS_CHANGE.match(after))


def states_fact(clause: str, sentence: str) -> bool:
    """Whether a plan's ``clause`` (of ``sentence``) states what stands now: 现有3条线路, 平均班额仍达58人, or a
    sentence naming no goal that says what is wrong (不足100人的小规模学校有27所，办学效益不高)."""
    if _CURRENT_FACT.search(clause) or _FAULT_SAID.search(clause):
        return True
    return bool(sentence and _FAULT_SAID.search(sentence) and not _res()[0].search(sentence))

# words holding a plan's cue that plan nothing: 五、人口和计划生育, 计划单列市, 省重大科技计划项目 (a programme)
# a project's planned size as a class (计划总投资5000万元以上项目, 计划投资超亿元的项目): what they are, not a plan
_PLANNED_SIZE = re.compile(r"计划总?投资(?:超过|超)?[\d.一二三四五六七八九十百千]*\s*(?:千万|百万|万|亿)?元?(?:及以上|以上)")
# (入选“珠峰英才”计划: chosen for a programme, its name quoted)
# (285个计划新开工项目全部开工: a class of projects, as 计划总投资…以上项目 is)
_NOT_PLANS = re.compile(
    r"计划生育|计划单列|计划免疫|科技计划|培养计划|人才计划|招生计划|入选[^，,；;。]{0,12}?计划|(?<=[个项])计划(?=新开工|开工)"
)
# the size of a goal, a share done of it right after (40个任务的117.5%; 规划目标2 800家的66.6%)
_SIZE_OF_GOAL = re.compile(r"[\u4e00-\u9fff]{0,2}?(?:目标)?任务的\s*[\d.]+\s*[%％]")
_SHARE_AFTER = re.compile(r"[\u4e00-\u9fff]{0,2}?的\s*[\d.]+\s*[%％]")
_GOAL_BEFORE = re.compile(r"(?:目标|任务|计划)\s*$")


def sizes_a_goal(before: str, after: str) -> bool:
    """Whether the number between ``before`` and ``after`` is the size of a goal whose share done follows it."""
    return bool(_SIZE_OF_GOAL.match(after) or (_GOAL_BEFORE.search(before) and _SHARE_AFTER.match(after)))


# those of the stock a plan names that it means to move (力争年底前现有87户困难职工中有60户以上实现解困: 60 is the goal)
_AMONG_THE_STOCK = re.compile(r"中有$")
_RESOLVED = re.compile(r"力争|确保|争取|努力")

# units that count tasks themselves: 完成改革试点任务122项 is how many were done, 下达任务400家 the size of one
_TASK_COUNTS = frozenset({"项", "件"})
_ESTIMATES = frozenset({"预计", "初步预计"})
# A goal noted in brackets after what it is the goal of (完成全年任务（80家）的33.8%), the year's (全年, 年度) or not
GOAL_NOTED = re.compile(r"(?P<year>全年|年度)?(?:目标)?(?:任务|目标|计划)[（(]$")
_GROWTH_ON_LAST = re.compile(r"(?:比上年|较上年|同比)(?:增长|提高|下降|增加|减少|降低)(?=[^，,；;。]{0,4}\d[^，,；;。]*$)")
_GOAL_INTRO = re.compile(
    r"(?:目标|预期|计划|指标|任务)[^。;；,，]{0,8}?(?:是|为|包括|如下)?[:：]|(?:目标|指标)(?:是|为|确定为)"
    # 明年还是要把职工的冷暖放在心上：力争…；…: what is said of the time ahead, before a colon
    r"|(?:明年|来年|下一步|下半年|新的一年)[^。;；,，:：]{0,20}[:：]"
)


@lru_cache(maxsize=8192)
def _introduces_goals(head: str) -> bool:
    """今年的主要预期目标是：… (the sentence up to a clause; the clauses of one sentence share it)."""
    return bool(_GOAL_INTRO.search(_unmeasured(head)))


@lru_cache(maxsize=4096)
def _years(sentence: str) -> tuple[int, ...]:
    """The years (20xx年) ``sentence`` names: asked once per figure, and a sentence often holds several."""
    return tuple(int(y) for y in _YEAR.findall(sentence))


def _future(sentence: str, year: int | None) -> bool:
    return year is not None and any(y > year for y in _years(sentence))


def is_target(
    clause: str,
    in_plan_section: bool,
    year: int | None = None,
    sentence: str = "",
    before: str = "",
    chained: str = "",
    unit: str = "",
    after: str = "",
) -> bool:
    """``clause`` holds the figure, ``sentence`` the whole sentence, ``before`` the few characters
    right before the number (任务400家, 应建工会数30家), ``chained`` the clauses a semicolon chains to the sentence,
    ``unit`` the figure's unit (任务122项 counts tasks, 任务400家 sizes one), ``after`` what follows the number."""
    sentence_cue, _, achieved_cue = _res()
    if in_plan_section and starts_a_change(before, after):
        return False  # 工种由9个增加到12个 in a plan: 9 is where it stands, 12 the goal
    if (
        in_plan_section
        and states_fact(clause, sentence)
        and not _NEW_LEVEL.search(before)
        and not (_AMONG_THE_STOCK.search(before) and _RESOLVED.search(clause))
    ):
        return False  # 目前全镇尚有未建会企业18家, 现有专职工会干部3名 under a plan's heading: a fact (ANNOTATION.md: 现有3条线路)
    if not in_plan_section and before.endswith("的") and _share_done(clause, before, sentence):
        return False  # 完成全年1.5万人目标任务的80%: the share done of a goal, however long the goal's wording
    if sizes_a_goal(before, after):
        return True  # 完成下达的40个任务的117.5%, 完成规划目标2 800家的66.6%: the goal's size, a share done of it after
    if before and (
        GOAL_NOTED.search(before)
        or (
            _before_number().search(before)
            and not _measured_against().search(before)
            and not _NOT_PLANS.search(before)
            and not (unit in _TASK_COUNTS and before.endswith("任务"))
        )
    ):
        return True  # 任务400家; 完成全年任务（80家）的33.8%: the goal noted in brackets, the share measured against it
    at = sentence.find(clause) if sentence and clause else -1
    if (at > 0 and _introduces_goals(sentence[:at])) or (chained and _introduces_goals(chained)):
        # 今年的主要预期目标是：生产总值增长7%，…: every clause the introduction governs is a goal (全年目标为：…；规上工业
        # 增加值增长9%；…: the clauses it chains by semicolons, too)
        return True
    if "“" in clause or "《" in clause or '"' in clause:
        clause = _QUOTED.sub("", clause)
    if "计划" in clause:
        clause = _PLANNED_SIZE.sub("", clause)  # 新开工计划总投资500万元以上项目73个: a class of projects, no plan
        clause = _NOT_PLANS.sub("", clause)  # 省重大科技计划项目中…占比超过80%: a programme's name
    clause = _unmeasured(clause)
    # most clauses hold no cue word: one search says so, without an iterator and a set
    cues = {m.group() for m in sentence_cue.finditer(clause)} if sentence_cue.search(clause) else set()
    if cues and not (cues <= _ESTIMATES and not in_plan_section and not _future(sentence or clause, year)):
        # 预计 in a review of the period just ended estimates what happened (2021年生产总值预计完成98.7亿元)
        return True
    if year is not None:
        years = _years(sentence or clause)
        if years and min(years) > year and not said_done(clause):
            return True  # 到2025年，生产总值达到160亿元 (2024年1月，会议增补了5名监事 is done)
        if years and max(years) < year and in_plan_section:
            return False  # a plan section recalling last year's figures
    if in_plan_section and _SINCE_OPENS.match(sentence or clause):
        return False  # “十四五”以来，全市生产总值年均增长6.4%: how far a plan has come, under its goals
    if in_plan_section:
        # 比上年增长11%以上 in a plan: the goal's growth over the year before, not a recalled result
        return not achieved_cue.search(_GROWTH_ON_LAST.sub("", clause))
    return at > 0 and _governed(sentence[:at]) and not achieved_cue.search(clause) and not said_done(clause)
