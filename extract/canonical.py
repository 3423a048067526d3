"""Canonical indicator names: one name per indicator across reports.

First the lexicon (``lexicons/indicators.tsv``): an indicator containing a known wording gets that
wording's canonical name, the longest wording winning (城镇居民人均可支配收入 over 人均可支配收入).
An unseen wording is compared by character n-gram TF-IDF cosine similarity with every known wording;
above ``THRESHOLD`` it takes the nearest one's name, otherwise it stands as its own canonical name.
Calls are batched per article and cached per wording, so the vectors are made once per distinct
indicator in a corpus.

The vectors are numpy's alone (no scikit-learn on the extraction path: importing it cost every
process 1.7 s): the same weighting as scikit-learn's ``TfidfVectorizer(analyzer="char",
ngram_range=(1, 3), sublinear_tf=True)`` — n-grams of the lower-cased text with runs of spaces
folded, 1 + log(count), smoothed idf, rows scaled to unit length. The lexicon's vocabulary, idf and
unit rows ship precomputed in ``models/canonical.npz`` with the sha256 of the lexicon they were made
from; after an edit of the lexicon they are remade in memory (milliseconds) until
``python -m extract.build_canonical`` writes them again.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from extract.lexicon import Endings, lexicon

if TYPE_CHECKING:
    from extract.records import Figure

THRESHOLD = 0.6
NGRAMS = (1, 3)  # character n-gram orders, smallest and largest
LEXICON = ("lexicons", "indicators.tsv")
MODEL_PATH = "models/canonical.npz"
_SPACES = re.compile(r"\s\s+")


def _lexicon_bytes() -> bytes:
    return resources.files("extract").joinpath(*LEXICON).read_bytes()


@cache
def _lexicon() -> tuple[list[tuple[str, str]], dict[str, str]]:
    pairs: list[tuple[str, str]] = []
    for name, wordings, _ in _rows():
        pairs.extend((w, name) for w in wordings if not w.startswith("re:"))
    pairs.sort(key=lambda p: -len(p[0]))
    return pairs, dict(pairs)


@cache
def _rows() -> tuple[tuple[str, tuple[str, ...], frozenset[str]], ...]:
    """(name, wordings, flags) for every line of the lexicon: flags are ``headline`` and ``whole``."""
    text = _lexicon_bytes().decode("utf-8")
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, wordings, *flags = line.split("\t")
        # a pattern (re:…) stands last in its field and runs to its end, commas included
        plain, _, pattern = wordings.partition("re:")
        ws = [w.strip() for w in plain.split(",") if w.strip()]
        rows.append((name, (*ws, "re:" + pattern) if pattern else tuple(ws), frozenset(flags)))
    return tuple(rows)


@cache
def _patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    """A wording written ``re:…`` (last in its field) is a pattern: the ways of saying one thing that no list
    of words covers (新建非公有制企业工会, 新组建基层工会 … → 新建工会组织). It must match the whole phrase."""
    return tuple((re.compile(w[3:]), name) for name, ws, _ in _rows() for w in ws if w.startswith("re:"))


def ngrams(text: str) -> list[str]:
    """The character 1- to 3-grams of ``text``, lower-cased, runs of spaces folded to one."""
    text = _SPACES.sub(" ", text.lower())
    lo, hi = NGRAMS
    return [text[i : i + n] for n in range(lo, min(hi, len(text)) + 1) for i in range(len(text) - n + 1)]


@dataclass(frozen=True, slots=True)
class Index:
    """The known wordings as TF-IDF rows of unit length over their n-gram vocabulary."""

    vocabulary: dict[str, int]
    idf: Any  # float64 (len(vocabulary),)
    rows: Any  # float64 (wordings, len(vocabulary))

    def sparse(self, text: str) -> tuple[Any, Any]:
        """(columns, values) of the unit TF-IDF row of ``text`` (n-grams outside the vocabulary ignored)."""
        import numpy as np

        counts: dict[int, int] = {}
        for g in ngrams(text):
            j = self.vocabulary.get(g)
            if j is not None:
                counts[j] = counts.get(j, 0) + 1
        cols = np.fromiter(counts, dtype=np.int64, count=len(counts))
        vals = (np.log(np.fromiter(counts.values(), dtype=np.float64, count=len(counts))) + 1.0) * self.idf[cols]
        norm = np.sqrt((vals * vals).sum())
        return cols, (vals / norm if norm > 0 else vals)

    def vectors(self, texts: Sequence[str]) -> Any:
        """Unit TF-IDF rows of ``texts`` over the same vocabulary, dense."""
        import numpy as np

        out = np.zeros((len(texts), len(self.vocabulary)), dtype=np.float64)
        for i, text in enumerate(texts):
            cols, vals = self.sparse(text)
            out[i, cols] = vals
        return out

    def similarities(self, texts: Sequence[str]) -> Any:
        """Cosine of each text with each known wording (texts × wordings), summed over each text's own
        n-grams only: no matrix product, so no BLAS threads (which a busy machine makes slow to wake)."""
        import numpy as np

        by_gram = self._by_gram()
        out = np.zeros((len(texts), by_gram.shape[1]), dtype=np.float64)
        for i, text in enumerate(texts):
            cols, vals = self.sparse(text)
            if len(cols):
                out[i] = (by_gram[cols] * vals[:, None]).sum(axis=0)
        return out

    def _by_gram(self) -> Any:
        import numpy as np

        return np.ascontiguousarray(self.rows.T)


def build_index(wordings: Sequence[str]) -> Index:
    """Fit the index on ``wordings``: vocabulary, smoothed idf = ln((1 + n) / (1 + df)) + 1, unit rows."""
    import numpy as np

    grams = [ngrams(w) for w in wordings]
    vocabulary = {g: j for j, g in enumerate(sorted({g for gs in grams for g in gs}))}
    df = np.zeros(len(vocabulary), dtype=np.float64)
    for gs in grams:
        df[[vocabulary[g] for g in set(gs)]] += 1
    idf = np.log((1 + len(wordings)) / (1 + df)) + 1.0
    index = Index(vocabulary, idf, np.zeros((0, len(vocabulary))))
    return Index(vocabulary, idf, index.vectors(wordings))


def lexicon_digest() -> str:
    return hashlib.sha256(_lexicon_bytes()).hexdigest()


@cache
def _index() -> tuple[Index, list[str]]:
    """The index of every lexicon wording (shipped, or remade when the lexicon changed) and their names."""
    import numpy as np

    pairs, _ = _lexicon()
    names = [n for _, n in pairs]
    ref = resources.files("extract").joinpath(MODEL_PATH)
    try:
        with ref.open("rb") as fh, np.load(fh, allow_pickle=False) as npz:
            if str(npz["lexicon_sha256"]) == lexicon_digest():
                vocabulary = {str(g): j for j, g in enumerate(npz["vocabulary"])}
                return Index(vocabulary, npz["idf"], npz["rows"]), names
    except (OSError, KeyError, ValueError):
        pass  # missing or unreadable: remade below, as after a lexicon edit
    return build_index([w for w, _ in pairs]), names


def save_index(path: Any) -> Index:
    """Write the lexicon's index to ``path`` (``models/canonical.npz``): what the package ships."""
    import numpy as np

    pairs, _ = _lexicon()
    index = build_index([w for w, _ in pairs])
    vocabulary = np.array(sorted(index.vocabulary, key=index.vocabulary.__getitem__))
    np.savez_compressed(
        path, lexicon_sha256=np.array(lexicon_digest()), vocabulary=vocabulary, idf=index.idf, rows=index.rows
    )
    return index


