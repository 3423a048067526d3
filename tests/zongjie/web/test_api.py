"""The workbench's API: upload → review → correct → export → compare → draft, all over the store."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import docx
from fastapi.testclient import TestClient
from openpyxl import load_workbook

from tests.zongjie.web.conftest import ROOT, SAMPLES, upload

REPORT = (
    "柳林县总工会2025年上半年工作总结\n\n一、组织建设\n\n"
    "上半年新建工会组织38家，发展会员2100人。4月10日召开全县工会组织建设推进会，120人参加。\n\n"
    "二、帮扶救助\n\n走访慰问困难职工265户，发放慰问金41万元。\n"
)


def _samples() -> list[tuple[str, bytes]]:
    names = ("各县工会2025年上半年主要数据.csv", "柳溪镇总工会2024年工作总结-GBK.txt")
    return [(n, (SAMPLES / n).read_bytes()) for n in names]


def test_upload_stores_documents_and_figures(client: TestClient) -> None:
    job = upload(client, [("柳林.txt", REPORT.encode()), *_samples()])
    assert [f["state"] for f in job["files"]] == ["done", "done", "done"]
    assert job["files"][1]["documents"] == 3  # the CSV: one report per row
    docs = client.get("/api/documents").json()
    assert [d["source"] for d in docs][:1] == ["柳林.txt"] and len(docs) == 5
    mine = docs[0]
    assert mine["orgs"] == "柳林县总工会" and mine["figures"] >= 4
    table = client.get(f"/api/documents/{mine['key']}/figures").json()
    by_indicator = {f["indicator"]: f for f in table["figures"]}
    assert by_indicator["新建工会组织"]["value"] == 38 and by_indicator["慰问金"]["unit"] == "万元"
    assert [f["n"] for f in table["figures"]] == list(range(len(table["figures"])))
    assert "组织建设" in table["topics"]


def test_the_review_page_is_the_show_page_with_its_own_script_only(client: TestClient) -> None:
    upload(client, [("柳林.txt", REPORT.encode())])
    key = client.get("/api/documents").json()[0]["key"]
    res = client.get(f"/api/documents/{key}/page")
    assert res.status_code == 200 and "<mark" in res.text and 'id="f0"' in res.text
    # the report as written: its own full-width punctuation, in the page and in the table
    words = re.sub(r"<[^>]+>", "", res.text)
    assert "家，发展会员" in words and "家,发展会员" not in words
    rows = client.get(f"/api/documents/{key}/figures").json()["figures"]
    assert rows[0]["sentence"] == "上半年新建工会组织38家，发展会员2100人。"
    policy = res.headers["content-security-policy"]
    assert "script-src 'sha256-" in policy and "unsafe-inline" not in policy.split("style-src")[0]
    assert client.get("/api/documents/nope/page").status_code == 404


def _figure(client: TestClient, indicator: str) -> tuple[str, dict]:
    key = client.get("/api/documents").json()[0]["key"]
    rows = client.get(f"/api/documents/{key}/figures").json()["figures"]
    return key, next(f for f in rows if f["indicator"] == indicator)


def test_corrections_win_on_export_and_compare(client: TestClient) -> None:
    upload(client, [("柳林.txt", REPORT.encode())])
    doc, fig = _figure(client, "新建工会组织")
    res = client.post(f"/api/figures/{fig['key']}/correction", json={"value": 39, "unit": "个", "target": True})
    assert res.status_code == 200 and res.json()["value"] == 39 and res.json()["corrected"] is True
    # a second correction of the same figure replaces the first
    client.post(f"/api/figures/{fig['key']}/correction", json={"value": 40, "unit": "家", "target": False})
    _, again = _figure(client, "新建工会组织")
    assert (again["value"], again["unit"], again["target"], again["corrected"]) == (40, "家", False, True)

    xlsx = client.get(f"/api/export?format=xlsx&document={doc}")
    assert xlsx.status_code == 200 and xlsx.headers["content-disposition"].endswith('"zongjie-figures.xlsx"')
    sheet = load_workbook(io.BytesIO(xlsx.content))["数字"]
    rows = list(sheet.iter_rows(values_only=True))
    rec = dict(zip(rows[0], next(r for r in rows[1:] if r[rows[0].index("编号")] == fig["key"]), strict=True))
    assert (rec["数值"], rec["计量单位"], rec["已更正"], rec["目标或实际"]) == (40, "家", "是", "实际")
    assert rec["原句"] == "上半年新建工会组织38家，发展会员2100人。"
    assert {"文档", "活动", "说明"} <= set(load_workbook(io.BytesIO(xlsx.content)).sheetnames)

    text = client.get("/api/export?format=csv").content.decode("utf-8-sig")
    found = next(r for r in csv.DictReader(io.StringIO(text)) if r["key"] == fig["key"])
    assert (found["value"], found["unit"], found["corrected"]) == ("40", "家", "True")

    rows = client.get("/api/compare", params={"indicator": "新建工会组织"}).json()["rows"]
    assert [(r["org"], r["value"], r["comparable_value"]) for r in rows] == [("柳林县总工会", 40, 40)]


def test_corrections_are_checked(client: TestClient) -> None:
    upload(client, [("柳林.txt", REPORT.encode())])
    _, fig = _figure(client, "新建工会组织")
    assert client.post("/api/figures/nope:1/correction", json={"value": 1}).status_code == 404
    assert client.post(f"/api/figures/{fig['key']}/correction", json={}).status_code == 422
    many = client.post(f"/api/figures/{fig['key']}/correction", json={"value": "很多"})
    assert many.status_code == 422 and many.json()["detail"] == "输入有误：数值不是数字"
    long = client.post(f"/api/figures/{fig['key']}/correction", json={"unit": "家" * 30})
    assert long.status_code == 422 and long.json()["detail"] == "输入有误：单位太长（最多 20 个字）"
    assert client.get("/api/export?format=pdf").status_code == 422


def test_compare_two_organisations_with_chart_and_findings(client: TestClient) -> None:
    upload(client, _samples())
    indicators = {i["indicator"]: i["orgs"] for i in client.get("/api/indicators").json()}
    assert indicators["新建工会组织"] >= 2
    result = client.get("/api/compare", params={"indicator": "新建工会组织"}).json()
    orgs = {r["org"]: r["value"] for r in result["rows"]}
    assert {"青川县总工会", "柳溪镇总工会"} <= set(orgs) and all(v is not None for v in orgs.values())
    assert isinstance(result["findings"], list)
    png = client.get("/api/compare/chart.png", params={"indicator": "新建工会组织"})
    assert png.status_code == 200 and png.content[:8] == b"\x89PNG\r\n\x1a\n"
    assert client.get("/api/compare/chart.png", params={"indicator": "不存在的指标"}).status_code == 404
    assert client.get("/api/compare", params={"indicator": " "}).status_code == 422


def test_draft_from_the_store_links_each_figure_and_downloads_docx(client: TestClient, tmp_path: Path) -> None:
    upload(client, [("柳林.txt", REPORT.encode())])
    orgs = client.get("/api/organisations").json()
    assert orgs[0]["org"] == "柳林县总工会" and orgs[0]["period"] == "2025H1"
    res = client.post("/api/drafts", data={"org": "柳林县总工会", "period": "2025H1"})
    assert res.status_code == 200, res.text
    draft = res.json()
    pieces = [(b["text"], p) for b in draft["blocks"] for p in b["pieces"]]
    assert pieces and draft["figures"] == len(pieces)
    for text, p in pieces:  # every number in the draft is its data's number, and says where it came from
        assert text[p["start"] : p["end"]].replace(",", "") in (f"{p['value']}", f"{p['value']:g}")
        assert p["sentence"] and p["source"] == "柳林.txt"
    got = client.get(draft["download"])
    assert got.status_code == 200 and got.headers["content-type"].startswith(
        "application/vnd.openxmlformats-officedocument.wordprocessingml")
    (tmp_path / "d.docx").write_bytes(got.content)
    body = "\n".join(p.text for p in docx.Document(str(tmp_path / "d.docx")).paragraphs)
    assert "柳林县总工会" in body and "38" in body
    # drafted from the records in memory: no data file written on the way
    assert not list((tmp_path / "files").rglob("*.jsonl"))


def test_draft_from_a_data_file_and_last_years_report(client: TestClient) -> None:
    data = ("青川.yaml", (ROOT / "samples" / "data" / "qingchuan-2025h1.yaml").read_bytes())
    res = client.post("/api/drafts", files={"data": data})
    assert res.status_code == 200, res.text
    draft = res.json()
    assert "青川区总工会" in draft["title"] and draft["figures"] > 10
    assert all(p["sentence"] is None for b in draft["blocks"] for p in b["pieces"])  # linked to the file's data
    like = client.post("/api/drafts", files={"data": data, "like": ("去年.txt", REPORT.encode())})
    assert like.status_code == 200, like.text
    # last year's report sets the outline: its headings come back, with this year's figures
    assert any(b["text"].endswith("帮扶救助") for b in like.json()["blocks"])
    # and what is left of last year (clauses taken out, blanks, its dates) is listed for review
    assert like.json()["review"] and all(isinstance(r, str) for r in like.json()["review"])
    assert draft["review"] == []


def test_draft_says_what_is_missing(client: TestClient) -> None:
    assert client.post("/api/drafts", data={}).status_code == 422
    res = client.post("/api/drafts", data={"org": "没有的单位", "period": ""})
    assert res.status_code == 404 and "没有的单位" in res.json()["detail"]
    bad = client.post("/api/drafts", files={"data": ("x.yaml", b"org: [unclosed")})
    assert bad.status_code == 422 and bad.json()["detail"].startswith("无法起草：x.yaml：不是有效的 YAML：第 1 行第 15 列有误")
    missing = client.post("/api/drafts", files={"data": ("数据.yaml", "period: 2025年上半年\ntopics: []\n".encode())})
    detail = missing.json()["detail"]
    assert missing.status_code == 422 and detail == "无法起草：数据.yaml：第 1 行第 1 列：缺少必填项“org”"
    period = client.post("/api/drafts", files={"data": ("d.yaml", "org: 甲\nperiod: 2025上季度\ntopics: []\n".encode())})
    assert "第 2 行第 9 列（period）" in period.json()["detail"] and "不是时期" in period.json()["detail"]
    for res in (bad, missing, period):  # nothing of the server's folders; no English but the file's own keys
        words = re.sub(r"（[a-z_.\[\]0-9]+）", "", res.json()["detail"]).replace("yaml", "").replace("YAML", "")
        assert "/" not in words and not re.search(r"[A-Za-z]{4,}", words), words
    wrong = client.post("/api/drafts", files={"data": ("x.exe", b"MZ")})
    assert wrong.status_code == 422 and "不支持的文件类型" in wrong.json()["detail"]
    assert client.get("/api/drafts/../../etc/passwd.docx").status_code == 404
    assert client.get("/api/drafts/0123456789abcdef0123456789abcdef.docx").status_code == 404


def test_pages_are_served_in_chinese_without_the_internet(client: TestClient) -> None:
    assert client.get("/", follow_redirects=False).headers["location"] == "/upload"
    for page, word in (("upload", "上传"), ("review", "导出Excel"), ("compare", "比较"), ("draft", "起草")):
        res = client.get(f"/{page}")
        assert res.status_code == 200 and word in res.text
        assert "http://" not in res.text and "https://" not in res.text  # no CDN
    for asset in ("app.css", "common.js", "upload.js", "review.js", "compare.js", "draft.js"):
        res = client.get(f"/static/{asset}")
        assert res.status_code == 200 and "https://" not in res.text


def test_corrections_refuse_a_no_op_undo_with_history_and_recompute_what_follows(client: TestClient) -> None:
    report = REPORT.replace("发放慰问金41万元。", "发放慰问金41万元，比上年增长5.4%。")
    upload(client, [("柳林.txt", report.encode())])
    _, fig = _figure(client, "新建工会组织")
    url = f"/api/figures/{fig['key']}"
    same = {"value": 38, "unit": "家", "indicator": "新建工会组织", "target": False}
    res = client.post(url + "/correction", json=same)
    assert res.status_code == 422 and res.json()["detail"].startswith("没有改动")
    _, again = _figure(client, "新建工会组织")
    assert again["corrected"] is False  # a no-op never marks a figure 已更正
    # a corrected indicator gets the name shared across reports anew
    fixed = client.post(url + "/correction", json={**same, "indicator": "新建基层工会组织"}).json()
    assert fixed["indicator"] == "新建基层工会组织" and fixed["canonical"] == "新建工会组织"
    client.post(url + "/correction", json={**same, "value": 39})
    undone = client.post(url + "/undo").json()
    assert (undone["value"], undone["indicator"], undone["corrected"]) == (38, "新建基层工会组织", True)
    back = client.post(url + "/undo").json()
    assert (back["value"], back["indicator"], back["corrected"]) == (38, "新建工会组织", False)
    assert client.post(url + "/undo").status_code == 409
    history = client.get(url + "/history").json()
    assert [(h["n"], h["value"], bool(h["undone_at"])) for h in history] == [(1, 38, True), (2, 39, True)]
    # a figure that is itself a change states the corrected one; the export says so
    doc = client.get("/api/documents").json()[0]["key"]
    rows = client.get(f"/api/documents/{doc}/figures").json()["figures"]
    growth = next(f for f in rows if f["value"] == 5.4)
    client.post(f"/api/figures/{growth['key']}/correction", json={"value": 5.6, "unit": "%"})
    text = client.get(f"/api/export?format=csv&document={doc}").content.decode("utf-8-sig")
    found = next(r for r in csv.DictReader(io.StringIO(text)) if r["key"] == growth["key"])
    assert found["value"] == "5.6" and '"value": 5.6' in found["change"] and '"direction": "up"' in found["change"]
