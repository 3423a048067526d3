"""`zongjie extract` as a user runs it: files in, records out, quality measured against the seed gold."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "tests" / "gold" / "seeds"
HELDOUT = ROOT / "tests" / "gold" / "heldout"


def zongjie(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "zongjie", *args], cwd=cwd, capture_output=True, text=True, timeout=300
    )


def test_extract_samples_every_format(tmp_path: Path) -> None:
    for suffix in (".jsonl", ".csv", ".xlsx", ".parquet"):
        out = tmp_path / f"figures{suffix}"
        r = zongjie("extract", "samples/reports", "-o", str(out), "--quiet", "--jobs", "1")
        assert r.returncode == 0, r.stderr
        assert out.stat().st_size > 0
    recs = [json.loads(line) for line in (tmp_path / "figures.jsonl").read_text("utf-8").splitlines()]
    docs = [r for r in recs if r["type"] == "document"]
    assert {d["org"] for d in docs} >= {"青川县总工会", "柳溪镇总工会", "东湖社区工会", "西湖社区工会"}
    gbk = next(r for r in recs if r["type"] == "figure" and "柳溪镇" in r["source"])
    assert gbk["sentence"]  # decoded from GBK, not mojibake
    money = [r for r in recs if r["type"] == "figure" and r["unit"] == "万元" and r["value"] == 63.5]
    assert money and money[0]["canonical"] == "慰问金"


def test_bad_input_goes_on(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("新建工会组织38家。", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    out = tmp_path / "o.jsonl"
    r = zongjie("extract", str(tmp_path), "-o", str(out), "--quiet", "--jobs", "1")
    assert r.returncode == 1
    assert "empty.txt" in r.stderr
    assert '"value": 38' in out.read_text("utf-8")


def test_quality_on_seed_gold(seeds_dir: Path, tmp_path: Path) -> None:
    pred = tmp_path / "seeds.jsonl"
    r = zongjie("extract", str(seeds_dir), "-o", str(pred), "--quiet")
    assert r.returncode == 0, r.stderr
    r = zongjie("evaluate", "extraction", str(pred), "--gold", str(GOLD), "--json")
    assert r.returncode == 0, r.stderr
    score = json.loads(r.stdout)
    assert len(score["files"]) == 4, score.get("files")
    # Floors a regression must not cross (measured 2026-11-21: F1 0.99, indicator 0.91, target 1.0).
    assert score["f1"] >= 0.97
    assert score["indicator_accuracy"] >= 0.88
    assert score["target_accuracy"] >= 0.97
    assert score["approx_accuracy"] >= 0.97


def test_quality_on_held_out_reports(provinces_dir: Path, tmp_path: Path) -> None:
    """Four provincial reports annotated by people who never saw the extractor. 河北 and 吉林 have since
    been looked at while tuning; 河南 and 西藏 never were, so their floors are the issue's goals."""
    golds = sorted(HELDOUT.glob("*.jsonl"))
    assert len(golds) == 4
    csvs = [str(provinces_dir / g.name.replace(".jsonl", ".csv")) for g in golds]
    pred = tmp_path / "heldout.jsonl"
    r = zongjie("extract", *csvs, "-o", str(pred), "--quiet", "--jobs", "1")
    assert r.returncode == 0, r.stderr
    r = zongjie("evaluate", "extraction", str(pred), "--gold", str(HELDOUT), "--json")
    assert r.returncode == 0, r.stderr
    score = json.loads(r.stdout)
    assert score["gold"] >= 500 and not score["unscored"]
    # Goals of the extraction issue, on every file (measured 2026-11-21: F1 0.98–1.0, indicator 0.945–1.0)
    assert len(score["files"]) == 4
    for f in score["files"].values():
        assert f["f1"] >= 0.95, f
        assert f["indicator_accuracy"] >= 0.90, f
        assert f["target_accuracy"] >= 0.95, f
        assert f["approx_accuracy"] >= 0.95, f


def test_version_is_the_installed_distributions() -> None:
    from importlib.metadata import version

    from typer.testing import CliRunner

    from zongjie.cli import app

    for flag in ("--version", "-V"):
        result = CliRunner().invoke(app, [flag])
        assert result.exit_code == 0 and result.output.strip() == f"zongjie {version('zongjie')}"
