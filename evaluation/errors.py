"""The evaluation layer's errors: a gold file or a data file that cannot be used."""

from __future__ import annotations

from corpus.errors import ZongjieError


class EvaluationError(ZongjieError):
    """Inputs to a score are unusable: a malformed gold line, unreadable predictions, bad data."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason
