"""Extraction quality on every gold set, per genre group and split: the README's Measured table.

    .venv/bin/python bench/gold_scores.py [--split dev|heldout|written|all] [--json OUT]

Runs ``zongjie extract`` on the sources of ``tests/gold`` (read from ../shared, never copied) and scores
each group with ``zongjie evaluate extraction``'s library. The split into dev and held-out was made by
file before tuning (tests/gold/SPLIT.md); tune on dev, report held-out.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
GOLD = ROOT / "tests" / "gold"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(GOLD))

from goldsets import gold_files, group_of, source_of, split_of  # noqa: E402

from corpus.normalise import normalise  # noqa: E402
from evaluation.figures import score_extraction  # noqa: E402
from evaluation.gold import read_gold  # noqa: E402


def extract(sources: list[Path], out: Path) -> list[dict]:
    exe = Path(sys.executable).with_name("zongjie")
    cmd = [str(exe), "extract", *map(str, sources), "-o", str(out), "--quiet", "--jobs", "1"]
    subprocess.run(cmd, check=False)
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines() if line.strip()]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="all", choices=["dev", "heldout", "written", "all"])
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    if not SHARED.exists():
        raise SystemExit(f"{SHARED} is absent: the gold sources live there")
    golds = gold_files(args.split)
    sources = sorted({source_of(g) for g in golds})
    with tempfile.TemporaryDirectory() as tmp:
        records = extract(sources, Path(tmp) / "pred.jsonl")
    table: dict[tuple[str, str], dict] = {}
    keys: dict[tuple[str, str], list[Path]] = {}
    for g in golds:
        keys.setdefault((group_of(g), split_of(g)), []).append(g)
    texts = {src.name: normalise(src.read_text(encoding="utf-8")) for src in sources if src.suffix == ".txt"}
    for key, files in sorted(keys.items()):
        gold = [fig for f in files for fig in read_gold(f)]
        table[key] = score_extraction(records, gold, texts).record() | {"files": len(files)}
    cols = ("f1", "indicator_accuracy", "target_accuracy", "approx_accuracy", "period_accuracy", "canonical_accuracy")
    print(f"{'group':40} {'split':8} {'files':>5} {'gold':>5} " + " ".join(f"{c.split('_')[0]:>9}" for c in cols))
    for (group, split), r in table.items():
        vals = " ".join(f"{r[c]:9.3f}" if isinstance(r[c], float) else f"{'-':>9}" for c in cols)
        print(f"{group:40} {split:8} {r['files']:5d} {r['gold']:5d} {vals}  (canonical on {r['canonical_scored']})")
    if args.json:
        args.json.write_text(json.dumps({f"{g}|{s}": r for (g, s), r in table.items()}, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
