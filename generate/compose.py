"""Data → draft: the structure of a real 工作总结, every figure traceable.

Title (organisation + period + 工作总结), an opening paragraph, one numbered section 一、二、三 per topic
(一是/二是 where a topic has several sentences, （一）（二） where it has figures and activities enough),
the shortcomings, the plan for the next period (targets among the figures go there), signature and
date. Sentences come from frames (``phrases``) chosen for the data (``choose``); the connective
phrasing from the phrase bank. Every figure is written by ``figure_phrase`` and recorded as a
``Piece`` with the offsets of its number.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from generate.choose import FrameChooser
from generate.data import DraftData, Event, Quantity, Topic, chinese_date
from generate.phrases import LEFTOVER_NUMBER, Frame, bank, figure_phrase, shipped_frames
from generate.plan import Block, Draft, TextBuilder

_DIGITS = "零一二三四五六七八九"
_PERIOD_KIND = re.compile(r"^\d{4}(H[12]|Q[1-4])?$")
_FALLBACK = Frame("{0}。", (), None, "builtin")
_RICH_SENTENCES = 3  # from this many sentences a topic's paragraph enumerates 一是/二是
_SPLIT_ITEMS = 6  # from this many figures + activities a topic gets （一）（二） sub-sections


def chinese_number(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 20 → 二十 (section numbers)."""
    if n < 10:
        return _DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else _DIGITS[tens]) + "十" + ("" if ones == 0 else _DIGITS[ones])


def _period_kind(period: str | None) -> str:
    m = _PERIOD_KIND.match(period or "")
    if not m:
        return "none"
    return m[1] or "year"


