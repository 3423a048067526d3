"""Extraction throughput and memory, side by side with peers.

    make bench            (installs the peers from bench/requirements.txt, then runs this)

Text: the 31 provincial government work reports and the seed pages from ../shared, split into
articles and normalised first (not timed). In process: every tool reads the same normalised article
texts on one core; the figure is characters of normalised text per second, best of three rounds.
Whole process: ``zongjie extract`` run as a command (start-up, imports, models, reading the files,
writing JSON Lines: everything a person waits for) on the provincial reports copied six times, on
one core (``--jobs 1``) and on all of them, three runs; its characters per second (the documents'
``chars``) against jieba.lcut's in-process rate measured in a round just before each run (the median of
the three ratios: the machine's other load slows both sides of a pair alike).
Recognizers-Text is slow, so it runs on a slice and its rate is scaled from that slice.
In process, paired: a pass of each in turn, six times, the median of the six ratios (the figure to quote: the
best-of-three rates above come from different minutes, and this machine's speed swings by a factor of two).
Memory: peak traced allocation while streaming the corpus ×1 and ×4 from files to a JSON Lines
file; flat means streaming works.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
# Measure the tree this file is in: run as ``python bench/extract_speed.py``, the packages would otherwise
# come from wherever the environment's editable install points (another checkout, another branch).
sys.path.insert(0, str(ROOT))


def articles() -> list:  # type: ignore[type-arg]
    from corpus.articles import split_document
    from corpus.records import Document

    csv.field_size_limit(10**9)
    out = []
    for p in sorted((SHARED / "corpora" / "provinces-2026").glob("*.csv")):
        with p.open(encoding="utf-8-sig", newline="") as fh:
            for row in csv.DictReader(fh):
                meta = {"org": row["province"], "year": row["year"], "title": row["title"]}
                out += split_document(Document(source=p.name, text=row["full_text"], format="csv", meta=meta))
    for p in sorted((SHARED / "seeds").glob("*.txt")):
        out += split_document(Document(source=p.name, text=p.read_text("utf-8"), format="txt"))
    return out


def paired(fn: Callable[[str], object], peer: Callable[[str], object], texts: list[str], rounds: int = 6) -> list[float]:
    """The ratio of ``fn``'s speed to ``peer``'s in each of ``rounds`` rounds, a pass of each in turn: on a machine
    whose speed swings from minute to minute, the two sides of a pair share the minute."""
    ratios = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        for t in texts:
            fn(t)
        mine = time.perf_counter() - t0
        t0 = time.perf_counter()
        for t in texts:
            peer(t)
        ratios.append((time.perf_counter() - t0) / mine)
    return ratios


def rate(fn: Callable[[str], object], texts: list[str], rounds: int = 3) -> float:
    chars = sum(len(t) for t in texts)
    best = float("inf")
    for _ in range(rounds):
        t0 = time.perf_counter()
        for t in texts:
            fn(t)
        best = min(best, time.perf_counter() - t0)
    return chars / best


def whole_process(
    folder: Path, lcut: Callable[[str], object] | None, texts: list[str], copies: int = 6, jobs: int = 1, runs: int = 3
) -> tuple[int, float, float | None]:
    """(chars, best seconds, median ratio to jieba.lcut) of ``zongjie extract`` as a subprocess on ``copies``
    copies of the provincial reports, start-up included. Each run is paired with a round of jieba.lcut over
    the in-process texts just before it, so a busy machine slows both sides of a ratio alike."""
    import statistics

    src = folder / f"whole{copies}"
    if not src.is_dir():
        src.mkdir()
        for i in range(copies):
            for p in (SHARED / "corpora" / "provinces-2026").glob("*.csv"):
                (src / f"{i}_{p.name}").write_bytes(p.read_bytes())
    out = folder / f"whole{copies}.jsonl"
    cmd = [sys.executable, "-m", "zongjie", "extract", str(src), "-o", str(out), "--quiet", "--jobs", str(jobs)]
    times, ratios = [], []
    chars = 0
    for _ in range(runs):
        jieba_rate = rate(lcut, texts, rounds=1) if lcut else None
        t0 = time.perf_counter()
        subprocess.run(cmd, check=True, cwd=ROOT)  # ``-m zongjie`` from this tree, as the in-process rounds
        times.append(time.perf_counter() - t0)
        if not chars:
            with out.open(encoding="utf-8") as fh:
                chars = sum(r["chars"] for r in map(json.loads, fh) if r["type"] == "document")
        if jieba_rate:
            ratios.append(chars / times[-1] / jieba_rate)
    return chars, min(times), statistics.median(ratios) if ratios else None


def memory(copies: int, folder: Path) -> float:
    """Peak traced MB while streaming ``copies`` copies of the corpus from files to JSON Lines."""
    from bulk.io import write_records
    from extract.batch import extract_paths

    src = folder / f"x{copies}"
    src.mkdir()
    for i in range(copies):
        for p in (SHARED / "corpora" / "provinces-2026").glob("*.csv"):
            (src / f"{i}_{p.name}").write_bytes(p.read_bytes())
    tracemalloc.start()
    write_records(extract_paths([str(src)], jobs=1), folder / f"out{copies}.jsonl")
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 2**20


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--no-peers", action="store_true", help="measure zongjie only")
    ap.add_argument("--rt-chars", type=int, default=20_000, help="characters Recognizers-Text runs on")
    args = ap.parse_args()
    if not SHARED.is_dir():
        sys.exit(f"the benchmark reads ../shared ({SHARED}); it is not there")
    from extract.pipeline import extract_article, extract_figures

    arts = articles()
    texts = [a.text for a in arts]
    by_text = {a.text: a for a in arts}
    chars = sum(map(len, texts))
    for a in arts:  # warm caches and lazy loads (topic model, lexicons) outside the timing
        extract_article(a)
    import extract.pipeline

    compiled = "compiled (mypyc)" if not extract.pipeline.__file__.endswith(".py") else "plain Python, not compiled"
    print(f"zongjie benchmark · {time.strftime('%Y-%m-%d')} · {platform.processor() or platform.machine()} · "
          f"Python {platform.python_version()} · {compiled} · {len(arts)} articles, {chars:,} chars")
    results: dict[str, float] = {}
    results["zongjie extract_article (figures+activities+topics)"] = rate(lambda t: extract_article(by_text[t]), texts)
    results["zongjie figures only"] = rate(lambda t: extract_figures(by_text[t], with_topics=False), texts)
    if not args.no_peers:
        import jieba

        jieba.setLogLevel(60)
        jieba.initialize()
        results["jieba.lcut"] = rate(jieba.lcut, texts)
        import jionlp

        results["jionlp.ner.extract_money"] = rate(jionlp.ner.extract_money, texts, rounds=1)
        from recognizers_suite import Culture, recognize_currency, recognize_number, recognize_percentage

        def rt(t: str) -> None:
            recognize_number(t, Culture.Chinese)
            recognize_currency(t, Culture.Chinese)
            recognize_percentage(t, Culture.Chinese)

        piece, n = [], 0
        for t in texts:
            if n >= args.rt_chars:
                break
            piece.append(t[: args.rt_chars - n])
            n += len(piece[-1])
        rt(piece[0][:50])
        results["Recognizers-Text (number+currency+percentage)"] = rate(rt, piece, rounds=1)
    main_rate = results["zongjie extract_article (figures+activities+topics)"]
    width = max(map(len, results))
    print(f"\n{'tool'.ljust(width)}  chars/s    zongjie ×")
    for name, r in results.items():
        print(f"{name.ljust(width)}  {r:>10,.0f}  {main_rate / r:>6.2f}")
    lcut = None
    if not args.no_peers:
        import jieba

        lcut = jieba.lcut
    with tempfile.TemporaryDirectory() as tmp:
        print("\nwhole process: `zongjie extract` on the provincial reports ×6 (start-up, reading, writing included)")
        for jobs in sorted({1, os.cpu_count() or 1}):
            n, secs, ratio = whole_process(Path(tmp), lcut, texts, jobs=jobs)
            versus = f"  {ratio:>5.2f}× jieba.lcut (median of 3 runs, each beside a jieba round)" if ratio else ""
            print(f"  --jobs {jobs}: {n:,} chars, best {secs:.2f} s = {n / secs:,.0f} chars/s{versus}")
        if lcut is not None:
            ratios = paired(lambda t: extract_article(by_text[t]), lcut, texts)
            print(
                f"in process, paired: zongjie extract_article {statistics.median(ratios):.2f}× jieba.lcut "
                f"(median of {len(ratios)} rounds of each in turn; {min(ratios):.2f}–{max(ratios):.2f})"
            )
        m1, m4 = memory(1, Path(tmp)), memory(4, Path(tmp))
    print(f"\npeak traced memory streaming the corpus: ×1 {m1:.1f} MB, ×4 {m4:.1f} MB (ratio {m4 / m1:.2f})")


if __name__ == "__main__":
    main()
