"""A draft as plain text (.txt, paragraphs indented two ideographic spaces) or Markdown (.md)."""

from __future__ import annotations

from generate.plan import Draft

_INDENT = "\u3000\u3000"  # two full-width spaces: the 首行缩进2字符 of a typed 公文


def to_txt(draft: Draft) -> str:
    lines = []
    for b in draft.blocks:
        if b.kind == "title":
            lines += [b.text, ""]
        elif b.kind in {"signature", "date"}:
            lines.append(b.text.rjust(28, "\u3000"))
        else:
            lines.append(_INDENT + b.text)
    return "\n".join(lines) + "\n"


def to_markdown(draft: Draft) -> str:
    out = []
    for b in draft.blocks:
        if b.kind == "title":
            out.append(f"# {b.text}")
        elif b.kind == "heading1":
            out.append(f"## {b.text}")
        elif b.kind in {"heading2", "heading3"}:
            out.append(f"### {b.text}")
        elif b.kind in {"signature", "date"}:
            out.append(f'<p align="right">{b.text}</p>')
        else:
            out.append(b.text)
    return "\n\n".join(out) + "\n"
