"""How far two annotators agree, and the extractor with each: the ceiling the gold sets on what can be measured.

    .venv/bin/python bench/agreement.py

``tests/gold/agreement/`` holds a second annotation, by an annotator who never saw the first one nor the extractor,
of six dev texts of ours (``tests/gold/wdev/texts``: three statistics, three unions). Each pair is scored as the
extractor is scored (``zongjie evaluate extraction``'s library): the second annotation as if it were predictions,
against the first; then the extractor against each.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from corpus.normalise import normalise  # noqa: E402
from evaluation.figures import score_extraction  # noqa: E402
from evaluation.gold import GoldFigure, read_gold  # noqa: E402

AGREEMENT = ROOT / "tests" / "gold" / "agreement"
WDEV = ROOT / "tests" / "gold" / "wdev"
GROUPS = {"statistics": ("dk02", "dp07", "dt06"), "unions": ("dq02", "du05", "dv06")}
FIELDS = ("f1", "indicator_accuracy", "target_accuracy", "period_accuracy", "canonical_accuracy")


def as_records(golds: list[GoldFigure]) -> list[dict[str, object]]:
    """A gold annotation as prediction records: its first indicator wording is the one it names."""
    return [
        {
            "type": "figure",
            "source": g.file,
            "start": g.start,
            "value": g.value,
            "unit": g.unit,
            "approx": g.approx,
            "indicator": g.indicator[0] if g.indicator else None,
            "target": g.target,
            "period": g.period,
            "canonical": g.canonical,
            "placeholder": g.placeholder,
            "sentence": g.quote or "",
        }
        for g in golds
    ]


def line(name: str, records: list[dict[str, object]], gold: list[GoldFigure], texts: dict[str, str]) -> str:
    r = score_extraction(records, gold, texts).record()
    cells = " ".join(f"{r[k]:9.3f}" if isinstance(r[k], float) else f"{'-':>9}" for k in FIELDS)
    return f"  {name:26} {r['gold']:5d} {cells}  (canonical on {r['canonical_scored']})"


def main() -> None:
    print(f"  {'':26} {'gold':>5} " + " ".join(f"{k.split('_')[0]:>9}" for k in FIELDS))
    for group, prefixes in GROUPS.items():
        names = sorted(p.stem for p in AGREEMENT.glob("*.jsonl") if p.name.startswith(prefixes))
        texts = {f"{n}.txt": normalise((WDEV / "texts" / f"{n}.txt").read_text(encoding="utf-8")) for n in names}
        first = [g for n in names for g in read_gold(WDEV / f"{n}.jsonl")]
        second = [g for n in names for g in read_gold(AGREEMENT / f"{n}.jsonl")]
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "pred.jsonl"
            sources = [str(WDEV / "texts" / f"{n}.txt") for n in names]
            exe = Path(sys.executable).with_name("zongjie")
            subprocess.run([str(exe), "extract", *sources, "-o", str(out), "--quiet", "--jobs", "1"], check=True)
            extracted = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines() if x.strip()]
        print(f"{group} ({len(names)} texts)")
        print(line("second annotator vs first", as_records(second), first, texts))
        print(line("extractor vs first", extracted, first, texts))
        print(line("extractor vs second", extracted, second, texts))


if __name__ == "__main__":
    main()
