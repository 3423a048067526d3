"""A draft as .docx in the official-document format of GB/T 9704-2012, as offices type summaries.

A4; top margin 37 mm, left 28 mm, text block 156 × 225 mm (right 26 mm, bottom 35 mm); 22 lines of
28 characters: body 仿宋_GB2312 3号 (16 pt) with exact 28-pt line spacing and a 2-character first-line
indent; title 方正小标宋简体 2号 (22 pt) centred; headings 一、 黑体, （一） 楷体_GB2312, 1. 仿宋 bold; page
number "— 1 —" (a PAGE field between em dashes) in 4号 宋体 at the foot, odd pages right and even pages
left, one character in from the edge of the text block; organisation and date at the end as GB/T 9704
7.3.5.3 places them without a seal: the organisation 右空二字 a blank line below the text, the date
under it starting two characters to the right of the organisation's first character (when the date
is the longer, the date 右空二字 and the organisation moves left to keep that). Headings use Word's
Heading 1/2/3 styles (so the navigation pane shows the outline) restyled to the 公文 fonts, and
each is kept with the paragraph after it. Chinese fonts are set through ``w:eastAsia`` on every run's ``rFonts``: python-docx's
``font.name`` writes only the ASCII font, which Word ignores for Chinese characters.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, cast

from generate.errors import RenderError
from generate.plan import Draft

TITLE_FONT, BODY_FONT, H1_FONT, H2_FONT, PAGE_FONT = (
    "方正小标宋简体",
    "仿宋_GB2312",
    "黑体",
    "楷体_GB2312",
    "宋体",
)
TITLE_PT, BODY_PT, PAGE_PT = 22, 16, 14
LINE_PT = 28
MARGINS_MM = {"top": 37, "bottom": 35, "left": 28, "right": 26}
PAGE_MM = (210, 297)
# kind → (font, size pt, bold, alignment, first-line indent in characters)
_STYLE: dict[str, tuple[str, int, bool, str, int]] = {
    "title": (TITLE_FONT, TITLE_PT, False, "center", 0),
    "opening": (BODY_FONT, BODY_PT, False, "justify", 2),
    "heading1": (H1_FONT, BODY_PT, False, "justify", 2),
    "heading2": (H2_FONT, BODY_PT, False, "justify", 2),
    "heading3": (BODY_FONT, BODY_PT, True, "justify", 2),
    "body": (BODY_FONT, BODY_PT, False, "justify", 2),
    "signature": (BODY_FONT, BODY_PT, False, "right", 0),
    "date": (BODY_FONT, BODY_PT, False, "right", 0),
}


def set_run_font(run: Any, name: str, size_pt: int, bold: bool = False) -> None:
    """ASCII, high-ANSI and East-Asian font of one run, and its size."""
    from docx.oxml.ns import qn
    from docx.shared import Pt

    run.font.name = name
    run.font.size = Pt(size_pt)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.get_or_add_rFonts()
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), name)


def _page_number(paragraph: Any) -> None:
    """— PAGE — : the em dashes as text, the number as a field Word and LibreOffice update."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def run(text: str | None = None) -> Any:
        r = paragraph.add_run(text or "")
        set_run_font(r, PAGE_FONT, PAGE_PT)
        return r

    run("— ")
    for kind, instr in (("begin", None), (None, " PAGE "), ("separate", None), (None, None), ("end", None)):
        r = run()
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
            r._element.append(el)
        elif instr:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = instr
            r._element.append(el)
        else:
            r.text = "1"
    run(" —")


_HEADING_STYLE = {"heading1": "Heading 1", "heading2": "Heading 2", "heading3": "Heading 3"}


def text_width(text: str) -> float:
    """Width in characters of the body font: a Chinese character 1, a half-width digit or letter ½."""
    return sum(0.5 if ord(c) < 0x2E80 else 1.0 for c in text)


def signature_indents(org: str, date: str) -> tuple[float, float]:
    """Right indents (in characters) of the organisation and the date: 右空二字, the date's first
    character two to the right of the organisation's (GB/T 9704-2012, 7.3.5.3)."""
    right_org = 2.0
    right_date = right_org + text_width(org) - text_width(date) - 2
    if right_date < 2:  # the date is the longer: it keeps 右空二字, the organisation moves
        right_date = 2.0
        right_org = right_date - text_width(org) + text_width(date) + 2
    return right_org, right_date


