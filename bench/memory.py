"""Memory benchmark: one very long document, peak memory of the whole process tree.

    make bench-memory                                    (1, 4 and 16 MB; installs psutil)
    .venv/bin/python bench/memory.py --sizes 8 --shapes line --outputs .jsonl

A report of SIZE megabytes (UTF-8 bytes) is made here from the shared texts (the full_text of the 31
reports of ../shared/corpora/provinces-2026, copy after copy with their numbers changed, as a file of
collected reports or a converter's output would hold them), in two shapes: ``lines`` keeps the texts' line breaks,
``line`` joins every line into one with a space between (a converter that flattened the paragraphs). Each document runs through
``zongjie extract DOC -o OUT --jobs 2`` as a user would, in a fresh process, for each output format
asked for; the memory of the whole process tree (the command, its fork server and workers) is sampled
every 0.2 s: peak sum of PSS (shared pages divided among the processes that share them: the tree's
real footprint) and peak sum of RSS. Figures are printed as measured.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from scale import ROOT, TreeMemory, sources

SHAPES = ("lines", "line")
MB = 1 << 20


def document(size_mb: float, shape: str) -> str:
    """About ``size_mb`` MB of UTF-8 text made of the shared reports, copy after copy.

    Each report is taken as the cleaner keeps it (no related-articles list, after which the rest of a file
    is skipped as page furniture), and every number of copy ``k`` is raised by ``k``: a copy that repeated
    an earlier one word for word would be read once (a report pasted twice), and the benchmark would
    measure nothing.
    """
    from corpus.clean import clean_lines
    from corpus.normalise import normalise

    texts = ["\n".join(t[line.body : line.end] for line in clean_lines(normalise(t))) for t in sources(seeds=False)]
    want = int(size_mb * MB)
    pieces: list[str] = []
    size = copy = 0
    while size < want:
        for text in texts:
            varied = re.sub(r"\d+", lambda m, k=copy: str(int(m.group()) + k), text) if copy else text
            piece = " ".join(varied.splitlines()) + " " if shape == "line" else varied + "\n\n"
            pieces.append(piece)
            size += len(piece.encode("utf-8"))
            if size >= want:
                break
        copy += 1
    return "".join(pieces)


def run(doc: Path, out: Path, jobs: int) -> dict[str, float]:
    cmd = [sys.executable, "-m", "zongjie", "extract", str(doc), "-o", str(out), "--quiet", "--jobs", str(jobs)]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stderr=subprocess.PIPE, text=True)
    mem = TreeMemory(proc.pid, every=0.2)
    _, stderr = proc.communicate()
    dt = time.perf_counter() - t0
    mem.stop()
    if proc.returncode != 0:
        sys.exit(f"{doc.name} → {out.name}: zongjie extract exited {proc.returncode}\n{stderr[-2000:]}")
    return {"seconds": dt, "peak_pss_mb": mem.pss / MB, "peak_rss_mb": mem.rss / MB, "processes": mem.processes}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="1,4,16", help="Document sizes in MB, comma-separated")
    ap.add_argument("--shapes", default=",".join(SHAPES), help=f"Comma-separated, of {', '.join(SHAPES)}")
    ap.add_argument("--outputs", default=".jsonl,.parquet", help="Output suffixes, comma-separated")
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    sizes = [float(s) for s in args.sizes.split(",") if s]
    shapes = [s for s in args.shapes.split(",") if s]
    if set(shapes) - set(SHAPES):
        sys.exit(f"unknown shapes: {', '.join(sorted(set(shapes) - set(SHAPES)))}")
    print(
        f"{time.strftime('%Y-%m-%d')}, {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, --jobs {args.jobs}",
        flush=True,
    )
    rows = []
    with tempfile.TemporaryDirectory(prefix="zongjie-memory-") as tmp:
        for size in sizes:
            for shape in shapes:
                doc = Path(tmp) / f"report-{size:g}MB-{shape}.txt"
                doc.write_text(document(size, shape), "utf-8")
                for suffix in [s for s in args.outputs.split(",") if s]:
                    out = Path(tmp) / f"out{suffix}"
                    row = {"mb": size, "shape": shape, "output": suffix, **run(doc, out, args.jobs)}
                    if suffix == ".jsonl":
                        with out.open(encoding="utf-8") as fh:
                            row["figures"] = sum('"type": "figure"' in line for line in fh)
                    rows.append(row)
                    print(
                        f"{size:5g} MB {shape:5} → {suffix:8} {row['seconds']:7.1f} s  "
                        f"peak PSS {row['peak_pss_mb']:7.0f} MB  (RSS sum {row['peak_rss_mb']:7.0f} MB, "
                        f"{row['processes']} processes)"
                        + (f"  {row['figures']:,} figures" if "figures" in row else ""),
                        flush=True,
                    )
                    if out.is_dir():
                        import shutil

                        shutil.rmtree(out)
                    else:
                        out.unlink(missing_ok=True)
                doc.unlink()
    print(json.dumps(rows, indent=1))


if __name__ == "__main__":
    main()