_INNER_VERB = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:完成|实现)(?=[\u4e00-\u9fff]{2})")
_NOTE_AT_END = re.compile(r"\s*[(（][^()（）]{1,12}[)）]$")


@lru_cache(maxsize=65536)
def _by_lexicon(indicator: str) -> str | None:
    _, exact = _lexicon()
    if indicator in exact:
        return exact[indicator]
    if named := _patterned(indicator):
        return named  # a pattern matches the whole phrase: 在建重点项目建会率 (a wording inside, 重点项目, says nothing)
    if (bare := _INNER_VERB.sub("", indicator)) != indicator and (name := _by_lexicon(bare)) in _names():
        return name  # 规模以上工业完成增加值: the verb inside the name is no part of what is counted
    for wording, name in _first_occurring(indicator):  # of the pairs, longest first: the first that occurs
        at = indicator.find(wording)
        if at < 0:
            continue
        # a rate is not its count: 职工之家验收率 is not 职工之家
        if indicator.endswith("率") and not name.endswith("率"):
            return indicator
        # the wording must be the head of the phrase: 人均生产总值, 单位生产总值能耗, 财政收入占生产总值的比重
        # and 工业投资 are other indicators than 生产总值 or 投资
        rest = _NOTE_AT_END.sub("", indicator[at + len(wording) :])  # 固定资产投资(不含农户): the note scopes it
        if rest and (len(rest) > 4 or _OTHER_TAILS.search(rest)):
            return indicator
        if indicator[:at].endswith(_NOT_HEAD_BEFORE) or _SHARE_VERB.search(indicator[:at]):
            return indicator  # 增加值达到全省经济总量: a share of the whole, not the whole
        if name in _wholes() and not (_WHOLE_PREFIX.fullmatch(indicator[:at]) or _WHOLE_PLACE_END.search(indicator[:at])):
            # 海洋生产总值, 脱贫县农村居民人均可支配收入, 都市圈经济总量: a part's total (unless a pattern of the
            # lexicon says the kind is the whole's own wording: 非公有制企业建会率 is the unions' 建会率)
            return indicator
        return name
    return None


