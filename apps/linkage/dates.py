"""Agreement between two birth dates, naming the usual registry errors."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db import models
from rapidfuzz.distance import OSA


class DateLevel(models.TextChoices):
    EXACT = "exact", "Tanggal lahir sama"
    DAY_MONTH_SWAPPED = "day_month_swapped", "Hari dan bulan tertukar"
    YEAR_OFF_BY_ONE = "year_off_by_one", "Tahun lahir beda 1"
    YEAR_ONLY = "year_only", "Hanya tahun yang diketahui, sama"
    ONE_DIGIT = "one_digit", "Tanggal lahir beda 1 digit"
    DIFFERENT = "different", "Tanggal lahir berbeda"
    MISSING = "missing", "Tanggal lahir kosong"


@dataclass(frozen=True)
class DateComparison:
    level: DateLevel
    reasons: list[str]


def compare_dates(
    a: dt.date | None,
    b: dt.date | None,
    *,
    a_year_only: bool = False,
    b_year_only: bool = False,
) -> DateComparison:
    """``*_year_only`` marks a side whose day and month are placeholders (only the year is known)."""
    if a is None or b is None:
        return DateComparison(DateLevel.MISSING, ["tgl lahir kosong"])
    if a_year_only or b_year_only:
        if a.year == b.year:
            return DateComparison(DateLevel.YEAR_ONLY, ["tahun lahir sama (tgl/bulan tidak diketahui)"])
        if abs(a.year - b.year) == 1:
            return DateComparison(DateLevel.YEAR_OFF_BY_ONE, ["tahun lahir beda 1 (tgl/bulan tidak diketahui)"])
        return DateComparison(DateLevel.DIFFERENT, ["tahun lahir berbeda"])
    if a == b:
        return DateComparison(DateLevel.EXACT, ["tgl lahir sama"])
    if a.year == b.year and (a.day, a.month) == (b.month, b.day):
        return DateComparison(DateLevel.DAY_MONTH_SWAPPED, ["tgl lahir tertukar hari/bulan"])
    if (a.day, a.month) == (b.day, b.month) and abs(a.year - b.year) == 1:
        return DateComparison(DateLevel.YEAR_OFF_BY_ONE, ["tahun lahir beda 1"])
    if _one_digit_apart(a, b):
        return DateComparison(DateLevel.ONE_DIGIT, ["tgl lahir beda 1 digit"])
    return DateComparison(DateLevel.DIFFERENT, ["tgl lahir berbeda"])


def _one_digit_apart(a: dt.date, b: dt.date) -> bool:
    """One typed digit wrong (or two neighbours swapped) in YYYYMMDD, the other two parts equal —
    the same test as the model's ``one_digit`` date level."""
    if (a.day == b.day) + (a.month == b.month) + (a.year == b.year) != 2:
        return False
    # Optimal string alignment: substitutions, insertions, deletions and adjacent swaps.
    return OSA.distance(a.strftime("%Y%m%d"), b.strftime("%Y%m%d")) == 1
