"""What a draft is made from: the input model and its loader.

A draft-data file (YAML or JSON, see ``schema/draft-data.schema.json``) names the organisation, the
period and, per topic (组织建设, 维权, 帮扶 …), the figures and activities to report, then the problems
and plans. The records ``zongjie extract`` writes (JSON Lines of ``document`` / ``figure`` /
``activity`` records) are valid input too, so extract → draft is a round trip: figures are grouped by
their ``topic`` (null → 其他工作).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from corpus.periods import chinese_date, parse_period, period_label
from extract.batch import of_organisation, organisations
from generate.errors import DataError

__all__ = ["chinese_date", "period_label"]  # 2025H1 → 2025年上半年: drafts and the web say periods in words

OTHER_TOPIC = "其他工作"
ACTIVITY_TOPIC = "重点活动"

_DIGIT = re.compile(r"[0-9０-９]")
PARTICIPANTS = "参加人员"  # the indicator of an activity's participant count
# Who reports, from the organisation's name: the first pattern that matches wins (a 学校工会 is a union).
_GENRES = (
    ("union", re.compile(r"工会|工联")),
    ("school", re.compile(r"学校|中学|小学|大学|学院|幼儿园")),
    ("enterprise", re.compile(r"公司|集团|厂$|企业|银行")),
    ("government", re.compile(r"政府|[省市县区旗乡镇]$|街道|办事处|局$|委员会$")),
)


@dataclass(frozen=True, slots=True)
class Quantity:
    """One figure to report: 新建工会组织 38 家 (``approx``: over / under / about; ``target``: a goal)."""

    indicator: str
    value: float | int
    unit: str
    approx: str | None = None
    target: bool = False
    canonical: str | None = None
    topic: str = ""
    direction: str | None = None  # "up" / "down": the figure itself is a change (下降18%)
    change: Quantity | None = None  # the change stated with this figure (同比增长12%)
    of_target: Quantity | None = None  # the target this result is measured against
    sentence: str = ""  # where the figure was read (extract records), for checking its indicator
    at: int | None = None  # the indicator's offset in ``sentence``, where the record tells it
    share: bool = False  # written as a share of the figure before it (为应建工会数40家的105%)
    earlier: str = ""  # an earlier level the sentence compares with, and when it was (去年同期)
    noun_first: bool = False  # written number first (44个热线电话): read back, the name first was no figure

    @property
    def key(self) -> str:
        """The indicator's name shared across reports: ``canonical`` when known, else the wording."""
        return self.canonical or self.indicator


@dataclass(frozen=True, slots=True)
class Event:
    """One activity: 3月6日 召开 全区工会组织建设推进会, 120人参加."""

    event: str
    date: str | None = None
    action: str | None = None
    participants: Quantity | None = None


@dataclass(frozen=True, slots=True)
class Topic:
    name: str
    figures: tuple[Quantity, ...] = ()
    activities: tuple[Event, ...] = ()
    heading: str | None = None
    work: tuple[str, ...] = ()  # what was done, sentences without figures
    effect: str | None = None  # what it achieved

    @property
    def results(self) -> tuple[Quantity, ...]:
        return tuple(f for f in self.figures if not f.target)

    @property
    def targets(self) -> tuple[Quantity, ...]:
        return tuple(f for f in self.figures if f.target)


@dataclass(frozen=True, slots=True)
class Signature:
    org: str
    date: str | None = None  # ISO YYYY-MM-DD


@dataclass(frozen=True, slots=True)
class DraftData:
    org: str
    topics: tuple[Topic, ...]
    level: str | None = None
    period: str | None = None
    title: str | None = None
    opening: str | None = None
    problems: tuple[str, ...] = ()
    plans: tuple[str, ...] = ()
    signature: Signature | None = None
    source: str = ""
    genre: str | None = None  # union / government / enterprise / school
    dropped: tuple[str, ...] = ()  # figures of the input left out, and why (for the review list)

    @property
    def figures(self) -> tuple[Quantity, ...]:
        """Every figure the draft must carry: topic figures (with their changes and targets), then
        activity participants."""
        own = []
        for t in self.topics:
            for f in t.figures:
                own += [f] + [r for r in (f.change, f.of_target) if r is not None]
        own += [a.participants for t in self.topics for a in t.activities if a.participants is not None]
        return tuple(own)

    @property
    def period_label(self) -> str:
        return period_label(self.period)


