"""Generators of input files for the reader tests: every sample is written by the test that needs it.

The sentences are invented union-summary sentences (our own), never quotes of third-party texts.
"""

from __future__ import annotations

import csv
import json
import zipfile
from collections.abc import Sequence
from pathlib import Path

S1 = "全年新建工会组织38家，发放慰问金41万元。"
S2 = "开展职工技能竞赛12场，参赛职工达1500人次。"
S3 = "走访慰问困难职工265户，送去温暖资金18.6万元。"
S4 = "建成职工之家示范点9个，培训基层工会干部420人次。"
S1_TRAD = "全年新建工會組織38家，發放慰問金41萬元。"
S2_TRAD = "開展職工技能競賽12場，參賽職工達1500人次。"
HEADING1 = "一、基层组织建设"
HEADING2 = "二、职工服务工作"

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def write_text(path: Path, text: str, encoding: str = "utf-8", newline: str = "\n") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.replace("\n", newline).encode(encoding))
    return path


def make_pdf(
    path: Path,
    lines: Sequence[str] = (HEADING1, S1, S2),
    *,
    table: Sequence[Sequence[str]] | None = None,
    password: str | None = None,
    scan: bool = False,
) -> Path:
    """A PDF drawn with reportlab's built-in CJK font STSong-Light (a real text layer, no font file)."""
    from reportlab.lib import colors, pdfencrypt
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    encrypt = pdfencrypt.StandardEncryption(password) if password else None
    c = canvas.Canvas(str(path), encrypt=encrypt)
    if scan:  # what a scanner makes: marks on the page, no characters
        c.setFillColor(colors.grey)
        for i in range(20):
            c.rect(72, 760 - 20 * i, 300 - 7 * i, 8, fill=1, stroke=0)
    else:
        c.setFont("STSong-Light", 12)
        y = 780
        for line in lines:
            c.drawString(72, y, line)
            y -= 24
        if table:
            y -= 10
            x0, widths, height = 72, [160, 120, 120], 22
            top = y
            for r, row in enumerate(table):
                x = x0
                for col, cell in enumerate(row):
                    c.rect(x, top - (r + 1) * height, widths[col], height, stroke=1, fill=0)
                    c.drawString(x + 4, top - (r + 1) * height + 7, cell)
                    x += widths[col]
            y = top - len(table) * height - 30
            c.drawString(72, y, S4)
    c.showPage()
    c.save()
    return path


def make_docx(path: Path, blocks: Sequence[tuple[str, object]]) -> Path:
    """Blocks in order: ("heading", text), ("para", text), ("table", rows), ("list", text) (List Number style)."""
    import docx

    d = docx.Document()
    d.core_properties.title = "工会工作总结"
    for kind, value in blocks:
        if kind == "heading":
            d.add_heading(str(value), level=1)
        elif kind == "para":
            d.add_paragraph(str(value))
        elif kind == "list":
            d.add_paragraph(str(value), style="List Number")
        elif kind == "table":
            rows = list(value)  # type: ignore[call-overload]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            for r, row in enumerate(rows):
                for col, cell in enumerate(row):
                    t.cell(r, col).text = cell
    d.save(str(path))
    return path


def make_numbered_docx(path: Path, items: Sequence[tuple[int, str]], formats: Sequence[tuple[str, str]]) -> Path:
    """A .docx whose paragraphs (ilvl, text) use a multilevel list of our own: formats[i] = (numFmt, lvlText)."""
    import docx
    from docx.oxml import parse_xml

    d = docx.Document()
    numbering = d.part.numbering_part.element
    levels = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/></w:lvl>'
        for i, (fmt, text) in enumerate(formats)
    )
    numbering.append(parse_xml(f'<w:abstractNum xmlns:w="{W_NS}" w:abstractNumId="90">{levels}</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num xmlns:w="{W_NS}" w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    for ilvl, text in items:
        p = d.add_paragraph(text)
        p._p.get_or_add_pPr().append(
            parse_xml(f'<w:numPr xmlns:w="{W_NS}"><w:ilvl w:val="{ilvl}"/><w:numId w:val="90"/></w:numPr>')
        )
    d.save(str(path))
    return path


def make_zip_bomb_docx(path: Path, megabytes: int = 60) -> Path:
    """A valid-looking .docx whose document.xml inflates to ``megabytes`` MB of zeros (~1000:1)."""
    make_docx(path, [("para", S1)])
    with zipfile.ZipFile(path, "a", compression=zipfile.ZIP_DEFLATED) as zf:
        with zf.open("word/padding.bin", "w") as fh:
            chunk = b"\0" * (1 << 20)
            for _ in range(megabytes):
                fh.write(chunk)
    return path


def make_csv(path: Path, rows: Sequence[dict[str, object]], encoding: str = "utf-8") -> Path:
    with path.open("w", encoding=encoding, newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    return path


def make_jsonl(path: Path, rows: Sequence[object]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def make_parquet(path: Path, rows: Sequence[dict[str, object]], row_group_size: int | None = None) -> Path:
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.Table.from_pylist(list(rows)), path, row_group_size=row_group_size)
    return path


def make_xlsx(path: Path, header: Sequence[str], rows: Sequence[Sequence[object]]) -> Path:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(list(header))
    for row in rows:
        ws.append(list(row))
    wb.save(path)
    return path


UNION_ROWS = [
    {"单位": "东城区总工会", "年份": 2024, "标题": "东城区总工会2024年工作总结", "正文": f"{HEADING1}\n{S1}\n{S2}"},
    {"单位": "西城区总工会", "年份": 2024, "标题": "西城区总工会2024年工作总结", "正文": f"{HEADING2}\n{S3}"},
    {"单位": "朝阳区总工会", "年份": 2025, "标题": "朝阳区总工会2025年上半年工作总结", "正文": S4},
]
