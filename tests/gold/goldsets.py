"""The gold sets: which group and split each gold file belongs to and which source it annotates.

Shared by ``bench/gold_scores.py`` (the README's Measured table) and ``tests/cli/test_gold_groups.py`` (the
floors in ``make test``). The split was decided by file before tuning (``SPLIT.md`` beside this file).
"""

from __future__ import annotations

from pathlib import Path

GOLD = Path(__file__).resolve().parent
SHARED = GOLD.parent.parent.parent / "shared"

# genres/SOURCES.md numbers → group
UNION = frozenset({19, 20, 21, 22, 23})
STATS = frozenset({27, 42, 45})
GOVERNMENT = frozenset(range(1, 19))
GROUPS = (
    "union summaries",
    "county and provincial government",
    "enterprises and institutions",
    "statistical communiqués and tables",
)


# the texts written for the gold by a helper (tests/gold/written/texts, ours): w01-w04 unions, w05-w08 government,
# w14 a statistics communiqué, the rest enterprises and institutions; session 9 (two more helpers, never tuned on):
# w17-w24 unions, w25-w32 statistics, w33-w36 government, w37-w40 departments and institutions; session 12: w81-w84
# enterprises and institutions, w85-w88 government, w73-w76 unions, w77-w80 statistics; session 13:
# w89-w92 unions, w93-w96 statistics; session 14: w97-w100 unions, w101-w104 statistics; session 17: w137-w140
# w145-w148 and w153-w156 statistics, w141-w144, w149-w152 and w157-w160 unions; session 18: w161-w164,
# w169-w172, w177-w180 and w185-w188 statistics, w165-w168, w173-w176, w181-w184 and w189-w192 unions
WRITTEN_UNION = frozenset({1, 2, 3, 4, *range(17, 25), *range(41, 49), *range(57, 61), *range(65, 69), *range(73, 77), *range(89, 93), *range(97, 101), *range(109, 113), *range(117, 121), *range(125, 129), *range(133, 137), *range(141, 145), *range(149, 153), *range(157, 161), *range(165, 169), *range(173, 177), *range(181, 185), *range(189, 193)})
WRITTEN_GOVERNMENT = frozenset({5, 6, 7, 8, 33, 34, 35, 36, 49, 50, 51, 52, *range(85, 89)})
WRITTEN_STATS = frozenset({14, *range(25, 33), *range(53, 57), *range(61, 65), *range(69, 73), *range(77, 81), *range(93, 97), *range(101, 109), *range(113, 117), *range(121, 125), *range(129, 133), *range(137, 141), *range(145, 149), *range(153, 157), *range(161, 165), *range(169, 173), *range(177, 181), *range(185, 189)})


