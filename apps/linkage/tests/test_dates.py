import datetime as dt

import pytest

from apps.linkage.dates import DateLevel, compare_dates
from apps.linkage.features import parse_birth_date

D = dt.date


@pytest.mark.parametrize(
    ("a", "b", "level", "reason"),
    [
        (D(1985, 5, 17), D(1985, 5, 17), DateLevel.EXACT, "tgl lahir sama"),
        (D(1985, 5, 7), D(1985, 7, 5), DateLevel.DAY_MONTH_SWAPPED, "tgl lahir tertukar hari/bulan"),
        (D(1985, 5, 17), D(1986, 5, 17), DateLevel.YEAR_OFF_BY_ONE, "tahun lahir beda 1"),
        (D(1986, 5, 17), D(1985, 5, 17), DateLevel.YEAR_OFF_BY_ONE, "tahun lahir beda 1"),
        (D(1985, 5, 17), D(1987, 5, 17), DateLevel.ONE_DIGIT, "tgl lahir beda 1 digit"),
        (D(1985, 5, 17), D(1979, 5, 17), DateLevel.DIFFERENT, "tgl lahir berbeda"),
        (D(1985, 5, 17), D(1985, 5, 18), DateLevel.ONE_DIGIT, "tgl lahir beda 1 digit"),
        (D(1985, 5, 17), D(1958, 5, 17), DateLevel.ONE_DIGIT, "tgl lahir beda 1 digit"),  # 85 ↔ 58 swapped
        (D(1985, 5, 17), D(1985, 5, 28), DateLevel.DIFFERENT, "tgl lahir berbeda"),  # two digits
        (D(1985, 5, 17), D(1985, 6, 18), DateLevel.DIFFERENT, "tgl lahir berbeda"),  # day and month
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


TODAY = D(2026, 11, 22)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("1978-12-20", (D(1978, 12, 20), False)),
        ("20-12-1978", (D(1978, 12, 20), False)),
        ("20/12/1978", (D(1978, 12, 20), False)),
        ("20.12.1978", (D(1978, 12, 20), False)),
        ("1978-12-20 00:00:00", (D(1978, 12, 20), False)),
        # Tempat, tanggal lahir in one cell, as on a KTP.
        ("MOJOKERTO, 20-12-1978", (D(1978, 12, 20), False)),
        ("Nganjuk, 1980-08-30", (D(1980, 8, 30), False)),
        ("mojokerto, 10/05/1998", (D(1998, 5, 10), False)),
        # The month as a word, as a KTP or a typist writes it (Indonesian, English, short forms).
        ("6 September 2002", (D(2002, 9, 6), False)),
        ("Nganjuk, 17 Agustus 1945", (D(1945, 8, 17), False)),
        ("3 Okt. 1990", (D(1990, 10, 3), False)),
        ("12-Mei-1980", (D(1980, 5, 12), False)),
        ("9 Nopember 1971", (D(1971, 11, 9), False)),
        ("7 Agt 1988", (D(1988, 8, 7), False)),
        ("4 May 1970", (D(1970, 5, 4), False)),
        ("1 Januari 1960", (D(1960, 1, 1), True)),
        ("31 Februari 1990", (None, False)),
        ("2 Ju 1990", (None, False)),  # Juni or Juli?
        # A place alone, or nothing usable, is no date.
        ("NGANJUK", (None, False)),
        ("-", (None, False)),
        ("", (None, False)),
        ("31-02-1980", (None, False)),
        # Two-digit years: the latest century that does not put the birth in the future.
        ("01-03-62", (D(1962, 3, 1), False)),
        ("25/12/18", (D(2018, 12, 25), False)),
        ("25/12/27", (D(1927, 12, 25), False)),
        # Excel's own "dd-mmm-yy" display of a date cell, in Indonesian or English.
        ("16-Nov-68", (D(1968, 11, 16), False)),
        ("24-Mei-95", (D(1995, 5, 24), False)),
        ("27-Nov-03", (D(2003, 11, 27), False)),
        ("04-Agu-82", (D(1982, 8, 4), False)),
        # Excel's day number for a date cell read as a number.
        ("28492", (D(1978, 1, 2), False)),
        ("28492.0", (D(1978, 1, 2), False)),
        # A woman's date copied from her NIK without taking 40 off the day.
        ("55-03-1980", (D(1980, 3, 15), False)),
        # Eight digits typed without separators.
        ("11101978", (D(1978, 10, 11), False)),
        ("19781011", (D(1978, 10, 11), False)),
        ("31021978", (None, False)),
        # The month first (an English-language Excel), where the day cannot be a month.
        ("11/26/1999", (D(1999, 11, 26), False)),
        ("02.17.1956", (D(1956, 2, 17), False)),
        ("13/13/1990", (None, False)),
        # Only the year: bare, or the 1 January placeholder.
        ("1956", (D(1956, 1, 1), True)),
        ("01-01-1978", (D(1978, 1, 1), True)),
        (D(1978, 1, 1), (D(1978, 1, 1), True)),
        (dt.datetime(1978, 12, 20, 0, 0), (D(1978, 12, 20), False)),
    ],
)
def test_parse_birth_date(raw, expected):
    assert parse_birth_date(raw, today=TODAY) == expected
