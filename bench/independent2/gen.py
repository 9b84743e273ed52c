#!/usr/bin/env python3
"""Independent evaluation set #2 for person matching: an East Java registry snapshot and a
facilitators' program member list typed against it, with the truth for every list row.

Pure standard library; deterministic for a seed. See README.md in this folder for the design.

    .venv/bin/python bench/independent2/gen.py [--out-dir bench/data/independent2]
        [--registry-rows 100000] [--list-rows 3000] [--seed 11]
"""

# Seeded random.Random is the point here (reproducible test data, nothing secret).
# ruff: noqa: S311
from __future__ import annotations

import argparse
import csv
import datetime as dt
import gzip
import importlib.util
import json
import math
import random
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

try:  # imported as bench.independent2.gen
    from . import names as N
except ImportError:  # run as a script
    import names as N  # type: ignore[no-redef]

ROOT = Path(__file__).resolve().parents[2]
REF = dt.date(2025, 10, 31)  # snapshot date (period 2025-11); ages are counted to it
EXCEL_EPOCH = dt.date(1899, 12, 30)

REGISTRY_HEADER = [
    "id_individu", "id_keluarga", "nik", "no_kk", "nama", "jenis_kelamin", "tempat_lahir", "tanggal_lahir",
    "hubungan_keluarga", "alamat", "rt", "rw", "kode_wilayah", "desil",
]  # fmt: skip
LIST_HEADER = ["no", "nama", "nik", "no_kk", "jenis_kelamin", "tanggal_lahir", "alamat", "kode_wilayah"]

# Kabupaten/kota of Jawa Timur by cultural region.
REGIONS = {
    "madura": ["35.26", "35.27", "35.28", "35.29"],
    "tapal_kuda": ["35.08", "35.09", "35.10", "35.11", "35.12", "35.13"],
    "mataraman": ["35.01", "35.02", "35.03", "35.04", "35.05", "35.06", "35.18", "35.19", "35.20", "35.21",
                  "35.22", "35.23", "35.71", "35.72", "35.77"],
    "arek": ["35.07", "35.14", "35.15", "35.16", "35.17", "35.24", "35.25", "35.73", "35.75", "35.76", "35.79"],
    "surabaya": ["35.78"],
}  # fmt: skip
REGION_OF = {kab: reg for reg, kabs in REGIONS.items() for kab in kabs}
# Mean of the household welfare score (standard normal = national) by region; urban adds URBAN_MU.
REGION_MU = {"madura": -0.65, "tapal_kuda": -0.45, "mataraman": -0.3, "arek": -0.15, "surabaya": 0.25}
URBAN_MU = 0.35
DESIL_CUTS = [-1.2816, -0.8416, -0.5244, -0.2533, 0.0, 0.2533, 0.5244, 0.8416, 1.2816]

SANTRI_HEAVY = {"35.14", "35.15", "35.16", "35.17", "35.22", "35.23", "35.24", "35.25", "35.75", "35.76"}
CHRISTIAN = {"35.07": 0.05, "35.73": 0.07, "35.06": 0.04, "35.71": 0.05, "35.05": 0.03, "35.72": 0.04,
             "35.17": 0.02, "35.79": 0.04, "35.78": 0.06}  # fmt: skip
MADURESE = {"35.26": 0.97, "35.27": 0.98, "35.28": 0.98, "35.29": 0.97, "35.11": 0.85, "35.12": 0.85,
            "35.13": 0.6, "35.09": 0.45, "35.08": 0.4, "35.10": 0.2, "35.14": 0.3, "35.78": 0.15,
            "35.07": 0.1, "35.74": 0.5, "35.75": 0.3}  # fmt: skip

OTHER_BIRTHPLACES = ["JAKARTA", "SEMARANG", "DENPASAR", "BALIKPAPAN", "BANDUNG", "SOLO", "MALAYSIA", "SAMARINDA"]
MONTHS_ID = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
             "November", "Desember"]  # fmt: skip
MONTHS_EN3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def wchoice(rng: random.Random, pairs):
    """One item of [(item, weight), …]."""
    total = sum(w for _, w in pairs)
    r = rng.random() * total
    for item, w in pairs:
        r -= w
        if r < 0:
            return item
    return pairs[-1][0]


# ----------------------------------------------------------------------------------------------
# Region codes (real Kemendagri codes of province 35, from the installed lokal package)
# ----------------------------------------------------------------------------------------------


def lokal_data_dir() -> Path:
    spec = importlib.util.find_spec("lokal")
    if spec is not None and spec.submodule_search_locations:
        return Path(next(iter(spec.submodule_search_locations))) / "data"
    return ROOT / ".venv/lib/python3.11/site-packages/lokal/data"


@dataclass
class Wilayah:
    desa: dict[str, str]  # dotted desa code → name (province 35)
    kec: dict[str, str]  # dotted kecamatan code → name
    kab: dict[str, str]  # dotted kabupaten code → name
    desa_by_kec: dict[str, list[str]]
    kec_by_kab: dict[str, list[str]]


def load_wilayah() -> Wilayah:
    data = lokal_data_dir()
    desa_all = json.loads(gzip.decompress((data / "desa.json.gz").read_bytes()))
    base = json.loads(gzip.decompress((data / "wilayah.json.gz").read_bytes()))
    desa = {c: n for c, n in desa_all.items() if c.startswith("35.") and c.count(".") == 3}
    kec = {c: n for c, n in base.items() if c.startswith("35.") and c.count(".") == 2}
    kab = {c: n for c, n in base.items() if c.startswith("35.") and c.count(".") == 1}
    desa_by_kec: dict[str, list[str]] = defaultdict(list)
    for c in sorted(desa):
        desa_by_kec[c[:8]].append(c)
    kec_by_kab: dict[str, list[str]] = defaultdict(list)
    for c in sorted(kec):
        if desa_by_kec.get(c):
            kec_by_kab[c[:5]].append(c)
    return Wilayah(desa, kec, kab, dict(desa_by_kec), dict(kec_by_kab))


def undot(code: str) -> str:
    return code.replace(".", "")


def kab_short(name: str) -> str:
    return re.sub(r"^(Kabupaten|Kota)\s+", "", name).upper()


# ----------------------------------------------------------------------------------------------
# Registry model
# ----------------------------------------------------------------------------------------------


@dataclass
class Desa:
    code: str  # dotted
    name: str
    region: str
    urban: bool
    cultures: list[tuple[str, float]]
    places: list[str]  # dusun names, or streets for a kelurahan
    alamat_prefix: str  # registry convention of this desa: "DUSUN ", "DSN. ", ""
    rt_per_rw: int
    rt_continuous: bool
    mu: float  # welfare mean
    households: list[Household] = field(default_factory=list)

    @property
    def kec6(self) -> str:
        return undot(self.code[:8])

    @property
    def kab(self) -> str:
        return self.code[:5]


@dataclass
class Person:
    id: str
    hh: Household
    nik: str
    nama: str
    sex: str
    tempat: str
    dob: dt.date
    hub: str
    culture: str
    nik_date_differs: bool = False

    @property
    def age(self) -> int:
        return REF.year - self.dob.year - ((REF.month, REF.day) < (self.dob.month, self.dob.day))


@dataclass
class Household:
    id: str
    kk: str
    desa: Desa
    place: str  # dusun, or the street address of an urban household
    alamat: str  # as the registry holds it
    rt: int
    rw: int
    desil: int
    culture: str
    members: list[Person] = field(default_factory=list)