def _patterned(indicator: str) -> str | None:
    for pattern, name in _patterns():
        if pattern.fullmatch(indicator):
            return name
    return None


@cache
def _wording_finder() -> tuple[re.Pattern[str], dict[str, int]]:
    """One pattern finding, at every position, the first wording (in ``_lexicon`` order, longest first) that
    starts there; and each wording's place in that order."""
    pairs, _ = _lexicon()
    order: dict[str, int] = {}
    for i, (w, _) in enumerate(pairs):
        order.setdefault(w, i)
    return re.compile("(?=(" + "|".join(re.escape(w) for w, _ in pairs) + "))"), order


def _first_occurring(indicator: str) -> list[tuple[str, str]]:
    """The first (wording, name) of the lexicon's longest-first list whose wording occurs in ``indicator``
    (none: an empty list), found in one scan instead of one ``find`` per wording. Exact: at each position
    the pattern reports the earliest-listed wording starting there, so the earliest of all is among them."""
    pattern, order = _wording_finder()
    best = min((order[m.group(1)] for m in pattern.finditer(indicator)), default=None)
    return [] if best is None else [_lexicon()[0][best]]


# What after a name makes it another indicator: 生产总值的比重, 单位能耗, 投资占比, 可支配收入中位数 (a median is
# no mean) (生产总值增长 stays).
# (新建工会驿站, 工会服务站, 职工之家: a union's places and people are not the unions it built)
_OTHER_TAILS = re.compile(r"中位数|比重|占比|能耗|强度|排放|贡献|比例|密度|系数|占|人均|差距|增减|驿站|服务站|站点|之家|书屋|小屋|阵地|干部|主席")
# What before a name makes it part of another indicator: 人均生产总值, 单位GDP能耗, 占GDP比重, 万元生产总值.
_NOT_HEAD_BEFORE = (
    "人均", "单位", "占", "万元", "每", "亿元",
    # a part of the whole: 城镇固定资产投资, 民间投资, 工业增加值 are sub-items, not the headline
    "县域", "沿海地区", "工业", "农业", "城镇", "农村", "民间", "国有", "民营", "外商", "技改", "基础设施",
    "房地产", "制造业", "服务业", "产业", "项目", "重点项目", "省市重点项目",
)


