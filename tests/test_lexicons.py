"""Every key of every lexicon is read by the code: a key nobody reads is a word list that does nothing
while its file says "extend here".

A fresh interpreter wraps every YAML lexicon that ``corpus.lexicons.load`` returns in a mapping that
notes which keys are looked up (iterating a mapping reads all its keys: they are data, such as the unit
characters of ``unit_collisions``), runs the whole pipeline on the project's own samples (read, split,
extract, compare, audit, draft), and lists every key of every file that was never read.

The drafting phrase bank is held to its top-level keys: below them its keys are the data's own words
(topic names, period kinds such as H1 or Q3), looked up as a draft needs them.
"""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import ROOT

PACKAGES = ("corpus", "extract", "store", "generate", "evaluation", "compare", "zongjie")


def shipped() -> set[str]:
    """Every lexicon the packages ship, as paths from the repository root: each ``lexicons/`` folder's
    YAML files, the tabular readers' column names and the drafting phrase bank."""
    files = [p for pkg in PACKAGES for p in (ROOT / pkg).rglob("lexicons/*.yaml")]
    files += [ROOT / "corpus" / "readers" / "columns.yaml", *(ROOT / "generate" / "phrasebank").glob("*.yaml")]
    return {str(p.relative_to(ROOT)) for p in files}


SCRIPT = r"""
import json, sys
import corpus.lexicons as lexicons

every, read = {}, {}
real = lexicons.load


def wrap(value, file, path):
    if isinstance(value, dict):
        return Tracked(value, file, path)
    if isinstance(value, list):
        return [wrap(v, file, path + "[]") for v in value]
    return value


class Tracked(dict):
    def __init__(self, data, file, path):
        self._file, self._path = file, path
        keys = {k: f"{path}.{k}" if path else str(k) for k in data}
        every.setdefault(file, set()).update(keys.values())
        self._keys = keys
        super().__init__({k: wrap(v, file, keys[k]) for k, v in data.items()})

    def _read(self, *keys):
        read.setdefault(self._file, set()).update(self._keys[k] for k in keys if k in self._keys)

    def __getitem__(self, k):
        self._read(k)
        return super().__getitem__(k)

    def get(self, k, default=None):
        self._read(k)
        return super().get(k, default)

    def __contains__(self, k):
        self._read(k)
        return super().__contains__(k)

    def __iter__(self):
        self._read(*self._keys)
        return super().__iter__()

    def keys(self):
        self._read(*self._keys)
        return super().keys()

    def items(self):
        self._read(*self._keys)
        return super().items()

    def values(self):
        self._read(*self._keys)
        return super().values()

    def copy(self):
        self._read(*self._keys)
        return dict(super().items())


def tracked_load(package, name):
    from importlib import resources

    path = Path(str(resources.files(package).joinpath(name))).resolve().relative_to(root)
    return wrap(real(package, name), str(path), "")


from pathlib import Path

root = Path(sys.argv[1]).resolve()
lexicons.load = tracked_load

import tempfile
import corpus
from extract import extract_article
from compare.table import compare_records
from compare.audit import audit_records
from generate.drafting import draft_file

records = []
for doc in corpus.read([root / "samples" / "reports"]):
    for article in corpus.split_articles(doc):
        records.append(article.record())
        records.extend(extract_article(article).records())
for wording in ("新建工会组织", "慰问金", "建会率"):
    compare_records(records, wording)
    compare_records(records, wording, targets=True)
audit_records(records)
draft_file(root / "samples" / "data" / "qingchuan-2025h1.yaml")
from compare.run import run_audit, run_compare
from bulk.io import read_records, write_records

with tempfile.TemporaryDirectory() as tmp:  # the Excel files people open, written and read back
    out = Path(tmp)
    write_records(records, out / "figures.xlsx")
    list(read_records(out / "figures.xlsx"))
    reports = [str(root / "samples" / "reports")]
    run_compare(reports, "新建基层工会组织", out=out / "c.xlsx", on_failure=print)
    run_compare(reports, "新建基层工会组织", out=out / "t.xlsx", target_vs_actual=True, on_failure=print)
    run_audit(reports, out=out / "a.xlsx", on_failure=print)
print(json.dumps({f: sorted(every[f] - read.get(f, set())) for f in sorted(every)}, ensure_ascii=False))
"""


def test_every_key_of_every_lexicon_is_read() -> None:
    run = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(ROOT)], capture_output=True, text=True, cwd=ROOT, check=False
    )
    assert run.returncode == 0, run.stderr[-3000:]
    unread = json.loads(run.stdout.strip().splitlines()[-1])
    assert set(unread) == shipped()  # every lexicon was loaded, through corpus.lexicons.load
    for f in unread:
        if f.startswith("generate/phrasebank/"):
            unread[f] = [k for k in unread[f] if "." not in k and "[]" not in k]
    assert {f: keys for f, keys in unread.items() if keys} == {}