class _Composer:
    def __init__(self, data: DraftData, frames: Sequence[Frame]) -> None:
        self.data = data
        self.words: dict[str, Any] = bank()
        kind = _period_kind(data.period)
        self.when = self.words["when"][kind]
        self.next = self.words["next"][kind]
        self.chooser = FrameChooser(frames)
        self.notes: list[str] = []
        self.turn = 0  # rotates the connective variants so sections do not repeat

    def pick(self, options: Sequence[str]) -> str:
        self.turn += 1
        return options[self.turn % len(options)]

    def fmt(self, template: str, **extra: str) -> str:
        return template.format(
            org=self.data.org,
            period=self.data.period_label or self.when,
            when=self.when,
            next=self.next,
            **extra,
        )

    # --- sentences -------------------------------------------------------------------------
    def figure_sentences(self, topic: str, figures: Sequence[Quantity]) -> list[tuple[str, tuple]]:
        out = []
        for group in _groups(len(figures), self.chooser.sizes()):
            figs = [figures[i] for i in group]
            picked = self.chooser.choose(topic, figs)
            if picked is None:
                if len(figs) > 1:
                    for f in figs:
                        out += self.figure_sentences(topic, [f])
                    continue
                frame, order = _FALLBACK, [0]
            else:
                frame, order = picked
            phrases = [(figs[n], *figure_phrase(_clean(figs[n]))) for n in order]
            text, placed = frame.fill(phrases, self.when)
            b = TextBuilder()
            pos = 0
            for fig, s, e in placed:
                b.add(text[pos:s]).add_figure(fig, text[s:e], 0, e - s)
                pos = e
            b.add(text[pos:])
            out.append(b.build())
        return out

    def activity_sentence(self, a: Event) -> tuple[str, tuple]:
        act = self.words["activity"]
        date = chinese_date(a.date) if a.date else self.when
        year = (self.data.period or "")[:4]
        if year and date.startswith(year + "年"):
            date = date[len(year) + 1 :]  # 3月12日 within the period's own year
        action = a.action or act["default_action"]
        if a.participants is None:
            return self.fmt(
                self.pick(act["without_participants"]), date=date, action=action, event=a.event
            ), ()
        template = self.pick(act["with_participants"])
        phrase, ns, ne = figure_phrase(a.participants, with_indicator=False)
        head, tail = template.split("{participants}")
        b = TextBuilder().add(self.fmt(head, date=date, action=action, event=a.event))
        head2, tail2 = act["participants_phrase"].split("{0}")
        b.add(head2).add_figure(a.participants, phrase, ns, ne).add(tail2)
        b.add(self.fmt(tail, date=date, action=action, event=a.event))
        return b.build()

    # --- blocks ----------------------------------------------------------------------------
    def heading(self, topic: Topic) -> str:
        if topic.heading:
            return topic.heading
        name = self.words["topic_aliases"].get(topic.name, topic.name)
        options = self.words["headings"].get(name)
        if options:
            return self.pick(options)
        return self.pick(self.words["generic_headings"]).format(topic=topic.name)

    def paragraph(self, sentences: list[tuple[str, tuple]], section: str, enumerate_: bool) -> Block:
        b = TextBuilder()
        for n, (text, pieces) in enumerate(sentences):
            if enumerate_:
                b.add(self.words["enumerators"][n % len(self.words["enumerators"])])
                if n < len(sentences) - 1 and text.endswith("。"):
                    text = text[:-1] + "；"
            b.extend(text, pieces)
        text, pieces = b.build()
        return Block("body", text, pieces, section)

    def topic_blocks(self, n: int, topic: Topic) -> list[Block]:
        blocks = [Block("heading1", f"{chinese_number(n)}、{self.heading(topic)}", (), topic.name)]
        figs = self.figure_sentences(topic.name, topic.results)
        acts = []
        for a in topic.activities:
            if LEFTOVER_NUMBER.search(a.event):  # the event's own number is not a data figure
                self.notes.append(f"activity left out (its wording holds a number): {a.event}")
            else:
                acts.append(self.activity_sentence(a))
        if figs and acts and len(topic.results) + len(topic.activities) >= _SPLIT_ITEMS:
            subs = self.words["subheadings"]
            lead = topic.name
            blocks.append(
                Block("heading2", self.pick(subs["figures"]).format(n="一", lead=lead), (), topic.name)
            )
            blocks.append(self.paragraph(figs, topic.name, len(figs) >= _RICH_SENTENCES))
            blocks.append(
                Block("heading2", self.pick(subs["activities"]).format(n="二", lead=lead), (), topic.name)
            )
            blocks.append(self.paragraph(acts, topic.name, len(acts) >= _RICH_SENTENCES))
        else:
            sentences = figs + acts
            blocks.append(self.paragraph(sentences, topic.name, len(sentences) >= _RICH_SENTENCES))
        return blocks

    def compose(self) -> Draft:
        d = self.data
        blocks = [Block("title", d.title or f"{d.org}{d.period_label}工作总结")]
        blocks.append(Block("opening", d.opening or self.fmt(self.pick(self.words["opening"]))))
        n = 0
        for topic in d.topics:
            if not topic.results and not topic.activities:
                continue
            n += 1
            blocks += self.topic_blocks(n, topic)
        if d.problems:
            n += 1
            words = self.words["problems"]
            blocks.append(Block("heading1", f"{chinese_number(n)}、{words['heading']}", (), "问题"))
            items = [(_clause(p) + "。", ()) for p in d.problems]
            intro = self.fmt(self.pick(words["intro"]))
            body = self.paragraph(items, "问题", len(items) > 1)
            blocks.append(Block("body", intro + body.text, _shift(body.pieces, len(intro)), "问题"))
        targets = [f for t in d.topics for f in t.targets]
        if d.plans or targets:
            n += 1
            words = self.words["plans"]
            blocks.append(
                Block("heading1", f"{chinese_number(n)}、{self.fmt(self.pick(words['heading']))}", (), "计划")
            )
            items: list[tuple[str, tuple]] = [(_clause(p) + "。", ()) for p in d.plans]
            for f in targets:
                phrase, ns, ne = figure_phrase(f)
                head, tail = self.pick(words["target"]).split("{0}")
                items.append(TextBuilder().add(head).add_figure(f, phrase, ns, ne).add(tail).build())
            intro = self.fmt(self.pick(words["intro"]))
            body = self.paragraph(items, "计划", len(items) > 1)
            blocks.append(Block("body", intro + body.text, _shift(body.pieces, len(intro)), "计划"))
            blocks.append(Block("body", self.fmt(self.pick(words["closing"])), (), "计划"))
        sig = d.signature
        blocks.append(Block("signature", sig.org if sig else d.org))
        if sig and sig.date:
            blocks.append(Block("date", chinese_date(sig.date)))
        return Draft(tuple(blocks), tuple(self.notes))


def _clean(q: Quantity) -> Quantity:
    """An indicator that itself holds a number (四大家领导…) would add a figure: use the canonical
    name, or the wording without the number."""
    from dataclasses import replace

    if not LEFTOVER_NUMBER.search(q.indicator):
        return q
    if q.canonical and not LEFTOVER_NUMBER.search(q.canonical):
        return replace(q, indicator=q.canonical)
    return replace(q, indicator=LEFTOVER_NUMBER.sub("", q.indicator))


def _clause(text: str) -> str:
    return text.strip().rstrip("。；;，,.")


def _shift(pieces: tuple, by: int) -> tuple:
    from dataclasses import replace

    return tuple(replace(p, start=p.start + by, end=p.end + by) for p in pieces)


def _groups(n: int, sizes: set[int]) -> list[list[int]]:
    """Figure indices in sentence groups: pairs, with a triple at the end for an odd count."""
    if n == 0:
        return []
    out, i = [], 0
    while n - i > 0:
        left = n - i
        size = 3 if left == 3 and 3 in sizes else (2 if left >= 2 and 2 in sizes else 1)
        out.append(list(range(i, i + size)))
        i += size
    return out


def compose(data: DraftData, frames: Sequence[Frame] = ()) -> Draft:
    """A draft of ``data``: ``frames`` mined from the user's archive first, the shipped bank after."""
    return _Composer(data, (*frames, *shipped_frames())).compose()
