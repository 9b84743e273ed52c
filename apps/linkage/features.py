"""Turn one person as typed in a list (or a registry name) into the columns the matching model compares.

Everything a comparison needs is computed here once per record, in Python, so that the model's SQL
only compares ready-made columns: normalised names (our Indonesian rules, ``names.py``), sorted
token and sound keys (word order does not matter), NIK/KK digits, parsed dates, region codes split by
level. The registry side goes through the same name functions (per distinct name) in ``engine.py``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, fields

from apps.core.dates import birth_century, compact_date, written_month_date
from apps.core.nik import clean_digits
from apps.core.sex import read_sex
from apps.core.xlsx import excel_serial_birth_date
from apps.linkage.names import (
    COMMON_TOKENS,
    ParentCall,
    name_tokens,
    parent_call,
    phonetic_key,
    sound_key,
    spouse_title,
    title_sex,
)
from apps.linkage.regions import address_key
from apps.wilayah.codes import level_of, normalize_code

# Input columns of a list to match (issue: "no, nama, nik, no_kk, jenis_kelamin, tanggal_lahir,
# alamat, kode_wilayah"); only ``nama`` is required.
LIST_COLUMNS = ("no", "nama", "nik", "no_kk", "jenis_kelamin", "tanggal_lahir", "alamat", "kode_wilayah")

# A date written inside other text ("Nganjuk, 20-12-1978": tempat, tanggal lahir in one cell),
# day-month-year or year-month-day with -, / or . between; a two-digit year is allowed.
_DATE_IN_TEXT = re.compile(
    r"(?<!\d)(?:(?P<y1>\d{4})[-/.](?P<m1>\d{1,2})[-/.](?P<d1>\d{1,2})"
    r"|(?P<d2>\d{1,2})[-/.](?P<m2>\d{1,2})[-/.](?P<y2>\d{4}|\d{2}))(?!\d)"
)
_YEAR = re.compile(r"(19|20)\d\d")


@dataclass(frozen=True)
class NameKeys:
    norm: str | None  # canonical spelling, tokens in written order
    sorted: str | None  # the same tokens sorted: word order ignored
    sound: list[str]  # per-token sound keys (dh/d, kh/h, doubled letters …), sorted
    block_a: str | None  # phonetic key of the most distinctive token (blocking)
    block_b: str | None  # phonetic key of the last token (blocking)
    # Sound keys of the written-out words only, when some words are initials ("U. Aminah"); else None.
    sound_full: list[str] | None = None


def name_keys(raw: object) -> NameKeys:
    tokens = name_tokens(raw)
    if not tokens:
        return NameKeys(None, None, [], None, None, None)
    distinctive = [t for t in tokens if t not in COMMON_TOKENS] or tokens
    return NameKeys(
        norm=" ".join(tokens),
        sorted=" ".join(sorted(tokens)),
        sound=sorted(sound_key(t) for t in tokens),
        block_a=phonetic_key(max(distinctive, key=len)),
        block_b=phonetic_key(tokens[-1]),
        sound_full=(
            full
            if any(len(t) == 1 for t in tokens) and (full := [sound_key(t) for t in tokens if len(t) > 1])
            else None
        ),
    )


_LOOKALIKE_DIGITS = str.maketrans("OoIl", "0011")


def _typed_digits(raw: object) -> str:
    """The digits of a NIK/No. KK as typed or exported by Excel ("'3513…", "3513 0125 …"); empty
    for a number Excel turned into "3.51301E+15", which has lost its last digits."""
    text = str(raw or "").strip().lstrip("'`")
    if "e+" in text.lower():
        return ""
    # A letter O for a zero or I/l for a one, as a typist or a scan reads a KTP ("35O1…").
    digits = clean_digits(text.translate(_LOOKALIKE_DIGITS))
    return digits if digits.isdigit() else ""


def digits16(raw: object) -> str | None:
    """16 digits of a NIK/No. KK, else None (missing)."""
    digits = _typed_digits(raw)
    return digits if len(digits) == 16 and digits != "0" * 16 else None


def partial_nik(raw: object) -> str | None:
    """The digits of a NIK that is not 16 digits long but close (13–17: a digit dropped or doubled,
    the start or end cut off), for the model's "NIK kurang/lebih digit" levels; None otherwise."""
    digits = _typed_digits(raw)
    return digits if 13 <= len(digits) <= 17 and len(digits) != 16 else None


