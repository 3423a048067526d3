"""Writing a draft: the output's suffix picks the renderer (a registry you can see)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from generate.errors import RenderError
from generate.plan import Draft
from generate.render_text import to_markdown, to_txt


def _text_writer(render: Callable[[Draft], str]) -> Callable[[Draft, Path], Path]:
    def write(draft: Draft, path: Path) -> Path:
        try:
            path.write_text(render(draft), encoding="utf-8")
        except OSError as exc:
            raise RenderError(f"{path}: cannot write: {exc.strerror or exc}") from exc
        return path

    return write


def _docx_writer(draft: Draft, path: Path) -> Path:
    from generate.render_docx import write_docx

    return write_docx(draft, path)


WRITERS: dict[str, Callable[[Draft, Path], Path]] = {
    ".docx": _docx_writer,
    ".md": _text_writer(to_markdown),
    ".txt": _text_writer(to_txt),
}


def write_draft(draft: Draft, path: str | Path) -> Path:
    """Write ``draft`` as .docx (GB/T 9704), .md or .txt, by the suffix of ``path``."""
    out = Path(path)
    writer = WRITERS.get(out.suffix.lower())
    if writer is None:
        raise RenderError(
            f"{out}: unknown output format {out.suffix or '(no suffix)'}; use .docx, .md or .txt"
        )
    return writer(draft, out)
