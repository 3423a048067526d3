"""check.py TEXT.txt GOLD.jsonl : checks a gold file against its text; prints problems, then 'N problems'."""
from __future__ import annotations

import json
import re
import sys

HEADLINES = {'一般公共预算收入', '一般公共预算收入增长', '入会率', '农村居民人均可支配收入', '农村居民人均可支配收入增长', '发展会员',
 '固定资产投资', '固定资产投资增长', '地区生产总值', '地区生产总值增长', '城镇居民人均可支配收入', '城镇居民人均可支配收入增长',
 '城镇新增就业', '居民人均可支配收入', '居民人均可支配收入增长', '建会率', '新建工会组织', '社会消费品零售总额',
 '社会消费品零售总额增长', '规模以上工业增加值', '规模以上工业增加值增长', '财政收入', '财政收入增长'}
KEYS = ["file", "start", "end", "value", "unit", "approx", "indicator", "target", "period", "canonical", "placeholder", "optional", "quote"]
PERIOD = re.compile(r"^(\d{4}(H[12]|Q[1-4])?|\d{4}-\d{4})$")
NUM = re.compile(r"^[0-9０-９.,，\s\u2009\u202f零〇一二三四五六七八九十百千万亿两半xX×*＊_＿]+$")
text_path, gold_path = sys.argv[1], sys.argv[2]
text = open(text_path, encoding="utf-8").read()
problems = []
seen: set[tuple[int, int]] = set()
last = -1
for n, line in enumerate(open(gold_path, encoding="utf-8"), 1):
    if not line.strip():
        continue
    try:
        g = json.loads(line)
    except Exception as e:
        problems.append(f"line {n}: not JSON ({e})")
        continue
    if list(g) != KEYS:
        problems.append(f"line {n}: keys must be exactly {KEYS} in that order")
        continue
    if g["file"] != text_path.split("/")[-1]:
        problems.append(f"line {n}: file should be {text_path.split('/')[-1]}")
    s, e = g["start"], g["end"]
    if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
        problems.append(f"line {n}: bad offsets {s},{e}")
        continue
    span = text[s:e]
    if not NUM.match(span):
        problems.append(f"line {n}: text[{s}:{e}] = {span!r} is not a number as written")
    if (s, e) in seen:
        problems.append(f"line {n}: duplicate span {s},{e}")
    seen.add((s, e))
    if s < last:
        problems.append(f"line {n}: lines must be in text order")
    last = s
    q = g["quote"]
    if not isinstance(q, str) or len(q) > 30:
        problems.append(f"line {n}: quote must be a string of at most 30 characters")
    else:
        k = text.find(q, max(0, s - 30))
        if k < 0 or not (k <= s and e <= k + len(q)):
            problems.append(f"line {n}: quote {q!r} must occur in the text around the number at {s}")
    if not isinstance(g["indicator"], list) or not g["indicator"] or not all(isinstance(w, str) and w for w in g["indicator"]):
        problems.append(f"line {n}: indicator must be a non-empty list of wordings")
    if g["approx"] not in (None, "over", "under", "about"):
        problems.append(f"line {n}: approx must be null, over, under or about")
    if g["period"] is not None and not PERIOD.match(str(g["period"])):
        problems.append(f"line {n}: period must be YYYY, YYYYH1/H2, YYYYQ1-4, YYYY-YYYY or null")
    if g["canonical"] is not None and g["canonical"] not in HEADLINES:
        problems.append(f"line {n}: canonical must be one of the list in the brief, or null")
    for k in ("target", "placeholder", "optional"):
        if not isinstance(g[k], bool):
            problems.append(f"line {n}: {k} must be true or false")
    if g["placeholder"] and g["value"] is not None:
        problems.append(f"line {n}: a placeholder's value is null")
    if not g["placeholder"] and not isinstance(g["value"], (int, float)):
        problems.append(f"line {n}: value must be a number")
for p in problems:
    print(p)
print(len(problems), "problems")
