"""shared_runs.py TEXT.txt ...: runs of 24+ characters (spaces ignored) that also stand in /work/shared. Must print 0.

For a gold writer outside the repository (tests/test_no_shared_text.py checks what the repository tracks)."""

from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

RUN, ANCHOR = 24, 8


def norm(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def main() -> None:
    shared = Path("/work/shared")
    texts = [norm(p.read_text("utf-8", errors="ignore")) for p in sorted(shared.rglob("*"))
             if p.suffix in (".txt", ".csv", ".html") and p.is_file()]
    index: dict[str, list[tuple[int, int]]] = {}
    for k, t in enumerate(texts):
        for i in range(0, len(t) - ANCHOR + 1, ANCHOR):
            index.setdefault(t[i : i + ANCHOR], []).append((k, i))
    total = 0
    for path in sys.argv[1:]:
        t = norm(Path(path).read_text(encoding="utf-8"))
        runs = set()
        for i in range(len(t) - ANCHOR + 1):
            for k, j in index.get(t[i : i + ANCHOR], ()):
                a, b = i, j
                while a > 0 and b > 0 and t[a - 1] == texts[k][b - 1]:
                    a, b = a - 1, b - 1
                e, f = i + ANCHOR, j + ANCHOR
                while e < len(t) and f < len(texts[k]) and t[e] == texts[k][f]:
                    e, f = e + 1, f + 1
                if e - a >= RUN:
                    runs.add(t[a:e])
        for r in sorted(runs):
            print(path, "shares:", r)
        total += len(runs)
    print(total, "runs")


if __name__ == "__main__":
    main()
