"""The modules setup.py compiles pass the type check mypyc compiles by: where they do not, the install falls back
to plain Python (a third slower) with one line of warning that ``pip --quiet`` hides."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _compiled() -> list[str]:
    tree = ast.parse((ROOT / "setup.py").read_text("utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "COMPILED" for t in node.targets):
            modules: dict[str, list[str]] = ast.literal_eval(node.value)
            return [f"{pkg}/{m}.py" for pkg, mods in modules.items() for m in mods]
    raise AssertionError("setup.py names no COMPILED modules")


def test_the_compiled_modules_pass_mypycs_type_check() -> None:
    paths = _compiled()
    assert len(paths) >= 10 and all((ROOT / p).is_file() for p in paths)
    run = subprocess.run(
        [sys.executable, "-m", "mypy", "--ignore-missing-imports", "--follow-imports=silent", "--no-incremental", *paths],
        capture_output=True, text=True, cwd=ROOT, check=False, timeout=600,
    )
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-1000:]
