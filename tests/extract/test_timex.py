import datetime as dt

import pytest

from kg.extract.timex import Tense, resolve_date

FRIDAY = dt.date(2023, 11, 3)


@pytest.mark.parametrize(
    "expression, tense, expected",
    [
        ("Thursday", Tense.PAST, "2023-11-02"),
        ("Friday", Tense.PAST, "2023-11-03"),
        ("Friday", Tense.FUTURE, "2023-11-03"),
        ("Monday", Tense.PAST, "2023-10-30"),
        ("Monday", Tense.FUTURE, "2023-11-06"),
        ("Wednesday evening", Tense.PAST, "2023-11-01"),
        ("last Friday", Tense.PAST, "2023-10-27"),
        ("next Friday", Tense.PRESENT, "2023-11-10"),
        ("October 20", Tense.PAST, "2023-10-20"),
        ("Oct. 20", Tense.PAST, "2023-10-20"),
        ("Sept. 9, 2021", Tense.PAST, "2021-09-09"),
        ("7 October", Tense.PAST, "2023-10-07"),
        ("December 30", Tense.PAST, "2022-12-30"),  # too far ahead: last year's
        ("2024-02-29", Tense.PAST, "2024-02-29"),
        ("yesterday", Tense.PAST, "2023-11-02"),
        ("today", Tense.PAST, "2023-11-03"),
    ],
)
def test_resolve(expression, tense, expected):
    assert resolve_date(expression, FRIDAY, tense).isoformat() == expected


@pytest.mark.parametrize("expression", ["this week", "recent days", "February 30", "the 1990s"])
def test_not_a_single_day(expression):
    assert resolve_date(expression, FRIDAY) is None


def test_relative_dates_need_an_anchor():
    assert resolve_date("Thursday", None) is None
    assert resolve_date("3 November 2023", None) == FRIDAY