@cache
def schema() -> dict[str, Any]:
    path = Path(__file__).with_name("schema") / "draft-data.schema.json"
    return json.loads(path.read_text(encoding="utf-8"))



def guess_genre(org: str | None, title: str | None = None) -> str | None:
    """union / government / enterprise / school from the organisation's name (and the title)."""
    name = org or ""
    for genre, pattern in _GENRES:
        if pattern.search(name):
            return genre
    if title and "政府工作报告" in title:
        return "government"
    return None


def load_data(path: str | Path, org: str | None = None) -> DraftData:
    """Read a draft-data file: ``.yaml``/``.yml``/``.json`` (validated), ``extract``'s ``.jsonl`` or a store
    (``.duckdb``: its figures with people's corrections); ``org`` picks one organisation of several."""
    p = Path(path)
    name = str(path)
    if p.suffix.lower() == ".duckdb":
        from corpus.errors import ZongjieError
        from store import read_records

        try:
            return data_from_records(list(read_records(p)), source=name, org=org)
        except DataError:
            raise
        except ZongjieError as exc:
            raise DataError(name, str(exc).removeprefix(f"{name}: ")) from exc
    try:
        raw = p.read_text(encoding="utf-8-sig")
    except FileNotFoundError as exc:
        raise DataError(name, "no such file") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise DataError(name, f"cannot read: {exc}") from exc
    suffix = p.suffix.lower()
    if suffix == ".jsonl":
        return data_from_records(_json_lines(name, raw), source=name, org=org)
    if suffix in {".yaml", ".yml"}:
        import yaml

        try:
            obj = yaml.safe_load(raw)
        except yaml.YAMLError as exc:
            raise DataError(name, f"not valid YAML: {_yaml_problem(exc)}") from exc
        try:
            return data_from_mapping(obj, source=name)
        except DataError as exc:
            where = _yaml_position(raw, exc.path_in_data)
            if where is None:
                raise
            raise DataError(name, exc.reason, exc.field, path_in_data=exc.path_in_data, at=where) from exc
    elif suffix == ".json":
        try:
            obj = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise DataError(name, f"not valid JSON: {exc}") from exc
    else:
        raise DataError(name, f"unknown data format {suffix or '(no suffix)'}; use .yaml, .json, .jsonl or .duckdb")
    data = data_from_mapping(obj, source=name)
    if org is not None and org != data.org:
        raise DataError(name, f"holds {data.org}, not {org}", field="org")
    return data


def _yaml_problem(exc: Exception) -> str:
    """PyYAML's complaint on one line, with the line and column where it is (1-based)."""
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    if mark is None:
        return problem
    return f"line {mark.line + 1}, column {mark.column + 1}: {problem}"


