"""Blind evaluation data for pemadanan (person matching): a synthetic East Java registry snapshot, a messy
member list as a Dinsos office or field facilitators type it, and the truth.

    .venv/bin/python bench/independent7/gen.py [--out-dir bench/data/independent7] [--registry-rows 100000]
        [--list-rows 3000] [--seed 7707]

Pure standard library; the region tables are read from the lokal package's data files (not imported).
One random.Random drives everything, so the same arguments give byte-identical files. See README.md.
"""

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
import time
from bisect import bisect
from pathlib import Path

import names as nm  # bench/independent7/names.py: the script's own directory is on sys.path

REF = dt.date(2025, 10, 31)  # snapshot reference date
REF_ORD = REF.toordinal()
EXCEL_EPOCH = dt.date(1899, 12, 30)
DEFAULT_SEED = 7707

# kabupaten/kota -> covered kecamatan (the extract a Dinsos office shares for its program kecamatan),
# share of registry families, share of list rows, culture mix of families.
REGIONS = [
    ("35.22", ["02", "03", "27", "26", "09", "11"], 0.28, 0.30,
     [("jawa", 97.5), ("kristen", 1.0), ("madura", 1.0), ("tionghoa", 0.5)]),
    ("35.01", ["10", "08", "07", "05", "01"], 0.15, 0.15, [("jawa", 98.5), ("kristen", 1.0), ("tionghoa", 0.5)]),
    ("35.11", ["22", "14", "15", "03", "12"], 0.20, 0.20, [("madura", 72.0), ("jawa", 27.5), ("tionghoa", 0.5)]),
    ("35.26", ["10", "17", "06", "09", "18"], 0.22, 0.20, [("madura", 97.5), ("jawa", 2.0), ("arab", 0.5)]),
    ("35.78", ["16", "17", "29", "12", "10", "11"], 0.15, 0.15,
     [("jawa", 52.0), ("madura", 33.0), ("arab", 6.0), ("tionghoa", 5.0), ("kristen", 4.0)]),
]  # fmt: skip
# Where married-in spouses and movers got their NIK: neighbouring kabupaten of the same province.
NEIGHBOUR_KAB = {
    "35.22": ["35.23", "35.24", "35.21", "35.18"],
    "35.01": ["35.02", "35.03"],
    "35.11": ["35.09", "35.12", "35.13"],
    "35.26": ["35.27", "35.78", "35.28"],
    "35.78": ["35.26", "35.27", "35.15", "35.25", "35.24"],
}
LOCUS_REGISTRY_SHARE = 0.35  # share of registry families living in the program's locus villages
NOT_IN_REGISTRY_SHARE = 0.15
DUPLICATE_SHARE = 0.02
DESIL_WEIGHTS = [22, 18, 15, 12, 9, 7, 6, 5, 3.5, 2.5]
# Labels that change only how a value is written, not what it says (besides every *_fmt_* label).
LOSSLESS = {"wil_fmt_dotted", "duplicate"}


# --- small helpers -----------------------------------------------------------------------------------------
class Table:
    """Weighted choice over a fixed sequence, by bisecting cumulative weights (deterministic)."""

    def __init__(self, items, weights):
        self.items = list(items)
        self.cum = []
        total = 0.0
        for w in weights:
            total += w
            self.cum.append(total)
        self.total = total

    def pick(self, rng):
        return self.items[bisect(self.cum, rng.random() * self.total)]


def zipf(items, s=1.0):
    return Table(items, [1.0 / (i + 1) ** s for i in range(len(items))])


def wchoice(rng, pairs):
    """Pick from [(value, weight), ...]."""
    total = sum(w for _, w in pairs)
    x = rng.random() * total
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


def age_at(birth, ref=REF):
    return ref.year - birth.year - ((ref.month, ref.day) < (birth.month, birth.day))


def add_years(d, years):
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28)


def rand_date(rng, lo, hi):
    return dt.date.fromordinal(rng.randint(lo.toordinal(), hi.toordinal()))


def lokal_data_dir():
    spec = importlib.util.find_spec("lokal")  # locates the package without importing it
    if spec and spec.submodule_search_locations:
        return Path(list(spec.submodule_search_locations)[0]) / "data"
    here = Path(__file__).resolve().parents[2]
    found = sorted(here.glob(".venv/lib/python3*/site-packages/lokal/data"))
    if not found:
        sys.exit("lokal data files not found")
    return found[0]


# --- names -------------------------------------------------------------------------------------------------
def _split(text):
    """A pool from names.py: ``|``-separated when any entry has a space, else whitespace-separated."""
    parts = text.replace("\n", "").split("|") if "|" in text else text.split()
    return [e.strip() for e in parts if e.strip()]


POOLS = {
    key: zipf(_split(value), 0.65)
    for key, value in {
        "jawa_old_m": nm.JAWA_OLD_M, "jawa_old_f": nm.JAWA_OLD_F, "jawa_old_tail": nm.JAWA_OLD_TAIL,
        "jawa_mid_m": nm.JAWA_MID_M, "jawa_mid_m1": nm.JAWA_MID_M_FIRST, "jawa_mid_m2": nm.JAWA_MID_M_SECOND,
        "jawa_mid_f": nm.JAWA_MID_F, "jawa_mid_f1": nm.JAWA_MID_F_FIRST, "jawa_mid_f2": nm.JAWA_MID_F_SECOND,
        "jawa_young_m": nm.JAWA_YOUNG_M, "jawa_young_m1": nm.JAWA_YOUNG_M_FIRST,
        "jawa_young_m2": nm.JAWA_YOUNG_M_SECOND, "jawa_young_f": nm.JAWA_YOUNG_F,
        "jawa_young_f1": nm.JAWA_YOUNG_F_FIRST, "jawa_young_f2": nm.JAWA_YOUNG_F_SECOND,
        "kid_m1": nm.KID_M_FIRST, "kid_m2": nm.KID_M_SECOND, "kid_f1": nm.KID_F_FIRST, "kid_f2": nm.KID_F_SECOND,
        "islam_m": nm.ISLAM_M, "islam_f": nm.ISLAM_F,
        "madura_old_m": nm.MADURA_OLD_M, "madura_mat": nm.MADURA_MAT, "madura_old_f": nm.MADURA_OLD_F,
        "madura_mid_m": nm.MADURA_MID_M, "madura_mid_f": nm.MADURA_MID_F, "madura_young_m": nm.MADURA_YOUNG_M,
        "madura_young_f": nm.MADURA_YOUNG_F, "madura_kid_m": nm.MADURA_KID_M, "madura_kid_f": nm.MADURA_KID_F,
        "arab_m": nm.ARAB_M, "arab_f": nm.ARAB_F, "arab_fam": nm.ARAB_FAM,
        "tionghoa_old_m": nm.TIONGHOA_OLD_M, "tionghoa_old_f": nm.TIONGHOA_OLD_F, "tionghoa_m": nm.TIONGHOA_M,
        "tionghoa_f": nm.TIONGHOA_F, "tionghoa_sur": nm.TIONGHOA_SUR,
        "baptis_m": nm.KRISTEN_BAPTIS_M, "baptis_f": nm.KRISTEN_BAPTIS_F,
        "migran_m": nm.KRISTEN_MIGRAN_M, "migran_f": nm.KRISTEN_MIGRAN_F,
    }.items()
}  # fmt: skip

# Spellings of the same Arabic-derived token on KTPs, by culture (jawa weights, madura weights).
KTP_SPELLINGS = {
    "Muhammad": (
        [("Muhammad", 25), ("Mochammad", 10), ("Moch.", 16), ("Moh.", 12), ("M.", 14), ("Much.", 3),
         ("Mohammad", 8), ("Mohamad", 5), ("Muhamad", 5), ("Mochamad", 2)],
        [("Moh.", 38), ("Muhammad", 15), ("Mohammad", 14), ("M.", 10), ("Moch.", 8), ("Muh.", 5), ("Mohamad", 6)],
    ),
    "Ahmad": (
        [("Ahmad", 55), ("Achmad", 25), ("Akhmad", 10), ("Ahmat", 3), ("A.", 7)],
        [("Ahmad", 40), ("Ach.", 25), ("Achmad", 25), ("Akhmad", 10)],
    ),
    "Abdul": ([("Abdul", 65), ("Abd.", 33), ("Abdoel", 2)], [("Abdul", 55), ("Abd.", 45)]),
    "Siti": ([("Siti", 92), ("St.", 6), ("Sity", 2)], [("Siti", 75), ("Sitti", 20), ("St.", 5)]),
}  # fmt: skip
FAMILIES = {
    "Muhammad": ["muhammad", "mochammad", "mochamad", "mohammad", "mohamad", "muhamad", "mukhamad", "moch.",
                 "moh.", "m.", "muh.", "much.", "mch."],
    "Ahmad": ["ahmad", "achmad", "akhmad", "ahmat", "ach.", "a.", "ahmd."],
    "Abdul": ["abdul", "abd.", "abdoel", "abdl."],
    "Siti": ["siti", "sitti", "st.", "sity"],
}  # fmt: skip
TOKEN_FAMILY = {spelling: fam for fam, spellings in FAMILIES.items() for spelling in spellings}
PREFIX_WORDS = {"sri", "nur", "dwi", "tri", "eko", "eka", "h.", "hj.", "mat"} | set(TOKEN_FAMILY)


def spouse_of(person, household):
    """The husband or wife of ``person`` in the household, when the KK shows one."""
    if person.hub == "Istri" or (person.hub == "Kepala Keluarga" and person.sex == "L"):
        want = "Kepala Keluarga" if person.hub == "Istri" else "Istri"
        return next((m for m in household if m.hub == want and m is not person and m.sex != person.sex), None)
    if person.hub in ("Menantu", "Anak"):
        want = "Anak" if person.hub == "Menantu" else "Menantu"
        return next((m for m in household if m.hub == want and m.sex != person.sex and m.birth.year < 2007), None)
    return None


def era_of(year):
    return "old" if year < 1960 else "mid" if year < 1985 else "young" if year < 2005 else "kid"


def two(rng, a, b):
    first = POOLS[a].pick(rng)
    for _ in range(5):
        second = POOLS[b].pick(rng)
        if second.lower() not in first.lower().split():
            return f"{first} {second}"
    return first


def _cores(*pools):
    """Last words of whole-name pools, first-seen order: the part that follows Moh./Abd./Siti."""
    seen, out = set(), []
    for pool in pools:
        for entry in _split(pool):
            w = entry.split()[-1]
            if w not in seen:
                seen.add(w)
                out.append(w)
    return out


