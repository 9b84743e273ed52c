import datetime as dt

import pytest

from apps.linkage.features import digits16, excel_sci_range, partial_nik
from apps.linkage.niks import NikLevel, compare_encoded, compare_nik, kk_slip, nik_encoded
from apps.linkage.regions import RegionLevel

# 35.13.01 · woman born 17-05-1985 (17 + 40 = 57) · serial 0001
WIFE = "3513015705850001"
# 35.13.01 · man born 12-03-1980 · serial 0003
HUSBAND = "3513011203800003"
# No. KK issued in 35.13.01 on 12-01-2010
KK = "3513011201100004"


def test_exact_ignores_formatting():
    result = compare_nik(WIFE, "3513 0157 0585 0001")
    assert result.level == NikLevel.EXACT
    assert result.reasons == ["NIK sama"]
    assert compare_nik(WIFE, "3513015705850001.0").level == NikLevel.EXACT  # Excel float


def test_one_digit_in_birth_date():
    result = compare_nik(WIFE, "3513015705860001")
    assert result.level == NikLevel.ONE_DIGIT
    assert result.reasons == ["NIK beda 1 digit"]


def test_one_digit_in_serial_warns_it_may_be_someone_else():
    result = compare_nik(WIFE, "3513015705850002")
    assert result.level == NikLevel.ONE_DIGIT
    assert result.reasons == ["NIK beda 1 digit", "beda di nomor urut — bisa NIK orang lain"]


def test_one_digit_with_same_kk_may_be_a_twin():
    result = compare_nik(WIFE, "3513015705850002", a_kk=KK, b_kk=KK)
    assert result.level == NikLevel.ONE_DIGIT
    assert "KK sama — bisa juga anggota keluarga (kembar)" in result.reasons


def test_transposed_region_digits():
    result = compare_nik(WIFE, "3531015705850001")
    assert result.level == NikLevel.TRANSPOSED
    assert result.reasons == ["dua digit NIK tertukar"]


def test_transposed_serial_digits():
    result = compare_nik("3513015705850010", WIFE)
    assert result.level == NikLevel.TRANSPOSED
    assert result.reasons == ["dua digit NIK tertukar", "beda di nomor urut — bisa NIK orang lain"]


def test_two_adjacent_digits_that_are_not_a_swap_are_not_transposed():
    # 0001 → 0017: same region and birth date, other serial
    result = compare_nik(WIFE, "3513015705850017")
    assert result.level == NikLevel.PREFIX_ONLY
    assert result.reasons == ["wilayah & tgl lahir di NIK sama, nomor urut beda — belum tentu orang sama"]


def test_kk_written_as_nik_either_side():
    assert compare_nik(KK, WIFE, b_kk=KK).level == NikLevel.KK_AS_NIK
    result = compare_nik(WIFE, KK, a_kk=KK)
    assert result.level == NikLevel.KK_AS_NIK
    assert result.reasons == ["No. KK tertulis sebagai NIK"]
    # Without the KK we only see two different numbers.
    assert compare_nik(WIFE, KK).level == NikLevel.DIFFERENT


def test_family_member():
    result = compare_nik(HUSBAND, WIFE, a_kk=KK, b_kk="3513 0112 0110 0004")
    assert result.level == NikLevel.FAMILY_MEMBER
    assert result.reasons == ["NIK anggota keluarga lain (KK sama)"]


def test_different_kk_is_not_family():
    assert compare_nik(HUSBAND, WIFE, a_kk=KK, b_kk="3513011201100005").level == NikLevel.DIFFERENT


def test_different():
    result = compare_nik(HUSBAND, WIFE)
    assert result.level == NikLevel.DIFFERENT
    assert result.reasons == ["NIK berbeda"]


@pytest.mark.parametrize(
    ("a", "b"),
    [("", WIFE), (WIFE, None), ("351301570585001", WIFE), (WIFE, "35130157O5850001"), ("0" * 16, "0" * 16)],
)
def test_missing_or_invalid(a, b):
    result = compare_nik(a, b)
    assert result.level == NikLevel.MISSING
    assert result.reasons == ["NIK kosong/tidak valid"]


def test_nik_encoded():
    assert nik_encoded(WIFE) == ("35.13.01", dt.date(1985, 5, 17), "P")
    assert nik_encoded(HUSBAND) == ("35.13.01", dt.date(1980, 3, 12), "L")
    assert nik_encoded("3513013213850001") == ("35.13.01", None, None)  # day 32 month 13
    assert nik_encoded("NA70") == ("", None, None)
    assert nik_encoded(None) == ("", None, None)


def test_compare_encoded_all_agree():
    result = compare_encoded(WIFE, birth_date=dt.date(1985, 5, 17), sex="P", kode_wilayah="35.13.01.2001")
    assert (result.birth_date, result.sex, result.region) == (True, True, RegionLevel.SAME_KECAMATAN)
    assert (result.same_kecamatan, result.same_kabupaten) == (True, True)
    assert result.reasons == ["tgl lahir di NIK cocok", "jenis kelamin di NIK cocok", "kecamatan di NIK sama"]


def test_compare_encoded_disagreements():
    result = compare_encoded(WIFE, birth_date=dt.date(1985, 5, 18), sex="L", kode_wilayah="3513022001")
    assert (result.birth_date, result.sex, result.region) == (False, False, RegionLevel.SAME_KABUPATEN)
    assert (result.same_kecamatan, result.same_kabupaten) == (False, True)
    assert result.reasons == [
        "tgl lahir di NIK tidak cocok",
        "jenis kelamin di NIK tidak cocok",
        "kabupaten di NIK sama",
    ]
    other = compare_encoded(WIFE, kode_wilayah="36.01.01")
    assert (other.birth_date, other.sex, other.region) == (None, None, RegionLevel.DIFFERENT)
    assert (other.same_kecamatan, other.same_kabupaten) == (False, False)
    assert other.reasons == ["wilayah di NIK berbeda"]