class Numbers:
    """NIK and No. KK serials: sequential per (kecamatan, date) block, never reused, so every number
    made here (registry or not) is unique."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.nik_next: dict[str, int] = {}
        self.kk_next: dict[str, int] = {}

    def nik(self, kec6: str, d: dt.date, sex: str) -> str:
        block = f"{kec6}{d.day + (40 if sex == 'P' else 0):02d}{d.month:02d}{d.year % 100:02d}"
        serial = self.nik_next.get(block) or self.rng.randint(1, 12)
        self.nik_next[block] = serial + self.rng.randint(1, 4)
        return f"{block}{serial:04d}"

    def kk(self, kec6: str, d: dt.date) -> str:
        block = f"{kec6}{d.day:02d}{d.month:02d}{d.year % 100:02d}"
        serial = self.kk_next.get(block) or self.rng.randint(1, 40)
        self.kk_next[block] = serial + self.rng.randint(1, 15)
        return f"{block}{serial:04d}"


def culture_mix(rng: random.Random, kab: str, urban: bool) -> list[tuple[str, float]]:
    mad = MADURESE.get(kab, 0.02)
    chr_ = 0.0 if REGION_OF[kab] == "madura" else CHRISTIAN.get(kab, 0.008)
    santri_share = 0.55 if kab in SANTRI_HEAVY else 0.5 if REGION_OF[kab] in ("tapal_kuda", "madura") else 0.3
    tio = 0.0
    arab = 0.0
    bali = 0.03 if kab == "35.10" else 0.0
    if urban:
        tio = {"35.78": 0.06, "35.73": 0.05, "35.71": 0.03}.get(kab, 0.015) * rng.uniform(0.3, 2.0)
        arab = {"35.78": 0.015, "35.75": 0.02, "35.11": 0.01}.get(kab, 0.003)
    jav = max(0.0, 1.0 - mad - chr_ - tio - arab - bali)
    mix = [("madura", mad), ("kristen", chr_), ("tionghoa", tio), ("arab", arab), ("bali", bali),
           ("santri", jav * santri_share), ("jawa", jav * (1 - santri_share))]  # fmt: skip
    return [(c, w) for c, w in mix if w > 0]


def make_desa(rng: random.Random, wil: Wilayah, code: str) -> Desa:
    kab = code[:5]
    urban = code.split(".")[3].startswith("1")
    cultures = culture_mix(rng, kab, urban)
    madurese = sum(w for c, w in cultures if c == "madura") > 0.5
    if urban:
        own = wil.desa[code].upper()
        places = [own] + [N.STREETS.pick(rng) for _ in range(rng.randint(8, 14))]
        places = list(dict.fromkeys(places))
        prefix = ""
    else:
        pool = N.DUSUN_MADURA if madurese else N.DUSUN_JAWA
        want = rng.randint(4, 8) if madurese else rng.randint(3, 7)
        places = ["KRAJAN"] if (not madurese and rng.random() < 0.45) else []
        while len(places) < want:
            p = pool.pick(rng)
            if p not in places:
                places.append(p)
        prefix = wchoice(rng, [("DUSUN ", 0.45), ("DSN. ", 0.3), ("", 0.2), ("DSN ", 0.05)])
    mu = REGION_MU[REGION_OF[kab]] + (URBAN_MU if urban else 0.0) + rng.gauss(0, 0.2)
    return Desa(code, wil.desa[code], REGION_OF[kab], urban, cultures, places, prefix,
                rng.randint(3, 7), rng.random() < 0.5, mu)  # fmt: skip


def choose_coverage(rng: random.Random, wil: Wilayah, n_desa: int) -> tuple[list[str], list[str]]:
    """Covered desa (clusters of neighbouring desa in chosen kecamatan) and two uncovered desa next to
    them (for list rows of villages the snapshot does not include)."""
    quotas = [("madura", 0.28), ("tapal_kuda", 0.26), ("mataraman", 0.24), ("arek", 0.18), ("surabaya", 0.04)]
    chosen: list[str] = []
    used_kec: set[str] = set()
    leftovers: list[str] = []
    tries = 0
    while len(chosen) < n_desa and tries < 1000:
        tries += 1
        region = "surabaya" if (n_desa >= 12 and tries == 4) else wchoice(rng, quotas)
        kab = rng.choice(REGIONS[region])
        options = [k for k in wil.kec_by_kab[kab] if k not in used_kec and len(wil.desa_by_kec[k]) >= 5]
        if not options:
            continue
        kec = rng.choice(options)
        used_kec.add(kec)
        desas = wil.desa_by_kec[kec]
        run = min(rng.randint(2, 5), n_desa - len(chosen), len(desas) - 1)
        start = rng.randint(0, len(desas) - run - 1)
        chosen.extend(desas[start : start + run])
        leftovers.append(desas[start + run])
    return chosen, leftovers


HUB_KK, HUB_ISTRI, HUB_SUAMI, HUB_ANAK = "Kepala Keluarga", "Istri", "Suami", "Anak"
HUB_MENANTU, HUB_CUCU, HUB_OT, HUB_MERTUA = "Menantu", "Cucu", "Orang Tua", "Mertua"
HUB_FAMILI, HUB_LAIN = "Famili Lain", "Lainnya"


class RegistryBuilder:
    def __init__(self, rng: random.Random, wil: Wilayah, numbers: Numbers) -> None:
        self.rng = rng
        self.wil = wil
        self.num = numbers
        self.people: list[Person] = []
        self.households: list[Household] = []
        self.all_kec = sorted(wil.kec)

    # -- dates and identity numbers -----------------------------------------------------------
    def birth_date(self, age: int, rng: random.Random | None = None) -> dt.date:
        rng = rng or self.rng
        d = dt.date.fromordinal(REF.toordinal() - int((age + rng.random()) * 365.2425))
        default_p = 0.35 if d.year < 1960 else 0.12 if d.year < 1980 else 0.04 if d.year < 1995 else 0.01
        if rng.random() < default_p:
            m, day = wchoice(rng, [((1, 1), 0.6), ((12, 31), 0.22), ((7, 1), 0.12), ((8, 17), 0.06)])
            d2 = dt.date(d.year, m, day)
            if d2 <= REF:
                d = d2
        return d

    def origin_kec(self, desa: Desa, native_p: float, rng: random.Random | None = None) -> str:
        """Kecamatan code in the NIK: where the person was first registered (NIKs are lifelong)."""
        rng = rng or self.rng
        if rng.random() < native_p:
            return desa.kec6
        if rng.random() < 0.6:
            same_kab = self.wil.kec_by_kab[desa.kab]
            return undot(rng.choice(same_kab))
        return undot(rng.choice(self.all_kec))

    def birthplace(self, desa: Desa, kec6: str, rng: random.Random | None = None) -> str:
        rng = rng or self.rng
        if rng.random() < 0.02:
            return rng.choice(OTHER_BIRTHPLACES)
        kec = f"{kec6[:2]}.{kec6[2:4]}.{kec6[4:]}"
        if rng.random() < 0.2:
            return self.wil.kec[kec].upper()
        return kab_short(self.wil.kab[kec[:5]])

    def titled(self, name: str, culture: str, sex: str, age: int, desil: int) -> str:
        rng = self.rng
        if culture in N.MUSLIM and age >= 40:
            base = {"madura": 0.09, "santri": 0.06, "arab": 0.15, "jawa": 0.015}[culture]
            factor = [0.1, 0.2, 0.35, 0.5, 0.7, 0.9, 1.1, 1.3, 1.6, 2.0][desil - 1]
            if rng.random() < base * factor:
                return ("H. " if sex == "L" else "HJ. ") + name
        if 24 <= age <= 66 and rng.random() < 0.0015 * desil**1.6:
            if age >= 50 and rng.random() < 0.4:
                return "DRS. " + name
            suffix = wchoice(rng, [(", S.PD", 0.4), (", S.E", 0.15), (", S.H", 0.08), (", S.KOM", 0.1),
                                   (", A.MD", 0.12), (", S.PD.I", 0.15 if culture == "santri" else 0.02)])  # fmt: skip
            return name + suffix
        return name

    def new_person(self, hh: Household, hub: str, sex: str, age: int, culture: str, native_p: float) -> Person:
        rng = self.rng
        dob = self.birth_date(age)
        kec6 = self.origin_kec(hh.desa, native_p)
        nik_date = dob
        differs = False
        if age >= 17 and rng.random() < 0.003:
            # The registry's birth date was corrected after the NIK was issued; NIKs never change.
            differs = True
            if (dob.month, dob.day) != (1, 1):
                nik_date = dt.date(dob.year, 1, 1)
            else:
                nik_date = dt.date(dob.year, 1, rng.randint(2, 28))
        nik = self.num.nik(kec6, nik_date, sex)
        name = N.make_name(rng, culture, sex, dob.year)
        old = (dob.year <= 1960 and rng.random() < 0.25) or (dob.year <= 1975 and rng.random() < 0.06)
        if culture in ("jawa", "kristen", "tionghoa") and old:
            name = N.old_spelling(name)
        if culture == "madura" and name.startswith("SITI ") and rng.random() < 0.3:
            name = "SITTI " + name[5:]
        name = self.titled(name, culture, sex, age, hh.desil)
        p = Person("", hh, nik, name, sex, self.birthplace(hh.desa, kec6), dob, hub, culture, differs)
        hh.members.append(p)
        return p

    # -- households ------------------------------------------------------------------------------
    def household(self, desa: Desa, index: int) -> Household:
        rng = self.rng
        culture = wchoice(rng, desa.cultures)
        head_age = wchoice(rng, [((22, 29), 0.09), ((30, 39), 0.2), ((40, 49), 0.22), ((50, 59), 0.2),
                                 ((60, 69), 0.16), ((70, 79), 0.09), ((80, 92), 0.04)])  # fmt: skip
        head_age = rng.randint(*head_age)
        if head_age >= 60:
            typ = wchoice(rng, [("single", 0.22), ("couple", 0.28), ("couple_kids", 0.18), ("extended", 0.22),
                                ("female_kids", 0.1)])  # fmt: skip
        else:
            typ = wchoice(rng, [("couple_kids", 0.72), ("female_kids", 0.1), ("couple", 0.07), ("single", 0.04),
                                ("with_parent", 0.07)])  # fmt: skip
        place_i = min(int(rng.random() ** 1.2 * len(desa.places)), len(desa.places) - 1)
        place = desa.places[place_i]
        if desa.urban:
            rw = rng.randint(1, 12)
            rt = rng.randint(1, desa.rt_per_rw + 3)
            alamat = f"JL. {place}"
            if rng.random() < 0.45:
                alamat += f" GG. {rng.randint(1, 12)}"
            alamat += f" NO. {rng.randint(1, 140)}"
            place = alamat
        else:
            rw = place_i + 1
            rt_local = rng.randint(1, desa.rt_per_rw)
            rt = place_i * desa.rt_per_rw + rt_local if desa.rt_continuous else rt_local
            alamat = desa.alamat_prefix + place
        z = rng.gauss(desa.mu, 1.0)
        if typ in ("single", "female_kids"):
            z -= 0.45
        if head_age >= 70:
            z -= 0.3
        if culture in ("tionghoa", "arab"):
            z += 0.5
        desil = 1 + sum(1 for c in DESIL_CUTS if z > c)
        hh = Household("", "", desa, place, alamat, rt, rw, desil, culture)

        def spouse_culture() -> str:
            return culture if rng.random() < 0.88 else wchoice(rng, desa.cultures)

        head_sex = "L"
        if typ == "single":
            head_sex = "P" if rng.random() < (0.72 if head_age >= 60 else 0.45) else "L"
        elif typ == "female_kids":
            head_sex = "P"
        head = self.new_person(hh, HUB_KK, head_sex, head_age, culture, 0.8)
        mother_age = None
        if typ in ("couple", "couple_kids", "extended", "with_parent"):
            if rng.random() < 0.012:  # wife registered as head, husband as "Suami"
                head.sex = "P"
                head.nik = self.num.nik(head.nik[:6], head.dob, "P")
                head.nik_date_differs = False
                head.nama = N.make_name(rng, culture, "P", head.dob.year)
                self.new_person(hh, HUB_SUAMI, "L", head_age + rng.randint(0, 6), spouse_culture(), 0.6)
                mother_age = head_age
            else:
                wife_age = max(17, head_age - max(-4, int(rng.gauss(4, 3.5))))
                self.new_person(hh, HUB_ISTRI, "P", wife_age, spouse_culture(), 0.6)
                mother_age = wife_age
        elif typ == "female_kids":
            mother_age = head_age
        if typ in ("couple_kids", "female_kids", "with_parent") or (typ == "extended" and rng.random() < 0.3):
            n_kids = wchoice(rng, [(1, 0.25), (2, 0.33), (3, 0.22), (4, 0.1), (5, 0.04), (0, 0.06)])
            if culture == "madura" or hh.desil <= 2:
                n_kids += rng.random() < 0.3
            last = None
            for _ in range(n_kids):
                if last is not None and rng.random() < 0.012:  # twins
                    twin = self.new_person(hh, HUB_ANAK, wchoice(rng, [("L", 1), ("P", 1)]), 0, culture, 0.97)
                    twin.dob = last.dob
                    twin.nik = self.num.nik(last.nik[:6], twin.dob, twin.sex)
                    twin.nama = N.make_name(rng, culture, twin.sex, twin.dob.year)
                    twin.nik_date_differs = False
                    last = None
                    continue
                kid_age = (mother_age or head_age) - rng.randint(19, 40)
                if kid_age < 0 or (kid_age > 30 and rng.random() < 0.85):
                    continue
                last = self.new_person(hh, HUB_ANAK, wchoice(rng, [("L", 1.04), ("P", 1)]), kid_age, culture, 0.97)
        if typ == "extended":
            child_age = max(20, (mother_age or head_age) - rng.randint(20, 38))
            child_sex = wchoice(rng, [("L", 1), ("P", 1.3)])
            self.new_person(hh, HUB_ANAK, child_sex, child_age, culture, 0.95)
            in_law_sex = "P" if child_sex == "L" else "L"
            self.new_person(hh, HUB_MENANTU, in_law_sex, max(18, child_age + rng.randint(-4, 4)), spouse_culture(), 0.4)
            mother = child_age if child_sex == "P" else child_age - 2
            for _ in range(wchoice(rng, [(0, 0.15), (1, 0.4), (2, 0.3), (3, 0.15)])):
                cucu_age = mother - rng.randint(19, 35)
                if cucu_age >= 0:
                    self.new_person(hh, HUB_CUCU, wchoice(rng, [("L", 1), ("P", 1)]), cucu_age, culture, 0.97)
        if typ == "with_parent":
            rel = wchoice(rng, [(HUB_OT, 0.55), (HUB_MERTUA, 0.45)])
            self.new_person(hh, rel, wchoice(rng, [("P", 0.7), ("L", 0.3)]), min(95, head_age + rng.randint(20, 32)),
                            culture, 0.6)  # fmt: skip
        if rng.random() < 0.025:
            rel = wchoice(rng, [(HUB_FAMILI, 0.7), (HUB_LAIN, 0.3)])
            self.new_person(hh, rel, wchoice(rng, [("L", 1), ("P", 1)]), rng.randint(8, 70), culture, 0.5)
        # The KK's issue date: after the head came of age, mostly since SIAK (2004); many reissued recently.
        earliest = max(dt.date(2004, 1, 1), dt.date(head.dob.year + 17, 1, 1)).toordinal()
        if rng.random() < 0.4:
            earliest = max(earliest, dt.date(2016, 1, 1).toordinal())
        kk_date = dt.date.fromordinal(rng.randint(min(earliest, REF.toordinal() - 30), REF.toordinal()))
        hh.kk = self.num.kk(desa.kec6, kk_date)
        return hh

    def build(self, desas: list[Desa], rows: int) -> None:
        rng = self.rng
        weights = [rng.uniform(0.6, 1.5) * (1.4 if d.urban else 1.0) for d in desas]
        targets = [int(rows * w / sum(weights)) for w in weights]
        targets[-1] += rows - sum(targets)
        for desa, target in zip(desas, targets, strict=True):
            count = 0
            i = 0
            while count < target:
                hh = self.household(desa, i)
                i += 1
                room = target - count
                if len(hh.members) > room:
                    hh.members = hh.members[:room]
                desa.households.append(hh)
                count += len(hh.members)
        hh_ids = rng.sample(range(10_000_000, 100_000_000), sum(len(d.households) for d in desas))
        ind_ids = rng.sample(range(100_000_000, 1_000_000_000), rows)
        k = 0
        for desa in desas:
            for hh in desa.households:
                hh.id = f"KEL{hh_ids.pop()}"
                self.households.append(hh)
                for p in hh.members:
                    p.id = f"ART{ind_ids[k]}"
                    k += 1
                    self.people.append(p)

    def rows(self):
        for hh in self.households:
            for p in hh.members:
                yield [p.id, hh.id, p.nik, hh.kk, p.nama, p.sex, p.tempat, p.dob.isoformat(), p.hub, hh.alamat,
                       f"{hh.rt:03d}", f"{hh.rw:03d}", undot(hh.desa.code), str(hh.desil)]  # fmt: skip


# ----------------------------------------------------------------------------------------------
# The facilitators' list
# ----------------------------------------------------------------------------------------------


@dataclass
class Identity:
    """What is true about the person a list row stands for (registry values, or an absent person's own)."""

    nama: str
    nik: str
    kk: str
    sex: str
    dob: dt.date
    tempat: str
    place: str
    rt: int
    rw: int
    desa: Desa
    culture: str
    person: Person | None = None  # the registry person, when there is one


@dataclass
class Style:
    """One facilitator's sheet: formats and care."""

    care: float
    name_case: str
    nik_fmt: str
    dob_fmt: str
    jk_fmt: str
    alamat_fmt: str
    dusun_word: str
    kode_fmt: str
    missing: set[str]
    street_words: tuple[str, str, str]  # how the sheet writes JL., GG., NO.


# Sheet-level choices: (option, probability per facilitator sheet).
SHEET_NAME_CASE = [("upper", 0.5), ("title", 0.38), ("mixed", 0.12)]
SHEET_NIK_FMT = [("plain", 0.83), ("spaced", 0.06), ("apos", 0.04), ("excel_prec", 0.045), ("excel_sci", 0.025)]
SHEET_DOB_FMT = [
    ("dmy_slash", 0.3), ("dmy_dash", 0.16), ("iso", 0.08), ("indo_long", 0.1), ("dmy2", 0.05), ("serial", 0.04),
    ("us_mix", 0.1), ("dmy_nopad", 0.07), ("ttl", 0.04), ("excel_mmm", 0.06),
]  # fmt: skip
SHEET_JK_FMT = [("LP", 0.55), ("long", 0.3), ("LKPR", 0.1), ("priawanita", 0.05)]
SHEET_ALAMAT_FMT = [("rt_rw", 0.3), ("rt_rw_dots", 0.15), ("slash", 0.12), ("rt_first", 0.1), ("with_desa", 0.13),
                    ("place_only", 0.2)]  # fmt: skip
SHEET_DUSUN_WORD = [("Dsn. ", 0.4), ("Dusun ", 0.3), ("Dsn ", 0.1), ("", 0.15), ("Dk. ", 0.05)]
SHEET_KODE_FMT = [("plain", 0.6), ("dotted", 0.4)]
SHEET_MISSING = [("kk", 0.12), ("dob", 0.07), ("jk", 0.06), ("kode", 0.15), ("alamat", 0.03)]
SHEET_CARE = [0.5, 0.7, 0.85, 1.0, 1.0, 1.0, 1.25, 1.5, 2.0]  # multiplies the row-level error rates


def make_style(rng: random.Random, desa: Desa) -> Style:
    missing = {col for col, p in SHEET_MISSING if rng.random() < p}
    return Style(
        care=rng.choice(SHEET_CARE),
        name_case=wchoice(rng, SHEET_NAME_CASE),
        nik_fmt=wchoice(rng, SHEET_NIK_FMT),
        dob_fmt=wchoice(rng, SHEET_DOB_FMT),
        jk_fmt=wchoice(rng, SHEET_JK_FMT),
        alamat_fmt=wchoice(rng, SHEET_ALAMAT_FMT),
        dusun_word=wchoice(rng, SHEET_DUSUN_WORD),
        kode_fmt=wchoice(rng, SHEET_KODE_FMT),
        missing=missing,
        street_words=(
            rng.choice(["JL. ", "JLN. ", "JALAN ", "JL "]),
            rng.choice(["GG. ", "GANG ", "GG "]),
            rng.choice(["NO. ", "NO ", "NO."]),
        ),
    )


def proper(text: str) -> str:
    """Excel's PROPER(): a letter after a non-letter is upper case, every other letter lower case."""
    out = []
    prev_letter = False
    for ch in text:
        if ch.isalpha():
            out.append(ch.lower() if prev_letter else ch.upper())
            prev_letter = True
        else:
            out.append(ch)
            prev_letter = False
    return "".join(out)


KEYBOARD = {
    "Q": "WA", "W": "QES", "E": "WRD", "R": "ETF", "T": "RYG", "Y": "TUH", "U": "YIJ", "I": "UOK", "O": "IPL",
    "P": "OL", "A": "QSZ", "S": "ADWZ", "D": "SFE", "F": "DGR", "G": "FHT", "H": "GJY", "J": "HKU", "K": "JLI",
    "L": "KO", "Z": "XAS", "X": "ZC", "C": "XV", "V": "CB", "B": "VN", "N": "BM", "M": "N",
}  # fmt: skip


def name_typo(rng: random.Random, name: str) -> str:
    letters = [i for i, ch in enumerate(name) if ch.isalpha()]
    for _ in range(10):
        i = rng.choice(letters)
        kind = wchoice(rng, [("sub", 0.35), ("del", 0.25), ("dup", 0.15), ("swap", 0.15), ("vowel", 0.1)])
        if kind == "sub":
            out = name[:i] + rng.choice(KEYBOARD.get(name[i], "A")) + name[i + 1 :]
        elif kind == "del":
            out = name[:i] + name[i + 1 :]
        elif kind == "dup":
            out = name[:i] + name[i] + name[i:]
        elif kind == "swap" and i + 1 < len(name) and name[i + 1].isalpha():
            out = name[:i] + name[i + 1] + name[i] + name[i + 2 :]
        elif kind == "vowel" and name[i] in "AIUEO":
            out = name[:i] + rng.choice([v for v in "AIUEO" if v != name[i]]) + name[i + 1 :]
        else:
            continue
        if out != name and out.strip():
            return out
    return name


# Spelling variants a clerk or facilitator produces for the same name (both directions where both occur).
VARIANTS = [
    (r"OE", "U"), (r"\bSU", "SOE"), (r"DJ", "J"), (r"\bJ(?=[AEIOU])", "DJ"), (r"TJ", "C"), (r"\bC(?=[AEIOU])", "TJ"),
    (r"CH", "KH"), (r"KH", "CH"), (r"KH", "H"), (r"KH", "K"), (r"SY", "S"), (r"\bS(?=AIFU|AMSU|AFI)", "SY"),
    (r"SH", "S"), (r"\bSOLEH", "SHOLEH"), (r"MM", "M"), (r"MUHAMAD", "MUHAMMAD"), (r"MOCHAMAD", "MOCHAMMAD"),
    (r"AH\b", "A"), (r"(?<=[IY])A\b", "AH"), (r"IYAH\b", "IAH"), (r"IAH\b", "IYAH"), (r"IA(?=[TNH])", "IYA"),
    (r"IYA(?=[TN])", "IA"), (r"Z", "J"), (r"\bF", "P"), (r"TH", "T"), (r"DH", "D"), (r"Q", "K"), (r"K\b", "Q"),
    (r"\bNUR\b", "NOER"), (r"\bNUR\b", "NOOR"), (r"Y\b", "I"), (r"(?<=[ZKR])I\b", "Y"), (r"UDDIN\b", "UDIN"),
    (r"UDIN\b", "UDDIN"), (r"ROHMAN", "RAHMAN"), (r"ROHMAH", "RAHMAH"), (r"HOSEN", "HUSEIN"), (r"WAHED", "WAHID"),
    (r"\bSITTI\b", "SITI"), (r"\bSITI\b", "SITTI"), (r"TIK\b", "TI"), (r"(?<=[AU])TI\b", "TIK"), (r"OH\b", "AH"),
    (r"V", "F"), (r"EI", "E"), (r"II", "I"), (r"AA", "A"), (r"(?<=[AEIOU])H(?=[AEIOU])", ""), (r"NI\b", "NIK"),
]  # fmt: skip
_VARIANTS = [(re.compile(p), r) for p, r in VARIANTS]


def spelling_variant(rng: random.Random, name: str) -> str:
    options = []
    for rx, rep in _VARIANTS:
        for m in rx.finditer(name):
            if name[max(0, m.start() - 1) : m.start()] == "." or "." in name[m.start() : m.end()]:
                continue
            options.append((m, rep))
    rng.shuffle(options)
    for m, rep in options:
        out = name[: m.start()] + rep + name[m.end() :]
        if out != name:
            return out
    return name


TITLE_RX = re.compile(r"^(H\.|HJ\.|DRS\.|IR\.)\s*|,\s*[A-Z.]+$")
FIRST_DROPPABLE = {"SITI", "SITTI", "NUR", "MOH.", "MOH", "M.", "MUHAMMAD", "MOCH.", "ACH.", "ABD.", "UMI", "UMMI"}
ABBREV = {
    "MUHAMMAD": ["M.", "MOH.", "MOCH.", "MUH."], "MOHAMMAD": ["M.", "MOH."], "MOCHAMAD": ["M.", "MOCH."],
    "MOCHAMMAD": ["M.", "MOCH."], "MOH.": ["MUHAMMAD", "MOCHAMMAD", "M.", "MOHAMMAD"], "MOCH.": ["MOCHAMAD", "M."],
    "M.": ["MUHAMMAD", "MOCH.", "MOH."], "ABDUL": ["ABD."], "ABD.": ["ABDUL"], "AHMAD": ["ACH.", "A."],
    "ACHMAD": ["ACH.", "A."], "ACH.": ["ACHMAD", "AHMAD"], "SITI": ["ST."], "MOKHAMAD": ["M."],
}  # fmt: skip


def strip_title(name: str) -> str:
    return TITLE_RX.sub("", name).strip()


def name_abbrev(rng: random.Random, name: str) -> str:
    words = name.split(" ")
    idx = [i for i, w in enumerate(words) if w in ABBREV]
    if idx and rng.random() < 0.75:
        i = rng.choice(idx)
        words[i] = rng.choice(ABBREV[words[i]])
        return " ".join(words)
    long = [i for i, w in enumerate(words) if i > 0 and len(w) > 2 and "." not in w]
    if len(words) >= 2 and long:
        i = rng.choice(long)
        words[i] = words[i][0] + "."
        return " ".join(words)
    return name


def name_truncate(rng: random.Random, name: str) -> str:
    """A part of the name left out: the first (SITI, MOH.) or a middle or the last part."""
    words = name.split(" ")
    if len(words) < 2:
        return name
    if words[0] in FIRST_DROPPABLE and rng.random() < 0.7:
        out = words[1:]
    elif len(words) >= 3 and rng.random() < 0.3:
        out = words[:1] + words[2:]
    else:
        out = words[:-1]
    if not any(len(w) >= 3 and "." not in w and w not in FIRST_DROPPABLE for w in out):
        out = words[1:]
    return " ".join(out)


def name_space(rng: random.Random, name: str) -> str:
    words = name.split(" ")
    joins = [i for i in range(len(words) - 1) if "." not in words[i] and len(words[i]) <= 5]
    splits = []
    for i, w in enumerate(words):
        m = re.match(r"^(NUR|SRI|ABDUL|FATHOR|SITI|HOLILUR|ZAINUR|KHOIRUN|NURUL)(\w{3,})$", w)
        if m:
            splits.append((i, m.group(1), m.group(2)))
    if splits and (not joins or rng.random() < 0.5):
        i, a, b = rng.choice(splits)
        words[i] = f"{a} {b}"
        return " ".join(words)
    if joins:
        i = rng.choice(joins)
        return " ".join(words[:i] + [words[i] + words[i + 1]] + words[i + 2 :])
    return name


def name_nickname(rng: random.Random, name: str) -> str:
    words = strip_title(name).split(" ")
    if len(words) == 1 and re.match(r"^(SU|SA|PA|NGA|KA|TU)[A-Z]{4,}", words[0]):
        return re.sub(r"^(SU|SA|PA|NGA|KA|TU)", "", words[0])
    if len(words) >= 2:
        return max(words, key=len) if rng.random() < 0.5 else words[-1]
    return name


def digits_typo(rng: random.Random, s: str, lo: int = 0) -> str:
    i = rng.randrange(lo, len(s))
    return s[:i] + rng.choice([d for d in "0123456789" if d != s[i]]) + s[i + 1 :]


def digits_transpose(rng: random.Random, s: str) -> str:
    pos = [i for i in range(len(s) - 1) if s[i] != s[i + 1]]
    if not pos:
        return digits_typo(rng, s)
    i = rng.choice(pos)
    return s[:i] + s[i + 1] + s[i] + s[i + 2 :]


def digits_length(rng: random.Random, s: str) -> str:
    i = rng.randrange(len(s))
    return s[:i] + s[i + 1 :] if rng.random() < 0.65 else s[:i] + s[i] + s[i:]


def excel_number(digits: str, sci: bool) -> str:
    """A 16-digit number typed into a numeric Excel cell: 15 significant digits survive."""
    if sci:
        return f"{float(digits):.5E}".replace("E+", "E+")
    return digits[:15] + "0" * (len(digits) - 15)


def render_digits(digits: str, fmt: str) -> str:
    if fmt == "spaced" and len(digits) == 16:
        return f"{digits[:4]} {digits[4:8]} {digits[8:12]} {digits[12:]}"
    if fmt == "apos":
        return "'" + digits
    return digits


def render_date(d: dt.date, fmt: str, tempat: str) -> str:
    if fmt == "dmy_slash" or fmt == "us_mix":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if fmt == "dmy_dash":
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    if fmt == "iso":
        return d.isoformat()
    if fmt == "indo_long":
        return f"{d.day} {MONTHS_ID[d.month - 1]} {d.year}"
    if fmt == "dmy2":
        return f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}"
    if fmt == "serial":
        return str((d - EXCEL_EPOCH).days)
    if fmt == "dmy_nopad":
        return f"{d.day}/{d.month}/{d.year}"
    if fmt == "ttl":
        return f"{proper(tempat)}, {d.day:02d}-{d.month:02d}-{d.year}"
    if fmt == "excel_mmm":
        return f"{d.day}-{MONTHS_EN3[d.month - 1]}-{d.year % 100:02d}"
    raise ValueError(fmt)


JK_FORMS = {
    "LP": ("L", "P"),
    "long": ("Laki-laki", "Perempuan"),
    "LKPR": ("LK", "PR"),
    "priawanita": ("Pria", "Wanita"),
}


def render_alamat(style: Style, desa: Desa, place: str, rt: int | None, rw: int | None, case) -> str:
    if desa.urban:
        jl, gg, no = style.street_words
        core = place.replace("JL. ", jl, 1).replace("GG. ", gg).replace("NO. ", no)
    else:
        word = style.dusun_word.upper()
        if desa.region == "madura" and word == "DK. ":
            word = "DUSUN "
        core = word + place
    fmt = style.alamat_fmt
    if rt is None or fmt == "place_only":
        text = core
    elif fmt == "rt_rw":
        text = f"{core} RT {rt:02d} RW {rw:02d}"
    elif fmt == "rt_rw_dots":
        text = f"{core} RT.{rt:03d}/RW.{rw:03d}"
    elif fmt == "slash":
        text = f"{core} {rt}/{rw}"
    elif fmt == "rt_first":
        text = f"RT {rt:02d} RW {rw:02d} {core}"
    else:  # with_desa
        text = f"{core} RT {rt}/RW {rw} {'KEL.' if desa.urban else 'DS.'} {desa.name.upper()}"
    return case(text)


