#!/usr/bin/env python3
"""Blind evaluation data for person matching ("pemadanan"): an East Java social-registry snapshot plus a
program member list typed by village facilitators, with the true links and a label per deviation.

    .venv/bin/python bench/independent3/gen.py [--out-dir bench/data/independent3] [--registry-rows 100000]
        [--list-rows 3000] [--seed 23]

Standard library only; region codes come from the installed `lokal` package data. Written without looking at
the project's matcher or its other generators (see README.md next to this file).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import gzip
import importlib.util
import json
import random
import sys
import time
from collections import Counter
from pathlib import Path

sys.dont_write_bytecode = True  # keep the source folder free of __pycache__
sys.path.insert(0, str(Path(__file__).resolve().parent))

from names import TIONGHOA_FAMILIES, person_name  # noqa: E402

SNAPSHOT = dt.date(2025, 10, 31)  # DT-SEN period 2025-11 is cut at the end of October
LAST_BIRTH = dt.date(2025, 10, 30)  # leaves room for a family card issued after the youngest birth
FIRST_BIRTH = dt.date(1930, 1, 1)
EXCEL_EPOCH = dt.date(1899, 12, 30)

REGISTRY_HEADER = [
    "id_individu",
    "id_keluarga",
    "nik",
    "no_kk",
    "nama",
    "jenis_kelamin",
    "tempat_lahir",
    "tanggal_lahir",
    "hubungan_keluarga",
    "alamat",
    "rt",
    "rw",
    "kode_wilayah",
    "desil",
]
LIST_HEADER = ["no", "nama", "nik", "no_kk", "jenis_kelamin", "tanggal_lahir", "alamat", "kode_wilayah"]

# kabupaten, share of registry rows, kecamatan used (in order), naming-culture mix (percent)
COVERAGE = [
    ("35.18", 0.25, ["04", "16", "14", "03", "12"], {"jawa": 78, "santri": 18, "kristen": 3, "tionghoa": 1}),
    (
        "35.09",
        0.28,
        ["08", "27", "29", "09", "06", "28"],
        {"jawa": 40, "madura": 38, "santri": 19, "kristen": 2, "tionghoa": 1},
    ),
    ("35.29", 0.20, ["07", "05", "09", "11"], {"madura": 82, "santri": 17, "tionghoa": 1}),
    ("35.73", 0.10, ["03", "04"], {"jawa": 55, "santri": 17, "kristen": 13, "tionghoa": 10, "madura": 5}),
    ("35.23", 0.17, ["11", "14", "13"], {"jawa": 62, "santri": 36, "kristen": 1, "tionghoa": 1}),
]
ROWS_PER_DESA = 560


def words(text: str) -> list[str]:
    return [w.strip() for w in text.split(",") if w.strip()]


BIG_CITIES = ["SURABAYA", "MALANG", "KEDIRI", "JAKARTA", "SIDOARJO", "MADIUN", "JOMBANG", "BANYUWANGI"]
DUSUN_JAWA = words(
    "KRAJAN, SUMBERSARI, NGEMPLAK, KARANGREJO, SIDOMULYO, KEDUNGREJO, TEGALREJO, NGRAWAN, SUMBERAGUNG, GONDANG,"
    " BANJARSARI, JATIREJO, KEBONSARI, MOJOREJO, SUKOREJO, PUCANGANOM, WONOREJO, NGASEM, DUKUH, KAUMAN, TANJUNG,"
    " SIDOREJO, GEDANGAN, SAWAHAN, BALONG, SEMEN, KARANGANYAR, SUMBEREJO, PATIHAN, BULU"
)
DUSUN_MADURA = words(
    "LAOK, DAJA, TEMOR, BARAT, TENGAH, KRAJAN, SUMBER, TAMBAK, GUNUNG, BATU, POKOK, PANDAN, LEKE, NANGGER, BILIS"
)
STREETS_MALANG = words(
    "MAWAR, MELATI, KENANGA, ANGGREK, KH. HASYIM ASHARI, SULTAN AGUNG, KEBALEN WETAN, MUHARTO, KOLONEL SUGIONO,"
    " JANTI, GADANG, KLAYATAN, S. SUPRIADI, KYAI PARSEH JAYA, RAYA LESANPURO, RAYA KEDUNGKANDANG, SAWOJAJAR,"
    " DANAU TOBA, MERGAN LORI, BANDULAN"
)
RELATIONS = ["Kepala Keluarga", "Istri", "Suami", "Anak", "Menantu", "Cucu", "Orang Tua", "Mertua", "Famili Lain"]
BULAN = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
]
BULAN3 = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]


def wpick(rng, weights: dict):
    keys = list(weights)
    return rng.choices(keys, weights=[weights[k] for k in keys])[0]


def undot(code: str) -> str:
    return code.replace(".", "")


# ------------------------------------------------------------------------------------------------ geography
class Geo:
    def __init__(self):
        spec = importlib.util.find_spec("lokal")
        if spec and spec.origin:
            data = Path(spec.origin).parent / "data"
        else:
            data = Path(__file__).resolve().parents[2] / ".venv/lib/python3.11/site-packages/lokal/data"
        with gzip.open(data / "desa.json.gz", "rt", encoding="utf-8") as f:
            desa = json.load(f)
        with gzip.open(data / "wilayah.json.gz", "rt", encoding="utf-8") as f:
            wil = json.load(f)
        self.desa = {k: v for k, v in sorted(desa.items()) if k.startswith("35.")}
        self.names = {k: v for k, v in sorted(wil.items()) if k.startswith("35")}
        self.kec_desa: dict[str, list[str]] = {}
        for code in self.desa:
            self.kec_desa.setdefault(code[:8], []).append(code)
        self.all_kec = sorted(self.kec_desa)

    def kab_label(self, kab: str) -> str:
        name = self.names[kab]
        for pre in ("Kabupaten ", "Kota "):
            if name.startswith(pre):
                name = name[len(pre) :]
        return name.upper()

    def neighbour(self, code: str, rng) -> str:
        sib = self.kec_desa[code[:8]]
        i = sib.index(code)
        cands = [sib[j] for j in (i - 1, i + 1) if 0 <= j < len(sib)]
        return rng.choice(cands) if cands else code


# ------------------------------------------------------------------------------------------------ numbering
class Numbering:
    """NIK and No. KK serials, one counter per 12-digit prefix shared by both, so no number is reused."""

    def __init__(self, rng):
        self.rng = rng
        self.next: dict[str, int] = {}

    def take(self, prefix: str) -> str:
        n = self.next.get(prefix, 0) + (1 if self.rng.random() < 0.85 else self.rng.randint(2, 4))
        self.next[prefix] = n
        return f"{prefix}{n:04d}"

    def nik(self, kec: str, dob: dt.date, sex: str) -> str:
        day = dob.day + (40 if sex == "P" else 0)
        return self.take(f"{undot(kec)}{day:02d}{dob.month:02d}{dob.year % 100:02d}")

    def kk(self, kec: str, issued: dt.date) -> str:
        return self.take(f"{undot(kec)}{issued.day:02d}{issued.month:02d}{issued.year % 100:02d}")


def rand_date_in_year(rng, year: int) -> dt.date:
    start = max(dt.date(year, 1, 1), FIRST_BIRTH)
    end = min(dt.date(year, 12, 31), LAST_BIRTH)
    return start + dt.timedelta(days=rng.randrange((end - start).days + 1))


def dob_for_age(rng, age: float, placeholder_ok=True) -> dt.date:
    year = max(1930, min(2025, round(SNAPSHOT.year - age)))
    if placeholder_ok and year < 1965 and rng.random() < 0.28:
        # elderly without a known birthday: Dukcapil placeholders
        md = rng.choices([(1, 7), (31, 12), (1, 1), (17, 8)], weights=[45, 30, 20, 5])[0]
        return dt.date(year, md[1], md[0])
    return rand_date_in_year(rng, year)


def date_between(rng, lo: dt.date, hi: dt.date) -> dt.date:
    if hi <= lo:
        return lo
    return lo + dt.timedelta(days=rng.randrange((hi - lo).days + 1))


# ------------------------------------------------------------------------------------------------ registry
class Person:
    __slots__ = (
        "pid",
        "hh",
        "nik",
        "name",
        "sex",
        "dob",
        "role",
        "culture",
        "kec_first",
        "birthplace",
        "order",
    )

    def __init__(self, role, sex, dob, culture, kec_first):
        self.pid = ""
        self.hh = None
        self.nik = ""
        self.name = ""
        self.sex = sex
        self.dob = dob
        self.role = role
        self.culture = culture
        self.kec_first = kec_first
        self.birthplace = ""
        self.order = 0


class Household:
    __slots__ = ("hid", "kk", "desa", "dusun", "street", "alamat", "rt", "rw", "desil", "members", "family", "issued")

    def __init__(self):
        self.hid = ""
        self.kk = ""
        self.desa = ""
        self.dusun = ""
        self.street = ""
        self.alamat = ""
        self.rt = 0
        self.rw = 0
        self.desil = ""
        self.members: list[Person] = []
        self.family = None
        self.issued = None


class RegistryBuilder:
    def __init__(self, rng, geo: Geo, numbering: Numbering):
        self.rng = rng
        self.geo = geo
        self.num = numbering
        self.used_ids: set[str] = set()
        self.desa_info: dict[str, dict] = {}

    def new_id(self, prefix: str, digits: int) -> str:
        while True:
            v = f"{prefix}{self.rng.randrange(10 ** (digits - 1), 10**digits)}"
            if v not in self.used_ids:
                self.used_ids.add(v)
                return v

    # -- villages
    def choose_desa(self, rows: int) -> list[str]:
        total = sum(len(self.geo.kec_desa[f"{kab}.{k}"]) for kab, _, kecs, _ in COVERAGE for k in kecs)
        n = max(10, min(total, round(rows / ROWS_PER_DESA)))
        chosen = []
        for kab, share, kecs, mix in COVERAGE:
            want = max(1, round(share * n))
            pool = [d for k in kecs for d in self.geo.kec_desa[f"{kab}.{k}"]]
            for code in pool[:want]:
                chosen.append(code)
                urban = kab.startswith("35.7")
                madurese = mix.get("madura", 0) > 50
                dus_pool = DUSUN_MADURA if madurese else DUSUN_JAWA
                k = self.rng.randint(3, 6)
                dusun = [self.geo.desa[code].upper()] + self.rng.sample(dus_pool, k - 1)
                self.desa_info[code] = {
                    "kab": kab,
                    "mix": mix,
                    "urban": urban,
                    "dusun": dusun,
                    "rts": [self.rng.randint(3, 9) for _ in dusun],
                    "streets": self.rng.sample(STREETS_MALANG, 6) if urban else [],
                    "weight": self.rng.uniform(0.6, 1.4) * (2.5 if urban else 1.0),
                }
        return chosen

    def other_kec(self, kec: str, same_kab: bool) -> str:
        if same_kab:
            cands = [k for k in self.geo.all_kec if k[:5] == kec[:5] and k != kec]
        else:
            cands = [k for k in self.geo.all_kec if k[:5] != kec[:5]]
        return self.rng.choice(cands)

    def first_kec(self, kec: str, p_local: float, p_same_kab: float) -> str:
        r = self.rng.random()
        if r < p_local:
            return kec
        return self.other_kec(kec, r < p_local + p_same_kab)

    def birthplace(self, kec_first: str) -> str:
        r = self.rng.random()
        if r < 0.8:
            return self.geo.kab_label(kec_first[:5])
        if r < 0.9:
            return self.geo.names[kec_first].upper()
        return self.rng.choice(BIG_CITIES)

    # -- households
    def household(self, desa: str) -> Household:
        rng = self.rng
        info = self.desa_info[desa]
        kec = desa[:8]
        culture = wpick(rng, info["mix"])
        hh = Household()
        hh.desa = desa
        i = rng.randrange(len(info["dusun"]))
        hh.rw = i + 1
        hh.rt = rng.randint(1, info["rts"][i])
        hh.dusun = info["dusun"][i]
        if info["urban"]:
            hh.street = rng.choice(info["streets"])
            gang = f" GG. {rng.randint(1, 9)}" if rng.random() < 0.4 else ""
            hh.alamat = f"JL. {hh.street}{gang} NO. {rng.randint(1, 120)}"
        else:
            hh.alamat = rng.choices([f"DSN {hh.dusun}", f"DUSUN {hh.dusun}", hh.dusun], weights=[70, 20, 10])[0]
        hh.desil = "" if rng.random() < 0.005 else str(rng.choices(range(1, 11), [30, 22, 16, 12, 8, 5, 3, 2, 1, 1])[0])
        if culture == "tionghoa":
            hh.family = rng.choice(TIONGHOA_FAMILIES)
        htype = wpick(
            rng,
            {
                "nuclear": 52,
                "elderly_couple": 8,
                "single_elderly": 10,
                "single_parent": 10,
                "extended_up": 8,
                "extended_down": 9,
                "wife_head": 2,
                "single_young": 1,
            },
        )
        m: list[Person] = []

        def add(role, sex, age, cult=culture, p_local=0.88, p_same=0.08, placeholder=True):
            p = Person(role, sex, dob_for_age(rng, age, placeholder), cult, self.first_kec(kec, p_local, p_same))
            m.append(p)
            return p

        def spouse_culture():
            return culture if rng.random() < 0.9 else wpick(rng, info["mix"])

        def children(mother_age, father, n_max=6, min_age=0.0):
            era_births = SNAPSHOT.year - mother_age
            if era_births < 1960:
                n = rng.choice([2, 3, 4, 5, 6])
            elif era_births < 1980:
                n = rng.choice([1, 2, 2, 3, 3, 4])
            else:
                n = rng.choice([0, 1, 1, 2, 2, 3])
            age_at = rng.uniform(19, 28)
            for order in range(1, min(n, n_max) + 1):
                child_age = mother_age - age_at
                if child_age < min_age:
                    break
                if child_age < 25 or (child_age < 35 and rng.random() < 0.3):
                    ccult = culture
                    p_switch = {"jawa": 0.25, "santri": 0.3, "kristen": 0.2}.get(culture, 0.0)
                    if p_switch and rng.random() < p_switch:  # Javanese/santri naming mixes inside families
                        ccult = "santri" if culture == "jawa" else "jawa"
                    c = add("Anak", rng.choice("LP"), child_age, ccult, 0.97, 0.02, placeholder=False)
                    c.order = order
                    c.name = "?" if father is None else "?" + father.name
                age_at += rng.uniform(1.5, 5.0)
                if age_at > 44:
                    break

        if htype in ("nuclear", "extended_up"):
            hage = rng.triangular(22, 78, 42) if htype == "nuclear" else rng.uniform(25, 52)
            head = add("Kepala Keluarga", "L", hage)
            wage = max(18, hage - rng.triangular(-3, 12, 3))
            add("Istri", "P", wage, spouse_culture(), 0.62, 0.27)
            self.name_all(m, hh)
            children(wage, head)
            if htype == "extended_up":
                own = rng.random() < 0.5
                base, role = (hage, "Orang Tua") if own else (wage, "Mertua")
                pa = base + rng.uniform(20, 35)
                if pa < 95:
                    if rng.random() < 0.35:
                        add(role, "L", min(95, pa + rng.uniform(0, 6)), culture, 0.5, 0.35)
                    add(role, "P", pa, culture, 0.5, 0.35)
        elif htype == "elderly_couple":
            hage = rng.uniform(60, 92)
            add("Kepala Keluarga", "L", hage)
            add("Istri", "P", max(50, hage - rng.triangular(-2, 12, 4)), spouse_culture(), 0.6, 0.3)
        elif htype == "single_elderly":
            add("Kepala Keluarga", "P" if rng.random() < 0.7 else "L", rng.triangular(58, 95, 72))
        elif htype == "single_parent":
            hage = rng.triangular(28, 68, 45)
            add("Kepala Keluarga", "P", hage)
            self.name_all(m, hh)
            children(hage, None)
        elif htype == "wife_head":
            hage = rng.uniform(25, 60)
            add("Kepala Keluarga", "P", hage)
            husband = add("Suami", "L", hage + rng.triangular(-3, 10, 3), spouse_culture(), 0.6, 0.3)
            self.name_all(m, hh)
            children(hage, husband)
        elif htype == "single_young":
            add("Kepala Keluarga", rng.choice("LLP"), rng.uniform(20, 40))
        else:  # extended_down: older couple, a married child with spouse and grandchildren
            hage = rng.uniform(52, 82)
            head = add("Kepala Keluarga", "L", hage)
            wage = max(45, hage - rng.triangular(-2, 10, 3))
            add("Istri", "P", wage, spouse_culture(), 0.6, 0.3)
            self.name_all(m, hh)
            cage = max(19, min(wage - 19, rng.uniform(22, 38)))
            csex = rng.choice("LP")
            child = add("Anak", csex, cage, culture, 0.95, 0.04, placeholder=False)
            child.order = 1
            child.name = "?" + head.name
            inlaw = add("Menantu", "P" if csex == "L" else "L", max(18, cage + rng.uniform(-4, 5)), spouse_culture())
            inlaw.kec_first = self.first_kec(kec, 0.5, 0.35)
            self.name_all(m, hh)
            mother_age = cage if csex == "P" else inlaw_age(inlaw)
            father = child if csex == "L" else inlaw
            for _ in range(rng.choice([1, 1, 2, 2, 3])):
                gage = mother_age - rng.uniform(19, 30)
                if gage < 0:
                    gage = rng.uniform(0, 3)
                g = add("Cucu", rng.choice("LP"), min(gage, 15), culture, 0.97, 0.02, placeholder=False)
                g.name = "?" + father.name
            if rng.random() < 0.3 and wage - 19 > cage + 3:
                c2 = add("Anak", rng.choice("LP"), rng.uniform(cage + 2, min(wage - 19, cage + 12)), culture, 0.97)
                c2.order = 2
                c2.name = "?" + head.name
        if rng.random() < 0.04 and len(m) > 1:
            add("Famili Lain", rng.choice("LP"), rng.uniform(5, 30), culture, 0.6, 0.3, placeholder=False)
        self.name_all(m, hh)
        hh.members = m
        return hh

    def name_all(self, members, hh):
        for p in members:
            if p.name and not p.name.startswith("?"):
                continue
            father = p.name[1:] if p.name.startswith("?") else None
            fam = hh.family
            if p.culture == "tionghoa" and (fam is None or p.role in ("Istri", "Menantu", "Mertua")):
                fam = self.rng.choice(TIONGHOA_FAMILIES)
            p.name = registry_form(self.rng, person_name(self.rng, p.culture, p.sex, p.dob, p.order, father, fam), p)

    def finalize(self, hh: Household):
        """Numbers and dates once the member list is final (it may have been cut to hit the row count)."""
        rng = self.rng
        kec = hh.desa[:8]
        hh.hid = self.new_id("KLG", 9)
        youngest = max(p.dob for p in hh.members)
        lo = youngest + dt.timedelta(days=1)
        if rng.random() < 0.95:
            lo = max(lo, dt.date(2004, 1, 1))
        if rng.random() < 0.5:
            hi = min(SNAPSHOT, lo + dt.timedelta(days=rng.randint(20, 900)))
        else:
            hi = SNAPSHOT
        hh.issued = date_between(rng, min(lo, SNAPSHOT), hi)
        hh.kk = self.num.kk(kec, hh.issued)
        for p in hh.members:
            p.hh = hh
            p.pid = self.new_id("DT", 11)
            p.nik = self.num.nik(p.kec_first, p.dob, p.sex)
            p.birthplace = self.birthplace(p.kec_first)

    def build(self, rows: int):
        desas = self.choose_desa(rows)
        wsum = sum(self.desa_info[d]["weight"] for d in desas)
        households: list[Household] = []
        made = 0
        acc = 0.0
        for i, desa in enumerate(desas):
            acc += self.desa_info[desa]["weight"] / wsum * rows
            target = rows if i == len(desas) - 1 else round(acc)
            while made < target:
                hh = self.household(desa)
                hh.members = hh.members[: target - made]
                made += len(hh.members)
                self.finalize(hh)
                households.append(hh)
        return desas, households


def inlaw_age(p: Person) -> float:
    return (SNAPSHOT - p.dob).days / 365.25


OLD_SPELLING = [("J", "DJ"), ("Y", "J"), ("U", "OE"), ("C", "TJ"), ("KH", "CH")]


def to_old_spelling(name: str) -> str:
    """Van Ophuijsen / Soewandi spelling as kept on many elderly people's documents."""
    s = name.replace("J", "\x01").replace("Y", "J").replace("\x01", "DJ")
    s = s.replace("CH", "\x02").replace("C", "TJ").replace("KH", "CH").replace("\x02", "CH")
    return s.replace("U", "OE")


