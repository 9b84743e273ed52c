"""Agreement between two birth dates, naming the usual registry errors."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db import models


class DateLevel(models.TextChoices):
    EXACT = "exact", "Tanggal lahir sama"
    DAY_MONTH_SWAPPED = "day_month_swapped", "Hari dan bulan tertukar"
    YEAR_OFF_BY_ONE = "year_off_by_one", "Tahun lahir beda 1"
    YEAR_ONLY = "year_only", "Hanya tahun yang diketahui, sama"
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
    return DateComparison(DateLevel.DIFFERENT, ["tgl lahir berbeda"])