class ListBuilder:
    def __init__(self, rng: random.Random, reg: RegistryBuilder, desas: list[Desa], outside: list[Desa]) -> None:
        self.rng = rng
        self.reg = reg
        self.desas = desas
        self.outside = outside
        self.by_kec: dict[str, list[Desa]] = defaultdict(list)
        for d in desas:
            self.by_kec[d.code[:8]].append(d)
        self.used: set[str] = set()
        self.rows: list[dict] = []

    # -- identities --------------------------------------------------------------------------------
    def identity_of(self, p: Person) -> Identity:
        hh = p.hh
        return Identity(p.nama, p.nik, hh.kk, p.sex, p.dob, p.tempat, hh.place, hh.rt, hh.rw, hh.desa, p.culture, p)

    def fresh_identity(self, desa: Desa, *, culture=None, sex=None, age=None, kk=None, hh=None,
                       native_p=0.75) -> Identity:  # fmt: skip
        rng = self.rng
        culture = culture or wchoice(rng, desa.cultures)
        sex = sex or wchoice(rng, [("P", 0.65), ("L", 0.35)])
        age = age if age is not None else rng.randint(20, 68)
        dob = self.reg.birth_date(age, rng)
        kec6 = self.reg.origin_kec(desa, native_p, rng)
        nik = self.reg.num.nik(kec6, dob, sex)
        name = N.make_name(rng, culture, sex, dob.year)
        if hh is not None:
            place, rt, rw = hh.place, hh.rt, hh.rw
        else:
            place, rt, rw = self.new_address(desa)
        if kk is None:
            start = max(dt.date(2016, 1, 1), dt.date(dob.year + 17, 1, 1)).toordinal()
            kk = self.reg.num.kk(
                desa.kec6, dt.date.fromordinal(rng.randint(min(start, REF.toordinal()), REF.toordinal()))
            )
        return Identity(name, nik, kk, sex, dob, self.reg.birthplace(desa, kec6, rng), place, rt, rw, desa, culture)

    def new_address(self, desa: Desa) -> tuple[str, int, int]:
        rng = self.rng
        i = rng.randrange(len(desa.places))
        if desa.urban:
            alamat = f"JL. {desa.places[i]}" + (f" GG. {rng.randint(1, 12)}" if rng.random() < 0.45 else "")
            return alamat + f" NO. {rng.randint(1, 140)}", rng.randint(1, desa.rt_per_rw + 3), rng.randint(1, 12)
        rt_local = rng.randint(1, desa.rt_per_rw)
        return desa.places[i], i * desa.rt_per_rw + rt_local if desa.rt_continuous else rt_local, i + 1

    def absent_identity(self, kind: str, desa: Desa) -> Identity:
        rng = self.rng
        adults = [p for hh in desa.households for p in hh.members if 18 <= p.age <= 75]
        if kind == "absent_household_member":
            hhs = [hh for hh in desa.households if hh.desil <= 3] or desa.households
            hh = rng.choice(hhs)
            head = hh.members[0]
            has_spouse = any(m.hub in (HUB_ISTRI, HUB_SUAMI) for m in hh.members)
            if head.sex == "L" and not has_spouse and 25 <= head.age <= 70:
                return self.fresh_identity(desa, culture=hh.culture, sex="P", age=max(18, head.age - rng.randint(0, 8)),
                                           kk=hh.kk, hh=hh, native_p=0.4)  # fmt: skip
            age = rng.randint(18, 34)
            return self.fresh_identity(desa, culture=hh.culture, age=age, kk=hh.kk, hh=hh, native_p=0.6)
        if kind == "absent_namesake":
            src = rng.choice(adults)
            age = src.age + rng.choice([-1, 1]) * rng.randint(2, 9) if rng.random() < 0.5 else rng.randint(20, 70)
            ident = self.fresh_identity(desa, culture=src.culture, sex=src.sex, age=max(18, min(85, age)))
            ident.nama = strip_title(src.nama)
            return ident
        if kind == "absent_same_birth":
            defaults = [p for p in adults if (p.dob.month, p.dob.day) in ((1, 1), (12, 31), (7, 1))]
            src = rng.choice(defaults if defaults and rng.random() < 0.5 else adults)
            ident = self.fresh_identity(desa, culture=src.culture, sex=src.sex, age=src.age)
            ident.dob = src.dob
            ident.nik = self.reg.num.nik(src.nik[:6], src.dob, src.sex)
            return ident
        # absent_unregistered_household / absent_outside_snapshot
        return self.fresh_identity(desa)

    # -- choosing registry people --------------------------------------------------------------------
    DESIL_W = {1: 1.0, 2: 0.75, 3: 0.3, 4: 0.12, 5: 0.06, 6: 0.035, 7: 0.02, 8: 0.012, 9: 0.008, 10: 0.005}

    def person_weight(self, p: Person) -> float:
        a = p.age
        if a < 18 or a > 85:
            return 0.0
        w = 3.0 if p.sex == "P" and p.hub in (HUB_KK, HUB_ISTRI) else 1.5 if p.hub in (HUB_KK, HUB_SUAMI) else 0.35
        if a > 72:
            w *= 0.3
        return w

    def pick_in_household(self, hh: Household, exclude: set[str]) -> Person | None:
        cands = [(p, self.person_weight(p)) for p in hh.members if p.id not in self.used and p.id not in exclude]
        cands = [(p, w) for p, w in cands if w > 0]
        return wchoice(self.rng, cands) if cands else None

    def registry_people(self, desa: Desa, k: int) -> list[Person]:
        rng = self.rng
        keyed = sorted(((rng.random() ** (1.0 / self.DESIL_W[hh.desil]), i) for i, hh in enumerate(desa.households)),
                       reverse=True)  # fmt: skip
        out: list[Person] = []
        for _, i in keyed:
            if len(out) >= k:
                break
            hh = desa.households[i]
            p = self.pick_in_household(hh, set())
            if p is None:
                continue
            out.append(p)
            self.used.add(p.id)
            if len(out) < k and rng.random() < 0.07:
                q = self.pick_in_household(hh, set())
                if q is not None:
                    out.append(q)
                    self.used.add(q.id)
        if len(out) < k:
            raise SystemExit(f"desa {desa.code}: not enough registry adults for {k} list rows; use a larger registry")
        return out

    # -- rendering one row ---------------------------------------------------------------------------
    def render(
        self, ident: Identity, style: Style, sheet_desa: Desa, *, moved: bool = False, prev_kk: str = ""
    ) -> tuple[dict, list[str]]:
        """One list row for ``ident`` as this sheet's facilitator typed it, with the labels of what went wrong.
        ``prev_kk``: the No. KK of the person on the row above (for the copied-down mistake)."""
        rng = self.rng
        care = style.care
        labels: list[str] = []

        def hit(p: float) -> bool:
            return rng.random() < min(0.9, p * care)

        person = ident.person
        relatives = []
        if person is not None:
            relatives = [m for m in person.hh.members if m is not person and m.age >= 15]

        # name
        name = ident.nama
        if person is not None and relatives and rng.random() < 0.004:
            name = rng.choice(relatives).nama
            labels.append("name_of_relative")
        else:
            if TITLE_RX.search(name) and rng.random() < 0.45:
                name = strip_title(name)
                labels.append("name_title_dropped")
            elif ident.culture in N.MUSLIM and ident.dob.year < 1980 and rng.random() < 0.004:
                name = ("H. " if ident.sex == "L" else "HJ. ") + name
                labels.append("name_title_added")
            age = REF.year - ident.dob.year
            if rng.random() < 0.018 and age >= 25:
                madura = ident.culture == "madura"
                opts = (
                    (N.HONORIFIC_MADURA_P if madura else N.HONORIFIC_P)
                    if ident.sex == "P"
                    else (N.HONORIFIC_MADURA_L if madura else N.HONORIFIC_L)
                )
                opts = [o for o in opts if age >= 60 or o.strip() not in ("MBAH", "MBOK")]
                name = rng.choice(opts) + name
                labels.append("name_honorific")
            for label, p, fn in (
                ("name_spelling", 0.06, spelling_variant),
                ("name_space", 0.02, name_space),
                ("name_abbrev", 0.03, name_abbrev),
                ("name_truncated", 0.025, name_truncate),
                ("name_nickname", 0.008, name_nickname),
                ("name_typo", 0.035, name_typo),
            ):
                if hit(p):
                    new = fn(rng, name)
                    if new != name:
                        name = new
                        labels.append(label)
            if re.search(r"[.']", name) and rng.random() < 0.3:
                new = " ".join(re.sub(r"[.']", lambda m: " " if m.group() == "." else "", name).split())
                if rng.random() < 0.15 and "'" in name:
                    new = name.replace("'", "`")
                if new != name:
                    name = new
                    labels.append("name_punct")
        case = style.name_case
        if case == "mixed":
            case = wchoice(rng, [("upper", 0.5), ("title", 0.45), ("lower", 0.05)])
        caser = {"upper": str.upper, "title": proper, "lower": str.lower}[case]
        name = caser(name)
        r = rng.random()
        if r < 0.02:
            name = name + " "
        elif r < 0.03:
            name = name.replace(" ", "  ", 1)
        elif r < 0.037:
            name = name + "\u00a0"

        # NIK and No. KK
        nik, kk = ident.nik, ident.kk
        nik_blank = rng.random() < 0.035 * care
        kk_blank = "kk" in style.missing or rng.random() < 0.07 * care
        if nik_blank:
            nik = ""
            labels.append("nik_blank")
        else:
            if not kk_blank and hit(0.006):
                nik, kk = kk, nik
                labels.append("nik_kk_swapped")
            elif person is not None and hit(0.012) and any(m.age >= 17 for m in relatives):
                nik = rng.choice([m for m in relatives if m.age >= 17]).nik
                labels.append("nik_of_relative")
            elif hit(0.012):
                nik = kk
                labels.append("nik_is_kk")
            elif hit(0.025):
                nik = digits_typo(rng, nik)
                labels.append("nik_typo")
            elif hit(0.01):
                nik = digits_transpose(rng, nik)
                labels.append("nik_transposed")
            elif hit(0.008):
                nik = digits_length(rng, nik)
                labels.append("nik_length")
        if kk_blank:
            kk = ""
            labels.append("kk_blank")
        elif "nik_kk_swapped" not in labels:
            if moved and rng.random() < 0.6 or hit(0.012):
                kk = self.reg.num.kk(sheet_desa.kec6, dt.date.fromordinal(rng.randint(738000, REF.toordinal())))
                labels.append("kk_new")
            elif prev_kk and prev_kk != kk and hit(0.006):
                kk = prev_kk
                labels.append("kk_copied_from_row_above")
            elif hit(0.008) and not nik_blank:
                kk = ident.nik
                labels.append("kk_is_nik")
            elif hit(0.02):
                kk = digits_typo(rng, kk)
                labels.append("kk_typo")
            elif hit(0.006):
                kk = digits_transpose(rng, kk)
                labels.append("kk_transposed")
        excel = style.nik_fmt in ("excel_prec", "excel_sci") and rng.random() < 0.85
        fmt = style.nik_fmt if style.nik_fmt in ("spaced", "apos") else "plain"
        if fmt == "plain" and rng.random() < 0.015:
            fmt = "apos"

        def finish(value: str, field_: str) -> str:
            if not value:
                if field_ == "nik" and rng.random() < 0.2:
                    return rng.choice(["-", "0", "-", "belum ada"])
                return ""
            if excel and value.isdigit() and len(value) >= 16:
                new = excel_number(value, style.nik_fmt == "excel_sci")
                if new != value:
                    labels.append(f"{field_}_{style.nik_fmt}")
                return new
            out = render_digits(value, fmt)
            if rng.random() < 0.01:
                out = out + " "
            return out

        nik = finish(nik, "nik")
        kk = finish(kk, "kk")

        # sex
        jk = ident.sex
        if "jk" in style.missing or rng.random() < 0.03 * care:
            jk = ""
            labels.append("jk_blank")
        elif hit(0.008):
            jk = "P" if jk == "L" else "L"
            labels.append("jk_wrong")
        if jk:
            forms = JK_FORMS[style.jk_fmt]
            jk = forms[0] if jk == "L" else forms[1]
            if style.name_case == "upper":
                jk = jk.upper()

        # birth date
        dob = ident.dob
        dob_text = ""
        if "dob" in style.missing or rng.random() < 0.04 * care:
            labels.append("dob_blank")
            if rng.random() < 0.1:
                dob_text = "-"
        else:
            err = None
            if hit(0.008):
                err = "dob_other_document"
                dob = dt.date.fromordinal(dob.toordinal() + rng.choice([-1, 1]) * rng.randint(40, 1500))
            elif hit(0.005):
                err = "dob_year_only"
            elif hit(0.005) and (dob.month, dob.day) != (1, 1):
                err = "dob_set_jan1"
                dob = dt.date(dob.year, 1, 1)
            elif hit(0.015):
                err = "dob_typo_year"
                y = dob.year
                y2 = wchoice(rng, [(y + rng.choice([-1, 1]), 0.4), (y + rng.choice([-10, 10]), 0.3),
                                   (int(str(y)[:2] + str(y)[3] + str(y)[2]), 0.3)])  # fmt: skip
                if y2 == y or y2 > 2007 or y2 < 1920:
                    y2 = y + 1 if y < 2000 else y - 1
                dob = safe_date(y2, dob.month, dob.day)
            elif hit(0.015):
                err = "dob_typo_daymonth"
                if rng.random() < 0.6:
                    day = dob.day + rng.choice([-1, 1]) * rng.randint(1, 3)
                    dob = safe_date(dob.year, dob.month, min(28, max(1, day)) if day < 1 or day > 28 else day)
                else:
                    m = dob.month + rng.choice([-1, 1])
                    dob = safe_date(dob.year, 12 if m < 1 else 1 if m > 12 else m, dob.day)
                if dob == ident.dob:
                    dob = dt.date.fromordinal(dob.toordinal() + 1)
            swap_ok = dob.day <= 12 and dob.day != dob.month
            us_swap = style.dob_fmt == "us_mix" and swap_ok and err not in ("dob_year_only",)
            if err is None and swap_ok and not us_swap and hit(0.004):
                err = "dob_day_month_swapped"
                dob = dt.date(dob.year, dob.day, dob.month)
            if err:
                labels.append(err)
            if err == "dob_year_only":
                dob_text = str(dob.year)
            elif us_swap:
                # Excel with an en-US locale stored a typed dd/mm/yyyy with day <= 12 as mm/dd; the column was
                # then formatted dd/mm/yyyy, so those cells show day and month swapped (the rest stayed text).
                dob_text = f"{dob.month:02d}/{dob.day:02d}/{dob.year}"
                labels.append("dob_day_month_swapped")
            else:
                dob_text = render_date(dob, style.dob_fmt, ident.tempat)

        # address and region code
        place, rt, rw = ident.place, ident.rt, ident.rw
        desa = ident.desa
        if moved:
            desa = sheet_desa
            place, rt, rw = self.new_address(sheet_desa)
            labels.append("moved_desa")
        alamat = ""
        if "alamat" in style.missing or rng.random() < 0.04 * care:
            labels.append("alamat_blank")
        elif hit(0.02):
            alamat = caser(f"{'Kel.' if desa.urban else rng.choice(['Desa', 'Ds.'])} {desa.name}")
            labels.append("alamat_desa_only")
        else:
            keep_rtrw = style.alamat_fmt != "place_only"
            if keep_rtrw and hit(0.06):
                keep_rtrw = False
            if not keep_rtrw:
                labels.append("alamat_no_rtrw")
            if hit(0.01) and not desa.urban and len(desa.places) > 1:
                place = rng.choice([p for p in desa.places if p != place])
                labels.append("alamat_other_dusun")
            elif hit(0.015):
                new = name_space(rng, place) if not desa.urban and rng.random() < 0.5 else name_typo(rng, place)
                if new != place:
                    place = new
                    labels.append("alamat_spelling")
            if keep_rtrw and hit(0.03):
                if rng.random() < 0.7:
                    rt = max(1, rt + rng.choice([-2, -1, 1, 2, 3]))
                else:
                    rw = max(1, rw + rng.choice([-1, 1]))
                labels.append("alamat_rtrw_wrong")
            alamat = render_alamat(style, desa, place, rt if keep_rtrw else None, rw, caser)
        kode = undot(desa.code)
        if "kode" in style.missing or rng.random() < 0.03 * care:
            kode = ""
            labels.append("kode_blank")
        elif hit(0.015) and len(self.by_kec.get(desa.code[:8], [])) > 1:
            kode = undot(rng.choice([d for d in self.by_kec[desa.code[:8]] if d is not desa]).code)
            labels.append("kode_neighbour_desa")
        elif hit(0.004):
            kode = kode[:6]
            labels.append("kode_kecamatan_only")
        elif hit(0.004):
            kode = digits_typo(rng, kode, lo=6)
            labels.append("kode_typo")
        if kode and style.kode_fmt == "dotted":
            kode = ".".join(p for p in (kode[:2], kode[2:4], kode[4:6], kode[6:]) if p)

        row = {"nama": name, "nik": nik, "no_kk": kk, "jenis_kelamin": jk, "tanggal_lahir": dob_text,
               "alamat": alamat, "kode_wilayah": kode}  # fmt: skip
        return row, labels

    # -- the whole list ----------------------------------------------------------------------------------
    def build(self, n_rows: int, absent_share: float = 0.15, dup_share: float = 0.012) -> dict:
        rng = self.rng
        n_dup = round(n_rows * dup_share)
        unique = n_rows - n_dup
        n_absent = round(unique * absent_share)
        n_out = round(n_absent * 0.12) if self.outside else 0
        kinds_in = {"absent_unregistered_household": 0.36, "absent_household_member": 0.27, "absent_namesake": 0.24,
                    "absent_same_birth": 0.13}  # fmt: skip
        bag: list[str] = []
        for kind, share in kinds_in.items():
            bag += [kind] * round((n_absent - n_out) * share)
        while len(bag) < n_absent - n_out:
            bag.append("absent_unregistered_household")
        bag = bag[: n_absent - n_out]
        rng.shuffle(bag)
        covered_rows = unique - n_out
        weights = [sum(1.0 if hh.desil <= 2 else 0.25 if hh.desil <= 4 else 0.02 for hh in d.households)
                   for d in self.desas]  # fmt: skip
        alloc = largest_remainder(covered_rows, weights)
        out_alloc = largest_remainder(n_out, [1.0] * len(self.outside)) if self.outside else []
        absent_slots = set(rng.sample(range(covered_rows), len(bag)))
        sheets = []
        pos = 0
        bag_i = 0
        for desa, k in zip(self.desas, alloc, strict=True):
            slots = []
            for _ in range(k):
                if pos in absent_slots:
                    slots.append(bag[bag_i])
                    bag_i += 1
                else:
                    slots.append("registry")
                pos += 1
            sheets.append((desa, slots))
        for desa, k in zip(self.outside, out_alloc, strict=True):
            sheets.append((desa, ["absent_outside_snapshot"] * k))
        sheets.sort(key=lambda s: s[0].code)

        entries = []  # (sheet desa, style, identity, kind, moved)
        for desa, slots in sheets:
            style = make_style(rng, desa)
            n_reg = slots.count("registry")
            moved_n = sum(1 for _ in range(n_reg) if rng.random() < 0.01) if len(self.by_kec[desa.code[:8]]) > 1 else 0
            people = self.registry_people(desa, n_reg - moved_n) if n_reg - moved_n > 0 else []
            for _ in range(moved_n):
                src = rng.choice([d for d in self.by_kec[desa.code[:8]] if d is not desa])
                people += [(p, True) for p in self.registry_people(src, 1)]
            people = [(p, False) if isinstance(p, Person) else p for p in people]
            rng.shuffle(people)
            # Keep spouses/household members adjacent most of the time, as a facilitator lists them.
            people = group_households(rng, people)
            sheet_entries = []
            it = iter(people)
            for kind in slots:
                if kind == "registry":
                    p, moved = next(it)
                    sheet_entries.append((desa, style, self.identity_of(p), "registry", moved))
                else:
                    sheet_entries.append((desa, style, self.absent_identity(kind, desa), kind, False))
            # Order the sheet: registry slots are in household-grouped order; absent rows sit where they were drawn.
            entries.append(sheet_entries)

        # Duplicates: the same person typed again later in the same sheet.
        flat_count = sum(len(s) for s in entries)
        dup_src = rng.sample(range(flat_count), n_dup)
        dup_by_sheet: dict[int, list[int]] = defaultdict(list)
        offset = 0
        for si, s in enumerate(entries):
            for j in range(len(s)):
                if offset + j in dup_src:
                    dup_by_sheet[si].append(j)
            offset += len(s)

        nik_owner = {p.nik: p for p in self.reg.people}
        kk_owner = {hh.kk: hh for hh in self.reg.households}
        rows = []
        dup_pairs = []
        for si, s in enumerate(entries):
            ordered = [(e, None) for e in s]
            for j in dup_by_sheet.get(si, []):
                here = next(i for i, (e, d) in enumerate(ordered) if e is s[j] and d is None)
                ordered.insert(rng.randint(here + 1, len(ordered)), (s[j], j))
            first_no: dict[int, int] = {}
            prev_kk = ""
            for e, dup_of in ordered:
                desa, style, ident, kind, moved = e
                row, labels = self.render(ident, style, desa, moved=moved, prev_kk=prev_kk)
                prev_kk = ident.kk
                # A damaged number that happens to be another registry person's NIK / household's No. KK.
                nik16 = norm_digits(row["nik"])
                owner = nik_owner.get(nik16)
                if owner is not None and owner is not ident.person and "nik_of_relative" not in labels:
                    labels.append("nik_hits_other_person")
                hh_owner = kk_owner.get(norm_digits(row["no_kk"]))
                own_hh = ident.person.hh if ident.person is not None else None
                hits_other = hh_owner is not None and hh_owner is not own_hh and ident.kk != hh_owner.kk
                if hits_other and "kk_copied_from_row_above" not in labels:
                    labels.append("kk_hits_other_household")
                if kind != "registry":
                    labels.insert(0, kind)
                if dup_of is not None:
                    labels.insert(0, "duplicate")
                no = len(rows) + 1
                if dup_of is None:
                    first_no[id(e)] = no
                else:
                    dup_pairs.append([first_no[id(e)], no])
                row["no"] = str(no)
                truth = ident.person.id if ident.person is not None else ""
                rows.append((row, truth, labels, ident, style))
        self.rows = rows
        return {"duplicate_pairs": dup_pairs, "sheets": len(entries)}


