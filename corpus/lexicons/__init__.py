"""Data files of the corpus layer (furniture patterns, organisation suffixes, title words), and ``load``,
through which every layer reads its YAML lexicons."""

from __future__ import annotations

from typing import Any


def load(package: str, name: str) -> Any:
    """The YAML data file ``name`` shipped inside ``package``: ``load("extract", "lexicons/cues.yaml")``.

    Every lexicon is read through here, so a test can see which of its keys the code reads."""
    from importlib import resources

    import yaml

    return yaml.safe_load(resources.files(package).joinpath(name).read_text(encoding="utf-8"))
