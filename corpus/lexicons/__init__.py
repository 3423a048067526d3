"""Data files of the corpus layer (furniture patterns, organisation suffixes, title words), and how every
lexicon of the project is read."""

from __future__ import annotations

from typing import Any


def read_yaml(text: str) -> Any:
    """A lexicon's YAML, parsed by libyaml where PyYAML has it (a tenth of the pure-Python parser's time,
    at every start of a process), with the same safe constructor and so the same values."""
    import yaml

    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