def group_households(rng: random.Random, people: list[tuple[Person, bool]]) -> list[tuple[Person, bool]]:
    by_hh: dict[str, list[tuple[Person, bool]]] = defaultdict(list)
    order: list[str] = []
    for item in people:
        key = item[0].hh.id
        if key not in by_hh:
            order.append(key)
        by_hh[key].append(item)
    out = []
    tail = []
    for key in order:
        group = by_hh[key]
        out.append(group[0])
        for extra in group[1:]:
            (out if rng.random() < 0.7 else tail).append(extra)
    for extra in tail:
        out.insert(rng.randint(0, len(out)), extra)
    return out


def largest_remainder(total: int, weights: list[float]) -> list[int]:
    s = sum(weights)
    raw = [total * w / s for w in weights]
    base = [math.floor(x) for x in raw]
    rest = total - sum(base)
    for i in sorted(range(len(raw)), key=lambda i: (raw[i] - base[i], -i), reverse=True)[:rest]:
        base[i] += 1
    return base


def safe_date(y: int, m: int, d: int) -> dt.date:
    while True:
        try:
            return dt.date(y, m, d)
        except ValueError:
            d -= 1


# ----------------------------------------------------------------------------------------------
# Normalisation (for the self-checks) — how a reader would read the formats used above
# ----------------------------------------------------------------------------------------------