def test_compare_encoded_kabupaten_only_region_leaves_kecamatan_unknown():
    result = compare_encoded(WIFE, kode_wilayah="35.13")
    assert result.region == RegionLevel.SAME_KABUPATEN
    assert (result.same_kecamatan, result.same_kabupaten) == (None, True)


def test_compare_encoded_century_is_not_compared():
    assert compare_encoded(WIFE, birth_date=dt.date(2085, 5, 17)).birth_date is True


def test_compare_encoded_invalid_nik():
    result = compare_encoded("12345", birth_date=dt.date(1985, 5, 17), sex="P", kode_wilayah="35.13.01")
    assert (result.birth_date, result.sex, result.region) == (None, None, RegionLevel.MISSING)
    assert (result.same_kecamatan, result.same_kabupaten) == (None, None)
    assert result.reasons == []


def test_excel_last_digit_zero():
    # Excel keeps 15 significant digits: 3513015705850001 typed as a number comes back …0000.
    result = compare_nik("3513015705850000", WIFE)
    assert result.level == NikLevel.EXCEL_LAST0
    assert result.reasons == ["digit terakhir NIK jadi 0 (Excel) — 15 digit pertama sama"]
    # A last digit other than 0 is an ordinary typo.
    assert compare_nik("3513015705850003", WIFE).level == NikLevel.ONE_DIGIT


@pytest.mark.parametrize(
    ("raw", "level"),
    [
        ("351301570585001", NikLevel.DIGIT_COUNT),  # one 0 dropped from the serial
        ("351301705850001", NikLevel.DIGIT_COUNT),  # the 5 of the day dropped
        ("35130157058500001", NikLevel.DIGIT_COUNT),  # a 0 doubled
        ("3513015705850", NikLevel.TRUNCATED),  # the serial cut off
        ("13015705850001", NikLevel.TRUNCATED),  # the province cut off
        ("351301570599001", NikLevel.DIFFERENT),  # 15 digits, but not this NIK
    ],
)
def test_nik_with_too_few_or_too_many_digits(raw, level):
    assert compare_nik(None, WIFE, a_raw=raw).level == level


@pytest.mark.parametrize(
    ("shown", "nik", "rounds_to_it"),
    [
        ("3.51301E+15", HUSBAND, True),  # a man: the day's first digit (0-3) rounds down
        ("3,51301E+15", HUSBAND, True),  # Indonesian Excel writes a decimal comma
        ("3.51302E+15", WIFE, True),  # a woman born after the 9th: day + 40 rounds the kecamatan up
        ("3.51301E+15", WIFE, False),
        ("3.5221E+15", "3522096801950001", True),  # 3.52210E+15 with its trailing 0 dropped
        ("3.51302E+15", "3513025705850001", False),  # kecamatan 351302 rounds to 3.51303E+15
    ],
)
def test_a_nik_excel_showed_in_scientific_form_is_a_range_of_niks(shown, nik, rounds_to_it):
    low, high = excel_sci_range(shown)
    assert (low <= nik < high) == rounds_to_it
    result = compare_nik(None, nik, a_sci=(low, high))
    assert result.level == (NikLevel.EXCEL_SCI if rounds_to_it else NikLevel.MISSING)


@pytest.mark.parametrize(
    "shown", ["3.5E+15", "3.513E+15", "3.51100E+15", "3,516E+16", "3.51301E+14", "3513015705850001", ""]
)
def test_too_few_digits_or_another_length_is_no_scientific_nik(shown):
    assert excel_sci_range(shown) is None


@pytest.mark.parametrize(
    ("raw", "digits"),
    [
        ("351301570585001", "351301570585001"),  # 15 digits
        ("'35130157058500001", "35130157058500001"),  # 17, Excel's text mark removed
        ("3513 0157 0585 0", "3513015705850"),  # 13, spaced
        ("3513015705850001", None),  # a whole NIK is not partial
        ("3.51301E+15", None),  # Excel's scientific form has lost its digits
        ("123", None),
        ("", None),
    ],
)
def test_partial_nik_keeps_the_digits_of_a_nik_that_is_not_16_long(raw, digits):
    assert partial_nik(raw) == digits


@pytest.mark.parametrize(
    ("typed", "held", "same_card"),
    [
        ("3568142312230001", "3578142312230001", True),  # kabupaten code mistyped
        ("3529128002240001", "3529121002240001", True),  # day 80: no card was issued then
        ("3529121020240001", "3529121002240001", True),  # two digits swapped: month 20
        ("3504061603200001", "3504061605200001", False),  # 16 March and 16 May: two real cards
        ("3525141908190004", "3525141908190001", False),  # the next serial that day
        ("3525141908190001", "3525141908190001", False),  # the same card is no slip
        ("", "3525141908190001", False),
    ],
)
def test_a_family_card_slip_that_no_real_card_shows(typed, held, same_card):
    assert kk_slip(typed, held) is same_card


@pytest.mark.parametrize(
    ("raw", "nik"),
    [("35O1081407530001", "3501081407530001"), ("35011O09037600I2", "3501100903760012"),
     ("'3501 0814 0753 0001", "3501081407530001"), ("KTP hilang", None), ("belum ada", None)],
)  # fmt: skip
def test_a_letter_o_or_i_typed_for_a_digit_is_read_as_the_digit(raw, nik):
    assert digits16(raw) == nik
