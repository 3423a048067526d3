"""Is an indicator a well-formed phrase, or a fragment cut out of its sentence at the wrong place?

The extractor reads what a figure counts as a span of its sentence (新建工会组织 in 新建工会组织38家).
A span that starts or ends inside a word (标单位 of 达标单位, 级工会 of 各级工会, 均增长 of 年均增长), that
begins or ends with a function word (的目标, 产业结构由), or that stops at a 、 of a coordination
(慰问省 of 慰问省、市劳模, 市劳模 of 省、市劳模) is a fragment: written elsewhere as if it were a phrase it
reads wrong. Not fragments: a Latin acronym (CPI), an item of a coordination whose neighbour across the 、
has its own number (…建议9件、省政协提案553件), a phrase whose first character is part of a word
(所有者权益, 其他方面) and one that stops before its copula (占比达18.9%, however jieba reads 比达). Word boundaries come from jieba, the segmenter the extractor uses; the function words are
data (``lexicons/phrases.yaml``). Both drafting (which must not write a fragment as a phrase) and the
draft scores (which count them) ask this one function.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

_HAS_CJK = re.compile(r"[\u4e00-\u9fff]")
# a Latin acronym names what it counts (CPI, GDP, PM2.5): short, but a name
_ACRONYM = re.compile(r"[A-Z][A-Z0-9.]*[A-Z0-9]")
_COORDINATION = "、"
# a 、 between two figures (…提案12件、建议30件…, 共有45家企业、2000名职工): the items on either
# side are whole, each with its own number, and share no head
_FIGURE_BEFORE = re.compile(r"[0-9０-９][%％\u4e00-\u9fff/／]{0,3}$")
_FIGURE_AFTER = re.compile(r"^(?:[0-9０-９]|[一二三四五六七八九十两]+[个家名人件项])")
# the phrase's own number stands right before it (1500平方米的职工活动中心): it shares no figure after it
_OWN_FIGURE_BEFORE = re.compile(r"[0-9０-９][\u4e00-\u9fff]{0,4}的$")
_ENUMERATOR = re.compile(r"((?<![\u4e00-\u9fff])[一二三四五六七八九十]+是|(?<=[，,；;。])[一二三四五六七八九十]+是)")


@cache
def _words() -> dict[str, Any]:
    from corpus.lexicons import load

    raw = load("corpus.lexicons", "phrases.yaml")
    return {k: frozenset(v) for k, v in raw.items()}


@cache
def _boundaries(sentence: str) -> frozenset[int]:
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    cuts, pos = {0}, 0
    # an enumerator (二是, 三是) is cut off first: jieba would read 二是非公企业 as 二/是非/公企业
    for piece in _ENUMERATOR.split(sentence):
        for word in jieba.cut(piece, HMM=False):
            pos += len(word)
            cuts.add(pos)
    return frozenset(cuts)


def fragment_reason(phrase: str, sentence: str = "", start: int | None = None) -> str | None:
    """Why ``phrase`` is not a well-formed indicator, or None when it is.

    With ``sentence`` (and ``start``, the phrase's offset in it, else its first occurrence) the
    phrase is also checked against the sentence's words and coordinations.
    """
    words = _words()
    p = phrase.strip()
    if (len(p) < 2 or not _HAS_CJK.search(p)) and not _ACRONYM.fullmatch(p):
        return "too short to say what is counted"
    if p in words["not_indicators"]:
        return f"{p} is a relation word, not what is counted"
    inside = next((w for w in words["bad_inside"] if w in p), None)
    if inside:
        return f"holds {inside}"
    head = next((w for w in words["bad_heads"] if p.startswith(w)), None)
    if head and not (head in words["rest_heads"] and _rest_of_named(p, head, sentence, start)):
        return f"begins with {head}"
    if p[0] in words["bad_first"] and _first_word(p) in (p[0], p):  # 所有者权益, 其他方面 begin with a word
        return f"begins with {p[0]}"
    if p[-1] in words["bad_last"] and not _ends_a_word(p):
        return f"ends with {p[-1]}"
    if not sentence:
        return None
    s = sentence.find(p) if start is None else start
    if s < 0 or sentence[s : s + len(p)] != p:
        return None
    e = s + len(p)
    cuts = _boundaries(sentence)
    if _shares_a_head(sentence, s, e, cuts):
        return "cut at a 、 of a coordination"
    if s not in cuts and not re.search(r"[0-9０-９][余多]?[\u4e00-\u9fff]$", sentence[:s]):
        # 12名单亲…: the word jieba reads across the start (名单) begins with the figure's unit
        return f"cuts the word at its start ({sentence[max(0, s - 2) : s + 2]})"
    if e not in cuts and not sentence[e : e + 1].isdigit() and not _copula_next(sentence, e):
        return f"cuts the word at its end ({sentence[max(0, e - 2) : e + 2]})"
    return None


def rest_head(phrase: str) -> str | None:
    """The head (其余) that ``phrase`` begins with when it refers back to items named before it, else None."""
    return next((w for w in _words()["rest_heads"] if phrase.startswith(w)), None)


def _rest_of_named(phrase: str, head: str, sentence: str, start: int | None) -> bool:
    """Whether ``sentence`` names, before ``phrase``, another of what it counts with its figure (社区工会组织
    10家，其余工会组织3家): ``head`` (其余) then says which, within the sentence."""
    rest = phrase[len(head) :]
    s = sentence.find(phrase) if start is None else start
    if len(rest) < 2 or s <= 0:
        return False
    return bool(re.search(re.escape(rest) + r"[0-9０-９]", sentence[:s]))


# jieba's tags of function words: a preposition, conjunction, adverb or time word (对于, 以及, 即将, 现在)
_FUNCTION_TAGS = ("p", "c", "d", "t", "u")


@cache
def _ends_a_word(phrase: str) -> bool:
    """Whether the phrase's last character, one of ``bad_last``, is the end of a content word (涉及, 惠及,
    诉讼标的, 结对) rather than a function word of its own (产业结构由, 受益的). A verb that ends in a
    preposition (用于, 属于, 予以) still wants its object."""
    import logging

    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    last = list(jieba.posseg.cut(phrase, HMM=False))[-1]
    if len(last.word) < 2 or last.word[-1] in _words()["preposition_ends"]:
        return False
    return not last.flag.startswith(_FUNCTION_TAGS)


def _first_word(phrase: str) -> str:
    return next(iter(_plain_words(phrase)), "")


def _copula_next(sentence: str, e: int) -> bool:
    """占比达18.9%: the phrase stops before a copula and its number; jieba reading 比达 as a word
    does not make 占比 a cut word."""
    return bool(_copula().match(sentence, e))


@cache
def _copula() -> re.Pattern[str]:
    """A copula, an approximation word maybe (达约25%), then the number."""
    words = _words()
    return re.compile(f"(?:{'|'.join(map(re.escape, words['copulas']))})+[0-9０-９]")


def _shares_a_head(sentence: str, s: int, e: int, cuts: frozenset[int]) -> bool:
    """省、市劳模: a one-character item of a coordination shares the head of its neighbour, so 慰问省 and
    市劳模 are pieces of 省劳模 and 市劳模. Whole items (税收收入、非税收入分别…) are phrases."""
    def single_before(k: int) -> bool:  # the word ending at k is one character (a quote mark is none)
        return k - 1 in cuts and k in cuts and bool(_HAS_CJK.match(sentence, k - 1))

    def single_after(k: int) -> bool:  # the word starting at k is one character
        return k in cuts and k + 1 in cuts and k < len(sentence) and bool(_HAS_CJK.match(sentence, k))

    def between_figures(k: int) -> bool:  # the 、 at k separates two figures
        return bool(_FIGURE_BEFORE.search(sentence[:k]) or _FIGURE_AFTER.match(sentence[k + 1 :]))

    def distributed(k: int) -> bool:  # 刑事立案数、电诈案件数分别下降…: 分别 gives each item its own figure
        return "分别" in sentence[k : k + 40]

    # 900平方米的活动中心、…: the phrase's own number counts it already
    own_before = bool(_OWN_FIGURE_BEFORE.search(sentence, 0, s))
    if e < len(sentence) and sentence[e] == _COORDINATION and not between_figures(e) and not distributed(e):
        if (single_before(e) or single_after(e + 1)) and not own_before:
            return True
    if s > 0 and sentence[s - 1] == _COORDINATION and not between_figures(s - 1) and not distributed(s):
        # 验收率、活动率达到80%: items that end alike are parallel and whole, 率 no item of its own
        parallel = s >= 2 and sentence[s - 2] == sentence[e - 1]
        return (single_before(s - 1) and not parallel) or single_after(s)
    return False


def widen(phrase: str, sentence: str, start: int | None = None) -> str | None:
    """The phrase grown to the words it cuts (标单位 → 达标单位), when that is well formed; a phrase that
    begins inside the verb before it loses the verb's piece instead (到建制率 → 建制率); else None.

    ``start`` is the phrase's offset in ``sentence``; without it a phrase found twice is not widened
    (the other place may be the figure's), nor is one whose cut word begins with the figure's unit
    (12名单亲… is 12名 + 单亲…, not 名单)."""
    s = sentence.find(phrase) if start is None else start
    if s < 0 or sentence[s : s + len(phrase)] != phrase:
        return None
    if start is None and sentence.find(phrase, s + 1) >= 0:
        return None  # which of its places is the figure's is not known
    cuts = sorted(_boundaries(sentence))
    lo = max(c for c in cuts if c <= s)
    if lo < s and re.search(r"[0-9０-９][余多]?$", sentence[:lo]):
        return None  # 12名单亲… : the word cut begins with the figure's own unit
    e = s + len(phrase)
    hi = min((c for c in cuts if c >= e), default=e)
    if sentence[e : e + 1].isdigit():
        hi = e
    wider = sentence[lo:hi]
    if wider == phrase or re.search(r"[0-9０-９，,。；;：:]", wider):
        return None
    if fragment_reason(wider, sentence, lo) is None and not _ENUMERATOR.match(wider):
        return wider
    # 到建制率 of 达到建制率100%: the word cut is the verb before the indicator, not part of it
    verb = next((v for v in _words()["lead_verbs"] if wider.startswith(v) and lo + len(v) in cuts), None)
    if verb is None or lo + len(verb) <= s:
        return None
    narrower = wider[len(verb) :]
    return narrower if fragment_reason(narrower, sentence, lo + len(verb)) is None else None


def fuses(left: str, right: str) -> bool:
    """Whether jieba reads the last character of ``left`` and the first of ``right`` as one word
    (二是 + 非公企业 → 是非): writing them side by side would change what the reader takes as words."""
    if not left or not right:
        return False
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    text = left[-2:] + right[:4]
    return len(left[-2:]) not in _plain_boundaries(text)


@cache
def _plain_words(text: str) -> tuple[str, ...]:
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    return tuple(jieba.cut(text, HMM=False))


@cache
def _plain_boundaries(text: str) -> frozenset[int]:
    import jieba

    cuts, pos = {0}, 0
    for word in jieba.cut(text, HMM=False):
        pos += len(word)
        cuts.add(pos)
    return frozenset(cuts)
