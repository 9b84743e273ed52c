"""Agreement between two NIKs, and between a NIK and the birth date, sex and region it encodes.

A NIK is ``PPKKCC DDMMYY SSSS``: kecamatan of first registration, birth date (women: day + 40) and
a serial. Serials run in sequence within one kecamatan and birth date, so a mistyped serial is
often another real person's NIK: ``prefix_only`` (and a one-digit difference in the serial) says
"same region and birth date", not "same person".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.db import models
from rapidfuzz.distance import Levenshtein

from apps.core.nik import clean_digits, nik_check
from apps.linkage.regions import RegionLevel, compare_regions


class NikLevel(models.TextChoices):
    EXACT = "exact", "NIK sama"
    ONE_DIGIT = "one_digit", "NIK beda 1 digit"
    TRANSPOSED = "transposed", "Dua digit NIK tertukar"
    KK_AS_NIK = "kk_as_nik", "No. KK tertulis sebagai NIK"
    EXCEL_LAST0 = "excel_last0", "Digit terakhir NIK jadi 0 (Excel)"
    FAMILY_MEMBER = "family_member", "NIK anggota keluarga lain (KK sama)"
    DIGIT_COUNT = "digit_count", "NIK kurang/lebih 1 digit"
    TRUNCATED = "truncated", "NIK terpotong"
    EXCEL_SCI = "excel_sci", "NIK jadi angka Excel (3,5E+15), kecamatannya cocok"
    PREFIX_ONLY = "prefix_only", "Wilayah dan tgl lahir di NIK sama, nomor urut beda"
    DIFFERENT = "different", "NIK berbeda"
    MISSING = "missing", "NIK kosong atau tidak valid"


@dataclass(frozen=True)
class NikComparison:
    level: NikLevel
    reasons: list[str] = field(default_factory=list)


_SERIAL_START = 12


def _digits16(raw: object) -> str:
    digits = clean_digits(raw)
    return digits if len(digits) == 16 and digits.isdigit() and digits != "0" * 16 else ""


def _partial(raw: str, nik: str) -> NikComparison | None:
    """A typed NIK of 13–17 digits against a registry NIK (the model's digit_count / truncated)."""
    if len(raw) in (15, 17) and Levenshtein.distance(raw, nik) == 1:  # 16 digits: one dropped/added
        return NikComparison(NikLevel.DIGIT_COUNT, ["NIK kurang/lebih 1 digit"])
    if 13 <= len(raw) <= 15 and (nik.startswith(raw) or nik.endswith(raw)):
        return NikComparison(NikLevel.TRUNCATED, [f"NIK terpotong ({len(raw)} digit) tapi cocok"])
    return None


def _slip(a: str, b: str) -> list[int]:
    """Positions where two 16-digit numbers differ, when that is one typing slip: one digit wrong or
    two neighbours swapped; else ``[]``."""
    diffs = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    if len(diffs) == 1:
        return diffs
    if len(diffs) == 2 and diffs[1] == diffs[0] + 1 and (a[diffs[0]], a[diffs[1]]) == (b[diffs[1]], b[diffs[0]]):
        return diffs
    return []


def excel_last0(typed: object, held: object) -> bool:
    """The typed number is the held one after an Excel number cell: 15 digits kept, the last one 0."""
    x, y = _digits16(typed), _digits16(held)
    return bool(x and y and x != y and x.endswith("0") and x[:15] == y[:15])


def one_slip_apart(a: object, b: object) -> bool:
    """Two 16-digit numbers that differ by one typing slip (one digit, or two neighbours swapped)."""
    x, y = _digits16(a), _digits16(b)
    return bool(x and y and _slip(x, y))


def kk_slip(typed: object, held: object) -> bool:
    """The typed No. KK is the held one with a slip that no real card shows: in the kecamatan code, or
    making an impossible issue date. A slip elsewhere gives a real-looking card — another family of the
    kecamatan, issued a few days or months apart, or the next serial the same day."""
    kk_a, kk_b = _digits16(typed), _digits16(held)
    if not kk_a or not kk_b:
        return False
    diffs = _slip(kk_a, kk_b)
    if not diffs or diffs[-1] >= _SERIAL_START:
        return False
    return diffs[-1] < 6 or _impossible_date(kk_a[6:12])


def _impossible_date(ddmmyy: str) -> bool:
    try:
        dt.date(2000 + int(ddmmyy[4:]), int(ddmmyy[2:4]), int(ddmmyy[:2]))
    except ValueError:
        return True
    return False


def compare_nik(
    a: object,
    b: object,
    *,
    a_kk: object = "",
    b_kk: object = "",
    a_raw: str | None = None,
    a_sci: tuple[str, str] | None = None,
) -> NikComparison:
    """``a_raw``: digits of a NIK typed with 13–17 digits (``features.partial_nik``), when ``a`` is none;
    ``a_sci``: the range of NIKs a number Excel showed as "3.51803E+15" may be
    (``features.excel_sci_range``)."""
    nik_a, nik_b = _digits16(a), _digits16(b)
    kk_a, kk_b = _digits16(a_kk), _digits16(b_kk)
    if not nik_a and a_raw and nik_b:
        return _partial(a_raw, nik_b) or NikComparison(NikLevel.DIFFERENT, ["NIK berbeda (bukan 16 digit)"])
    if not nik_a and a_sci and nik_b and a_sci[0] <= nik_b < a_sci[1]:
        # Only the first five or six digits survived: the kecamatan, not the person.
        return NikComparison(NikLevel.EXCEL_SCI, ["NIK jadi angka Excel (3,5E+15): awalnya cocok (kecamatan)"])
    if not nik_a or not nik_b:
        return NikComparison(NikLevel.MISSING, ["NIK kosong/tidak valid"])
    if nik_a == nik_b:
        return NikComparison(NikLevel.EXACT, ["NIK sama"])
    if (kk_b and nik_a == kk_b) or (kk_a and nik_b == kk_a):
        return NikComparison(NikLevel.KK_AS_NIK, ["No. KK tertulis sebagai NIK"])
    if excel_last0(nik_a, nik_b):
        # Excel shows a 16-digit number with 15 significant digits: the last one comes back as 0.
        return NikComparison(NikLevel.EXCEL_LAST0, ["digit terakhir NIK jadi 0 (Excel) — 15 digit pertama sama"])

    same_kk = bool(kk_a) and kk_a == kk_b
    diffs = _slip(nik_a, nik_b)
    if diffs:
        level = NikLevel.ONE_DIGIT if len(diffs) == 1 else NikLevel.TRANSPOSED
        reasons = ["NIK beda 1 digit" if len(diffs) == 1 else "dua digit NIK tertukar"]
        if diffs[0] >= _SERIAL_START:
            reasons.append("beda di nomor urut — bisa NIK orang lain")
        if same_kk:
            reasons.append("KK sama — bisa juga anggota keluarga (kembar)")
        return NikComparison(level, reasons)
    if same_kk:
        return NikComparison(NikLevel.FAMILY_MEMBER, ["NIK anggota keluarga lain (KK sama)"])
    if nik_a[:_SERIAL_START] == nik_b[:_SERIAL_START]:
        return NikComparison(
            NikLevel.PREFIX_ONLY, ["wilayah & tgl lahir di NIK sama, nomor urut beda — belum tentu orang sama"]
        )
    return NikComparison(NikLevel.DIFFERENT, ["NIK berbeda"])


def nik_encoded(nik: object) -> tuple[str, dt.date | None, str | None]:
    """(dotted kecamatan code, birth date, sex "L"/"P") encoded in a NIK; ``("", None, None)`` if not a NIK.

    The century of the birth date is a guess (see ``apps.core.nik``); compare day, month and
    two-digit year.
    """
    check = nik_check(nik)
    if check.nik is None:
        return "", None, None
    digits = check.nik
    kecamatan = f"{digits[0:2]}.{digits[2:4]}.{digits[4:6]}"
    if not check.ok:
        return (kecamatan if "00" not in (digits[2:4], digits[4:6]) else ""), None, None
    return kecamatan, check.birth_date, check.sex


@dataclass(frozen=True)
class EncodedComparison:
    """Each field is None when either side is unknown."""

    birth_date: bool | None
    sex: bool | None
    region: RegionLevel
    reasons: list[str]
    region_depth: int = 0  # 2 when the record's code stops at kabupaten: kecamatan is then unknown

    @property
    def same_kecamatan(self) -> bool | None:
        if self.region == RegionLevel.MISSING or (self.region_depth < 3 and self.region != RegionLevel.DIFFERENT):
            return None
        return self.region in (RegionLevel.SAME_KECAMATAN, RegionLevel.SAME_DESA)

    @property
    def same_kabupaten(self) -> bool | None:
        if self.region == RegionLevel.MISSING:
            return None
        return self.region in (RegionLevel.SAME_KABUPATEN, RegionLevel.SAME_KECAMATAN, RegionLevel.SAME_DESA)


def compare_encoded(
    nik: object, *, birth_date: dt.date | None = None, sex: str | None = None, kode_wilayah: object = ""
) -> EncodedComparison:
    """Does what the NIK encodes agree with the record's own birth date, sex and region?

    The region in a NIK is where it was first issued, so people who moved disagree here honestly;
    treat a region mismatch as weak evidence.
    """
    kecamatan, encoded_date, encoded_sex = nik_encoded(nik)
    reasons: list[str] = []
    date_agrees: bool | None = None
    if encoded_date and birth_date:
        date_agrees = (encoded_date.day, encoded_date.month, encoded_date.year % 100) == (
            birth_date.day,
            birth_date.month,
            birth_date.year % 100,
        )
        reasons.append("tgl lahir di NIK cocok" if date_agrees else "tgl lahir di NIK tidak cocok")
    sex_agrees: bool | None = None
    if encoded_sex and sex:
        sex_agrees = encoded_sex == sex.upper()
        reasons.append("jenis kelamin di NIK cocok" if sex_agrees else "jenis kelamin di NIK tidak cocok")
    regions = compare_regions(kecamatan or None, kode_wilayah)
    region = regions.level
    if region in (RegionLevel.SAME_DESA, RegionLevel.SAME_KECAMATAN):
        reasons.append("kecamatan di NIK sama")
    elif region == RegionLevel.SAME_KABUPATEN:
        reasons.append("kabupaten di NIK sama")
    elif region in (RegionLevel.SAME_PROVINCE, RegionLevel.DIFFERENT):
        reasons.append("wilayah di NIK berbeda")
    return EncodedComparison(date_agrees, sex_agrees, region, reasons, regions.depth)
