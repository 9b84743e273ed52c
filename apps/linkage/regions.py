"""Agreement between two Kemendagri region codes of any level (desa, kecamatan, kabupaten, province)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.db import models

from apps.linkage.names import sound_key
from apps.wilayah.codes import level_of, normalize_code


class RegionLevel(models.TextChoices):
    SAME_DESA = "same_desa", "Desa sama"
    SAME_KECAMATAN = "same_kecamatan", "Kecamatan sama"
    SAME_KABUPATEN = "same_kabupaten", "Kabupaten/kota sama"
    SAME_PROVINCE = "same_province", "Provinsi sama"
    DIFFERENT = "different", "Wilayah berbeda"
    MISSING = "missing", "Wilayah kosong"


@dataclass(frozen=True)
class RegionComparison:
    level: RegionLevel
    reasons: list[str]
    # 1 province … 4 desa: how deep both codes go. A desa code against a kecamatan code can at best
    # be "same_kecamatan" — that is the most the data can say, not evidence of a different desa.
    depth: int = 0


# Dotted-code prefix length for each level and the level reached when the prefixes agree.
_LEVELS = (
    (4, 13, RegionLevel.SAME_DESA, "desa sama"),
    (3, 8, RegionLevel.SAME_KECAMATAN, "kecamatan sama"),
    (2, 5, RegionLevel.SAME_KABUPATEN, "kabupaten/kota sama"),
    (1, 2, RegionLevel.SAME_PROVINCE, "provinsi sama"),
)


def compare_regions(a: object, b: object) -> RegionComparison:
    code_a, code_b = normalize_code(a), normalize_code(b)
    if not code_a or not code_b:
        return RegionComparison(RegionLevel.MISSING, ["wilayah kosong/tidak valid"])
    depth = min(level_of(code_a), level_of(code_b))
    for level, width, result, reason in _LEVELS:
        if level <= depth and code_a[:width] == code_b[:width]:
            reasons = [reason]
            if level == depth and level_of(code_a) != level_of(code_b):
                reasons.append("kode wilayah satu sisi kurang rinci")
            return RegionComparison(result, reasons, depth)
    return RegionComparison(RegionLevel.DIFFERENT, ["wilayah berbeda"], depth)


# Words that say what kind of place follows (dusun, jalan, gang …) rather than which place.
_PLACE_WORDS = {
    "dusun", "dsn", "dukuh", "dk", "jl", "jln", "jalan", "gg", "gang", "no", "nomor", "rt", "rw", "kp", "kampung",
    "perum", "perumahan", "blok", "lingkungan", "lingk", "lk", "komplek", "kompleks",
}  # fmt: skip
# Everything after these repeats what ``kode_wilayah`` already says ("… Desa Labruk Kidul").
_REGION_WORDS = {"desa", "ds", "kel", "kelurahan", "kec", "kecamatan", "kab", "kabupaten", "kota"}
_ADDRESS_TOKEN = re.compile(r"[a-z]+")


def address_key(raw: object) -> str | None:
    """The dusun or street name of an address, for comparison: "DSN. KRAJAN KIDUL RT.8/RW.002",
    "Dusun Krajan Kidul" and "krajan kidul 08/02" all give the same key. House numbers, RT/RW and
    the desa name that some registries append are left out; words are folded by sound (Soember =
    Sumber). None when nothing is left."""
    tokens: list[str] = []
    for token in _ADDRESS_TOKEN.findall(str(raw or "").lower().replace("'", "")):
        if token in _REGION_WORDS:
            break
        if token not in _PLACE_WORDS and len(token) > 1:
            tokens.append(sound_key(token))
    return " ".join(sorted(set(tokens))) or None
