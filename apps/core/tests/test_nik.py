import datetime as dt

import pytest

from apps.core.nik import clean_digits, kk_check, nik_check

# 35.13.01 (Sukapura, Probolinggo) · born 17-05-1985 · woman (17 + 40 = 57) · serial 0001
WOMAN_1985 = "3513015705850001"
MAN_1985 = "3513011705850002"


def test_valid_nik_for_a_woman_decodes_sex_and_birth_date():
    check = nik_check(WOMAN_1985, sex="P", birth_date=dt.date(1985, 5, 17))
    assert check.ok and not check.warnings
    assert check.sex == "P"
    assert check.birth_date == dt.date(1985, 5, 17)


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("351301570585001", "16 digit angka (tertulis 15 digit)"),
        ("35130157058500011", "tertulis 17 digit"),
        ("35130157O5850001", "ada karakter selain angka"),
        ("", "16 digit"),
        ("9913015705850001", 'Kode provinsi NIK "99" tidak dikenal'),
        ("3500005705850001", "tidak boleh 00"),
        ("3513013213850001", "tidak valid"),  # day 32, month 13
        ("3513011702850000", "tidak boleh 0000"),
    ],
)
def test_structurally_impossible_niks_are_errors_with_the_reason(raw, message):
    check = nik_check(raw)
    assert not check.ok
    assert message in check.errors[0]


def test_separators_and_excel_float_suffix_are_ignored():
    assert clean_digits(" 3513 0157.0585-0001 ") == WOMAN_1985
    assert clean_digits("3513015705850001.0") == WOMAN_1985
    assert nik_check("3513.0157.0585.0001").ok


def test_sex_disagreement_is_a_warning_not_an_error():
    check = nik_check(WOMAN_1985, sex="L")
    assert check.ok
    assert check.warning_codes == ["nik_sex"]
    assert "perempuan" in check.warnings[0][1]


def test_birth_date_disagreement_is_a_warning():
    check = nik_check(MAN_1985, sex="L", birth_date=dt.date(1985, 5, 18))
    assert check.ok
    assert check.warning_codes == ["nik_birth_date"]
    assert "18 Mei 1985" in check.warnings[0][1]


def test_century_is_not_held_against_the_user():
    # The NIK says only "85"; a typed 1885 would be absurd but the digits agree.
    assert nik_check(MAN_1985, birth_date=dt.date(1985, 5, 17)).warnings == []


def test_unknown_kecamatan_prefix_is_a_confirmable_warning():
    check = nik_check(MAN_1985, region_exists=lambda code: False)
    assert check.ok
    assert check.warning_codes == ["nik_region"]
    assert "35.13.01" in check.warnings[0][1]


def test_no_kk_must_be_16_digits_when_given():
    assert kk_check("") == ("", None)
    assert kk_check("3513010101200001") == ("3513010101200001", None)
    assert kk_check("12345")[1] == "No. KK harus terdiri dari 16 digit angka."