POOLS["madura_core_m"] = zipf(_cores(nm.MADURA_OLD_M, nm.MADURA_MID_M, nm.ISLAM_M, nm.MADURA_YOUNG_M), 0.65)
POOLS["madura_core_f"] = zipf(_cores(nm.MADURA_OLD_F, nm.MADURA_MID_F, nm.ISLAM_F, nm.MADURA_YOUNG_F), 0.65)
MADURA_PREFIX_M = Table(["Muhammad", "Ahmad", "Abdul", "Nur", "Mat"], [45, 25, 18, 7, 5])
MADURA_PREFIX_F = Table(["Siti", "Nur", "Nurul", "Ummi", "Lailatul", "Ainun"], [60, 12, 10, 6, 10, 2])


def madura_name(rng, sex, era, r):
    """Madurese names: many single names in the old generation, Moh./Abd./Ach. + a core name later."""
    if sex == "L":
        if era == "old":
            if r < 0.60:
                return POOLS["madura_old_m"].pick(rng)
            if r < 0.72:
                return "Mat " + POOLS["madura_mat"].pick(rng)
            return POOLS["islam_m"].pick(rng)
        if era == "kid":
            return two(rng, "kid_m1", "madura_core_m") if r < 0.6 else POOLS["madura_kid_m"].pick(rng)
        whole = POOLS["madura_mid_m" if era == "mid" else "madura_young_m"]
        if r < 0.40:
            return whole.pick(rng)
        if r < 0.75:
            return f"{MADURA_PREFIX_M.pick(rng)} {POOLS['madura_core_m'].pick(rng)}"
        return POOLS["madura_core_m"].pick(rng) if r < 0.9 else POOLS["islam_m"].pick(rng)
    if era == "old":
        return POOLS["madura_old_f"].pick(rng) if r < 0.75 else POOLS["islam_f"].pick(rng)
    if era == "kid":
        return two(rng, "kid_f1", "kid_f2") if r < 0.5 else POOLS["madura_kid_f"].pick(rng)
    whole = POOLS["madura_mid_f" if era == "mid" else "madura_young_f"]
    if r < 0.40:
        return whole.pick(rng)
    if r < 0.70:
        return f"{MADURA_PREFIX_F.pick(rng)} {POOLS['madura_core_f'].pick(rng)}"
    return POOLS["madura_core_f"].pick(rng)


def base_name(rng, culture, sex, year, surname=None):
    era = era_of(year)
    r = rng.random()
    m = sex == "L"
    if culture == "arab":
        given = POOLS["arab_m" if m else "arab_f"].pick(rng)
        if rng.random() < 0.3:
            given = two(rng, "arab_m" if m else "arab_f", "arab_m" if m else "arab_f")
        return f"{given} {surname}" if surname and (m or rng.random() < 0.7) else given
    if culture == "tionghoa":
        if era == "old" and r < 0.45:
            return POOLS["tionghoa_old_m" if m else "tionghoa_old_f"].pick(rng)
        given = POOLS["tionghoa_m" if m else "tionghoa_f"].pick(rng)
        return f"{given} {surname or POOLS['tionghoa_sur'].pick(rng)}"
    if culture == "kristen":
        if r < 0.15:
            return POOLS["migran_m" if m else "migran_f"].pick(rng)
        core = base_name(rng, "jawa", sex, year).split()[-1]
        return f"{POOLS['baptis_m' if m else 'baptis_f'].pick(rng)} {core}"
    s = "m" if m else "f"
    if culture == "madura":
        return madura_name(rng, sex, era, r)
    # jawa
    if era == "old":
        if m:
            if r < 0.72:
                return POOLS["jawa_old_m"].pick(rng)
            if r < 0.85:
                return two(rng, "jawa_old_m", "jawa_old_tail")
            return POOLS["islam_m"].pick(rng)
        return POOLS["jawa_old_f"].pick(rng) if r < 0.80 else POOLS["islam_f"].pick(rng)
    if era == "mid":
        if r < (0.45 if m else 0.40):
            return POOLS[f"jawa_mid_{s}"].pick(rng)
        if r < (0.80 if m else 0.78):
            return two(rng, f"jawa_mid_{s}1", f"jawa_mid_{s}2")
        return POOLS[f"islam_{s}"].pick(rng)
    if era == "young":
        if r < (0.35 if m else 0.30):
            return POOLS[f"jawa_young_{s}"].pick(rng)
        if r < 0.87:
            return two(rng, f"jawa_young_{s}1", f"jawa_young_{s}2")
        return POOLS[f"islam_{s}"].pick(rng)
    name = two(rng, f"kid_{s}1", f"kid_{s}2")
    if rng.random() < 0.35:
        extra = POOLS[f"kid_{s}2"].pick(rng)
        if extra.lower() not in name.lower():
            name = f"{name} {extra}"
    return name


def ktp_spelling(rng, name, culture):
    words = name.split()
    out = []
    for i, w in enumerate(words):
        if w in KTP_SPELLINGS:
            jawa, madura = KTP_SPELLINGS[w]
            options = madura if culture == "madura" else jawa
            if i == len(words) - 1:  # a lone or last word is never written as an initial
                options = [(v, n) for v, n in options if not v.endswith(".")]
            w = wchoice(rng, options)
        out.append(w)
    return " ".join(out)


_OLD_RULES = [("c", "tj"), ("j", "dj"), ("y", "j")]


def to_old_spelling(name):
    """EYD -> pre-1972 Van Ophuijsen/Soewandi spelling (Sukarno -> Soekarno, Cahyono -> Tjahjono)."""
    out = []
    for word in name.split():
        if word.endswith(".") or word.lower() in ("h.", "hj."):
            out.append(word)
            continue
        low = word.lower()
        buf = []
        for i, ch in enumerate(low):
            if ch == "c" and low[i : i + 2] != "ch":
                buf.append("tj")
            elif ch == "j":
                buf.append("dj")
            elif ch == "y":
                buf.append("j")
            elif ch == "u" and i > 0 and low[i - 1] not in "aiueo":
                buf.append("oe")
            elif ch == "k" and low[i : i + 2] == "kh":
                buf.append("c")  # kh -> ch
            else:
                buf.append(ch)
        out.append(title_word("".join(buf)))
    return " ".join(out)


def to_new_spelling(name):
    """Old -> EYD, word by word; a lone j becomes y only in words that show other old-spelling marks."""
    out = []
    for word in name.lower().split():
        if any(x in word for x in _OLD_MARKERS):
            word = word.replace("oe", "u").replace("dj", "\x00").replace("tj", "c").replace("sj", "sy")
            word = word.replace("j", "y").replace("\x00", "j")
        out.append(title_word(word))
    return " ".join(out)


_OLD_MARKERS = ("oe", "dj", "tj", "sj")


def has_old_spelling(name):
    return any(x in name.lower() for x in _OLD_MARKERS)


TITLE_SPECIAL = {"s.pd": "S.Pd", "s.pd.i": "S.Pd.I", "s.ag": "S.Ag", "drs.": "Drs.", "dra.": "Dra.", "hj.": "Hj.",
                 "h.": "H.", "a.md": "A.Md", "s.e": "S.E", "ust.": "Ust."}  # fmt: skip


def title_word(w):
    low = w.lower()
    if low in TITLE_SPECIAL:
        return TITLE_SPECIAL[low]
    if low in ("bin", "binti", "als", "als.", "alias", "istri"):
        return low
    for i, ch in enumerate(low):
        if ch.isalpha():
            return low[:i] + ch.upper() + low[i + 1 :]
    return low


def title_case(s):
    return " ".join("-".join(title_word(p) for p in w.split("-")) for w in s.split(" "))


def excel_proper(s):
    """Excel's PROPER(): capitalises every letter that follows a non-letter (Rofi'ah -> Rofi'Ah)."""
    out, prev_alpha = [], False
    for ch in s:
        out.append(ch.upper() if ch.isalpha() and not prev_alpha else ch.lower())
        prev_alpha = ch.isalpha()
    return "".join(out)


# --- regions -----------------------------------------------------------------------------------------------
class Region:
    def __init__(self):
        data = lokal_data_dir()
        with gzip.open(data / "wilayah.json.gz", "rt", encoding="utf-8") as f:
            self.wilayah = json.load(f)
        with gzip.open(data / "desa.json.gz", "rt", encoding="utf-8") as f:
            desa = json.load(f)
        self.desa_names = {}
        self.desa_by_kec = {}
        for code in sorted(desa):
            if code.startswith("35."):
                self.desa_names[code] = desa[code]
                self.desa_by_kec.setdefault(code[:8], []).append(code)
        self.kec_by_kab = {}
        for code in sorted(self.wilayah):
            if len(code) == 8 and code[:5] in self.wilayah:
                self.kec_by_kab.setdefault(code[:5], []).append(code)

    def name(self, code):
        return self.wilayah.get(code) or self.desa_names.get(code, "")

    def kab_short(self, kab):
        return self.wilayah[kab].replace("Kabupaten ", "").replace("Kota ", "")


# --- people ------------------------------------------------------------------------------------------------
class Family:
    __slots__ = ("seq", "fid", "kk", "desa", "kab", "alamat", "rt", "rw", "dusun", "desil", "members", "culture",
                 "upper", "hidden", "street")  # fmt: skip

    def __init__(self, **kw):
        for k in self.__slots__:
            setattr(self, k, kw.get(k))


class Person:
    __slots__ = ("pid", "fam", "nama", "sex", "birth", "hub", "nik", "culture", "tempat", "hidden", "kind",
                 "namesake_of", "placeholder_dob", "title")  # fmt: skip

    def __init__(self, **kw):
        for k in self.__slots__:
            setattr(self, k, kw.get(k))

    @property
    def age(self):
        return age_at(self.birth)


