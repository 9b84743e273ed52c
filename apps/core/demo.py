"""Synthetic people for the demo and for tests: Javanese and Madurese names, village addresses,
and NIK / No. KK numbers built the way Dukcapil builds them, so they pass ``apps.core.nik`` with
neither errors nor warnings.

Everything here is invented. Given the same seed the generator yields the same people, so a demo
rebuilt with ``seed_demo --reset`` looks the same as before.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

# Javanese names are often one word (Suminah, Slamet); some first elements never stand alone
# (Sri, Siti, Moh.), so those always get a second element.
_NAMES: dict[str, dict[str, tuple[tuple[str, ...], tuple[str, ...]]]] = {
    "jawa": {
        "L": (
            (
                "Sugeng", "Slamet", "Suparman", "Sutrisno", "Bambang", "Joko", "Agus", "Budi", "Wahyudi",
                "Mujiono", "Sukardi", "Heru", "Teguh", "Edi", "Puji", "Darmaji", "Sumadi", "Parno", "Katiran",
                "Sunarto", "Supriyadi", "Eko", "Dwi", "Gunawan", "Hariyanto", "Nur", "Rohmat", "Kasiman",
                "Tukiman", "Sarju", "Suwarno", "Paimin",
            ),
            (
                "Santoso", "Wibowo", "Prasetyo", "Susanto", "Hidayat", "Purnomo", "Setiawan", "Saputro",
                "Widodo", "Hartono", "Riyadi", "Utomo", "Nugroho", "Wahyono", "Kholis", "Raharjo",
            ),
        ),
        "P": (
            (
                "Sri", "Siti", "Suminah", "Sulastri", "Wartini", "Ngatini", "Sumarni", "Tri", "Endang", "Rukmini",
                "Partini", "Sukini", "Yuliani", "Dwi", "Sriyatun", "Karsini", "Tumini", "Lasmi", "Sutini",
                "Painem", "Wiji", "Murtini", "Kasiyem", "Suyati", "Umi", "Tutik",
            ),
            (
                "Wahyuni", "Rahayu", "Lestari", "Handayani", "Astuti", "Wulandari", "Ningsih", "Purwanti",
                "Susilowati", "Widayati", "Setyowati", "Rahmawati", "Kusumawati", "Aminah", "Khasanah",
            ),
        ),
    },
    "madura": {
        "L": (
            (
                "Moh.", "Moch.", "Muhammad", "Ach.", "Abdul", "Fathor", "Mat", "Hasan", "Holil", "Marsuki",
                "Sahrul", "Busiri", "Matsari", "Suhri", "Badrus", "Juhari", "Sanawi", "Rasid", "Samsul",
                "Hairul", "Syaiful", "Jumali", "Sahid", "Asmuni", "Marzuki", "Zainal",
            ),
            (
                "Hasan", "Rahman", "Sholeh", "Fauzi", "Arifin", "Hosen", "Ridwan", "Ansori", "Sahri", "Zainuri",
                "Bahri", "Munir", "Hadi", "Rofiq", "Yasin", "Kurdi",
            ),
        ),
        "P": (
            (
                "Siti", "Nur", "Maimunah", "Hosniyah", "Rohmah", "Sumiati", "Holifah", "Musyarofah", "Saniyah",
                "Asmani", "Marwiyah", "Hamidah", "Hatijah", "Juwairiyah", "Salamah", "Rukayyah", "Misnati",
                "Sunaryah", "Fatimah", "Mistiyah", "Saudah", "Halimah",
            ),
            (
                "Fatimah", "Aminah", "Hasanah", "Zahro", "Rohmah", "Maryam", "Khotimah", "Sholihah", "Hidayati",
                "Aisyah", "Jamilah", "Nafisah",
            ),
        ),
    },
}  # fmt: skip
_NEEDS_SECOND = {"Sri", "Siti", "Tri", "Dwi", "Eko", "Nur", "Umi", "Moh.", "Moch.", "Muhammad", "Ach.", "Abdul"}
_NEEDS_SECOND |= {"Fathor", "Mat"}
# Share of people whose name is a single word when it may be.
_SINGLE_WORD_SHARE = 0.4

_DUSUN = (
    "Krajan", "Krajan Kidul", "Krajan Lor", "Sumberwaru", "Karanganyar", "Sukorejo", "Tegalrejo", "Gondang",
    "Bendo", "Kebonagung", "Sidomulyo", "Ngemplak", "Sumbersari", "Tlogosari", "Pakem", "Kedungsari",
    "Gunungsari", "Duren", "Pandean", "Sumberejo", "Wonorejo", "Talang",
)  # fmt: skip

ETHNICITIES = tuple(_NAMES)


def nik_build(kecamatan_code: str, birth_date: dt.date, sex: str, serial: int) -> str:
    """``PPKKCC DDMMYY SSSS``: kecamatan, birth date with day + 40 for women, 4-digit serial."""
    region = _region6(kecamatan_code)
    if not 1 <= serial <= 9999:
        raise ValueError(f"NIK serial {serial} out of range 1–9999")
    day = birth_date.day + (40 if sex == "P" else 0)
    return f"{region}{day:02d}{birth_date.month:02d}{birth_date.year % 100:02d}{serial:04d}"


def no_kk_build(kecamatan_code: str, issued: dt.date, serial: int) -> str:
    """``PPKKCC DDMMYY SSSS``: kecamatan of the issuing office, date the card was issued, serial."""
    region = _region6(kecamatan_code)
    if not 1 <= serial <= 9999:
        raise ValueError(f"No. KK serial {serial} out of range 1–9999")
    return f"{region}{issued.day:02d}{issued.month:02d}{issued.year % 100:02d}{serial:04d}"


def _shift_years(day: dt.date, years: int) -> dt.date:
    # 29 February has no twin in most years; the 28th is close enough for an age.
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def _region6(code: str) -> str:
    """The six digits of a kecamatan from a kecamatan or desa code, dotted or not."""
    digits = code.replace(".", "")[:6]
    if len(digits) != 6 or not digits.isdigit():
        raise ValueError(f"not a kecamatan or desa code: {code!r}")
    return digits


@dataclass(frozen=True)
class Person:
    name: str
    sex: str
    birth_date: dt.date
    nik: str
    no_kk: str
    address: str


class DemoPeople:
    """Deterministic source of synthetic people. Serials run in sequence within a kecamatan and a
    birth (or issue) date, as Dukcapil's do, so no two people it makes share a NIK or No. KK."""

    def __init__(self, seed: int = 35) -> None:
        # Not for security: a seeded generator is the point, so the same demo comes out every time.
        self.rng = random.Random(seed)  # noqa: S311
        self._serials: dict[str, int] = {}

    def name(self, sex: str, *, ethnicity: str = "jawa") -> str:
        firsts, seconds = _NAMES[ethnicity][sex]
        first = self.rng.choice(firsts)
        if first not in _NEEDS_SECOND and self.rng.random() < _SINGLE_WORD_SHARE:
            return first
        second = self.rng.choice([s for s in seconds if s != first])
        return f"{first} {second}"

    def address(self) -> str:
        dusun = self.rng.choice(_DUSUN)
        return f"Dusun {dusun} RT {self.rng.randint(1, 12):03d} RW {self.rng.randint(1, 5):03d}"

    def birth_date(self, *, on: dt.date, min_age: int = 20, max_age: int = 58) -> dt.date:
        """A birth date making the person between ``min_age`` and ``max_age`` years old on ``on``."""
        earliest = _shift_years(on, -max_age - 1) + dt.timedelta(days=1)
        latest = _shift_years(on, -min_age)
        return dt.date.fromordinal(self.rng.randint(earliest.toordinal(), latest.toordinal()))

    def nik(self, kecamatan_code: str, birth_date: dt.date, sex: str) -> str:
        prefix = nik_build(kecamatan_code, birth_date, sex, 1)[:12]
        return nik_build(kecamatan_code, birth_date, sex, self._next_serial("nik" + prefix))

    def no_kk(self, kecamatan_code: str, issued: dt.date) -> str:
        prefix = no_kk_build(kecamatan_code, issued, 1)[:12]
        return no_kk_build(kecamatan_code, issued, self._next_serial("kk" + prefix))

    def _next_serial(self, key: str) -> int:
        self._serials[key] = self._serials.get(key, 0) + 1
        return self._serials[key]

    def person(
        self,
        *,
        kecamatan_code: str,
        sex: str,
        on: dt.date,
        ethnicity: str = "jawa",
        min_age: int = 20,
        max_age: int = 58,
    ) -> Person:
        """Someone living in ``kecamatan_code`` aged ``min_age``–``max_age`` on ``on``; the family card
        was issued some time between their 17th birthday and ``on``."""
        born = self.birth_date(on=on, min_age=min_age, max_age=max_age)
        start = max(_shift_years(born, 17), dt.date(2005, 1, 1))  # e-KTP era cards; older ones were reissued
        issued = dt.date.fromordinal(self.rng.randint(min(start, on).toordinal(), on.toordinal()))
        return Person(
            name=self.name(sex, ethnicity=ethnicity),
            sex=sex,
            birth_date=born,
            nik=self.nik(kecamatan_code, born, sex),
            no_kk=self.no_kk(kecamatan_code, issued),
            address=self.address(),
        )


__all__ = ["ETHNICITIES", "DemoPeople", "Person", "nik_build", "no_kk_build"]