def norm_name(s: str) -> str:
    return " ".join(s.replace("\u00a0", " ").upper().split())


def norm_digits(s: str) -> str:
    return re.sub(r"[\s.\-'`\u00a0]", "", s)


def norm_jk(s: str) -> str:
    s = s.strip().upper()
    return {
        "L": "L",
        "LAKI-LAKI": "L",
        "LK": "L",
        "PRIA": "L",
        "P": "P",
        "PEREMPUAN": "P",
        "PR": "P",
        "WANITA": "P",
    }.get(s, "?")


def parse_date(s: str) -> dt.date | None:
    s = s.strip()
    if "," in s:
        s = s.split(",", 1)[1].strip()
    if re.fullmatch(r"\d{5}", s):
        return EXCEL_EPOCH + dt.timedelta(days=int(s))
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", s)
    if m:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    m = re.fullmatch(r"(\d{1,2})[/-](\d{1,2})[/-](\d{2}|\d{4})", s)
    if m:
        y = int(m[3])
        if len(m[3]) == 2:
            y += 2000 if y <= REF.year % 100 else 1900
        return dt.date(y, int(m[2]), int(m[1]))
    m = re.fullmatch(r"(\d{1,2})[ -]([A-Za-z]+)[ -](\d{2}|\d{4})", s)
    if m:
        names = [x.lower() for x in MONTHS_ID] + [x.lower() for x in MONTHS_EN3]
        mon = names.index(m[2].lower()) % 12 + 1
        y = int(m[3])
        if len(m[3]) == 2:
            y += 2000 if y <= REF.year % 100 else 1900
        return dt.date(y, mon, int(m[1]))
    return None


