import datetime as dt

import pytest

from apps.linkage.dates import DateLevel, compare_dates

D = dt.date


@pytest.mark.parametrize(
    ("a", "b", "level", "reason"),
    [
        (D(1985, 5, 17), D(1985, 5, 17), DateLevel.EXACT, "tgl lahir sama"),
        (D(1985, 5, 7), D(1985, 7, 5), DateLevel.DAY_MONTH_SWAPPED, "tgl lahir tertukar hari/bulan"),
        (D(1985, 5, 17), D(1986, 5, 17), DateLevel.YEAR_OFF_BY_ONE, "tahun lahir beda 1"),
        (D(1986, 5, 17), D(1985, 5, 17), DateLevel.YEAR_OFF_BY_ONE, "tahun lahir beda 1"),
        (D(1985, 5, 17), D(1987, 5, 17), DateLevel.DIFFERENT, "tgl lahir berbeda"),
        (D(1985, 5, 17), D(1985, 5, 18), DateLevel.DIFFERENT, "tgl lahir berbeda"),
        # 17-05 cannot be swapped (no month 17); different years are not a swap either
        (D(1985, 5, 7), D(1986, 7, 5), DateLevel.DIFFERENT, "tgl lahir berbeda"),
        (None, D(1985, 5, 17), DateLevel.MISSING, "tgl lahir kosong"),
        (D(1985, 5, 17), None, DateLevel.MISSING, "tgl lahir kosong"),
    ],
)
def test_date_levels(a, b, level, reason):
    result = compare_dates(a, b)
    assert result.level == level
    assert result.reasons == [reason]


def test_year_only_side():
    # Registry wrote 01-01-1960 because only the year is known.
    result = compare_dates(D(1960, 1, 1), D(1960, 8, 17), a_year_only=True)
    assert result.level == DateLevel.YEAR_ONLY
    assert result.reasons == ["tahun lahir sama (tgl/bulan tidak diketahui)"]
    assert compare_dates(D(1960, 8, 17), D(1960, 12, 31), b_year_only=True).level == DateLevel.YEAR_ONLY
    assert compare_dates(D(1960, 1, 1), D(1961, 8, 17), a_year_only=True).level == DateLevel.YEAR_OFF_BY_ONE
    assert compare_dates(D(1960, 1, 1), D(1965, 8, 17), a_year_only=True).level == DateLevel.DIFFERENT
    # Without the flag the same pair is simply different.
    assert compare_dates(D(1960, 1, 1), D(1960, 8, 17)).level == DateLevel.DIFFERENT


def test_same_day_swapped_is_exact():
    assert compare_dates(D(1985, 5, 5), D(1985, 5, 5)).level == DateLevel.EXACT
