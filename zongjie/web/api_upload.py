"""Upload: files (or a folder's files) saved under made-up names, then read in the background."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, File, HTTPException, Request, UploadFile

from zongjie.web.jobs import FileStatus
from zongjie.web.uploads import (
    DATA_SUFFIXES,
    UploadRefused,
    display_name,
    document_suffixes,
    keep,
)

router = APIRouter()


@router.get("/settings")
def limits(request: Request) -> dict[str, object]:
    settings = request.app.state.settings
    return {
        "max_upload_bytes": settings.max_upload_bytes,
        "limit_label": settings.limit_label,
        "document_suffixes": document_suffixes(),
        "data_suffixes": DATA_SUFFIXES,
    }


@router.post("/uploads")
def upload(request: Request, files: Annotated[list[UploadFile], File()]) -> dict[str, object]:
    """Save every file; the ones refused (type, emptiness, bombs) are reported in the job's status."""
    settings = request.app.state.settings
    allowed = document_suffixes()
    statuses, paths = [], []
    for upload in files:
        status = FileStatus(display_name(upload.filename))
        path = None
        try:
            path = keep(upload.file, status.name, settings, allowed)
        except UploadRefused as exc:
            status.state = "failed"
            status.errors.append(str(exc))
        except OSError as exc:  # the data folder cannot be written (a full disk): this file, said so
            status.state = "failed"
            status.errors.append(f"无法保存上传的文件（{exc.strerror or exc}）")
        statuses.append(status)
        paths.append(path)
    if not statuses:
        raise HTTPException(400, "没有收到文件")
    job = request.app.state.jobs.submit(statuses, paths)
    return job.status()


@router.get("/jobs/{job_id}")
def job_status(request: Request, job_id: str) -> dict[str, object]:
    job = request.app.state.jobs.get(job_id)
    if job is None:
        raise HTTPException(404, "没有这个上传任务")
    return job.status()