# What may stand before a place's total and leave it the place's: its scope (全省, 全社会, 城镇和), a time (年均,
# 五年累计, 以来), a verb of the sentence (计划, 确保, 完成). Anything else names a part: a sub-region (南疆五地州,
# 都市圈, 开发区), a group (脱贫县, 残疾人), a sector (海洋), a project (招商引资项目完成).
_WHOLE_PREFIX = re.compile(
    r"(?:全社会|全体|全[省市县区州旗盟镇乡]?|[本我][省市县区州旗镇乡]|[省市县区镇乡本]级|辖区内?|地方|规模以上|城镇|城乡|居民|和|及|与|、"
    r"|年均|每年|[一二三四五六七八九十两\d]+年|累计|以来|时期|期间|期末|年末|末|全年|当年|今年|上年|去年|年度|年"
    r"|计划|确保|力争|争取|预计|可|将|完成|实现|达到|其中|合计|总计|共计|包括|初步核算|初步统计)*"
)


# … and whatever verb of the sentence stands before 全县/全市 (有力支撑全县一般公共预算收入): the place's total
_WHOLE_PLACE_END = re.compile(r"全(?:[省市县区州旗盟]|社会)$")


# A place's name opening an indicator (汶上县完成GDP, 蔡岭镇财政收入); not the kinds of area that are no place
_PLACE_HEAD = re.compile(r"[\u4e00-\u9fff]{1,6}?(?:自治区|省|市|县|区|旗|州|盟|镇|乡|街道)")
_NOT_A_PLACE = (
    "开发区", "新区", "园区", "经济区", "城区", "景区", "片区", "社区", "辖区", "山区", "矿区", "库区", "牧区", "地区",
    # a kind of place, not one: 脱贫县农村居民人均可支配收入, 各市生产总值
    "脱贫县", "贫困县", "重点县", "示范县", "试点县", "强县", "各县", "各市", "各区", "县级市", "地级市", "设区市",
    # town and country, not a town: 城镇固定资产投资 is a part of the investment, 乡镇企业 a kind of firm
    "城镇", "乡镇", "村镇", "集镇", "市区", "郊区", "城市", "都市", "县城", "县区", "市县",
    # the whole place, named by no name (税收收入占全县财政总收入: the sentence's words before 全县 are no place)
    "全省", "全市", "全县", "全区", "全州", "全旗", "全盟", "全镇", "全乡", "全自治区",
)


_ZONES = ("开发区", "高新区", "园区", "管委会", "管理委员会")
_ZONES_UNION = re.compile(r"(?:开发区|高新区|园区)(?:总)?工会")
_ZONE_SELF = re.compile(r"(?:全)?(?:园区|开发区|高新区|经开区|本区)(?:内|全年)?(?:共|累计)?(?:完成|实现|达到)?")


def of_own_place(indicator: str | None, org: str | None) -> str | None:
    """The headline a total takes when its indicator opens on the reporting place's own name: 汶上县完成GDP in
    汶上县's report (or one whose organisation is unknown) is the county's GDP; 蔡岭镇财政收入 in a county's
    report is a town's, and keeps no headline. None when the indicator opens on no place."""
    if indicator and org and (org.endswith(_ZONES) or _ZONES_UNION.search(org)) and (zone := _ZONE_SELF.match(indicator)):
        # 园区完成固定资产投资 in 云溪高新技术产业开发区's own report: the zone's own total (and in its union's: the zone
        # is the union's place, as a county is a county union's)
        name = _by_lexicon(indicator[zone.end() :])
        return name if name in _wholes() else None
    m = _PLACE_HEAD.match(indicator or "")
    if not m or m.group().endswith(_NOT_A_PLACE) or (org and not org.startswith(m.group())):
        return _of_own_trade(indicator, org) if indicator and _union_rate_endings().ends(indicator) else None
    name = _by_lexicon(indicator[m.end() :])  # type: ignore[index]
    return name if name in _wholes() else None


def _of_own_trade(indicator: str, org: str | None) -> str | None:
    """A trade's union naming its own trade before a headline: 建筑业企业建会率 in 渠江市建筑业工会's report is its own
    rate (in a county union's, one trade's: no headline)."""
    if not org or not org.endswith("工会"):
        return None  # (a union's committee, 市总工会女职工委员会: its 女职工委员会组建率 is no union's 建会率)
    for k in range(2, len(indicator) - 1):
        head = indicator[:k].removesuffix("企业")
        if len(head) >= 2 and head in org and (name := _by_lexicon(indicator[k:])) in _UNION_RATES:
            return name  # (a department's own trade before a place's total, 交通固定资产投资, is the trade's part)
    return None