_EXCEL_SCI = re.compile(r"^(\d)[.,](\d{4,})[eE]\+(\d{1,2})$")


def excel_sci_range(raw: object) -> tuple[str, str] | None:
    """The NIKs a number Excel shows as "3.51803E+15" (or "3,51803E+15") may have been: it is the
    16-digit NIK rounded to the digits shown, so the NIK lies in ``[low, high)`` (16-digit strings,
    ordered as numbers). Five digits shown already name the kecamatan — exactly for a man; for a woman
    (day + 40 in the 7th digit) often the next code up, which is why this is a range and not a prefix.
    None for anything else (fewer than five digits, or not 16 digits long)."""
    match = _EXCEL_SCI.match(str(raw or "").strip().lstrip("'`"))
    if not match:
        return None
    lead, decimals, exponent = match.groups()
    decimals = decimals.rstrip("0")  # Excel drops trailing zeros: "3.5221E+15" is 3.52210E+15
    if int(exponent) != 15 or not 4 <= len(decimals) <= 15:
        return None
    shown = int(lead + decimals)  # the NIK in units of 10^(15 - len(decimals))
    unit = 10 ** (15 - len(decimals))
    low, high = shown * unit - unit // 2, shown * unit + unit // 2
    return f"{low:016d}", f"{high:016d}"


def parse_birth_date(raw: object, *, today: dt.date | None = None) -> tuple[dt.date | None, bool]:
    """(date, year_only) of a birth date as lists write it.

    Accepts the registry formats, a date cell (a time part is ignored), a date inside "tempat,
    tanggal lahir" ("Nganjuk, 20-12-1978"), a month written as a word ("6 September 2002", "17 Agt
    1945", Excel's "16-Nov-68"), a two-digit year (the latest century that does not put the birth in
    the future), an Excel day number (``25432``), a day with 40 added, copied from a woman's NIK
    (``55-03-1980``), and the month written first where the day cannot be a month (``11/26/1999``).
    A bare year becomes 1 January of that year with ``year_only`` set, and so does a written
    1 January (the usual placeholder). A place alone gives no date.
    """
    if isinstance(raw, dt.datetime):
        raw = raw.date()
    if isinstance(raw, dt.date):
        return raw, (raw.month, raw.day) == (1, 1)
    text = str(raw or "").strip()
    if text.endswith(".0"):
        text = text[:-2]
    if not text:
        return None, False
    if _YEAR.fullmatch(text):
        return dt.date(int(text), 1, 1), True
    if parsed := excel_serial_birth_date(text):
        return parsed, (parsed.month, parsed.day) == (1, 1)
    if parsed := compact_date(text, today=today):  # 11101978, 19781011
        return parsed, (parsed.month, parsed.day) == (1, 1)
    found = _DATE_IN_TEXT.search(text)
    if not found:
        written = written_month_date(text, today=today)  # "6 September 2002", "17 Agt 1945", "16-Nov-68"
        return (written, (written.month, written.day) == (1, 1)) if written else (None, False)
    parts = found.groupdict()
    if parts["y1"]:
        year, month, day = int(parts["y1"]), int(parts["m1"]), int(parts["d1"])
    else:
        year, month, day = int(parts["y2"]), int(parts["m2"]), int(parts["d2"])
        if len(parts["y2"]) == 2:
            year = birth_century(year, today)
    if 40 < day <= 71:
        day -= 40  # copied from a woman's NIK without taking the 40 off
    if month > 12 and day <= 12:
        day, month = month, day  # month first, as an English-language Excel writes it: 11/26/1999
    try:
        parsed = dt.date(year, month, day)
    except ValueError:
        return None, False
    if parsed.year < 1880:
        return None, False
    # 1 January is what lists and registries write when only the year is known.
    return parsed, (parsed.month, parsed.day) == (1, 1)


