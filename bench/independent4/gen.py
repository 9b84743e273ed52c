"""Blind evaluation data generator (independent4) for person matching.

Writes a synthetic East Java social-registry snapshot (``registry.csv``), a
program member list typed by village facilitators (``list.csv``), the ground
truth (``truth.csv``) and ``summary.json``.  Standard library only; the region
codes come from the installed ``lokal`` package data.  See README.md.

    .venv/bin/python bench/independent4/gen.py [--out-dir DIR]
        [--registry-rows 100000] [--list-rows 3000] [--seed 31]
"""

import argparse
import csv
import gzip
import importlib.util
import json
import math
import os
import random
import re
import sys
from collections import Counter
from datetime import date, timedelta

from names import (
    ABD_ABBR,
    ABD_FULL,
    ACH_ABBR,
    ACH_FULL,
    BULAN,
    BULAN_PENDEK,
    DUSUN_JAWA,
    DUSUN_MADURA,
    JALAN_KOTA,
    KRISTEN_FIRST,
    MUH_ABBR,
    MUH_FULL,
    PERUM,
    POOLS,
    SITI_ABBR,
    SITI_FULL,
)

END = date(2025, 10, 31)  # last possible birth / KK issue date
LIST_YEAR = 2025
EXCEL_EPOCH = date(1899, 12, 30)

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
LIST_HEADER = [
    "no",
    "nama",
    "nik",
    "no_kk",
    "jenis_kelamin",
    "tanggal_lahir",
    "alamat",
    "kode_wilayah",
]

# Kabupaten/kota used: (code, share of registry desa, culture mix, setting)
KABS = [
    ("35.02", 0.17, {"jawa": 1.0}, "rural"),  # Ponorogo
    ("35.22", 0.21, {"jawa": 1.0}, "rural"),  # Bojonegoro
    ("35.13", 0.19, {"madura": 0.65, "jawa": 0.35}, "rural"),  # Probolinggo
    ("35.26", 0.16, {"madura": 1.0}, "rural"),  # Bangkalan
    ("35.15", 0.15, {"jawa": 0.86, "madura": 0.09, "kristen": 0.05}, "semi"),  # Sidoarjo
    ("35.78", 0.12, {"jawa": 0.66, "madura": 0.27, "kristen": 0.07}, "urban"),  # Surabaya
]
PEOPLE_PER_DESA = 850

# ---------------------------------------------------------------------------
# Error model (row-level probabilities for registry people).  README.md quotes
# these numbers; operator-level styles are in OP_STYLES below.
# ---------------------------------------------------------------------------
RATES = {
    # names (independent draws)
    "name_variant": 0.10,
    "name_old_spelling_modernise": 0.60,  # when the registry name is in old spelling
    "name_old_spelling_archaise": 0.04,  # born < 1975, name has U/J/C/Y
    "name_abbrev": 0.07,
    "name_dropped_word": 0.035,
    "name_spacing": 0.025,
    "name_typo": 0.05,
    "name_title": 0.035,
    "name_bin": 0.012,
    "name_alias": 0.006,
    "name_order": 0.004,
    "name_teknonym_madura": 0.03,
    "name_teknonym_other": 0.004,
    # NIK (one primary error at most, then the sheet's Excel damage)
    "nik_missing": 0.045,
    "nik_is_kk": 0.02,
    "nik_relative": 0.012,
    "nik_old": 0.008,
    "nik_typo": 0.03,
    "nik_transposed": 0.012,
    "nik_length": 0.01,
    # No. KK
    "kk_is_nik": 0.02,
    "kk_old": 0.04,
    "kk_other_household": 0.01,
    "kk_typo": 0.02,
    "kk_transposed": 0.006,
    # birth date
    "dob_missing": 0.04,
    "dob_year_only": 0.012,
    "dob_different": 0.015,
    "dob_placeholder": 0.008,
    "dob_typo": 0.02,
    "dob_dm_swapped": 0.008,  # by hand, besides US-locale sheets
    "dob_nik_day40": 0.004,  # women only: day read off the NIK (+40)
    # sex
    "sex_missing": 0.03,
    "sex_flipped": 0.008,
    # region code
    "region_missing": 0.02,
    "region_neighbour": 0.025,
    "region_typo": 0.008,
    "region_moved": 0.012,
    # address
    "alamat_missing": 0.03,
    "alamat_different": 0.03,
}
NONREG_SHARE = (0.14, 0.16)
DUP_REG_SHARE = 0.012
DUP_NONREG_SHARE = 0.002
NONREG_TYPES = [
    ("nonreg_namesake", 0.33),
    ("nonreg_household_member", 0.15),
    ("nonreg_similar_name", 0.12),
    ("nonreg_fresh", 0.32),
    ("nonreg_moved_in", 0.08),
]

# operator (sheet) styles: name -> [(value, weight)]
OP_STYLES = {
    "name_case": [("upper", 0.55), ("title", 0.35), ("mixed", 0.07), ("lower", 0.03)],
    "date": [
        ("dmy_slash", 0.32),
        ("dmy_dash", 0.18),
        ("iso", 0.14),
        ("text_id", 0.08),
        ("dmy_2y", 0.07),
        ("us_locale", 0.07),
        ("excel_serial", 0.06),
        ("with_place", 0.04),
        ("dmy_dot", 0.04),
    ],
    "digits": [
        ("text", 0.665),
        ("apostrophe", 0.12),
        ("spaced", 0.035),
        ("trunc", 0.07),
        ("mixed_trunc", 0.06),
        ("sci", 0.015),
        ("mixed_sci", 0.035),
    ],
    "kk": [("full", 0.77), ("sparse", 0.15), ("none", 0.08)],
    "nik_fill": [("full", 0.94), ("sparse", 0.06)],
    "sex": [("LP", 0.60), ("words", 0.22), ("LKPR", 0.08), ("numeric", 0.05), ("absent", 0.05)],
    "region": [
        ("desa", 0.54),
        ("desa_dotted", 0.12),
        ("kec", 0.14),
        ("kec_dotted", 0.04),
        ("kab", 0.05),
        ("blank", 0.08),
        ("name", 0.03),
    ],
    "alamat": [
        ("dusun_rt_rw", 0.42),
        ("rt_rw_only", 0.12),
        ("full", 0.20),
        ("desa_name", 0.14),
        ("blank", 0.12),
    ],
}

MUH_ALL = set(MUH_FULL) | set(MUH_ABBR)
PREFIX_WORDS = (
    MUH_ALL
    | set(ACH_FULL)
    | set(ACH_ABBR)
    | set(ABD_FULL)
    | set(ABD_ABBR)
    | set(SITI_FULL)
    | {"NUR", "NURUL", "SRI", "UMMI", "DWI", "TRI", "EKA", "H.", "HJ."}
)


# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------
class Weighted:
    """Pre-computed cumulative weights for rng.choices."""

    def __init__(self, items, weights=None, zipf=None):
        self.items = list(items)
        if weights is None:
            weights = [1.0 / (i + 2.0) ** zipf for i in range(len(self.items))]
        acc, cum = 0.0, []
        for w in weights:
            acc += w
            cum.append(acc)
        self.cum = cum

    def pick(self, rng):
        return rng.choices(self.items, cum_weights=self.cum)[0]


def wpick(rng, pairs):
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs])[0]


def rand_date(rng, lo, hi):
    if hi < lo:
        hi = lo
    return lo + timedelta(days=rng.randint(0, (hi - lo).days))


def clamp_year(y, lo=1930, hi=2025):
    return max(lo, min(hi, y))


def age_on(dob, ref=END):
    return ref.year - dob.year - ((ref.month, ref.day) < (dob.month, dob.day))


def lokal_dir():
    spec = importlib.util.find_spec("lokal")
    if spec and spec.origin:
        return os.path.join(os.path.dirname(spec.origin), "data")
    return os.path.join(
        os.path.dirname(__file__),
        "..",
        "..",
        ".venv",
        "lib",
        "python3.11",
        "site-packages",
        "lokal",
        "data",
    )


def load_regions():
    base = lokal_dir()
    with gzip.open(os.path.join(base, "desa.json.gz"), "rt", encoding="utf-8") as fh:
        desa = json.load(fh)
    with gzip.open(os.path.join(base, "wilayah.json.gz"), "rt", encoding="utf-8") as fh:
        wil = json.load(fh)
    desa35 = {k: v for k, v in desa.items() if k.startswith("35.")}
    wil35 = {k: v for k, v in wil.items() if k.startswith("35")}
    return desa35, wil35


def short_kab(name):
    for p in ("Kabupaten ", "Kota "):
        if name.startswith(p):
            return name[len(p) :]
    return name


