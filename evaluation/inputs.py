"""The evaluation layer's edges: every file it reads is read here, and nowhere else.

Predictions through ``store.read_records`` (any ``zongjie extract`` output or store), drafts and
references through the corpus layer's readers (``.txt`` in any encoding, ``.md``, ``.docx`` …),
data files as YAML or JSON.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from corpus.errors import ZongjieError
from corpus.records import Document, Failure
from evaluation.errors import EvaluationError


def read_predictions(path: str | Path) -> Iterator[dict[str, Any]]:
    """Prediction records of one ``extract`` output (``.jsonl`` ``.csv`` ``.xlsx`` ``.parquet``) or store
    (``.duckdb``, corrections applied)."""
    from store import read_records

    return read_records(path)


def documents(path: str | Path) -> list[Document]:
    """The documents in one readable file, through the corpus layer; a failure raises."""
    from corpus import read

    docs = []
    for item in read([str(path)]):
        if isinstance(item, Failure):
            raise EvaluationError(item.source, item.reason)
        docs.append(item)
    return docs


def read_text(path: str | Path) -> str:
    """A draft or reference as one text (several documents in one file are joined by blank lines)."""
    docs = documents(path)
    if not docs:
        raise EvaluationError(str(path), "holds no text")
    return "\n\n".join(d.text for d in docs)


def read_data(path: str | Path) -> Any:
    """A YAML or JSON data file, parsed."""
    p = Path(path)
    try:
        raw = p.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise EvaluationError(str(path), f"cannot read data file ({exc})") from exc
    if p.suffix.lower() == ".json":
        try:
            return json.loads(raw)
        except json.JSONDecodeError as exc:
            raise EvaluationError(str(path), f"not JSON ({exc.msg}, line {exc.lineno})") from exc
    import yaml

    try:
        return yaml.safe_load(raw)
    except yaml.YAMLError as exc:
        raise EvaluationError(str(path), f"not YAML ({exc})") from exc


def source_text(path: str | Path) -> str | None:
    """The text gold offsets index, for showing context: a file's one document, else None.

    Gold ``start``/``end`` count in the source as read (a tabular corpus: its text column), which
    is a Document's text. A file of several documents is ambiguous (gold names only the file).
    """
    try:
        docs = documents(path)
    except ZongjieError:
        return None  # context is a courtesy; the scores do not depend on it
    return docs[0].text if len(docs) == 1 else None
