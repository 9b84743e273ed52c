"""Turn one person as typed in a list (or a registry name) into the columns the matching model compares.

Everything a comparison needs is computed here once per record, in Python, so that the model's SQL
only compares ready-made columns: normalised names (our Indonesian rules, ``names.py``), sorted
token and sound keys (word order does not matter), NIK/KK digits, parsed dates, region codes split by
level. The registry side goes through the same name functions (per distinct name) in ``engine.py``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import asdict, dataclass

from apps.core.nik import clean_digits
from apps.linkage.names import COMMON_TOKENS, name_tokens, phonetic_key, sound_key, title_sex
from apps.wilayah.codes import level_of, normalize_code

# Input columns of a list to match (issue: "no, nama, nik, no_kk, jenis_kelamin, tanggal_lahir,
# alamat, kode_wilayah"); only ``nama`` is required.
LIST_COLUMNS = ("no", "nama", "nik", "no_kk", "jenis_kelamin", "tanggal_lahir", "alamat", "kode_wilayah")

_SEX = {
    "l": "L", "lk": "L", "laki": "L", "laki-laki": "L", "laki laki": "L", "pria": "L", "1": "L",
    "p": "P", "pr": "P", "perempuan": "P", "wanita": "P", "2": "P",
}  # fmt: skip
_DATE_FORMATS = ("%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y", "%d.%m.%Y", "%Y/%m/%d")
_YEAR = re.compile(r"(19|20)\d\d")


@dataclass(frozen=True)
class NameKeys:
    norm: str | None  # canonical spelling, tokens in written order
    sorted: str | None  # the same tokens sorted: word order ignored
    sound: list[str]  # per-token sound keys (dh/d, kh/k, doubled letters …), sorted
    block_a: str | None  # phonetic key of the most distinctive token (blocking)
    block_b: str | None  # phonetic key of the last token (blocking)


def name_keys(raw: object) -> NameKeys:
    tokens = name_tokens(raw)
    if not tokens:
        return NameKeys(None, None, [], None, None)
    distinctive = [t for t in tokens if t not in COMMON_TOKENS] or tokens
    return NameKeys(
        norm=" ".join(tokens),
        sorted=" ".join(sorted(tokens)),
        sound=sorted(sound_key(t) for t in tokens),
        block_a=phonetic_key(max(distinctive, key=len)),
        block_b=phonetic_key(tokens[-1]),
    )


def digits16(raw: object) -> str | None:
    """16 digits of a NIK/No. KK as typed or exported by Excel ("'3513…", "3513 0125 …").
    A number Excel turned into "3.51301E+15" has lost its last digits and counts as missing."""
    text = str(raw or "").strip().lstrip("'`")
    if "e+" in text.lower():
        return None
    digits = clean_digits(text)
    return digits if len(digits) == 16 and digits.isdigit() and digits != "0" * 16 else None


def parse_sex(raw: object) -> str | None:
    return _SEX.get(str(raw or "").strip().lower())


def parse_birth_date(raw: object) -> tuple[dt.date | None, bool]:
    """(date, year_only). Accepts the registry formats, Excel dates (a time part is ignored) and a
    bare year; a bare year becomes 1 January of that year with ``year_only`` set, and so does a
    written 1 January (the usual placeholder)."""
    if isinstance(raw, dt.datetime):
        raw = raw.date()
    if isinstance(raw, dt.date):
        return raw, (raw.month, raw.day) == (1, 1)
    text = str(raw or "").strip()
    if not text:
        return None, False
    if text.endswith(".0"):
        text = text[:-2]
    if _YEAR.fullmatch(text):
        return dt.date(int(text), 1, 1), True
    for fmt in _DATE_FORMATS:
        try:
            parsed = dt.datetime.strptime(text.split(" ")[0], fmt).date()  # noqa: DTZ007 (a date, no time zone)
        except ValueError:
            continue
        # 1 January is what lists and registries write when only the year is known.
        return parsed, (parsed.month, parsed.day) == (1, 1)
    return None, False


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
    block_a: str | None
    block_b: str | None
    nik: str | None
    no_kk: str | None
    sex: str | None
    dob: dt.date | None
    dob_year_only: bool
    nik_dob_ok: bool  # the NIK encodes this row's own birth date (a consistent, probably real NIK)
    desa: str | None
    kec: str | None
    kab: str | None
    # Kecamatan for blocking: the row's own, else the one its NIK was issued in.
    kec_block: str | None

    def as_row(self) -> dict:
        return asdict(self)


def list_record(unique_id: str, row: dict) -> ListRecord:
    names = name_keys(row.get("nama"))
    dob, year_only = parse_birth_date(row.get("tanggal_lahir"))
    region = region_keys(row.get("kode_wilayah"))
    nik = digits16(row.get("nik"))
    return ListRecord(
        unique_id=unique_id,
        name_norm=names.norm,
        name_sorted=names.sorted,
        name_sound=names.sound,
        block_a=names.block_a,
        block_b=names.block_b,
        nik=nik,
        no_kk=digits16(row.get("no_kk")),
        # A blank sex column is filled from the name's title (Ny., Hj., Bpk., H., …).
        sex=parse_sex(row.get("jenis_kelamin")) or title_sex(row.get("nama")),
        dob=dob,
        dob_year_only=year_only,
        nik_dob_ok=bool(nik and dob and not year_only and nik_encodes_date(nik, dob)),
        desa=region.desa,
        kec=region.kec,
        kab=region.kab,
        kec_block=region.kec or (f"{nik[0:2]}.{nik[2:4]}.{nik[4:6]}" if nik else None),
    )
