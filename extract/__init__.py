"""Text → figures, activities and document facts, every one grounded in the normalised text.

Public API:
- ``extract_article(article) -> Extraction`` (``.figures``, ``.activities``, ``.records()``)
- ``figures_in(text) -> list[Figure]``
- ``extract_paths(paths, ...) -> Iterator[dict]`` (records of every input; see ``extract.batch``)
"""

from __future__ import annotations

from corpus.compiled import guard

guard(__path__[0])  # before any module of the package is imported: see corpus.compiled

from extract.pipeline import Extraction, extract_article, figures_in  # noqa: E402
from extract.records import Activity, Change, Figure  # noqa: E402

__all__ = ["Activity", "Change", "Extraction", "Figure", "extract_article", "extract_paths", "figures_in"]


def extract_paths(paths, **options):  # type: ignore[no-untyped-def]
    from extract.batch import extract_paths as run

    return run(paths, **options)
