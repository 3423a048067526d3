"""Sentence frames: past summaries' sentences with their figures turned into typed slots.

A frame is a sentence such as ``上半年，全区{0}，{1}，基层组织覆盖面进一步扩大。`` where each ``{n}``
stood for one figure phrase (indicator + number + unit) of the source; the slot keeps what it held
(indicator, canonical name, unit) so a frame can be chosen for data that looks like it. Frames are
mined from text with ``extract.figures_in``: the shipped bank from summaries we wrote ourselves
(``phrasebank/``), a user's from their own archive (``--corpus DIR``). ``{when}`` stands for the
period word (上半年, 全年 …).

A frame keeps no number of its source: a sentence with any figure left outside a slot (or any digit)
is not a frame, so a draft built from frames carries no figure that is not in the data.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from generate.data import Quantity

_SLOT = re.compile(r"\{(\d+)\}")
_LEAD_MARKER = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+是|[一二三四五六七八九十]+、|\d+[、.．]|[(（][一二三四五六七八九十\d]+[)）])\s*"
)
# A number or a Chinese numeral followed by a measure word left outside a slot: not a clean frame.
LEFTOVER_NUMBER = re.compile(
    r"[0-9０-９]|[零一二两三四五六七八九十百千万亿]+(?:多|余)?[家人名位户个元条期场次件份本吨项批所座]"
)
_APPROX_BEFORE = re.compile(r"(?:将近|不足|不到|超过|大约|近|约|逾)$")
_APPROX_AFTER = re.compile(r"^(?:以上|以下|以内|左右|上下)")
_SENTENCE_END = "。；！"
_CLAUSE_BOUNDARY = "，,。；;：:、！!"
# What may stand between a clause's start and its figure phrase; anything else is a word the
# extractor cut (非公企|业工会…) or prose the new indicator would not fit.
_LEAD_WORDS = re.compile(
    r"^(?:上半年|下半年|全年|今年以来|今年|一季度|目前|其中|累计|共计|共|全市|全区|全县|全镇|全省|已|新)*"
    # acts the extractor leaves out of the indicator (发放慰问金 → 慰问金) stay in the frame: 共发放{0}
    r"(?:发放|筹集|投入|拨付|下拨|募集|悬挂|张贴|印发|征集|收集|捐赠|捐助|送上)?$"
)
_BLANK_LEFT = re.compile(r"_{2,}|[xX]{2,}|×{2,}")
_TO_FULLWIDTH = str.maketrans({",": "，", ";": "；", ":": "：", "(": "（", ")": "）", "!": "！", "?": "？"})
RATIO_UNITS = frozenset({"%", "‰", "个百分点", "成"})
MONEY_UNITS = frozenset({"元", "万元", "亿元", "千元"})


def unit_family(unit: str) -> str:
    """ratio / money / count: slots and figures of one family are interchangeable."""
    if unit in RATIO_UNITS:
        return "ratio"
    if unit in MONEY_UNITS or unit.endswith("元"):
        return "money"
    return "count"


@dataclass(frozen=True, slots=True)
class Slot:
    indicator: str
    canonical: str | None
    unit: str

    @property
    def family(self) -> str:
        return unit_family(self.unit)


@dataclass(frozen=True, slots=True)
class Frame:
    text: str
    slots: tuple[Slot, ...]
    topic: str | None = None
    source: str = ""

    @property
    def context(self) -> str:
        """The frame's own words, slots removed: what similarity is measured on."""
        return _SLOT.sub("", self.text).replace("{when}", "").replace("{area}", "")

    def fill(
        self, phrases: list[tuple[Quantity, str, int, int]], when: str, area: str = ""
    ) -> tuple[str, list[tuple[Quantity, int, int]]]:
        """Put figure phrases in the slots; returns the text and each figure's number offsets."""
        out: list[str] = []
        placed: list[tuple[Quantity, int, int]] = []
        pos = 0
        length = 0
        text = self.text.replace("{area}", area)
        text = text.replace("{when}，", "" if not when else when + "，").replace("{when}", when)
        for m in _SLOT.finditer(text):
            out.append(text[pos : m.start()])
            length += m.start() - pos
            fig, phrase, ns, ne = phrases[int(m[1])]
            placed.append((fig, length + ns, length + ne))
            out.append(phrase)
            length += len(phrase)
            pos = m.end()
        out.append(text[pos:])
        return "".join(out), placed


def format_number(value: float | int) -> str:
    """38 → '38'; 94.80 → '94.8'; never an exponent."""
    if isinstance(value, int) or float(value).is_integer():
        return str(int(value))
    return f"{value:.6f}".rstrip("0").rstrip(".")


CHANGE_VERBS = ("增长", "增加", "提高", "提升", "上升", "扩大", "下降", "降低", "减少", "回落", "下滑", "缩小", "递减", "递增", "增", "降", "减")
_DIRECTION_VERB = {"up": "增长", "down": "下降"}
_RESULT_VERB = re.compile(r"(?:完成|实现|达到|达)$")


