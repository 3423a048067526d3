"""Uploads made safe before any reader sees them.

- A client's file name is a label only: files are saved as ``<uploads>/<uuid4 hex><suffix>``, the
  suffix taken from a fixed list, so no name (``../../etc/passwd``, ``C:\\x``) ever becomes a path.
- Office packages (.docx, .xlsx) are zips: refused when they unpack to too much or at an absurd ratio
  (zip bombs), or when any XML part declares a DOCTYPE or ENTITY (billion-laughs XML bombs; Office
  itself never writes one).
"""

from __future__ import annotations

import re
import shutil
import uuid
import zipfile
import zlib
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from corpus.errors import ReadError, ZongjieError
from zongjie.web.messages import reason
from zongjie.web.settings import Settings

DATA_SUFFIXES = (".yaml", ".yml", ".json", ".jsonl")
PACKAGES = (".docx", ".xlsx")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_DECLARATION = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)
_CHUNK = 1 << 16


class UploadRefused(ZongjieError):
    """An uploaded file that is not stored: its Chinese reason is shown to the user."""


def document_suffixes() -> tuple[str, ...]:
    """Every suffix a corpus reader takes (the one registry in ``corpus.readers``)."""
    from corpus.readers import READERS

    return tuple(READERS)


def display_name(filename: str | None) -> str:
    """What the user called the file (a folder upload keeps its relative path), for showing only."""
    name = _CONTROL.sub("", (filename or "").replace("\\", "/"))
    parts = [p for p in PurePosixPath(name).parts if p not in ("/", ".", "..")]
    shown = "/".join(parts).strip() or "未命名"
    return shown[-200:]


def suffix_for(name: str, allowed: tuple[str, ...]) -> str:
    suffix = PurePosixPath(name).suffix.lower()
    if suffix not in allowed:
        kind = suffix or "（无扩展名）"
        raise UploadRefused(f"不支持的文件类型 {kind}；可以上传：{' '.join(allowed)}")
    return suffix


def save(stream: BinaryIO, folder: Path, suffix: str) -> Path:
    """Copy an upload to a new file with a made-up name in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{uuid.uuid4().hex}{suffix}"
    with path.open("xb") as out:
        shutil.copyfileobj(stream, out, _CHUNK)
    return path


def keep(stream: BinaryIO, name: str, settings: Settings, allowed: tuple[str, ...]) -> Path:
    """Save an upload named ``name`` under a made-up name and check it; nothing refused is kept."""
    path = save(stream, settings.uploads, suffix_for(name, allowed))
    try:
        check_file(path, settings)
    except UploadRefused:
        path.unlink(missing_ok=True)
        raise
    except Exception as exc:  # a check that trips on some other damage: this file is refused, not the upload
        path.unlink(missing_ok=True)
        raise UploadRefused(f"文件无法检查，已拒绝（{type(exc).__name__}: {exc}）") from exc
    return path


def check_file(path: Path, settings: Settings) -> None:
    """Refuse what must not reach a reader: empty files, zip bombs, XML with DOCTYPE/ENTITY."""
    if path.stat().st_size == 0:
        raise UploadRefused("空文件（0 字节）")
    if path.suffix in PACKAGES:
        check_package(path, settings)


def check_package(path: Path, settings: Settings) -> None:
    from corpus.readers import ReadOptions
    from corpus.readers.office import check_zip

    options = ReadOptions(max_unzipped_bytes=settings.max_unzipped_bytes, max_zip_ratio=settings.max_zip_ratio)
    try:
        check_zip(path, path.name, options, "Office file")
    except ReadError as exc:
        raise UploadRefused(reason(exc.reason)) from exc  # 疑似压缩炸弹…, 文件已损坏…
    try:
        with zipfile.ZipFile(path) as zf:
            for info in zf.infolist():
                if info.filename.lower().endswith((".xml", ".rels")) and _declares(zf, info):
                    raise UploadRefused(
                        f"文件中的 XML 含有 DOCTYPE/ENTITY 声明（疑似 XML 炸弹），已拒绝（{info.filename}）"
                    )
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError) as exc:
        # A bad CRC, a truncated member, an unknown compression: the file is damaged.
        why = "（校验和 CRC 不符：内容被改动或截断）" if "CRC" in str(exc) else ""
        raise UploadRefused(f"文件已损坏，不是有效的 Office 文件{why}") from exc


def _declares(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> bool:
    """Whether an XML part holds ``<!DOCTYPE`` or ``<!ENTITY``, read in chunks (the size is bounded)."""
    tail = b""
    with zf.open(info) as fh:
        while chunk := fh.read(_CHUNK):
            if _DECLARATION.search(tail + chunk):
                return True
            tail = chunk[-16:]
    return False