def to_new_spelling(name: str) -> str:
    """EYD spelling of an old-spelled name; names without an old marker are left alone."""
    if not any(m in name for m in ("OE", "DJ", "TJ")):
        return name
    s = name.replace("DJ", "\x01").replace("TJ", "C").replace("J", "Y").replace("\x01", "J")
    return s.replace("OE", "U")


def registry_form(rng, name: str, p: Person) -> str:
    """How the name sits in the registry: KTP form, a few old spellings and titles for the elderly."""
    y = p.dob.year
    if p.culture in ("jawa", "kristen", "madura") and "'" not in name:
        r = rng.random()
        if (y < 1950 and r < 0.3) or (y < 1965 and r < 0.1) or (y < 1976 and r < 0.03):
            name = to_old_spelling(name)
    age = SNAPSHOT.year - y
    if age >= 45 and p.culture in ("santri", "madura", "jawa") and rng.random() < 0.01:
        name = ("H. " if p.sex == "L" else "HJ. ") + name
    elif 25 <= age <= 60 and rng.random() < 0.003:
        name += rng.choice([", S.PD", ", S.PD.I", ", S.AG"])
    return name


# ------------------------------------------------------------------------------------------------ typing
MUHAMMAD = [
    "MUHAMMAD",
    "MUHAMAD",
    "MOHAMMAD",
    "MOHAMAD",
    "MOCHAMMAD",
    "MOCHAMAD",
    "MOCH.",
    "MOH.",
    "MUH.",
    "M.",
    "MOCH",
]
MUH_W = [20, 10, 8, 5, 6, 6, 14, 10, 4, 14, 3]
ABBREV_GROUPS = [
    (MUHAMMAD, MUH_W),
    (["AHMAD", "ACHMAD", "ACH.", "AHMAT", "ACHMAT"], [40, 25, 20, 8, 7]),
    (["ABDUL", "ABD.", "ABD", "ABDOEL"], [50, 35, 10, 5]),
    (["SITI", "SITTI", "ST."], [55, 20, 25]),
]
PHONETIC = [
    ("KH", "H"),
    ("FATIMAH", "PATIMAH"),
    ("F", "P"),
    ("Z", "J"),
    ("Z", "S"),
    ("SY", "S"),
    ("KY", "KI"),
    ("KI", "KY"),
    ("ZKI", "SKI"),
    ("Q", "K"),
    ("KI", "QI"),
    ("DH", "D"),
    ("TH", "T"),
    ("MM", "M"),
    ("MUHAM", "MUHAMM"),
    ("NN", "N"),
    ("SS", "S"),
    ("LL", "L"),
    ("DD", "D"),
    ("UDIN", "UDDIN"),
    ("IE", "I"),
    ("DY", "DI"),
    ("DI", "DY"),
    ("TIK", "TI"),
    ("UTI ", "UTIK "),
    ("ATI ", "ATIK "),
    ("IYAH", "IAH"),
    ("IAH", "IYAH"),
    ("ROH", "RAH"),
    ("RAH", "ROH"),
    ("SHO", "SO"),
    ("OLEH", "ALEH"),
    ("TOFA", "TAFA"),
    ("TIJ", "DIJ"),
    ("AE", "AI"),
    ("AI", "AE"),
    ("CH", "K"),
    ("PH", "F"),
    ("NUR ", "NURUL "),
    ("NURUL ", "NUR "),
    ("WATI", "WATIK"),
    ("YANI", "YANIK"),
    ("OH", "O"),
    ("IH", "I"),
    ("AH", "A"),
    ("TH", "T"),
    ("AJI", "ADJI"),
    ("Y", "I"),
]
QWERTY = ["QWERTYUIOP", "ASDFGHJKL", "ZXCVBNM"]
NEAR: dict[str, str] = {}
for _r, _row in enumerate(QWERTY):
    for _i, _ch in enumerate(_row):
        near = [_row[j] for j in (_i - 1, _i + 1) if 0 <= j < len(_row)]
        for _rr in (_r - 1, _r + 1):
            if 0 <= _rr < 3 and _i < len(QWERTY[_rr]):
                near.append(QWERTY[_rr][_i])
        NEAR[_ch] = "".join(near)
