from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from generate.compose import compose
from generate.data import load_data
from generate.errors import RenderError
from generate.output import write_draft

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "data" / "qingchuan-2025h1.yaml"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@pytest.fixture(scope="module")
def docx_path(tmp_path_factory):
    out = tmp_path_factory.mktemp("docx") / "draft.docx"
    write_draft(compose(load_data(SAMPLE)), out)
    return out


def test_page_and_margins(docx_path):
    import docx
    from docx.shared import Mm

    s = docx.Document(str(docx_path)).sections[0]

    def mm(x):  # Word stores twips: compare in whole millimetres
        return round(x / Mm(1))

    assert (mm(s.page_width), mm(s.page_height)) == (210, 297)
    assert tuple(map(mm, (s.top_margin, s.bottom_margin, s.left_margin, s.right_margin))) == (37, 35, 28, 26)
    # text block 156 x 225 mm
    assert round((s.page_width - s.left_margin - s.right_margin) / Mm(1)) == 156
    assert round((s.page_height - s.top_margin - s.bottom_margin) / Mm(1)) == 225


def test_fonts_sizes_spacing_indent(docx_path):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
    from docx.shared import Pt

    doc = docx.Document(str(docx_path))
    paras = doc.paragraphs
    title = paras[0]
    assert title.text == "青川区总工会2025年上半年工作总结"
    assert title.alignment == WD_ALIGN_PARAGRAPH.CENTER
    assert title.runs[0].font.size == Pt(22)
    fonts = {}
    for p in paras:
        for r in p.runs:
            rfonts = r._element.rPr.find(W + "rFonts")
            assert rfonts is not None and rfonts.get(W + "eastAsia"), p.text
            fonts[id(p._element)] = rfonts.get(W + "eastAsia")
        assert p.paragraph_format.line_spacing_rule == WD_LINE_SPACING.EXACTLY
        assert p.paragraph_format.line_spacing == Pt(28)
    assert fonts[id(title._element)] == "方正小标宋简体"
    h1 = next(p for p in paras if p.text.startswith("一、"))
    assert fonts[id(h1._element)] == "黑体"
    body = paras[1]
    assert fonts[id(body._element)] == "仿宋_GB2312" and body.runs[0].font.size == Pt(16)
    assert body.paragraph_format.first_line_indent == Pt(32)  # two characters of 16 pt
    assert paras[-1].text == "2025年7月1日" and paras[-1].alignment == WD_ALIGN_PARAGRAPH.RIGHT


@pytest.mark.parametrize("odd", [True, False])
def test_footer_page_field(docx_path, odd):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    doc = docx.Document(str(docx_path))
    assert doc.settings.odd_and_even_pages_header_footer
    section = doc.sections[0]
    footer = (section.footer if odd else section.even_page_footer).paragraphs[0]
    xml = footer._element.xml
    assert "PAGE" in xml and 'w:fldCharType="begin"' in xml and 'w:fldCharType="end"' in xml
    assert footer.text.startswith("— ") and footer.text.endswith(" —")
    # 单页码居右空一字，双页码居左空一字
    fmt = footer.paragraph_format
    if odd:
        assert fmt.alignment == WD_ALIGN_PARAGRAPH.RIGHT and fmt.right_indent == Pt(14)
    else:
        assert fmt.alignment == WD_ALIGN_PARAGRAPH.LEFT and fmt.left_indent == Pt(14)
    for r in footer.runs:
        assert r.font.size == Pt(14)
        assert r._element.rPr.find(W + "rFonts").get(W + "eastAsia") == "宋体"


def test_headings_are_an_outline_kept_with_their_text(docx_path):
    import docx
    from docx.shared import RGBColor

    doc = docx.Document(str(docx_path))
    paras = doc.paragraphs
    heads = [p for p in paras if p.style.name.startswith("Heading")]
    assert [p.text.split("、")[0] for p in heads][:3] == ["一", "二", "三"]
    assert all(p.style.name == "Heading 1" for p in heads if "、" in p.text[:3])
    assert all(p.paragraph_format.keep_with_next for p in heads)
    style = doc.styles["Heading 1"]
    # the outline level is what Word's navigation pane lists
    assert style.element.pPr.find(W + "outlineLvl").get(W + "val") == "0"
    assert style.font.color.rgb == RGBColor(0, 0, 0) and not style.font.bold
    assert style.element.rPr.find(W + "rFonts").get(W + "eastAsia") == "黑体"
    # the body after each heading is ordinary text
    after = paras[paras.index(heads[0]) + 1] if heads[0] in paras else None
    assert after is not None and after.style.name == "Normal"


@pytest.mark.parametrize(
    ("org", "date", "indents"),
    [
        ("青川区总工会", "2025年7月1日", (4.0, 2.0)),  # date as wide as the name (6): it keeps 右空二字
        ("中共青川区委员会办公室", "2025年7月1日", (2.0, 5.0)),  # the name is longer: 右空二字
    ],
)
def test_signature_block_per_gbt9704(org, date, indents):
    from generate.render_docx import signature_indents, text_width

    right_org, right_date = signature_indents(org, date)
    assert (right_org, right_date) == indents
    # the date's first character stands two characters right of the name's first
    assert (right_org + text_width(org)) - (right_date + text_width(date)) == 2


def test_signature_block_in_the_file(docx_path):
    import docx
    from docx.shared import Pt

    paras = docx.Document(str(docx_path)).paragraphs
    org, date = paras[-2], paras[-1]
    assert (org.text, date.text) == ("青川区总工会", "2025年7月1日")
    assert org.paragraph_format.right_indent == Pt(4 * 16) and date.paragraph_format.right_indent == Pt(2 * 16)
    assert org.paragraph_format.space_before == Pt(28)  # 正文下空一行


def test_unknown_suffix(tmp_path):
    with pytest.raises(RenderError, match=r"\.pdf"):
        write_draft(compose(load_data(SAMPLE)), tmp_path / "x.pdf")


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not on PATH")
def test_converts_to_pdf(docx_path, tmp_path):
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(docx_path)],
        check=True,
        capture_output=True,
        timeout=180,
    )
    pdf = tmp_path / "draft.pdf"
    assert pdf.exists()
    import pdfplumber

    with pdfplumber.open(str(pdf)) as doc:
        assert len(doc.pages) >= 2
        assert "青川区总工会" in (doc.pages[0].extract_text() or "")
