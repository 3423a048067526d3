"""The extract layer's errors, all under ``corpus.errors.ZongjieError``: the CLI reports each in one line."""

from __future__ import annotations

from corpus.errors import ZongjieError


class OutputError(ZongjieError):
    """An output file could not be written, or an earlier output could not be read back."""


class EngineError(ZongjieError):
    """The Dask scheduler could not be reached (or a local cluster could not start)."""


class WorkerDied(ZongjieError):
    """A local worker process was killed (or ran out of memory); finished parts are kept."""


class TopicModelError(ZongjieError):
    """The shipped topic model is missing or unreadable."""
