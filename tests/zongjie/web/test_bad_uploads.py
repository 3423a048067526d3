"""Bad uploads: a damaged file is refused on its own row, odd corrections are refused, repeats are said."""

from __future__ import annotations

import io
import zipfile

import docx
import pytest
from fastapi.testclient import TestClient

from tests.zongjie.web.conftest import upload
from tests.zongjie.web.test_api import REPORT, _figure


def _docx(text: str) -> bytes:
    """A Word file holding ``text``, its parts stored uncompressed (so a byte of it can be changed)."""
    made = io.BytesIO()
    document = docx.Document()
    document.add_paragraph(text)
    document.save(made)
    stored = io.BytesIO()
    with zipfile.ZipFile(made) as src, zipfile.ZipFile(stored, "w", zipfile.ZIP_STORED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, src.read(info.filename))
    return stored.getvalue()


def test_a_damaged_docx_is_refused_alone_and_the_rest_is_stored(client: TestClient) -> None:
    good = _docx("新建工会组织38家，发放慰问金41万元。")
    damaged = good.replace("新建工会组织38家".encode(), "新建工会组织39家".encode())  # its CRC no longer matches
    assert damaged != good
    job = upload(client, [("一.txt", REPORT.encode()), ("坏.docx", damaged), ("好.docx", good)])
    states = {f["name"]: (f["state"], f["errors"]) for f in job["files"]}
    assert states["一.txt"] == ("done", []) and states["好.docx"] == ("done", [])
    state, [reason] = states["坏.docx"]
    assert state == "failed" and reason.startswith("文件已损坏，不是有效的 Office 文件") and "CRC" in reason
    assert sorted(d["source"] for d in client.get("/api/documents").json()) == ["一.txt", "好.docx"]


@pytest.mark.parametrize("value", ["NaN", "Infinity", "-Infinity", "1e309", '"NaN"'])
def test_a_correction_that_is_not_a_finite_number_is_refused(client: TestClient, value: str) -> None:
    upload(client, [("柳林.txt", REPORT.encode())])
    _, fig = _figure(client, "新建工会组织")
    res = client.post(
        f"/api/figures/{fig['key']}/correction",
        content=f'{{"value": {value}}}'.encode(),
        headers={"content-type": "application/json"},
    )
    assert res.status_code == 422 and res.json()["detail"].startswith("数值必须是一个有限的数")
    _, again = _figure(client, "新建工会组织")
    assert (again["value"], again["corrected"]) == (38, False)


def test_the_same_text_under_several_names_is_stored_once_and_said(client: TestClient) -> None:
    job = upload(client, [(f"第{i}份.txt", REPORT.encode()) for i in range(3)])
    files = job["files"]
    assert [(f["state"], f["duplicate"]) for f in files] == [("done", False), ("done", True), ("done", True)]
    assert files[0]["notes"] == [] and files[0]["figures"] > 0
    assert files[1]["notes"] == ["重复：与已保存的“第0份.txt”内容相同，未再次保存"]
    assert files[2]["figures"] == 0 and files[2]["keys"] == files[0]["keys"]
    assert [d["source"] for d in client.get("/api/documents").json()] == ["第0份.txt"]
