"""The install's one build step: the extraction's hot modules compiled to C by mypyc, beside their sources.

Everything else is in pyproject.toml. The modules below run about 1.4 times as fast compiled, with the same records
byte for byte (they are the same code: mypyc compiles the type-annotated Python as it is). Where they cannot be
compiled (no C compiler, mypyc refusing a module, ``ZONGJIE_PURE=1`` in the environment) the install goes on
without them, warning (``pip install -v`` shows it), and the package runs as plain Python from the same sources.
The compiling happens only when extensions are built (``pip install [-e] .``, a wheel), never when pip only asks for
the project's metadata; it takes about a minute and a half on one core.

In an editable install a source edited after the install is newer than its compiled module: then no compiled module
is loaded until ``pip install -e .`` compiles them again (corpus.compiled), and ``make`` reinstalls when this file
changes. ``ZONGJIE_PURE=1 pip install -e .`` removes the compiled modules."""

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
COMPILED = {
    "extract": [
        "pipeline", "figures", "indicators", "periods", "canonical", "topics", "relations", "targets", "activities",
        "numerals", "lexicon", "segment", "dates", "tables",
    ],
    "corpus": ["sentences", "sections", "clean", "periods", "split", "normalise"],
}
# each package's compiled modules live in one shared library beside them (extract/_compiled__mypyc.*.so)
GROUPS = [([f"{pkg}/{m}.py" for m in mods], f"{pkg}._compiled") for pkg, mods in COMPILED.items()]


_BUILDS = {"build", "build_ext", "bdist_wheel", "editable_wheel", "install", "develop", "bdist_egg"}


def _pure() -> bool:
    return os.environ.get("ZONGJIE_PURE", "") not in ("", "0")


def _warn(why: str) -> None:
    print(f"zongjie: installing without the compiled modules ({why}); it runs as plain Python", file=sys.stderr)


class _Distribution(Distribution):
    def has_ext_modules(self) -> bool:  # so that build_ext runs: its extensions are made there, not here
        return True  # even with ZONGJIE_PURE: build_ext then removes an earlier install's compiled modules


class _BuildExt(build_ext):
    """build_ext whose extensions are mypyc's, made when it runs; on any failure none of them is installed."""

    def finalize_options(self) -> None:
        # once, and only for a build: pip's metadata steps (egg_info, dist_info) finalize this command too
        if self.distribution.ext_modules is None:
            building = _BUILDS.intersection(self.distribution.commands)
            self.distribution.ext_modules = self._mypyc() if building else []
        super().finalize_options()

    def _mypyc(self) -> list:  # type: ignore[type-arg]
        if _pure():
            return []
        try:
            from mypyc.build import mypycify

            paths = [p for files, _ in GROUPS for p in files]
            return mypycify(["--ignore-missing-imports", "--follow-imports=silent", *paths], separate=GROUPS)
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
    """The compiled modules beside the sources (an editable install's) from an earlier install, also those of a
    module no longer compiled: every extension module of the packages named by a source beside it or a group's."""
    root = Path(__file__).resolve().parent
    libs = {group.rpartition(".")[2] + "__mypyc" for _, group in GROUPS}
    for pkg in COMPILED:
        for p in (root / pkg).iterdir():
            stem = p.name.partition(".")[0]
            if p.suffix in (".so", ".pyd") and (stem in libs or p.with_name(stem + ".py").exists()):
                p.unlink()


setup(distclass=_Distribution, cmdclass={"build_ext": _BuildExt})
