"""Remake ``extract/models/canonical.npz`` from ``extract/lexicons/indicators.tsv``.

    .venv/bin/python -m extract.build_canonical [--out extract/models/canonical.npz]

The file holds the lexicon's n-gram vocabulary, idf and unit TF-IDF rows (``extract.canonical``), and
the sha256 of the lexicon they were made from: run this after editing the lexicon, or the rows are
remade in memory by every process that needs them.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from extract.canonical import MODEL_PATH, save_index

DEFAULT_OUT = Path(__file__).resolve().parent / MODEL_PATH


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args()
    index = save_index(args.out)
    print(f"{args.out}: {index.rows.shape[0]} wordings × {len(index.vocabulary)} n-grams")


if __name__ == "__main__":
    main()
