#!/usr/bin/env python3
"""Independent (blind) evaluation data for person matching ("pemadanan").

Writes a synthetic East Java social-registry snapshot (registry.csv), a
member list of an economic-empowerment aid programme as compiled by village
facilitators and a Dinas Sosial office (list.csv), the ground truth
(truth.csv) and a summary (summary.json).  Standard library only; region
codes come from the installed ``lokal`` package data.  See README.md.
"""

from __future__ import annotations

import argparse
import bisect
import csv
import datetime as dt
import gzip
import importlib.util
import json
import random
import re
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("ind5_names", HERE / "names.py")
N = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(N)

CUTOFF = dt.date(2025, 10, 31)  # snapshot date; nothing may be later
MIN_BIRTH = dt.date(1930, 1, 1)
EXCEL_EPOCH = dt.date(1899, 12, 30)

# kabupaten used: (code, share of registry villages, culture mix)
KABUPATEN = [
    ("35.20", 0.30, {"jav": 0.98, "mad": 0.02}),  # Kabupaten Magetan
    ("35.08", 0.30, {"jav": 0.62, "mad": 0.38}),  # Kabupaten Lumajang
    ("35.28", 0.28, {"mad": 0.97, "jav": 0.03}),  # Kabupaten Pamekasan
    ("35.75", 0.12, {"jav": 0.60, "mad": 0.40}),  # Kota Pasuruan
]
ROWS_PER_VILLAGE = 1300  # DTKS rows of a typical village (about 1/3 of residents)

REL_KK, REL_ISTRI, REL_SUAMI, REL_ANAK = "Kepala Keluarga", "Istri", "Suami", "Anak"
REL_MENANTU, REL_CUCU, REL_OT, REL_MERTUA, REL_FAM = (
    "Menantu",
    "Cucu",
    "Orang Tua",
    "Mertua",
    "Famili Lain",
)

# ------------------------------------------------------------------ error model
# Person-level rates (probabilities per list row).  Within one field at most
# one "value" error is applied (they are drawn from one cumulative table).
NAME_RATES = {
    "name_variant": 0.10,  # spelling variant of one token (Moh./Muhammad, kh/ch, oe/u, ...)
    "name_spacing": 0.025,  # tokens merged or split (Nur Hayati / Nurhayati)
    "name_abbrev": 0.035,  # one token reduced to an initial (M. Rizki, Siti N. H.)
    "name_drop_token": 0.03,  # one token left out
    "name_nickname": 0.015,  # short form (Sumarni -> Marni, Sri Wahyuni -> Yuni), where possible
    "name_title": 0.02,  # H./Hj./Bu/Pak/Ny. prefix or academic suffix
    "name_typo": 0.04,  # one keyboard slip
    "name_whitespace": 0.03,  # double / leading / trailing / non-breaking space
}
NAME_HUSBAND_RATE = 0.006  # married woman listed as "Bu <husband>" / "Ny. <husband>"
NIK_ERRORS = [
    ("nik_blank", 0.03),
    ("nik_typo", 0.025),
    ("nik_transpose", 0.008),
    ("nik_length", 0.008),  # a digit dropped or doubled
    ("nik_family", 0.012),  # NIK of another household member
    ("nik_is_kk", 0.006),  # the KK number typed into the NIK column
    ("nik_old_region", 0.004),  # older NIK issued in another kecamatan
    ("nik_separators", 0.008),  # spaces or dots inside
    ("nik_kk_swapped", 0.005),  # NIK and KK columns swapped
]
KK_ERRORS = [
    ("kk_blank", 0.06),
    ("kk_typo", 0.02),
    ("kk_transpose", 0.005),
    ("kk_outdated", 0.03),  # an older / newer KK number of the household
    ("kk_is_nik", 0.007),  # own NIK typed into the KK column
]
SEX_ERRORS = [("sex_blank", 0.02), ("sex_wrong", 0.008)]
DOB_ERRORS = [
    ("dob_blank", 0.03),
    ("dob_swap_dm", 0.012),
    ("dob_year_typo", 0.012),
    ("dob_day_typo", 0.015),
    ("dob_month_typo", 0.007),
    ("dob_placeholder", 0.007),  # 01-01-YYYY or 31-12-YYYY
    ("dob_nik_female_day", 0.005),  # copied from NIK without removing +40 (women)
    ("dob_wrong", 0.005),  # a different person's date (another household member)
]
KODE_ERRORS = [
    ("kode_blank", 0.03),
    ("kode_moved", 0.02),  # lives in another desa of the kecamatan now
    ("kode_kec_only", 0.015),
    ("kode_typo", 0.005),
]
ALAMAT_ERRORS = [("alamat_blank", 0.05), ("alamat_rt_diff", 0.04)]
NONREG_SHARE = 0.15
DUP_SHARE = 0.01
NONREG_KINDS = [
    ("nonreg_new", 0.55),  # a poor resident never registered
    ("nonreg_namesake", 0.20),  # same name as a registry person of the village
    ("nonreg_family", 0.12),  # unregistered member of a registry household (same KK)
    ("nonreg_same_dob", 0.05),  # same sex, birth date and kecamatan as a registry person
    ("nonreg_outside", 0.08),  # from a desa of the kecamatan not in the registry
]

# batch (one village file / one facilitator) presentation and Excel damage
BATCH_CASE = [("upper", 0.60), ("title", 0.34), ("typed", 0.06)]
BATCH_DOB = [
    ("dmy_slash", 0.32),
    ("dmy_dash", 0.18),
    ("iso", 0.06),
    ("indo_long", 0.10),
    ("dmy_dot", 0.03),
    ("excel_serial", 0.08),  # label dob_excel_serial
    ("mdy_locale", 0.06),  # US-locale Excel: day<=12 shown m/d/yyyy (label dob_mdy)
    ("dmy_2digit", 0.07),  # label dob_2digit_year
    ("ttl", 0.10),  # "Tempat, dd-mm-yyyy" in one cell (label dob_with_place)
]
BATCH_SEX = [
    ("LP", 0.45),
    ("words", 0.25),
    ("LK_PR", 0.10),
    ("pria_wanita", 0.05),
    ("digits", 0.05),
    ("lower", 0.03),
    ("blank", 0.07),
]
BATCH_NUM = [  # how the NIK / KK column survived Excel
    ("text", 0.74),
    ("apostrophe", 0.10),  # label *_apostrophe
    ("sci", 0.04),  # 3.52002E+15, label *_excel_sci
    ("zero", 0.08),  # 15 significant digits, label *_excel_zero
    ("mixed_zero", 0.04),  # half the rows pasted as numbers
]
BATCH_KK_ABSENT = 0.15
BATCH_KODE = [("plain", 0.52), ("dotted", 0.23), ("blank", 0.25)]
BATCH_KODE_SAMENAME = 0.05  # Dinas looked the code up by desa name, wrong namesake desa
BATCH_ALAMAT = [
    ("dsn_rt_rw", 0.30),
    ("short", 0.20),
    ("rt_rw_desa", 0.15),
    ("full", 0.12),
    ("desa_only", 0.13),
    ("blank", 0.10),
]

# labels that come from a whole desa file (presentation / Excel handling),
# as opposed to errors made on one person's row
BATCH_LABELS = {
    "nik_apostrophe",
    "nik_excel_sci",
    "nik_excel_zero",
    "kk_apostrophe",
    "kk_excel_sci",
    "kk_excel_zero",
    "dob_excel_serial",
    "dob_mdy",
    "dob_2digit_year",
    "dob_with_place",
    "kode_samename",
}

HH_TYPES = [
    ("elder_single", 0.09),
    ("elder_couple", 0.09),
    ("nuclear", 0.50),
    ("single_parent", 0.13),
    ("extended", 0.11),
    ("with_parent", 0.08),
]
DESIL_W = [22, 18, 15, 12, 10, 8, 6, 4, 3, 2]

