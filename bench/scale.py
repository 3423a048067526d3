"""Scale benchmark: a corpus of many reports, files → partitioned Parquet, end to end.

    make bench-scale                                   (100,000 documents; installs psutil)
    .venv/bin/python bench/scale.py --docs 5000        (a quick estimate)

The corpus is made here from the shared texts (../shared/seeds pages and the full_text of
../shared/corpora/provinces-2026): their sections (a numbered heading and the paragraphs under it) are
reshuffled into new reports of realistic length with a fixed random seed, headings renumbered, so no
two reports are one text copied. 80% of reports become UTF-8 .txt files and 10% GBK .txt files in
folders of 1,000; 10% go into CSV shards of 500 rows (province, year, title, full_text), as archives
come. It is written under --work (kept, and reused by a later run with the same --docs and --seed) or a
temporary folder (removed).

Each configuration runs ``zongjie extract CORPUS -o OUT.parquet`` as a user would, in a fresh process:
``--jobs 1``, ``--jobs 2``, and ``--engine dask --jobs 2`` (a 2-worker LocalCluster). While it runs,
the memory of the whole process tree (the command, its fork server and workers, or the Dask scheduler,
nannies and workers) is sampled every half second: peak sum of RSS, and peak sum of PSS (shared pages
divided among the processes sharing them: the tree's real footprint). Documents and characters
(normalised article text) come from the output's manifest. Figures are printed as measured.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import random
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
PROVINCES = SHARED / "corpora" / "provinces-2026"

# A top-level heading: 一、 … 十九、 at the start of a line (the section boundary we reshuffle by).
HEADING = re.compile(r"^\s*([一二三四五六七八九十]{1,3})、(.+)$")
NUMERALS = "一 二 三 四 五 六 七 八 九 十 十一 十二 十三 十四 十五 十六 十七 十八 十九 二十".split()
ORGS = ("县总工会", "镇人民政府", "区人力资源和社会保障局", "街道办事处", "市教育局", "社区工会", "县人民政府")
CONFIGS = {
    "local-1": ["--jobs", "1"],
    "local-2": ["--jobs", "2"],
    "dask-2": ["--engine", "dask", "--jobs", "2"],
}


def sources(seeds: bool = True) -> list[str]:
    """The shared texts: every seed page (unless ``seeds`` is false) and every provincial report."""
    if not SEEDS.is_dir() or not PROVINCES.is_dir():
        sys.exit(f"the shared texts are not at {SHARED} (seeds/ and corpora/provinces-2026/): nothing to build from")
    csv.field_size_limit(10**9)
    texts = [p.read_text("utf-8") for p in sorted(SEEDS.glob("*.txt"))] if seeds else []
    for p in sorted(PROVINCES.glob("*.csv")):
        with p.open(encoding="utf-8-sig", newline="") as fh:
            texts += [row["full_text"] for row in csv.DictReader(fh)]
    return texts


def sections(texts: list[str]) -> list[tuple[str, list[str]]]:
    """(heading without its number, paragraphs) for every numbered section of the texts."""
    out: list[tuple[str, list[str]]] = []
    for text in texts:
        current: tuple[str, list[str]] | None = None
        for line in text.splitlines():
            line = line.strip()
            if not line:
                continue
            m = HEADING.match(line)
            if m:
                current = (m.group(2), [])
                out.append(current)
            elif current is not None and len(line) > 20:
                current[1].append(line)
    return [s for s in out if s[1]]


def report(rng: random.Random, pool: list[tuple[str, list[str]]]) -> tuple[str, str, str]:
    """(org, title, text) of one made-up report of about 1,500–8,000 characters."""
    org = f"{rng.choice('东西南北中')}{rng.choice('江河湖山川')}{rng.choice(ORGS)}"
    year = rng.choice(range(2019, 2026))
    title = f"{org}{year}年{rng.choice(['工作总结', '上半年工作总结', '工作报告'])}"
    target = int(min(8000, max(1500, rng.lognormvariate(8.0, 0.45))))
    lines = [title, ""]
    size = 0
    for i in range(len(NUMERALS)):
        heading, paragraphs = rng.choice(pool)
        lines.append(f"{NUMERALS[i]}、{heading}")
        for p in rng.sample(paragraphs, min(len(paragraphs), rng.randint(1, 4))):
            lines.append(p)
            size += len(p)
        if size >= target:
            break
    return org, str(year), "\n".join(lines)


def build(folder: Path, docs: int, seed: int) -> Path:
    """Write the corpus (or reuse the one a run with the same size and seed left)."""
    corpus = folder / f"corpus-{docs}-{seed}"
    if (corpus / "_complete").exists():
        print(f"corpus: reusing {corpus}", flush=True)
        return corpus
    shutil.rmtree(corpus, ignore_errors=True)
    t0 = time.perf_counter()
    pool = sections(sources())
    rng = random.Random(seed)
    shard: list[tuple[str, str, str]] = []
    chars = 0

    def flush() -> None:
        path = corpus / "csv" / f"shard-{docs:07d}-{len(list((corpus / 'csv').glob('*.csv'))):04d}.csv"
        with path.open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(["province", "year", "title", "full_text"])
            w.writerows([(org, year, text.split("\n", 1)[0], text) for org, year, text in shard])
        shard.clear()

    (corpus / "csv").mkdir(parents=True)
    for i in range(docs):
        org, year, text = report(rng, pool)
        chars += len(text)
        kind = rng.random()
        if kind < 0.1:
            shard.append((org, year, text))
            if len(shard) == 500:
                flush()
            continue
        path = corpus / f"d{i // 1000:03d}" / f"{i:07d}.txt"
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(text.encode("gb18030" if kind < 0.2 else "utf-8"))
    if shard:
        flush()
    (corpus / "_complete").write_text(json.dumps({"docs": docs, "chars": chars}), "utf-8")
    dt = time.perf_counter() - t0
    print(f"corpus: {docs:,} reports, {chars:,} characters, written in {dt:.0f} s → {corpus}", flush=True)
    return corpus


def _spin(n: int) -> float:
    t0 = time.perf_counter()
    total = 0
    for i in range(n):
        total += i
    return time.perf_counter() - t0


def free_cores() -> float:
    """How many cores this machine gives us now: two processes spinning at once against one alone
    (2.0 on an idle 2-core machine; less when other work shares it). Printed beside each run."""
    from multiprocessing import get_context

    with get_context("fork").Pool(2) as pool:
        one = min(pool.apply(_spin, (10_000_000,)) for _ in range(3))
        two = min(max(pool.map(_spin, [10_000_000] * 2)) for _ in range(3))
    return 2 * one / two


class TreeMemory:
    """Samples the memory of a process and all its descendants until stopped."""

    def __init__(self, pid: int, every: float = 0.5) -> None:
        import psutil

        self.root = psutil.Process(pid)
        self.every = every
        self.rss = self.pss = 0
        self.processes = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        import psutil

        while not self._stop.is_set():
            try:
                procs = [self.root, *self.root.children(recursive=True)]
            except psutil.Error:
                return
            rss = pss = 0
            for p in procs:
                try:
                    info = p.memory_full_info()
                    rss += info.rss
                    pss += info.pss
                except psutil.Error:
                    continue
            self.rss, self.pss = max(self.rss, rss), max(self.pss, pss)
            self.processes = max(self.processes, len(procs))
            self._stop.wait(self.every)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()


def run(name: str, corpus: Path, out: Path) -> dict[str, float]:
    shutil.rmtree(out, ignore_errors=True)
    free = free_cores()
    cmd = [sys.executable, "-m", "zongjie", "extract", str(corpus), "-o", str(out), "--quiet", *CONFIGS[name]]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stderr=subprocess.PIPE, text=True)
    mem = TreeMemory(proc.pid)
    _, stderr = proc.communicate()
    dt = time.perf_counter() - t0
    mem.stop()
    if proc.returncode != 0:
        sys.exit(f"{name}: zongjie extract exited {proc.returncode}\n{stderr[-2000:]}")
    manifest = json.loads((out / "_manifest.json").read_text("utf-8"))
    cores = 1 if name == "local-1" else 2
    row = {
        "seconds": dt,
        "documents": manifest["documents"],
        "figures": manifest["figures"],
        "docs_per_s": manifest["documents"] / dt,
        "chars_per_s_per_core": manifest["chars"] / dt / cores,
        "peak_rss_mb": mem.rss / 2**20,
        "peak_pss_mb": mem.pss / 2**20,
        "processes": mem.processes,
        "free_cores": free,
    }
    print(
        f"{name:8} {dt:8.1f} s  {row['docs_per_s']:8.1f} docs/s  {row['chars_per_s_per_core']:10,.0f} chars/s/core  "
        f"peak PSS {row['peak_pss_mb']:6.0f} MB  (RSS sum {row['peak_rss_mb']:6.0f} MB, {mem.processes} processes)  "
        f"{manifest['documents']:,} docs, {manifest['figures']:,} figures; {free:.2f} cores free before",
        flush=True,
    )
    return row


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=20261121)
    ap.add_argument("--work", type=Path, help="Where the corpus and outputs go (kept); default: a temporary folder")
    ap.add_argument("--configs", default=",".join(CONFIGS), help=f"Comma-separated, of {', '.join(CONFIGS)}")
    args = ap.parse_args()
    names = [c for c in args.configs.split(",") if c]
    unknown = set(names) - set(CONFIGS)
    if unknown:
        sys.exit(f"unknown configurations: {', '.join(sorted(unknown))}")
    tmp = None
    if args.work is None:
        tmp = tempfile.TemporaryDirectory(prefix="zongjie-scale-")
        work = Path(tmp.name)
    else:
        work = args.work
        work.mkdir(parents=True, exist_ok=True)
    try:
        print(
            f"{time.strftime('%Y-%m-%d')}, {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
            flush=True,
        )
        corpus = build(work, args.docs, args.seed)
        rows = {name: run(name, corpus, work / f"out-{name}.parquet") for name in names}
        base = rows.get("local-1")
        if base:
            for name, row in rows.items():
                if name != "local-1":
                    print(f"speed-up {name} over local-1: {base['seconds'] / row['seconds']:.2f}×")
        print(json.dumps(rows, indent=1))
    finally:
        if tmp is not None:
            tmp.cleanup()


if __name__ == "__main__":
    main()