class World:
    """The registry population, plus people outside it generated on demand in the same villages."""

    def __init__(self, rng, region):
        self.rng = rng
        self.region = region
        self.serials = {}  # 12-digit prefix -> last serial; NIKs and No. KKs share it, so none collide
        self.desa_info = {}
        self.hidden_seq = 0
        self.culture_table = {kab: Table([c for c, _ in mix], [w for _, w in mix]) for kab, _, _, _, mix in REGIONS}

    # -- desa structure: dusun/RW/RT for desa, streets for Surabaya kelurahan
    def desa(self, code):
        info = self.desa_info.get(code)
        if info is not None:
            return info
        rng = self.rng
        kab = code[:5]
        kelurahan = code[9] == "1"
        info = {"code": code, "kelurahan": kelurahan, "units": []}
        if kelurahan:
            base = self.region.desa_names[code]
            n_rw = rng.randint(6, 14)
            suffixes = ["", *_split(nm.SURABAYA_STREET_SUFFIX)]
            rng.shuffle(suffixes)
            streets = [f"{base} {s}".strip() for s in suffixes[: rng.randint(3, 6)]]
            rt = 0
            for rw in range(1, n_rw + 1):
                n_rt = rng.randint(4, 10)
                info["units"].append(
                    {"rw": rw, "rts": list(range(1, n_rt + 1)), "dusun": None, "street": rng.choice(streets)}
                )
            info["style"] = rng.choice(["gg", "gg", "no", "slash"])
        else:
            pool = _split(nm.DUSUN_MADURA if kab in ("35.26", "35.11") and rng.random() < 0.8 else nm.DUSUN_JAWA)
            n_dusun = rng.randint(3, 6)
            names = []
            if rng.random() < 0.6:
                names.append("Krajan")
            while len(names) < n_dusun:
                cand = rng.choice(pool)
                if cand not in names:
                    names.append(cand)
            rt = 0
            for i, dusun in enumerate(names):
                n_rt = rng.randint(2, 5)
                info["units"].append({"rw": i + 1, "rts": list(range(rt + 1, rt + n_rt + 1)), "dusun": dusun})
                rt += n_rt
            info["style"] = wchoice(rng, [("dusun", 55), ("dsn", 25), ("plain", 12), ("dusun_rt", 8)])
        self.desa_info[code] = info
        return info

    def next_serial(self, prefix):
        s = self.serials.get(prefix, 0) + 1
        if self.rng.random() < 0.35:
            s += self.rng.randint(1, 3)  # the registry holds a subset of the population: serials have gaps
        self.serials[prefix] = s
        return f"{prefix}{s:04d}"

    def make_nik(self, kec, birth, sex):
        day = birth.day + (40 if sex == "P" else 0)
        return self.next_serial(f"{kec.replace('.', '')}{day:02d}{birth.month:02d}{birth.year % 100:02d}")

    def make_kk(self, kec, issued):
        return self.next_serial(f"{kec.replace('.', '')}{issued.day:02d}{issued.month:02d}{issued.year % 100:02d}")

    def other_kec(self, kec, same_kab=True):
        rng = self.rng
        kab = kec[:5]
        if same_kab:
            options = [k for k in self.region.kec_by_kab[kab] if k != kec]
        else:
            options = self.region.kec_by_kab[rng.choice(NEIGHBOUR_KAB[kab])]
        return rng.choice(options)

    def nik_kec(self, kec, role):
        r = self.rng.random()
        own, same = {"head": (0.85, 0.10), "spouse": (0.60, 0.25), "child": (0.95, 0.05), "parent": (0.60, 0.25)}[role]
        if r < own:
            return kec
        if r < own + same:
            return self.other_kec(kec)
        return self.other_kec(kec, same_kab=False)

    def birth(self, year):
        rng = self.rng
        year = max(1930, min(year, REF.year))
        if year < 1965 and rng.random() < 0.30:
            # Dukcapil's convention for people who do not know their birth date
            md = wchoice(rng, [((7, 1), 60), ((12, 31), 25), ((1, 1), 15)])
            return dt.date(year, *md), True
        d = rand_date(rng, dt.date(year, 1, 1), min(dt.date(year, 12, 31), REF))
        return d, False

    def person(self, fam, hub, sex, year, culture, role, surname=None, force_kec=None):
        rng = self.rng
        birth, placeholder = self.birth(year)
        name = base_name(rng, culture, sex, birth.year, surname)
        name = ktp_spelling(rng, name, culture)
        # KTPs of people born before the 1972 spelling reform often keep the old spelling
        old_share = 0.30 if birth.year < 1965 and culture in ("jawa", "kristen", "tionghoa") else 0.0
        if birth.year < 1960 and culture == "madura":
            old_share = 0.10
        if old_share and rng.random() < old_share:
            name = to_old_spelling(name)
        title = None
        if age_at(birth) >= 50 and culture in ("madura", "arab", "jawa"):
            p = {"madura": 0.05, "arab": 0.08, "jawa": 0.02}[culture]
            if rng.random() < p:
                title = "H." if sex == "L" else "Hj."
                name = f"{title} {name}"
        kec = force_kec or self.nik_kec(fam.desa[:8], role)
        nik = self.make_nik(kec, birth, sex)
        kab = kec[:5]
        if kab == fam.kab or rng.random() < 0.1:
            tempat = self.region.kab_short(fam.kab)
        else:
            tempat = self.region.kab_short(kab) if kab in self.region.wilayah else self.region.kab_short(fam.kab)
        if rng.random() < 0.03:
            tempat = rng.choice(["Surabaya", "Jakarta", "Malang", "Sampang", "Jember", "Sidoarjo", "Tuban"])
        p = Person(fam=fam, nama=name, sex=sex, birth=birth, hub=hub, nik=nik, culture=culture, tempat=tempat,
                   hidden=fam.hidden, placeholder_dob=placeholder, title=title)  # fmt: skip
        return p

    def family(self, desa_code, locus=False, hidden=False, force_kab_kec=None):
        """One household; ``force_kab_kec``: every member's NIK from that kecamatan (a family that moved in)."""
        rng = self.rng
        kab = desa_code[:5]
        info = self.desa(desa_code)
        culture = self.culture_table[kab].pick(rng)
        unit = rng.choice(info["units"])
        rt = rng.choice(unit["rts"])
        weights = list(DESIL_WEIGHTS)
        if locus:
            weights[0] *= 1.6
            weights[1] *= 1.6
            weights[2] *= 1.2
        desil = Table(range(1, 11), weights).pick(rng)
        fam = Family(desa=desa_code, kab=kab, rt=rt, rw=unit["rw"], dusun=unit["dusun"], street=unit.get("street"),
                     desil=desil, culture=culture, upper=rng.random() < 0.6, hidden=hidden, members=[])  # fmt: skip
        fam.alamat = self.alamat(info, unit, rt)
        surname = None
        if culture == "arab":
            surname = POOLS["arab_fam"].pick(rng)
        elif culture == "tionghoa" and rng.random() < 0.5:
            surname = POOLS["tionghoa_sur"].pick(rng)
        mixed = kab in ("35.11", "35.78")

        def spouse_culture():
            if culture in ("jawa", "madura") and rng.random() < (0.08 if mixed else 0.02):
                return "madura" if culture == "jawa" else "jawa"
            return culture

        def add(hub, sex, year, role, cult=None, sur=None):
            p = self.person(fam, hub, sex, year, cult or culture, role, sur, force_kab_kec)
            fam.members.append(p)
            return p

        def tri(lo, hi, mode):
            return int(round(rng.triangular(lo, hi, mode)))

        def kids(mother_year, father_sur, n, max_age=30):
            years = sorted(mother_year + rng.randint(19, 40) for _ in range(n))
            for y in years:
                if y > REF.year:
                    continue
                age = REF.year - y
                if age > max_age or (age >= 22 and rng.random() < 0.5):
                    continue  # grown children have usually left to start their own KK
                add("Anak", rng.choice("LP"), y, "child", sur=father_sur)

        kind = wchoice(rng, [("couple_kids", 48), ("elderly_alone", 10), ("elderly_couple", 8), ("single_parent", 10),
                             ("three_gen", 13), ("extended", 6), ("young_couple", 4), ("single_adult", 1)])  # fmt: skip
        n_kids_table = [(0, 8), (1, 25), (2, 35), (3, 20), (4, 9), (5, 3)]
        if kind in ("couple_kids", "three_gen"):
            head_age = tri(24, 70, 42)
            head = add("Kepala Keluarga", "L", REF.year - head_age, "head", sur=surname)
            wife_year = min(head.birth.year + tri(0, 10, 3), REF.year - 18)
            add("Istri", "P", wife_year, "spouse", spouse_culture())
            kids(wife_year, surname, wchoice(rng, n_kids_table))
            if kind == "three_gen":
                sex = "P" if rng.random() < 0.75 else "L"
                hub = "Orang Tua" if rng.random() < 0.55 else "Mertua"
                add(hub, sex, head.birth.year - rng.randint(20, 35), "parent")
        elif kind == "elderly_alone":
            sex = "P" if rng.random() < 0.75 else "L"
            head = add("Kepala Keluarga", sex, REF.year - tri(60, 90, 70), "head", sur=surname)
            if rng.random() < 0.25:
                add("Cucu", rng.choice("LP"), REF.year - rng.randint(8, 20), "child")
        elif kind == "elderly_couple":
            head = add("Kepala Keluarga", "L", REF.year - tri(58, 85, 66), "head", sur=surname)
            add("Istri", "P", head.birth.year + tri(0, 10, 4), "spouse", spouse_culture())
        elif kind == "single_parent":
            sex = "P" if rng.random() < 0.85 else "L"
            head = add("Kepala Keluarga", sex, REF.year - tri(30, 62, 45), "head", sur=surname)
            kids(head.birth.year if sex == "P" else head.birth.year + 4, surname, rng.randint(1, 3))
        elif kind == "extended":
            head = add("Kepala Keluarga", "L", REF.year - tri(50, 72, 58), "head", sur=surname)
            wife = add("Istri", "P", head.birth.year + tri(0, 8, 3), "spouse", spouse_culture())
            child_sex = rng.choice("LP")
            child = add("Anak", child_sex, wife.birth.year + rng.randint(19, 30), "child", sur=surname)
            add("Menantu", "P" if child_sex == "L" else "L", child.birth.year + rng.randint(-4, 4), "spouse",
                spouse_culture())  # fmt: skip
            mother_year = child.birth.year if child_sex == "P" else child.birth.year + 2
            for _ in range(rng.randint(1, 2)):
                y = mother_year + rng.randint(19, 32)
                if y <= REF.year:
                    add("Cucu", rng.choice("LP"), y, "child", sur=surname)
        elif kind == "young_couple":
            head = add("Kepala Keluarga", "L", REF.year - rng.randint(20, 30), "head", sur=surname)
            wife_year = min(head.birth.year + rng.randint(0, 5), REF.year - 18)
            add("Istri", "P", wife_year, "spouse", spouse_culture())
            if rng.random() < 0.5:
                kids(wife_year, surname, 1)
        else:
            head = add("Kepala Keluarga", rng.choice("LP"), REF.year - rng.randint(25, 55), "head", sur=surname)
            if rng.random() < 0.3:
                add("Famili Lain", rng.choice("LP"), REF.year - rng.randint(15, 70), "parent")
        lo = max(dt.date(2004, 1, 1), add_years(head.birth, 17))
        issued = rand_date(rng, min(lo, REF), REF)
        fam.kk = self.make_kk(desa_code[:8], issued)  # movers get a new KK where they live now
        return fam

    def alamat(self, info, unit, rt):
        rng = self.rng
        if info["kelurahan"]:
            street = unit["street"]
            no = rng.randint(1, 160)
            style = info["style"]
            if style == "gg":
                gg = rng.choice(["I", "II", "III", "IV", "V", "VI", "1", "2", "3", "4", "5", "Lebar", "Buntu"])
                return f"Jl. {street} Gg. {gg} No. {no}"
            if style == "no":
                return f"Jl. {street} No. {no}" + (rng.choice(["A", "B", "C"]) if rng.random() < 0.15 else "")
            return f"{street} {rng.randint(1, 9)}/{no}"
        dusun = unit["dusun"]
        style = info["style"]
        if style == "dusun":
            return f"Dusun {dusun}"
        if style == "dsn":
            return f"Dsn. {dusun}"
        if style == "plain":
            return dusun
        return f"Dusun {dusun} RT {rt:03d} RW {unit['rw']:03d}"

    def hidden_id(self):
        self.hidden_seq += 1
        return f"X{self.hidden_seq:06d}"