def nik_encodes_date(nik: str, dob: dt.date) -> bool:
    """Digits 7–12 are the birth date DDMMYY, women's day + 40 (same rule as the registry's SQL)."""
    return (int(nik[6:8]) % 40, int(nik[8:10]), int(nik[10:12])) == (dob.day, dob.month, dob.year % 100)


@dataclass(frozen=True)
class RegionKeys:
    desa: str | None
    kec: str | None
    kab: str | None


def region_keys(raw: object) -> RegionKeys:
    code = normalize_code(raw)
    if not code:
        return RegionKeys(None, None, None)
    level = level_of(code)
    return RegionKeys(
        desa=code if level == 4 else None,
        kec=code[:8] if level >= 3 else None,
        kab=code[:5] if level >= 2 else None,
    )


@dataclass(frozen=True)
class ListRecord:
    """One row of a list as the model sees it (column names shared with the registry side)."""

    unique_id: str
    name_norm: str | None
    name_sorted: str | None
    name_sound: list[str]
    name_sound_full: list[str] | None
    block_a: str | None
    block_b: str | None
    nik: str | None
    nik_raw: str | None  # only when ``nik`` is None: digits of a NIK with too few or too many
    # Only for a NIK Excel turned into "3.51803E+15": the range of NIKs it may have been.
    nik_sci_low: str | None
    nik_sci_high: str | None
    no_kk: str | None
    sex: str | None
    dob: dt.date | None
    dob_year_only: bool
    nik_dob_ok: bool  # the NIK encodes this row's own birth date (a consistent, probably real NIK)
    desa: str | None
    kec: str | None
    kab: str | None
    alamat_key: str | None  # dusun/street name (``regions.address_key``)
    spouse_title: bool  # "Ny./Bu/Istri …": what follows may be her husband's name
    # Kecamatan for blocking: the row's own, else the one its NIK was issued in.
    kec_block: str | None
    # "Pak Dafa": the row may be Dafa's parent (not a model column).
    parent_call: ParentCall | None = None

    @property
    def may_name_husband(self) -> bool:
        """ "Ny./Bu/Istri …", or a row that says P(erempuan): its name may be her husband's."""
        return self.spouse_title or self.sex == "P"

    def as_row(self) -> dict:
        # Shallow on purpose: ``asdict`` deep-copies every list, thousands of times per list.
        return {f.name: getattr(self, f.name) for f in fields(self)}


def list_record(unique_id: str, row: dict) -> ListRecord:
    names = name_keys(row.get("nama"))
    dob, year_only = parse_birth_date(row.get("tanggal_lahir"))
    region = region_keys(row.get("kode_wilayah"))
    nik = digits16(row.get("nik"))
    sci = None if nik else excel_sci_range(row.get("nik"))
    return ListRecord(
        unique_id=unique_id,
        name_norm=names.norm,
        name_sorted=names.sorted,
        name_sound=names.sound,
        name_sound_full=names.sound_full,
        block_a=names.block_a,
        block_b=names.block_b,
        nik=nik,
        nik_raw=None if nik else partial_nik(row.get("nik")),
        nik_sci_low=sci[0] if sci else None,
        nik_sci_high=sci[1] if sci else None,
        no_kk=digits16(row.get("no_kk")),
        # A blank sex column is filled from the name's title (Ny., Hj., Bpk., H., …).
        sex=read_sex(row.get("jenis_kelamin")) or title_sex(row.get("nama")),
        dob=dob,
        dob_year_only=year_only,
        nik_dob_ok=bool(nik and dob and not year_only and nik_encodes_date(nik, dob)),
        desa=region.desa,
        kec=region.kec,
        kab=region.kab,
        alamat_key=address_key(row.get("alamat")),
        spouse_title=spouse_title(row.get("nama")),
        kec_block=region.kec or (f"{nik[0:2]}.{nik[2:4]}.{nik[4:6]}" if nik else None),
        parent_call=parent_call(row.get("nama")),
    )
