"""The install's one build step: the extraction's hot modules compiled to C by mypyc, beside their sources.

Everything else is in pyproject.toml. The modules below run about 1.4 times as fast compiled, with the same records
byte for byte (they are the same code: mypyc compiles the type-annotated Python as it is). Where they cannot be
compiled (no C compiler, mypyc refusing a module, ``ZONGJIE_PURE=1`` in the environment) the install goes on
without them, warning, and the package runs as plain Python from the same sources. The compiling happens only when
extensions are built (``pip install [-e] .``, a wheel), never when pip only asks for the project's metadata.

After an edit of a compiled module in an editable install, install again (``pip install -e .``): until then Python
loads the compiled module, not the edited source. ``ZONGJIE_PURE=1 pip install -e .`` removes the compiled files.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_ext import build_ext
from setuptools.dist import Distribution

# The pure-Python modules the extraction spends its time in (bench/extract_speed.py's profile). Not the records
# (extract.records, corpus.records): they are pickled to worker processes and built by exec'd code, which mypyc's
# native classes are not made for.
COMPILED = [
    "extract/pipeline.py",
    "extract/figures.py",
    "extract/indicators.py",
    "extract/periods.py",
    "extract/canonical.py",
    "extract/topics.py",
    "extract/relations.py",
    "extract/targets.py",
    "extract/activities.py",
    "extract/numerals.py",
    "extract/lexicon.py",
]
GROUP = "extract._compiled"  # the shared library all of them live in: extract/_compiled__mypyc.*.so


def _pure() -> bool:
    return os.environ.get("ZONGJIE_PURE", "") not in ("", "0")


def _warn(why: str) -> None:
    print(f"zongjie: installing without the compiled modules ({why}); it runs as plain Python", file=sys.stderr)


class _Distribution(Distribution):
    def has_ext_modules(self) -> bool:  # so that build_ext runs: its extensions are made there, not here
        return True


class _BuildExt(build_ext):
    """build_ext whose extensions are mypyc's, made when it runs; on any failure none of them is installed."""

    def finalize_options(self) -> None:
        if not self.distribution.ext_modules:
            self.distribution.ext_modules = self._mypyc()
        super().finalize_options()

    def _mypyc(self) -> list:  # type: ignore[type-arg]
        if _pure():
            return []
        try:
            from mypyc.build import mypycify

            return mypycify(
                ["--ignore-missing-imports", "--follow-imports=silent", *COMPILED], group_name=GROUP, opt_level="3"
            )
        except (Exception, SystemExit) as e:  # mypy missing, or refusing a module (a type error exits)
            _warn(f"mypyc: {type(e).__name__} {e}")
            return []

    def run(self) -> None:
        _remove_compiled()  # no stale compiled module may shadow its source, whatever follows
        try:
            super().run()
        except Exception as e:  # no C compiler, a compile error: none of them, or a shim would load no library
            for ext in self.extensions:
                Path(self.get_ext_fullpath(ext.name)).unlink(missing_ok=True)
            self.extensions = []
            _warn(f"building: {type(e).__name__} {e}")

    def get_outputs(self) -> list[str]:
        return [p for p in super().get_outputs() if Path(p).exists()]


def _remove_compiled() -> None:
    """The compiled modules beside the sources (an editable install's), from an earlier install."""
    root = Path(__file__).resolve().parent
    for src in [*COMPILED, GROUP.replace(".", "/") + "__mypyc.py"]:
        stem = root / src[: -len(".py")]
        for p in stem.parent.glob(stem.name + ".*.so"):
            p.unlink()
        for p in stem.parent.glob(stem.name + ".*.pyd"):
            p.unlink()


setup(distclass=_Distribution, cmdclass={"build_ext": _BuildExt})
