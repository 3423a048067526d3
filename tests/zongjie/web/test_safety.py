"""What the workbench refuses: too-large requests, zip and XML bombs, foreign sites and hosts; what it
never does: use a client's file name as a path, or let document text become markup."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest
from fastapi.testclient import TestClient

from tests.zongjie.web.conftest import make_client, upload
from zongjie.web.settings import MB
from zongjie.web.uploads import display_name

# One tag a line: a line of several ">" reads as a breadcrumb to the corpus cleaner and is dropped.
SCRIPT = (
    "某县总工会2025年工作总结\n\n一、组织建设\n\n全年新建<script>alert('x')//工会组织38家。\n\n"
    "全年开展送温暖活动，<img src=x onerror=alert(1)>走访职工1200人次。\n"
)


def _docx_bytes(tmp_path: Path, text: str = "某县总工会工作总结。新建工会组织38家。") -> bytes:
    doc = docx.Document()
    doc.add_paragraph(text)
    path = tmp_path / "ok.docx"
    doc.save(str(path))
    return path.read_bytes()


def _rezip(original: bytes, extra: dict[str, bytes] | None = None, patch: dict[str, bytes] | None = None) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(original)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, (patch or {}).get(info.filename, src.read(info.filename)))
        for name, data in (extra or {}).items():
            dst.writestr(name, data)
    return out.getvalue()


def test_a_request_past_the_limit_gets_413_in_chinese(tmp_path: Path) -> None:
    with make_client(tmp_path, max_upload_bytes=MB) as client:
        res = client.post("/api/uploads", files=[("files", ("big.txt", b"x" * (MB + 10)))])
        assert res.status_code == 413 and "上限" in res.json()["detail"] and "1 MB" in res.json()["detail"]
        assert not list((tmp_path / "files" / "uploads").iterdir())
        # without a Content-Length (chunked), the body is counted as it arrives
        chunks = iter([b"x" * (MB // 2)] * 3)
        res = client.post("/api/uploads", content=chunks, headers={"Content-Type": "multipart/form-data; boundary=b"})
        assert res.status_code == 413 and "上限" in res.json()["detail"]
        assert client.get("/api/settings").json()["limit_label"] == "1 MB"


def test_a_zip_bomb_docx_is_refused(client: TestClient, tmp_path: Path) -> None:
    bomb = _rezip(_docx_bytes(tmp_path), extra={"word/media/padding.bin": b"\0" * (20 * MB)})
    assert len(bomb) < MB  # 20 MB of zeros packs into a few kB
    job = upload(client, [("bomb.docx", bomb)])
    [status] = job["files"]
    assert status["state"] == "failed" and status["errors"][0].startswith("疑似压缩炸弹，已拒绝：压缩比 ")
    assert "zip" not in status["errors"][0] and "ratio" not in status["errors"][0]
    assert not list((tmp_path / "files" / "uploads").iterdir())  # nothing refused is kept
    assert client.get("/api/documents").json() == []


def test_an_xml_bomb_docx_is_refused(client: TestClient, tmp_path: Path) -> None:
    laughs = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'
        b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        b"<w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>"
    )
    bomb = _rezip(_docx_bytes(tmp_path), patch={"word/document.xml": laughs})
    [status] = upload(client, [("lol.docx", bomb)])["files"]
    assert status["state"] == "failed" and "XML 炸弹" in status["errors"][0]


def test_a_good_docx_goes_through(client: TestClient, tmp_path: Path) -> None:
    [status] = upload(client, [("好.docx", _docx_bytes(tmp_path))])["files"]
    assert status["state"] == "done" and status["figures"] >= 1


@pytest.mark.parametrize(
    ("name", "shown"),
    [("../../etc/passwd.txt", "etc/passwd.txt"), ("C:\\Users\\x\\..\\总结.txt", "C:/Users/x/总结.txt"),
     ("/abs/path/a.txt", "abs/path/a.txt"), ("a\x00b\x1b.txt", "ab.txt"), ("", "未命名"), ("../", "未命名")],
)
def test_client_names_are_labels(name: str, shown: str) -> None:
    assert display_name(name) == shown


def test_a_client_name_is_never_a_path(client: TestClient, tmp_path: Path) -> None:
    [status] = upload(client, [("../../etc/passwd.txt", "某县总工会工作总结。新建工会组织38家。".encode())])["files"]
    assert status["state"] == "done" and ".." not in status["name"]
    saved = list((tmp_path / "files" / "uploads").iterdir())
    assert len(saved) == 1 and len(saved[0].stem) == 32 and saved[0].suffix == ".txt"
    assert not (tmp_path / "etc").exists() and not Path("/etc/passwd.txt").exists()
    [doc] = client.get("/api/documents").json()
    assert saved[0].name not in doc["source"]  # the made-up name is not shown either


def test_unreadable_and_unknown_files_are_listed_per_file(client: TestClient) -> None:
    job = upload(client, [("a.exe", b"MZ"), ("empty.txt", b""), ("ok.txt", "新建工会组织38家。".encode()),
                          ("bad.pdf", b"%PDF-1.4 not really")])
    states = {f["name"]: (f["state"], f["errors"]) for f in job["files"]}
    assert states["a.exe"][0] == "failed" and "不支持的文件类型 .exe" in states["a.exe"][1][0]
    assert states["empty.txt"][0] == "failed" and "空文件" in states["empty.txt"][1][0]
    assert states["bad.pdf"][0] == "failed" and states["bad.pdf"][1]
    assert states["ok.txt"][0] == "done"


def test_document_text_is_escaped_everywhere(client: TestClient) -> None:
    upload(client, [("<b>x</b>.txt", SCRIPT.encode())])
    [doc] = client.get("/api/documents").json()
    page = client.get(f"/api/documents/{doc['key']}/page").text
    assert "<script>alert" not in page and "&lt;script&gt;alert" in page
    assert "<img src=x" not in page and "&lt;img src=x onerror=alert(1)" in page
    # the JSON for the review table is data, shown with textContent by the page
    assert client.get(f"/api/documents/{doc['key']}/figures").headers["content-type"].startswith("application/json")


def test_writes_from_another_site_and_foreign_hosts_are_refused(client: TestClient) -> None:
    res = client.post("/api/uploads", files=[("files", ("a.txt", b"x"))], headers={"Origin": "https://evil.example"})
    assert res.status_code == 403 and "跨站" in res.json()["detail"]
    ok = client.post("/api/uploads", files=[("files", ("a.txt", "新建工会组织38家。".encode()))],
                     headers={"Origin": "http://127.0.0.1"})
    assert ok.status_code == 200
    assert client.get("/upload", headers={"Host": "evil.example"}).status_code == 400


def test_pages_carry_a_strict_policy(client: TestClient) -> None:
    res = client.get("/upload")
    assert "default-src 'self'" in res.headers["content-security-policy"]
    assert res.headers["x-content-type-options"] == "nosniff"
