"""Bulk extraction: batches, the Dask engine against the local one, resume after a kill, bad files.

Inputs are the project's samples and the seed pages (read from ../shared), and reports made here by
reshuffling the seed pages' paragraphs, so every run extracts real text.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from bulk import parts, plan
from bulk.io import read_records
from bulk.plan import batches
from bulk.scale import Events, Options, collect, write_dataset

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples" / "reports"


def zongjie(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "zongjie", *args], cwd=cwd, capture_output=True, text=True, timeout=300
    )


def reshuffled(seeds: Path, folder: Path, n: int, seed: int = 7) -> Path:
    """``n`` reports of 20 paragraphs each drawn from the seed pages, in subfolders of ten."""
    paragraphs = [
        p.strip()
        for f in sorted(seeds.glob("*.txt"))
        for p in f.read_text("utf-8").split("\n")
        if len(p.strip()) > 40
    ]
    rng = random.Random(seed)
    for i in range(n):
        path = folder / f"{i // 10:02d}" / f"report-{i:03d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("\n".join(rng.sample(paragraphs, 20)), "utf-8")
    return folder


def leftovers(out: Path) -> list[Path]:
    return [p for p in out.rglob("*") if p.name.endswith(".tmp")]


@pytest.fixture(scope="module")
def cluster() -> Iterator[str]:
    """One real 2-process LocalCluster for the module: its startup costs seconds."""
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as c:
        yield c.scheduler_address


def test_batches_are_content_defined_and_keyed_by_what_decides_the_records(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # sources such as "in/r07.txt": the same boundaries on every machine
    Path("in").mkdir()
    for i in range(40):
        Path(f"in/r{i:02d}.txt").write_text(f"新建工会组织{i}家。", "utf-8")

    def keys(**kw: object) -> list[str]:
        return [b.key for b in batches(["in"], batch_files=4, **kw)]  # type: ignore[arg-type]

    before = list(batches(["in"], batch_files=4))
    assert [f for b in before for f in b.files] == [
        (str(tmp_path / f"in/r{i:02d}.txt"), f"in/r{i:02d}.txt") for i in range(40)
    ]
    assert len(before) > 4 and keys() == [b.key for b in before]  # stable
    assert set(keys(text_column="正文")).isdisjoint(keys())
    # One report added in the middle: only the batch around it changes (it may be cut in two).
    Path("in/r20a.txt").write_text("新建工会组织3家。", "utf-8")
    after = keys()
    assert len(set(after) - {b.key for b in before}) in (1, 2)
    assert len({b.key for b in before} - set(after)) <= 1
    # One report rewritten: its batch gets a new key, the others keep theirs.
    os.utime("in/r05.txt", ns=(1, 1))
    again = keys()
    assert len(again) == len(after) and len(set(again) - set(after)) == 1


def test_dask_cluster_writes_what_the_local_engine_writes(seeds_dir: Path, cluster: str, tmp_path: Path) -> None:
    inputs = [str(SAMPLES), str(seeds_dir)]
    local = write_dataset(inputs, tmp_path / "local.parquet", Options(jobs=1, batch_files=2))
    dask = write_dataset(
        inputs, tmp_path / "dask.parquet", Options(engine="dask", scheduler=cluster, batch_files=2)
    )
    a = list(read_records(tmp_path / "local.parquet"))
    b = list(read_records(tmp_path / "dask.parquet"))
    assert len(a) > 500 and a == b  # every record, every field, in the same order
    assert local.counts() == dask.counts() and local.figures == sum(r["type"] == "figure" for r in a)
    assert len(parts.parts(tmp_path / "dask.parquet")) > 2  # really several tasks
    # Records in input order, as the single-file outputs have them.
    sources = [r["source"] for r in a if r["type"] == "document"]
    assert sources[0].startswith(str(SAMPLES)) and sources[-1].startswith(str(seeds_dir))
    # The collecting path (single-file outputs) gives the same records on both engines too.
    c_local = list(collect(inputs, Options(jobs=1, batch_files=3)))
    c_dask = list(collect(inputs, Options(engine="dask", scheduler=cluster, batch_files=3)))
    assert c_local == c_dask and len(c_local) == len(a)


def test_pandas_and_duckdb_read_the_dataset(seeds_dir: Path, tmp_path: Path) -> None:
    import duckdb
    import pandas as pd

    out = tmp_path / "out.parquet"
    tally = write_dataset([str(seeds_dir)], out, Options(jobs=1, batch_files=1))
    frame = pd.read_parquet(out)
    assert (frame["type"] == "figure").sum() == tally.figures > 100
    n = duckdb.sql(f"SELECT count(*) FROM read_parquet('{out}/*.parquet') WHERE type = 'figure'").fetchall()
    assert n == [(tally.figures,)]
    manifest = json.loads((out / parts.MANIFEST).read_text("utf-8"))
    assert manifest["figures"] == tally.figures and len(manifest["parts"]) == 4


def test_a_bad_file_fails_alone(tmp_path: Path) -> None:
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "a.txt").write_text("一、组织建设\n全年新建工会组织38家，发展会员1200人。", "utf-8")
    (corpus / "b.pdf").write_bytes(b"this is no PDF at all\n" * 20)
    (corpus / "c.txt").write_bytes(bytes(range(256)) * 64)
    (corpus / "d.txt").write_text("二、帮扶\n走访慰问困难职工265户，发放慰问金41万元。", "utf-8")
    out = tmp_path / "out.parquet"
    # Batch boundaries hash the sources; relative sources ("in/a.txt") keep them off the temporary
    # folder's name, so that the four files share one batch on every machine.
    assert not any(plan._boundary(f"in/{n}", 100) for n in ("a.txt", "b.pdf", "c.txt"))
    r = zongjie("extract", "in", "-o", str(out), "--jobs", "1", "--batch-files", "100", cwd=tmp_path)
    assert r.returncode == 1, r.stderr
    assert len(parts.parts(out)) == 1  # one batch holds all four files
    failed = [line for line in r.stderr.splitlines() if line.startswith("error:")]
    assert len(failed) == 2 and "b.pdf" in failed[0] and "c.txt" in failed[1]
    import duckdb

    errors = duckdb.sql(f"SELECT source, stage, reason FROM read_parquet('{out}/_errors/*.parquet')").fetchall()
    assert sorted(Path(s).name for s, _, _ in errors) == ["b.pdf", "c.txt"]
    assert all(stage == "read" and reason for _, stage, reason in errors)
    values = {r["value"] for r in read_records(out) if r["type"] == "figure"}
    assert {38, 1200, 265, 41} <= values
    # A resumed run of a finished output reports the same failures again: same exit status.
    again = zongjie("extract", "in", "-o", str(out), "--jobs", "1", "--batch-files", "100", cwd=tmp_path)
    assert again.returncode == 1 and "kept" in again.stderr and "b.pdf" in again.stderr


@pytest.fixture(scope="module")
def uninterrupted(seeds_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """120 reshuffled reports and the output of a run over them that nobody interrupted."""
    folder = tmp_path_factory.mktemp("resume")
    corpus = reshuffled(seeds_dir, folder / "in", 120)
    write_dataset([str(corpus)], folder / "whole.parquet", Options(jobs=1, batch_files=3))
    return corpus, folder / "whole.parquet"


@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGINT])
def test_a_killed_run_resumes_without_losing_or_duplicating(
    uninterrupted: tuple[Path, Path], tmp_path: Path, how: signal.Signals
) -> None:
    corpus, whole = uninterrupted
    args = [str(corpus), "--jobs", "2", "--batch-files", "3"]
    out = tmp_path / "out.parquet"
    proc = subprocess.Popen(
        [sys.executable, "-m", "zongjie", "extract", *args, "-o", str(out), "--quiet"],
        cwd=ROOT,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group: a kill reaches the workers too, as a crash would
    )
    deadline = time.monotonic() + 120
    while len(list(out.glob("part-*.parquet"))) < 4 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    assert proc.poll() is None, "the run ended before it could be interrupted"
    if how == signal.SIGKILL:
        os.killpg(proc.pid, signal.SIGKILL)
    else:
        os.kill(proc.pid, signal.SIGINT)  # Ctrl-C reaches the parent; workers ignore it
    _, stderr = proc.communicate(timeout=60)
    if how == signal.SIGINT:
        assert proc.returncode == 130 and "run the same command to continue" in stderr
        assert not leftovers(out)  # an interrupted run leaves whole parts only
    kept = len(list(out.glob("part-*.parquet")))
    assert 4 <= kept < len(parts.parts(whole)) and not (out / parts.MANIFEST).exists()

    r = zongjie("extract", *args, "-o", str(out))
    assert r.returncode == 0, r.stderr
    assert "batches kept from an earlier run" in r.stderr
    a, b = list(read_records(whole)), list(read_records(out))
    assert len(a) == len(b) > 1000 and a == b
    figures = [(r["source"], r["start"]) for r in b if r["type"] == "figure"]
    assert len(figures) == len(set(figures))  # no record twice
    assert not leftovers(out)
    assert sorted(p.name for p in out.glob("part-*")) == sorted(p.name for p in whole.glob("part-*"))


def test_changed_inputs_leave_no_stale_parts(tmp_path: Path) -> None:
    corpus = tmp_path / "in"
    for i in range(6):
        (corpus / f"r{i}.txt").parent.mkdir(exist_ok=True)
        (corpus / f"r{i}.txt").write_text(f"新建工会组织{i + 10}家。", "utf-8")
    out = tmp_path / "out.parquet"
    write_dataset([corpus], out, Options(batch_files=1))
    (corpus / "r3.txt").unlink()
    tally = write_dataset([corpus], out, Options(batch_files=1))
    values = sorted(r["value"] for r in read_records(out) if r["type"] == "figure")
    assert values == [10, 11, 12, 14, 15] and tally.figures == 5
    assert len(list(out.glob("part-*.parquet"))) == 5


def test_a_task_that_fails_is_reported_and_done_again_next_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out.parquet"
    real = parts.write_part
    calls: list[str] = []

    def disk_full_once(folder: Path, key: str, *args: object) -> None:
        calls.append(key)
        if len(calls) == 1:
            raise OSError(28, "No space left on device")
        real(folder, key, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(parts, "write_part", disk_full_once)
    failed: list[str] = []
    # one file a batch: batches are cut where a file's path hashes to a boundary, so with two files a batch the four
    # samples fell into one batch in a checkout at some paths (/tmp/fresh7/main), and the failed batch was all of them
    opts = Options(batch_files=1, events=Events(on_failure=lambda f: failed.append(f.message())))
    tally = write_dataset([str(SAMPLES)], out, opts)
    lost = parts.read_errors(out, calls[0])
    assert lost and all(f.stage == "batch" and "No space left on device" in f.reason for f in lost)
    assert len(failed) == len(lost) == len(tally.failures)
    assert len(parts.parts(out)) == len(calls) - 1  # the manifest names the parts that exist
    assert list(read_records(out))  # and reads back
    again = write_dataset([str(SAMPLES)], out, Options(batch_files=1))
    assert calls[-1] == calls[0] and len(calls) == len(set(calls)) + 1  # only the failed batch ran again
    assert not again.failures and not list((out / parts.ERRORS_DIR).glob("part-*"))


def test_a_folder_of_other_files_is_refused_not_cleaned(tmp_path: Path) -> None:
    out = tmp_path / "spark.parquet"
    out.mkdir()
    (out / "part-00000-5f1e.snappy.parquet").write_bytes(b"PAR1")
    r = zongjie("extract", str(SAMPLES), "-o", str(out), "--jobs", "1")
    assert r.returncode == 1 and "a folder holding other files" in r.stderr
    assert [p.name for p in out.iterdir()] == ["part-00000-5f1e.snappy.parquet"]


def test_cli_dask_without_scheduler_starts_a_local_cluster(tmp_path: Path) -> None:
    out = tmp_path / "d.jsonl"
    r = zongjie("extract", str(SAMPLES), "-o", str(out), "--engine", "dask", "--jobs", "2", "--batch-files", "1")
    assert r.returncode == 0, r.stderr
    got = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert got == list(collect([str(SAMPLES)], Options(jobs=1))) and len(got) > 50


def test_cli_scheduler_needs_the_dask_engine() -> None:
    r = zongjie("extract", str(SAMPLES), "--scheduler", "tcp://127.0.0.1:8786")
    assert r.returncode == 2 and "--scheduler goes with --engine dask" in r.stderr


def test_cli_unreachable_scheduler_is_one_line() -> None:
    env = {**os.environ, "DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "1s"}
    args = ["extract", str(SAMPLES), "--engine", "dask", "--scheduler", "tcp://127.0.0.1:9"]
    r = subprocess.run(
        [sys.executable, "-m", "zongjie", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert r.returncode == 2, r.stderr
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in r.stderr and "Traceback" not in r.stderr
