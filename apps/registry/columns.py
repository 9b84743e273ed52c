"""Canonical registry columns and the presets that map each registry's export headers onto them.

A preset maps a canonical column to the header names it may carry in a delivery (compared after
normalising case, spaces and punctuation). ``kode_wilayah`` may also be assembled from split code
columns (older DTKS/BDT and DT-SEN carry province, kabupaten, kecamatan and desa separately).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

CANONICAL = [
    "id_individu", "id_keluarga", "nik", "no_kk", "nama", "jenis_kelamin", "tempat_lahir", "tanggal_lahir",
    "hubungan_keluarga", "alamat", "rt", "rw", "kode_wilayah", "desil",
]  # fmt: skip
REQUIRED = ["id_individu", "nama", "kode_wilayah"]
LABELS = {
    "id_individu": "ID individu", "id_keluarga": "ID keluarga", "nik": "NIK", "no_kk": "No. KK", "nama": "Nama",
    "jenis_kelamin": "Jenis kelamin", "tempat_lahir": "Tempat lahir", "tanggal_lahir": "Tanggal lahir",
    "hubungan_keluarga": "Hubungan keluarga", "alamat": "Alamat", "rt": "RT", "rw": "RW",
    "kode_wilayah": "Kode wilayah (desa)", "desil": "Desil",
}  # fmt: skip


def norm_header(text: object) -> str:
    return " ".join(re.sub(r"[^a-z0-9]+", " ", str(text or "").lower()).split())


@dataclass(frozen=True)
class Preset:
    key: str
    label: str
    aliases: dict[str, tuple[str, ...]]
    # Split code columns joined into kode_wilayah when no single code column exists:
    # (province, kabupaten, kecamatan, desa) header aliases.
    split_code: tuple[tuple[str, ...], ...] = field(default_factory=tuple)


def _canon_aliases() -> dict[str, tuple[str, ...]]:
    return {c: (c,) for c in CANONICAL}


PRESETS: dict[str, Preset] = {
    "canonical": Preset("canonical", "Kanonik Berdaya", _canon_aliases()),
    "dtks": Preset(
        "dtks",
        "DTKS / SIKS-NG / BDT",
        {
            "id_individu": ("id art", "idartbdt", "id individu", "id_individu"),
            "id_keluarga": ("id dtks", "idbdt", "id keluarga", "id_keluarga"),
            "nik": ("nik art", "nomor nik", "nik"),
            "no_kk": ("nomor kk", "no kk", "nokk", "no_kk"),
            "nama": ("nama art", "nama"),
            "jenis_kelamin": ("jenis kelamin", "jnskel", "jenis_kelamin"),
            "tempat_lahir": ("tempat lahir", "tmplahir"),
            "tanggal_lahir": ("tanggal lahir", "tgllahir"),
            "hubungan_keluarga": ("hubungan keluarga", "hub krt", "hubungan dengan krt"),
            "alamat": ("alamat",),
            "rt": ("rt",),
            "rw": ("rw",),
            "kode_wilayah": ("kode wilayah", "kode desa", "kode kemendagri", "kode_wilayah"),
            "desil": ("desil", "desil nasional", "desil kesejahteraan"),
        },
        split_code=(("kdprop",), ("kdkab",), ("kdkec",), ("kddesa",)),
    ),
    "p3ke": Preset(
        "p3ke",
        "P3KE (individu)",
        {
            "id_individu": ("id individu", "id_individu"),
            "id_keluarga": ("id keluarga p3ke", "id keluarga"),
            "nik": ("nik",),
            "no_kk": ("no kk", "nomor kk", "nomor kartu keluarga"),
            "nama": ("nama",),
            "jenis_kelamin": ("jenis kelamin",),
            "tempat_lahir": ("tempat lahir",),
            "tanggal_lahir": ("tanggal lahir",),
            "hubungan_keluarga": ("hubungan dengan kpl keluarga", "hubungan dengan kepala keluarga"),
            "alamat": ("alamat",),
            "rt": ("rt",),
            "rw": ("rw",),
            "kode_wilayah": ("kode kemdagri", "kode kemendagri", "kode wilayah"),
            "desil": ("desil kesejahteraan", "desil"),
        },
    ),
    "dtsen": Preset(
        "dtsen",
        "DT-SEN",
        {
            "id_individu": ("id_individu", "id individu", "id_art", "id art", "id_anggota_keluarga"),
            "id_keluarga": ("id_keluarga", "id keluarga"),
            "nik": ("nomor_induk_kependudukan", "nik"),
            "no_kk": ("nomor_kartu_keluarga", "no_kk"),
            "nama": ("nama_anggota_keluarga", "nama"),
            "jenis_kelamin": ("jenis_kelamin",),
            "tempat_lahir": ("tempat_lahir",),
            "tanggal_lahir": ("tanggal_lahir",),
            "hubungan_keluarga": ("hubungan_keluarga", "hubungan_dengan_kepala_keluarga"),
            "alamat": ("alamat",),
            "rt": ("rt",),
            "rw": ("rw",),
            "kode_wilayah": ("kode_wilayah", "kode_desa"),
            "desil": ("desil_nasional", "desil"),
        },
        split_code=(("kode_provinsi",), ("kode_kabupaten_kota",), ("kode_kecamatan",), ("kode_kelurahan_desa",)),
    ),
}


@dataclass
class ColumnPlan:
    """How one delivery's headers become canonical columns."""

    mapping: dict[str, str]  # canonical → source header
    split_code: list[str]  # source headers of (prov, kab, kec, desa) when assembling the code
    extras: list[str]  # source headers kept as they are
    missing_required: list[str]
    missing_optional: list[str]
    extra_names: dict[str, str] = field(default_factory=dict)  # extra header → safe column name in Parquet