def _yaml_position(raw: str, path: tuple[str | int, ...] | None) -> str | None:
    """``line L, column C`` of the value at ``path`` in the YAML text (None where it cannot be found)."""
    if path is None:
        return None
    import yaml

    try:
        node = yaml.compose(raw)
    except yaml.YAMLError:
        return None
    for step in path:
        if isinstance(node, yaml.MappingNode):
            node = next((v for k, v in node.value if k.value == str(step)), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(step, int) and step < len(node.value):
            node = node.value[step]
        else:
            node = None
        if node is None:
            return None
    if node is None:
        return None
    mark = node.start_mark
    return f"line {mark.line + 1}, column {mark.column + 1}"


def _json_lines(name: str, raw: str) -> list[dict[str, Any]]:
    records = []
    for n, line in enumerate(raw.splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise DataError(name, f"line {n} is not JSON: {exc.msg}") from exc
        if not isinstance(rec, dict):
            raise DataError(name, f"line {n} is not a JSON object")
        records.append(rec)
    return records


def data_from_mapping(obj: Any, source: str = "<data>") -> DraftData:
    """Validate a parsed YAML/JSON object against the schema and build the model."""
    import jsonschema

    if isinstance(obj, Mapping) and obj.get("period") is not None:
        # 2025, 2025H1, and the Chinese way: 2025年上半年, 2025年第三季度, 2025年度
        code = parse_period(obj["period"])
        if code is None or "-" in code:
            raise DataError(
                source,
                f"{obj['period']!r} is not a period: write 2025 (2025年度), 2025H1 (2025年上半年), "
                "2025H2 (2025年下半年) or 2025Q3 (2025年第三季度)",
                field="period",
                path_in_data=("period",),
            )
        obj = {**obj, "period": code}
    if isinstance(obj, Mapping) and isinstance(obj.get("signature"), Mapping):
        sig = obj["signature"]
        if not isinstance(sig.get("date", ""), str):  # YAML reads 2025-07-01 as a date
            obj = {**obj, "signature": {**sig, "date": str(sig["date"])}}
    obj = _dates_to_text(obj)
    validator = jsonschema.Draft202012Validator(schema())
    errors = sorted(validator.iter_errors(obj), key=lambda e: list(map(str, e.absolute_path)))
    if errors:
        err = errors[0]
        field = _field_path(err.absolute_path) or "(top level)"
        raise DataError(source, err.message, field=field, path_in_data=tuple(err.absolute_path))
    for i, t in enumerate(obj["topics"]):
        for j, text in enumerate([*(t.get("work") or ()), t.get("effect") or ""]):
            if _DIGIT.search(text):
                in_work = j < len(t.get("work") or ())
                field = f"topics[{i}].work[{j}]" if in_work else f"topics[{i}].effect"
                raise DataError(
                    source,
                    "holds a number: put figures under figures, so each is bound",
                    field=field,
                    path_in_data=("topics", i, "work", j) if in_work else ("topics", i, "effect"),
                )
    topics = tuple(_topic(t) for t in obj["topics"])
    sig = obj.get("signature") or {}
    return DraftData(
        org=obj["org"],
        topics=topics,
        level=obj.get("level"),
        period=obj.get("period"),
        title=obj.get("title"),
        opening=obj.get("opening"),
        problems=tuple(obj.get("problems") or ()),
        plans=tuple(obj.get("plans") or ()),
        signature=Signature(sig.get("org") or obj["org"], sig.get("date")),
        source=source,
        genre=obj.get("genre") or guess_genre(obj["org"], obj.get("title")),
    )


def _dates_to_text(obj: Any) -> Any:
    """YAML turns ``date: 2025-03-06`` into a ``datetime.date``; the model keeps ISO text."""
    import datetime as dt

    if isinstance(obj, dt.date):
        return obj.isoformat()
    if isinstance(obj, Mapping):
        return {k: _dates_to_text(v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [_dates_to_text(v) for v in obj]
    return obj


def _field_path(path: Iterable[Any]) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


_CHANGE_WORDS = {"up": "同比增长", "down": "同比下降"}


def _quantity(d: Mapping[str, Any], topic: str) -> Quantity:
    change = None
    if d.get("change"):
        c = d["change"]
        change = Quantity(
            _CHANGE_WORDS[c["direction"]], _number(c["value"]), c["unit"], topic=topic,
            direction=c["direction"], canonical=d["indicator"],  # read back, it is the parent's change
        )
    goal = None
    if d.get("of_target"):
        t = d["of_target"]
        goal = Quantity("目标任务", _number(t["value"]), t["unit"], target=True, topic=topic)
    return Quantity(
        indicator=d["indicator"],
        value=_number(d["value"]),
        unit=d["unit"],
        approx=d.get("approx"),
        target=bool(d.get("target", False)),
        canonical=d.get("canonical"),
        topic=topic,
        direction=d.get("direction"),
        change=change,
        of_target=goal,
    )


_NUMBER_AFTER = re.compile(r"^(?:达到|达|为|约|近|共计|共|累计)*[0-9０-９零一二两三四五六七八九十百千]")
_NUMBER_BEFORE = re.compile(r"[0-9０-９零一二两三四五六七八九十百千万][余多]?[^0-9０-９]{0,3}$")


def _indicator_at(rec: Mapping[str, Any], indicator: str) -> int | None:
    """Where the record's indicator stands in its sentence: inside the figure's ``text`` (60余名护士),
    not wherever the wording first occurs (国际护士节). Only where it is next to its number: in
    “工会财务制度”等15项 the wording 制度 names the 15项 of the list, not 财务制度."""
    sentence, text = rec.get("sentence") or "", rec.get("text") or ""
    t = sentence.find(text) if text else -1
    i = text.find(indicator) if indicator else -1
    if t < 0 or i < 0:
        return None
    before, after = text[:i], text[i + len(indicator) :]
    if (not before and _NUMBER_AFTER.match(after)) or (not after and _NUMBER_BEFORE.search(before)):
        return t + i
    return None


def _number(v: float | int) -> float | int:
    return int(v) if isinstance(v, float) and v.is_integer() else v


def _topic(d: Mapping[str, Any]) -> Topic:
    name = d["name"]
    acts = []
    for a in d.get("activities") or ():
        p = a.get("participants")
        part = None
        if p:
            part = Quantity(PARTICIPANTS, _number(p["value"]), p["unit"], p.get("approx"), topic=name)
        acts.append(Event(a["event"], a.get("date"), a.get("action"), part))
    return Topic(
        name=name,
        figures=tuple(_quantity(f, name) for f in d.get("figures") or ()),
        activities=tuple(acts),
        heading=d.get("heading"),
        work=tuple(w.strip() for w in d.get("work") or ()),
        effect=(d.get("effect") or "").strip() or None,
    )


_LIST_JOINER = re.compile(r"[、和及与]")
# 提高到280元, 下降至3%: the level reached, not the change (增长到 names where it got to)
_REACHED = re.compile(r"(?:到|至)\s*$")


def _number_at(rec: Mapping[str, Any]) -> int:
    """Where the record's number stands in its sentence (-1 when its text is not found there)."""
    sentence, text = rec.get("sentence") or "", rec.get("text") or ""
    at = sentence.find(text) if text else -1
    digit = next((i for i, c in enumerate(text) if c.isdigit()), -1)
    return at + digit if at >= 0 and digit >= 0 else -1
_EARLIER_DEFAULT = "上年同期"
# the earlier time right before the number: 比去年同期的8件次, 与上年的, 去年同期为 (not 去年同期服装产值)
_EARLIER_BEFORE = re.compile(r"(?:^|与|同|比|较|[，,、])((?:去年|上年|上一年|上年度)(?:同期)?)(?:的|为|是)?$")


def _earlier(rec: Mapping[str, Any], before: Mapping[str, Any] | None, last: str, compared: bool) -> str:
    """When the earlier level ``rec`` is was measured (去年同期, 上年), or "" for a figure of the period:
    its text says so (比去年同期的8件次), the extractor made it a change's baseline, or it follows one in a
    list of other units (与去年同期的12件次、161人次相比)."""
    text, sentence = rec.get("text") or "", rec.get("sentence") or ""
    change = rec.get("change")
    if not text or (isinstance(change, Mapping) and change.get("unit") == rec.get("unit")):
        return ""  # 较上年增长26.4%: a change, measured from the earlier level, is none
    digit = next((i for i, c in enumerate(text) if c.isdigit()), len(text))
    at = sentence.find(text)
    if m := _EARLIER_BEFORE.search(text, 0, digit):
        return m.group(1)  # 比去年同期的8件次
    if at > 0 and not text[:digit] and (m := _EARLIER_BEFORE.search(sentence, max(0, at - 10), at)):
        return m.group(1)  # 比去年4批次: the time stands before the figure's text
    if compared:
        return last or _EARLIER_DEFAULT
    if not last or before is None or before.get("sentence") != sentence:
        return ""
    prior = before.get("text") or ""
    at = sentence.find(prior)
    after = sentence.find(text, at + len(prior)) if at >= 0 and text else -1
    listed = after >= 0 and re.fullmatch(r"[、和及]?", sentence[at + len(prior) : after])
    return last if listed and text[:1].isdigit() and rec.get("unit") != before.get("unit") else ""
_CHANGE_UNITS = frozenset({"%", "个百分点", "‰"})


def _listed_change(before: Mapping[str, Any] | None, rec: Mapping[str, Any]) -> Mapping[str, Any] | None:
    """The change of the figure before when ``rec`` is the next item of the list its change verb
    distributes (分别下降12.1%、19%; 分别递减20%和91.1%): a bare number joined to it by 、 和 及 与, in
    the same unit; else None."""
    sentence, text = rec.get("sentence") or "", rec.get("text") or ""
    if before is None or before.get("sentence") != sentence or rec.get("unit") not in _CHANGE_UNITS:
        return None
    change = before.get("change")
    if not isinstance(change, Mapping) or len({change.get("unit"), before.get("unit"), rec["unit"]}) != 1:
        return None
    if float(change.get("value", "nan")) != float(before.get("value", "nan")):
        return None  # the figure before is not itself the change
    prior = before.get("text") or ""
    at = sentence.find(prior)
    after = sentence.find(text, at + len(prior)) if at >= 0 and text else -1
    if after < 0 or not text[:1].isdigit():
        return None  # 增长8%、下降3%: a verb of its own
    return change if _LIST_JOINER.fullmatch(sentence[at + len(prior) : after]) else None


def data_from_records(
    records: Iterable[Mapping[str, Any]], source: str = "<records>", org: str | None = None
) -> DraftData:
    """Build draft data from ``extract`` records: figures grouped by ``topic`` (null → 其他工作).

    Records of several organisations are refused (naming them) unless ``org`` picks one. Placeholders
    (template blanks) and figures without a value carry nothing to report and are skipped, and so is
    a figure stated again (the same name, value, unit and kind: a summary and its detail, or two
    reports of one organisation and period), so a draft says each fact once. Relations are carried:
    a change (同比增长12%) stays with the figure it changes, a completion rate with its target, and a
    figure another one is measured against (占应建工会数40家的105%) is a baseline, never a plan.
    The first ``document`` record gives organisation, level, period and title.
    """
    try:
        records = of_organisation(list(records), org)
    except ValueError as exc:
        raise DataError(source, str(exc)) from None
    doc: Mapping[str, Any] = next((r for r in records if r.get("type") == "document"), {})
    figures = [r for r in records if r.get("type") == "figure"]
    referenced = {r.get("of_target") for r in figures} | {r.get("baseline") for r in figures}
    referenced.discard(None)
    by_topic: dict[str, list[Quantity]] = {}
    acts: list[Event] = []
    seen: set[tuple[Any, ...]] = set()
    before: Mapping[str, Any] | None = None  # the figure record before, for a list a change distributes
    baselines = {r.get("baseline") for r in figures} - {None}
    when = ""  # the time of the last earlier level, for the next item of its list
    for n, rec in enumerate(records, 1):
        kind = rec.get("type")
        if kind == "figure":
            if rec.get("placeholder") or rec.get("value") is None:
                continue
            for key in ("value", "unit"):
                if rec.get(key) in (None, ""):
                    raise DataError(source, f"figure record {n} has no {key}", field=key)
            topic = rec.get("topic") or OTHER_TOPIC
            indicator = rec.get("indicator") or ""
            target = bool(rec.get("target")) and rec.get("start") not in referenced
            said = (rec.get("canonical") or indicator, rec["value"], rec["unit"], rec.get("approx"), target)
            prior, before = before, rec
            when = _earlier(rec, prior, when, rec.get("start") in baselines)
            if said in seen:
                continue
            seen.add(said)
            change = rec.get("change") if isinstance(rec.get("change"), Mapping) else None
            own_change = (
                change is not None
                and float(change.get("value", "nan")) == float(rec["value"])
                and change.get("unit") == rec["unit"]
                and not _REACHED.search(rec.get("sentence") or "", 0, max(0, _number_at(rec)))
            )
            if not own_change and (listed := _listed_change(prior, rec)) is not None:
                change, own_change = listed, True  # 分别下降12.1%、19%: 19% fell too
            by_topic.setdefault(topic, []).append(
                Quantity(
                    indicator=indicator,
                    value=_number(rec["value"]),
                    unit=rec["unit"],
                    approx=rec.get("approx"),
                    target=target,
                    canonical=rec.get("canonical"),
                    topic=topic,
                    direction=change.get("direction") if own_change and change else None,
                    sentence=rec.get("sentence") or "",
                    at=_indicator_at(rec, indicator),
                    earlier=when,
                )
            )
        elif kind == "activity":
            if not rec.get("event"):
                continue
            p = rec.get("participants")
            part = None
            if isinstance(p, Mapping) and p.get("value") is not None and p.get("unit"):
                part = Quantity(PARTICIPANTS, _number(p["value"]), p["unit"], p.get("approx"), topic=ACTIVITY_TOPIC)
            acts.append(Event(rec["event"], rec.get("date"), rec.get("action"), part))
    topics = [Topic(name, tuple(figs)) for name, figs in by_topic.items()]
    if acts:
        topics.append(Topic(ACTIVITY_TOPIC, (), tuple(acts)))
    if not topics:
        raise DataError(source, "no figures or activities to draft from")
    name = org or doc.get("org") or next(iter(organisations(records)), None) or "本单位"
    return DraftData(
        org=name,
        topics=tuple(topics),
        level=doc.get("level"),
        period=doc.get("period"),
        title=None,
        signature=Signature(name),
        source=source,
        genre=guess_genre(name, doc.get("title")),
    )
