"""NIK (Nomor Induk Kependudukan) checks: ``PPKKCC DDMMYY SSSS`` — province, kabupaten, kecamatan,
birth date (women: day + 40), serial.

Structure problems are *errors* (the number cannot be a NIK). Disagreements between what the NIK
encodes and what the user typed are *warnings* the user may confirm: registries hold wrong NIKs and
wrong birth dates, and refusing them silently would lose real people.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from django.utils import timezone
from lokal import parse_nik

from apps.core.formatting import tanggal

_NON_DIGITS = re.compile(r"[\s.\-]")


@dataclass
class NikCheck:
    nik: str | None  # the 16 digits when the format is right
    errors: list[str] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (code, message)
    sex: str | None = None
    birth_date: dt.date | None = None

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def warning_codes(self) -> list[str]:
        return [code for code, _ in self.warnings]


def clean_digits(raw: object) -> str:
    """Digits of a NIK or No. KK as typed or read from Excel (spaces, dots, a float's ``.0``)."""
    if raw is None:
        return ""
    text = str(raw).strip()
    if text.endswith(".0") and text[:-2].isdigit():
        text = text[:-2]
    return _NON_DIGITS.sub("", text)


def nik_check(
    raw: object,
    *,
    sex: str | None = None,
    birth_date: dt.date | None = None,
    region_exists: Callable[[str], bool] | None = None,
) -> NikCheck:
    digits = clean_digits(raw)
    if not digits.isdigit() or len(digits) != 16:
        count = len(digits) if digits.isdigit() else None
        detail = f" (tertulis {count} digit)" if count is not None else " (ada karakter selain angka)"
        return NikCheck(nik=None, errors=[f"NIK harus terdiri dari 16 digit angka{detail}."])

    # reference_date pins the century rule: YY above this year's YY means 19YY.
    info = parse_nik(digits, reference_date=timezone.localdate())
    result = NikCheck(nik=digits)
    for issue in info.errors:
        if issue.code == "province":
            result.errors.append(f'Kode provinsi NIK "{digits[:2]}" tidak dikenal.')
        elif issue.code == "wilayah":
            result.errors.append("Kode kabupaten/kota dan kecamatan di NIK tidak boleh 00.")
        elif issue.code == "birth_date":
            result.errors.append("Tanggal lahir yang tersandi di NIK (digit 7–12) tidak valid.")
        elif issue.code == "serial":
            result.errors.append("Nomor urut NIK (4 digit terakhir) tidak boleh 0000.")
        else:
            result.errors.append(issue.message)
    if result.errors:
        return result

    kecamatan = f"{digits[0:2]}.{digits[2:4]}.{digits[4:6]}"
    if region_exists is not None and not region_exists(kecamatan):
        result.warnings.append(
            (
                "nik_region",
                f"Kode kecamatan NIK ({kecamatan}) tidak ada di data Kemendagri terbaru — mungkin kode lama "
                "sebelum pemekaran, atau NIK salah ketik.",
            )
        )
    result.sex = info.gender
    result.birth_date = dt.date.fromisoformat(info.birth_date) if info.birth_date else None

    if sex and result.sex and sex != result.sex:
        encoded = "perempuan (tanggal lahir + 40)" if result.sex == "P" else "laki-laki"
        typed = "Perempuan" if sex == "P" else "Laki-laki"
        result.warnings.append(("nik_sex", f"NIK menandakan {encoded}, tetapi jenis kelamin diisi {typed}."))
    if birth_date and result.birth_date:
        # Compare day, month and two-digit year only: the century is a guess.
        encoded = result.birth_date
        if (encoded.day, encoded.month, encoded.year % 100) != (
            birth_date.day,
            birth_date.month,
            birth_date.year % 100,
        ):
            result.warnings.append(
                (
                    "nik_birth_date",
                    f"Tanggal lahir di NIK {encoded.day:02d}-{encoded.month:02d}-{encoded.year % 100:02d} "
                    f"tidak sama dengan tanggal lahir yang diisi ({tanggal(birth_date)}).",
                )
            )
    return result


def kk_check(raw: object) -> tuple[str, str | None]:
    """Return (digits, error) for a No. KK: 16 digits when given."""
    digits = clean_digits(raw)
    if not digits:
        return "", None
    if not digits.isdigit() or len(digits) != 16:
        return digits, "No. KK harus terdiri dari 16 digit angka."
    return digits, None