_UNION_RATES = frozenset({"建会率", "入会率"})


@cache
def _union_rate_endings() -> Endings:
    """How the lexicon's wordings of a union's rates end (建会率, 组建率, 工会覆盖率 …): what a phrase the own-trade
    test is asked of ends with (a quick test: nearly every figure is asked)."""
    pairs, _ = _lexicon()
    return Endings(w[-2:] for w, name in pairs if name in _UNION_RATES)


# The kind of quantity a name counts, by how it ends: 实际使用外资 is money, so 外资企业86家 is not it; 农民工 are
# people, so 农民工追回工资1.2亿元 is not them. A unit's kind is its family in units.tsv, grouped here.
_NAME_KINDS = (
    ("money", ("金", "资", "额", "值", "收入", "投资", "投入", "经费", "工资", "费", "税")),
    ("people", ("工", "员", "模", "模范", "人", "户", "会员", "就业")),
    ("things", ("企业", "组织", "单位", "工会")),
)
_FAMILY_KINDS = {
    "money": "money",
    "person": "people", "person_times": "people", "household": "people",
    "organisation": "things", "generic": "things", "institution": "things", "item": "things", "building": "things",
}


@lru_cache(maxsize=8192)
def fits_unit(indicator: str | None, name: str | None, base_unit: str | None) -> bool:
    """Whether a lexicon name an indicator holds with more after it (外资企业, 农民工追回工资) counts what the
    figure's unit (its base unit: 元 of 亿元) measures. A name the indicator ends with always fits: its head is
    the name's."""
    if not indicator or not name or not base_unit or name not in _names():
        return True
    found = _first_occurring(indicator)
    if not found or indicator.endswith(found[0][0]):
        return True
    named = next((kind for kind, ends in _NAME_KINDS if name.endswith(ends)), None)
    measured = _FAMILY_KINDS.get(lexicon().units.get(base_unit, ""))
    return named is None or measured is None or named == measured


# After a figure over or under a bar: 的 and what clears it (县, 企业, 项目), not a goal or a level of its own
_NOT_CLEARED = r"(?!目标|预期|任务|计划|水平|基础|规模|增速|增长|速度|幅度)"
# 超200亿元的县, 500万元以上固定资产投资 (a threshold naming a category: ANNOTATION.md), not 增长8%以上的目标
_CLEARS_IT = re.compile(rf"(?:以上|以下)?的{_NOT_CLEARED}[\u4e00-\u9fff]|(?:以上|以下){_NOT_CLEARED}(?!的)[\u4e00-\u9fff]")


def is_a_bar(f: Figure, text: str) -> bool:
    """生产总值超200亿元的县达到34个: a figure over or under a bar that what follows clears, not a level of the
    thing named before it (its headline name would put the bar among the GDPs)."""
    return f.approx in ("over", "under") and bool(_CLEARS_IT.match(text, f.end + len(f.unit or "")))