# the texts written for tuning by four more helpers (tests/gold/wdev/texts, ours, dev): da01-da05 statistics,
# da06-da10 unions, db01-db04 government, db05-db10 enterprises and institutions
# dd01-dd07 departments and institutions, dd08-dd10 government; dc01-dc06 unions, dc07-dc10 schools and health;
# session 9: df01-df08 unions, de01-de08 statistics, dg01-dg05 government, dg06-dg08 departments; dh01-dh08 unions;
# dj01-dj05 government, dj06-dj08 departments; di01-di08 statistics
WDEV_GROUPS = {
    "da": (GROUPS[3], GROUPS[0]),
    "db": (GROUPS[1], GROUPS[2]),
    "dc": (GROUPS[0], GROUPS[2]),
    "dd": (GROUPS[2], GROUPS[1]),
    "df": (GROUPS[0], GROUPS[0]),
    "de": (GROUPS[3], GROUPS[3]),
    "dg": (GROUPS[1], GROUPS[2]),
    "dh": (GROUPS[0], GROUPS[0]),
    "dj": (GROUPS[1], GROUPS[2]),
    "di": (GROUPS[3], GROUPS[3]),
    "dm": (GROUPS[0], GROUPS[0]),
    "dk": (GROUPS[3], GROUPS[3]),
    "dn": (GROUPS[1], GROUPS[2]),
    "dp": (GROUPS[3], GROUPS[3]),
    "dq": (GROUPS[0], GROUPS[0]),
    "dt": (GROUPS[3], GROUPS[3]),
    "du": (GROUPS[0], GROUPS[0]),
    "dv": (GROUPS[3], GROUPS[0]),  # session 12: dv01-dv04 statistics, dv05-dv08 unions
    "dw": (GROUPS[2], GROUPS[1]),  # session 12: dw01-dw04 enterprises and institutions, dw05-dw08 government
    "dx": (GROUPS[3], GROUPS[3]),  # session 13: statistics
    "dy": (GROUPS[0], GROUPS[0]),  # session 13: unions
    "ea": (GROUPS[0], GROUPS[0]),  # session 14: unions
    "dz": (GROUPS[3], GROUPS[3]),  # session 14: statistics
    "eb": (GROUPS[3], GROUPS[0]),  # session 15: eb01-eb04 statistics, eb05-eb08 unions
    "ec": (GROUPS[3], GROUPS[3]),  # session 15: statistics
    "ed": (GROUPS[0], GROUPS[0]),  # session 15: unions
    "ee": (GROUPS[3], GROUPS[3]),  # session 16: statistics
    "ef": (GROUPS[0], GROUPS[0]),  # session 16: unions
    "eg": (GROUPS[3], GROUPS[3]),  # session 16: statistics
    "eh": (GROUPS[0], GROUPS[0]),  # session 16: unions
    "ei": (GROUPS[3], GROUPS[3]),  # session 16: statistics
    "ej": (GROUPS[0], GROUPS[0]),  # session 16: unions
    "ek": (GROUPS[3], GROUPS[3]),  # session 17: statistics
    "em": (GROUPS[0], GROUPS[0]),  # session 17: unions
    "eo": (GROUPS[0], GROUPS[3]),  # session 17: eo01-eo02 unions, eo03-eo04 statistics
    "ep": (GROUPS[3], GROUPS[3]),  # session 17: statistics
    "eq": (GROUPS[0], GROUPS[0]),  # session 17: unions
    "er": (GROUPS[3], GROUPS[3]),  # session 17: statistics
    "es": (GROUPS[0], GROUPS[0]),  # session 17: unions
    "et": (GROUPS[3], GROUPS[3]),  # session 18: statistics
    "eu": (GROUPS[0], GROUPS[0]),  # session 18: unions
    "ev": (GROUPS[3], GROUPS[0]),  # session 18: ev01-ev02 statistics, ev03-ev04 unions
    "ew": (GROUPS[3], GROUPS[3]),  # session 18: statistics
    "ex": (GROUPS[0], GROUPS[0]),  # session 18: unions
    "ey": (GROUPS[3], GROUPS[3]),  # session 18: statistics
    "ez": (GROUPS[0], GROUPS[0]),  # session 18: unions
    "fa": (GROUPS[3], GROUPS[3]),  # session 18: statistics
    "fb": (GROUPS[0], GROUPS[0]),  # session 18: unions
}
# session 11: ds, government (ds01 county, ds02 high-tech zone, ds04 township, ds07 city) with an enterprise and
# departments (ds03 state enterprise group, ds05 human resources, ds06 commerce, ds08 development and reform)
WDEV_BY_FILE = {
    "ds": {n: GROUPS[2] if n in (3, 5, 6, 8) else GROUPS[1] for n in range(1, 9)},
    # session 17: en01 a statistics brief, en02 a vocational school, en03 a park's union, en04 a statistics release
    "en": {1: GROUPS[3], 2: GROUPS[2], 3: GROUPS[0], 4: GROUPS[3]},
}
WDEV_FIRST_HALF = {"da": 5, "db": 4, "dc": 6, "dd": 7, "df": 8, "de": 8, "dg": 5, "dh": 8, "dj": 5, "di": 8, "dm": 8, "dk": 8, "dn": 4, "dp": 8, "dq": 8, "dt": 8, "du": 8, "dv": 4, "dw": 4, "dx": 8, "dy": 8, "ea": 8, "dz": 8, "eb": 4, "ec": 8, "ed": 8, "ee": 4, "ef": 4, "eg": 4, "eh": 4, "ei": 4, "ej": 4, "ek": 4, "em": 4, "eo": 2, "ep": 4, "eq": 4, "er": 4, "es": 4, "et": 4, "eu": 4, "ev": 2, "ew": 4, "ex": 4, "ey": 4, "ez": 4, "fa": 4, "fb": 4}


def group_of(gold: Path) -> str:
    if gold.parent.name == "wdev":
        prefix, n = gold.name[:2], int(gold.name[2:4])
        if prefix in WDEV_BY_FILE:
            return WDEV_BY_FILE[prefix][n]
        first, second = WDEV_GROUPS[prefix]
        return first if n <= WDEV_FIRST_HALF[prefix] else second
    if gold.parent.name == "written":
        n = int(gold.name[1:].split("_", 1)[0])  # w07_…, w104_…
        if n in WRITTEN_UNION:
            return GROUPS[0]
        if n in WRITTEN_STATS:
            return GROUPS[3]
        return GROUPS[1] if n in WRITTEN_GOVERNMENT else GROUPS[2]
    if gold.parent.parent.name == "genres":
        n = int(gold.name[:2])
        if n in UNION:
            return GROUPS[0]
        if n in STATS:
            return GROUPS[3]
        return GROUPS[1] if n in GOVERNMENT else GROUPS[2]
    if gold.parent.parent.name == "hebei" or gold.parent.name == "heldout":
        return GROUPS[1]
    return GROUPS[0]  # the seed pages


def split_of(gold: Path) -> str:
    if gold.parent.name in ("seeds", "wdev"):
        return "dev"
    if gold.parent.parent == GOLD and gold.parent.name == "heldout":
        # the four provincial reports of earlier sessions: 河北 and 吉林 were tuned on, 河南 and 西藏 never
        return "heldout" if ("河南" in gold.name or "西藏" in gold.name) else "dev"
    return gold.parent.name


def source_of(gold: Path) -> Path:
    stem = gold.name.removesuffix(".jsonl")
    for folder, suffix in (
        (GOLD / "written" / "texts", ".txt"),
        (GOLD / "wdev" / "texts", ".txt"),
        (SHARED / "corpora" / "genres", ".txt"),
        (SHARED / "corpora" / "hebei-2000-2026", ".txt"),
        (SHARED / "corpora" / "provinces-2026", ".csv"),
        (SHARED / "seeds", ".txt"),
    ):
        if (folder / (stem + suffix)).exists():
            return folder / (stem + suffix)
    raise FileNotFoundError(f"no source in {SHARED} for {gold.name}")


def gold_files(split: str = "all") -> list[Path]:
    # (agreement/ holds second annotations of dev texts, to measure annotators against each other: no split of its own)
    return sorted(
        p for p in GOLD.rglob("*.jsonl") if p.parent.name != "agreement" and (split == "all" or split_of(p) == split)
    )
