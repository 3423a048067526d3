"""Data → draft: the structure of a real 工作总结, every figure bound to its indicator and traceable.

Title (organisation + period + 工作总结), an opening paragraph in the reporter's voice (a union, a
government, an enterprise, a school), one numbered section 一、二、三 per topic — what was done (the
data's ``work``), the figures, what it achieved (``effect``) —, the shortcomings, the plan for the
next period (targets among the figures go there), signature and date.

Figures go into frames (``phrases``) only where they bind to the frame's slots (``choose``); the rest
are written plainly, indicator + number + unit, side by side as their source sentence had them, so a
change stays with the level it changes (地区生产总值24.3亿元，比上年增长11.5%). An indicator that is not a
well-formed phrase (标单位, 均增长: ``corpus.phrases``) is widened to the word it cuts or left out, and
either way listed in the draft's review list. Every figure is written by ``figure_phrase`` and
recorded as a ``Piece`` with the offsets of its number.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from corpus.numerals import chinese_numeral
from corpus.phrases import fragment_reason, fuses, rest_head, widen
from generate.choose import FrameChooser
from generate.data import ACTIVITY_TOPIC, DraftData, Event, Quantity, Topic, chinese_date
from generate.phrases import (
    CHANGE_VERBS,
    LEFTOVER_NUMBER,
    Frame,
    bank,
    figure_phrase,
    format_number,
    shipped_frames,
    unit_family,
)
from generate.plan import Block, Draft, TextBuilder

_PERIOD_KIND = re.compile(r"^\d{4}(H[12]|Q[1-4])?$")
_ENUMERATE_FROM = 3  # a paragraph of this many figure sentences and no prose enumerates 一是/二是
_PLAIN_GROUP = 2
MAIN_WORK = "主要工作"
_RESULTS_GROUP = 5  # figures of one topic in one sentence; past that a second, led by 此外  # figures of the data file written side by side in one plain sentence


def _period_kind(period: str | None) -> str:
    m = _PERIOD_KIND.match(period or "")
    if not m:
        return "none"
    return m[1] or "year"


def _sentence(text: str) -> str:
    text = text.strip().rstrip("。；;，,.")
    return text + "。" if text else ""


Sentence = tuple[str, tuple]


class _Composer:
    def __init__(self, data: DraftData, frames: Sequence[Frame]) -> None:
        self.data = data
        self.words: dict[str, Any] = bank()
        self.genre = data.genre if data.genre in self.words["opening"] else "default"
        kind = _period_kind(data.period)
        self.period_kind = kind
        self.when = self.words["when"][kind]
        self.next = self.words["next"][kind]
        self.area = self.words["area"].get(data.level or "", "")
        self.chooser = FrameChooser(frames, area=self.area or None)
        self.notes: list[str] = []
        self.review: list[str] = list(data.dropped)
        self.turn = 0  # rotates the connective variants so sections do not repeat

    def pick(self, options: Sequence[str]) -> str:
        self.turn += 1
        return options[self.turn % len(options)]

    def fmt(self, template: str, **extra: str) -> str:
        text = template.format(
            org=self.data.org,
            period=self.data.period_label or self.when,
            when=self.when,
            next=self.next,
            area=self.area,
            **extra,
        )
        return text.lstrip("，")

    # --- figures ---------------------------------------------------------------------------
    def writable(self, q: Quantity, before: Sequence[Quantity] = ()) -> Quantity | None:
        """The figure with an indicator fit to be written, or None (and a review item) when it has none.
        ``before``: the figures of the topic already taken, in order."""
        cleaned = _clean(q)
        at = q.at if cleaned.indicator == q.indicator else None
        q = cleaned
        reason = fragment_reason(q.indicator, q.sentence, at)
        if reason is None or _rest_of_last(q, before):
            return q  # 其余工会组织3家 after 社区工会组织10家: written in that sentence (_plain_groups)
        whole = _share_of(q, at)
        if whole is not None:  # 占应建工会数40家的105%: a share of a whole the sentence names
            return replace(q, indicator=whole, canonical=None, share=True)
        wider = widen(q.indicator, q.sentence, at) if q.sentence and q.indicator else None
        said = f"{q.indicator or '（无指标）'}{format_number(q.value)}{q.unit}"
        both = _coordinated(q, at) if wider is None and reason.startswith("cut at a 、") else None
        if both:  # 甲企业、乙企业358户: the count is both items'
            self.review.append(f"指标已补全：{said} 写作“{both}”（原指标{reason}，数字为两项共有；原句：{q.sentence[:50]}）")
            return replace(q, indicator=both)
        if wider:
            self.review.append(f"指标已补全：{said} 写作“{wider}”（原指标{reason}；原句：{q.sentence[:50]}）")
            return replace(q, indicator=wider)
        where = f"；原句：{q.sentence[:50]}" if q.sentence else ""
        self.review.append(f"未写入：{said}（指标不成词：{reason}{where}）")
        return None

    def plain(self, figures: Sequence[Quantity]) -> Sentence:
        b = TextBuilder()
        skip = False
        alone = False  # a sentence of changes the data names by their relation word alone has begun
        for n, q in enumerate(figures):
            if skip:
                skip = False
                continue
            if n and _bare_change(q) and not alone:
                # …去年同期为161人次。与去年同期相比，递减58.3%: the data does not say what fell, so the
                # draft does not put it after the figure before as that figure's change
                earlier = next((p.earlier for p in figures[:n] if p.earlier), "")
                b.add("。" + (f"与{earlier}相比，" if earlier else ""))
                alone = True
            elif n:
                b.add("，")
            after = figures[n + 1] if n + 1 < len(figures) else None
            if q.share or (after is not None and after.share and after.indicator == q.indicator):
                # 应建工会数40家 and the share of it after: one clause, 为应建工会数40家的105%
                skip = self._share(b, q, after)
                continue
            if n and q.direction and not _bare_change(q) and _same_stem(figures[n - 1].indicator, q.indicator):
                # 生产总值完成42.3亿元，增长8%: the change of the figure before, its name said once
                phrase, ns, ne = figure_phrase(replace(q, indicator=""))
                b.add_figure(q, phrase, ns, ne)
                continue
            self._clause(b, q)
        b.add("。")
        return b.build()

    def _share(self, b: TextBuilder, q: Quantity, rate: Quantity | None) -> bool:
        """为应建工会数40家的105%, 为年初任务的8%, 应建工会数40家: a whole and the share of it the
        figure before is; True when ``rate`` was written with it."""
        ratio = unit_family(q.unit) == "ratio"
        if not ratio and rate is not None and rate.share and rate.indicator == q.indicator and unit_family(rate.unit) == "ratio":
            phrase, ns, ne = figure_phrase(replace(q, direction=None))
            b.add("为").add_figure(q, phrase, ns, ne).add("的")
            phrase, ns, ne = figure_phrase(rate, with_indicator=False)
            b.add_figure(rate, phrase, ns, ne)
            return True
        if ratio:
            phrase, ns, ne = figure_phrase(q, with_indicator=False)
            b.add(f"为{q.indicator}的").add_figure(q, phrase, ns, ne)
        else:
            phrase, ns, ne = figure_phrase(q)
            b.add_figure(q, phrase, ns, ne)
        return False

    def _clause(self, b: TextBuilder, q: Quantity) -> None:
        phrase, ns, ne = figure_phrase(q)
        b.add_figure(q, phrase, ns, ne)
        if q.change is not None:
            phrase, ns, ne = figure_phrase(q.change)
            b.add("，").add_figure(q.change, phrase, ns, ne)
        if q.of_target is not None:  # 收缴工会经费1835万元，全年目标任务3260万元
            t = q.of_target
            num = format_number(t.value)
            b.add(f"，{self.words['target_lead'][self.period_kind]}").add_figure(t, num + t.unit, 0, len(num))

    def results_sentences(self, figures: Sequence[Quantity]) -> list[Sentence]:
        """上半年，新建基层工会组织46家，同比增长12.2%，新发展工会会员2870人……: the period word once."""
        out = []
        for n in range(0, len(figures), _RESULTS_GROUP):
            b = TextBuilder().add(f"{self.when}，" if n == 0 and self.when else "")
            if n:
                b.add(self.words["results_more"])
            for k, q in enumerate(figures[n : n + _RESULTS_GROUP]):
                if k:
                    b.add("，")
                self._clause(b, q)
            out.append(b.add("。").build())
        return out

    def framed(self, frame: Frame, figures: Sequence[Quantity], when: str) -> Sentence:
        phrases = [(q, *figure_phrase(q)) for q in figures]
        text, placed = frame.fill(phrases, when, self.area)
        b = TextBuilder()
        pos = 0
        for fig, s, e in placed:
            b.add(text[pos:s]).add_figure(fig, text[s:e], 0, e - s)
            pos = e
        b.add(text[pos:])
        return b.build()

    def figure_sentences(self, topic: str, figures: Sequence[Quantity]) -> list[Sentence]:
        """Frames where the figures bind, plain sentences for the rest, in the data's order."""
        shared = {q.sentence for q in figures if q.share}
        left = [q for q in figures if q.sentence not in shared]
        rest = [q for q in figures if q.sentence in shared]
        placed: list[tuple[int, Sentence]] = []
        when = self.when
        while left:
            picked = self.chooser.choose(topic, left)
            if picked is None:
                break
            frame, order = picked
            figs = [left[n] for n in order]
            placed.append((min(figures.index(q) for q in figs), self.framed(frame, figs, when)))
            if "{when}" in frame.text:
                when = ""  # the period word once a section: no 一是上半年…二是上半年…
            left = [q for q in left if all(q is not f for f in figs)]
        for group in _plain_groups([q for q in figures if any(q is f for f in left + rest)]):
            if group[0].share and unit_family(group[0].unit) == "ratio":
                self.review.extend(_unrelated(group[0]))  # a share with no figure before it says nothing
                group = group[1:]
                if not group:
                    continue
            placed.append((figures.index(group[0]), self.plain(group)))
        return [s for _, s in sorted(placed, key=lambda p: p[0])]

    def activity_sentence(self, a: Event) -> Sentence:
        act = self.words["activity"]
        date = chinese_date(a.date) if a.date else ""
        year = (self.data.period or "")[:4]
        if year and date.startswith(year + "年"):
            date = date[len(year) + 1 :]  # 3月12日 within the period's own year
        action = a.action or act["default_action"]
        if a.participants is None:
            return _lead(self.pick(act["without_participants"]).format(date=date, action=action, event=a.event)), ()
        who = next(word for key, word in act["participants"] if re.search(key, a.event))
        q = replace(a.participants, indicator=who)
        template = self.pick(act["with_participants"])
        head, tail = template.split("{participants}")
        phrase, ns, ne = figure_phrase(q)
        b = TextBuilder().add(_lead(head.format(date=date, action=action, event=a.event)))
        b.add_figure(q, phrase, ns, ne).add(tail)
        return b.build()

    # --- blocks ----------------------------------------------------------------------------
    def sections(self, topics: Sequence[Topic]) -> list[Topic]:
        """The data's topics; for a reporter other than a union, the topics a union's summary has
        (the extractor's classes: 维权, 帮扶 …) are one section of its main work, not a union's headings."""
        if self.genre == "union":
            return list(topics)
        mixed = [t for t in topics if t.name != ACTIVITY_TOPIC and not t.heading and not t.work]
        if len(mixed) < 1:
            return list(topics)
        merged = Topic(
            MAIN_WORK,
            tuple(q for t in mixed for q in t.figures),
            tuple(a for t in mixed for a in t.activities),
            heading=self.words["main_work"][self.genre],
        )
        out, placed = [], False
        for t in topics:
            if t in mixed:
                if not placed:
                    out.append(merged)
                    placed = True
            else:
                out.append(t)
        return out

    def topic_name(self, topic: Topic) -> str:
        return self.words["topic_aliases"].get(topic.name, topic.name)

    def heading(self, topic: Topic) -> str:
        if topic.heading:
            return topic.heading
        name = self.topic_name(topic)
        options = self.words["headings"].get(name)
        union_only = name in self.words["union_topics"] and self.genre != "union"
        if options and not union_only:
            return self.pick(options)
        return self.pick(self.words["generic_headings"]).format(topic=topic.name)

    def paragraph(self, sentences: list[Sentence], section: str, enumerate_: bool, lead: str = "") -> Block:
        marks = self.words["enumerators"]
        if enumerate_ and any(fuses(marks[n % len(marks)], t) for n, (t, _) in enumerate(sentences)):
            enumerate_ = False  # 二是非公企业 reads as 是非: no enumerators rather than a misread word
        b = TextBuilder().add(lead)
        for n, (text, pieces) in enumerate(sentences):
            if enumerate_:
                b.add(self.words["enumerators"][n % len(self.words["enumerators"])])
                if n < len(sentences) - 1 and text.endswith("。"):
                    text = text[:-1] + "；"
            b.extend(text, pieces)
        text, pieces = b.build()
        return Block("body", text, pieces, section)

    def topic_blocks(self, n: int, topic: Topic) -> list[Block]:
        figures: list[Quantity] = []
        for q in topic.results:
            if (w := self.writable(q, figures)) is not None:
                figures.append(w)
        acts = []
        for a in topic.activities:
            a = _participants_out(a)
            if LEFTOVER_NUMBER.search(a.event):  # the event's own number is not a data figure
                self.review.append(f"未写入活动（名称含数字）：{a.event}")
            else:
                acts.append(self.activity_sentence(a))
        if topic.work:  # the data says what was done: the figures follow it plainly, no frame's words
            figs = self.results_sentences(figures)
        else:
            figs = self.figure_sentences(self.topic_name(topic), figures)
        if not figs and not acts and not topic.work:
            return []
        blocks = [Block("heading1", f"{chinese_numeral(n)}、{self.heading(topic)}", (), topic.name)]
        work = "".join(_sentence(w) for w in topic.work)
        effect = _sentence(topic.effect or "")
        if work:
            body = figs + acts
            blocks.append(self.paragraph(body, topic.name, False, lead=work))
        else:
            if figs:
                blocks.append(self.paragraph(figs, topic.name, len(figs) >= _ENUMERATE_FROM))
            if acts:
                blocks.append(self.paragraph(acts, topic.name, len(acts) >= _ENUMERATE_FROM))
        if effect:
            last = blocks[-1]
            blocks[-1] = replace(last, text=last.text + effect)
        return blocks

    def compose(self) -> Draft:
        d = self.data
        blocks = [Block("title", d.title or f"{d.org}{d.period_label}工作总结")]
        blocks.append(Block("opening", d.opening or self.fmt(self.pick(self.words["opening"][self.genre]))))
        n = 0
        for topic in self.sections(d.topics):
            made = self.topic_blocks(n + 1, topic)
            if made:
                n += 1
                blocks += made
        if d.problems:
            n += 1
            words = self.words["problems"]
            blocks.append(Block("heading1", f"{chinese_numeral(n)}、{words['heading']}", (), "问题"))
            items = [(_sentence(p), ()) for p in d.problems]
            intro = self.fmt(self.pick(words["intro"]))
            blocks.append(self.paragraph(items, "问题", len(items) > 1, lead=intro))
        targets = [w for t in d.topics for q in t.targets if (w := self.writable(q)) is not None]
        if d.plans or targets:
            n += 1
            words = self.words["plans"]
            blocks.append(
                Block("heading1", f"{chinese_numeral(n)}、{self.fmt(self.pick(words['heading']))}", (), "计划")
            )
            items: list[Sentence] = [(_sentence(p), ()) for p in d.plans]
            for q in targets:
                phrase, ns, ne = figure_phrase(q)
                head, tail = self.pick(words["target"]).split("{0}")
                items.append(TextBuilder().add(head).add_figure(q, phrase, ns, ne).add(tail).build())
            intro = self.fmt(self.pick(words["intro"]))
            blocks.append(self.paragraph(items, "计划", len(items) > 1, lead=intro))
            blocks.append(Block("body", self.fmt(self.pick(self.words["closing"][self.genre])), (), "计划"))
        sig = d.signature
        blocks.append(Block("signature", sig.org if sig else d.org))
        if sig and sig.date:
            blocks.append(Block("date", chinese_date(sig.date)))
        return Draft(tuple(blocks), tuple(self.notes), tuple(dict.fromkeys(self.review)))