def for_unit(name: str | None, unit: str | None, before: str = "", indicator: str = "") -> str | None:
    """A level's canonical name for a rate figure is its growth's: 生产总值 … 增长5.6% → 地区生产总值增长.

    A level and a rate of one indicator are two indicators (CONTRACT.md): 地区生产总值 in 亿元 and
    地区生产总值增长 in % never share a table.
    """
    if not name or unit not in ("%", "个百分点", "倍"):
        return name
    if unit == "倍" and _GREW.search(before):
        return name if name.endswith("增长") else (name + "增长" if name + "增长" in _names() else name)
    if unit == "倍" or _SHARE_OF.search(before) or _SHARE_OF.search(indicator):
        # 是2011年的1.88倍, 占计划的100%: a ratio to an earlier level or to a plan, neither level nor growth
        # (新发展会员…完成全年任务的62.3%: nor the count; nor a table's column so named, 地区生产总值完成年度目标)
        if name in headlines():
            return None  # (是去年的1.6倍: nor the count either)
        return None if name + "增长" in _names() or name.endswith("增长") else name
    if unit == "%" and _EARLIER_SAME_MONTHS.search(before):
        # 比2019年同期增长14.7%: against the same months two years back, not the year's growth
        return None if name + "增长" in _names() or name.endswith("增长") else name
    if unit == "个百分点":
        # 生产总值…高于全国2.7个百分点: a comparison of growth rates, neither the level nor the growth; 建会率比上年
        # 提高2.3个百分点: a rate's change, not the rate
        return None if name + "增长" in _names() or (name in headlines() and name.endswith("率")) else name
    grown = name + "增长"
    if grown in _names():
        return grown
    if name in headlines() and not name.endswith(("率", "增长")):
        return None  # 新发展会员…56.8%: a share or a completion of a count is not the count
    _, exact = _lexicon()
    said = exact.get(grown)  # 全市经济需增长8%以上: 经济 grows as 经济增长, a wording of 地区生产总值增长
    return said if said is not None and said.endswith("增长") else name


# (较“十三五”时期增长16.3%: a plan's total against the plan before's, no year's growth either)
_EARLIER_SAME_MONTHS = re.compile(r"[比较](?:(?:19|20)\d\d\s*年同期|“[^”]{2,4}”(?:时期|期间)?)[^，,。;；]{0,4}$")
_SHARE_VERB = re.compile(r"占|达到|相当于")
_GREW = re.compile(r"(?:增长|增加|提高|翻)了?$")
_SHARE_OF = re.compile(
    r"占[^，,。;；]{0,8}$|(?:完成|为)[^，,。;；]{0,6}(?:计划|目标|任务|预算)[^，,。;；]{0,3}$|(?:计划|目标|任务|预算)的$"
)


@cache
def _names() -> frozenset[str]:
    _, exact = _lexicon()
    return frozenset(exact.values())


_SIMILAR: dict[str, str] = {}


def canonical_names(indicators: Sequence[str | None]) -> list[str | None]:
    """The canonical name of each indicator (None stays None)."""
    out: list[str | None] = []
    unseen: list[str] = []
    for ind in indicators:
        if not ind:
            out.append(None)
            continue
        name = _by_lexicon(ind)
        if name is None and ind not in _SIMILAR:
            unseen.append(ind)
        out.append(name)
    if unseen:
        _resolve(sorted(set(unseen)))
    return [o if o is not None or not ind else _SIMILAR[ind] for o, ind in zip(out, indicators, strict=True)]


_CHUNK = 1024  # wordings compared at once: the similarity matrix is dense (wordings × lexicon)


def nearest(wordings: Sequence[str]) -> list[str]:
    """Each wording's nearest lexicon name when similar enough (cosine ≥ ``THRESHOLD``), else itself.

    A headline indicator (GDP, revenue, investment …) is named by the lexicon only: 民营经济增加值 is
    near 经济增长 in characters, not in meaning."""
    index, names = _index()
    pairs, _ = _lexicon()
    headline = headlines()
    out = []
    for i in range(0, len(wordings), _CHUNK):
        chunk = wordings[i : i + _CHUNK]
        sims = index.similarities(chunk)
        for w, row in zip(chunk, sims, strict=True):
            best = int(row.argmax())
            near = row[best] >= THRESHOLD and names[best] not in headline and _spells(w, pairs[best][0])
            out.append(names[best] if near else w)
    return out


def _spells(text: str, wording: str) -> bool:
    """Whether ``text`` holds every character of ``wording`` in its order (粮食年产量 spells 粮食产量): what keeps
    a near wording of other things off a name; 汽车总产量, 粮食播种面积 and 优良水体比例 share characters with
    粮食总产量 and 优良天数比例 but name other indicators."""
    chars = iter(text)
    return all(c in chars for c in wording)


def _resolve(wordings: list[str]) -> None:
    _SIMILAR.update(zip(wordings, nearest(wordings), strict=True))