# --- registry ----------------------------------------------------------------------------------------------
def choose_locus(rng, region, n_locus):
    """Program villages: allocated to kabupaten by list share, clustered in one or two kecamatan each."""
    shares = [(kab, ls) for kab, _, _, ls, _ in REGIONS]
    alloc = {kab: max(1, int(n_locus * s)) for kab, s in shares}
    rest = n_locus - sum(alloc.values())
    order = sorted(shares, key=lambda t: -(n_locus * t[1] - int(n_locus * t[1])))
    i = 0
    while rest > 0:
        alloc[order[i % len(order)][0]] += 1
        rest -= 1
        i += 1
    locus = []
    for kab, kecs, _, _, _ in REGIONS:
        kec_codes = [f"{kab}.{k}" for k in kecs]
        rng.shuffle(kec_codes)
        picked = []
        for kec in kec_codes:
            desa = list(region.desa_by_kec[kec])
            rng.shuffle(desa)
            take = min(len(desa), max(2, math.ceil(alloc[kab] / 2)), alloc[kab] - len(picked))
            picked.extend(desa[:take])
            if len(picked) >= alloc[kab]:
                break
        locus.extend(picked)
    return locus


def build_registry(rng, world, region, n_rows, locus):
    locus_set = set(locus)
    locus_table = Table(locus, [rng.lognormvariate(0, 0.3) for _ in locus])
    kab_tables = {}
    for kab, kecs, _, _, _ in REGIONS:
        codes = [c for k in kecs for c in region.desa_by_kec[f"{kab}.{k}"] if c not in locus_set]
        weights = [rng.lognormvariate(0, 0.45) * (3.5 if c[9] == "1" else 1.0) for c in codes]
        kab_tables[kab] = Table(codes, weights)
    kab_share = Table([r[0] for r in REGIONS], [r[2] for r in REGIONS])
    families, total = [], 0
    while total < n_rows:
        if rng.random() < LOCUS_REGISTRY_SHARE:
            code = locus_table.pick(rng)
        else:
            code = kab_tables[kab_share.pick(rng)].pick(rng)
        fam = world.family(code, locus=code in locus_set)
        fam.seq = len(families)
        families.append(fam)
        total += len(fam.members)
    excess = total - n_rows
    if excess:
        fam = families[-1]
        del fam.members[len(fam.members) - excess :]
    fam_ids = rng.sample(range(10**7, 10**8), len(families))
    person_ids = rng.sample(range(10**8, 10**9), n_rows)
    i = 0
    for fam, fid in zip(families, fam_ids, strict=True):
        fam.fid = f"KLG{fid}"
        for p in fam.members:
            p.pid = f"ART{person_ids[i]}"
            p.kind = "registry"
            i += 1
    return families


def write_registry(path, families):
    header = ["id_individu", "id_keluarga", "nik", "no_kk", "nama", "jenis_kelamin", "tempat_lahir", "tanggal_lahir",
              "hubungan_keluarga", "alamat", "rt", "rw", "kode_wilayah", "desil"]  # fmt: skip
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        for fam in sorted(families, key=lambda fa: (fa.desa, fa.seq)):
            up = fam.upper
            for p in fam.members:
                w.writerow([
                    p.pid, fam.fid, p.nik, fam.kk, p.nama.upper() if up else p.nama, p.sex,
                    p.tempat.upper() if up else p.tempat, p.birth.isoformat(), p.hub,
                    fam.alamat.upper() if up else fam.alamat, f"{fam.rt:03d}", f"{fam.rw:03d}",
                    fam.desa.replace(".", ""), fam.desil,
                ])  # fmt: skip


# --- list: who is on it ------------------------------------------------------------------------------------
PROGRAMS = [("KUBE", 45), ("WRSE", 35), ("UEP", 20)]
DESIL_PICK = {1: 1.0, 2: 0.85, 3: 0.5, 4: 0.25, 5: 0.12, 6: 0.05, 7: 0.03, 8: 0.02, 9: 0.01, 10: 0.01}
ROLE_PICK = {
    "KUBE": {"Kepala Keluarga": 3.0, "Istri": 1.2, "Anak": 0.5, "Menantu": 0.6, "Orang Tua": 0.2, "Mertua": 0.2},
    "WRSE": {"Kepala Keluarga": 3.0, "Istri": 2.5, "Anak": 0.6, "Menantu": 0.8, "Orang Tua": 0.3, "Mertua": 0.3},
    "UEP": {"Kepala Keluarga": 4.0, "Istri": 0.8, "Anak": 0.2, "Menantu": 0.2, "Orang Tua": 0.1, "Mertua": 0.1},
}


def pick_weight(p, program, use_desil=True):
    if program == "WRSE" and p.sex != "P":
        return 0.0
    age = p.age
    if age < 18:
        return 0.0
    w = 1.0 if age < 60 else 0.35 if age <= 70 else 0.06
    w *= ROLE_PICK[program].get(p.hub, 0.15)
    if use_desil:
        w *= DESIL_PICK[p.fam.desil]
    return w


class Batch:
    def __init__(self, idx, desa, program):
        self.idx = idx
        self.desa = desa
        self.program = program
        self.people = []  # Person, in list order
        self.style = None


def plan_batches(rng, region, locus, registry_by_desa, n_unique):
    clusters = []
    by_kec = {}
    for code in locus:
        by_kec.setdefault(code[:8], []).append(code)
    for kec in sorted(by_kec):
        codes = by_kec[kec]
        i = 0
        while i < len(codes):
            k = rng.randint(1, 3)
            clusters.append(codes[i : i + k])
            i += k
    capacity = [sum(len(registry_by_desa.get(c, [])) for c in cl) + 1 for cl in clusters]
    total = sum(capacity)
    raw = [n_unique * c / total for c in capacity]
    quota = [int(x) for x in raw]
    for i in sorted(range(len(raw)), key=lambda j: -(raw[j] - quota[j]))[: n_unique - sum(quota)]:
        quota[i] += 1
    batches = []
    for cl, q in zip(clusters, quota, strict=True):
        while q > 0:
            size = min(q, rng.randint(10, 45))
            if q - size < 6:
                size = q
            program = wchoice(rng, PROGRAMS if cl[0][:5] != "35.78" else [("KUBE", 30), ("WRSE", 50), ("UEP", 20)])
            b = Batch(len(batches), cl, program)
            b.size = size
            batches.append(b)
            q -= size
    return batches


def pick_registry_person(rng, batch, registry_by_desa, used, region, all_persons):
    tiers = [
        (batch.desa, batch.program, True),
        (batch.desa, batch.program, False),
        (region.desa_by_kec[batch.desa[0][:8]], batch.program, False),
        (region.desa_by_kec[batch.desa[0][:8]], "KUBE", False),
    ]
    households = {id(p.fam) for p in batch.people}
    for desa, program, use_desil in tiers:
        cands = [p for c in desa for p in registry_by_desa.get(c, []) if id(p) not in used]
        weights = [pick_weight(p, program, use_desil) for p in cands]
        # one member per household within a batch, with rare exceptions (husband and wife both in a KUBE)
        weights = [w * (0.05 if id(p.fam) in households else 1.0) for p, w in zip(cands, weights, strict=True)]
        if sum(weights) > 0:
            return Table(cands, weights).pick(rng)
    cands = [p for p in all_persons if id(p) not in used and p.age >= 17]
    return rng.choice(cands)


def make_outsider(rng, world, batch, registry_by_desa, region):
    """Someone the facilitator listed who is not in the registry snapshot."""
    desa = rng.choice(batch.desa)
    kind = wchoice(rng, [("hidden_family", 45), ("namesake", 30), ("new_member", 15), ("moved_in", 10)])
    program = batch.program
    if kind == "new_member":
        fams = []
        seen = set()
        for p in registry_by_desa.get(desa, []):
            if id(p.fam) not in seen and p.fam.desil <= 5:
                seen.add(id(p.fam))
                fams.append(p.fam)
        if fams:
            fam = rng.choice(fams)
            head = fam.members[0]
            sex = "P" if program == "WRSE" or rng.random() < 0.55 else "L"
            sons = [m for m in fam.members if m.hub == "Anak" and m.age >= 20 and m.sex != sex]
            if sons:
                hub, year, role = "Menantu", sons[0].birth.year + rng.randint(-4, 4), "spouse"
            elif head.age >= 45:
                hub, year, role = "Anak", head.birth.year + rng.randint(20, 30), "child"
            else:
                hub, year, role = "Famili Lain", REF.year - rng.randint(20, 50), "parent"
            year = min(year, REF.year - 18)
            culture = fam.culture
            hidden_fam_view = Family(desa=fam.desa, kab=fam.kab, hidden=True)
            p = world.person(hidden_fam_view, hub, sex, year, culture, role)
            p.fam = fam  # lives in (and is typed with) the registry family, joined after the snapshot
            p.hidden = True
            p.kind = "new_member"
            p.pid = world.hidden_id()
            return p
        kind = "hidden_family"
    force = None
    if kind == "moved_in":
        force = world.other_kec(desa[:8], same_kab=False)
    for _ in range(50):
        fam = world.family(desa, locus=True, hidden=True, force_kab_kec=force)
        cands = [m for m in fam.members if pick_weight(m, program, use_desil=False) > 0]
        if cands:
            break
    else:
        fam = world.family(desa, hidden=True)
        cands = fam.members
    fam.fid = ""
    p = Table(cands, [max(pick_weight(m, program, False), 1e-6) for m in cands]).pick(rng)
    for m in fam.members:
        m.pid = world.hidden_id() if m is p else ""
        m.kind = kind
    if kind == "namesake":
        same = [q for q in registry_by_desa.get(desa, []) if q.sex == p.sex and abs(q.birth.year - p.birth.year) <= 15]
        if not same:
            same = [q for c in region.desa_by_kec[desa[:8]] for q in registry_by_desa.get(c, []) if q.sex == p.sex]
        if same:
            close = [q for q in same if abs(q.birth.year - p.birth.year) <= 5]
            twin = rng.choice(close if close and rng.random() < 0.5 else same)
            p.nama = twin.nama
            p.title = twin.title
            p.namesake_of = twin.pid
        else:
            p.kind = "hidden_family"
    return p