_BARE_CHANGE = re.compile(rf"(?:分别|同比)?(?:{'|'.join(v for v in CHANGE_VERBS if len(v) > 1)})")


def _bare_change(q: Quantity) -> bool:
    """A change the data names by its relation word alone (递减58.3%): what changed it does not say."""
    return bool(q.direction) and bool(_BARE_CHANGE.fullmatch(q.indicator))


def _same_stem(level: str, change: str) -> bool:
    """Whether a change's indicator names the level before it (地区生产总值 / 地区生产总值增长)."""
    stem = re.sub(r"(?:完成|实现|达到|达|同比|比上年|较上年)?(?:增长|下降|增加|减少|提高|降低)?$", "", change)
    base = re.sub(r"(?:完成|实现|达到|达)$", "", level)
    return len(stem) >= 2 and (stem in base or base in stem)


_SHARE_HEAD = "占"


def _share_of(q: Quantity, at: int | None) -> str | None:
    """The whole a share names, when the indicator is 占 + a well-formed phrase standing after another
    figure of the sentence (…42家，占应建工会数40家的105%; …2.5万元，占年初任务的8%)."""
    if not q.indicator.startswith(_SHARE_HEAD) or not q.sentence:
        return None
    whole = q.indicator[len(_SHARE_HEAD) :]
    start = at if at is not None else q.sentence.find(q.indicator)
    if start <= 0 or not re.search(r"[0-9０-９][^，,。；;]*[，,]$", q.sentence[:start]):
        return None  # no figure before it in the sentence to be a share of
    return whole if fragment_reason(whole, q.sentence, start + len(_SHARE_HEAD)) is None else None


