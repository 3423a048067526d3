"""Retrain the sentence-topic model from ``labels/topics.tsv`` and the seed pages in ../shared/seeds.

    .venv/bin/python -m extract.train_topics [--seeds ../shared/seeds] [--out extract/models/topics.npz]

Prints accuracy under cross-validation by file (each seed page held out in turn), then fits on
every label and writes the weights of the kept hashed columns. The labels name sentences by offsets
into the seed pages, so the pages themselves never enter the repository.
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

from corpus.errors import ZongjieError
from corpus.normalise import normalise
from extract.topics import TOPICS, features, prepare

HERE = Path(__file__).resolve().parent
LABELS = HERE / "labels" / "topics.tsv"
DEFAULT_SEEDS = HERE.parent.parent / "shared" / "seeds"
DEFAULT_OUT = HERE / "models" / "topics.npz"
C = 8.0  # inverse regularisation, chosen by the held-out-file accuracy below


def load_labelled(seeds: Path, labels: Path = LABELS) -> tuple[list[str], list[str], list[str]]:
    """(sentences, topics, files) from the label table, each sentence read from its seed page."""
    texts: dict[str, str] = {}
    sentences, topics, files = [], [], []
    with labels.open(encoding="utf-8") as fh:
        rows = csv.DictReader((line for line in fh if not line.startswith("#")), delimiter="\t")
        for row in rows:
            name = row["file"]
            if name not in texts:
                path = seeds / name
                if not path.is_file():
                    raise ZongjieError(f"{path}: the seed page a label names is missing")
                texts[name] = normalise(path.read_text("utf-8"))
            if row["topic"] not in TOPICS:
                raise ZongjieError(f"{labels}: unknown topic {row['topic']!r}")
            sentences.append(texts[name][int(row["start"]) : int(row["end"])])
            topics.append(row["topic"])
            files.append(name)
    return sentences, topics, files


def _classifier():  # type: ignore[no-untyped-def]
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=C, max_iter=2000, class_weight="balanced")


def cross_validate(sentences: list[str], topics: list[str], files: list[str]) -> dict[str, float]:
    """Accuracy with each file held out in turn (model alone, and model + cue words as shipped)."""
    import numpy as np

    from extract import topics as topic_module

    x = features([prepare(s) for s in sentences])
    y = np.array(topics)
    groups = np.array(files)
    right_model = right_full = 0
    per_file: dict[str, float] = {}
    for held in sorted(set(files)):
        test = groups == held
        clf = _classifier().fit(x[~test], y[~test])
        pred = clf.predict(x[test])
        right_model += int((pred == y[test]).sum())
        classes = tuple(clf.classes_)
        raw = x[test] @ clf.coef_.T + clf.intercept_
        full = [
            topic_module.decide(s, row, classes)
            for s, row in zip(np.array(sentences, dtype=object)[test], raw, strict=True)
        ]
        hits = int((np.array(full) == y[test]).sum())
        right_full += hits
        per_file[held] = hits / int(test.sum())
    n = len(sentences)
    return {"model": right_model / n, "model+cues": right_full / n, **per_file}


def fit_and_save(sentences: list[str], topics: list[str], out: Path) -> int:
    """Fit on every label; keep only the hashed columns with a non-zero weight. Returns their count."""
    import numpy as np

    clf = _classifier().fit(features([prepare(s) for s in sentences]), topics)
    coef = clf.coef_.T.astype(np.float32)  # (features, classes)
    keep = np.flatnonzero(np.abs(coef).max(axis=1) > 1e-4).astype(np.int32)
    out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(
        out,
        classes=np.array(clf.classes_, dtype=str),
        columns=keep,
        weights=coef[keep].astype(np.float16),
        bias=clf.intercept_.astype(np.float32),
    )
    return len(keep)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seeds", type=Path, default=DEFAULT_SEEDS, help="folder holding the seed pages")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where to write the model (.npz)")
    args = parser.parse_args()
    sentences, topics, files = load_labelled(args.seeds)
    print(f"{len(sentences)} labelled sentences from {len(set(files))} files")
    for key, value in cross_validate(sentences, topics, files).items():
        print(f"  held-out accuracy {key}: {value:.3f}")
    kept = fit_and_save(sentences, topics, args.out)
    print(f"wrote {args.out} ({kept} hashed columns, {args.out.stat().st_size / 1024:.0f} KB)")


if __name__ == "__main__":
    main()
