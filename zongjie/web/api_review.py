"""Review: a document as ``zongjie show`` renders it, its figures as a table, corrections, exports."""

from __future__ import annotations

import base64
import hashlib
import math
import re
import uuid
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import FileResponse, HTMLResponse
from pydantic import BaseModel, Field
from starlette.background import BackgroundTask

from corpus.records import source_label
from store.library import NoChange
from store.rows import activity_of, article_of, figure_of

router = APIRouter()

EXPORTS = {"xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "csv": "text/csv"}
_INLINE_SCRIPT = re.compile(r"<script>(.*?)</script>", re.DOTALL)


class Correction(BaseModel):
    """What a person says the figure is; every field optional (unset: the extractor's reading stands)."""

    value: float | None = None
    unit: str | None = Field(default=None, max_length=20)
    indicator: str | None = Field(default=None, max_length=100)
    target: bool | None = None


@router.get("/documents")
def documents(request: Request) -> list[dict[str, Any]]:
    return request.app.state.library.documents()


def _parts(request: Request, key: str) -> list[Any]:
    parts = request.app.state.library.parts(key)
    if not parts:
        raise HTTPException(404, "库中没有这份文档")
    return parts


@router.get("/documents/{key}/figures")
def figures(request: Request, key: str) -> dict[str, Any]:
    """The document's figures in the order of the page (``n`` is the figure's anchor ``f{n}`` there)."""
    rows, n = [], 0
    for article, figs, _ in _parts(request, key):
        for fig in figs:
            rows.append({**fig, "n": n, "article": article["title"] or ""})
            n += 1
    return {"figures": rows, "topics": sorted({r["topic"] for r in rows if r["topic"]})}


@router.get("/documents/{key}/page", response_class=HTMLResponse)
def page(request: Request, key: str) -> HTMLResponse:
    """The ``show`` page of the document, corrections applied; only its own inline script may run."""
    from extract.render import Part, render

    parts = [
        Part(article_of(a), tuple(figure_of(f) for f in figs), tuple(activity_of(t) for t in acts))
        for a, figs, acts in _parts(request, key)
    ]
    title = next((p.article.title for p in parts if p.article.title), None) or source_label(parts[0].article.source)
    html = render(parts, title)
    hashes = " ".join(
        "'sha256-" + base64.b64encode(hashlib.sha256(s.encode("utf-8")).digest()).decode() + "'"
        for s in _INLINE_SCRIPT.findall(html)
    )
    policy = (
        f"default-src 'none'; script-src {hashes or chr(39) + 'none' + chr(39)}; style-src 'unsafe-inline'; "
        "img-src data:; base-uri 'none'; frame-ancestors 'self'"
    )
    return HTMLResponse(html, headers={"Content-Security-Policy": policy})


@router.post("/figures/{key}/correction")
def correct(request: Request, key: str, correction: Correction) -> dict[str, Any]:
    fields = correction.model_dump(exclude_none=True)
    if not fields:
        raise HTTPException(422, "没有要更正的内容")
    if "value" in fields and not math.isfinite(fields["value"]):
        raise HTTPException(422, "数值必须是一个有限的数（不能是 NaN、无穷大或超出范围的数）")
    try:
        figure = request.app.state.library.correct(key, fields)
    except NoChange:
        raise HTTPException(422, "没有改动：数值、单位、指标和目标都与现在相同，未保存") from None
    if figure is None:
        raise HTTPException(404, "库中没有这个数字")
    return figure


@router.post("/figures/{key}/undo")
def undo(request: Request, key: str) -> dict[str, Any]:
    """Take back the latest correction: the one before it, or the extractor's reading, stands again."""
    try:
        figure = request.app.state.library.undo(key)
    except NoChange:
        raise HTTPException(409, "这个数字没有可撤销的更正") from None
    if figure is None:
        raise HTTPException(404, "库中没有这个数字")
    return figure


@router.get("/figures/{key}/history")
def history(request: Request, key: str) -> list[dict[str, Any]]:
    """Every correction of the figure, oldest first; an undone one says when (``undone_at``)."""
    rows = request.app.state.library.history(key)
    return [
        {k: (v.strftime("%Y-%m-%d %H:%M") if hasattr(v, "strftime") else v) for k, v in r.items() if k != "key"}
        for r in rows
    ]


@router.get("/export")
def export(request: Request, format: str = "xlsx", document: str | None = None) -> FileResponse:
    """Every record of the store (or of one document) with corrections applied, as .xlsx or .csv."""
    from bulk.io import write_records

    if format not in EXPORTS:
        raise HTTPException(422, "导出格式只能是 xlsx 或 csv")
    records = request.app.state.library.records(document)
    if document and not records:
        raise HTTPException(404, "库中没有这份文档")
    if format == "csv":  # one table: the figures (documents and activities have other columns)
        records = [r for r in records if r["type"] == "figure"]
    path = request.app.state.settings.outputs / f"{uuid.uuid4().hex}.{format}"
    write_records(records, path)
    return FileResponse(
        path,
        media_type=EXPORTS[format],
        filename=f"zongjie-figures.{format}",
        background=BackgroundTask(path.unlink, missing_ok=True),
    )