# --- list: how it is typed ---------------------------------------------------------------------------------
KEYBOARD = {
    "q": "wa", "w": "qes", "e": "wrd", "r": "etf", "t": "ryg", "y": "tuh", "u": "yij", "i": "uok", "o": "ipl",
    "p": "ol", "a": "qsz", "s": "adwx", "d": "sfe", "f": "dgr", "g": "fht", "h": "gjy", "j": "hku", "k": "jli",
    "l": "ko", "z": "xa", "x": "zc", "c": "xv", "v": "cb", "b": "vn", "n": "bm", "m": "n",
}  # fmt: skip
PHONETIC = [
    (r"kh", "h"), (r"kh", "ch"), (r"ch", "kh"), (r"sy", "s"), (r"sy", "sh"), (r"f", "p"), (r"v", "f"), (r"z", "j"),
    (r"z", "s"), (r"q", "k"), (r"k\b", "q"), (r"iy", "i"), (r"i(?=[aou])", "iy"), (r"uw", "u"), (r"u(?=[aei])", "uw"),
    (r"ah\b", "a"), (r"([aiueo])h\b", r"\1"), (r"([bdfgklmnprstz])\1", r"\1"), (r"th", "t"), (r"dh", "d"),
    (r"ai", "e"), (r"au", "o"), (r"\bsl", "sel"), (r"i\b", "y"), (r"y\b", "i"), (r"ik\b", "iek"), (r"nn", "n"),
    (r"ts", "s"), (r"dz", "z"), (r"'", ""), (r"'", "k"), (r"o(?=[^aiueo]+[aiu])", "u"), (r"e(?=[^aiueo]+i)", "i"),
]  # fmt: skip
OCR_SUBS = [("m", "rn"), ("rn", "m"), ("l", "I"), ("i", "l"), ("o", "0"), ("e", "c"), ("h", "b"), ("u", "ii"),
            ("d", "cl"), ("s", "5"), ("b", "8"), ("n", "ri"), ("a", "o")]  # fmt: skip
DIGIT_OCR = {"0": "OD", "1": "lI", "5": "S", "8": "B", "6": "b", "2": "Z"}
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
          "November", "Desember"]  # fmt: skip
MONTHS_OLD = {2: "Pebruari", 11: "Nopember"}
MONTHS_ABBR_ID = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
MONTHS_ABBR_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS_ABBR_ALT = {8: "Agt", 9: "Sept", 12: "Des"}


def batch_style(rng, batch):
    women = batch.program == "WRSE"
    source = wchoice(rng, [("typed", 80), ("export", 12), ("ocr", 8)])
    return {
        "source": source,
        "care": rng.lognormvariate(0, 0.4) * (0.35 if source == "export" else 1.0),
        "case": "upper" if source == "export" and rng.random() < 0.7 else wchoice(
            rng, [("upper", 45), ("title", 28), ("proper", 12), ("mixed", 10), ("lower", 5)]
        ),
        "nik": wchoice(rng, [("text", 60), ("apostrophe", 10), ("excel_zeroed", 10), ("excel_sci", 8),
                             ("float", 4), ("spaced", 3), ("blank", 5)]),
        "kk_blank": rng.random() < 0.20,
        "dob": wchoice(rng, [("dd-mm-yyyy", 28), ("dd/mm/yyyy", 18), ("text_month", 12), ("excel_display", 8),
                             ("excel_serial", 6), ("dd/mm/yy", 6), ("iso", 6), ("us_locale", 4), ("place_date", 7),
                             ("dd.mm.yyyy", 3), ("compact", 2), ("blank", 4)]),
        "sex": wchoice(rng, [("LP", 40), ("word", 20), ("lkpr", 10), ("pria", 7), ("code", 5), ("lower", 5),
                             ("blank", 40 if women else 13)]),
        "wil": wchoice(rng, [("desa", 45), ("desa_dotted", 15), ("kec", 10), ("kec_dotted", 4), ("kab", 6),
                             ("kab_dotted", 2), ("blank", 13), ("mixed", 5)]),
        "addr": wchoice(rng, [("dusun_rtrw", 25), ("rtrw_desa", 15), ("dusun_only", 15), ("desa_kec", 12),
                              ("full", 10), ("slash", 8), ("registry", 7), ("blank", 8)]),
        "text_month_upper": rng.random() < 0.3,
        "en_locale": rng.random() < 0.4,
        "sci_comma": rng.random() < 0.5,
        "row_shift": rng.random() < 0.04,
    }  # fmt: skip