TITLE_TOKENS = {"H.", "HJ.", "IBU", "BU", "PAK", "BPK.", "NY.", "MBAH", "KH.", "UST."}
SPLIT_PREFIX = ["NUR", "ABDUR", "ABDUL", "SRI", "SITI", "AL", "AZ", "KHOIRUN", "FATHOR", "FATHUR"]


def split_title(name: str):
    core, suffix = name, ""
    if ", " in core:
        core, suffix = core.split(", ", 1)
        suffix = ", " + suffix
    toks = core.split()
    pre = []
    while toks and toks[0] in TITLE_TOKENS and len(toks) > 1:
        pre.append(toks.pop(0))
    return pre, toks, suffix


def join_name(pre, toks, suffix):
    return " ".join(pre + toks) + suffix


def title_case(s: str) -> str:
    out = []
    for w in s.split(" "):
        if "." in w:
            out.append(".".join(p[:1].upper() + p[1:].lower() for p in w.split(".")))
        else:
            out.append(w[:1].upper() + w[1:].lower())
    return " ".join(out)


def typo(rng, s: str) -> str:
    idx = [i for i, c in enumerate(s) if c.isalpha()]
    if len(idx) < 3:
        return s
    for _ in range(10):
        i = rng.choice(idx)
        op = rng.choices(["sub", "del", "dup", "swap"], weights=[40, 25, 15, 20])[0]
        if op == "sub":
            t = s[:i] + rng.choice(NEAR.get(s[i], "A")) + s[i + 1 :]
        elif op == "del":
            t = s[:i] + s[i + 1 :]
        elif op == "dup":
            t = s[:i] + s[i] + s[i:]
        else:
            if i + 1 >= len(s) or not s[i + 1].isalpha() or s[i] == s[i + 1]:
                continue
            t = s[:i] + s[i + 1] + s[i] + s[i + 2 :]
        if t != s:
            return t
    return s