MUH_FAM = [
    "Muhammad",
    "Mohammad",
    "Moh.",
    "Moch.",
    "Mochammad",
    "Muhamad",
    "Mochamad",
    "Mohamad",
    "M.",
    "Mokhamad",
]
AHM_FAM = ["Ahmad", "Achmad", "Ach.", "Akhmad"]
ABD_FAM = ["Abdul", "Abd."]
SITI_FAM = ["Siti", "Sitti", "St."]
NUR_FAM = ["Nur", "Nor", "Noer"]
FAMILIES = [MUH_FAM, AHM_FAM, ABD_FAM, SITI_FAM, NUR_FAM]
STYLE = {  # registry spelling of the prefix tokens, by culture
    ("muh", "jav"): [
        ("Muhammad", 40),
        ("Mochammad", 10),
        ("Moch.", 12),
        ("Mohammad", 10),
        ("Moh.", 12),
        ("Muhamad", 8),
        ("Mochamad", 5),
        ("M.", 3),
    ],
    ("muh", "mad"): [
        ("Moh.", 50),
        ("Muhammad", 20),
        ("Mohammad", 15),
        ("Moch.", 5),
        ("Mochammad", 4),
        ("Muhamad", 3),
        ("M.", 3),
    ],
    ("muh", "kid"): [("Muhammad", 60), ("Moh.", 12), ("Mochammad", 8), ("Muhamad", 10), ("Mohammad", 10)],
    ("ahm", "jav"): [("Ahmad", 60), ("Achmad", 25), ("Akhmad", 8), ("Ach.", 7)],
    ("ahm", "mad"): [("Ach.", 40), ("Ahmad", 35), ("Achmad", 20), ("Akhmad", 5)],
    ("abd", "jav"): [("Abdul", 85), ("Abd.", 15)],
    ("abd", "mad"): [("Abd.", 60), ("Abdul", 40)],
    ("siti", "jav"): [("Siti", 95), ("Sitti", 5)],
    ("siti", "mad"): [("Sitti", 55), ("Siti", 45)],
}
PREFIX_KIND = {}
for _w in ("Muhammad", "Mohammad", "Moh.", "Mochamad", "Mohamad"):
    PREFIX_KIND[_w] = "muh"
for _w in ("Ahmad", "Ach."):
    PREFIX_KIND[_w] = "ahm"
for _w in ("Abdul", "Abd."):
    PREFIX_KIND[_w] = "abd"
for _w in ("Siti", "Sitti"):
    PREFIX_KIND[_w] = "siti"
DROPPABLE_FIRST = set(MUH_FAM + AHM_FAM + SITI_FAM + NUR_FAM + ["Sri", "Dwi", "Tri", "Eka", "Nurul"])

KEYBOARD = {}
for _row in ("qwertyuiop", "asdfghjkl", "zxcvbnm"):
    for _i, _c in enumerate(_row):
        KEYBOARD[_c] = (_row[_i - 1] if _i else "") + (_row[_i + 1] if _i + 1 < len(_row) else "")

VARIANT_RULES = [
    (r"kh", "ch"),
    (r"ch", "kh"),
    (r"^su", "soe"),
    (r"oe", "u"),
    (r"^dj", "j"),
    (r"^j(?=[aeiou])", "dj"),
    (r"^tj", "c"),
    (r"^c(?=[aeiou])", "tj"),
    (r"iya", "ia"),
    (r"ia", "iya"),
    (r"uwa", "ua"),
    (r"ua", "uwa"),
    (r"f$", "p"),
    (r"([aiu])p$", r"\1f"),
    (r"sy", "s"),
    (r"q", "k"),
    (r"th", "t"),
    (r"dh", "d"),
    (r"([^aeiou])ah$", r"\1a"),
    (r"tik$", "ti"),
    (r"([^t])ti$", r"\1tik"),
    (r"([bcdfgjklmnpqrstvwxyz])\1", r"\1"),
    (r"([aiu])([lmnsyd])ah$", r"\1\2\2ah"),
    (r"^z", "j"),
    (r"'", ""),
    (r"'", "\u2019"),
    (r"v", "f"),
    (r"y$", "i"),
    (r"([^aeiou])i$", r"\1y"),
    (r"ai", "ae"),
    (r"ae", "ai"),
    (r"([aiueo])h([bcdfgjklmnpqrstvwxyz])", r"\1\2"),
    (r"ny", "ni"),
    (r"^(r|s|z|q)oh", r"\1ah"),  # Rohman / Rahman, Rohmah / Rahmah
    (r"^rahm", "rohm"),
    (r"^sh", "s"),  # Sholeh / Soleh
    (r"^(s|z)o", r"\1u"),  # Sholikin / Sulikin, Zohro / Zuhro
    (r"^ai", "ae"),  # Ainul / Aenul
    (r"ei", "ai"),
]
VARIANT_RULES = [(re.compile(p), r) for p, r in VARIANT_RULES]


# ---------------------------------------------------------------- utilities
class Pick:
    """Weighted choice with precomputed cumulative weights."""

    def __init__(self, pairs):
        self.items = [p[0] for p in pairs]
        self.cum = []
        t = 0.0
        for _, w in pairs:
            t += w
            self.cum.append(t)
        self.total = t

    def __call__(self, rng):
        return self.items[bisect.bisect_right(self.cum, rng.random() * self.total)]


def zipf_pick(items, s=0.55):
    return Pick([(x, 1.0 / (i + 1) ** s) for i, x in enumerate(items)])


def first_hit(rng, table):
    """At most one label from a cumulative probability table (or None)."""
    r = rng.random()
    acc = 0.0
    for lab, p in table:
        acc += p
        if r < acc:
            return lab
    return None


def rand_date(rng, lo, hi):
    if hi <= lo:
        return lo
    return lo + dt.timedelta(days=rng.randint(0, (hi - lo).days))


def add_years(d, years):
    return d + dt.timedelta(days=int(round(years * 365.25)))


def age_on(dob, ref=CUTOFF):
    return ref.year - dob.year - ((ref.month, ref.day) < (dob.month, dob.day))


def cap(tok):
    if not tok:
        return tok
    return tok[0].upper() + tok[1:].lower()


def load_regions():
    spec = importlib.util.find_spec("lokal")
    if spec is not None and spec.submodule_search_locations:
        base = Path(list(spec.submodule_search_locations)[0]) / "data"
    else:
        base = HERE.parent.parent / ".venv/lib/python3.11/site-packages/lokal/data"
    with gzip.open(base / "desa.json.gz", "rt", encoding="utf-8") as f:
        desa = json.load(f)
    with gzip.open(base / "wilayah.json.gz", "rt", encoding="utf-8") as f:
        wil = json.load(f)
    desa = {k: v for k, v in desa.items() if k.startswith("35.")}
    wil = {k: v for k, v in wil.items() if k.startswith("35")}
    return desa, wil


# ---------------------------------------------------------------- data model
class Village:
    __slots__ = (
        "dotted",
        "code",
        "name",
        "kec",
        "kec6",
        "kec_name",
        "kab",
        "kab_name",
        "is_kel",
        "mix",
        "rws",
        "weight",
    )


class Person:
    __slots__ = ("pid", "hh", "nik", "name", "sex", "pob", "dob", "rel", "culture", "spouse")


class Household:
    __slots__ = ("hid", "kk", "kk_date", "members", "village", "rt", "rw", "place", "desil", "culture")