class Typist:
    """Renders one person as one list row, collecting an error label for every deviation it introduces."""

    def __init__(self, rng, world, region, registry_prefix):
        self.rng = rng
        self.world = world
        self.region = region
        self.registry_prefix = registry_prefix  # NIK[:12] -> registry persons

    def p(self, base):
        return self.rng.random() < base * self.care

    # -- name
    def core_words(self, name):
        return [w for w in name.lower().split() if w not in PREFIX_WORDS and not w.endswith(".")]

    def call_name(self, person):
        """What neighbours call someone: usually the first word that is not a prefix like Siti or Moh."""
        words = self.core_words(person.nama) or person.nama.lower().split()
        first = len(words) == 1 or person.culture in ("arab", "tionghoa") or self.rng.random() < 0.6
        return title_word(words[0] if first else words[-1])

    def nickname(self, name):
        words = self.core_words(name)
        if not words:
            return None
        w = words[0] if self.rng.random() < 0.7 else words[-1]
        if w.startswith("soe") and len(w) >= 6:
            return w[3:]
        if w.startswith("su") and len(w) >= 6:
            return w[2:]
        nuclei = [i for i, ch in enumerate(w) if ch in "aiueo"]
        if len(nuclei) >= 3:
            start = nuclei[-2]
            if start > 0 and w[start - 1] not in "aiueo":
                start -= 1
            return w[start:]
        if len(nuclei) == 2 and len(w) >= 5:
            start = nuclei[-1]
            if w[start - 1] not in "aiueo":
                start -= 1
            return w[start:]
        return None

    def render_name(self, person, batch, household, labels):
        rng = self.rng
        st = batch.style
        export = st["source"] == "export"
        words = person.nama.lower().split()
        husband = spouse_of(person, household)
        married_f = person.sex == "P" and husband is not None
        children = [m for m in household if m.hub == "Anak" and m is not person]
        if person.hub not in ("Kepala Keluarga", "Istri"):
            children = []
        has_title = words[0] in ("h.", "hj.")
        # 1. structural changes (at most one)
        structural = None
        if not export:
            r = rng.random() / self.care
            n_words = len(words) - has_title
            bins = [
                ("husband_only", 0.06 if batch.program == "WRSE" else 0.03, married_f),
                ("teknonym", 0.015, bool(children)),
                ("husband_added", 0.025, married_f),
                ("bin_binti", 0.04 if person.culture in ("madura", "arab") else 0.005, True),
                ("nickname", 0.025, True),
                ("word_dropped", 0.06, n_words >= 2),
                ("word_added", 0.03, True),
                ("word_order", 0.012, n_words >= 2),
            ]
            for kind, width, applicable in bins:
                if r < width:
                    structural = kind if applicable else None
                    break
                r -= width
        if structural == "husband_only":
            h = self.call_name(husband) if rng.random() < 0.7 else " ".join(self.core_words(husband.nama)) or "x"
            words = [rng.choice(["ny.", "bu", "ibu", "nyonya", "ny", "mbok" if person.culture == "jawa" else "bu"])]
            words += h.lower().split()
            labels.append("name_husband_only")
        elif structural == "teknonym":
            child = children[0]
            if person.sex == "L":
                prefix = rng.choice(["pak", "bapak", "pak", "p."])
            else:
                prefix = rng.choice(["bu", "mbok", "mak", "ibu"] if person.culture == "jawa" else ["bu", "mak", "bu'"])
            tek = [prefix, self.call_name(child).lower()]
            if rng.random() < 0.5:
                words = tek
                labels.append("name_teknonym")
            else:
                words = words + (["als."] + tek if rng.random() < 0.4 else ["(" + tek[0]] + [tek[1] + ")"])
                labels.append("name_teknonym_added")
        elif structural == "husband_added":
            h = self.call_name(husband).lower()
            words = words + rng.choice([[h], ["(bu", h + ")"], ["istri", h]])
            labels.append("name_husband_added")
        elif structural == "bin_binti":
            father = next((m for m in household if m.hub == "Kepala Keluarga" and m.sex == "L"), None)
            if person.hub in ("Anak",) and father is not None:
                fname = self.call_name(father).lower()
            else:
                fname = base_name(rng, person.culture, "L", 1935).split()[-1].lower()
            words = words + ["bin" if person.sex == "L" else "binti", fname]
            labels.append("name_bin_binti")
        elif structural == "nickname":
            nick = self.nickname(person.nama)
            if nick:
                words = (
                    ["mat", nick] if person.culture == "madura" and person.sex == "L" and rng.random() < 0.3 else [nick]
                )
                labels.append("name_nickname")
        elif structural == "word_dropped":
            start = 1 if has_title else 0
            # never leave only a prefix such as "Abdul" or "Siti" behind
            options = [
                i
                for i in range(start, len(words))
                if any(w not in PREFIX_WORDS for j, w in enumerate(words[start:], start) if j != i)
            ]
            if options:
                i = rng.choice(options)
                words = words[:i] + words[i + 1 :]
                labels.append("name_word_dropped")
        elif structural == "word_added":
            if person.sex == "P":
                extra = rng.choice(["siti", "sri", "nur", "siti", "ningsih"])
            else:
                extra = rng.choice(["muhammad", "moh.", "ahmad", "abdul", "mat"])
            families = {TOKEN_FAMILY.get(w, w) for w in words}
            if TOKEN_FAMILY.get(extra, extra) not in families:
                words = words + [extra] if extra == "ningsih" else [extra] + words
                labels.append("name_word_added")
        elif structural == "word_order":
            start = 1 if has_title else 0
            core = words[start:]
            words = words[:start] + core[1:] + core[:1]
            labels.append("name_word_order")
        # 2. token-level variants
        if structural not in ("husband_only", "teknonym"):
            words = self.token_variants(person, words, batch, labels, export)
        # 3. honorific / role notes
        if not export and self.p(0.04) and structural not in ("husband_only", "teknonym"):
            if person.sex == "L":
                hon = rng.choice(["bpk.", "bapak", "pak", "sdr.", "bp."] + (["mbah"] if person.age >= 65 else []))
            else:
                hon = rng.choice(["ibu", "bu", "sdri.", "ny." if married_f else "ibu"] + (
                    ["mbah"] if person.age >= 65 else []))  # fmt: skip
            words = [hon] + words
            labels.append("name_honorific")
        if self.p(0.04 if batch.program == "KUBE" else 0.012):
            if batch.program == "KUBE":
                note = rng.choice(["(ketua)", "(sekretaris)", "(bendahara)", "- ketua", "(anggota)"])
            elif person.hub == "Kepala Keluarga" and person.sex == "P":
                note = rng.choice(["(janda)", "(jd)", "(janda)"])
            elif person.age >= 65:
                note = "(lansia)"
            else:
                note = rng.choice(["*", "(disabilitas)", "(baru)"])
            words = words + note.split()
            labels.append("name_note")
        text = " ".join(words)
        # 4. keyboard typos (before case: they happen while typing)
        if self.p(0.01 if export else 0.05):
            text = self.keyboard_typo(text)
            labels.append("name_typo")
        # 5. case
        case = st["case"]
        if case == "mixed":
            case = rng.choice(["upper", "title", "title", "proper", "lower"])
        if case == "upper":
            text = text.upper()
        elif case == "title":
            text = title_case(text)
        elif case == "proper":
            text = excel_proper(text)
        # 6. OCR of a scanned printout
        if st["source"] == "ocr" and rng.random() < 0.3:
            text = self.ocr(text)
            labels.append("name_ocr")
        # 7. punctuation and spacing noise
        if self.p(0.03):
            text = self.punct(text)
            labels.append("name_punct")
        return text

    def token_variants(self, person, words, batch, labels, export):
        rng = self.rng
        out = list(words)
        scale = 0.2 if export else 1.0
        # Muhammad / Ahmad / Abdul / Siti families
        for i, w in enumerate(out):
            fam = TOKEN_FAMILY.get(w)
            if fam is None or (fam == "Ahmad" and w == "a." and i > 0):
                continue
            if rng.random() < (0.45 if fam == "Muhammad" else 0.3) * scale * self.care:
                last = i == len(out) - 1
                new = rng.choice([s for s in FAMILIES[fam] if s != w and not (last and s.endswith("."))])
                out[i] = new
                if new.endswith(".") and not w.endswith("."):
                    labels.append("name_abbrev")
                elif w.endswith(".") and not new.endswith("."):
                    labels.append("name_expanded")
                else:
                    labels.append("name_islamic_variant")
        # abbreviate a non-first word to its initial (Sri Wahyuni -> Sri W.)
        core = [i for i, w in enumerate(out) if i > 0 and w not in PREFIX_WORDS and w.isalpha() and len(w) > 3]
        if core and self.p(0.008 * scale):
            i = rng.choice(core)
            out[i] = out[i][0] + "."
            labels.append("name_abbrev")
        text = " ".join(out)
        # spelling reform
        if has_old_spelling(text) and rng.random() < 0.5 * scale:
            new = to_new_spelling(text).lower()
            if new != text:
                text = new
                labels.append("name_old_new_spelling")
        elif person.birth.year < 1970 and rng.random() < 0.08 * scale:
            new = to_old_spelling(text).lower()
            if new != text:
                text = new
                labels.append("name_old_new_spelling")
        out = text.split()
        # titles
        if out and out[0] in ("h.", "hj."):
            if rng.random() < 0.6:
                out = out[1:]
                labels.append("name_title_removed")
        elif not export and self.p(0.025):
            age = person.age
            title, front = None, True
            if age >= 40 and rng.random() < 0.75:
                title = "h." if person.sex == "L" else "hj."
            elif 23 <= age <= 55 and rng.random() < 0.6:
                title, front = rng.choice(["s.pd", "s.pd.i", "s.ag", "a.md", "s.e"]), False
            elif age >= 50:
                title = "drs." if person.sex == "L" else "dra."
            elif person.sex == "L" and age >= 25:
                title = "ust."
            if title and front:
                out = [title] + out
            elif title:
                out[-1] = out[-1] + ","
                out.append(title)
            if title:
                labels.append("name_title_added")
        # joined / split words
        if not export and self.p(0.03):
            joined = self.join_split(out)
            if joined:
                out = joined
                labels.append("name_join_split")
        # phonetic respelling
        if self.p(0.07 * scale):
            text = " ".join(out)
            options = [(pat, rep) for pat, rep in PHONETIC if re.search(pat, text)]
            if options:
                pat, rep = rng.choice(options)
                matches = list(re.finditer(pat, text))
                mt = rng.choice(matches)
                new = text[: mt.start()] + mt.expand(rep) + text[mt.end() :]
                if new.strip() and new != text:
                    out = new.split()
                    labels.append("name_phonetic")
        return out

    def join_split(self, words):
        rng = self.rng
        for i in range(len(words) - 1):
            a, b = words[i], words[i + 1]
            if a in ("nur", "sri", "siti", "nurul", "abdul", "abd.") and b.isalpha():
                if a in ("abdul", "abd.") and b[0] in "rsnzt":
                    return words[:i] + ["abdu" + b[0] + b] + words[i + 2 :]
                if a not in ("abdul", "abd."):
                    return words[:i] + [a + b] + words[i + 2 :]
        for i, w in enumerate(words):
            for pre in ("nurul", "nur", "sri", "abdur", "fathor", "siti"):
                if w.startswith(pre) and len(w) > len(pre) + 2 and w.isalpha():
                    rest = w[len(pre) :]
                    if pre == "abdur":
                        pre, rest = "abdul", rest[1:] if rest[0] == rest[1] else rest
                    return words[:i] + [pre, rest] + words[i + 1 :]
        if len(words) >= 2 and words[-2].isalpha() and words[-1].isalpha() and rng.random() < 0.3:
            return words[:-2] + [words[-2] + words[-1]]
        return None

    def keyboard_typo(self, text):
        rng = self.rng
        positions = [i for i, ch in enumerate(text) if ch.isalpha()]
        if len(positions) < 3:
            return text
        i = rng.choice(positions[1:] if rng.random() < 0.9 else positions)
        ch = text[i].lower()
        op = wchoice(rng, [("sub", 35), ("del", 25), ("double", 15), ("swap", 20), ("ins", 5)])
        if op == "sub" and ch in KEYBOARD:
            return text[:i] + rng.choice(KEYBOARD[ch]) + text[i + 1 :]
        if op == "double":
            return text[:i] + text[i] + text[i:]
        if op == "swap" and i + 1 < len(text) and text[i + 1].isalpha():
            return text[:i] + text[i + 1] + text[i] + text[i + 2 :]
        if op == "ins" and ch in KEYBOARD:
            return text[:i] + rng.choice(KEYBOARD[ch]) + text[i:]
        return text[:i] + text[i + 1 :]

    def ocr(self, text):
        rng = self.rng
        options = []
        for src, dst in OCR_SUBS:
            for m in re.finditer(re.escape(src), text, flags=re.IGNORECASE):
                options.append((m.start(), m.end(), dst))
        if not options:
            return text
        a, b, dst = rng.choice(options)
        if text[a:b].isupper():
            dst = dst.upper() if dst not in ("I",) else "l"
        return text[:a] + dst + text[b:]

    def punct(self, text):
        rng = self.rng
        choice = rng.choice(["double_space", "trailing", "apostrophe", "dot", "comma"])
        if choice == "double_space" and " " in text:
            i = text.index(" ")
            return text[:i] + "  " + text[i + 1 :]
        if choice == "apostrophe" and "'" in text:
            return text.replace("'", rng.choice(["`", "\u2019", "", " "]), 1)
        if choice == "dot":
            return text + "."
        if choice == "comma":
            return text + ","
        return text + " "

    # -- NIK and No. KK
    def fmt_number(self, digits, mode, labels, prefix):
        """Apply the batch's Excel/typing format to a 16-digit-ish string."""
        rng = self.rng
        if not digits or not digits.isdigit() or len(digits) < 12:
            return digits
        if mode == "excel_zeroed" and len(digits) >= 16:
            new = digits[:15] + "0" * (len(digits) - 15)
            if new != digits:
                labels.append(f"{prefix}_excel_zeroed")
            return new
        if mode == "excel_sci":
            labels.append(f"{prefix}_excel_sci")
            mant = f"{int(digits) / 10 ** (len(digits) - 1):.5f}"
            s = f"{mant}E+{len(digits) - 1}"
            return s.replace(".", ",") if self.style["sci_comma"] else s
        if mode == "float":
            labels.append(f"{prefix}_fmt_float")
            return digits + ".0"
        if mode == "apostrophe":
            labels.append(f"{prefix}_fmt_apostrophe")
            return "'" + digits
        if mode == "spaced" or rng.random() < 0.015:
            labels.append(f"{prefix}_fmt_spaced")
            if rng.random() < 0.5:
                return " ".join(digits[i : i + 4] for i in range(0, len(digits), 4))
            return f"{digits[:2]}.{digits[2:4]}.{digits[4:6]}.{digits[6:12]}.{digits[12:]}"
        return digits

    def digit_errors(self, digits, labels, prefix, rates):
        rng = self.rng
        r = rng.random() / self.care
        typo, swap, drop, add = rates
        if r < typo:
            i = rng.randrange(len(digits))
            new = str((int(digits[i]) + rng.choice([1, 2, 3, 4, 5, 6, 7, 8, 9])) % 10)
            labels.append(f"{prefix}_typo_digit")
            return digits[:i] + new + digits[i + 1 :]
        if r < typo + swap:
            i = rng.randrange(len(digits) - 1)
            if digits[i] != digits[i + 1]:
                labels.append(f"{prefix}_transposed")
                return digits[:i] + digits[i + 1] + digits[i] + digits[i + 2 :]
        elif r < typo + swap + drop:
            i = rng.randrange(len(digits))
            labels.append(f"{prefix}_digit_dropped")
            return digits[:i] + digits[i + 1 :]
        elif r < typo + swap + drop + add:
            i = rng.randrange(len(digits) + 1)
            labels.append(f"{prefix}_digit_added")
            return digits[:i] + rng.choice("0123456789") + digits[i:]
        return digits

    def render_nik_kk(self, person, batch, household, labels):
        rng = self.rng
        st = batch.style
        fam_kk = person.fam.kk
        nik, kk = person.nik, fam_kk
        others = [m for m in household if m is not person and m.nik]
        # Which cells are empty is decided first, so that labels only describe what the cell shows.
        nik_cell = "blank" if st["nik"] == "blank" or self.p(0.06) else "placeholder" if self.p(0.012) else "value"
        kk_blank = st["kk_blank"] or st["nik"] == "blank" or self.p(0.10)
        show_nik, show_kk = nik_cell == "value", not kk_blank
        r = rng.random() / self.care
        if r < 0.02:
            if show_nik and others:
                spouse = spouse_of(person, household)
                nik = spouse.nik if spouse is not None and rng.random() < 0.7 else rng.choice(others).nik
                labels.append("nik_family_member")
        elif r < 0.035:
            if show_nik:
                nik = fam_kk
                labels.append("nik_is_kk")
        elif r < 0.045:
            if show_nik and show_kk:
                nik, kk = fam_kk, person.nik
                labels.append("nik_kk_swapped")
            elif show_nik:
                nik = fam_kk
                labels.append("nik_is_kk")
            elif show_kk:
                kk = person.nik
                labels.append("kk_is_nik")
        elif r < 0.055:
            if show_nik:
                nik = self.world.make_nik(self.world.other_kec(self.kec_of(person.nik)), person.birth, person.sex)
                labels.append("nik_old")
        elif r < 0.061:
            same = [q for q in self.registry_prefix.get(person.nik[:12], []) if q is not person]
            if show_nik and same:
                nik = rng.choice(same).nik
                labels.append("nik_serial_neighbour")
        elif r < 0.065 and show_nik and person.sex == "P":
            nik = nik[:6] + f"{int(nik[6:8]) - 40:02d}" + nik[8:]
            labels.append("nik_female_day_not_coded")
        if show_kk and "nik_kk_swapped" not in labels:
            rk = rng.random() / self.care
            if rk < 0.012:
                kk = person.nik
                labels.append("kk_is_nik")
            elif rk < 0.022:
                issued = rand_date(rng, dt.date(2004, 1, 1), dt.date(2015, 12, 31))
                kk = self.world.make_kk(person.fam.desa[:8], issued)
                labels.append("kk_old")
        if show_nik:
            nik = self.digit_errors(nik, labels, "nik", (0.035, 0.02, 0.01, 0.008))
            if st["source"] == "ocr" and rng.random() < 0.15:
                positions = [i for i, ch in enumerate(nik) if ch in DIGIT_OCR]
                if positions:
                    i = rng.choice(positions)
                    nik = nik[:i] + rng.choice(DIGIT_OCR[nik[i]]) + nik[i + 1 :]
                    labels.append("nik_ocr")
            nik_out = self.fmt_number(nik, st["nik"], labels, "nik")
        elif nik_cell == "blank":
            nik_out = ""
            labels.append("nik_missing")
        else:
            kab = person.fam.desa.replace(".", "")[:4]
            nik_out = rng.choice(["-", "0", "belum ada", "BELUM REKAM", "tidak ada", "-", kab + "0" * 12, "KTP hilang"])
            labels.append("nik_placeholder")
        if show_kk:
            kk = self.digit_errors(kk, labels, "kk", (0.025, 0.01, 0.006, 0.004))
            kk_out = self.fmt_number(kk, st["nik"], labels, "kk")
        else:
            kk_out = ""
            labels.append("kk_missing")
        return nik_out, kk_out

    @staticmethod
    def kec_of(nik):
        return f"{nik[:2]}.{nik[2:4]}.{nik[4:6]}"

    # -- birth date
    def render_dob(self, person, batch, labels):
        rng = self.rng
        st = batch.style
        b = person.birth
        y, m, d = b.year, b.month, b.day
        fmt = st["dob"]
        if fmt != "blank" and rng.random() < 0.10:
            fmt = rng.choice(["dd-mm-yyyy", "dd/mm/yyyy", "text_month", "dd/mm/yy", "place_date"])
        if fmt == "blank":
            labels.append("dob_missing")
            return ""
        if person.placeholder_dob and not person.hidden and rng.random() < 0.4:
            real = rand_date(rng, dt.date(y - 1, 1, 1), dt.date(y + 1, 12, 31))
            y, m, d = real.year, real.month, real.day
            labels.append("dob_registry_placeholder_differs")
        r = rng.random() / self.care
        special = None
        if r < 0.05:
            labels.append("dob_missing")
            return ""
        elif r < 0.07 and d <= 12 and d != m:
            d, m = m, d
            labels.append("dob_day_month_swapped")
        elif r < 0.09:
            special = "year_only"
            labels.append("dob_year_only")
        elif r < 0.12:
            y += rng.choice([-3, -2, -1, -1, 1, 1, 2, 3, 10, -10])
            labels.append("dob_year_off")
        elif r < 0.126 and y % 100 // 10 != y % 10:
            y = y - y % 100 + (y % 10) * 10 + y % 100 // 10
            labels.append("dob_year_digits_swapped")
        elif r < 0.141:
            d = max(1, min(28, d + rng.choice([-10, -2, -1, 1, 2, 10])))
            labels.append("dob_day_typo")
        elif r < 0.153:
            m, d = rng.choice([(1, 1), (7, 1), (12, 31), (1, 1)])
            y += rng.choice([0, 0, -1, 1])
            labels.append("dob_placeholder")
        elif r < 0.158:
            special = "age"
            labels.append("dob_age_instead")
        elif r < 0.162 and person.sex == "P":
            d += 40
            labels.append("dob_female_day_plus40")
        elif r < 0.166:
            m, d = rng.choice([(2, 30), (2, 31), (4, 31), (6, 31), (9, 31), (11, 31), (2, 29 if y % 4 else 30)])
            labels.append("dob_invalid")
        if y > REF.year:
            y = REF.year
        if special == "year_only":
            return str(y)
        if special == "age":
            age = REF.year - y
            return rng.choice([f"{age} th", f"{age} Tahun", f"Umur {age}", f"{age}"])
        valid = True
        try:
            date = dt.date(y, m, d)
        except ValueError:
            valid = False
        if fmt == "us_locale":
            labels.append("dob_fmt_mixed_locale")
            if valid and d <= 12:
                labels.append("dob_day_month_swapped")  # Excel read dd/mm as mm/dd, then a dd-mm-yyyy display
                return f"{m:02d}-{d:02d}-{y}"
            return f"{d:02d}/{m:02d}/{y}"
        if fmt == "excel_serial":
            if valid and date >= dt.date(1900, 3, 1):
                labels.append("dob_fmt_excel_serial")
                return str((date - EXCEL_EPOCH).days)
            fmt = "dd-mm-yyyy"
        if fmt == "excel_display":
            if valid:
                labels.append("dob_fmt_excel_display")
                months = MONTHS_ABBR_EN if st["en_locale"] else MONTHS_ABBR_ID
                return f"{d:02d}-{months[m - 1]}-{y % 100:02d}"
            fmt = "dd-mm-yyyy"
        if fmt == "dd-mm-yyyy":
            return f"{d:02d}-{m:02d}-{y}"
        if fmt == "dd/mm/yyyy":
            return f"{d:02d}/{m:02d}/{y}" if rng.random() < 0.7 else f"{d}/{m}/{y}"
        if fmt == "dd.mm.yyyy":
            return f"{d:02d}.{m:02d}.{y}"
        if fmt == "iso":
            return f"{y}-{m:02d}-{d:02d}"
        if fmt == "dd/mm/yy":
            labels.append("dob_fmt_two_digit_year")
            return f"{d:02d}/{m:02d}/{y % 100:02d}"
        if fmt == "compact":
            labels.append("dob_fmt_compact")
            return f"{d:02d}{m:02d}{y}"
        text = self.text_month(d, m, y)
        if fmt == "text_month":
            labels.append("dob_fmt_text_month")
            return text
        labels.append("dob_fmt_place_date")
        place = person.tempat
        place = place.upper() if st["case"] == "upper" else place
        date_part = text if rng.random() < 0.4 else f"{d:02d}-{m:02d}-{y}"
        return f"{place}, {date_part}" if rng.random() < 0.7 else f"{place} {date_part}"

    def text_month(self, d, m, y):
        rng = self.rng
        if 1 <= m <= 12:
            name = MONTHS[m - 1]
            r = rng.random()
            if m in MONTHS_OLD and r < 0.3:
                name = MONTHS_OLD[m]
            elif r < 0.2:
                name = MONTHS_ABBR_ALT.get(m, MONTHS_ABBR_ID[m - 1])
        else:
            name = str(m)
        if self.style["text_month_upper"]:
            name = name.upper()
        return f"{d} {name} {y}" if rng.random() < 0.8 else f"{d:02d}-{name}-{y}"

    # -- sex, region, address
    def render_sex(self, person, batch, labels):
        rng = self.rng
        mode = batch.style["sex"]
        sex = person.sex
        if mode == "blank":
            labels.append("sex_missing")
            return ""
        if self.p(0.04):
            labels.append("sex_missing")
            return ""
        if self.p(0.012):
            sex = "P" if sex == "L" else "L"
            labels.append("sex_wrong")
        male = sex == "L"
        if mode == "LP":
            return "L" if male else "P"
        labels.append(f"sex_fmt_{mode}")
        if mode == "word":
            w = rng.choice([("Laki-laki", "Perempuan"), ("LAKI-LAKI", "PEREMPUAN"), ("Laki-Laki", "Perempuan"),
                            ("Laki", "Perempuan")])  # fmt: skip
        elif mode == "lkpr":
            w = rng.choice([("Lk", "Pr"), ("LK", "PR"), ("Lk.", "Pr.")])
        elif mode == "pria":
            w = ("Pria", "Wanita")
        elif mode == "code":
            w = ("1", "2")
        else:
            w = ("l", "p")
        return w[0] if male else w[1]

    def render_wil(self, person, batch, labels):
        rng = self.rng
        mode = batch.style["wil"]
        if mode == "mixed":
            mode = rng.choice(["desa", "desa_dotted", "kec", "kab", "blank"])
        code = person.fam.desa
        if mode == "blank":
            labels.append("wil_missing")
            return ""
        if self.p(0.03):
            labels.append("wil_missing")
            return ""
        kec_desa = self.region.desa_by_kec[code[:8]]
        r = rng.random() / self.care
        if r < 0.03 and len(kec_desa) > 1:
            i = kec_desa.index(code)
            j = max(0, min(len(kec_desa) - 1, i + rng.choice([-3, -2, -1, 1, 2, 3])))
            if j != i:
                code = kec_desa[j]
                labels.append("wil_neighbour_desa")
        elif r < 0.038:
            kecs = [k for k in self.region.kec_by_kab[code[:5]] if k != code[:8] and k in self.region.desa_by_kec]
            code = rng.choice(self.region.desa_by_kec[rng.choice(kecs)])
            labels.append("wil_other_kecamatan")
        elif r < 0.044:
            labels.append("wil_name_text")
            name = self.region.desa_names[code]
            return rng.choice([name, f"Ds. {name}", name.upper(), f"Desa {name}"])
        if mode == "desa":
            return code.replace(".", "")
        if mode == "desa_dotted":
            labels.append("wil_fmt_dotted")
            return code
        if mode in ("kec", "kec_dotted"):
            labels.append("wil_kecamatan_level")
            if mode == "kec_dotted":
                labels.append("wil_fmt_dotted")
                return code[:8]
            return code[:8].replace(".", "")
        labels.append("wil_kabupaten_level")
        if mode == "kab_dotted":
            labels.append("wil_fmt_dotted")
            return code[:5]
        return code[:5].replace(".", "")

    def render_addr(self, person, batch, labels):
        rng = self.rng
        st = batch.style
        fam = person.fam
        info = self.world.desa(fam.desa)
        if st["addr"] == "blank" or self.p(0.05):
            labels.append("addr_missing")
            return ""
        unit = next(u for u in info["units"] if u["rw"] == fam.rw)
        rt, rw = fam.rt, fam.rw
        if self.p(0.02):
            unit = rng.choice(info["units"])
            rt, rw = rng.choice(unit["rts"]), unit["rw"]
            labels.append("addr_moved")
        desa_name = self.region.desa_names[fam.desa]
        kec_name = self.region.name(fam.desa[:8])
        kab_name = self.region.kab_short(fam.kab)
        style = st["addr"]
        if info["kelurahan"]:
            street = fam.alamat
            if unit["rw"] != fam.rw:
                street = f"Jl. {unit['street']} No. {rng.randint(1, 160)}"
            street = rng.choice([street, street.replace("Jl. ", "Jln. "), street.replace("Jl. ", "Jalan "),
                                 street.replace("Jl. ", ""), street.replace("Gg. ", "Gang "),
                                 street.replace("No. ", "no ")])  # fmt: skip
            if style in ("dusun_rtrw", "full", "rtrw_desa"):
                text = f"{street} RT {rt:02d} RW {rw:02d}" + (f" Kel. {desa_name}" if style != "dusun_rtrw" else "")
            elif style == "desa_kec":
                text = f"{street}, Kel. {desa_name} Kec. {kec_name}"
            elif style == "slash":
                text = f"{street} {rt}/{rw}"
            else:
                text = street
        else:
            dusun = unit["dusun"]
            if style == "dusun_rtrw":
                text = rng.choice([f"Dsn. {dusun} RT {rt:02d} RW {rw:02d}", f"Dusun {dusun} RT. {rt:03d} RW. {rw:03d}",
                                   f"Dsn {dusun} Rt {rt} Rw {rw}"])  # fmt: skip
            elif style == "rtrw_desa":
                text = f"RT {rt:03d}/RW {rw:03d} Ds. {desa_name}"
            elif style == "dusun_only":
                text = dusun
            elif style == "desa_kec":
                text = f"Ds. {desa_name} Kec. {kec_name}"
            elif style == "full":
                text = f"Dsn. {dusun} RT {rt} RW {rw} Desa {desa_name} Kec. {kec_name} Kab. {kab_name}"
            elif style == "slash":
                text = f"{dusun} {rt:02d}/{rw:02d}"
            else:
                text = fam.alamat
        if st["case"] == "upper":
            text = text.upper()
        elif st["case"] == "lower":
            text = text.lower()
        return text


