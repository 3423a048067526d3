"""The reasons readers and the data loader give, in the Chinese the workbench shows, without server paths.

The command line keeps its English reasons (``corpus.readers``, ``generate.data``); the workbench says
them in Chinese through ``messages.yaml`` (a pattern and its Chinese, first match wins). Paths of files
the server saved (``<uuid>.yaml`` under the data folder) never reach the page: they are replaced by the
name the user's file had.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

_GROUP = re.compile(r"\{(\d+)\}")


@cache
def _table(kind: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    from corpus.lexicons import load

    raw = load("zongjie.web", "messages.yaml")
    return tuple((re.compile(p), words) for p, words in raw[kind])


def _say(text: str, kind: str) -> str | None:
    for pattern, words in _table(kind):
        if m := pattern.fullmatch(text):
            return _GROUP.sub(lambda g: m.group(int(g[1])) or "", words)
    return None


def without_path(text: str, path: Path | str | None, name: str) -> str:
    """``text`` with the server's path of a file (and its folder) replaced by the user's name for it."""
    if path is None:
        return text
    path = str(path)
    text = text.replace(path, name)
    folder = str(Path(path).parent)
    return text.replace(folder + "/", "").replace(folder, "") if folder not in ("", ".") else text


def reason(text: str) -> str:
    """A reader's or loader's reason in Chinese: 空文件（0 字节）, 疑似压缩炸弹，已拒绝：…"""
    text = text.strip()
    said = _say(text, "reasons")
    return said if said is not None else f"无法处理：{text}"


def data_error(field: str | None, text: str, at: str | None = None) -> str:
    """A draft-data file's fault, in Chinese: where it is (第 5 行第 33 列, 字段 topics[0]…) and what."""
    said = _say(text, "schema") or _say(text, "reasons") or text
    where = ""
    if at and (m := re.fullmatch(r"line (\d+), column (\d+)", at)):
        where = f"第 {m[1]} 行第 {m[2]} 列"
    if field and field != "(top level)":
        where = f"{where}（{field}）" if where else field
    return f"{where}：{said}" if where else said


_FIELDS = {"value": "数值", "unit": "单位", "indicator": "指标", "target": "目标", "org": "单位", "period": "时期",
           "format": "格式", "document": "文档", "files": "文件", "data": "数据文件", "like": "去年的总结"}
_PROBLEMS = {
    "float_parsing": "不是数字", "float_type": "不是数字", "int_parsing": "不是整数", "finite_number": "不是有限的数",
    "bool_parsing": "应为是或否", "bool_type": "应为是或否", "string_type": "应为文字", "missing": "缺少",
    "string_too_long": "太长", "json_invalid": "不是有效的 JSON", "model_attributes_type": "格式不对",
}


def invalid_input(errors: Sequence[Any]) -> str:
    """FastAPI's validation errors (English, with their own codes) as one Chinese line."""
    said = []
    for err in errors:
        where = next((str(x) for x in reversed(err.get("loc", ())) if x not in ("body", "query", "form")), "")
        problem = _PROBLEMS.get(str(err.get("type")), "格式不对")
        if err.get("type") == "string_too_long" and "max_length" in (err.get("ctx") or {}):
            problem += f"（最多 {err['ctx']['max_length']} 个字）"
        said.append(f"{_FIELDS.get(where, where)}{problem}" if where else problem)
    return "输入有误：" + "；".join(said or ["格式不对"])
