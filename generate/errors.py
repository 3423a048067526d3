"""The generate layer's errors, all under ``corpus.errors.ZongjieError`` so the CLI reports them in one line."""

from __future__ import annotations

from corpus.errors import ZongjieError


class DataError(ZongjieError):
    """A draft-data file is unreadable or a field in it is wrong; names the file and the field."""

    def __init__(
        self,
        path: str,
        reason: str,
        field: str | None = None,
        *,
        path_in_data: tuple[str | int, ...] | None = None,
        at: str | None = None,
    ) -> None:
        where = "".join(f"{part}: " for part in (path, at, field) if part)
        super().__init__(where + reason)
        self.path = path
        self.field = field
        self.reason = reason
        self.path_in_data = path_in_data  # the keys leading to the faulty value, to find its line
        self.at = at  # "line 3, column 7" in the file, where known


class RenderError(ZongjieError):
    """A draft could not be written (unknown suffix, unwritable path)."""


class LLMError(ZongjieError):
    """The language model could not be reached or answered with something unusable."""