_COORDINATED_COUNT = re.compile(r"[0-9０-９]|[一二三四五六七八九十两]+[个家名人件项户所]")


def _coordinated(q: Quantity, at: int | None) -> str | None:
    """Both items of a coordination that share the figure after the second (甲企业、乙企业358户 →
    甲企业和乙企业): the item before the 、 as many words long as the indicator and ending in its last
    word, with no number of its own and no item before it. None where the sentence is not so."""
    from extract.segment import lcut

    sentence, name = q.sentence, q.indicator
    s = at if at is not None else sentence.find(name)
    e = s + len(name)
    if s < 2 or sentence[s - 1] != "、" or not _COORDINATED_COUNT.match(sentence, e):
        return None
    own = lcut(name)
    words = lcut(sentence[: s - 1])
    item = "".join(words[-len(own) :])
    lead = sentence[: s - 1 - len(item)]
    if len(words) < len(own) or words[-1] != own[-1] or len(item) < 2:
        return None
    if re.search(r"[0-9０-９，,。；;：:、和及与]", item) or re.search(r"[、和及与0-9０-９]$", lead):
        return None  # 甲、乙、丙企业 or 12家甲企业: not two whole items sharing one count
    if fragment_reason(item) is not None:
        return None
    return f"{item}和{name}"


