"""Extraction scoring: predicted figures against gold, as shared/guides/ANNOTATION.md "Scoring" says.

Per source file (a prediction's file is the basename of its ``source`` without ``#row=N`` /
``#article=N``):

1. Placeholders are set apart on both sides and scored on their own (matched on unit).
   Unit first, then base unit (___万元 against ___元).
2. The other figures are matched one to one on (value, unit); among equal candidates the pair whose
   predicted indicator fits the gold wordings best goes first (character F1), then a gold figure
   that counts (not optional), then order of appearance. Left-overs are then matched on
   (base_value, base_unit) the same way.
3. A pair with an optional gold figure is removed from both sides; an unmatched optional gold
   figure is not a miss. Everything else: matches are true positives, unmatched predictions false
   positives (a placeholder reported as a number among them), unmatched gold misses.
4. Over the true positives: indicator accuracy (character F1 ≥ 0.5 with the best gold wording),
   target accuracy, approx accuracy. Totals are micro-averaged over files.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import PurePath

from evaluation.gold import GoldFigure
from evaluation.scoring import Counts, Score, best_wording
from evaluation.units import as_number, clean_unit, same_value, to_base

INDICATOR_THRESHOLD = 0.5
_LOCATOR = re.compile(r"#(?:row|article)=\d+")


def file_of(source: str) -> str:
    """``archive/2026_河北省.csv#row=0`` → ``2026_河北省.csv``; ``a/b.txt#article=2`` → ``b.txt``."""
    return PurePath(_LOCATOR.sub("", source).replace("\\", "/")).name


def source_path(source: str) -> str:
    """The path part of a ``source``, locators removed."""
    return _LOCATOR.sub("", source)


def _flag(raw: object) -> bool:
    if isinstance(raw, str):
        return raw.strip().lower() in {"true", "1", "yes"}
    return bool(raw) if raw is not None and raw == raw else False  # NaN from a spreadsheet is no flag


def _text(raw: object) -> str | None:
    if raw is None or (isinstance(raw, float) and raw != raw):
        return None
    s = str(raw).strip()
    return s or None


@dataclass(frozen=True, slots=True)
class Predicted:
    """A ``type: "figure"`` record, its fields read leniently (CSV and XLSX give strings)."""

    file: str
    source: str
    value: float | None
    unit: str
    base_value: float | None = None
    base_unit: str | None = None
    approx: str | None = None
    indicator: str | None = None
    target: bool = False
    placeholder: bool = False
    sentence: str = ""
    start: int | None = None
    period: str | None = None
    canonical: str | None = None

    @staticmethod
    def from_record(rec: Mapping[str, object]) -> Predicted | None:
        """The figure a record states, or None for records of other types."""
        if rec.get("type", "figure") != "figure":
            return None
        source = str(rec.get("source") or "")
        start = as_number(rec.get("start"))
        return Predicted(
            file=file_of(source),
            source=source,
            value=as_number(rec.get("value")),
            unit=clean_unit(_text(rec.get("unit"))),
            base_value=as_number(rec.get("base_value")),
            base_unit=clean_unit(_text(rec.get("base_unit"))) or None,
            approx=_text(rec.get("approx")),
            indicator=clean_unit(_text(rec.get("indicator"))) or None,  # simplified, as gold wordings are compared
            target=_flag(rec.get("target")),
            placeholder=_flag(rec.get("placeholder")),
            sentence=_text(rec.get("sentence")) or "",
            start=None if start is None else int(start),
            period=_text(rec.get("period")),
            canonical=_text(rec.get("canonical")),
        )


@dataclass(frozen=True, slots=True)
class Match:
    predicted: Predicted
    gold: GoldFigure
    fit: float  # character F1 of the predicted indicator with the best gold wording
    via: str  # "value" | "base" | "placeholder"

    @property
    def indicator_ok(self) -> bool:
        return self.fit >= INDICATOR_THRESHOLD

    @property
    def target_ok(self) -> bool:
        return self.predicted.target == self.gold.target

    @property
    def approx_ok(self) -> bool:
        return self.predicted.approx == self.gold.approx

    @property
    def period_scored(self) -> bool:
        return self.gold.period_given

    @property
    def period_ok(self) -> bool:
        return self.predicted.period == self.gold.period

    @property
    def canonical_scored(self) -> bool:
        """Canonical names are scored on the headline indicators: where the gold names one, or where the
        prediction claims one (工业投资 taken for 固定资产投资 is wrong even though gold names none)."""
        return self.gold.canonical_given and (
            self.gold.canonical is not None or self.predicted.canonical in _headlines()
        )

    @property
    def canonical_ok(self) -> bool:
        return self.predicted.canonical == self.gold.canonical


def _headlines() -> frozenset[str]:
    from extract.canonical import headlines

    return headlines()


def _ratio(hits: int, of: int) -> float | None:
    return hits / of if of else None


