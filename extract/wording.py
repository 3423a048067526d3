"""How alike two wordings of an indicator are: the character F1 of ANNOTATION.md, one implementation
for matching indicators (compare) and scoring them (evaluation)."""

from __future__ import annotations

from collections import Counter


def char_f1(a: str, b: str) -> float:
    """Bag-of-characters F1 of two wordings, whitespace ignored: 慰问金 vs 发放慰问金 → 0.75; 0 when either
    is empty."""
    p = Counter(c for c in a if not c.isspace())
    g = Counter(c for c in b if not c.isspace())
    common = sum((p & g).values())
    if not common:
        return 0.0
    precision, recall = common / sum(p.values()), common / sum(g.values())
    return 2 * precision * recall / (precision + recall)