@cache
def headlines() -> frozenset[str]:
    """The canonical names marked ``headline`` in the lexicon: what comparisons rank organisations by."""
    return frozenset(name for name, _, flags in _rows() if "headline" in flags)


@cache
def _wholes() -> frozenset[str]:
    """The canonical names marked ``whole``: a place's totals, which a part named before them is not."""
    return frozenset(name for name, _, flags in _rows() if "whole" in flags)


def lexicon_name(indicator: str | None) -> str | None:
    """The lexicon's name for ``indicator`` (a wording it holds as the head), never a similarity guess."""
    name = _by_lexicon(indicator) if indicator else None
    return name if name in _names() else None


def known(indicator: str | None) -> str | None:
    """The canonical name if it is already known without the vectoriser (lexicon or cache), else None."""
    if not indicator:
        return None
    return _by_lexicon(indicator) or _SIMILAR.get(indicator)


# An indicator that is only a change or a comparison (较上年增长, 年均增长, 五年平均增长, 增加到): it names no thing;
# the thing is the sentence's subject, named at the figure before it.
_BARE_CHANGE = re.compile(
    r"^(?:较上年|比上年|比去年|较去年|同比|年均|五年|平均|分别|均|各|增长|增加|提高|增速|增幅|上升|下降|到|至|为|达到|了|的|,|，)+$"
)


def bare_change(indicator: str | None) -> bool:
    return bool(indicator) and bool(_BARE_CHANGE.match(indicator))  # type: ignore[arg-type]


def subject_name(subject: str, subject_unit: str | None, unit: str | None) -> str | None:
    """The canonical name of a bare change whose subject is named ``subject`` (at a figure in ``subject_unit``):
    a rate is the subject's growth (地区生产总值 → 地区生产总值增长), an amount in the subject's unit its level
    (由6.2亿元增加到9.9亿元); anything else has no name a comparison could trust."""
    if unit in ("%",):
        if subject.endswith("增长"):
            return subject
        return subject + "增长" if subject + "增长" in _names() else None
    if unit == subject_unit and not subject.endswith("增长"):
        return subject
    return None


def named_last(text: str, at: int) -> str | None:
    """The headline name of the last lexicon wording in the sentence of ``text`` up to ``at`` (60 characters at
    most), read as a head (not 人均生产总值, 工业投资): the subject of a bare change with no figure before it in its
    sentence (全省生产总值…五年平均增长11.2%)."""
    window = text[max(0, at - 60) : at]
    before = window[max(window.rfind(c) for c in "。；;！？\n") + 1 :]
    pattern, order = _wording_finder()
    found = list(pattern.finditer(before))
    if not found:
        return None
    last = found[-1]  # the wording nearest the figure
    wording, name = _lexicon()[0][order[last.group(1)]]
    at = last.start()
    if before[:at].endswith(_NOT_HEAD_BEFORE) or _OTHER_TAILS.search(before[at + len(wording) :]) or name not in headlines():
        return None
    return name


def pair_half(f: Figure, prev: Figure | None, prev_second: bool) -> tuple[str | None, bool]:
    """One phrase naming two indicators, their figures following in order: 全县财政总收入和一般预算收入分别增长
    13.2%和11.8%, 城乡居民人均可支配收入分别增长5.6%、6.9% (urban, then rural), 从41200元、15300元分别提高到
    52600元、20900元. The figures of such a phrase in one sentence, in one unit, alternate: the first takes the
    first indicator, the next the second. A lone figure (均增长7%) takes the first.
    Returns the level name of ``f``'s half (None when its indicator names no pair) and whether ``f`` is the
    second half (``prev_second``: whether the figure before it was)."""
    halves = _pair(f.indicator)
    if halves is None:
        return None, False
    second = (
        not prev_second
        and prev is not None
        and prev.sentence == f.sentence
        and prev.unit == f.unit
        and _pair(prev.indicator) == halves  # 全部财政收入和一般预算收入 … 的目标: one pair
    )
    if (
        not second
        and "城乡" in (f.indicator or "")
        and not _EACH.search(f.sentence)
        and not _TWO_FIGURES.search(f.sentence)
    ):
        # 城乡居民收入年均增长10%以上: one figure for both, said of neither half: all residents'
        whole = halves[0].removeprefix("城镇")  # 城镇居民人均可支配收入 → 居民人均可支配收入
        if whole in _names():
            return whole, False
    return halves[second], second