def _restyle_headings(doc: Any) -> None:
    """Word's heading styles in the fonts of a 公文: black, 16 pt, no extra spacing, not bold."""
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    for kind, name in _HEADING_STYLE.items():
        font_name, size, bold, _, _ = _STYLE[kind]
        style = doc.styles[name]
        style.font.name = font_name
        style.font.size = Pt(size)
        style.font.bold = bold
        style.font.italic = False
        style.font.color.rgb = RGBColor(0, 0, 0)
        style.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font_name)
        style.paragraph_format.space_before = style.paragraph_format.space_after = Pt(0)
        style.paragraph_format.keep_with_next = True


def _footer(footer: Any, *, odd: bool) -> None:
    """单页码居右空一字，双页码居左空一字."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    p = footer.paragraphs[0]
    fmt = p.paragraph_format
    fmt.alignment = WD_ALIGN_PARAGRAPH.RIGHT if odd else WD_ALIGN_PARAGRAPH.LEFT
    if odd:
        fmt.right_indent = Pt(PAGE_PT)  # 一字 of the page number's own size
    else:
        fmt.left_indent = Pt(PAGE_PT)
    _page_number(p)


def build_document(draft: Draft) -> Any:
    """The python-docx ``Document`` of a draft (not saved)."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    align = {
        "center": WD_ALIGN_PARAGRAPH.CENTER,
        "right": WD_ALIGN_PARAGRAPH.RIGHT,
        "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
    }
    doc = docx.Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(PAGE_MM[0]), Mm(PAGE_MM[1])
    section.top_margin, section.bottom_margin = Mm(MARGINS_MM["top"]), Mm(MARGINS_MM["bottom"])
    section.left_margin, section.right_margin = Mm(MARGINS_MM["left"]), Mm(MARGINS_MM["right"])
    section.footer_distance = Mm(28)  # the page number sits 7 mm below the text block
    # the document grid: 22 lines a page, 28-pt pitch
    grid = section._sectPr.find(qn("w:docGrid"))
    if grid is None:
        from docx.oxml import OxmlElement

        grid = OxmlElement("w:docGrid")
        section._sectPr.append(grid)
    grid.set(qn("w:type"), "lines")
    grid.set(qn("w:linePitch"), str(LINE_PT * 20))

    from docx.styles.style import ParagraphStyle

    normal = cast(ParagraphStyle, doc.styles["Normal"])
    normal.font.name = BODY_FONT
    normal.font.size = Pt(BODY_PT)
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), BODY_FONT)

    _restyle_headings(doc)
    sig = next((b.text for b in draft.blocks if b.kind == "signature"), "")
    date = next((b.text for b in draft.blocks if b.kind == "date"), "")
    right = dict(zip(("signature", "date"), signature_indents(sig, date) if date else (2.0, 2.0), strict=True))
    for block in draft.blocks:
        font, size, bold, where, indent = _STYLE.get(block.kind, _STYLE["body"])
        p = doc.add_paragraph(style=_HEADING_STYLE.get(block.kind))
        fmt = p.paragraph_format
        if block.kind in _HEADING_STYLE:
            fmt.keep_with_next = True
        fmt.alignment = align[where]
        fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        fmt.line_spacing = Pt(LINE_PT)
        fmt.space_before = fmt.space_after = Pt(0)
        fmt.first_line_indent = Pt(indent * size) if indent else None
        if block.kind == "title":
            fmt.space_after = Pt(LINE_PT)  # one blank line under the title
        if block.kind == "signature":
            fmt.space_before = Pt(LINE_PT)
        if block.kind in right:
            fmt.right_indent = Pt(right[block.kind] * BODY_PT)
        set_run_font(p.add_run(block.text), font, size, bold)

    # odd pages right, even pages left: Word's "different odd and even pages"
    doc.settings.odd_and_even_pages_header_footer = True
    _footer(section.footer, odd=True)
    _footer(section.even_page_footer, odd=False)
    return doc


def write_docx(draft: Draft, path: str | Path) -> Path:
    out = Path(path)
    try:
        build_document(draft).save(str(out))
    except OSError as exc:
        raise RenderError(f"{out}: cannot write: {exc.strerror or exc}") from exc
    return out