def figure_phrase(q: Quantity, *, with_indicator: bool = True) -> tuple[str, int, int]:
    """新建工会组织46家, 入会1150余人, 组建率达92.5%, 参赛职工约3400人次, 事故起数下降18%; with the
    number's offsets. A change keeps its direction: a fall is never written as a level (达18%)."""
    num = format_number(q.value)
    head = q.indicator if with_indicator else ""
    if q.earlier:  # 去年同期为8件次: an earlier level, of the figure before it in its unit
        head = q.earlier + "为"
    if q.direction and not head.endswith(CHANGE_VERBS):
        head = _RESULT_VERB.sub("", head) + _DIRECTION_VERB[q.direction]  # 零售总额完成 → 零售总额增长
    elif (
        with_indicator
        and unit_family(q.unit) == "ratio"
        and not head.endswith(("达", "为", "到", "的", *CHANGE_VERBS))
    ):
        head += "的" if head.startswith("完成") else "达"
    pre = {"under": "近", "about": "约"}.get(q.approx or "", "")
    tail = q.unit
    if q.approx == "over":
        tail = "余" + q.unit if unit_family(q.unit) != "ratio" and float(q.value) >= 10 else q.unit + "以上"
    if q.noun_first and with_indicator and head and not q.direction and unit_family(q.unit) == "count":
        # 44个热线电话: a measure word binds the noun after it, as the source said it
        return pre + num + tail + head, len(pre), len(pre) + len(num)
    start = len(head) + len(pre)
    return head + pre + num + tail, start, start + len(num)


def frame_from_dict(d: dict[str, Any], source: str) -> Frame:
    slots = tuple(Slot(s["indicator"], s.get("canonical"), s.get("unit", "")) for s in d.get("slots", ()))
    return Frame(d["text"], slots, d.get("topic"), source)


@cache
def bank() -> dict[str, Any]:
    """The shipped phrase bank: frames and connective phrasing, loaded once."""
    from corpus.lexicons import load

    frames = load("generate", "phrasebank/frames.yaml")
    words = load("generate", "phrasebank/connectives.yaml")
    return {"frames": tuple(frame_from_dict(d, "phrasebank") for d in frames["frames"]), **words}


def shipped_frames() -> tuple[Frame, ...]:
    return bank()["frames"]


def mine_text(text: str, source: str = "") -> list[Frame]:
    """Frames from one text: each sentence whose figures can all become slots."""
    from extract import figures_in

    figures = [f for f in figures_in(text) if f.value is not None and not f.placeholder]
    by_sentence: dict[str, list[Any]] = {}
    for f in figures:
        if f.sentence:
            by_sentence.setdefault(f.sentence, []).append(f)
    frames: dict[str, Frame] = {}
    for sentence, figs in by_sentence.items():
        frame = _frame(sentence, figs, source)
        if frame is not None:
            frames.setdefault(frame.text, frame)
    return list(frames.values())


def _frame(sentence: str, figs: list[Any], source: str) -> Frame | None:
    if len(figs) > 3 or len(sentence) > 120 or any(f.change or f.baseline is not None for f in figs):
        return None
    spans: list[tuple[int, int, Any]] = []
    cursor = 0
    for f in sorted(figs, key=lambda f: f.start):
        i = sentence.find(f.text, cursor)
        if i < 0 or not f.indicator:
            return None
        s, e = i, i + len(f.text)
        if f.indicator not in f.text:
            j = sentence.rfind(f.indicator, cursor, s)
            if j < 0 or s - (j + len(f.indicator)) > 3:
                return None
            s = j
        if m := _APPROX_BEFORE.search(sentence[cursor:s]):
            s -= len(m[0])
        if m := _APPROX_AFTER.match(sentence[e:]):
            e += len(m[0])
        # the figure phrase must be a clause of its own (…，新建工会组织38家，…): replacing it with
        # another indicator and number then still reads as Chinese
        if e < len(sentence) and sentence[e] not in _CLAUSE_BOUNDARY:
            return None
        lead = max((sentence.rfind(c, 0, s) for c in _CLAUSE_BOUNDARY), default=-1)
        if not _LEAD_WORDS.match(sentence[lead + 1 : s].strip()):
            return None
        spans.append((s, e, f))
        cursor = e
    parts, pos = [], 0
    for n, (s, e, _) in enumerate(spans):
        parts.append(sentence[pos:s] + "{" + str(n) + "}")
        pos = e
    parts.append(sentence[pos:])
    text = _LEAD_MARKER.sub("", "".join(parts)).strip().translate(_TO_FULLWIDTH)
    residual = _SLOT.sub("", text)
    if LEFTOVER_NUMBER.search(residual) or _BLANK_LEFT.search(residual) or "{" in residual or "}" in residual:
        return None
    if not text or text[-1] not in _SENTENCE_END or len(residual) < 4 or text.startswith("其中"):
        return None
    text = text[:-1] + "。"
    slots = tuple(Slot(f.indicator, f.canonical, f.unit) for _, _, f in spans)
    return Frame(text, slots, figs[0].topic, source)


def mine_corpus(paths: Iterable[str | Path]) -> tuple[list[Frame], list[str]]:
    """Frames mined from folders or files of past summaries (``corpus.load``), and a note per input
    that could not be read."""
    from corpus import load
    from corpus.records import Failure

    frames: list[Frame] = []
    failures: list[str] = []
    for item in load([str(p) for p in paths]):
        if isinstance(item, Failure):
            failures.append(f"corpus: {item.message()}")
            continue
        frames += mine_text(item.text, item.source)
    return frames, failures
