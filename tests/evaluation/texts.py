"""Real report text for the metric checks, read from ../shared at test time (never copied here)."""

from __future__ import annotations

import csv
from pathlib import Path


def seed_text(seeds_dir: Path, name: str) -> str:
    return (seeds_dir / name).read_text(encoding="utf-8")


def province_text(provinces_dir: Path, province: str) -> str:
    with (provinces_dir / f"2026_{province}_政府工作报告.csv").open(encoding="utf-8-sig", newline="") as fh:
        return next(csv.DictReader(fh))["full_text"]


def perturbed(text: str) -> str:
    """The same text edited the way a redrafting would: clauses dropped, numbers altered, words swapped."""
    out = []
    for i, ch in enumerate(text):
        if i % 11 == 5:
            continue  # a dropped character
        if ch.isdigit():
            ch = str((int(ch) + 3) % 10)  # an altered figure
        out.append(ch)
    # Swap neighbouring blocks so the order (LCS) differs from the bag of n-grams.
    blocks = [("".join(out))[i : i + 40] for i in range(0, len(out), 40)]
    for i in range(0, len(blocks) - 1, 3):
        blocks[i], blocks[i + 1] = blocks[i + 1], blocks[i]
    return "".join(blocks)
