"""Scores of drafts against references: ROUGE (characters and jieba words), BLEU, facts, coverage.

Pure: texts in, value types out. Both texts go through :func:`evaluation.text.prepare` first
(simplified, NFKC). ROUGE is reported as F-measure in the flat record (``rouge1`` …), with precision
and recall kept in the value types.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from evaluation.bleu import corpus_bleu, sentence_bleu
from evaluation.coverage import Coverage, section_coverage
from evaluation.facts import Fact, FactResult, StatedFigure, score_facts
from evaluation.rouge import rouge
from evaluation.scoring import Score, mean
from evaluation.text import CHARS, WORDS, Tokenizer, prepare, visible_length

FigureFinder = Callable[[str], Sequence[StatedFigure]]

# The flat record's score columns, in table order.
COLUMNS: tuple[str, ...] = (
    "rouge1",
    "rouge2",
    "rougeL",
    "rouge1_word",
    "rouge2_word",
    "rougeL_word",
    "bleu",
    "fact_precision",
    "fact_recall",
    "fragments",
    "coverage",
    "length_ratio",
)


@dataclass(frozen=True, slots=True)
class Sections:
    """A text's top-level section headings (from the corpus layer's splitter)."""

    headings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class DraftScores:
    draft: str  # names, for tables
    reference: str
    rouge: dict[str, Score]  # rouge1 rouge2 rougeL rouge1_word rouge2_word rougeL_word
    bleu: float
    facts: FactResult | None
    coverage: Coverage
    length_ratio: float | None
    fragments: tuple[tuple[str, str], ...] | None = None  # (indicator, why) of the draft's figures


    def record(self) -> dict[str, object]:
        rec: dict[str, object] = {"draft": self.draft, "reference": self.reference}
        rec |= {k: s.f1 for k, s in self.rouge.items()}
        rec["bleu"] = self.bleu
        rec["fact_precision"] = None if self.facts is None else self.facts.score.precision
        rec["fact_recall"] = None if self.facts is None else self.facts.score.recall
        rec["fragments"] = None if self.fragments is None else len(self.fragments)
        rec["coverage"] = self.coverage.share
        rec["length_ratio"] = self.length_ratio
        return rec


def score_draft(
    draft: str,
    reference: str,
    *,
    facts: Sequence[Fact] | None = None,
    figures_in: FigureFinder | None = None,
    draft_sections: Sections = Sections(),
    reference_sections: Sections = Sections(),
    names: tuple[str, str] = ("draft", "reference"),
    chars: Tokenizer = CHARS,
    words: Tokenizer = WORDS,
) -> DraftScores:
    """Every score of one draft against one reference (fact scores need ``facts`` and ``figures_in``)."""
    d, r = prepare(draft), prepare(reference)
    scores: dict[str, Score] = {}
    for tokenizer, suffix in ((chars, ""), (words, "_word")):
        scores |= {k + suffix: s for k, s in rouge(tokenizer.tokenize(r), tokenizer.tokenize(d)).items()}
    fact_result = None
    if facts is not None:
        if figures_in is None:
            raise ValueError("fact scores need a figure finder (extract.figures_in)")
        fact_result = score_facts(facts, figures_in(d))
    fragments = None
    if figures_in is not None:
        fragments = fragments_in(figures_in(d))
    ref_len = visible_length(r)
    return DraftScores(
        draft=names[0],
        reference=names[1],
        rouge=scores,
        bleu=sentence_bleu(d, r),
        facts=fact_result,
        coverage=section_coverage(reference_sections.headings, d, draft_sections.headings, words=words),
        length_ratio=visible_length(d) / ref_len if ref_len else None,
        fragments=fragments,
    )


def fragments_in(figures: Sequence[StatedFigure]) -> tuple[tuple[str, str], ...]:
    """The draft's figures whose indicator is not a well-formed phrase (标单位, 级工会, 的目标), with why."""
    from corpus.phrases import fragment_reason

    out = []
    for f in figures:
        if f.placeholder or f.value is None:
            continue
        why = fragment_reason(f.indicator or "", getattr(f, "sentence", "") or "")
        if why is not None:
            out.append((f.indicator or "", why))
    return tuple(out)


@dataclass(frozen=True, slots=True)
class DraftReport:
    rows: tuple[DraftScores, ...]
    corpus_bleu: float  # sacrebleu's pooled BLEU over every pair

    def mean(self) -> dict[str, object]:
        """The mean row: the mean of each column over the pairs (None where no pair defines it)."""
        recs = [r.record() for r in self.rows]
        return {"draft": "mean", "reference": ""} | {c: mean(rec[c] for rec in recs) for c in COLUMNS}  # type: ignore[misc]

    def record(self) -> dict[str, object]:
        """The ``--json`` object: the mean scores at the top, the pooled BLEU, then every pair."""
        top = {k: v for k, v in self.mean().items() if k not in ("draft", "reference")}
        return top | {"bleu_corpus": self.corpus_bleu, "pairs": [r.record() for r in self.rows]}


def score_drafts(
    pairs: Sequence[tuple[str, str, str, str]],
    *,
    facts: Sequence[Fact] | None = None,
    figures_in: FigureFinder | None = None,
    sections: Callable[[str], Sections] | None = None,
) -> DraftReport:
    """Score ``(draft name, draft text, reference name, reference text)`` pairs; ``sections`` splits a text."""
    rows = []
    for dname, dtext, rname, rtext in pairs:
        rows.append(
            score_draft(
                dtext,
                rtext,
                facts=facts,
                figures_in=figures_in,
                draft_sections=sections(dtext) if sections else Sections(),
                reference_sections=sections(rtext) if sections else Sections(),
                names=(dname, rname),
            )
        )
    bleu = corpus_bleu([prepare(p[1]) for p in pairs], [prepare(p[3]) for p in pairs])
    return DraftReport(tuple(rows), bleu)