def build_list(rng, world, region, families, locus, list_rows):
    registry_persons = [p for fam in families for p in fam.members]
    registry_by_desa = {}
    for p in registry_persons:
        registry_by_desa.setdefault(p.fam.desa, []).append(p)
    registry_prefix = {}
    for p in registry_persons:
        registry_prefix.setdefault(p.nik[:12], []).append(p)
    n_dup = round(list_rows * DUPLICATE_SHARE)
    n_unique = list_rows - n_dup
    batches = plan_batches(rng, region, locus, registry_by_desa, n_unique)
    n_out = round(n_unique * NOT_IN_REGISTRY_SHARE)
    slots = [True] * n_out + [False] * (n_unique - n_out)
    rng.shuffle(slots)
    used = set()
    k = 0
    for b in batches:
        for _ in range(b.size):
            if slots[k]:
                p = make_outsider(rng, world, b, registry_by_desa, region)
            else:
                p = pick_registry_person(rng, b, registry_by_desa, used, region, registry_persons)
                used.add(id(p))
            b.people.append(p)
            k += 1
        # neighbours are listed together: order by dusun/RW, then as they came
        keyed = [(p.fam.desa, p.fam.rw, rng.random(), i) for i, p in enumerate(b.people)]
        b.people = [b.people[t[3]] for t in sorted(keyed)]
    # the same person listed twice: mostly in another program of the same village, else twice in one sheet
    listed = [(b, p) for b in batches for p in b.people]
    for _ in range(n_dup):
        src_batch, p = rng.choice(listed)
        others = [b for b in batches if b is not src_batch and p.fam.desa in b.desa]
        if p.sex == "L":
            others = [b for b in others if b.program != "WRSE"]
        target = rng.choice(others) if others and rng.random() < 0.7 else src_batch
        target.people.insert(rng.randint(0, len(target.people)), p)
    # batches reach the office per kabupaten; within a kabupaten in no particular order
    order = sorted(batches, key=lambda b: (b.desa[0][:5], rng.random()))
    typist = Typist(rng, world, region, registry_prefix)
    rows, truth = [], []
    first_seen = {}
    no = 0
    for bi, b in enumerate(order):
        b.style = batch_style(rng, b)
        typist.style = b.style
        typist.care = b.style["care"]
        batch_rows = []
        for p in b.people:
            no += 1
            labels = []
            if p.kind == "new_member":
                household = [*p.fam.members, p]
            else:
                household = p.fam.members
            nama = typist.render_name(p, b, household, labels)
            nik, kk = typist.render_nik_kk(p, b, household, labels)
            jk = typist.render_sex(p, b, labels)
            tgl = typist.render_dob(p, b, labels)
            alamat = typist.render_addr(p, b, labels)
            wil = typist.render_wil(p, b, labels)
            key = id(p)
            dup_of = ""
            if key in first_seen:
                dup_of = str(first_seen[key])
                labels.append("duplicate")
            else:
                first_seen[key] = no
            batch_rows.append(([str(no), nama, nik, kk, jk, tgl, alamat, wil], labels, p, dup_of))
        if b.style["row_shift"] and len(batch_rows) >= 5 and b.style["nik"] != "blank":
            # rows sorted in one column only: NIKs (and often KKs) slip by one row for a stretch
            start = rng.randrange(0, len(batch_rows) - 3)
            length = rng.randint(3, min(7, len(batch_rows) - start))
            move_kk = rng.random() < 0.6
            for j in range(start, start + length):
                nxt = batch_rows[j + 1][0] if j + 1 < len(batch_rows) else None
                batch_rows[j][0][2] = nxt[2] if nxt else ""
                batch_rows[j][1].append("nik_row_shift")
                if move_kk:
                    batch_rows[j][0][3] = nxt[3] if nxt else ""
                    batch_rows[j][1].append("kk_row_shift")
        for row, labels, p, dup_of in batch_rows:
            rows.append(row)
            fam = p.fam
            truth.append([
                row[0], "" if p.hidden else p.pid, ";".join(labels), p.pid,
                "registry" if not p.hidden else p.kind, dup_of, f"B{bi + 1:03d}", b.program, p.namesake_of or "",
                p.nama, p.nik, fam.kk, p.birth.isoformat(), p.sex, fam.desa.replace(".", ""),
            ])  # fmt: skip
    return rows, truth, order, registry_persons


