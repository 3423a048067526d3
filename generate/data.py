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

from generate.errors import DataError

OTHER_TOPIC = "其他工作"
ACTIVITY_TOPIC = "重点活动"

_PERIOD = re.compile(r"^(?P<year>\d{4})(?:(?P<half>H[12])|(?P<quarter>Q[1-4]))?$")
_ISO_DATE = re.compile(r"^(?P<y>\d{4}|-)-(?P<m>\d{1,2})(?:-(?P<d>\d{1,2}))?$")
_QUARTERS = {"Q1": "第一季度", "Q2": "第二季度", "Q3": "第三季度", "Q4": "第四季度"}


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

    @property
    def figures(self) -> tuple[Quantity, ...]:
        """Every figure the draft must carry: topic figures, then activity participants."""
        own = [f for t in self.topics for f in t.figures]
        own += [a.participants for t in self.topics for a in t.activities if a.participants is not None]
        return tuple(own)

    @property
    def period_label(self) -> str:
        return period_label(self.period)


def period_label(period: str | None) -> str:
    """``2025`` → 2025年, ``2025H1`` → 2025年上半年, ``2025Q3`` → 2025年第三季度; unknown → ''."""
    if not period:
        return ""
    m = _PERIOD.match(str(period))
    if not m:
        return str(period)
    year = m["year"] + "年"
    if m["half"]:
        return year + ("上半年" if m["half"] == "H1" else "下半年")
    if m["quarter"]:
        return year + _QUARTERS[m["quarter"]]
    return year


def chinese_date(iso: str) -> str:
    """``2025-07-01`` → 2025年7月1日; ``--03-06`` → 3月6日; ``2025-03`` → 2025年3月."""
    m = _ISO_DATE.match(iso)
    if not m:
        return iso
    year = "" if m["y"] == "-" else f"{m['y']}年"
    day = f"{int(m['d'])}日" if m["d"] else ""
    return f"{year}{int(m['m'])}月{day}"


@cache
def schema() -> dict[str, Any]:
    path = Path(__file__).with_name("schema") / "draft-data.schema.json"
    return json.loads(path.read_text(encoding="utf-8"))


def load_data(path: str | Path) -> DraftData:
    """Read a draft-data file: ``.yaml``/``.yml``/``.json`` (validated) or ``extract``'s ``.jsonl``."""
    p = Path(path)
    name = str(path)
    try:
        raw = p.read_text(encoding="utf-8-sig")
    except FileNotFoundError as exc:
        raise DataError(name, "no such file") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise DataError(name, f"cannot read: {exc}") from exc
    suffix = p.suffix.lower()
    if suffix == ".jsonl":
        return data_from_records(_json_lines(name, raw), source=name)
    if suffix in {".yaml", ".yml"}:
        import yaml

        try:
            obj = yaml.safe_load(raw)
        except yaml.YAMLError as exc:
            raise DataError(name, f"not valid YAML: {str(exc).splitlines()[0]}") from exc
    elif suffix == ".json":
        try:
            obj = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise DataError(name, f"not valid JSON: {exc}") from exc
    else:
        raise DataError(name, f"unknown data format {suffix or '(no suffix)'}; use .yaml, .json or .jsonl")
    return data_from_mapping(obj, source=name)


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

    if isinstance(obj, Mapping) and isinstance(obj.get("period"), int):
        obj = {**obj, "period": str(obj["period"])}
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
        raise DataError(source, err.message, field=field)
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


def _quantity(d: Mapping[str, Any], topic: str) -> Quantity:
    return Quantity(
        indicator=d["indicator"],
        value=_number(d["value"]),
        unit=d["unit"],
        approx=d.get("approx"),
        target=bool(d.get("target", False)),
        canonical=d.get("canonical"),
        topic=topic,
    )


def _number(v: float | int) -> float | int:
    return int(v) if isinstance(v, float) and v.is_integer() else v


def _topic(d: Mapping[str, Any]) -> Topic:
    name = d["name"]
    acts = []
    for a in d.get("activities") or ():
        p = a.get("participants")
        part = None
        if p:
            part = Quantity("参加", _number(p["value"]), p["unit"], p.get("approx"), topic=name)
        acts.append(Event(a["event"], a.get("date"), a.get("action"), part))
    return Topic(
        name=name,
        figures=tuple(_quantity(f, name) for f in d.get("figures") or ()),
        activities=tuple(acts),
        heading=d.get("heading"),
    )


def data_from_records(records: Iterable[Mapping[str, Any]], source: str = "<records>") -> DraftData:
    """Build draft data from ``extract`` records: figures grouped by ``topic`` (null → 其他工作).

    Placeholders (template blanks) and figures without a value carry nothing to report and are
    skipped, and so is a figure stated again (the same name, value, unit and kind: a summary and its
    detail, or two reports of one organisation and period), so a draft says each fact once. The first
    ``document`` record gives organisation and period.
    """
    org: str | None = None
    period: str | None = None
    title: str | None = None
    by_topic: dict[str, list[Quantity]] = {}
    acts: list[Event] = []
    seen: set[tuple[Any, ...]] = set()
    for n, rec in enumerate(records, 1):
        kind = rec.get("type")
        if kind == "document":
            org = org or rec.get("org")
            period = period or rec.get("period")
            title = title or rec.get("title")
        elif kind == "figure":
            if rec.get("placeholder") or rec.get("value") is None:
                continue
            for key in ("value", "unit"):
                if rec.get(key) in (None, ""):
                    raise DataError(source, f"figure record {n} has no {key}", field=key)
            topic = rec.get("topic") or OTHER_TOPIC
            indicator = rec.get("indicator") or rec.get("canonical") or ""
            said = (rec.get("canonical") or indicator, rec["value"], rec["unit"], rec.get("approx"), bool(rec.get("target")))
            if said in seen:
                continue
            seen.add(said)
            by_topic.setdefault(topic, []).append(
                Quantity(
                    indicator=indicator,
                    value=_number(rec["value"]),
                    unit=rec["unit"],
                    approx=rec.get("approx"),
                    target=bool(rec.get("target")),
                    canonical=rec.get("canonical"),
                    topic=topic,
                )
            )
        elif kind == "activity":
            if not rec.get("event"):
                continue
            p = rec.get("participants")
            part = None
            if isinstance(p, Mapping) and p.get("value") is not None and p.get("unit"):
                part = Quantity("参加", _number(p["value"]), p["unit"], p.get("approx"), topic=ACTIVITY_TOPIC)
            acts.append(Event(rec["event"], rec.get("date"), rec.get("action"), part))
    topics = [Topic(name, tuple(figs)) for name, figs in by_topic.items()]
    if acts:
        topics.append(Topic(ACTIVITY_TOPIC, (), tuple(acts)))
    if not topics:
        raise DataError(source, "no figures or activities to draft from")
    org = org or "本单位"
    return DraftData(
        org=org,
        topics=tuple(topics),
        period=period,
        title=None,
        signature=Signature(org),
        source=source,
    )