def norm_place(s: str) -> str:
    s = s.upper()
    s = re.sub(r"\bJALAN\b|\bJLN\b\.?|\bJL\b\.?", " JL ", s)
    s = re.sub(r"\bGANG\b|\bGG\b\.?", " GG ", s)
    s = re.sub(r"\bNO\b\.?", " NO ", s)
    s = re.sub(r"^\s*(DUSUN|DSN\.?|DK\.?)\s+", "", s)
    s = re.sub(r"[^A-Z0-9 ]", " ", s)
    return " ".join(s.split())


def split_alamat(text: str, desa_name: str) -> tuple[str, int | None, int | None]:
    t = text.upper()
    t = re.sub(r"\b(DS|KEL)\.\s*" + re.escape(desa_name.upper()) + r"\s*$", "", t).strip()
    rt = rw = None
    m = re.search(r"RT\.?\s*0*(\d+)\s*/?\s*RW\.?\s*0*(\d+)", t)
    if m:
        rt, rw = int(m[1]), int(m[2])
        t = t[: m.start()] + " " + t[m.end() :]
    else:
        m = re.search(r"\s0*(\d{1,3})/0*(\d{1,3})\s*$", t)
        if m:
            rt, rw = int(m[1]), int(m[2])
            t = t[: m.start()]
    return norm_place(t), rt, rw


# ----------------------------------------------------------------------------------------------
# Self-checks
# ----------------------------------------------------------------------------------------------

FIELD_LABELS = {
    "nama": ("name_",),
    "nik": ("nik_",),
    "no_kk": ("kk_", "nik_kk_swapped"),
    "jenis_kelamin": ("jk_",),
    "tanggal_lahir": ("dob_",),
    "alamat": ("alamat_", "moved_desa"),
    "kode_wilayah": ("kode_", "moved_desa"),
}