# ---------------------------------------------------------------------------
# generator
# ---------------------------------------------------------------------------
class Gen:
    def __init__(self, seed, registry_rows, list_rows):
        self.rng = random.Random(seed)  # noqa: S311 - reproducible test data, not crypto
        self.seed = seed
        self.registry_rows = registry_rows
        self.list_rows = list_rows
        self.desa_all, self.wil = load_regions()
        self.kec_desas = {}
        for code in self.desa_all:  # file order, then sorted below
            self.kec_desas.setdefault(code[:8], []).append(code)
        for k in self.kec_desas:
            self.kec_desas[k].sort()
        self.kab_kecs = {}
        for k in sorted(self.kec_desas):
            self.kab_kecs.setdefault(k[:5], []).append(k)
        self.all_kecs = sorted(self.kec_desas)
        self.nik_serial = {}
        self.kk_serial = {}
        self.all_niks = set()
        self.all_kks = set()
        self.pools = {}
        for cult, table in POOLS.items():
            for key, spec in table.items():
                self.pools[(cult, key)] = (
                    Weighted(spec["first"], zipf=0.85),
                    Weighted(spec["second"], zipf=0.7),
                    spec["shape"],
                )
        self.kristen = {k: Weighted(v, zipf=0.6) for k, v in KRISTEN_FIRST.items()}

    # ------------------------------------------------------------ numbers
    def alloc_nik(self, kec6, dob, sex):
        rng = self.rng
        dd = dob.day + (40 if sex == "P" else 0)
        key = f"{kec6}{dd:02d}{dob.month:02d}{dob.year % 100:02d}"
        cur = self.nik_serial.get(key, 0)
        cur += 1 if rng.random() < 0.6 else rng.randint(2, 5)
        self.nik_serial[key] = cur
        nik = f"{key}{cur:04d}"
        self.all_niks.add(nik)
        return nik

    def alloc_kk(self, kec6, issued):
        rng = self.rng
        key = f"{kec6}{issued.day:02d}{issued.month:02d}{issued.year % 100:02d}"
        cur = self.kk_serial.get(key, 0)
        cur += 1 if rng.random() < 0.5 else rng.randint(2, 6)
        self.kk_serial[key] = cur
        kk = f"{key}{cur:04d}"
        self.all_kks.add(kk)
        return kk

    def kk_issue_date(self, youngest):
        """A KK is re-issued after every change, so usually soon after the
        youngest member's birth; households without young children mostly
        hold a card from the SIAK era (2005 onwards)."""
        rng = self.rng
        lo = min(youngest + timedelta(days=7), END)
        if youngest.year >= 2005:
            d = lo + timedelta(days=int(rng.expovariate(1 / 900.0)))
            return d if d <= END else rand_date(rng, lo, END)
        if rng.random() < 0.85:
            return rand_date(rng, max(lo, date(2005, 1, 1)), END)
        return rand_date(rng, max(lo, date(1998, 1, 1)), date(2004, 12, 31))

    # ------------------------------------------------------------ regions
    def desa_name(self, code10dotted):
        return self.desa_all[code10dotted]

    def kec_name(self, kec8):
        return self.wil.get(kec8, "")

    def kab_name(self, kab5):
        return self.wil.get(kab5, "")

    def choose_desas(self):
        rng = self.rng
        n_desa = max(len(KABS), round(self.registry_rows / PEOPLE_PER_DESA))
        desas = []
        for kab, share, cult, setting in KABS:
            n_k = max(1, round(n_desa * share))
            kecs = self.kab_kecs[kab]
            n_kec = max(1, min(len(kecs), math.ceil(n_k / 6)))
            chosen = sorted(rng.sample(kecs, n_kec))
            left = n_k
            for i, kec in enumerate(chosen):
                want = left // (n_kec - i) if i < n_kec - 1 else left
                pool = self.kec_desas[kec]
                take = min(want, len(pool))
                start = rng.randrange(len(pool) - take + 1)
                for code in pool[start : start + take]:
                    desas.append(self.make_desa(code, kab, cult, setting))
                left -= take
            if left > 0:  # very small kecamatan: top up from any other one
                others = [k for k in kecs if k not in chosen]
                for kec in others:
                    for code in self.kec_desas[kec]:
                        if left <= 0:
                            break
                        desas.append(self.make_desa(code, kab, cult, setting))
                        left -= 1
                    if left <= 0:
                        break
        return desas

    def make_desa(self, code, kab, cult, setting):
        rng = self.rng
        d = {
            "dotted": code,
            "code": code.replace(".", ""),
            "name": self.desa_all[code],
            "kec8": code[:8],
            "kec6": code[:8].replace(".", ""),
            "kab5": kab,
            "culture": cult,
            "setting": setting,
            "weight": math.exp(rng.gauss(0, 0.35)) * (1.6 if setting == "urban" else 1.0),
        }
        madura = cult.get("madura", 0) > 0.5
        if setting == "urban":
            streets = rng.sample(JALAN_KOTA, rng.randint(3, 6))
            rws = list(range(1, rng.randint(4, 12) + 1))
            d["units"] = [(s, rng.choice(rws)) for s in streets]
            d["rt_per_rw"] = {rw: rng.randint(3, 10) for rw in rws}
        else:
            pool = DUSUN_MADURA if madura else DUSUN_JAWA
            n = rng.randint(2, 6)
            names = []
            if not madura and rng.random() < 0.8:
                names.append("KRAJAN")
            for nm in rng.sample(pool, n + 2):
                if len(names) >= n:
                    break
                if nm not in names:
                    names.append(nm)
            d["units"] = [(nm, i + 1) for i, nm in enumerate(names)]
            d["rt_per_rw"] = {i + 1: rng.randint(2, 6) for i in range(len(names))}
        d["rt_continuous"] = rng.random() < 0.5
        # registry's own address format in this kabupaten
        d["reg_fmt"] = {
            "35.02": "DUSUN {u}",
            "35.22": "DSN. {u}",
            "35.13": "DUSUN {u}",
            "35.26": "DSN {u}",
            "35.15": "DSN. {u}",
            "35.78": "JL. {u}",
        }[kab]
        return d

    def make_address(self, desa):
        rng = self.rng
        unit, rw = rng.choice(desa["units"])
        rt = rng.randint(1, desa["rt_per_rw"][rw])
        if desa["rt_continuous"] and desa["setting"] != "urban":
            rt += sum(desa["rt_per_rw"][r] for r in desa["rt_per_rw"] if r < rw)
        a = {"unit": unit, "rt": rt, "rw": rw, "extra": ""}
        if desa["setting"] == "urban":
            if rng.random() < 0.6:
                a["extra"] = f"GG. {rng.randint(1, 12)} NO. {rng.randint(1, 80)}"
            else:
                a["extra"] = f"NO. {rng.randint(1, 150)}"
        elif desa["setting"] == "semi" and rng.random() < 0.15:
            a["perum"] = f"{rng.choice(PERUM)} BLOK {rng.choice('ABCDEFGH')}-{rng.randint(1, 30)}"
        return a

    def registry_alamat(self, desa, a):
        if a.get("perum"):
            return a["perum"]
        s = desa["reg_fmt"].format(u=a["unit"])
        if a["extra"]:
            s += " " + a["extra"]
        return s

    def origin_kec(self, desa, p_same, p_kab):
        rng = self.rng
        r = rng.random()
        if r < p_same:
            return desa["kec6"], desa["kab5"]
        if r < p_same + p_kab:
            kec = rng.choice(self.kab_kecs[desa["kab5"]])
        else:
            kec = rng.choice(self.all_kecs)
        return kec.replace(".", ""), kec[:5]

    # ------------------------------------------------------------ names
    def era(self, year):
        if year < 1960:
            return "old"
        if year < 1985:
            return "mid"
        if year < 2005:
            return "young"
        return "kid"

    def make_name(self, culture, sex, year, father=None):
        rng = self.rng
        era = self.era(year)
        if culture == "kristen":
            first = self.kristen[(sex, era)].pick(rng)
            _, second, _ = self.pools[("jawa", (sex, era))]
            toks = [first]
            for _ in range(1 if rng.random() < 0.7 else 2):
                s = second.pick(rng)
                if s not in toks:
                    toks.append(s)
            return " ".join(toks)
        first_w, second_w, shape = self.pools[(culture, (sex, era))]
        first = first_w.pick(rng)
        n = rng.choices((1, 2, 3), weights=shape)[0]
        if first.endswith("+"):
            first = first[:-1]
            n = max(n, 2)
        toks = first.split(" ")
        tries = 0
        while len(toks) < n and tries < 6:
            tries += 1
            s = second_w.pick(rng)
            if s not in toks and s != first:
                toks.extend(s.split(" "))
        if father and era in ("kid", "young") and culture == "jawa" and rng.random() < 0.08 and len(toks) < 3:
            ft = [t for t in father.split(" ") if t not in PREFIX_WORDS]
            if ft and ft[0] not in toks:
                toks.append(ft[0])
        name = " ".join(toks)
        if era == "old" and culture == "jawa" and rng.random() < 0.1:
            name = archaise(name)
        return name

    # ------------------------------------------------------------ people
    def rand_dob(self, year):
        rng = self.rng
        year = clamp_year(year)
        if year < 1960:
            ph = 0.30
        elif year < 1975:
            ph = 0.12
        elif year < 1990:
            ph = 0.04
        else:
            ph = 0.005
        if rng.random() < ph:
            m, d = rng.choices([(1, 1), (12, 31), (7, 1), (8, 17)], weights=[5, 3, 2, 1])[0]
            dob = date(year, m, d)
        else:
            dob = date(year, 1, 1) + timedelta(days=rng.randint(0, 364))
            if dob.year != year:
                dob = date(year, 12, 30)
        if dob > END - timedelta(days=14):  # leave room for a KK issued after the birth
            dob = rand_date(rng, date(END.year, 1, 1), END - timedelta(days=14))
        return dob

    def person(self, desa, culture, rel, sex, year, p_same=0.85, p_kab=0.1, father=None):
        dob = self.rand_dob(year)
        name = self.make_name(culture, sex, dob.year, father)
        kec6, kab5 = self.origin_kec(desa, p_same, p_kab)
        return {
            "rel": rel,
            "sex": sex,
            "dob": dob,
            "name": name,
            "kec6": kec6,
            "kab5": kab5,
            "culture": culture,
        }

    def household(self, desa):
        rng = self.rng
        culture = wpick(rng, list(desa["culture"].items()))
        madura = culture == "madura"
        htype = wpick(
            rng,
            [
                ("couple_kids", 0.42),
                ("couple_old", 0.12),
                ("three_gen", 0.12),
                ("widow", 0.14),
                ("single_parent", 0.07),
                ("with_parent", 0.07),
                ("widower", 0.03),
                ("single_young", 0.02),
                ("female_head", 0.01),
            ],
        )
        mem = []

        def add(rel, sex, year, p_same=0.85, p_kab=0.1, father=None):
            p = self.person(desa, culture, rel, sex, year, p_same, p_kab, father)
            mem.append(p)
            return p

        def kids(mother_year, father_name, k, rel="Anak", max_age=None, min_gap=2):
            first_age = rng.randint(16, 25) if madura else rng.randint(18, 30)
            y = mother_year + first_age
            out = []
            for _ in range(k):
                if y > END.year:
                    break
                if max_age is None or END.year - y <= max_age:
                    sex = rng.choice("LP")
                    p = add(rel, sex, y, 0.97, 0.02, father_name)
                    out.append(p)
                    if rng.random() < 0.01:  # twins
                        t = add(rel, rng.choice("LP"), y, 0.97, 0.02, father_name)
                        t["dob"] = p["dob"]
                        out.append(t)
                y += rng.randint(min_gap, 7)
            return out

        def spouse_year(head_year, wife_younger=True):
            gap = int(round(rng.gauss(4, 3.5)))
            gap = max(-3, min(14, gap))
            return clamp_year(head_year + gap if wife_younger else head_year - gap)

        nkids = lambda: rng.choices([1, 2, 3, 4, 5], weights=[28, 36, 22, 9, 3])[0]  # noqa: E731

        if htype in ("couple_kids", "with_parent"):
            hy = int(rng.triangular(1960, 2001, 1984))
            head = add("Kepala Keluarga", "L", hy)
            wy = spouse_year(hy)
            add("Istri", "P", wy, 0.65, 0.22)
            kids(wy, head["name"], nkids(), max_age=26)
            if htype == "with_parent":
                if rng.random() < 0.5:
                    py, rel, ps, pk = hy - rng.randint(20, 36), "Orang Tua", 0.9, 0.08
                else:
                    py, rel, ps, pk = wy - rng.randint(19, 35), "Mertua", 0.6, 0.3
                if py >= 1930:
                    add(rel, rng.choice("PPL"), py, ps, pk)
        elif htype == "couple_old":
            hy = int(rng.triangular(1935, 1972, 1955))
            head = add("Kepala Keluarga", "L", hy)
            wy = spouse_year(hy)
            add("Istri", "P", wy, 0.65, 0.22)
            if rng.random() < 0.4:
                kids(wy, head["name"], 1 + (rng.random() < 0.3), max_age=45, min_gap=5)
            if rng.random() < 0.25:
                for _ in range(rng.randint(1, 2)):
                    add("Cucu", rng.choice("LP"), rng.randint(2005, 2022), 0.95, 0.04)
        elif htype == "three_gen":
            hy = int(rng.triangular(1940, 1978, 1958))
            head = add("Kepala Keluarga", "L", hy)
            wy = spouse_year(hy)
            if rng.random() < 0.8:
                add("Istri", "P", wy, 0.65, 0.22)
            cy = clamp_year(wy + rng.randint(18, 28), hi=2003)
            csex = rng.choice("LP")
            child = add("Anak", csex, cy, 0.97, 0.02, head["name"])
            my = spouse_year(cy, wife_younger=(csex == "L"))
            menantu = add("Menantu", "P" if csex == "L" else "L", my, 0.55, 0.25)
            father = child["name"] if csex == "L" else menantu["name"]
            mother_year = my if csex == "L" else cy
            kids(mother_year, father, rng.choice([1, 1, 2, 2, 3]), rel="Cucu")
            if rng.random() < 0.4:
                kids(wy + 10, head["name"], 1, max_age=30)
        elif htype == "widow":
            hy = int(rng.triangular(1930, 1978, 1948))
            head = add("Kepala Keluarga", "P", hy, 0.7, 0.2)
            r = rng.random()
            if r < 0.25:
                kids(hy + 5, None, 1, max_age=50, min_gap=4)
            elif r < 0.45:
                for _ in range(rng.randint(1, 2)):
                    add("Cucu", rng.choice("LP"), rng.randint(2003, 2022), 0.95, 0.04)
        elif htype == "single_parent":
            hy = int(rng.triangular(1968, 2000, 1985))
            add("Kepala Keluarga", "P", hy, 0.75, 0.18)
            kids(hy, None, rng.choice([1, 1, 2, 2, 3]), max_age=25)
        elif htype == "widower":
            hy = int(rng.triangular(1932, 1972, 1950))
            head = add("Kepala Keluarga", "L", hy)
            if rng.random() < 0.4:
                kids(hy + 4, head["name"], 1, max_age=50)
        elif htype == "single_young":
            add("Kepala Keluarga", rng.choice("LLP"), rng.randint(1980, 2004))
        else:  # female head with a husband registered as Suami
            hy = int(rng.triangular(1965, 1998, 1982))
            add("Kepala Keluarga", "P", hy)
            husband = add("Suami", "L", hy - rng.randint(0, 8), 0.6, 0.25)
            kids(hy, husband["name"], nkids(), max_age=25)
        if rng.random() < 0.03:
            add("Famili Lain", rng.choice("LP"), rng.randint(1975, 2015), 0.5, 0.3)
        return mem, culture

    # ------------------------------------------------------------ registry
    def build_registry(self):
        rng = self.rng
        desas = self.choose_desas()
        self.desas = desas
        total_w = sum(d["weight"] for d in desas)
        targets = [max(20, round(self.registry_rows * d["weight"] / total_w)) for d in desas]
        diff = self.registry_rows - sum(targets)
        i = 0
        while diff != 0:
            step = 1 if diff > 0 else -1
            if targets[i % len(targets)] + step >= 20:
                targets[i % len(targets)] += step
                diff -= step
            i += 1
        households = []
        persons = []
        for desa, target in zip(desas, targets, strict=True):
            n = 0
            while n < target:
                mem, culture = self.household(desa)
                if n + len(mem) > target:
                    keep = max(1, target - n)
                    mem = mem[:keep]
                desil = ""
                if rng.random() > 0.004:
                    desil = rng.choices(range(1, 11), weights=[24, 20, 16, 12, 9, 7, 5, 3, 2, 2])[0]
                addr = self.make_address(desa)
                youngest = max(p["dob"] for p in mem)
                issued = self.kk_issue_date(youngest)
                hh = {
                    "desa": desa,
                    "members": mem,
                    "culture": culture,
                    "desil": desil,
                    "addr": addr,
                    "alamat": self.registry_alamat(desa, addr),
                    "kk": self.alloc_kk(desa["kec6"], issued),
                    "kk_issued": issued,
                }
                households.append(hh)
                for p in mem:
                    p["hh"] = hh
                    p["nik"] = self.alloc_nik(p["kec6"], p["dob"], p["sex"])
                    if rng.random() < 0.2 and p["dob"].year < 1985:
                        p["place"] = self.kec_name(p["kec6"][:2] + "." + p["kec6"][2:4] + "." + p["kec6"][4:6])
                    else:
                        p["place"] = short_kab(self.kab_name(p["kab5"]))
                    p["place"] = (p["place"] or "JAWA TIMUR").upper()
                    persons.append(p)
                n += len(mem)
        ids = rng.sample(range(100_000_000, 1_000_000_000), len(persons))
        hids = rng.sample(range(10_000_000, 100_000_000), len(households))
        for p, i in zip(persons, ids, strict=True):
            p["id"] = str(i)
        for h, i in zip(households, hids, strict=True):
            h["id"] = "KLG" + str(i)
        self.households = households
        self.persons = persons

    def write_registry(self, path):
        with open(path, "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh, lineterminator="\n")
            w.writerow(REGISTRY_HEADER)
            for p in self.persons:
                h = p["hh"]
                w.writerow(
                    [
                        p["id"],
                        h["id"],
                        p["nik"],
                        h["kk"],
                        p["name"],
                        p["sex"],
                        p["place"],
                        p["dob"].isoformat(),
                        p["rel"],
                        h["alamat"],
                        h["addr"]["rt"],
                        h["addr"]["rw"],
                        h["desa"]["code"],
                        h["desil"],
                    ]
                )

    # ------------------------------------------------------------ list
    def make_operator(self, desas):
        rng = self.rng
        return {
            "desas": desas,
            "pad": rng.random() < 0.7,
            "us_iso": rng.random() < 0.5,
            "sex_words_case": rng.choice(["title", "upper"]),
            "alamat_fmt": rng.randint(0, 2),
            "mixed_share": rng.uniform(0.35, 0.7),
        }

    def assign_styles(self, ops, sizes):
        """Give every sheet one value per style dimension.  A sheet is drawn
        like a ball from an urn holding each value's target number of rows
        (OP_STYLES weight x list size) minus the rows already given to it
        (values with less than half the sheet's rows left are skipped), so
        sheets stay internally uniform while the row shares across the whole
        list land near the targets instead of swinging with a few big sheets."""
        rng = self.rng
        total = sum(sizes)
        order = list(range(len(ops)))
        for key, pairs in OP_STYLES.items():
            used = Counter()
            rng.shuffle(order)
            for i in order:
                left = [(v, w * total - used[v]) for v, w in pairs]
                fits = [(v, r) for v, r in left if r >= 0.5 * sizes[i]]
                if fits:
                    v = rng.choices([f[0] for f in fits], weights=[f[1] for f in fits])[0]
                else:
                    v = max(left, key=lambda t: t[1])[0]
                ops[i][key] = v
                used[v] += sizes[i]

    def eligible_weight(self, p):
        a = age_on(p["dob"])
        if a < 18 or a > 70:
            return 0.0
        rel_w = {
            "Kepala Keluarga": 1.0,
            "Istri": 0.9,
            "Suami": 0.5,
            "Anak": 0.35,
            "Menantu": 0.4,
        }.get(p["rel"], 0.15)
        d = p["hh"]["desil"]
        des_w = {1: 1, 2: 1, 3: 0.9, 4: 0.7, 5: 0.45, 6: 0.3, 7: 0.15, 8: 0.1}.get(d, 0.05)
        if d == "":
            des_w = 0.5
        return rel_w * des_w

    def pick_members(self, desa_people, k):
        rng = self.rng
        keyed = []
        for p in desa_people:
            w = self.eligible_weight(p)
            if w > 0:
                keyed.append((rng.random() ** (1.0 / w), p))
        keyed.sort(key=lambda t: -t[0])
        out, used = [], Counter()
        for _, p in keyed:
            if len(out) >= k:
                break
            hid = p["hh"]["id"]
            if used[hid] and rng.random() > 0.1:
                continue
            used[hid] += 1
            out.append(p)
        return out

    def build_list(self):
        rng = self.rng
        N = self.list_rows
        n_non = round(N * rng.uniform(*NONREG_SHARE))
        n_dup_non = min(round(N * DUP_NONREG_SHARE), max(0, n_non - 1))
        n_dup_reg = round(N * DUP_REG_SHARE)
        n_reg = N - n_non - n_dup_reg
        n_non_unique = n_non - n_dup_non

        n_prog = min(len(self.desas), max(2, round(N / 40)))
        prog = sorted(rng.sample(range(len(self.desas)), n_prog))
        prog_desas = [self.desas[i] for i in prog]
        by_kec = {}
        for d in prog_desas:
            by_kec.setdefault(d["kec8"], []).append(d)
        ops = []
        for kec in sorted(by_kec):
            group = by_kec[kec]
            i = 0
            while i < len(group):
                size = rng.randint(1, 4)
                ops.append(self.make_operator(group[i : i + size]))
                i += size
        people_by_desa = {}
        for p in self.persons:
            people_by_desa.setdefault(p["hh"]["desa"]["code"], []).append(p)
        hh_by_desa = {}
        for h in self.households:
            hh_by_desa.setdefault(h["desa"]["code"], []).append(h)
        self.people_by_desa = people_by_desa
        self.hh_by_desa = hh_by_desa

        # quotas per program desa proportional to eligible people
        elig = [sum(1 for p in people_by_desa[d["code"]] if self.eligible_weight(p) > 0) for d in prog_desas]
        shares = [e * rng.uniform(0.5, 1.5) for e in elig]
        tot = sum(shares)
        reg_q = [int(n_reg * s / tot) for s in shares]
        non_q = [int(n_non_unique * s / tot) for s in shares]
        for q, n in ((reg_q, n_reg), (non_q, n_non_unique)):
            i = 0
            while sum(q) < n:
                q[rng.randrange(len(q))] += 1
                i += 1
        desa_op = {}
        for oi, op in enumerate(ops):
            for d in op["desas"]:
                desa_op[d["code"]] = oi
        blocks = [[] for _ in ops]  # items: (kind, person, nonreg_type)
        chosen_ids = set()
        shortfall = 0
        for d, q in zip(prog_desas, reg_q, strict=True):
            got = self.pick_members(people_by_desa[d["code"]], q)
            shortfall += q - len(got)
            for p in got:
                chosen_ids.add(p["id"])
                blocks[desa_op[d["code"]]].append(("reg", p, None))
        if shortfall:  # tiny desa: fill from others
            for d in prog_desas:
                if shortfall <= 0:
                    break
                extra = [
                    p
                    for p in self.pick_members(people_by_desa[d["code"]], len(people_by_desa[d["code"]]))
                    if p["id"] not in chosen_ids
                ]
                for p in extra[:shortfall]:
                    chosen_ids.add(p["id"])
                    blocks[desa_op[d["code"]]].append(("reg", p, None))
                    shortfall -= 1
        for d, q in zip(prog_desas, non_q, strict=True):
            for _ in range(q):
                t = wpick(rng, NONREG_TYPES)
                np_ = self.make_nonreg(d, t)
                blocks[desa_op[d["code"]]].append(("non", np_, t))
        for b in blocks:
            rng.shuffle(b)
        self.assign_styles(ops, [len(b) for b in blocks])
        # duplicates
        reg_items = [(bi, it) for bi, b in enumerate(blocks) for it in b if it[0] == "reg"]
        non_items = [(bi, it) for bi, b in enumerate(blocks) for it in b if it[0] == "non"]
        for pool, k in ((reg_items, n_dup_reg), (non_items, n_dup_non)):
            if not pool:
                continue
            for bi, it in rng.sample(pool, min(k, len(pool))):
                if rng.random() < 0.5 or len(ops) == 1:
                    target = bi
                else:
                    same_kab = [
                        j for j, o in enumerate(ops) if o["desas"][0]["kab5"] == ops[bi]["desas"][0]["kab5"] and j != bi
                    ]
                    target = rng.choice(same_kab) if same_kab else bi
                pos = rng.randint(0, len(blocks[target]))
                blocks[target].insert(pos, it)
        # render
        rows, truth = [], []
        first_no = {}
        dup_pairs = []
        no = 0
        for op, b in zip(ops, blocks, strict=True):
            for it in b:
                no += 1
                kind, p = it[0], it[1]
                fields, labels = self.render(p, op, kind == "non")
                if kind == "non":
                    labels = ["not_in_registry", it[2]] + labels
                key = id(p)
                if key in first_no:
                    dup_pairs.append([first_no[key], no])
                else:
                    first_no[key] = no
                rows.append([str(no)] + fields)
                truth.append([str(no), p["id"] if kind == "reg" else "", ";".join(labels) or "clean"])
        # "duplicate" goes on the later row of each pair
        dup_rows = {b for _, b in dup_pairs}
        for t in truth:
            if int(t[0]) in dup_rows:
                labs = [x for x in t[2].split(";") if x != "clean"]
                t[2] = ";".join(labs + ["duplicate"])
        self.ops = ops
        self.op_sizes = [len(b) for b in blocks]
        self.id_kab = {p["id"]: p["hh"]["desa"]["kab5"] for p in self.persons}
        self.dup_pairs = dup_pairs
        self.list_rows_out = rows
        self.truth = truth
        self.prog_desas = prog_desas

    # ------------------------------------------------------------ non-registry people
    def make_nonreg(self, desa, t):
        rng = self.rng
        people = [p for p in self.people_by_desa[desa["code"]] if 18 <= age_on(p["dob"]) <= 70]
        hh_list = self.hh_by_desa[desa["code"]]
        culture = wpick(rng, list(desa["culture"].items()))
        year = int(rng.triangular(1956, 2006, 1982))
        sex = rng.choice("LLPPP")
        base = None
        hh = None
        p_same = 0.85
        name = None
        if t == "nonreg_namesake" and people:
            base = rng.choice(people)
            sex, culture = base["sex"], base["culture"]
            name = base["name"]
            if rng.random() < 0.25:
                name = self.name_variant(name.split(" ")) or name
            if rng.random() < 0.4:
                year = base["dob"].year + rng.randint(-8, 8)
        elif t == "nonreg_similar_name" and people:
            base = rng.choice(people)
            sex, culture = base["sex"], base["culture"]
            year = base["dob"].year + rng.randint(-1, 1)
            name = self.similar_name(base)
        elif t == "nonreg_household_member" and hh_list:
            hh = rng.choice(hh_list)
            culture = hh["culture"]
            year = rng.randint(1975, 2006)
            p_same = 0.5
        elif t == "nonreg_moved_in":
            p_same = 0.0
        year = max(1956, min(2006, year))
        dob = self.rand_dob(year)
        if name is None:
            father = hh["members"][0]["name"] if hh else None
            name = self.make_name(culture, sex, dob.year, father)
        kec6, kab5 = self.origin_kec(desa, p_same, 0.6 if p_same == 0 else 0.1)
        if t == "nonreg_moved_in" and kec6 == desa["kec6"]:
            kec6 = rng.choice([k for k in self.kab_kecs[desa["kab5"]] if k[:8] != desa["kec8"]])
            kec6 = kec6.replace(".", "")
        nik = self.alloc_nik(kec6, dob, sex)
        if hh is not None:
            addr = hh["addr"]
            kk = hh["kk"]
            members = hh["members"]
        else:
            addr = self.make_address(desa)
            # own (unregistered) household: card issued some time after adulthood
            lo = max(dob + timedelta(days=365 * 17), date(2005, 1, 1))
            kk = self.alloc_kk(desa["kec6"], rand_date(rng, min(lo, END), END))
            members = None
        return {
            "id": "",
            "name": name,
            "sex": sex,
            "dob": dob,
            "nik": nik,
            "kk": kk,
            "desa": desa,
            "addr": addr,
            "culture": culture,
            "members": members,
            "rel": "",
            "place": short_kab(self.kab_name(kab5)).upper(),
        }

    def similar_name(self, base):
        rng = self.rng
        toks = base["name"].split(" ")
        era = self.era(base["dob"].year)
        cult = base["culture"] if base["culture"] in POOLS else "jawa"
        first_w, second_w, _ = self.pools[(cult, (base["sex"], era))]
        for _ in range(10):
            new = list(toks)
            if len(new) >= 2:
                new[-1] = second_w.pick(rng)
            else:
                cand = first_w.pick(rng).rstrip("+")
                if cand[:2] != toks[0][:2] and rng.random() < 0.7:
                    continue
                new = [cand]
            s = " ".join(new)
            if s != base["name"]:
                return s
        return base["name"] + (" NUR" if base["sex"] == "P" else " SAPUTRA")

    # ------------------------------------------------------------ rendering
    def render(self, p, op, nonreg):
        rng = self.rng
        labels = []
        R = RATES
        if nonreg:
            desa, addr, members, kk_true = p["desa"], p["addr"], p["members"], p["kk"]
        else:
            h = p["hh"]
            desa, addr, members, kk_true = h["desa"], h["addr"], h["members"], h["kk"]

        # ---- name
        name = self.render_name(p, members, labels)
        name = apply_case(name, op["name_case"], rng)
        if rng.random() < 0.03:
            name = name + " " if rng.random() < 0.5 else name.replace(" ", "  ", 1)
        # ---- NIK
        nik = p["nik"]
        nik_lab = None
        if op["nik_fill"] == "sparse" and rng.random() < 0.4:
            nik_lab = "nik_missing"
        else:
            r = rng.random()
            acc = 0.0
            for lab in (
                "nik_missing",
                "nik_is_kk",
                "nik_relative",
                "nik_old",
                "nik_typo",
                "nik_transposed",
                "nik_length",
            ):
                acc += R[lab]
                if r < acc:
                    nik_lab = lab
                    break
        if nik_lab == "nik_missing":
            nik = ""
        elif nik_lab == "nik_is_kk":
            nik = kk_true
        elif nik_lab == "nik_relative":
            rel = [m for m in (members or []) if m.get("nik") and m["nik"] != p["nik"]]
            if rel:
                # wives/children are most often entered with the head's NIK
                nik = (rel[0] if rng.random() < 0.7 else rng.choice(rel))["nik"]
            else:
                nik_lab = None
        elif nik_lab == "nik_old":
            kec6 = p["nik"][:6] if rng.random() < 0.5 else desa["kec6"]
            d = p["dob"]
            nik = self.alloc_nik(kec6, d, p["sex"])
            if nik == p["nik"]:
                nik_lab = None
        elif nik_lab in ("nik_typo", "nik_transposed", "nik_length"):
            nik = self.digit_error(nik, nik_lab, self.all_niks)
        if nik_lab:
            labels.append(nik_lab)
        # ---- KK
        kk = kk_true
        kk_lab = None
        sheet_blank = op["kk"] == "none" or (op["kk"] == "sparse" and rng.random() < 0.85)
        if sheet_blank or rng.random() < 0.06:
            kk_lab = "kk_missing"
        elif nik_lab == "nik_is_kk":
            if rng.random() < 0.5:
                kk_lab = "kk_missing"
        else:
            r = rng.random()
            acc = 0.0
            for lab in ("kk_is_nik", "kk_old", "kk_other_household", "kk_typo", "kk_transposed"):
                acc += R[lab]
                if r < acc:
                    kk_lab = lab
                    break
        if kk_lab == "kk_missing":
            kk = ""
        elif kk_lab == "kk_is_nik":
            kk = p["nik"]
        elif kk_lab == "kk_old":
            issued = rand_date(rng, date(2005, 1, 1), END)
            kk = self.alloc_kk(desa["kec6"], issued)
        elif kk_lab == "kk_other_household":
            others = [h for h in self.hh_by_desa[desa["code"]] if h["kk"] != kk_true]
            if others:
                kk = rng.choice(others)["kk"]
            else:
                kk_lab = None
        elif kk_lab in ("kk_typo", "kk_transposed"):
            kk = self.digit_error(kk, kk_lab, self.all_kks)
        if kk_lab:
            labels.append(kk_lab)
        # ---- Excel damage on the number columns (same sheet, same paste)
        mode = op["digits"]
        if mode in ("mixed_trunc", "mixed_sci"):
            mode = mode.split("_")[1] if rng.random() < op["mixed_share"] else "text"
        nik, l1 = excel_digits(nik, mode)
        kk, l2 = excel_digits(kk, mode)
        if l1:
            labels.append("nik_" + l1)
        if l2:
            labels.append("kk_" + l2)
        # ---- sex
        sex = p["sex"]
        if op["sex"] == "absent" or rng.random() < R["sex_missing"]:
            sex = ""
            labels.append("sex_missing")
        elif rng.random() < R["sex_flipped"]:
            sex = "L" if sex == "P" else "P"
            labels.append("sex_flipped")
        sex = render_sex(sex, op)
        # ---- birth date
        dob_s = self.render_dob(p, op, labels)
        # ---- region and address
        code_desa = desa
        moved = False
        r = rng.random()
        if r < R["region_moved"]:
            same_kab = [d for d in self.desas if d["kab5"] == desa["kab5"] and d["code"] != desa["code"]]
            if same_kab:
                code_desa = rng.choice(same_kab)
                moved = True
                labels.append("region_moved")
        addr_use = addr
        if moved:
            addr_use = self.make_address(code_desa)
        region = self.render_region(code_desa, op, labels)
        alamat = self.render_alamat(code_desa, addr_use, op, labels, moved)
        return [name, nik, kk, sex, dob_s, alamat, region], labels

    def digit_error(self, s, lab, taken):
        rng = self.rng
        for _ in range(20):
            d = list(s)
            if lab.endswith("typo"):
                i = rng.randrange(6, 16) if rng.random() < 0.85 else rng.randrange(0, 6)
                neigh = {
                    "0": "98",
                    "1": "27",
                    "2": "13",
                    "3": "24",
                    "4": "35",
                    "5": "46",
                    "6": "57",
                    "7": "68",
                    "8": "79",
                    "9": "80",
                }
                d[i] = rng.choice(neigh[d[i]] + "0123456789")
                if d[i] == s[i]:
                    continue
            elif lab.endswith("transposed"):
                i = rng.randrange(0, 15)
                if d[i] == d[i + 1]:
                    continue
                d[i], d[i + 1] = d[i + 1], d[i]
            else:  # length
                i = rng.randrange(0, 16)
                if rng.random() < 0.6:
                    del d[i]
                else:
                    d.insert(i, d[i])
            out = "".join(d)
            if out != s and out not in taken:
                return out
        return s[:15]

    # ---- names
    def render_name(self, p, members, labels):
        rng = self.rng
        R = RATES
        name = p["name"]
        toks = name.split(" ")
        madura = p.get("culture") == "madura"
        tek = R["name_teknonym_madura"] if madura else R["name_teknonym_other"]
        if age_on(p["dob"]) >= 30 and rng.random() < tek:
            kids = [m for m in (members or []) if m["rel"] in ("Anak", "Cucu") and m is not p]
            if kids and rng.random() < 0.8:
                child = min(kids, key=lambda m: m["dob"])["name"]
            else:
                child = self.make_name(p.get("culture") or "jawa", rng.choice("LP"), 1995)
            ct = [t for t in child.split(" ") if t not in PREFIX_WORDS] or child.split(" ")
            if p["sex"] == "L":
                pre = rng.choice(["P.", "PAK", "BAPAK", "P."])
            else:
                pre = rng.choice(["B.", "BU", "BUK", "B.", "MBOK"])
            labels.append("name_teknonym")
            return f"{pre} {ct[0]}"
        old = is_old_spelling(name)
        if old and rng.random() < R["name_old_spelling_modernise"]:
            toks = modernise(name).split(" ")
            labels.append("name_old_spelling")
        elif not old and p["dob"].year < 1975 and rng.random() < R["name_old_spelling_archaise"]:
            new = archaise(name, partial=True, rng=rng)
            if new != name:
                toks = new.split(" ")
                labels.append("name_old_spelling")
        if rng.random() < R["name_variant"]:
            new = self.name_variant(toks)
            if new:
                toks = new.split(" ")
                labels.append("name_variant")
        if rng.random() < R["name_abbrev"]:
            new = self.name_abbrev(toks)
            if new:
                toks = new
                labels.append("name_abbrev")
        if len(toks) >= 2 and rng.random() < R["name_dropped_word"]:
            if toks[0] in PREFIX_WORDS and rng.random() < 0.7:
                new = toks[1:]
            elif len(toks) >= 3 and rng.random() < 0.3:
                new = [toks[0]] + toks[2:]
            else:
                new = toks[:-1]
            if new and not (len(new) == 1 and (new[0].endswith(".") or new[0] in PREFIX_WORDS)):
                toks = new
                labels.append("name_dropped_word")
        if rng.random() < R["name_spacing"]:
            new = self.name_spacing(toks)
            if new:
                toks = new
                labels.append("name_spacing")
        if len(toks) >= 2 and rng.random() < R["name_order"]:
            toks = toks[1:] + toks[:1]
            labels.append("name_order")
        if rng.random() < R["name_typo"]:
            s = " ".join(toks)
            t = typo(s, rng)
            if t != s:
                toks = t.split(" ")
                labels.append("name_typo")
        name = " ".join(toks)
        if rng.random() < R["name_alias"]:
            nick = nickname(toks)
            if nick:
                fmt = rng.choice(["{n} ALS {k}", "{n} ({k})", "{n} ALIAS {k}", "{n} ALS. {k}"])
                name = fmt.format(n=name, k=nick)
                labels.append("name_alias")
        if rng.random() < R["name_bin"]:
            father = None
            if p.get("rel") == "Anak" and members and members[0]["sex"] == "L":
                father = members[0]["name"]
            if not father:
                father = self.make_name(p.get("culture") or "jawa", "L", 1950)
            word = "BIN" if p["sex"] == "L" else rng.choice(["BINTI", "BINTI", "BT."])
            name = f"{name} {word} {father}"
            labels.append("name_bin")
        if rng.random() < R["name_title"]:
            name = add_title(name, p["sex"], age_on(p["dob"]), rng)
            labels.append("name_title")
        return name

    def name_variant(self, toks):
        rng = self.rng
        cands = []
        for i, t in enumerate(toks):
            for alt in token_variants(t):
                cands.append((i, alt))
        if not cands:
            return None
        i, alt = rng.choice(cands)
        new = list(toks)
        new[i] = alt
        if rng.random() < 0.25:  # sometimes a second word is also respelt
            more = [(j, a) for j, t in enumerate(new) if j != i for a in token_variants(t)]
            if more:
                j, a = rng.choice(more)
                new[j] = a
        s = " ".join(new)
        return s if s != " ".join(toks) else None

    def name_abbrev(self, toks):
        rng = self.rng
        opts = []
        for i, t in enumerate(toks):
            if len(toks) == 1:
                break
            if t in MUH_FULL:
                opts += [(i, a) for a in MUH_ABBR]
            elif t in MUH_ABBR:
                opts += [(i, a) for a in MUH_FULL[:4]]
            elif t in ACH_FULL:
                opts += [(i, a) for a in ACH_ABBR]
            elif t in ACH_ABBR:
                opts += [(i, a) for a in ACH_FULL[:2]]
            elif t in ABD_FULL:
                opts += [(i, a) for a in ABD_ABBR]
            elif t in ABD_ABBR:
                opts.append((i, "ABDUL"))
            elif t in SITI_FULL:
                opts += [(i, a) for a in SITI_ABBR]
            elif t == "NUR" and i == 0:
                opts.append((i, "N."))
            elif i > 0 and len(t) > 2 and not t.endswith("."):
                w = 2 if (len(toks) >= 3 and i == len(toks) - 1) else 1
                opts += [(i, t[0] + ".")] * w
        if not opts:
            return None
        i, a = rng.choice(opts)
        new = list(toks)
        new[i] = a
        return new

    def name_spacing(self, toks):
        rng = self.rng
        splits = []
        for i, t in enumerate(toks):
            for pre in ("NUR", "ABDUR", "ABDUL", "NURUL", "SRI", "FATHOR", "FATHUR", "KHOIRUL", "SITI"):
                if t.startswith(pre) and len(t) >= len(pre) + 3 and t != pre:
                    splits.append((i, pre, t[len(pre) :]))
        merges = [
            i for i in range(len(toks) - 1) if not toks[i].endswith(".") and len(toks[i]) <= 6 and len(toks[i + 1]) >= 3
        ]
        if splits and (not merges or rng.random() < 0.5):
            i, a, b = rng.choice(splits)
            return toks[:i] + [a, b] + toks[i + 1 :]
        if merges:
            i = rng.choice(merges)
            a, b = toks[i], toks[i + 1]
            if a in ("ABDUL", "ABD.") and b[:1] in "RSNDTZ" and rng.random() < 0.6:
                joined = "ABDU" + b[0] + b  # ABDUL ROHMAN -> ABDURROHMAN
            else:
                joined = a.rstrip(".") + b
            return toks[:i] + [joined] + toks[i + 2 :]
        return None

    # ---- dates
    def render_dob(self, p, op, labels):
        rng = self.rng
        R = RATES
        d = p["dob"]
        r = rng.random()
        y, m, dd = d.year, d.month, d.day
        kind = "date"
        acc = 0.0
        chosen = None
        for lab in (
            "dob_missing",
            "dob_year_only",
            "dob_different",
            "dob_placeholder",
            "dob_typo",
            "dob_dm_swapped",
            "dob_nik_day40",
        ):
            acc += R[lab]
            if r < acc:
                chosen = lab
                break
        if chosen == "dob_missing":
            labels.append(chosen)
            return ""
        if chosen == "dob_year_only":
            labels.append(chosen)
            return str(y)
        if chosen == "dob_different":
            k = rng.random()
            nd = d
            if k < 0.5:
                nd = safe_date(y + rng.choice([-3, -2, -1, 1, 1, 2, 3]), m, dd)
            else:
                nd = rand_date(rng, date(y, 1, 1), date(y, 12, 31))
                if k > 0.8:
                    nd = safe_date(nd.year + rng.choice([-2, -1, 1, 2]), nd.month, nd.day)
            if nd != d and nd <= END:
                d = nd
                labels.append(chosen)
        elif chosen == "dob_placeholder":
            if (m, dd) != (1, 1):
                d = date(y, 1, 1)
                labels.append(chosen)
        elif chosen == "dob_typo":
            nd = date_typo(d, rng)
            if nd and nd != d:
                d = nd
                labels.append(chosen)
        elif chosen == "dob_dm_swapped":
            if dd <= 12 and dd != m:
                d = date(y, dd, m)
                labels.append(chosen)
        elif chosen == "dob_nik_day40" and p["sex"] == "P":
            kind = "invalid"
            labels.append(chosen)
        y, m, dd = d.year, d.month, d.day
        if kind == "invalid":
            return f"{dd + 40:02d}-{m:02d}-{y}"
        style = op["date"]
        pad = op["pad"]
        D = f"{dd:02d}" if pad else str(dd)
        M = f"{m:02d}" if pad else str(m)
        if style == "dmy_slash":
            return f"{D}/{M}/{y}"
        if style == "dmy_dash":
            return f"{D}-{M}-{y}"
        if style == "dmy_dot":
            return f"{D}.{M}.{y}"
        if style == "iso":
            return d.isoformat()
        if style == "text_id":
            if pad:
                return f"{dd} {BULAN[m - 1]} {y}"
            return f"{dd:02d} {BULAN_PENDEK[m - 1]} {y}"
        if style == "dmy_2y":
            return f"{dd:02d}-{m:02d}-{y % 100:02d}"
        if style == "us_locale":
            # typed as d/m/y into an Excel set to US locale: parsed as m/d/y
            # when possible (the date is silently swapped), else left as text
            if dd <= 12:
                if dd != m:
                    labels.append("dob_dm_swapped")
                sw = date(y, dd, m)
                return sw.isoformat() if op["us_iso"] else f"{sw.month}/{sw.day}/{y}"
            return f"{dd:02d}/{m:02d}/{y}"
        if style == "excel_serial":
            if rng.random() < 0.85:
                labels.append("dob_excel_serial")
                return str((d - EXCEL_EPOCH).days)
            return f"{dd:02d}/{m:02d}/{y}"
        if style == "with_place":
            labels.append("dob_with_place")
            place = p.get("place") or short_kab(self.kab_name(p["desa"]["kab5"])).upper()
            place = place.title() if op["name_case"] != "upper" else place
            return f"{place}, {dd:02d}-{m:02d}-{y}"
        return d.isoformat()

    # ---- region / address
    def render_region(self, desa, op, labels):
        rng = self.rng
        R = RATES
        style = op["region"]
        if style == "blank" or rng.random() < R["region_missing"]:
            labels.append("region_missing")
            return ""
        if style in ("desa", "desa_dotted", "name") and rng.random() < R["region_neighbour"]:
            sibs = self.kec_desas[desa["kec8"]]
            i = sibs.index(desa["dotted"])
            cand = [sibs[j] for j in (i - 1, i + 1) if 0 <= j < len(sibs)]
            if cand:
                nd = rng.choice(cand)
                labels.append("region_neighbour")
                desa = {
                    "dotted": nd,
                    "code": nd.replace(".", ""),
                    "name": self.desa_all[nd],
                    "kec8": desa["kec8"],
                    "kec6": desa["kec6"],
                    "kab5": desa["kab5"],
                }
        if style == "desa":
            code = desa["code"]
        elif style == "desa_dotted":
            code = desa["dotted"]
        elif style == "kec":
            labels.append("region_kec_level")
            return desa["kec6"]
        elif style == "kec_dotted":
            labels.append("region_kec_level")
            return desa["kec8"]
        elif style == "kab":
            labels.append("region_kab_level")
            return desa["kab5"].replace(".", "")
        else:
            labels.append("region_name_text")
            return desa["name"].upper() if op["name_case"] == "upper" else desa["name"]
        if rng.random() < R["region_typo"]:
            digits = [c for c in code]
            idx = [i for i, c in enumerate(digits) if c.isdigit()]
            i = rng.choice(idx[-4:])
            digits[i] = str((int(digits[i]) + rng.choice([1, 9])) % 10)
            code = "".join(digits)
            labels.append("region_typo")
        return code

    def render_alamat(self, desa, addr, op, labels, moved):
        rng = self.rng
        R = RATES
        style = op["alamat"]
        if style == "blank" or rng.random() < R["alamat_missing"]:
            labels.append("alamat_missing")
            return ""
        if not moved and rng.random() < R["alamat_different"]:
            addr = self.make_address(desa)
            labels.append("alamat_different")
        elif moved:
            labels.append("alamat_different")
        upper = op["name_case"] == "upper"
        unit = addr["unit"] if upper else addr["unit"].title()
        f = op["alamat_fmt"]
        rt, rw = addr["rt"], addr["rw"]
        rtrw = [f"RT {rt:02d} RW {rw:02d}", f"RT.{rt:03d}/RW.{rw:03d}", f"{rt:02d}/{rw:02d}"][f]
        urban = desa.get("setting") == "urban"
        if addr.get("perum"):
            place = addr["perum"] if upper else addr["perum"].title()
        elif urban:
            place = ("JL. " if upper else "Jl. ") + unit
            if addr["extra"]:
                place += " " + (addr["extra"] if upper else addr["extra"].title())
        else:
            place = [("DSN. " if upper else "Dsn. "), ("DUSUN " if upper else "Dusun "), ""][f] + unit
        dname = desa["name"] if not upper else desa["name"].upper()
        kname = self.kec_name(desa["kec8"])
        kname = kname.upper() if upper else kname
        if style == "dusun_rt_rw":
            return f"{place} {rtrw}"
        if style == "rt_rw_only":
            return rtrw
        if style == "full":
            ds = "KEL." if urban else "DS."
            if not upper:
                ds = ds.title()
            kec = "KEC." if upper else "Kec."
            return f"{place} {rtrw} {ds} {dname} {kec} {kname}"
        return ("DESA " if upper else "Desa ") + dname if not urban else ("KEL. " if upper else "Kel. ") + dname

    # ------------------------------------------------------------ output
    def write_list(self, out_dir):
        with open(os.path.join(out_dir, "list.csv"), "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh, lineterminator="\n")
            w.writerow(LIST_HEADER)
            w.writerows(self.list_rows_out)
        with open(os.path.join(out_dir, "truth.csv"), "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh, lineterminator="\n")
            w.writerow(["no", "id_individu", "errors"])
            w.writerows(self.truth)

    def summary(self):
        labels = Counter()
        clean = 0
        for t in self.truth:
            if t[2] == "clean":
                clean += 1
                continue
            for lab in t[2].split(";"):
                labels[lab] += 1
        style = {k: Counter() for k in OP_STYLES}
        for op, n in zip(self.ops, self.op_sizes, strict=True):
            for k in OP_STYLES:
                style[k][op[k]] += n
        kabs = []
        for kab, _, cult, setting in KABS:
            ds = [d for d in self.desas if d["kab5"] == kab]
            kecs = sorted({d["kec8"] for d in ds})
            kabs.append(
                {
                    "kode": kab.replace(".", ""),
                    "nama": self.kab_name(kab),
                    "setting": setting,
                    "culture": cult,
                    "kecamatan": [{"kode": k.replace(".", ""), "nama": self.kec_name(k)} for k in kecs],
                    "desa": len(ds),
                    "registry_rows": sum(len(h["members"]) for h in self.households if h["desa"]["kab5"] == kab),
                    "list_rows": sum(1 for t in self.truth if t[1] and self.id_kab[t[1]] == kab),
                }
            )
        n_non = sum(1 for t in self.truth if not t[1])
        return {
            "generator": "bench/independent4/gen.py",
            "seed": self.seed,
            "registry_rows": len(self.persons),
            "registry_households": len(self.households),
            "registry_desa": len(self.desas),
            "list_rows": len(self.truth),
            "list_rows_in_registry": len(self.truth) - n_non,
            "list_rows_not_in_registry": n_non,
            "list_program_desa": len(self.prog_desas),
            "list_operators": len(self.ops),
            "duplicates": {
                "pairs": len(self.dup_pairs),
                "rows_no": self.dup_pairs,
            },
            "clean_rows": clean,
            "label_counts": dict(sorted(labels.items())),
            "operator_style_rows": {k: dict(sorted(v.items())) for k, v in style.items()},
            "kabupaten": kabs,
            "error_rates": RATES,
            "description": (
                "Synthetic DTKS/DT-SEN-like registry of poor households in six East Java "
                "kabupaten/kota (Javanese, Madurese and urban naming) and a KUBE/UEP member "
                "list compiled from several facilitators' Excel sheets.  Each sheet has its own "
                "style (name case, date format, region-code level, NIK/KK Excel damage, sex "
                "coding, address format); on top of that rows get independent name, NIK, KK, "
                "birth-date, sex, region and address errors.  ~15% of list rows are people not in "
                "the registry, many of them confusable (namesakes, unregistered members of "
                "registered households, similar names, people who moved in).  truth.csv labels "
                "every deviation that cannot be undone by plain normalisation (case, spaces, "
                "punctuation, dotted codes, unambiguous date formats, apostrophe/spaced NIK)."
            ),
        }


# ---------------------------------------------------------------------------
# pure string helpers
# ---------------------------------------------------------------------------
def excel_digits(s, mode):
    """What an Excel sheet does to a 16-digit number column."""
    if not s:
        return s, None
    if mode == "apostrophe":
        return "'" + s, None
    if mode == "spaced" and len(s) == 16:
        return " ".join(s[i : i + 4] for i in range(0, 16, 4)), None
    if mode == "trunc" and len(s) >= 16 and s.isdigit():
        # Excel keeps 15 significant digits
        out = s[:15] + "0" * (len(s) - 15)
        return out, ("excel_trunc" if out != s else None)
    if mode == "sci" and s.isdigit():
        exp = len(s) - 1
        mant = round(int(s) / 10**exp, 5)
        if mant >= 10:
            mant, exp = mant / 10, exp + 1
        m = f"{mant:.5f}".rstrip("0").rstrip(".")
        return f"{m}E+{exp}", "excel_sci"
    return s, None


def safe_date(y, m, d):
    y = clamp_year(y)
    while True:
        try:
            return date(y, m, d)
        except ValueError:
            d -= 1


def date_typo(d, rng):
    y, m, dd = d.year, d.month, d.day
    opts = []
    ys = str(y)
    opts.append((int(ys[:2] + ys[3] + ys[2]), m, dd))  # 1975 -> 1957
    opts.append((y + rng.choice([-10, 10]), m, dd))  # 1975 -> 1985
    opts.append((y + rng.choice([-1, 1]), m, dd))
    if dd >= 10:
        opts.append((y, m, int(str(dd)[::-1])))  # 12 -> 21
    opts.append((y, m, dd + rng.choice([-1, 1, 10, -10])))
    opts.append((y, m + rng.choice([-1, 1]), dd))
    rng.shuffle(opts)
    for yy, mm, ddd in opts:
        try:
            nd = date(yy, mm, ddd)
        except ValueError:
            continue
        if nd != d and date(1930, 1, 1) <= nd <= END:
            return nd
    return None


OLD_RULES = [("J", "DJ"), ("C", "TJ"), ("Y", "J"), ("U", "OE"), ("KH", "CH")]


def _old_token(t, rules):
    if t.endswith(".") or len(t) < 3:  # abbreviations are left alone
        return t
    t = t.replace("CH", "\1")  # existing CH stays CH
    for a, b in rules:
        if a == "Y":
            t = t.replace("DJ", "\0").replace("Y", "J").replace("\0", "DJ")
        else:
            t = t.replace(a, b)
    return t.replace("\1", "CH")


def archaise(name, partial=False, rng=None):
    """Van Ophuijsen/Soewandi-style spelling (SUPARMAN -> SOEPARMAN); with
    partial=True only one of the rules, as a clerk copying an old KTP does."""
    rules = OLD_RULES
    if partial and rng is not None:
        rules = [r for r in OLD_RULES if r[0] in name]
        if not rules:
            return name
        rules = [rng.choice(rules)]
    return " ".join(_old_token(t, rules) for t in name.split(" "))


def is_old_spelling(name):
    return any(x in name for x in ("OE", "DJ", "TJ"))


def modernise(name):
    s = re.sub(r"(?<![DT])J", "Y", name)
    s = s.replace("DJ", "J").replace("TJ", "C").replace("OE", "U")
    return s


VARIANT_RULES = [
    (r"^SITI$", "SITTI"),
    (r"^SITTI$", "SITI"),
    (r"^UMMI$", "UMI"),
    (r"^UMI$", "UMMI"),
    (r"KH", "CH"),
    (r"(?<!T)CH", "KH"),
    (r"^KH", "H"),
    (r"^H(?=O[IL])", "KH"),
    (r"^SY(?=[AIU])", "S"),
    (r"^S(?=AIFU|AMSU|AFI)", "SY"),
    (r"IYAH$", "IAH"),
    (r"(?<=[^Y])IAH$", "IYAH"),
    (r"IYANTO$", "IANTO"),
    (r"(?<=[^Y])IANTO$", "IYANTO"),
    (r"IYADI$", "IADI"),
    (r"IYATI$", "IATI"),
    (r"(?<=[^Y])IATI$", "IYATI"),
    (r"IYONO$", "IONO"),
    (r"(?<=[AIU])TI$", "TIK"),
    (r"TIK$", "TI"),
    (r"(?<=[AI]N)I$", "IK"),
    (r"(?<=[AI]N)IK$", "I"),
    (r"(?<=[BDFJKLMNRSTZ][AI])H$", ""),
    (r"(?<=[FLMNSZ]A)$", "H"),
    (r"([BDFGKLMNPRSTZ])\1", r"\1"),
    (r"(?<=[AEIOU])M(?=A[DH])", "MM"),
    (r"(?<=^HA)S(?=AN)", "SS"),
    (r"(?<=I)Q$", "K"),
    (r"(?<=[AIU])Q(?=[AIU])", "K"),
    (r"(?<=[FD]I)K$", "Q"),
    (r"AI", "AE"),
    (r"AE", "AI"),
    (r"^KHOI", "KHAI"),
    (r"^KHAI", "KHOI"),
    (r"TH", "T"),
    (r"(?<=^FA)T(?=[UO]R)", "TH"),
    (r"^DZ", "Z"),
    (r"^Z(?=UL|AK)", "DZ"),
    (r"'", ""),
    (r"(?<=[AIU])'(?=[ADIM])", "K"),
    (r"(?<=[AIU])K(?=[MR])", "'"),
    (r"IFIN$", "IPIN"),
    (r"IPIN$", "IFIN"),
    (r"^Z(?=AENAL|AINAL|AINAB|AINURI)", "J"),
    (r"OVI", "OFI"),
    (r"NINGSIH$", "NINGSI"),
    (r"(?<=[KSZ])Y$", "I"),
    (r"(?<=[KZ])I$", "Y"),
    (r"^SLAMET$", "SELAMET"),
    (r"^SELAMET$", "SLAMET"),
    (r"^SALAMET$", "SLAMET"),
    (r"THOR$", "THUR"),
    (r"THUR$", "THOR"),
    (r"^HOSNOL$", "HUSNUL"),
    (r"^HUSNUL$", "HOSNOL"),
    (r"^ROHMAN$", "RAHMAN"),
    (r"^RAHMAN$", "ROHMAN"),
    (r"^ROHMAT$", "RAHMAT"),
    (r"^ROHMAH$", "RAHMAH"),
    (r"^RAHMAH$", "ROHMAH"),
    (r"^MUSTOFA$", "MUSTAFA"),
    (r"^SHOLEH$", "SOLEH"),
    (r"SH(?=O[LI])", "S"),
    (r"UDIN$", "UDDIN"),
    (r"UDDIN$", "UDIN"),
    (r"^EDY$", "EDI"),
    (r"^EDY$", "EDDY"),
    (r"^DESY$", "DESI"),
    (r"^SYAIFUL$", "SAEFUL"),
    (r"^SRI$", "SRY"),
    (r"^NUR$", "NOOR"),
    (r"^SUGENG$", "SOEGENG"),
    (r"ROH(?=MAN|MAT)", "RAH"),
    (r"^MUH\.$", "MUH"),
    (r"OEN$", "UN"),
]
_VARIANT_RX = [(re.compile(a), b) for a, b in VARIANT_RULES]


def token_variants(t):
    out = []
    if t in MUH_FULL:
        out += [m for m in MUH_FULL if m != t]
    elif t in ACH_FULL:
        out += [a for a in ACH_FULL if a != t]
    if t.endswith(".") and len(t) <= 5:
        return out
    for rx, rep in _VARIANT_RX:
        if rx.search(t):
            v = rx.sub(rep, t, count=1)
            if v != t and len(v) >= 2 and v not in out:
                out.append(v)
    return out


KEYB = ["QWERTYUIOP", "ASDFGHJKL", "ZXCVBNM"]
NEIGH = {}
for _r, _row in enumerate(KEYB):
    for _i, _c in enumerate(_row):
        _n = set()
        for _dr in (-1, 0, 1):
            _rr = _r + _dr
            if 0 <= _rr < 3:
                for _j in (_i - 1, _i, _i + 1):
                    if 0 <= _j < len(KEYB[_rr]) and KEYB[_rr][_j] != _c:
                        _n.add(KEYB[_rr][_j])
        NEIGH[_c] = "".join(sorted(_n))


def typo(s, rng):
    pos = [i for i, c in enumerate(s) if c.isalpha()]
    if len(pos) < 3:
        return s
    i = rng.choice(pos[1:]) if rng.random() < 0.85 else pos[0]
    op = rng.choices(["sub", "del", "dup", "swap", "ins"], weights=[35, 25, 15, 15, 10])[0]
    c = s[i]
    if op == "sub":
        return s[:i] + rng.choice(NEIGH.get(c, "A")) + s[i + 1 :]
    if op == "del":
        return s[:i] + s[i + 1 :]
    if op == "dup":
        return s[:i] + c + s[i:]
    if op == "swap" and i + 1 < len(s) and s[i + 1].isalpha() and s[i + 1] != c:
        return s[:i] + s[i + 1] + c + s[i + 2 :]
    return s[:i] + rng.choice(NEIGH.get(c, "A")) + s[i:]


def nickname(toks):
    """Javanese/Madurese call-name: the last two syllables of the first real
    word (SUPARMAN -> PARMAN, HANIFAH -> NIFAH), or the last one if the word
    has only two (WIWIK -> WIK, MUHLIS -> LIS)."""
    core = [t for t in toks if t not in PREFIX_WORDS and not t.endswith(".")]
    if not core:
        return None
    t = core[0].replace("'", "")
    groups = [m.start() for m in re.finditer(r"[AEIOU]+", t)]
    if len(groups) < 2:
        return None

    def start_of(g):
        return g - 1 if g > 0 and t[g - 1] not in "AEIOU" else g

    cut = start_of(groups[-2])
    if cut == 0 or len(t) - cut < 3:
        cut = start_of(groups[-1])
    nick = t[cut:]
    return nick if 3 <= len(nick) < len(t) else None


def add_title(name, sex, age, rng):
    if sex == "L":
        opts = [("BPK.", 25), ("BAPAK", 8), ("SDR.", 8 if age < 35 else 1), ("H.", 20 if age > 40 else 2)]
        opts += [("MBAH", 12 if age > 60 else 0), ("P.", 6), ("KH.", 1 if age > 45 else 0)]
        suf = [(", S.PD", 2), (", S.AG", 1), (", A.MD", 1), (" S.PD.I", 1)] if age >= 24 else []
    else:
        opts = [("IBU", 22), ("BU", 10), ("NY.", 10), ("HJ.", 18 if age > 40 else 2)]
        opts += [("SDRI.", 6 if age < 35 else 1), ("MBAH", 8 if age > 60 else 0), ("MBOK", 3 if age > 50 else 0)]
        opts += [("BUK", 6)]
        suf = [(", S.PD", 2), (", A.MD", 1), (", S.E", 1)] if age >= 24 else []
    alls = [(o, w, "pre") for o, w in opts if w] + [(o, w, "suf") for o, w in suf]
    t, _, kind = rng.choices(alls, weights=[a[1] for a in alls])[0]
    return f"{t} {name}" if kind == "pre" else f"{name}{t}"


def apply_case(name, style, rng):
    if style == "mixed":
        style = "upper" if rng.random() < 0.5 else "title"
    if style == "upper":
        return name
    if style == "lower":
        return name.lower()
    out = []
    for t in name.split(" "):
        if t in ("S.PD", "S.AG", "A.MD", "S.E", "S.PD.I", ",S.PD"):
            out.append(t.replace("PD", "Pd").replace("AG", "Ag").replace("MD", "Md"))
        else:
            out.append(t.capitalize())
    return " ".join(out)


def render_sex(sex, op):
    if not sex:
        return ""
    style = op["sex"]
    if style == "words":
        w = "Laki-laki" if sex == "L" else "Perempuan"
        return w.upper() if op["sex_words_case"] == "upper" else w
    if style == "LKPR":
        return "LK" if sex == "L" else "PR"
    if style == "numeric":
        return "1" if sex == "L" else "2"
    return sex


# ---------------------------------------------------------------------------
def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out-dir", default="bench/data/independent4")
    ap.add_argument("--registry-rows", type=int, default=100000)
    ap.add_argument("--list-rows", type=int, default=3000)
    ap.add_argument("--seed", type=int, default=31)
    a = ap.parse_args(argv)
    os.makedirs(a.out_dir, exist_ok=True)
    g = Gen(a.seed, a.registry_rows, a.list_rows)
    g.build_registry()
    g.write_registry(os.path.join(a.out_dir, "registry.csv"))
    g.build_list()
    g.write_list(a.out_dir)
    s = g.summary()
    with open(os.path.join(a.out_dir, "summary.json"), "w", encoding="utf-8") as fh:
        json.dump(s, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    print(
        f"registry {s['registry_rows']} rows, list {s['list_rows']} rows "
        f"({s['list_rows_not_in_registry']} not in registry) -> {a.out_dir}",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
