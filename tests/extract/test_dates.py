"""Calendar dates in work summaries and their ISO form."""

from __future__ import annotations

import pytest

from extract.dates import cn_int, find_dates


@pytest.mark.parametrize(
    ("text", "written", "year", "resolved"),
    [
        ("我会于4月10日组织召开了会议", "4月10日", 2006, "2006-04-10"),
        ("我会于4月10日组织召开了会议", "4月10日", None, "--04-10"),
        ("2024年3月8日举行座谈会", "2024年3月8日", 2006, "2024-03-08"),
        ("5月举办职工运动会", "5月", 2023, "2023-05"),
        ("5月举办职工运动会", "5月", None, "--05"),
        ("十月十二日召开职代会", "十月十二日", 2019, "2019-10-12"),
        ("三月份开展慰问", "三月份", 2019, "2019-03"),
        ("xx年5月起逐月发放", "xx年5月", 2006, "--05"),
        ("8月23-24日进行了检查", "8月23-24日", 2021, "2021-08-23"),
        ("4月底,市委调整了班子", "4月底", 2020, "2020-04"),
        ("12月31日前完成", "12月31日", 2020, "2020-12-31"),
    ],
)
def test_a_date_is_found_and_resolved(text: str, written: str, year: int | None, resolved: str) -> None:
    (d,) = find_dates(text)
    assert text[d.start : d.end] == written
    assert d.resolve(year) == resolved


@pytest.mark.parametrize(
    "text",
    [
        "“五一”前夕,我会组织劳模体检",  # a holiday in quotes is not a date
        "历时三个月的劳动竞赛",  # a duration
        "共悬挂宣传横幅158条",
        "一月一次的例会",  # a bare Chinese-numeral month is too ambiguous
        "2006年全市新建工会38家",  # a year alone
        "第13月",
    ],
)
def test_no_date(text: str) -> None:
    assert find_dates(text) == []


def test_a_range_is_marked() -> None:
    (d,) = find_dates("于5-6月先后检查了34家企业")
    assert d.is_range and d.month == 5 and d.resolve(2006) == "2006-05"


def test_an_invalid_month_or_day_is_dropped() -> None:
    assert find_dates("13月5日") == []
    (d,) = find_dates("4月32日")  # no 32nd: only the month is read
    assert (d.month, d.day) == (4, None)


@pytest.mark.parametrize(
    ("text", "value"),
    [("十", 10), ("十二", 12), ("二十三", 23), ("三", 3), ("12", 12), ("二〇〇六", 2006), ("百", None)],
)
def test_cn_int(text: str, value: int | None) -> None:
    assert cn_int(text) == value