class Gen:
    def __init__(self, seed, registry_rows, list_rows):
        self.rng = random.Random(seed)  # noqa: S311 - reproducible test data, not crypto
        self.seed = seed
        self.registry_rows = registry_rows
        self.list_rows = list_rows
        self.desa, self.wil = load_regions()
        self.nik_last = {}
        self.kk_last = {}
        self.used_ids = set()
        self.nik_set = set()
        self.kk_set = set()
        self.kec_all = sorted(k for k in self.wil if len(k) == 8)
        self.kec_by_kab = {}
        for k in self.kec_all:
            self.kec_by_kab.setdefault(k[:5], []).append(k)
        self.desa_by_kec = {}
        for k in sorted(self.desa):
            self.desa_by_kec.setdefault(k[:8], []).append(k)
        self.desa_by_name = {}
        for k in sorted(self.desa):
            self.desa_by_name.setdefault(self.desa[k].lower(), []).append(k)
        self.name_picks = {}
        for cult, tab in N.TABLES.items():
            for key, lst in tab.items():
                self.name_picks[(cult, key)] = zipf_pick(lst, 0.5 if key[1] == "kid" else 0.6)
        self.second = {
            "jm": zipf_pick(N.JAV_M2, 0.6),
            "jf": zipf_pick(N.JAV_F2, 0.6),
            "am": zipf_pick(N.ARAB_M2, 0.6),
            "af": zipf_pick(N.ARAB_F2, 0.6),
            "d": zipf_pick(N.ABDUL2, 0.6),
            "mm": zipf_pick(N.MOD_M2, 0.3),
            "mf": zipf_pick(N.MOD_F2, 0.3),
            "m3m": zipf_pick(N.MOD_M3, 0.3),
            "m3f": zipf_pick(N.MOD_F3, 0.3),
        }
        self.style = {k: Pick(v) for k, v in STYLE.items()}
        self.p = {
            k: Pick(v)
            for k, v in {
                "hh": HH_TYPES,
                "case": BATCH_CASE,
                "dob": BATCH_DOB,
                "sex": BATCH_SEX,
                "num": BATCH_NUM,
                "kode": BATCH_KODE,
                "alamat": BATCH_ALAMAT,
                "nonreg": NONREG_KINDS,
            }.items()
        }
        self.desil = Pick([(i + 1, w) for i, w in enumerate(DESIL_W)])

    # ------------------------------------------------------------ identifiers
    def new_id(self, prefix):
        while True:
            v = f"{prefix}{self.rng.randrange(10**9, 10**10)}"
            if v not in self.used_ids:
                self.used_ids.add(v)
                return v

    def _serial(self, last, key):
        rng = self.rng
        cur = last.get(key)
        if cur is None:
            cur = 0 if rng.random() < 0.6 else rng.randint(1, 6)
        cur += 1 if rng.random() < 0.65 else rng.randint(2, 5)
        last[key] = cur
        return cur

    def make_nik(self, kec6, dob, sex):
        day = dob.day + (40 if sex == "P" else 0)
        key = f"{kec6}{day:02d}{dob.month:02d}{dob.year % 100:02d}"
        while True:
            s = self._serial(self.nik_last, key)
            nik = f"{key}{s:04d}"
            if nik not in self.nik_set and nik not in self.kk_set:
                self.nik_set.add(nik)
                return nik

    def make_kk(self, kec6, issue):
        key = f"{kec6}{issue.day:02d}{issue.month:02d}{issue.year % 100:02d}"
        while True:
            s = self._serial(self.kk_last, key)
            kk = f"{key}{s:04d}"
            if kk not in self.kk_set and kk not in self.nik_set:
                self.kk_set.add(kk)
                return kk

    def kk_issue_date(self, youngest):
        rng = self.rng
        lo = youngest + dt.timedelta(days=1)
        if youngest.year >= 2004 and rng.random() < 0.55:
            d = youngest + dt.timedelta(days=rng.randint(14, 720))
            if d > CUTOFF:
                d = rand_date(rng, lo, CUTOFF)
        else:
            lo2 = max(lo, dt.date(2006, 1, 1))
            # skew towards recent updates (KK re-issued on every change)
            a = rand_date(rng, lo2, CUTOFF)
            b = rand_date(rng, lo2, CUTOFF)
            d = max(a, b) if rng.random() < 0.4 else a
        d = min(d, CUTOFF)
        if d < lo:
            d = lo
        return d

    # ------------------------------------------------------------ regions
    def nik_kec(self, village, rel):
        rng = self.rng
        stay = {
            REL_ANAK: (0.92, 0.05),
            REL_CUCU: (0.92, 0.05),
            REL_KK: (0.82, 0.10),
            REL_ISTRI: (0.62, 0.23),
            REL_SUAMI: (0.62, 0.23),
            REL_MENANTU: (0.55, 0.25),
            REL_OT: (0.70, 0.20),
            REL_MERTUA: (0.70, 0.20),
            REL_FAM: (0.50, 0.25),
        }[rel]
        r = rng.random()
        if r < stay[0]:
            k = village.kec
        elif r < stay[0] + stay[1]:
            k = rng.choice(self.kec_by_kab[village.kab])
        else:
            k = rng.choice(self.kec_all)
        return k.replace(".", "")

    def pick_villages(self):
        rng = self.rng
        n_vill = max(4, round(self.registry_rows / ROWS_PER_VILLAGE))
        counts = [max(1, round(n_vill * s)) for _, s, _ in KABUPATEN]
        chosen = []
        for (kab, _share, mix), cnt in zip(KABUPATEN, counts, strict=True):
            kecs = list(self.kec_by_kab[kab])
            rng.shuffle(kecs)
            got = []
            for kec in kecs:
                ds = list(self.desa_by_kec.get(kec, []))
                rng.shuffle(ds)
                need = cnt - len(got)
                if need <= 0:
                    break
                # a village sample is clustered: whole kecamatan, or most of one
                got.extend(ds[:need])
            for code in got:
                chosen.append((code, mix))
        chosen.sort()
        villages = []
        for code, mix in chosen:
            v = Village()
            v.dotted = code
            v.code = code.replace(".", "")
            v.name = self.desa[code]
            v.kec = code[:8]
            v.kec6 = v.kec.replace(".", "")
            v.kec_name = self.wil.get(v.kec, "")
            v.kab = code[:5]
            v.kab_name = self.wil.get(v.kab, "")
            v.is_kel = code[9] == "1"
            v.mix = Pick(sorted(mix.items()))
            v.weight = rng.uniform(0.6, 1.5)
            v.rws = self.make_rws(v, mix)
            villages.append(v)
        return villages

    def make_rws(self, v, mix):
        rng = self.rng
        n_rw = rng.randint(2, 4) if v.is_kel else rng.randint(2, 9)
        madu = mix.get("mad", 0) > 0.5
        pool = list(N.STREETS if v.is_kel else (N.MAD_DUSUN if madu else N.JAV_DUSUN))
        rng.shuffle(pool)
        rws = []
        place = None
        for i in range(n_rw):
            if place is None or rng.random() < 0.55 or v.is_kel:
                place = pool[i % len(pool)]
                if i == 0 and not v.is_kel and rng.random() < 0.6:
                    place = "Krajan"
            rws.append((i + 1, rng.randint(2, 7), place))
        return rws

    # ------------------------------------------------------------ names
    def gen_name(self, culture, sex, year):
        rng = self.rng
        era = "old" if year < 1960 else "mid" if year < 1985 else "young" if year < 2005 else "kid"
        first, mode = self.name_picks[(culture, (sex, era))](rng).split("|")
        toks = [first]
        p_opt = {"old": 0.25, "mid": 0.5, "young": 0.65, "kid": 0.85}[era]
        m = sex == "L"
        if mode in ("j", "J"):
            if mode == "J" or rng.random() < p_opt:
                toks.append(self.second["jm" if m else "jf"](rng))
        elif mode in ("a", "A"):
            if mode == "A" or rng.random() < p_opt:
                toks.append(self.second["am" if m else "af"](rng))
        elif mode == "D":
            toks.append(self.second["d"](rng))
        elif mode in ("f", "F") and first in N.ARAB_COMPOUND and (mode == "F" or rng.random() < p_opt):
            toks.append(rng.choice(N.ARAB_COMPOUND[first]))
        elif mode in ("f", "F"):
            if mode == "F" or rng.random() < p_opt:
                toks.append(self.second["af" if rng.random() < 0.7 else "jf"](rng))
        elif mode in ("m", "M"):
            if mode == "M" or rng.random() < p_opt:
                t2 = self.second["mm" if m else "mf"](rng)
                if rng.random() < 0.5:
                    k2, mode2 = self.name_picks[(culture, (sex, era))](rng).split("|")
                    if mode2 == "m" and k2 != first:
                        t2 = k2
                toks.append(t2)
                if rng.random() < 0.5:
                    t3 = self.second["m3m" if m else "m3f"](rng)
                    if t3 not in toks:
                        toks.append(t3)
        elif rng.random() < 0.04:
            toks.append(self.second["jm" if m else "jf"](rng))
        kind = PREFIX_KIND.get(toks[0])
        if kind:
            skey = (kind, "kid") if kind == "muh" and era == "kid" else (kind, culture)
            toks[0] = self.style[skey](rng)
        name = " ".join(toks)
        # avoid accidental doubles such as "Hasan Hasan"
        parts = name.split(" ")
        if len(parts) > 1 and parts[-1] == parts[-2]:
            parts.pop()
        return " ".join(parts)

    # ------------------------------------------------------------ households
    def birth_at_age(self, age):
        rng = self.rng
        d = CUTOFF - dt.timedelta(days=int(age * 365.25) + rng.randint(0, 364))
        if d < MIN_BIRTH:
            d = MIN_BIRTH + dt.timedelta(days=rng.randint(0, 364))
        if d.year <= 1965:
            r = rng.random()
            if r < 0.07:
                d = dt.date(d.year, 1, 1)
            elif r < 0.09:
                d = dt.date(d.year, 12, 31)
            elif r < 0.10:
                d = dt.date(d.year, 7, 1)
        return min(d, CUTOFF)

    def children(self, mother_dob, n, leave_home=True):
        rng = self.rng
        out = []
        d = add_years(mother_dob, rng.uniform(18, 28))
        limit = add_years(mother_dob, 44)
        for _ in range(n):
            if d > CUTOFF - dt.timedelta(days=2) or d > limit:
                break
            if d >= MIN_BIRTH:
                age = age_on(d)
                if not (leave_home and age >= 25 and rng.random() < min(0.9, 0.25 + (age - 25) * 0.06)):
                    out.append(d)
            d = d + dt.timedelta(days=rng.randint(500, 2400))
        return out

    def household_members(self):
        """List of [rel, sex, dob, spouse_index]."""
        rng = self.rng
        t = self.p["hh"](rng)
        m = []

        def add(rel, sex, dob, sp=None):
            m.append([rel, sex, dob, sp])
            return len(m) - 1

        def kids(mother_dob, weights):
            n = Pick(list(enumerate(weights)))(rng)
            for d in self.children(mother_dob, n):
                add(REL_ANAK, "L" if rng.random() < 0.51 else "P", d)

        if t == "elder_single":
            add(REL_KK, "P" if rng.random() < 0.68 else "L", self.birth_at_age(rng.randint(60, 93)))
        elif t == "elder_couple":
            ha = rng.randint(56, 92)
            wa = max(50, ha - rng.randint(0, 9))
            h = add(REL_KK, "L", self.birth_at_age(ha))
            w = add(REL_ISTRI, "P", self.birth_at_age(wa), h)
            m[h][3] = w
            if rng.random() < 0.25 and wa >= 45:
                ca = rng.randint(20, min(45, wa - 19))
                add(REL_ANAK, "L" if rng.random() < 0.5 else "P", self.birth_at_age(ca))
        elif t in ("nuclear", "with_parent", "extended"):
            if t == "extended":
                ha = rng.randint(45, 75)
            else:
                ha = int(rng.triangular(21, 68, 38))
            fem_head = rng.random() < 0.06
            if fem_head:
                wa, hua = ha, max(20, ha + rng.randint(-1, 8))
            else:
                hua, wa = ha, max(18, ha - rng.randint(-2, 9))
            hd, wd = self.birth_at_age(hua), self.birth_at_age(wa)
            if fem_head:
                w = add(REL_KK, "P", wd)
                h = add(REL_SUAMI, "L", hd, w)
            else:
                h = add(REL_KK, "L", hd)
                w = add(REL_ISTRI, "P", wd, h)
            m[h][3], m[w][3] = w, h
            if t == "extended":
                cdates = self.children(wd, rng.randint(1, 3), leave_home=False)
                married = None
                for d in cdates:
                    if married is None and age_on(d) >= 20:
                        married = d
                    elif age_on(d) < 30:
                        add(REL_ANAK, "L" if rng.random() < 0.5 else "P", d)
                if married is None:
                    married = self.birth_at_age(rng.randint(20, max(20, min(38, wa - 19))))
                csex = "L" if rng.random() < 0.45 else "P"
                c = add(REL_ANAK, csex, married)
                msex = "P" if csex == "L" else "L"
                mdob = self.birth_at_age(max(18, age_on(married) + rng.randint(-4, 4)))
                mm = add(REL_MENANTU, msex, mdob, c)
                m[c][3] = mm
                mother = married if csex == "P" else mdob
                for d in self.children(mother, Pick([(0, 2), (1, 4), (2, 3), (3, 1)])(rng), False):
                    add(REL_CUCU, "L" if rng.random() < 0.51 else "P", d)
            else:
                kids(wd, [6, 24, 34, 22, 9, 5])
            if t == "with_parent":
                pa = min(95, max(ha, wa) + rng.randint(20, 34))
                rel = REL_OT if rng.random() < 0.55 else REL_MERTUA
                add(rel, "P" if rng.random() < 0.72 else "L", self.birth_at_age(pa))
        else:  # single_parent
            fem = rng.random() < 0.8
            pa = rng.randint(26, 72)
            pd = self.birth_at_age(pa)
            add(REL_KK, "P" if fem else "L", pd)
            mother = pd if fem else self.birth_at_age(max(18, pa - rng.randint(0, 6)))
            n0 = len(m)
            for d in self.children(mother, rng.randint(1, 4)):
                add(REL_ANAK, "L" if rng.random() < 0.51 else "P", d)
            if len(m) == n0 and pa < 60:
                kids(mother, [0, 1, 1, 1, 0, 0])
        if rng.random() < 0.04:
            add(REL_FAM, "L" if rng.random() < 0.5 else "P", self.birth_at_age(rng.randint(8, 75)))
        return m

    def pob_for(self, nik_kec6, village):
        rng = self.rng
        r = rng.random()
        if r < 0.01:
            return ""
        if r < 0.09:
            return rng.choice(N.OTHER_BIRTHPLACES)
        kab = f"{nik_kec6[:2]}.{nik_kec6[2:4]}"
        nm = self.wil.get(kab, village.kab_name)
        return nm.replace("Kabupaten ", "").replace("Kota ", "").upper()

    def build_registry(self):
        rng = self.rng
        self.villages = self.pick_villages()
        tot_w = sum(v.weight for v in self.villages)
        quotas = [int(self.registry_rows * v.weight / tot_w) for v in self.villages]
        quotas[-1] += self.registry_rows - sum(quotas)
        self.households = []
        self.persons = []
        for v, q in zip(self.villages, quotas, strict=True):
            n = 0
            while n < q:
                spec = self.household_members()
                if n + len(spec) > q:
                    spec = spec[: q - n]
                    spec = [s if s[3] is None or s[3] < len(spec) else [s[0], s[1], s[2], None] for s in spec]
                hh = Household()
                hh.hid = self.new_id("K")
                hh.village = v
                hh.culture = v.mix(rng)
                rw, n_rt, place = rng.choice(v.rws)
                hh.rw, hh.rt, hh.place = rw, rng.randint(1, n_rt), place
                hh.desil = "" if rng.random() < 0.004 else self.desil(rng)
                members = []
                for rel, sex, dob, _sp in spec:
                    p = Person()
                    p.pid = self.new_id("P")
                    p.hh = hh
                    p.rel, p.sex, p.dob = rel, sex, dob
                    p.culture = hh.culture if rng.random() > 0.05 else v.mix(rng)
                    kec6 = self.nik_kec(v, rel)
                    p.nik = self.make_nik(kec6, dob, sex)
                    p.pob = self.pob_for(kec6, v)
                    p.name = self.gen_name(p.culture, sex, dob.year)
                    p.spouse = None
                    members.append(p)
                for p, s in zip(members, spec, strict=True):
                    if s[3] is not None:
                        p.spouse = members[s[3]]
                hh.members = members
                hh.kk_date = self.kk_issue_date(max(p.dob for p in members))
                hh.kk = self.make_kk(v.kec6, hh.kk_date)
                self.households.append(hh)
                self.persons.extend(members)
                n += len(members)

    def registry_alamat(self, hh):
        if hh.village.is_kel:
            return f"JL. {hh.place.upper()}" + (f" GG. {hh.rt % 5 + 1}" if hh.rt % 3 == 0 else "")
        return f"DUSUN {hh.place.upper()}"

    def write_registry(self, path):
        with open(path, "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(
                [
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
            )
            for hh in self.households:
                al = self.registry_alamat(hh)
                for p in hh.members:
                    w.writerow(
                        [
                            p.pid,
                            hh.hid,
                            p.nik,
                            hh.kk,
                            p.name.upper(),
                            p.sex,
                            p.pob,
                            p.dob.isoformat(),
                            p.rel,
                            al,
                            hh.rt,
                            hh.rw,
                            hh.village.code,
                            hh.desil,
                        ]
                    )

    # ------------------------------------------------------------ list rows
    def eligible_weight(self, p):
        a = age_on(p.dob)
        if a < 18 or a > 64:
            return 0.0
        w = {
            REL_KK: 1.0,
            REL_ISTRI: 1.3,
            REL_SUAMI: 0.6,
            REL_ANAK: 0.3,
            REL_MENANTU: 0.5,
            REL_FAM: 0.2,
            REL_OT: 0.3,
            REL_MERTUA: 0.3,
            REL_CUCU: 0.2,
        }[p.rel]
        if p.sex == "P":
            w *= 1.6
        d = p.hh.desil
        w *= 0.5 if d == "" else (1.0 if d <= 3 else 0.7 if d <= 5 else 0.35 if d <= 7 else 0.12)
        if 30 <= a <= 55:
            w *= 1.3
        return w

    def build_list_people(self):
        rng = self.rng
        n = self.list_rows
        n_non = round(n * NONREG_SHARE)
        n_dup = max(1, round(n * DUP_SHARE)) if n >= 50 else 0
        n_reg = n - n_non - n_dup
        k = max(2, round(len(self.villages) * 0.6))
        lvs = sorted(rng.sample(range(len(self.villages)), min(k, len(self.villages))))
        self.list_villages = [self.villages[i] for i in lvs]
        pool = {v.code: [] for v in self.list_villages}
        for p in self.persons:
            c = p.hh.village.code
            if c in pool:
                w = self.eligible_weight(p)
                if w > 0:
                    pool[c].append((p, w))
        vw = Pick([(v, len(pool[v.code]) * rng.uniform(0.5, 1.5)) for v in self.list_villages])
        want = {v.code: 0 for v in self.list_villages}
        for _ in range(n_reg):
            want[vw(rng).code] += 1
        chosen = []
        spill = 0
        for v in self.list_villages:
            keyed = sorted(((rng.random() ** (1.0 / w), i) for i, (_p, w) in enumerate(pool[v.code])), reverse=True)
            used_hh = set()
            got = 0
            target = want[v.code] + spill
            spill = 0
            for _key, i in keyed:
                if got >= target:
                    break
                p = pool[v.code][i][0]
                if p.hh.hid in used_hh and rng.random() < 0.95:
                    continue
                used_hh.add(p.hh.hid)
                chosen.append(p)
                got += 1
            spill = target - got
        rows = []
        for p in chosen:
            rows.append({"kind": "reg", "p": p, "v": p.hh.village, "labels": []})
        for _ in range(n_non + spill):
            rows.append(self.nonreg_row(vw(rng), pool))
        regs = [r for r in rows if r["kind"] == "reg"]
        dups = []
        for r in rng.sample(regs, min(n_dup, len(regs))):
            d = {"kind": "reg", "p": r["p"], "v": r["v"], "labels": ["duplicate"], "dup_of": r}
            d["tail"] = rng.random() < 0.5
            dups.append(d)
        return rows, dups

    def nonreg_row(self, v, pool):
        rng = self.rng
        kind = self.p["nonreg"](rng)
        cands = pool[v.code]
        base = rng.choice(cands)[0] if cands else None
        p = Person()
        p.pid = ""
        p.spouse = None
        p.rel = ""
        hh = Household()
        hh.village = v
        rw, n_rt, place = rng.choice(v.rws)
        hh.rw, hh.rt, hh.place = rw, rng.randint(1, n_rt), place
        hh.culture = v.mix(rng)
        p.culture = hh.culture
        p.sex = "P" if rng.random() < 0.62 else "L"
        p.dob = self.birth_at_age(int(rng.triangular(20, 64, 42)))
        if kind == "nonreg_outside":
            others = [d for d in self.desa_by_kec.get(v.kec, []) if d not in {x.dotted for x in self.villages}]
            if others:
                ov = Village()
                code = rng.choice(others)
                ov.dotted, ov.code, ov.name = code, code.replace(".", ""), self.desa[code]
                ov.kec, ov.kec6, ov.kec_name = v.kec, v.kec6, v.kec_name
                ov.kab, ov.kab_name, ov.is_kel = v.kab, v.kab_name, code[9] == "1"
                ov.mix, ov.weight = v.mix, 1.0
                ov.rws = self.make_rws(ov, {"jav": 1.0} if p.culture == "jav" else {"mad": 1.0})
                hh.village = ov
                rw, n_rt, place = rng.choice(ov.rws)
                hh.rw, hh.rt, hh.place = rw, rng.randint(1, n_rt), place
            else:
                kind = "nonreg_new"
        if kind in ("nonreg_namesake", "nonreg_same_dob", "nonreg_family") and base is None:
            kind = "nonreg_new"
        if kind == "nonreg_namesake":
            p.sex = base.sex
            p.culture = base.culture
            while abs(p.dob.year - base.dob.year) < 1:
                p.dob = self.birth_at_age(int(rng.triangular(20, 64, 42)))
        elif kind == "nonreg_same_dob":
            p.sex, p.dob = base.sex, base.dob
        elif kind == "nonreg_family":
            bh = base.hh
            hh.rw, hh.rt, hh.place, hh.culture = bh.rw, bh.rt, bh.place, bh.culture
            p.culture = bh.culture
            hh.kk, hh.kk_date = bh.kk, bh.kk_date
            hh.members = [p] + list(bh.members)
        p.name = base.name if kind == "nonreg_namesake" else self.gen_name(p.culture, p.sex, p.dob.year)
        if kind == "nonreg_same_dob":
            k6 = base.nik[:6]
        elif rng.random() < 0.8:
            k6 = v.kec6
        else:
            k6 = self.nik_kec(v, REL_ISTRI)
        p.nik = self.make_nik(k6, p.dob, p.sex)
        p.pob = self.pob_for(k6, v)
        if kind != "nonreg_family":
            issue = self.kk_issue_date(add_years(p.dob, rng.uniform(18, 40)) if rng.random() < 0.5 else p.dob)
            hh.kk_date = issue
            hh.kk = self.make_kk(hh.village.kec6, issue)
            hh.members = [p]
        p.hh = hh
        # listed in the file of the desa whose facilitator collected it (v)
        return {"kind": "non", "p": p, "v": v, "labels": [kind], "base": base}

    # ------------------------------------------------------------ name errors
    def name_variant(self, toks):
        rng = self.rng
        idx = list(range(len(toks)))
        rng.shuffle(idx)
        for i in idx:
            t = toks[i]
            for fam in FAMILIES:
                if t in fam:
                    alts = [x for x in fam if x != t]
                    toks[i] = rng.choice(alts)
                    return True
            if t.endswith(".") or len(t) < 3:
                continue
            rules = list(VARIANT_RULES)
            rng.shuffle(rules)
            low = t.lower()
            for pat, rep in rules:
                new = pat.sub(rep, low, count=1)
                if new != low and len(new) >= 3:
                    toks[i] = cap(new)
                    return True
        return False

    def name_spacing(self, toks):
        rng = self.rng
        for i, t in enumerate(toks):
            low = t.lower()
            m = re.match(r"^(nur|sri|siti|fathor|abdur|abdul)([a-z]{3,})$", low)
            if m:
                a, b = m.group(1), m.group(2)
                if a == "abdur":
                    a = "abdul"
                toks[i : i + 1] = [cap(a), cap(b)]
                return True
            m = re.match(r"^([a-z]{3,}ur)(rahman|rohman|rahim|rozak)$", low)
            if m:
                toks[i : i + 1] = [cap(m.group(1)), cap(m.group(2))]
                return True
        pairs = [
            i
            for i in range(len(toks) - 1)
            if not toks[i].endswith(".")
            and not toks[i + 1].endswith(".")
            and (
                toks[i].lower() in ("nur", "nor", "sri", "abdul", "fathor", "siti")
                or re.search(r"(ul|ur|us|ut|uz|un|ol)$", toks[i].lower())
                or toks[i + 1].lower() in ("rahman", "rohman", "rahim", "rohim", "hadi", "hayati")
            )
        ]
        if not pairs:
            return False
        i = rng.choice(pairs)
        a, b = toks[i], toks[i + 1]
        if a.lower() == "abdul" and b[0].lower() in "tdrzsnl":
            merged = "Abdu" + b[0].lower() + b.lower()
        else:
            merged = a + b.lower()
        toks[i : i + 2] = [cap(merged)]
        return True

    def name_abbrev(self, toks):
        rng = self.rng
        if len(toks) < 2:
            return False
        if toks[0] in MUH_FAM + AHM_FAM + ABD_FAM and not toks[0].endswith(".") and rng.random() < 0.7:
            toks[0] = toks[0][0] + "."
            return True
        cand = [i for i in range(1, len(toks)) if not toks[i].endswith(".")]
        if not cand:
            return False
        i = cand[-1] if len(toks) == 2 or rng.random() < 0.5 else rng.choice(cand)
        toks[i] = toks[i][0].upper() + "."
        return any(not t.endswith(".") for t in toks)

    def name_drop(self, toks):
        if len(toks) < 2:
            return False
        if toks[0] in DROPPABLE_FIRST and len(toks) >= 2:
            del toks[0]
        else:
            del toks[-1]
        return any(not t.endswith(".") for t in toks)

    def name_nickname(self, toks):
        """Javanese / Madurese short form: the last two syllables of the main
        name (Sumarni -> Marni, Sri Wahyuni -> Yuni, Nurhayati -> Yati)."""
        cand = [t for t in toks if not t.endswith(".") and t not in DROPPABLE_FIRST and "'" not in t]
        if not cand:
            return False
        low = cand[-1].lower()
        groups = [m.start() for m in re.finditer(r"[aiueo]+", low)]
        if len(groups) < 3:
            return False
        start = groups[-2] - 1
        if start <= 0 or low[start] in "aiueo":
            return False
        short = low[start:]
        if len(short) < 3:
            return False
        toks[:] = [cap(short)]
        return True

    def name_title(self, toks, p):
        rng = self.rng
        a = age_on(p.dob)
        if p.sex == "L":
            opts = [("H.", 3 if a >= 40 else 0.3), ("Bpk.", 2), ("Pak", 1), ("Ust.", 0.4)]
        else:
            opts = [("Hj.", 3 if a >= 40 else 0.3), ("Ibu", 2), ("Bu", 1.5), ("Ny.", 1)]
        if a < 40:
            opts.append((", S.Pd", 0.8))
            opts.append((", S.E.", 0.3))
        t = Pick(opts)(rng)
        if t.startswith(","):
            toks[-1] = toks[-1] + ","
            toks.append(t[2:])
        else:
            toks.insert(0, t)
        return True

    def typo(self, s):
        rng = self.rng
        pos = [i for i, c in enumerate(s) if c.isalpha()]
        if len(pos) < 3:
            return s
        i = rng.choice(pos)
        op = rng.random()
        c = s[i]
        if op < 0.40:
            nb = KEYBOARD.get(c.lower(), "")
            if not nb:
                return s[:i] + s[i + 1 :]
            r = rng.choice(nb)
            r = r.upper() if c.isupper() else r
            return s[:i] + r + s[i + 1 :]
        if op < 0.65:
            return s[:i] + s[i + 1 :]
        if op < 0.85:
            return s[:i] + c + s[i:]
        j = i + 1
        if j < len(s) and s[j].isalpha() and s[j] != c:
            return s[:i] + s[j] + c + s[j + 1 :]
        return s[:i] + s[i + 1 :]

    def render_name(self, row, batch):
        rng = self.rng
        p = row["p"]
        labels = row["labels"]
        name = p.name
        husband = p.sex == "P" and p.spouse is not None and p.spouse.sex == "L" and row["kind"] == "reg"
        if husband and rng.random() < NAME_HUSBAND_RATE:
            hn = [t for t in p.spouse.name.split(" ") if t not in DROPPABLE_FIRST and not t.endswith(".")]
            hn = hn or p.spouse.name.split(" ")
            name = (rng.choice(["Bu ", "Ny. "]) + hn[0]) if rng.random() < 0.7 else "Ny. " + p.spouse.name
            labels.append("name_husband")
        else:
            toks = name.split(" ")
            for lab, rate in NAME_RATES.items():
                if lab in ("name_typo", "name_whitespace") or rng.random() >= rate:
                    continue
                before = list(toks)
                ok = {
                    "name_variant": lambda: self.name_variant(toks),
                    "name_spacing": lambda: self.name_spacing(toks),
                    "name_abbrev": lambda: self.name_abbrev(toks),
                    "name_drop_token": lambda: self.name_drop(toks),
                    "name_nickname": lambda: self.name_nickname(toks),
                    "name_title": lambda: self.name_title(toks, p),
                }[lab]()
                if ok and " ".join(toks).lower() != " ".join(before).lower():
                    labels.append(lab)
                else:
                    toks[:] = before
            name = " ".join(toks)
            if rng.random() < NAME_RATES["name_typo"]:
                new = self.typo(name)
                if new.lower() != name.lower():
                    name = new
                    labels.append("name_typo")
        case = batch["case"]
        if case == "typed":
            case = Pick([("title", 70), ("upper", 20), ("lower", 10)])(rng)
        if case == "upper":
            name = name.upper()
        elif case == "lower":
            name = name.lower()
        else:
            name = " ".join(cap(t) if not t.startswith("S.") else t for t in name.split(" "))
        if rng.random() < NAME_RATES["name_whitespace"]:
            kind = rng.randint(0, 3)
            if kind == 0 and " " in name:
                name = name.replace(" ", "  ", 1)
            elif kind == 1:
                name = name + " "
            elif kind == 2:
                name = " " + name
            else:
                name = name.replace(" ", "\u00a0", 1) if " " in name else name + "\u00a0"
            labels.append("name_whitespace")
        return name

    # ------------------------------------------------------------ number errors
    def digit_typo(self, s):
        rng = self.rng
        i = rng.randrange(6, len(s)) if len(s) > 6 and rng.random() < 0.8 else rng.randrange(len(s))
        d = s[i]
        r = str((int(d) + rng.choice([1, -1, 2, 3, 5])) % 10)
        return s[:i] + r + s[i + 1 :]

    def transpose(self, s):
        rng = self.rng
        for _ in range(10):
            i = rng.randrange(len(s) - 1)
            if s[i] != s[i + 1]:
                return s[:i] + s[i + 1] + s[i] + s[i + 2 :]
        return self.digit_typo(s)

    def excel(self, val, mode, prefix, labels):
        if not val or not val.isdigit() or len(val) < 12:
            return val
        if mode == "mixed_zero":
            mode = "zero" if self.rng.random() < 0.5 else "text"
        if mode == "apostrophe":
            labels.append(f"{prefix}_apostrophe")
            return "'" + val
        if mode == "sci":
            labels.append(f"{prefix}_excel_sci")
            return f"{float(val):.5E}"
        if mode == "zero" and len(val) > 15:
            new = val[:15] + "0" * (len(val) - 15)
            if new != val:
                labels.append(f"{prefix}_excel_zero")
            return new
        return val

    def render_nik_kk(self, row, batch):
        rng = self.rng
        p, hh, labels = row["p"], row["p"].hh, row["labels"]
        nik, kk = p.nik, hh.kk
        e = first_hit(rng, NIK_ERRORS)
        sep = False
        if e == "nik_blank":
            nik = ""
        elif e == "nik_typo":
            nik = self.digit_typo(nik)
        elif e == "nik_transpose":
            nik = self.transpose(nik)
        elif e == "nik_length":
            i = rng.randrange(6, 16)
            nik = nik[:i] + nik[i + 1 :] if rng.random() < 0.6 else nik[:i] + nik[i] + nik[i:]
        elif e == "nik_family":
            others = [m for m in hh.members if m is not p and m.nik != p.nik]
            if others:
                nik = (p.spouse if p.spouse in others else rng.choice(others)).nik
            else:
                e = None
        elif e == "nik_is_kk":
            nik = kk
        elif e == "nik_old_region":
            k6 = rng.choice(self.kec_by_kab[row["v"].kab]).replace(".", "")
            if k6 == nik[:6]:
                k6 = rng.choice(self.kec_all).replace(".", "")
            nik = self.make_nik(k6, p.dob, p.sex) if k6 != p.nik[:6] else nik
            e = e if nik != p.nik else None
        elif e == "nik_separators":
            sep = True
        elif e == "nik_kk_swapped":
            nik, kk = kk, nik
        if e:
            labels.append(e)
        ke = None
        if e != "nik_kk_swapped":
            if batch["kk_absent"]:
                ke = "kk_blank"
                kk = ""
            else:
                ke = first_hit(rng, KK_ERRORS)
                if ke == "kk_blank":
                    kk = ""
                elif ke == "kk_typo":
                    kk = self.digit_typo(kk)
                elif ke == "kk_transpose":
                    kk = self.transpose(kk)
                elif ke == "kk_outdated":
                    if rng.random() < 0.6:
                        lo = max(p.dob, hh.kk_date - dt.timedelta(days=3650))
                        d = rand_date(rng, lo, hh.kk_date - dt.timedelta(days=30))
                    else:
                        d = rand_date(rng, hh.kk_date + dt.timedelta(days=1), CUTOFF)
                    if d == hh.kk_date or d > CUTOFF:
                        d = hh.kk_date - dt.timedelta(days=400)
                    kk = self.make_kk(kk[:6], d)
                elif ke == "kk_is_nik":
                    kk = p.nik
            if ke:
                labels.append(ke)
        nik = self.excel(nik, batch["nik_num"], "nik", labels)
        if kk:
            kk = self.excel(kk, batch["kk_num"], "kk", labels)
        if sep and nik.isdigit() and len(nik) == 16:
            if rng.random() < 0.5:
                nik = " ".join(nik[i : i + 4] for i in range(0, 16, 4))
            else:
                nik = f"{nik[:2]}.{nik[2:4]}.{nik[4:6]}.{nik[6:12]}.{nik[12:]}"
        return nik, kk

    # ------------------------------------------------------------ other fields
    def render_sex(self, row, batch):
        rng = self.rng
        sex = row["p"].sex
        e = first_hit(rng, SEX_ERRORS)
        code = batch["sex"]
        if code == "blank":
            row["labels"].append("sex_blank")
            return ""
        if e == "sex_blank":
            row["labels"].append(e)
            return ""
        if e == "sex_wrong":
            row["labels"].append(e)
            sex = "P" if sex == "L" else "L"
        m = sex == "L"
        return {
            "LP": "L" if m else "P",
            "words": "Laki-laki" if m else "Perempuan",
            "LK_PR": "LK" if m else "PR",
            "pria_wanita": "Pria" if m else "Wanita",
            "digits": "1" if m else "2",
            "lower": "l" if m else "p",
        }[code]

    def render_dob(self, row, batch):
        rng = self.rng
        p, labels = row["p"], row["labels"]
        d = p.dob
        e = first_hit(rng, DOB_ERRORS)
        invalid = None
        if e == "dob_blank":
            labels.append(e)
            return ""
        if e == "dob_swap_dm":
            if d.day <= 12 and d.day != d.month:
                d = dt.date(d.year, d.day, d.month)
            else:
                e = None
        elif e == "dob_year_typo":
            y = d.year + rng.choice([-1, 1, -10, 10, 2])
            if rng.random() < 0.3 and (d.year % 10) != (d.year // 10) % 10:
                y = d.year - (d.year % 100) + (d.year % 10) * 10 + (d.year // 10) % 10  # 1975 -> 1957
            try:
                nd = dt.date(y, d.month, d.day)
                e = e if MIN_BIRTH.year - 5 <= y <= 2025 and nd != d else None
                d = nd if e else d
            except ValueError:
                e = None
        elif e == "dob_day_typo":
            nd = d + dt.timedelta(days=rng.choice([-1, 1, 10, -10, 2]))
            if nd.year == d.year:
                d = nd
            else:
                e = None
        elif e == "dob_month_typo":
            mo = d.month + rng.choice([-1, 1])
            try:
                if 1 <= mo <= 12:
                    d = dt.date(d.year, mo, d.day)
                else:
                    e = None
            except ValueError:
                e = None
        elif e == "dob_placeholder":
            nd = dt.date(d.year, 1, 1) if rng.random() < 0.75 else dt.date(d.year, 12, 31)
            if nd != d:
                d = nd
            else:
                e = None
        elif e == "dob_nik_female_day":
            if p.sex == "P":
                invalid = (d.day + 40, d.month, d.year)
            else:
                e = None
        elif e == "dob_wrong":
            others = [m for m in p.hh.members if m is not p and m.dob != p.dob]
            if others:
                d = rng.choice(others).dob
            else:
                d = self.birth_at_age(rng.randint(20, 64))
        if e:
            labels.append(e)
        fmt = batch["dob"]
        if invalid:
            dd, mm, yy = invalid
            s = f"{yy}-{mm:02d}-{dd:02d}" if fmt == "iso" else f"{dd:02d}/{mm:02d}/{yy}"
            if fmt == "ttl" and p.pob:
                labels.append("dob_with_place")
                s = f"{cap(p.pob)}, {dd:02d}-{mm:02d}-{yy}"
            return s
        if fmt == "dmy_slash":
            return f"{d.day:02d}/{d.month:02d}/{d.year}"
        if fmt == "dmy_dash":
            return f"{d.day:02d}-{d.month:02d}-{d.year}"
        if fmt == "iso":
            return d.isoformat()
        if fmt == "indo_long":
            return f"{d.day} {N.MONTHS_ID[d.month - 1]} {d.year}"
        if fmt == "dmy_dot":
            return f"{d.day:02d}.{d.month:02d}.{d.year}"
        if fmt == "excel_serial":
            labels.append("dob_excel_serial")
            return str((d - EXCEL_EPOCH).days)
        if fmt == "mdy_locale":
            if d.day <= 12:
                if d.day != d.month:
                    labels.append("dob_mdy")
                return f"{d.month}/{d.day}/{d.year}"
            return f"{d.day:02d}/{d.month:02d}/{d.year}"
        if fmt == "dmy_2digit":
            labels.append("dob_2digit_year")
            return f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}"
        # ttl
        if p.pob:
            labels.append("dob_with_place")
            return f"{cap(p.pob) if ' ' not in p.pob else p.pob.title()}, {d.day:02d}-{d.month:02d}-{d.year}"
        return f"{d.day:02d}-{d.month:02d}-{d.year}"

    def render_place(self, row, batch):
        """kode_wilayah and alamat."""
        rng = self.rng
        p, labels = row["p"], row["labels"]
        hh = p.hh
        v = hh.village
        rt, rw, place = hh.rt, hh.rw, hh.place
        dotted = v.dotted
        desa_name = v.name
        ke = first_hit(rng, KODE_ERRORS)
        if ke == "kode_moved":
            others = [d for d in self.desa_by_kec.get(v.kec, []) if d != v.dotted]
            if others:
                dotted = rng.choice(others)
                desa_name = self.desa[dotted]
                pool = N.MAD_DUSUN if p.culture == "mad" else N.JAV_DUSUN
                place = rng.choice(pool) if dotted[9] == "2" else rng.choice(N.STREETS)
                rt, rw = rng.randint(1, 6), rng.randint(1, 6)
            else:
                ke = None
        kmode = batch["kode"]
        if kmode == "blank" or ke == "kode_blank":
            kode = ""
            labels.append("kode_blank")
        else:
            if batch["samename"] and ke != "kode_moved":
                dotted = batch["samename"]
                labels.append("kode_samename")
            kode = dotted.replace(".", "")
            if ke == "kode_kec_only":
                kode = kode[:6]
            elif ke == "kode_typo":
                kode = self.digit_typo(kode)
            if kmode == "dotted" and len(kode) == 10:
                kode = f"{kode[:2]}.{kode[2:4]}.{kode[4:6]}.{kode[6:]}"
            elif kmode == "dotted" and len(kode) == 6:
                kode = f"{kode[:2]}.{kode[2:4]}.{kode[4:6]}"
            if ke and ke != "kode_blank":
                labels.append(ke)
        if ke == "kode_moved" and "kode_moved" not in labels:
            labels.append("kode_moved")
        ae = first_hit(rng, ALAMAT_ERRORS)
        amode = batch["alamat"]
        if amode == "blank" or ae == "alamat_blank":
            labels.append("alamat_blank")
            return kode, ""
        if ae == "alamat_rt_diff":
            rt = rt + rng.choice([-1, 1, 2]) if rt > 1 else rt + 1
            labels.append(ae)
        kel = dotted[9] == "1"
        kind = "Jl." if kel else "Dsn."
        pl = cap(place) if " " not in place else place
        if amode == "dsn_rt_rw":
            s = f"{kind} {pl} RT {rt:03d} RW {rw:03d}"
        elif amode == "short":
            s = f"{pl} {rt:02d}/{rw:02d}"
        elif amode == "rt_rw_desa":
            s = f"RT {rt} / RW {rw} {'Kel.' if kel else 'Ds.'} {desa_name}"
        elif amode == "full":
            s = f"{'Jl.' if kel else 'Dusun'} {pl}, {'Kelurahan' if kel else 'Desa'} {desa_name}, Kec. {v.kec_name}"
        else:
            s = f"{'Kel.' if kel else 'Desa'} {desa_name}"
        if batch["case"] == "upper":
            s = s.upper()
        return kode, s

    # ------------------------------------------------------------ batches
    def make_batch(self, v):
        rng = self.rng
        num = self.p["num"](rng)
        b = {
            "case": self.p["case"](rng),
            "dob": self.p["dob"](rng),
            "sex": self.p["sex"](rng),
            "nik_num": num,
            "kk_num": num if rng.random() < 0.7 else self.p["num"](rng),
            "kk_absent": rng.random() < BATCH_KK_ABSENT,
            "kode": self.p["kode"](rng),
            "alamat": self.p["alamat"](rng),
            "samename": None,
        }
        if v is not None and b["kode"] != "blank" and rng.random() < BATCH_KODE_SAMENAME:
            same = [c for c in self.desa_by_name.get(v.name.lower(), []) if c != v.dotted]
            if same:
                b["samename"] = rng.choice(same)
        return b

    def build_list(self):
        rng = self.rng
        rows, dups = self.build_list_people()
        by_v = {}
        for r in rows:
            by_v.setdefault(r["v"].kec + r["v"].code, []).append(r)
        ordered = []
        batches = {}
        for key in sorted(by_v):
            grp = by_v[key]
            for r in grp:
                h = r["p"].hh
                r["_k"] = (h.rw, h.rt, rng.random())
            grp.sort(key=lambda r: r["_k"])
            # groups of ~10 (KUBE) are mostly neighbours, lightly shuffled
            for i in range(len(grp) - 1):
                if rng.random() < 0.25:
                    j = min(len(grp) - 1, i + rng.randint(1, 6))
                    grp[i], grp[j] = grp[j], grp[i]
            batches[key] = self.make_batch(grp[0]["v"])
            for r in grp:
                r["batch"] = key
            ordered.extend(grp)
        tail = []
        tail_batch = self.make_batch(None)
        tail_batch["kode"] = "plain"
        batches["~tambahan"] = tail_batch
        for d in dups:
            if d["tail"]:
                d["batch"] = "~tambahan"
                tail.append(d)
            else:
                # listed again in another KUBE group of the same desa file
                d["batch"] = d["dup_of"]["batch"]
                same = [i for i, x in enumerate(ordered) if x["batch"] == d["batch"]]
                ordered.insert(rng.randint(same[0], same[-1] + 1), d)
        ordered.extend(tail)
        self.batches = batches
        out = []
        for i, r in enumerate(ordered, 1):
            r["no"] = i
            b = batches[r["batch"]]
            name = self.render_name(r, b)
            nik, kk = self.render_nik_kk(r, b)
            sex = self.render_sex(r, b)
            dob = self.render_dob(r, b)
            kode, alamat = self.render_place(r, b)
            out.append([str(i), name, nik, kk, sex, dob, alamat, kode])
        self.list_out = out
        self.list_rows_meta = ordered

    def write_list(self, out_dir):
        with open(out_dir / "list.csv", "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(["no", "nama", "nik", "no_kk", "jenis_kelamin", "tanggal_lahir", "alamat", "kode_wilayah"])
            w.writerows(self.list_out)
        with open(out_dir / "truth.csv", "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(["no", "id_individu", "errors"])
            for r in self.list_rows_meta:
                w.writerow([r["no"], r["p"].pid if r["kind"] == "reg" else "", ";".join(r["labels"]) or "clean"])

    def summary(self):
        counts = {}
        clean = 0
        person_clean = 0
        for r in self.list_rows_meta:
            if not r["labels"]:
                clean += 1
            if not [x for x in r["labels"] if x not in BATCH_LABELS]:
                person_clean += 1
            for lab in r["labels"]:
                counts[lab] = counts.get(lab, 0) + 1
        kabs = {}
        for v in self.villages:
            k = kabs.setdefault(v.kab, {"name": v.kab_name, "kecamatan": {}, "villages": 0})
            k["villages"] += 1
            k["kecamatan"][v.kec.replace(".", "")] = v.kec_name
        n_reg = sum(1 for r in self.list_rows_meta if r["kind"] == "reg")
        batch_desc = {}
        for key, b in sorted(self.batches.items()):
            bd = dict(b)
            batch_desc[key[8:] if key != "~tambahan" else "tambahan (Dinas)"] = bd
        return {
            "generator": "bench/independent5/gen.py",
            "seed": self.seed,
            "snapshot_date": CUTOFF.isoformat(),
            "registry": {
                "rows": len(self.persons),
                "households": len(self.households),
                "villages": len(self.villages),
                "kabupaten": kabs,
            },
            "list": {
                "rows": len(self.list_rows_meta),
                "in_registry": n_reg,
                "not_in_registry": len(self.list_rows_meta) - n_reg,
                "share_not_in_registry": round(1 - n_reg / max(1, len(self.list_rows_meta)), 4),
                "villages": len(self.list_villages),
                "clean_rows": clean,
                "rows_with_only_batch_level_labels_or_clean": person_clean,
                "duplicates": [
                    {"no": r["no"], "duplicate_of": r["dup_of"]["no"], "id_individu": r["p"].pid}
                    for r in self.list_rows_meta
                    if "dup_of" in r
                ],
            },
            "label_counts": dict(sorted(counts.items())),
            "batch_level_labels": sorted(BATCH_LABELS),
            "batches": batch_desc,
            "description": (
                "Synthetic DTKS/DT-SEN-like registry of poor and near-poor households in "
                "Kab. Magetan, Kab. Lumajang, Kab. Pamekasan and Kota Pasuruan (Javanese and "
                "Madurese naming), and a KUBE-style economic-empowerment member list compiled "
                "per desa by facilitators in Excel and merged by Dinas Sosial (per-desa format "
                "and Excel damage, person-level typing errors, 15% people not in the registry, "
                "about 1% duplicates). truth.csv gives the registry id_individu per list row."
            ),
        }


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out-dir", default="bench/data/independent5")
    ap.add_argument("--registry-rows", type=int, default=100000)
    ap.add_argument("--list-rows", type=int, default=3000)
    ap.add_argument("--seed", type=int, default=47)
    a = ap.parse_args(argv)
    t0 = time.time()
    out = Path(a.out_dir)
    out.mkdir(parents=True, exist_ok=True)
    g = Gen(a.seed, a.registry_rows, a.list_rows)
    g.build_registry()
    g.write_registry(out / "registry.csv")
    g.build_list()
    g.write_list(out)
    s = g.summary()
    with open(out / "summary.json", "w", encoding="utf-8") as f:
        json.dump(s, f, ensure_ascii=False, indent=2, sort_keys=False)
        f.write("\n")
    print(
        f"registry {s['registry']['rows']} rows / {s['registry']['households']} households / "
        f"{s['registry']['villages']} villages; list {s['list']['rows']} rows "
        f"({s['list']['not_in_registry']} not in registry); {time.time() - t0:.1f}s -> {out}"
    )


if __name__ == "__main__":
    main()