def _unrelated(q: Quantity) -> list[str]:
    return [f"未写入：占{q.indicator}的{format_number(q.value)}{q.unit}（前面没有它所占的数字）"]


def _participants_out(a: Event) -> Event:
    """The event without the clause that counts who took part in it (有60位教师参加的书法比赛 → 书法比赛):
    its participants are written as the activity's, not as a number inside its name."""
    p = a.participants
    if p is None:
        return a
    count = re.escape(format_number(p.value)) + r"(?:多|余)?" + re.escape(p.unit)
    m = re.match(rf"^有?(?:[^，。；]{{0,8}}的)?{count}[^，。；\d]{{0,10}}?参加的?", a.event)
    rest = a.event[m.end() :] if m else ""
    return replace(a, event=rest) if len(rest) >= 2 else a


def _lead(text: str) -> str:
    """A sentence whose date is unknown starts with its verb, not with a comma."""
    return text.lstrip("，")


def _rest_of_last(q: Quantity, before: Sequence[Quantity]) -> bool:
    """Whether ``q`` counts the rest (其余工会组织) of what a figure of the last sentence before it names
    (社区工会组织10家): written in that sentence, 其余 says which."""
    head = rest_head(q.indicator)
    if head is None or not before or not q.sentence or before[-1].sentence == q.sentence:
        return False
    rest = q.indicator[len(head) :]
    last = before[-1].sentence
    return len(rest) >= 2 and any(p.sentence == last and p.indicator.endswith(rest) for p in before)


