"""Draft: from the store's figures of one organisation and period, or from an uploaded data file,
optionally following last year's report; shown with every figure linked to its data, and as .docx."""

from __future__ import annotations

import re
import uuid
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Form, HTTPException, Request, UploadFile
from fastapi.responses import FileResponse

from corpus.errors import ZongjieError
from zongjie.web.messages import data_error, reason, without_path
from zongjie.web.uploads import DATA_SUFFIXES, UploadRefused, document_suffixes, keep

router = APIRouter()

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
_DRAFT_ID = re.compile(r"^[0-9a-f]{32}$")


@router.get("/organisations")
def organisations(request: Request) -> list[dict[str, Any]]:
    return request.app.state.library.organisations()


def _saved(request: Request, upload: UploadFile | None, allowed: tuple[str, ...]) -> Path | None:
    if upload is None or not upload.filename:
        return None
    try:
        return keep(upload.file, upload.filename, request.app.state.settings, allowed)
    except UploadRefused as exc:
        raise HTTPException(422, f"{upload.filename}：{exc}") from exc


def _from_store(request: Request, org: str, period: str | None) -> tuple[Any, list[dict[str, Any]]]:
    """The org's figures and activities for the period, as draft data and the records it came from."""
    from generate.data import data_from_records

    records = request.app.state.library.records()
    docs = {r["source"]: r for r in records if r["type"] == "document"}

    def owner(r: dict[str, Any]) -> tuple[Any, Any]:  # as the organisations list reckons it
        doc = docs.get(r["source"], {})
        return (r.get("org") or doc.get("org"), r.get("period") or doc.get("period"))

    chosen = [r for r in records if r["type"] == "figure" and not r.get("placeholder") and owner(r) == (org, period)]
    sources = {r["source"] for r in chosen}
    chosen += [r for r in records if r["type"] == "activity" and r["source"] in sources]
    if not any(r["type"] == "figure" for r in chosen):
        raise HTTPException(404, f"库中没有“{org}”{period or ''}的数字")
    return data_from_records([{"type": "document", "org": org, "period": period}, *chosen], source="库"), chosen


def _links(draft: Any, used: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each block with its figures, each figure with the data it came from (and the stored sentence)."""
    by_reading = {}
    for r in used:
        if r["type"] == "figure":
            by_reading.setdefault((r.get("indicator") or r.get("canonical"), r.get("value"), r.get("unit")), r)
    blocks = []
    for block in draft.blocks:
        pieces = []
        for p in block.pieces:
            q = p.figure
            origin = by_reading.get((q.indicator, q.value, q.unit), {})
            pieces.append({
                "start": p.start, "end": p.end, "topic": q.topic, "indicator": q.indicator, "value": q.value,
                "unit": q.unit, "approx": q.approx, "target": q.target, "key": q.key,
                "sentence": origin.get("sentence"), "source": origin.get("source"),
            })
        blocks.append({"kind": block.kind, "text": block.text, "pieces": pieces})
    return blocks


@router.post("/drafts")
def draft(
    request: Request,
    org: Annotated[str, Form(max_length=100)] = "",
    period: Annotated[str, Form(max_length=20)] = "",
    data: UploadFile | None = None,
    like: UploadFile | None = None,
) -> dict[str, Any]:
    from generate.data import load_data
    from generate.drafting import draft

    outputs = request.app.state.settings.outputs
    draft_id = uuid.uuid4().hex
    data_path = _saved(request, data, DATA_SUFFIXES)
    used: list[dict[str, Any]] = []
    like_path = _saved(request, like, document_suffixes())
    try:
        if data_path is None:
            if not org.strip():
                raise HTTPException(422, "请选择单位，或上传数据文件")
            plan, used = _from_store(request, org.strip(), period.strip() or None)
        else:
            plan = load_data(data_path)
        result = draft(plan, like=like_path, out=outputs / f"{draft_id}.docx")
    except ZongjieError as exc:
        raise HTTPException(422, _why(exc, data_path, data, like_path, like)) from exc
    return {
        "id": draft_id,
        "title": result.title,
        "notes": list(result.notes),
        "review": list(result.review),  # what a person must look at before the draft is sent
        "figures": len(result.placed),
        "blocks": _links(result, used),
        "download": f"/api/drafts/{draft_id}.docx",
    }


def _why(
    exc: ZongjieError,
    data_path: Path | None,
    data: UploadFile | None,
    like_path: Path | None,
    like: UploadFile | None,
) -> str:
    """Why no draft, in Chinese, naming the user's files (never the server's copies of them)."""
    from generate.errors import DataError

    data_name = data.filename if data is not None and data.filename else "库中的数字"
    if isinstance(exc, DataError) and exc.path == str(data_path):
        return f"无法起草：{data_name}：{data_error(exc.field, exc.reason, exc.at)}"
    text = without_path(str(exc), data_path, data_name)
    if like_path is not None:
        text = without_path(text, like_path, like.filename if like is not None and like.filename else "去年的总结")
    name, sep, rest = text.partition(": ")
    return f"无法起草：{name}：{reason(rest)}" if sep else f"无法起草：{reason(text)}"


@router.get("/drafts/{draft_id}.docx")
def download(request: Request, draft_id: str) -> FileResponse:
    path = request.app.state.settings.outputs / f"{draft_id}.docx"
    if not _DRAFT_ID.match(draft_id) or not path.is_file():
        raise HTTPException(404, "没有这份草稿")
    return FileResponse(path, media_type=DOCX, filename="zongjie-draft.docx")
