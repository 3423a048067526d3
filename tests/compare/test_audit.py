"""Audit checks on invented sentences: each claim in a holding and a failing variant."""

from __future__ import annotations

from typing import Any

import pytest

from compare.audit import audit_records
from tests.compare.build import figure
from tests.grounding import assert_grounded

Spec = tuple[str, str, str, str | None]  # span, number as written, unit, indicator


def records(text: str, specs: list[Spec], **extra: Any) -> list[dict[str, Any]]:
    out, after = [], 0
    for span, written, unit, indicator in specs:
        rec = figure(text, span, written, unit, indicator, after=after, **extra)
        after = rec["start"]
        out.append(rec)
    assert_grounded(text, out)
    return out


def donation(other: str) -> tuple[str, list[Spec]]:
    text = f"今年共发放慰问金41万元，其中政府筹集20.00万元，工会系统9.30万元，其他{other}万元。"
    return text, [
        ("发放慰问金41万元", "41", "万元", "慰问金"),
        ("政府筹集20.00万元", "20.00", "万元", "政府筹集"),
        ("工会系统9.30万元", "9.30", "万元", "工会系统"),
        (f"其他{other}万元", other, "万元", "其他"),
    ]


def founded(share: str) -> tuple[str, list[Spec]]:
    text = f"全年新建工会组织31家，占应建工会数30家的{share}%，超额完成任务。"
    return text, [
        ("新建工会组织31家", "31", "家", "新建工会组织"),
        ("应建工会数30家", "30", "家", "应建工会数"),
        (f"{share}%", share, "%", None),
    ]


def disputes(change: str) -> tuple[str, list[Spec]]:
    text = f"全年受理劳动争议案件5件次，与去年的12件次相比递减{change}%。"
    return text, [
        ("受理劳动争议案件5件次", "5", "件次", "受理劳动争议案件"),
        ("去年的12件次", "12", "件次", "去年"),
        (f"递减{change}%", change, "%", "递减"),
    ]


def members(first: str, second: str) -> tuple[str, list[Spec]]:
    text = f"基层工会现有会员1200人，其中女会员{first}人、农民工会员{second}人。"
    return text, [
        ("会员1200人", "1200", "人", "会员"),
        (f"女会员{first}人", first, "人", "女会员"),
        (f"农民工会员{second}人", second, "人", "农民工会员"),
    ]


def insured(rate: str, what: str = "职工医保参保率") -> tuple[str, list[Spec]]:
    text = f"全县{what}达到{rate}%，较上年有所提高。"
    return text, [(f"{what}达到{rate}%", rate, "%", what)]


@pytest.mark.parametrize(
    ("case", "expected"),
    [
        (donation("11.70"), []),
        (donation("11.7"), []),
        (donation("12.70"), [("sum", "error", 41.0, 42.0)]),
        (donation("10.70"), [("sum", "error", 41.0, 40.0)]),
        (founded("103"), []),
        (founded("110"), [("share", "error", 110.0, 103.3333)]),
        (disputes("58.3"), []),
        (disputes("48.3"), [("change", "error", -48.3, -58.3333)]),
        (members("500", "400"), []),
        (members("800", "600"), [("sum", "warning", 1200.0, 1400.0)]),
        (members("1300", "100"), [("sum", "error", 1200.0, 1300.0)]),
        (insured("98.5"), []),
        (insured("103"), [("range", "error", 103.0, 100.0)]),
        (insured("103", "计划任务完成率"), []),
    ],
)
def test_audit_flags_what_does_not_hold(
    case: tuple[str, list[Spec]], expected: list[tuple[str, str, float, float]]
) -> None:
    text, specs = case
    found = audit_records(records(text, specs, org="某县总工会"))
    got = [(f.kind, f.severity, f.claimed, round(f.computed, 4)) for f in found]
    assert got == expected
    for f in found:
        rec = f.record()
        assert rec["type"] == "finding" and rec["sentence"] == text and rec["org"] == "某县总工会"
        assert (
            text[rec["start"] : rec["end"]] == str(rec["claimed"]).removeprefix("-").removesuffix(".0")
            or rec["kind"] == "sum"
        )


def test_relations_are_used_when_the_extractor_gives_them() -> None:
    # no 其中 and no 相比 in the text: only the relations tie the figures together
    text = (
        "慰问金共41万元；政府筹集20.00万元、工会系统9.3万元、其他12.7万元。今年5件次，比上年12件次递减48.3%。"
    )
    recs = records(
        text,
        [
            ("慰问金共41万元", "41", "万元", "慰问金"),
            ("政府筹集20.00万元", "20.00", "万元", "政府筹集"),
            ("工会系统9.3万元", "9.3", "万元", "工会系统"),
            ("其他12.7万元", "12.7", "万元", "其他"),
            ("今年5件次", "5", "件次", "今年"),
            ("比上年12件次", "12", "件次", "上年"),
        ],
    )
    total = recs[0]["start"]
    for part in recs[1:4]:
        part["part_of"] = total
    recs[4]["baseline"] = recs[5]["start"]
    recs[4]["change"] = {"value": 48.3, "unit": "%", "direction": "down"}
    found = audit_records(recs)
    # the parts sit in another sentence, tied only by part_of: 20.00+9.3+12.7 = 42 is not 41
    assert [(f.kind, f.claimed, round(f.computed, 2)) for f in found] == [
        ("sum", 41.0, 42.0),
        ("change", -48.3, -58.33),
    ]


def test_approximate_figures_are_not_held_to_their_decimals() -> None:
    text, specs = donation("12.70")
    recs = records(text, specs)
    recs[0]["approx"] = "about"
    assert audit_records(recs) == []