def _plain_groups(figures: Sequence[Quantity]) -> list[list[Quantity]]:
    """Figures read from one sentence stay together (a level and its change); data-file figures in
    pairs; the rest (其余工会组织3家) joins the sentence that names the others."""
    groups: list[list[Quantity]] = []
    for q in figures:
        last = groups[-1] if groups else None
        if last and q.sentence and last[-1].sentence == q.sentence:
            last.append(q)
        elif last and _rest_of_last(q, last):
            last.append(q)
        elif last and not q.sentence and not last[-1].sentence and len(last) < _PLAIN_GROUP:
            last.append(q)
        else:
            groups.append([q])
    return groups


def _clean(q: Quantity) -> Quantity:
    """An indicator that itself holds a number (四大家领导…) would add a figure: use the canonical
    name, or the wording without the number."""
    if not LEFTOVER_NUMBER.search(q.indicator) or _one_figure(figure_phrase(q)[0]):
        return q  # 亿元以上项目1000个: a unit's name in the indicator is no figure of its own
    if q.canonical and not LEFTOVER_NUMBER.search(q.canonical):
        return replace(q, indicator=q.canonical)
    return replace(q, indicator=LEFTOVER_NUMBER.sub("", q.indicator))


def _one_figure(phrase: str) -> bool:
    from extract import figures_in

    return len([f for f in figures_in(phrase + "。") if f.value is not None]) == 1