# --- main --------------------------------------------------------------------------------------------------
def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out-dir", type=Path, default=Path("bench/data/independent7"))
    ap.add_argument("--registry-rows", type=int, default=100_000)
    ap.add_argument("--list-rows", type=int, default=3_000)
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = ap.parse_args(argv)
    started = time.monotonic()
    rng = random.Random(args.seed)  # noqa: S311 — synthetic test data, not security
    region = Region()
    world = World(rng, region)
    n_locus = max(5, round(args.list_rows / 45))
    locus = choose_locus(rng, region, n_locus)
    families = build_registry(rng, world, region, args.registry_rows, locus)
    rows, truth, batches, registry_persons = build_list(rng, world, region, families, locus, args.list_rows)

    out = args.out_dir
    out.mkdir(parents=True, exist_ok=True)
    write_registry(out / "registry.csv", families)
    with open(out / "list.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["no", "nama", "nik", "no_kk", "jenis_kelamin", "tanggal_lahir", "alamat", "kode_wilayah"])
        w.writerows(rows)
    with open(out / "truth.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["no", "id_individu", "errors", "person", "kind", "dup_of", "batch", "program", "namesake_of",
                    "true_nama", "true_nik", "true_no_kk", "true_tanggal_lahir", "true_jenis_kelamin",
                    "true_kode_wilayah"])  # fmt: skip
        w.writerows(truth)

    labels = {}
    for t in truth:
        for lab in filter(None, t[2].split(";")):
            labels[lab] = labels.get(lab, 0) + 1
    n_out = sum(1 for t in truth if not t[1])
    kinds, programs = {}, {}
    for t in truth:
        kinds[t[4]] = kinds.get(t[4], 0) + 1
        programs[t[7]] = programs.get(t[7], 0) + 1
    reg_nik = {p.nik: p.pid for p in registry_persons}
    hits_other = 0
    for row, t in zip(rows, truth, strict=True):
        digits = row[2].strip().lstrip("'").replace(" ", "").replace(".", "")
        if digits in reg_nik and reg_nik[digits] != t[1]:
            hits_other += 1
    desil = {}
    for fam in families:
        desil[str(fam.desil)] = desil.get(str(fam.desil), 0) + len(fam.members)
    summary = {
        "generator": "bench/independent7/gen.py",
        "seed": args.seed,
        "reference_date": REF.isoformat(),
        "registry": {
            "rows": len(registry_persons),
            "families": len(families),
            "mean_family_size": round(len(registry_persons) / len(families), 3),
            "desa": len({f.desa for f in families}),
            "rows_by_kabupaten": {
                region.wilayah[kab]: sum(len(f.members) for f in families if f.kab == kab) for kab, *_ in REGIONS
            },
            "rows_by_desil": dict(sorted(desil.items(), key=lambda kv: int(kv[0]))),
            "locus_desa": locus,
        },
        "list": {
            "rows": len(rows),
            "in_registry": len(rows) - n_out,
            "not_in_registry": n_out,
            "not_in_registry_share": round(n_out / len(rows), 4),
            "duplicate_rows": labels.get("duplicate", 0),
            "batches": len(batches),
            "rows_by_program": dict(sorted(programs.items())),
            "rows_by_kind": dict(sorted(kinds.items())),
            "rows_with_no_label": sum(1 for t in truth if not t[2]),
            "rows_with_only_format_labels": sum(
                1 for t in truth if t[2] and all(lab in LOSSLESS or "_fmt_" in lab for lab in t[2].split(";"))
            ),
            "nik_cell_equals_other_registry_person": hits_other,
        },
        "labels": dict(sorted(labels.items())),
    }
    with open(out / "summary.json", "w", encoding="utf-8") as f:
        json.dump(summary, f, indent=2, ensure_ascii=False)
        f.write("\n")
    print(
        f"registry {len(registry_persons)} rows / {len(families)} families; list {len(rows)} rows "
        f"({n_out} not in registry, {labels.get('duplicate', 0)} duplicates) -> {out} "
        f"in {time.monotonic() - started:.1f} s",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