def nik_structure_ok(nik: str, kec_codes: set[str], kk: bool = False) -> bool:
    if not re.fullmatch(r"\d{16}", nik) or nik[:6] not in kec_codes or nik[12:] == "0000":
        return False
    day, month, yy = int(nik[6:8]), int(nik[8:10]), int(nik[10:12])
    if not kk and day > 40:
        day -= 40
    year = 2000 + yy if yy <= REF.year % 100 else 1900 + yy
    try:
        d = dt.date(year, month, day)
    except ValueError:
        return False
    return d <= REF


def self_check(reg: RegistryBuilder, lb: ListBuilder, wil: Wilayah) -> list[str]:
    problems: list[str] = []
    kec_codes = {undot(c) for c in wil.kec}
    desa_codes = {undot(c) for c in wil.desa}
    niks = Counter(p.nik for p in reg.people)
    if any(n > 1 for n in niks.values()):
        problems.append("duplicate NIK in registry")
    kks = Counter(hh.kk for hh in reg.households)
    if any(n > 1 for n in kks.values()):
        problems.append("No. KK shared by two households")
    ids = {p.id for p in reg.people}
    if len(ids) != len(reg.people):
        problems.append("duplicate id_individu")
    mism = 0
    for p in reg.people:
        if not nik_structure_ok(p.nik, kec_codes):
            problems.append(f"bad NIK {p.nik}")
        d = p.dob
        nd = f"{d.day + (40 if p.sex == 'P' else 0):02d}{d.month:02d}{d.year % 100:02d}"
        if p.nik[6:12] != nd:
            mism += 1
            if not p.nik_date_differs:
                problems.append(f"unintended NIK/date mismatch {p.id}")
    for hh in reg.households:
        if not nik_structure_ok(hh.kk, kec_codes, kk=True) or hh.kk[:6] != hh.desa.kec6:
            problems.append(f"bad KK {hh.kk}")
        if undot(hh.desa.code) not in desa_codes:
            problems.append(f"unknown desa {hh.desa.code}")
    if mism > 0.01 * len(reg.people):
        problems.append("too many NIK/date mismatches")

    by_id = {p.id: p for p in reg.people}
    for row, truth, labels, _ident, _style in lb.rows:
        if truth and truth not in by_id:
            problems.append(f"row {row['no']}: truth {truth} not in registry")
        if not truth:
            nik = norm_digits(row["nik"])
            if nik in niks and "nik_hits_other_person" not in labels:
                problems.append(f"row {row['no']}: absent row carries a registry NIK")
            continue
        p = by_id[truth]
        hh = p.hh
        expected = {
            "nama": norm_name(p.nama),
            "nik": p.nik,
            "no_kk": hh.kk,
            "jenis_kelamin": p.sex,
            "tanggal_lahir": p.dob,
            "alamat": (norm_place(hh.place), hh.rt, hh.rw),
            "kode_wilayah": undot(hh.desa.code),
        }
        got = {
            "nama": norm_name(row["nama"]),
            "nik": norm_digits(row["nik"]),
            "no_kk": norm_digits(row["no_kk"]),
            "jenis_kelamin": norm_jk(row["jenis_kelamin"]),
            "tanggal_lahir": parse_date(row["tanggal_lahir"]) if row["tanggal_lahir"] else None,
            "alamat": split_alamat(row["alamat"], hh.desa.name),
            "kode_wilayah": norm_digits(row["kode_wilayah"]),
        }
        for fld, prefixes in FIELD_LABELS.items():
            if any(lab.startswith(prefixes) for lab in labels):
                continue
            if got[fld] != expected[fld]:
                problems.append(f"row {row['no']}: unlabelled difference in {fld}: {got[fld]!r} vs {expected[fld]!r}")
    return problems


# ----------------------------------------------------------------------------------------------
# Main
# ----------------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out-dir", type=Path, default=ROOT / "bench/data/independent2")
    ap.add_argument("--registry-rows", type=int, default=100_000)
    ap.add_argument("--list-rows", type=int, default=3000)
    ap.add_argument("--seed", type=int, default=11)
    args = ap.parse_args(argv)

    wil = load_wilayah()
    rng_reg = random.Random(f"independent2-registry-{args.seed}")
    rng_list = random.Random(f"independent2-list-{args.seed}")
    numbers = Numbers(random.Random(f"independent2-numbers-{args.seed}"))

    n_desa = max(2, round(args.registry_rows / 2500))
    covered, leftovers = choose_coverage(rng_reg, wil, n_desa)
    desas = [make_desa(rng_reg, wil, c) for c in covered]
    reg = RegistryBuilder(rng_reg, wil, numbers)
    reg.build(desas, args.registry_rows)

    outside_codes = sorted(rng_list.sample(leftovers, min(2, len(leftovers))))
    outside = [make_desa(rng_list, wil, c) for c in outside_codes]
    lb = ListBuilder(rng_list, reg, desas, outside)
    info = lb.build(args.list_rows)

    problems = self_check(reg, lb, wil)
    if problems:
        for p in problems[:40]:
            print("CHECK:", p, file=sys.stderr)
        print(f"{len(problems)} self-check problems", file=sys.stderr)
        return 1

    out = args.out_dir
    out.mkdir(parents=True, exist_ok=True)
    with open(out / "registry.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(REGISTRY_HEADER)
        w.writerows(reg.rows())
    with open(out / "list.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(LIST_HEADER)
        for row, *_ in lb.rows:
            w.writerow([row[c] for c in LIST_HEADER])
    with open(out / "truth.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["no", "id_individu", "errors"])
        for row, truth, labels, *_ in lb.rows:
            w.writerow([row["no"], truth, ";".join(labels) or "clean"])
    summary = make_summary(args, reg, lb, desas, outside, info)
    (out / "summary.json").write_text(json.dumps(summary, indent=2, sort_keys=True, ensure_ascii=False) + "\n")
    print(
        f"registry {len(reg.people)} rows / {len(reg.households)} households in {len(desas)} desa; "
        f"list {len(lb.rows)} rows ({summary['list']['absent_rows']} absent, "
        f"{summary['list']['duplicate_rows']} duplicates, {summary['list']['clean_rows']} clean) → {out}"
    )
    return 0


def make_summary(args, reg: RegistryBuilder, lb: ListBuilder, desas, outside, info) -> dict:
    n = len(lb.rows)
    labels = Counter(lab for _, _, labs, _, _ in lb.rows for lab in labs)
    reg_rows = [(t, labs) for _, t, labs, _, _ in lb.rows if t]
    by_id = {p.id: p for p in reg.people}
    desil = Counter(by_id[t].hh.desil for t, _ in reg_rows)
    cultures = Counter(p.culture for p in reg.people)
    field_err = {}
    for fld, prefixes in FIELD_LABELS.items():
        field_err[fld] = sum(1 for _, labs in reg_rows if any(lab.startswith(prefixes) for lab in labs))
    styles = Counter()
    seen = set()
    for _, _, _, _, st in lb.rows:
        if id(st) in seen:
            continue
        seen.add(id(st))
        for k in ("name_case", "nik_fmt", "dob_fmt", "jk_fmt", "alamat_fmt", "kode_fmt"):
            styles[f"{k}={getattr(st, k)}"] += 1
        for m in sorted(st.missing):
            styles[f"missing={m}"] += 1
    absent = sum(1 for _, t, *_ in lb.rows if not t)
    return {
        "seed": args.seed,
        "arguments": {"registry_rows": args.registry_rows, "list_rows": args.list_rows},
        "description": (
            "East Java (province 35) social-registry snapshot of whole desa/kelurahan populations organised in "
            "households (desil 1-10), and a poverty-program member list merged from one facilitator sheet per "
            "desa, drawn mostly from desil 1-2 households. About 15% of list rows are people not in the registry "
            "(unregistered households, household members missing from the snapshot, namesakes, people sharing a "
            "registry person's birth date and kecamatan, villages outside the snapshot). Registry people carry "
            "facilitator errors and omissions labelled in truth.csv; formats (case, date styles, NIK spacing, "
            "L/P spellings, address styles, dotted codes) vary by sheet and are not labelled."
        ),
        "registry": {
            "rows": len(reg.people),
            "households": len(reg.households),
            "desa": [d.code for d in desas],
            "kecamatan": sorted({d.code[:8] for d in desas}),
            "nik_date_mismatch_rows": sum(1 for p in reg.people if p.nik_date_differs),
            "desil_households": dict(sorted(Counter(h.desil for h in reg.households).items())),
            "cultures": dict(sorted(cultures.items())),
            "titled_names": sum(1 for p in reg.people if TITLE_RX.search(p.nama)),
        },
        "list": {
            "rows": n,
            "sheets": info["sheets"],
            "outside_snapshot_desa": [d.code for d in outside],
            "absent_rows": absent,
            "absent_share": round(absent / n, 4),
            "duplicate_rows": len(info["duplicate_pairs"]),
            "duplicate_pairs": info["duplicate_pairs"],
            "clean_rows": sum(1 for _, _, labs, _, _ in lb.rows if not labs),
            "registry_rows_clean": sum(1 for _, labs in reg_rows if not labs),
            "registry_rows": len(reg_rows),
            "registry_rows_by_desil": dict(sorted(desil.items())),
            "registry_rows_with_error_in_field": field_err,
            "label_counts": dict(sorted(labels.items())),
            "sheet_styles": dict(sorted(styles.items())),
        },
    }


if __name__ == "__main__":
    sys.exit(main())
