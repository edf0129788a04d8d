"""Resolves date expressions ("Thursday", "Oct. 20", "3 November 2023", "yesterday") to days,
against the article's date and the tense of the clause that holds them. Plain Python, no spaCy."""
from __future__ import annotations

import datetime as dt
import re
from enum import Enum


class Tense(Enum):
    PAST = "past"
    PRESENT = "present"
    FUTURE = "future"


WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = {
    name: i
    for i, names in enumerate(
        (
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
            ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sept", "sep"),
            ("october", "oct"), ("november", "nov"), ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
RELATIVE_DAYS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
# "October 20", "Oct. 20, 2023", "20 October", "20th of October 2023", "2023-10-20"
DATE_PATTERNS = (
    re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?:,?\s+{_YEAR})?", re.I),
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?", re.I),
    re.compile(r"\b(?P<year>\d{4})-(?P<monthnum>\d{2})-(?P<day>\d{2})\b"),
)
WEEKDAY_PATTERN = re.compile(r"\b(?:(?P<shift>last|next|this|on|coming)\s+)?(?P<weekday>" + "|".join(WEEKDAYS) + r")\b", re.I)
RELATIVE_PATTERN = re.compile(r"\b(?P<rel>" + "|".join(RELATIVE_DAYS) + r")\b", re.I)
FUTURE_MONTH_WINDOW = 183  # a month-day with no year more than ~6 months after the article is last year's
PAST_SLACK_DAYS = 7  # ...and in a past-tense clause, one more than a week after it


def resolve_date(expression: str, anchor: dt.date | None, tense: Tense = Tense.PAST) -> dt.date | None:
    """The day an expression names, or None when it names no single day (or needs an anchor)."""
    for pattern in DATE_PATTERNS:
        m = pattern.search(expression)
        if m:
            return _calendar_date(m, anchor, tense)
    if anchor is None:
        return None
    m = RELATIVE_PATTERN.search(expression)
    if m:
        return anchor + dt.timedelta(days=RELATIVE_DAYS[m.group("rel").lower()])
    m = WEEKDAY_PATTERN.search(expression)
    if m:
        return _weekday(WEEKDAYS.index(m.group("weekday").lower()), (m.group("shift") or "").lower(), anchor, tense)
    return None


def _calendar_date(m: re.Match, anchor: dt.date | None, tense: Tense) -> dt.date | None:
    groups = m.groupdict()
    month = int(groups["monthnum"]) if groups.get("monthnum") else MONTHS[groups["month"].lower()]
    day = int(groups["day"])
    year = int(groups["year"]) if groups.get("year") else None
    if year is None:
        if anchor is None:
            return None
        year = anchor.year
        try:
            ahead = (dt.date(year, month, day) - anchor).days
            if ahead > FUTURE_MONTH_WINDOW or (tense is Tense.PAST and ahead > PAST_SLACK_DAYS):
                year -= 1
        except ValueError:
            return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _weekday(target: int, shift: str, anchor: dt.date, tense: Tense) -> dt.date:
    """Past tense looks back (the same weekday as the article is that day), future looks ahead."""
    back = (anchor.weekday() - target) % 7
    ahead = (target - anchor.weekday()) % 7
    if shift == "last":
        return anchor - dt.timedelta(days=back or 7)
    if shift == "next":
        return anchor + dt.timedelta(days=ahead or 7)
    if tense is Tense.PAST:
        return anchor - dt.timedelta(days=back)
    return anchor + dt.timedelta(days=ahead)
