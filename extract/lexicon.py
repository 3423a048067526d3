"""The extract layer's lexicons, loaded once from the data files beside this module."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from corpus.lexicons import read_yaml


@dataclass(frozen=True, slots=True)
class Lexicon:
    units: dict[str, str]  # unit → family
    cues: dict[str, Any]


def _read(name: str) -> str:
    return resources.files("extract").joinpath("lexicons", name).read_text(encoding="utf-8")


@cache
def lexicon() -> Lexicon:

    units: dict[str, str] = {}
    for line in _read("units.tsv").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        unit, family, *_ = line.split("\t")
        units[unit] = family
    cues = read_yaml(_read("cues.yaml"))
    return Lexicon(units=units, cues=cues)


def alternation(words: Any) -> str:
    """A regex alternation of literal words, longest first so the longest match wins."""
    import re

    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))