@dataclass(frozen=True, slots=True)
class FileResult:
    file: str
    figures: Counts
    placeholders: Counts
    matches: tuple[Match, ...]  # true positives (figures, then placeholders)
    misses: tuple[GoldFigure, ...]  # gold figures (and placeholders) not found
    extras: tuple[Predicted, ...]  # predictions with no gold figure
    ignored: int = 0  # predictions matched to optional gold figures

    def _figure_matches(self) -> list[Match]:
        return [m for m in self.matches if m.via != "placeholder"]

    @property
    def score(self) -> Score:
        return self.figures.score

    @property
    def indicator_hits(self) -> int:
        return sum(m.indicator_ok for m in self._figure_matches())

    @property
    def target_hits(self) -> int:
        return sum(m.target_ok for m in self._figure_matches())

    @property
    def approx_hits(self) -> int:
        return sum(m.approx_ok for m in self._figure_matches())

    @property
    def period_counts(self) -> tuple[int, int]:
        scored = [m for m in self._figure_matches() if m.period_scored]
        return sum(m.period_ok for m in scored), len(scored)

    @property
    def canonical_counts(self) -> tuple[int, int]:
        scored = [m for m in self._figure_matches() if m.canonical_scored]
        return sum(m.canonical_ok for m in scored), len(scored)

    def record(self) -> dict[str, object]:
        return _summary(self.figures, self.placeholders, self.indicator_hits, self.target_hits,
                        self.approx_hits, self.ignored, self.period_counts, self.canonical_counts)


def _summary(
    fig: Counts,
    ph: Counts,
    ind: int,
    tgt: int,
    apx: int,
    ignored: int,
    period: tuple[int, int] = (0, 0),
    canonical: tuple[int, int] = (0, 0),
) -> dict[str, object]:
    s = fig.score
    return {
        "precision": s.precision,
        "recall": s.recall,
        "f1": s.f1,
        "indicator_accuracy": _ratio(ind, fig.matched),
        "target_accuracy": _ratio(tgt, fig.matched),
        "approx_accuracy": _ratio(apx, fig.matched),
        "period_accuracy": _ratio(*period),
        "period_scored": period[1],
        "canonical_accuracy": _ratio(*canonical),
        "canonical_scored": canonical[1],
        "matched": fig.matched,
        "predicted": fig.predicted,
        "gold": fig.gold,
        "ignored_optional": ignored,
        "placeholder": (ph.score.record() | {"matched": ph.matched, "predicted": ph.predicted, "gold": ph.gold})
        if ph.predicted or ph.gold
        else None,
    }


@dataclass(frozen=True, slots=True)
class ExtractionResult:
    files: tuple[FileResult, ...]
    unscored: tuple[str, ...] = ()  # prediction files with no gold: not counted

    @property
    def figures(self) -> Counts:
        return sum((f.figures for f in self.files), Counts(0, 0, 0))

    @property
    def placeholders(self) -> Counts:
        return sum((f.placeholders for f in self.files), Counts(0, 0, 0))

    @property
    def score(self) -> Score:
        return self.figures.score

    def record(self) -> dict[str, object]:
        """The ``--json`` object: micro-averaged totals, then ``files`` and ``unscored``."""
        total = _summary(
            self.figures,
            self.placeholders,
            sum(f.indicator_hits for f in self.files),
            sum(f.target_hits for f in self.files),
            sum(f.approx_hits for f in self.files),
            sum(f.ignored for f in self.files),
            _add(f.period_counts for f in self.files),
            _add(f.canonical_counts for f in self.files),
        )
        return total | {"files": {f.file: f.record() for f in self.files}, "unscored": list(self.unscored)}


def _add(pairs: Iterable[tuple[int, int]]) -> tuple[int, int]:
    hits = total = 0
    for h, t in pairs:
        hits += h
        total += t
    return hits, total


Key = Callable[[Predicted, GoldFigure], bool]


def _by_value(p: Predicted, g: GoldFigure) -> bool:
    return p.unit == g.unit and same_value(p.value, g.value)


def _bases(p: Predicted) -> list[tuple[float | None, str]]:
    bases = [to_base(p.value, p.unit)]
    if p.base_value is not None and p.base_unit:
        bases.append((p.base_value, p.base_unit))
    return bases


def _by_base(p: Predicted, g: GoldFigure) -> bool:
    gv, gu = to_base(g.value, g.unit)
    return any(u == gu and same_value(v, gv) for v, u in _bases(p))


def _by_unit(p: Predicted, g: GoldFigure) -> bool:
    return p.unit == g.unit


def _by_base_unit(p: Predicted, g: GoldFigure) -> bool:
    return to_base(1.0, p.unit)[1] == to_base(1.0, g.unit)[1]


@lru_cache(maxsize=65536)
def _as_simplified(wordings: tuple[str, ...]) -> tuple[str, ...]:
    """Gold wordings as the predicted ones are compared: in simplified characters (ANNOTATION.md: the wordings of
    traditional texts are compared after conversion, whichever script an annotator wrote them in)."""
    return tuple(clean_unit(w) for w in wordings)


