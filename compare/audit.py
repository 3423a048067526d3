"""``zongjie audit``: the arithmetic a report claims that does not hold.

Figures are grouped by source and sentence; each check in ``compare.checks`` (sums, shares,
changes, ranges) reads one sentence's figures, using the extractor's relations (``part_of``,
``baseline``, ``change``, ``of_target``) where present and the sentence's own cues (其中, 占, 相比)
otherwise. Findings come back in document order.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from compare.checks import changes, ranges, shares, sums
from compare.checks.context import SentenceFigures, sentence_offset
from compare.records import Finding
from compare.table import documents_by_source

CHECKS = (sums.check, shares.check, changes.check, ranges.check)


def sentence_groups(records: Iterable[Mapping[str, Any]]) -> list[SentenceFigures]:
    records = list(records)
    docs = documents_by_source(records)
    by_source: dict[str, list[Mapping[str, Any]]] = {}
    for r in records:
        if r.get("type", "figure") == "figure" and r.get("start") is not None:
            by_source.setdefault(str(r.get("source")), []).append(r)
    groups = []
    for source, figures in by_source.items():
        by_start = {int(f["start"]): f for f in figures}
        by_sentence: dict[str, list[Mapping[str, Any]]] = {}
        for f in sorted(figures, key=lambda f: int(f["start"])):
            by_sentence.setdefault(str(f.get("sentence") or ""), []).append(f)
        for sentence, figs in by_sentence.items():
            if not sentence:
                continue
            # one sentence may repeat in a document: split where the figures are far apart
            for run in _runs(figs, len(sentence)):
                org = run[0].get("org") or docs.get(source, {}).get("org")
                groups.append(
                    SentenceFigures(
                        source, org, sentence, tuple(run), sentence_offset(sentence, run), by_start
                    )
                )
    return groups


def _runs(figs: list[Mapping[str, Any]], length: int) -> list[list[Mapping[str, Any]]]:
    runs: list[list[Mapping[str, Any]]] = [[figs[0]]]
    for f in figs[1:]:
        if int(f["start"]) - int(runs[-1][0]["start"]) > length:
            runs.append([f])
        else:
            runs[-1].append(f)
    return runs


def audit_records(records: Iterable[Mapping[str, Any]]) -> list[Finding]:
    """Every finding over the figure records, in source and document order."""
    findings = [f for group in sentence_groups(records) for check in CHECKS for f in check(group)]
    return sorted(findings, key=lambda f: (f.source, f.start, f.kind))