def plan_columns(headers: list[str], preset: Preset, custom: dict[str, str] | None = None) -> ColumnPlan:
    """Match headers to canonical columns. ``custom`` (canonical → header), chosen in the UI,
    overrides the preset."""
    by_norm: dict[str, str] = {}
    for h in headers:
        by_norm.setdefault(norm_header(h), h)
    mapping: dict[str, str] = {}
    for canon in CANONICAL:
        if custom and custom.get(canon):
            if custom[canon] in headers:
                mapping[canon] = custom[canon]
            continue
        for alias in preset.aliases.get(canon, ()):
            header = by_norm.get(norm_header(alias))
            if header is not None and header not in mapping.values():
                mapping[canon] = header
                break
    split: list[str] = []
    if "kode_wilayah" not in mapping and preset.split_code:
        found = [next((by_norm[norm_header(a)] for a in aliases if norm_header(a) in by_norm), None)
                 for aliases in preset.split_code]  # fmt: skip
        if all(found):
            split = [f for f in found if f]
    # Split code columns stay as extras too: the delivery's own values are kept as they came.
    used = set(mapping.values())
    extras = [h for h in headers if h not in used]
    missing_required = [c for c in REQUIRED if c not in mapping and not (c == "kode_wilayah" and split)]
    missing_optional = [c for c in CANONICAL if c not in mapping and c not in REQUIRED]
    return ColumnPlan(mapping, split, extras, missing_required, missing_optional, _safe_names(extras))


RESERVED = set(CANONICAL) | {"reject_mask", "flag_mask", "nik16", "flags", "baris", "alasan"}


def _safe_names(extras: list[str]) -> dict[str, str]:
    """Extra columns keep their data under a plain snake_case name that cannot clash."""
    out: dict[str, str] = {}
    for header in extras:
        base = re.sub(r"[^a-z0-9]+", "_", header.lower()).strip("_") or "kolom"
        if base in RESERVED or base.startswith("raw_"):
            base = f"x_{base}"
        name, n = base, 2
        while name in out.values():
            name, n = f"{base}_{n}", n + 1
        out[header] = name
    return out