def compose(data: DraftData, frames: Sequence[Frame] = (), *, read_back: bool = True) -> Draft:
    """A draft of ``data``: ``frames`` mined from the user's archive first, the shipped bank after.

    With ``read_back`` the draft is read again by the extractor, as the evaluation and the next
    user will read it: a figure that reads back under another indicator, or under one that is not a
    well-formed phrase, is taken out (and listed for review) and the draft composed again, so what is
    written binds."""
    frames = (*frames, *shipped_frames())
    draft = _Composer(data, frames).compose()
    for _ in range(_READ_BACK_ROUNDS if read_back else 0):
        wrong = misread(draft)
        if not wrong:
            break
        # a count is tried once more number first (热线电话44个 reads as a phone line's number, 44个热线
        # 电话 as the source said it), then left out
        again = [q for q, _ in wrong if _turnable(q)]
        gone = [(q, why) for q, why in wrong if not _turnable(q)]
        data = _noun_first(data, again)
        data = _without(data, [q for q, _ in gone])
        data = replace(data, dropped=data.dropped + tuple(why for _, why in gone))
        draft = _Composer(data, frames).compose()
    return draft


_READ_BACK_ROUNDS = 5


def _turnable(q: Quantity) -> bool:
    """A count not yet written number first, with a noun to follow its measure word."""
    plain = not q.noun_first and not q.direction and not q.share
    return plain and bool(q.indicator) and unit_family(q.unit) == "count"


def misread(draft: Draft) -> list[tuple[Quantity, str]]:
    """Figures of ``draft`` the extractor reads back under an indicator that does not bind to theirs,
    or that is a fragment, with why (in the review's words)."""
    from extract import figures_in
    from generate.binding import THRESHOLD, agreement

    placed = {p.start: p.figure for p in draft.placed}
    out: list[tuple[Quantity, str]] = []
    read = [f for f in figures_in(draft.text) if f.value is not None and not f.placeholder]
    starts = {f.start for f in read}
    for start, q in placed.items():
        if start not in starts:  # 热线电话44个: the extractor takes it for a line's number, not a figure
            said = f"{q.indicator}{format_number(q.value)}{q.unit}"
            out.append((q, f"未写入：{said}（写入后再读，没有读作数字）"))
    for f in read:
        q = placed.get(f.start)
        if q is None:
            continue
        said = f"{q.indicator}{format_number(q.value)}{q.unit}"
        reason = fragment_reason(f.indicator or "", f.sentence)
        if reason is not None:
            out.append((q, f"未写入：{said}（写入后再读，指标成为“{f.indicator or ''}”，{reason}）"))
        elif max(
            agreement(f.indicator or "", f.canonical, q.indicator, q.canonical),
            agreement(f.indicator or "", None, q.canonical or "", None) if q.direction else 0.0,
        ) < THRESHOLD:
            out.append((q, f"未写入：{said}（写入后再读，数字归到了“{f.indicator}”名下）"))
    return out


def _same_figure(q: Quantity) -> tuple:
    """A figure as the data holds it, whatever wording the composer gave it (widened, cleaned)."""
    return (q.topic, q.value, q.unit, q.direction, q.target, q.sentence or q.indicator)


def _noun_first(data: DraftData, figures: Sequence[Quantity]) -> DraftData:
    turn = {_same_figure(f) for f in figures}
    def turned(q: Quantity) -> Quantity:
        return replace(q, noun_first=True) if _same_figure(q) in turn else q

    topics = tuple(replace(t, figures=tuple(map(turned, t.figures))) for t in data.topics)
    return replace(data, topics=topics)


def _without(data: DraftData, figures: Sequence[Quantity]) -> DraftData:
    gone = {_same_figure(f) for f in figures}

    def keep(q: Quantity) -> bool:
        return _same_figure(q) not in gone

    topics = []
    for t in data.topics:
        figs = []
        for q in t.figures:
            if not keep(q):
                continue
            change = q.change if q.change is None or keep(q.change) else None
            goal = q.of_target if q.of_target is None or keep(q.of_target) else None
            figs.append(replace(q, change=change, of_target=goal))
        acts = tuple(a if a.participants is None or keep(a.participants) else replace(a, participants=None) for a in t.activities)
        topics.append(replace(t, figures=tuple(figs), activities=acts))
    return replace(data, topics=tuple(topics))