_URBAN, _RURAL = "城镇居民", "农村居民"
_TWO_FIGURES = re.compile(r"\d\s*(?:[%％‰]|[万亿]?元)?\s*[、和及与]\s*\d")  # 增长5%和3%: a figure for each half
_EACH = re.compile(r"分别|都|(?<![年平人户])均")  # 分别增长5.6%、6.9%, 均增长7%: each half its figure
_URBAN_AND_RURAL = re.compile(r"城乡|城镇(?:和|与|及|、)农村")
_AND = re.compile(r"和|与|及|、")


@lru_cache(maxsize=4096)
def _pair(indicator: str | None) -> tuple[str, str] | None:
    """The two level names an indicator phrase coordinates, in order, or None."""
    if not indicator:
        return None
    if _URBAN_AND_RURAL.search(indicator):
        # one wording for both: 城乡居民人均可支配收入, 城镇和农村常住居民人均可支配收入
        name = _by_lexicon(indicator)
        if not name or not name.startswith((_URBAN, _RURAL)):
            return None
        rest = name[len(_URBAN) :].removesuffix("增长")
        urban, rural = _URBAN + rest, _RURAL + rest
        return (urban, rural) if urban in _names() and rural in _names() else None
    parts = _AND.split(indicator)
    if len(parts) != 2:
        return None
    first, second = (_by_lexicon(p) if p else None for p in parts)
    if first in _names() and second in _names() and first != second:
        first, second = first.removesuffix("增长"), second.removesuffix("增长")  # type: ignore[union-attr]
        if first == "居民" + second.removeprefix(_RURAL) and second.startswith(_RURAL):
            first = _URBAN + second[len(_RURAL) :]  # 人均可支配收入和农民人均纯收入: beside the rural, the urban
        return first, second
    return None


# 地区生产总值（GDP）42.3亿元, 税收收入(不含土地出让)3.2亿元: a name, a bracketed note, the number
_NAMED_BEFORE_NOTE = re.compile(r"([\u4e00-\u9fff]{2,16})\s*[(（][^()（）]{1,12}[)）]\s*(?:完成|达到|实现|为|达)?\s*$")


# a sentence that opens on no subject, only a time and a verb: 2005年，初步核算达到10116.6亿元
_SUBJECTLESS = re.compile(
    r"\s*(?:(?:19|20)\d\d年(?:底|末)?|全年|今年|去年|当年)?[，,]?(?:据)?(?:初步核算|初步统计|初步测算|预计)?[，,]?"
    r"(?:已经|已|共|累计)?(?:达到|达|完成|实现|突破|超过|为)?"
)


def subject_before(text: str, at: int) -> str | None:
    """The headline the sentence before names, for a figure at ``at`` whose own sentence opens on no subject
    (全县生产总值提前…完成规划目标。2015年，初步核算达到182.4亿元): that sentence's subject is the one before's."""
    start = max(text.rfind(c, 0, at) for c in "。！？!?") + 1
    if start <= 0 or not _SUBJECTLESS.fullmatch(text, start, at):
        return None
    return named_last(text, start - 1)


def named_before_note(before: str) -> str | None:
    """The headline name of the phrase before a bracketed note right before the number (the indicator of
    such a figure is often lost to the brackets); None when there is none or it is no headline."""
    m = _NAMED_BEFORE_NOTE.search(before)
    if not m:
        return None
    name = _by_lexicon(m[1])
    return name if name in headlines() else None


_CHANGED_BY = re.compile(r"(?:增加|增长|提高|减少|下降|降低|多|少)了?$")


def for_amount(name: str | None, before: str = "") -> str | None:
    """A level's canonical name is not an amount it changed by: 农民人均收入增加860元 is neither the income
    (农村居民人均可支配收入) nor its growth rate."""
    if name and not name.endswith("增长") and _CHANGED_BY.search(before):
        return None
    return name