def _greedy(
    preds: Sequence[Predicted], golds: Sequence[GoldFigure], pi: list[int], gi: list[int], fits: Key
) -> list[tuple[int, int, float]]:
    """One-to-one pairs among the free indices: best indicator fit first, then counting gold, then order."""
    cands = []
    for i in pi:
        for j in gi:
            if fits(preds[i], golds[j]):
                fit, _ = best_wording(preds[i].indicator, _as_simplified(golds[j].indicator))
                cands.append((-fit, golds[j].optional, i, j))
    cands.sort()
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for negfit, _, i, j in cands:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((i, j, -negfit))
    return pairs


def _match(
    preds: Sequence[Predicted], golds: Sequence[GoldFigure], passes: Sequence[tuple[str, Key]]
) -> tuple[list[Match], list[GoldFigure], list[Predicted], int]:
    """Run the passes; returns counted matches, misses, extras and the number set aside as optional."""
    free_p, free_g = list(range(len(preds))), list(range(len(golds)))
    matches: list[Match] = []
    ignored = 0
    for via, key in passes:
        for i, j, fit in _greedy(preds, golds, free_p, free_g, key):
            free_p.remove(i)
            free_g.remove(j)
            if golds[j].optional:
                ignored += 1
            else:
                matches.append(Match(preds[i], golds[j], fit, via))
    misses = [golds[j] for j in free_g if not golds[j].optional]
    extras = [preds[i] for i in free_p]
    return matches, misses, extras, ignored


def _where(p: Predicted, text: str | None) -> int | None:
    """Where a prediction stands in its source: its offset, or, when its record's offsets index an article
    cut from the source (a header block or furniture before it), where its sentence first stands. The
    sentence is as written (，（一）) and ``text`` normalised: it is looked for normalised too."""
    if text and p.sentence:
        from corpus.normalise import to_halfwidth

        at = text.find(to_halfwidth(p.sentence))
        if at >= 0:
            return at
    return p.start


def score_file(
    file: str, predicted: Sequence[Predicted], gold: Sequence[GoldFigure], text: str | None = None
) -> FileResult:
    """Score one source file's predictions against its gold figures.

    Where the gold covers only regions of the source (``*.regions.json``), predictions outside them
    are neither counted nor matched: nobody annotated there.
    """
    regions = next((g.regions for g in gold if g.regions), ())
    if regions:
        at = {id(p): _where(p, text) for p in predicted}
        predicted = [p for p in predicted if (w := at[id(p)]) is not None and any(a <= w < b for a, b in regions)]
    p_fig = [p for p in predicted if not p.placeholder]
    g_fig = [g for g in gold if not g.placeholder]
    p_ph = [p for p in predicted if p.placeholder]
    g_ph = [g for g in gold if g.placeholder]
    m1, miss1, extra1, ign1 = _match(p_fig, g_fig, [("value", _by_value), ("base", _by_base)])
    m2, miss2, extra2, ign2 = _match(p_ph, g_ph, [("placeholder", _by_unit), ("placeholder", _by_base_unit)])
    counted = lambda preds, gs, ign: (len(preds) - ign, sum(not g.optional for g in gs))  # noqa: E731
    np1, ng1 = counted(p_fig, g_fig, ign1)
    np2, ng2 = counted(p_ph, g_ph, ign2)
    return FileResult(
        file=file,
        figures=Counts(len(m1), np1, ng1),
        placeholders=Counts(len(m2), np2, ng2),
        matches=tuple(m1 + m2),
        misses=tuple(miss1 + miss2),
        extras=tuple(extra1 + extra2),
        ignored=ign1 + ign2,
    )


def score_extraction(
    records: Iterable[Mapping[str, object]],
    gold: Iterable[GoldFigure],
    texts: Mapping[str, str] | None = None,
) -> ExtractionResult:
    """Score prediction records (any ``zongjie extract`` output, other record types skipped) against gold.

    Files with gold but no prediction score 0 recall; prediction files without gold are listed in
    ``unscored`` and not counted (nobody annotated them). ``texts`` (file name → the source's normalised
    text) places predictions in gold regions.
    """
    by_file: dict[str, list[Predicted]] = {}
    for rec in records:
        p = Predicted.from_record(rec)
        if p is not None:
            by_file.setdefault(p.file, []).append(p)
    gold_by_file: dict[str, list[GoldFigure]] = {}
    for g in gold:
        gold_by_file.setdefault(g.file, []).append(g)
    texts = texts or {}
    results = tuple(score_file(f, by_file.get(f, []), gs, texts.get(f)) for f, gs in gold_by_file.items())
    unscored = tuple(sorted(set(by_file) - set(gold_by_file)))
    return ExtractionResult(results, unscored)