def vary_name(rng, p: Person, ty: dict, labels: list) -> str:
    """Typed name: the facilitator's rendering of the registry (KTP) name."""
    sl = ty["sloppy"]
    pre, toks, suffix = split_title(p.name)
    # registry-side titles are usually dropped; titles are sometimes added
    if (pre or suffix) and rng.random() < 0.7:
        pre, suffix = [], ""
        labels.append("name_title")
    elif rng.random() < 0.03 and SNAPSHOT.year - p.dob.year >= 20:
        age = SNAPSHOT.year - p.dob.year
        old, mid = age >= 60, 23 <= age <= 60
        if p.sex == "L":
            opts = {"H.": 50 if age > 40 else 4, "BPK.": 20, "PAK": 10, "MBAH": 15 * old, ", S.PD": 7 * mid}
        else:
            opts = {"HJ.": 45 if age > 40 else 4, "IBU": 20, "BU": 10, "NY.": 8, "MBAH": 15 * old, ", S.PD": 9 * mid}
        t = wpick(rng, opts)
        if t.startswith(","):
            suffix = t
        else:
            pre = [t]
        labels.append("name_title")
    # abbreviations of Muhammad/Ahmad/Abdul/Siti
    groups = [(i, g) for i, t in enumerate(toks) for g in ABBREV_GROUPS if t in g[0]]
    if groups and rng.random() < 0.3:
        i, (forms, w) = rng.choice(groups)
        choices = [(f, x) for f, x in zip(forms, w, strict=True) if f != toks[i]]
        toks[i] = rng.choices([f for f, _ in choices], weights=[x for _, x in choices])[0]
        labels.append("name_abbrev")
    name = " ".join(toks)
    # spelling era
    modern = to_new_spelling(name)
    if modern != name and p.culture != "tionghoa" and rng.random() < 0.55:
        name = modern
        labels.append("name_old_spelling")
    elif modern == name and p.culture in ("jawa", "kristen") and p.dob.year < 1965 and rng.random() < 0.05:
        old = to_old_spelling(name)
        if old != name:
            name = old
            labels.append("name_old_spelling")
    if rng.random() < 0.07:
        rules = [(a, b) for a, b in PHONETIC if a in name + " "]
        rng.shuffle(rules)
        for a, b in rules[:3]:
            s2 = name + " "
            starts = [i for i in range(len(s2)) if s2.startswith(a, i)]
            i = rng.choice(starts)
            cand = (s2[:i] + b + s2[i + len(a) :]).rstrip()
            if cand != name and "  " not in cand:
                name = cand
                labels.append("name_phonetic")
                break
    toks = name.split()
    if len(toks) >= 2 and rng.random() < 0.035:
        if len(toks) >= 3:
            del toks[rng.choice([1, len(toks) - 1])]
            labels.append("name_drop_token")
        elif toks[0] in ("SITI", "SITTI", "ST.", "MUHAMMAD", "MOCH.", "MOH.", "M.", "ACH.", "AHMAD", "NUR", "SRI"):
            del toks[0]
            labels.append("name_drop_token")
        elif rng.random() < 0.4:
            del toks[1]
            labels.append("name_drop_token")
    if len(toks) >= 2 and rng.random() < 0.01:
        toks = toks[1:] + toks[:1] if rng.random() < 0.5 else [toks[1], toks[0]] + toks[2:]
        labels.append("name_word_order")
    if rng.random() < 0.025:
        splits = [i for i, t in enumerate(toks) for pfx in SPLIT_PREFIX if t.startswith(pfx) and len(t) > len(pfx) + 2]
        if splits and rng.random() < 0.5:
            i = rng.choice(splits)
            pfx = next(x for x in SPLIT_PREFIX if toks[i].startswith(x) and len(toks[i]) > len(x) + 2)
            toks[i : i + 1] = [pfx, toks[i][len(pfx) :]]
            labels.append("name_spacing")
        elif len(toks) >= 2:
            i = rng.randrange(len(toks) - 1)
            if "." not in toks[i]:
                toks[i : i + 2] = [toks[i] + toks[i + 1]]
                labels.append("name_spacing")
    name = " ".join(toks)
    if rng.random() < 0.045 * sl:
        t = typo(rng, name)
        if t != name:
            name = t
            labels.append("name_typo")
    # family context
    if rng.random() < 0.006 and p.hh is not None:
        father = next((q for q in p.hh.members if q.role == "Kepala Keluarga" and q.sex == "L" and q is not p), None)
        if father and p.role in ("Anak", "Istri"):
            fname = split_title(father.name)[1]
            word = "BIN" if p.sex == "L" else "BINTI"
            if p.role == "Istri":  # a wife known by her husband's name ("Bu Sutrisno")
                name = f"{name} ({'BU' if rng.random() < 0.5 else 'NY.'} {' '.join(fname)})"
            else:
                name = f"{name} {word} {' '.join(fname)}"
            labels.append("name_relation")
    elif rng.random() < 0.004:
        short = toks[-1][: max(3, len(toks[-1]) // 2)]
        name = f"{name} ALS. {short}" if rng.random() < 0.5 else f"{name} ({short})"
        labels.append("name_alias")
    name = join_name(pre, name.split(), suffix)
    if rng.random() < 0.03 * sl:
        kind = rng.choice(["double", "trail", "lead", "nospace", "apos"])
        if kind == "double" and " " in name:
            i = rng.choice([i for i, c in enumerate(name) if c == " "])
            name = name[:i] + "  " + name[i + 1 :]
        elif kind == "trail":
            name = name + rng.choice([" ", ".", " ,"])
        elif kind == "lead":
            name = " " + name
        elif kind == "apos" and "'" in name:
            name = name.replace("'", rng.choice(["", "`", "\u2019"]))
        elif ". " in name:
            name = name.replace(". ", ".", 1)  # "Moch.Sholeh"
        else:
            name = name + " "
        labels.append("fmt_name_punct")
    case = ty["case"] if ty["case"] != "mixed" else rng.choice(["upper", "title"])
    if case == "title":
        name = title_case(name)
    elif case == "lower":
        name = name.lower()
    return name


def digit_typo(rng, s: str) -> str:
    i = rng.randrange(len(s))
    return s[:i] + rng.choice([d for d in "0123456789" if d != s[i]]) + s[i + 1 :]


def digit_swap(rng, s: str) -> str:
    idx = [i for i in range(len(s) - 1) if s[i] != s[i + 1]]
    if not idx:
        return digit_typo(rng, s)
    i = rng.choice(idx)
    return s[:i] + s[i + 1] + s[i] + s[i + 2 :]


def digit_length(rng, s: str) -> str:
    i = rng.randrange(len(s))
    return s[:i] + s[i + 1 :] if rng.random() < 0.6 else s[:i] + s[i] + s[i:]


def excel_render(rng, s: str, style: str, labels: list, field: str) -> str:
    """The number as it comes out of the facilitator's spreadsheet."""
    if not s:
        return s
    if style == "sci":
        v = format(int(s), ".5E")
        if rng.random() < 0.3:
            v = v.replace(".", ",")  # Indonesian-locale Excel
        labels.append(f"{field}_excel_sci")
        return v
    if style == "last0":
        if len(s) > 15:
            t = s[:15] + "0" * (len(s) - 15)
            if t != s:
                labels.append(f"{field}_excel_last0")
            return t
        return s
    if style == "apos":
        labels.append(f"fmt_{field}_apostrophe")
        return "'" + s
    if rng.random() < 0.006:
        labels.append(f"fmt_{field}_spaces")
        return " ".join([s[:4], s[4:8], s[8:12], s[12:]]) if rng.random() < 0.5 else f"{s[:6]}.{s[6:12]}.{s[12:]}"
    return s


def type_nik(rng, p: Person, ty: dict, labels: list) -> str:
    sl = ty["sloppy"]
    if rng.random() < ty["nik_missing"]:
        labels.append("nik_missing")
        return ""
    nik = p.nik
    r = rng.random()
    others = [q for q in p.hh.members if q is not p] if p.hh else []
    if r < 0.03 * sl:
        nik = digit_typo(rng, nik)
        labels.append("nik_typo")
    elif r < 0.045 * sl:
        nik = digit_swap(rng, nik)
        labels.append("nik_transpose")
    elif r < 0.055 * sl:
        nik = digit_length(rng, nik)
        labels.append("nik_length")
    elif r < 0.055 * sl + 0.02 and p.hh is not None:
        nik = p.hh.kk
        labels.append("nik_is_kk")
    elif r < 0.055 * sl + 0.032 and others:
        nik = rng.choice(others).nik
        labels.append("nik_family_member")
    style = ty["nik_style"]
    if style == "text" and rng.random() < 0.008:
        style = rng.choice(["sci", "last0"])  # one pasted cell that became a number
    return excel_render(rng, nik, style, labels, "nik")


def type_kk(rng, p: Person, ty: dict, labels: list, stale_kk) -> str:
    sl = ty["sloppy"]
    if not ty["kk_filled"] or rng.random() < 0.06 or p.hh is None:
        labels.append("kk_missing")
        return ""
    kk = p.hh.kk
    r = rng.random()
    if r < 0.025 * sl:
        kk = digit_typo(rng, kk)
        labels.append("kk_typo")
    elif r < 0.035 * sl:
        kk = digit_swap(rng, kk)
        labels.append("kk_transpose")
    elif r < 0.035 * sl + 0.02:
        kk = p.nik
        labels.append("kk_is_nik")
    elif r < 0.035 * sl + 0.04:
        kk = stale_kk(p.hh)
        labels.append("kk_old")
    style = ty["kk_style"]
    if style == "text" and rng.random() < 0.008:
        style = rng.choice(["sci", "last0"])
    return excel_render(rng, kk, style, labels, "kk")


SEX_WORDS = {
    "LP": ("L", "P"),
    "word": ("Laki-laki", "Perempuan"),
    "WORD": ("LAKI-LAKI", "PEREMPUAN"),
    "LKPR": ("Lk", "Pr"),
    "LKPR2": ("LK", "PR"),
    "pria": ("Pria", "Wanita"),
    "code": ("1", "2"),
}


def type_sex(rng, p: Person, ty: dict, labels: list) -> str:
    if ty["sex_style"] == "blank" or rng.random() < 0.025:
        labels.append("sex_missing")
        return ""
    sex = p.sex
    if rng.random() < 0.005:
        sex = "P" if sex == "L" else "L"
        labels.append("sex_wrong")
    style = ty["sex_style"]
    if style in ("word", "WORD", "LKPR", "LKPR2", "pria"):
        labels.append("fmt_sex_word")
    elif style == "code":
        labels.append("fmt_sex_code")
    return SEX_WORDS[style][0 if sex == "L" else 1]


def fmt_date(d_: int, m_: int, y_: int, style: str) -> str:
    if style == "dmy_dash":
        return f"{d_:02d}-{m_:02d}-{y_}"
    if style == "dmy_slash":
        return f"{d_:02d}/{m_:02d}/{y_}"
    if style == "iso":
        return f"{y_}-{m_:02d}-{d_:02d}"
    if style == "dmy_short":
        return f"{d_}/{m_}/{y_}"
    if style == "dot":
        return f"{d_:02d}.{m_:02d}.{y_}"
    if style == "text":
        return f"{d_} {BULAN[m_ - 1]} {y_}"
    if style == "text_abbr":
        return f"{d_:02d}-{BULAN3[m_ - 1]}-{y_}"
    if style == "dmy_2y":
        return f"{d_:02d}-{m_:02d}-{y_ % 100:02d}"
    raise ValueError(style)


def type_dob(rng, p: Person, ty: dict, labels: list) -> str:
    sl = ty["sloppy"]
    if rng.random() < ty["dob_missing"]:
        labels.append("dob_missing")
        return ""
    d = p.dob
    day, mon, year = d.day, d.month, d.year
    r = rng.random()
    if r < 0.02:
        labels.append("dob_year_only")
        return str(year)
    if r < 0.023:
        labels.append("dob_age_only")
        age = SNAPSHOT.year - year - (1 if (mon, day) > (SNAPSHOT.month, SNAPSHOT.day) else 0)
        return rng.choice([f"{age} th", f"{age} tahun", str(age)])
    swapped = False
    if r < 0.023 + 0.012 * sl:
        if day <= 12 and day != mon:
            day, mon = mon, day
            swapped = True
            labels.append("dob_day_month_swapped")
    elif r < 0.04 + 0.015 * sl:
        flipped = year - year % 100 + (year % 10) * 10 + (year // 10) % 10
        if flipped != year and flipped <= SNAPSHOT.year and rng.random() < 0.5:
            year = flipped
        else:
            year += -1 if year >= SNAPSHOT.year or rng.random() < 0.5 else 1
        labels.append("dob_year_typo")
    elif r < 0.04 + 0.03 * sl:
        day = max(1, min(28, day + rng.choice([-2, -1, 1, 2, 10, -10])))
        if day != d.day:
            labels.append("dob_day_typo")
    style = ty["dob_style"]
    if style == "us_excel" and not swapped:
        # a dd/mm date typed into a US-locale sheet: ambiguous ones became m/d dates, the rest stayed text
        if day <= 12 and day != mon:
            day, mon = mon, day
            labels.append("dob_day_month_swapped")
            style = ty["us_render"]
        else:
            style = "dmy_slash"
    elif style == "us_excel":
        style = "dmy_slash"
    if style == "serial" or rng.random() < 0.004:
        try:
            serial = (dt.date(year, mon, day) - EXCEL_EPOCH).days
            labels.append("fmt_dob_excel_serial")
            return str(serial)
        except ValueError:
            style = "dmy_dash" if style == "serial" else style
    out = fmt_date(day, mon, year, "dmy_dash" if style in ("place", "serial") else style)
    if style in ("text", "text_abbr"):
        labels.append("fmt_dob_text_month")
    elif style == "dmy_2y":
        labels.append("fmt_dob_2digit_year")
    if style == "place" or rng.random() < 0.015:
        place = title_case(p.birthplace) if ty["case"] != "upper" else p.birthplace
        out = f"{place}, {out}"
        labels.append("fmt_dob_with_place")
    return out


def type_address(rng, p: Person, hh: Household, geo: Geo, ty: dict, labels: list) -> str:
    style = ty["addr_style"]
    if style == "blank" or rng.random() < 0.06:
        labels.append("addr_missing")
        return ""
    desa = title_case(geo.desa[hh.desa])
    kec = title_case(geo.names[hh.desa[:8]])
    dus = title_case(hh.dusun)
    rt, rw = hh.rt, hh.rw
    if hh.street:
        no = hh.alamat.rsplit(" ", 1)[-1]
        st = title_case(hh.street)
        out = rng.choice(
            [
                f"Jl. {st} No. {no} RT {rt:02d} RW {rw:02d}",
                f"Jl {st} {no} RT.{rt:03d}/RW.{rw:03d} Kel. {desa}",
                f"{st} {no}",
                f"Jl. {st} No.{no}, {desa}",
            ]
        )
    elif style == "dusun_rtrw":
        out = f"Dsn. {dus} RT {rt:03d} RW {rw:03d}"
    elif style == "rtrw_desa":
        out = f"RT {rt:02d}/RW {rw:02d} Ds. {desa}"
    elif style == "full":
        out = f"Dusun {dus} RT.{rt} RW.{rw} Desa {desa} Kec. {kec}"
    elif style == "short":
        out = f"{dus} {rt}/{rw}"
    else:
        out = f"{hh.alamat} RT {rt} RW {rw}"
    return out.upper() if ty["case"] == "upper" else out


def type_region(rng, hh: Household, geo: Geo, ty: dict, labels: list) -> str:
    style = ty["region_style"]
    if style == "mixed":
        style = rng.choice(["desa10", "desa_dotted", "kec6"])
    if style == "blank" or rng.random() < 0.03:
        labels.append("region_missing")
        return ""
    code = hh.desa
    if rng.random() < 0.025 and style in ("desa10", "desa_dotted", "name"):
        nb = geo.neighbour(code, rng)
        if nb != code:
            code = nb
            labels.append("region_neighbour_desa")
    if style == "desa10":
        return undot(code)
    if style == "desa_dotted":
        labels.append("fmt_region_dotted")
        return code
    if style in ("kec6", "kec_dotted"):
        labels.append("region_kecamatan_only")
        return undot(code[:8]) if style == "kec6" else code[:8]
    if style in ("kab4", "kab_dotted"):
        labels.append("region_kabupaten_only")
        return undot(code[:5]) if style == "kab4" else code[:5]
    labels.append("region_as_name")
    name = geo.desa[code]
    return name.upper() if ty["case"] == "upper" else name


def make_typist(rng) -> dict:
    nik_style = wpick(rng, {"text": 74, "apos": 12, "last0": 8, "sci": 6})
    kk_style = nik_style if rng.random() < 0.7 else wpick(rng, {"text": 74, "apos": 12, "last0": 8, "sci": 6})
    return {
        "sloppy": rng.choice([0.5, 0.8, 1.0, 1.0, 1.0, 1.3, 1.8, 2.5]),
        "case": wpick(rng, {"upper": 45, "title": 46, "lower": 3, "mixed": 6}),
        "nik_style": nik_style,
        "kk_style": kk_style,
        "nik_missing": rng.choice([0.02, 0.03, 0.04, 0.05, 0.06, 0.25]),
        "kk_filled": rng.random() < 0.68,
        "sex_style": wpick(
            rng, {"LP": 52, "word": 10, "WORD": 8, "LKPR": 6, "LKPR2": 6, "pria": 5, "code": 3, "blank": 5}
        ),
        "dob_style": wpick(
            rng,
            {
                "dmy_dash": 30,
                "dmy_slash": 22,
                "iso": 10,
                "dmy_short": 8,
                "dot": 4,
                "text": 7,
                "text_abbr": 3,
                "dmy_2y": 4,
                "us_excel": 5,
                "serial": 2,
                "place": 5,
            },
        ),
        "us_render": rng.choice(["dmy_dash", "dmy_slash", "iso"]),
        "dob_missing": rng.choice([0.02, 0.03, 0.04, 0.05, 0.2]),
        "addr_style": wpick(rng, {"dusun_rtrw": 28, "rtrw_desa": 20, "full": 14, "short": 12, "copy": 14, "blank": 12}),
        "region_style": wpick(
            rng,
            {
                "desa10": 45,
                "desa_dotted": 20,
                "kec6": 6,
                "kec_dotted": 3,
                "kab4": 5,
                "kab_dotted": 2,
                "blank": 8,
                "name": 4,
                "mixed": 7,
            },
        ),
        "sort_by_name": rng.random() < 0.2,
    }


def type_row(rng, p: Person, hh: Household, geo: Geo, ty: dict, stale_kk) -> tuple[dict, list]:
    labels: list[str] = []
    row = {
        "nama": vary_name(rng, p, ty, labels),
        "nik": type_nik(rng, p, ty, labels),
        "no_kk": type_kk(rng, p, ty, labels, stale_kk),
        "jenis_kelamin": type_sex(rng, p, ty, labels),
        "tanggal_lahir": type_dob(rng, p, ty, labels),
        "alamat": type_address(rng, p, hh, geo, ty, labels),
        "kode_wilayah": type_region(rng, hh, geo, ty, labels),
    }
    return row, labels


# ------------------------------------------------------------------------------------------------ the list
class ListBuilder:
    def __init__(self, rng, geo: Geo, reg: RegistryBuilder, desas, households):
        self.rng = rng
        self.geo = geo
        self.reg = reg
        self.num = reg.num
        self.desas = desas
        self.by_desa: dict[str, list[Household]] = {}
        for hh in households:
            self.by_desa.setdefault(hh.desa, []).append(hh)
        covered_kec = sorted({d[:8] for d in desas})
        covered_kab = sorted({d[:5] for d in desas})
        self.outside = [
            d for k in geo.all_kec if k not in covered_kec and k[:5] in covered_kab for d in geo.kec_desa[k]
        ]
        self.outside_far = [d for k in geo.all_kec if k[:5] not in covered_kab for d in geo.kec_desa[k]]

    def stale_kk(self, hh: Household) -> str:
        head = hh.members[0]
        lo = max(dt.date(1995, 1, 1), head.dob + dt.timedelta(days=int(365.25 * 18)))
        hi = hh.issued - dt.timedelta(days=30)
        if hi <= lo:
            hi = lo + dt.timedelta(days=400)
        return self.num.kk(hh.desa[:8], date_between(self.rng, lo, min(hi, SNAPSHOT)))

    def pick_people(self, desa: str, k: int) -> list[Person]:
        rng = self.rng
        keyed = []
        for hh in self.by_desa[desa]:
            for p in hh.members:
                age = (SNAPSHOT - p.dob).days / 365.25
                w = {"Kepala Keluarga": 3.0, "Istri": 2.0}.get(p.role, 0.3)
                if age >= 60:
                    w += 1.5
                elif 6 <= age <= 18:
                    w += 0.5
                keyed.append((rng.random() ** (1.0 / w), p))
        keyed.sort(key=lambda t: -t[0])
        return [p for _, p in keyed[:k]]

    # -- people who are not in the registry
    def new_person(self, desa: str, sex: str, age: float, culture: str, name: str | None = None, dob=None) -> Person:
        rng = self.rng
        kec = desa[:8]
        p = Person("Kepala Keluarga", sex, dob or dob_for_age(rng, age), culture, self.reg.first_kec(kec, 0.85, 0.1))
        fam = rng.choice(TIONGHOA_FAMILIES) if culture == "tionghoa" else None
        p.name = name or registry_form(rng, person_name(rng, culture, sex, p.dob, 0, None, fam), p)
        p.nik = self.num.nik(p.kec_first, p.dob, sex)
        p.birthplace = self.reg.birthplace(p.kec_first)
        p.pid = ""
        return p

    def new_household(self, desa: str, p: Person) -> Household:
        rng = self.rng
        hh = Household()
        hh.desa = desa
        info = self.reg.desa_info.get(desa)
        if info:
            i = rng.randrange(len(info["dusun"]))
            hh.dusun, hh.rw, hh.rt = info["dusun"][i], i + 1, rng.randint(1, info["rts"][i])
            if info["urban"]:
                hh.street = rng.choice(info["streets"])
                hh.alamat = f"JL. {hh.street} NO. {rng.randint(1, 120)}"
            else:
                hh.alamat = f"DSN {hh.dusun}"
        else:
            hh.dusun = rng.choice(DUSUN_JAWA)
            hh.rw, hh.rt = rng.randint(1, 5), rng.randint(1, 8)
            hh.alamat = f"DSN {hh.dusun}"
        hh.issued = date_between(rng, max(p.dob + dt.timedelta(days=1), dt.date(2006, 1, 1)), SNAPSHOT)
        hh.kk = self.num.kk(desa[:8], hh.issued)
        hh.members = [p]
        p.hh = hh
        return hh

    def nonreg(self, desa: str, kind: str) -> tuple[Person, Household]:
        rng = self.rng
        hhs = self.by_desa[desa]
        mix = self.reg.desa_info[desa]["mix"]
        if kind in ("nonreg_namesake", "nonreg_namesake_same_dob"):
            counts = Counter(p.name for hh in hhs for p in hh.members)
            people = [p for hh in hhs for p in hh.members if (SNAPSHOT - p.dob).days > 365 * 17]
            weights = [counts[p.name] ** 1.5 for p in people]
            src = rng.choices(people, weights=weights)[0]
            if kind == "nonreg_namesake_same_dob":
                p = self.new_person(desa, src.sex, 0, src.culture, src.name, dob=src.dob)
            else:
                age = (SNAPSHOT - src.dob).days / 365.25
                new_age = max(18, min(92, age + rng.choice([-1, 1]) * rng.uniform(1, 20)))
                p = self.new_person(desa, src.sex, new_age, src.culture, src.name)
            return p, self.new_household(desa, p)
        if kind in ("nonreg_household_member", "nonreg_twin"):
            if kind == "nonreg_twin":
                kids = [q for hh in hhs for q in hh.members if q.role in ("Anak", "Cucu") and q.dob.year >= 1995]
                if kids:
                    src = rng.choice(kids)
                    hh = src.hh
                    sex = rng.choice("LP")
                    toks = split_title(src.name)[1]
                    other = person_name(rng, src.culture, sex, src.dob, 0, None, hh.family).split()
                    if len(toks) >= 2:
                        tw = toks[:-1] + [other[-1]] if rng.random() < 0.5 else [other[0]] + toks[1:]
                    else:
                        tw = other
                    if tw == toks:
                        tw = other + ["PUTRA" if sex == "L" else "PUTRI"]
                    p = Person("Anak", sex, src.dob, src.culture, src.kec_first)
                    p.name = " ".join(tw)
                    p.nik = self.num.nik(src.kec_first, src.dob, sex)
                    p.birthplace = src.birthplace
                    p.hh = hh
                    return p, hh
            hh = rng.choice(hhs)
            head = hh.members[0]
            r = rng.random()
            if r < 0.4:  # a baby born after the last update
                age, role, sex = rng.uniform(0.05, 1.5), "Anak", rng.choice("LP")
            elif r < 0.7:  # a new spouse / in-law
                age, role = rng.uniform(19, 35), "Menantu"
                sex = rng.choice("LP")
            else:  # an adult child or relative never enrolled
                age, role, sex = rng.uniform(17, 40), "Anak", rng.choice("LP")
            dob = dob_for_age(rng, age, False)
            if dob <= head.dob:
                dob = date_between(rng, head.dob + dt.timedelta(days=365 * 17), LAST_BIRTH)
            p = Person(
                role,
                sex,
                dob,
                head.culture,
                hh.desa[:8] if role == "Anak" else self.reg.first_kec(hh.desa[:8], 0.5, 0.3),
            )
            p.name = registry_form(
                rng, person_name(rng, p.culture, sex, dob, 0, head.name if role == "Anak" else None, hh.family), p
            )
            p.nik = self.num.nik(p.kec_first, dob, sex)
            p.birthplace = self.reg.birthplace(p.kec_first)
            p.hh = hh
            return p, hh
        if kind == "nonreg_outside_area":
            pool = self.outside if (self.outside and rng.random() < 0.7) else self.outside_far
            odesa = rng.choice(pool)
            p = self.new_person(odesa, rng.choice("LP"), rng.triangular(20, 85, 45), wpick(rng, mix))
            return p, self.new_household(odesa, p)
        # nonreg_local: an unrelated, unregistered neighbour
        p = self.new_person(desa, rng.choice("LLP"), rng.triangular(18, 90, 45), wpick(rng, mix))
        return p, self.new_household(desa, p)

    def build(self, n_rows: int):
        rng = self.rng
        n_dup = round(n_rows * 0.01) if n_rows >= 100 else 0
        n_non = round(n_rows * 0.15)
        n_reg = n_rows - n_non - n_dup
        pop = sum(len(hh.members) for d in self.desas for hh in self.by_desa[d]) / len(self.desas)
        k = max(3, round(n_rows / 60), -(-n_reg // max(1, int(0.3 * pop))))
        k = min(len(self.desas), k)
        chosen = sorted(rng.sample(self.desas, k))
        sizes = [len(self.by_desa[d]) * rng.uniform(0.5, 1.5) for d in chosen]
        tot = sum(sizes)

        def alloc(total):
            out, acc = [], 0.0
            for i, s in enumerate(sizes):
                acc += s / tot * total
                out.append(round(acc) - sum(out) if i < len(sizes) - 1 else total - sum(out))
            return out

        reg_q, non_q = alloc(n_reg), alloc(n_non)
        kec_typist: dict[str, dict] = {}
        blocks = []
        for desa, qr, qn in zip(chosen, reg_q, non_q, strict=True):
            kec = desa[:8]
            if rng.random() < 0.5:  # the kecamatan office types for several villages
                if kec not in kec_typist:
                    kec_typist[kec] = make_typist(rng)
                ty = kec_typist[kec]
            else:
                ty = make_typist(rng)
            entries = []
            for p in self.pick_people(desa, qr):
                entries.append((p, p.hh, []))
            kinds = {
                "nonreg_namesake": 35,
                "nonreg_namesake_same_dob": 4,
                "nonreg_household_member": 18,
                "nonreg_twin": 3,
                "nonreg_local": 30,
                "nonreg_outside_area": 10,
            }
            for _ in range(qn):
                kind = wpick(rng, kinds)
                p, hh = self.nonreg(desa, kind)
                entries.append((p, hh, [kind]))
            rows = []
            for p, hh, pre in entries:
                row, labels = type_row(rng, p, hh, self.geo, ty, self.stale_kk)
                rows.append([row, p, pre + labels, ty])
            rng.shuffle(rows)
            if ty["sort_by_name"]:
                rows.sort(key=lambda r: r[0]["nama"].strip().upper())
            blocks.append(rows)
        # duplicates: the same registry person entered twice (copy-paste or retyped in another block)
        dups = 0
        flat_reg = [(bi, ri) for bi, b in enumerate(blocks) for ri, r in enumerate(b) if r[1].pid]
        picked = sorted(rng.sample(flat_reg, min(n_dup, len(flat_reg))))
        for bi, (row, p, labels, ty) in [(bi, blocks[bi][ri]) for bi, ri in picked]:
            if rng.random() < 0.5:
                new = [dict(row), p, ["duplicate_row"] + labels, ty]
                tb = bi
            else:
                tb = rng.randrange(len(blocks)) if rng.random() < 0.5 else bi
                ty2 = blocks[tb][0][3]
                r2, l2 = type_row(rng, p, p.hh, self.geo, ty2, self.stale_kk)
                new = [r2, p, ["duplicate_row"] + l2, ty2]
            blocks[tb].insert(rng.randrange(len(blocks[tb]) + 1), new)
            dups += 1
        out = []
        for b in blocks:
            out.extend(b)
        return out, chosen, dups


# ------------------------------------------------------------------------------------------------ main
def write_csv(path: Path, header: list, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out-dir", default="bench/data/independent3")
    ap.add_argument("--registry-rows", type=int, default=100000)
    ap.add_argument("--list-rows", type=int, default=3000)
    ap.add_argument("--seed", type=int, default=23)
    a = ap.parse_args(argv)
    t0 = time.monotonic()
    rng = random.Random(a.seed)  # noqa: S311 - synthetic data, not security
    geo = Geo()
    reg = RegistryBuilder(rng, geo, Numbering(rng))
    desas, households = reg.build(a.registry_rows)
    lb = ListBuilder(rng, geo, reg, desas, households)
    rows, list_desas, n_dup = lb.build(a.list_rows)
    if len(rows) != a.list_rows:
        sys.exit(f"only {len(rows)} list rows fit in a registry of {a.registry_rows}; use a larger --registry-rows")

    out = Path(a.out_dir)
    out.mkdir(parents=True, exist_ok=True)
    reg_rows = []
    for hh in households:
        for p in hh.members:
            reg_rows.append(
                [
                    p.pid,
                    hh.hid,
                    p.nik,
                    hh.kk,
                    p.name,
                    p.sex,
                    p.birthplace,
                    p.dob.isoformat(),
                    p.role,
                    hh.alamat,
                    str(hh.rt),
                    str(hh.rw),
                    undot(hh.desa),
                    hh.desil,
                ]
            )
    # integrity checks
    niks = [r[2] for r in reg_rows]
    kks = sorted({hh.kk for hh in households})
    assert len(reg_rows) == a.registry_rows, len(reg_rows)
    assert len(set(niks)) == len(niks), "duplicate NIK"
    assert len(kks) == len(households), "duplicate KK"
    assert not set(niks) & set(kks), "NIK equals a KK"
    assert all(len(x) == 16 and x.isdigit() for x in niks + kks)
    assert all(r[8] in RELATIONS for r in reg_rows)
    for hh in households:
        assert max(p.dob for p in hh.members) < hh.issued <= SNAPSHOT
    write_csv(out / "registry.csv", REGISTRY_HEADER, reg_rows)

    list_rows, truth_rows, label_counts = [], [], Counter()
    for i, (row, p, labels, _ty) in enumerate(rows, 1):
        list_rows.append([str(i)] + [row[c] for c in LIST_HEADER[1:]])
        truth_rows.append([str(i), p.pid, ";".join(labels) if labels else "clean"])
        label_counts.update(labels or ["clean"])
    write_csv(out / "list.csv", LIST_HEADER, list_rows)
    write_csv(out / "truth.csv", ["no", "id_individu", "errors"], truth_rows)

    ids = {r[0] for r in reg_rows}
    assert all(t[1] in ids for t in truth_rows if t[1])
    n_in = sum(1 for t in truth_rows if t[1])
    name_desa = Counter((r[4], r[12]) for r in reg_rows)
    kab_used = sorted({d[:5] for d in desas})
    summary = {
        "generator": "bench/independent3/gen.py",
        "seed": a.seed,
        "registry_rows": len(reg_rows),
        "registry_households": len(households),
        "registry_desa": len(desas),
        "list_rows": len(list_rows),
        "list_rows_in_registry": n_in,
        "list_rows_not_in_registry": len(list_rows) - n_in,
        "list_share_not_in_registry": round((len(list_rows) - n_in) / max(1, len(list_rows)), 4),
        "list_duplicate_rows": n_dup,
        "list_desa": len(list_desas),
        "kabupaten": [{"code": undot(k), "name": geo.names[k]} for k in kab_used],
        "kecamatan": [{"code": undot(k), "name": geo.names[k]} for k in sorted({d[:8] for d in desas})],
        "registry_names_distinct": len({r[4] for r in reg_rows}),
        "registry_name_groups_recurring_in_desa": sum(1 for v in name_desa.values() if v > 1),
        "registry_share_with_namesake_in_desa": round(
            sum(v for v in name_desa.values() if v > 1) / max(1, len(reg_rows)), 4
        ),
        "registry_top_names": [
            [n, c] for n, c in sorted(Counter(r[4] for r in reg_rows).items(), key=lambda t: (-t[1], t[0]))[:15]
        ],
        "label_counts": dict(sorted(label_counts.items())),
        "list_rows_format_only": sum(
            1 for t in truth_rows if t[2] != "clean" and all(x.startswith("fmt_") for x in t[2].split(";"))
        ),
        "description": (
            "DT-SEN-like snapshot of East Java households (NIK/KK built from real kecamatan codes) and a program "
            "member list typed per village by facilitators with their own spreadsheet habits; ~15% of list rows "
            "are people not in the registry (namesakes, unregistered household members, neighbours, outsiders). "
            "truth.csv gives the registry id (empty if none) and the labels of every deviation applied."
        ),
    }
    with open(out / "summary.json", "w", encoding="utf-8") as f:
        json.dump(summary, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(
        f"registry {len(reg_rows)} rows / {len(households)} households / {len(desas)} desa; "
        f"list {len(list_rows)} rows ({len(list_rows) - n_in} not in registry, {n_dup} duplicates) "
        f"-> {out} in {time.monotonic() - t0:.1f}s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
