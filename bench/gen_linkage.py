"""Evaluation data for the linkage matcher ("pemadanan"): a clean registry snapshot, a member list to match
against it, and the ground truth.

    .venv/bin/python bench/gen_linkage.py --registry-rows 200000 --list-rows 5000 \\
        --out-dir bench/data/linkage_200k_5k [--seed 7] [--absent 0.15]

Writes into ``--out-dir``:

- ``registry.csv``: canonical registry CSV made by bench/gen_registry.py with no defects; importable with
  ``manage.py registry_import --source dtsen --period 2025-11 --name X --preset canonical registry.csv``.
- ``list.csv``: ``no, nama, nik, no_kk, jenis_kelamin, tanggal_lahir, alamat, kode_wilayah`` — the member
  list to match, with the errors real lists carry (see KINDS).
- ``truth.csv``: ``no, id_individu`` (empty when the person is not in the registry), ``errors`` (the kinds
  applied to the row, ``;``-separated), ``source`` (``registry`` or ``absent``), and two extra columns for
  the absent rows: ``absent_kind`` and ``lookalike_id`` (the registry person the absent one was modelled on).
- ``meta.json``: parameters, counts, generator version (no timings: every file is byte-identical for the
  same arguments).

How: gen_registry generates ``registry_rows`` + a few extra people with the same seed; the first
``registry_rows`` rows are the registry (the file is truncated there), the families after them are held out.
Held-out people have NIKs from the same serial counters, so theirs are never in the registry. Most absent
list rows are made hard: a held-out person is given the name of a registry person of the same sex in the same
kecamatan (their NIK encodes it), moved to that person's desa and dusun — a neighbour namesake, some born the
same year — or a name one letter or sound away.

Pure Python (no Django, no numpy), seeded: ``random.Random(seed)`` inside gen_registry,
``random.Random("linkage-<seed>")`` here. Memory stays flat: the registry is streamed twice after it is
written (lines as bytes), and only the sampled people, the held-out tail and a few anchors per
(kecamatan, sex, birth year) are kept.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import json
import os
import random
import re
import sys
import time
from array import array
from dataclasses import dataclass, replace
from pathlib import Path

if __package__:
    from . import gen_registry
else:  # python bench/gen_linkage.py
    import gen_registry

# Bump when the output for given arguments changes.
GENERATOR_VERSION = 1

LIST_COLUMNS = ("no", "nama", "nik", "no_kk", "jenis_kelamin", "tanggal_lahir", "alamat", "kode_wilayah")
TRUTH_COLUMNS = ("no", "id_individu", "errors", "source", "absent_kind", "lookalike_id")

# Every kind a list row can carry, in the order they are listed in truth.csv, with a category:
#   error    — information changed or lost; a row has 0–3 of these (≈ 45 % none)
#   format   — the same value written differently; drawn independently per field
#   omission — a field left blank or coarser; drawn independently per field
KINDS: dict[str, tuple[str, str]] = {
    "name_typo": ("error", "one typo in one word: substitution, deletion, insertion or transposition"),
    "name_phonetic": (
        "error",
        "one sound variant: dh/d, th/t, kh/k, kh/h, ch/kh, sy/s, ts/s, f/p, q/k, z/j, iya/ia, i/ie, "
        "doubled/undoubled letter, -ah/-a, Ho-/Hu-/Kho-, Ahmad/Achmad/Akhmad/Ach./Ahmat",
    ),
    "name_old_spelling": ("error", "written in the old spelling (Suyono → Soejono, Syaiful → Sjaiful)"),
    "name_new_spelling": ("error", "old spelling modernised (Soejono → Suyono, Djoko → Joko)"),
    "name_muhammad": ("error", "Muhammad/Mohammad/Mochammad/Mochamad/Moch./Moh./Muh./M. swapped"),
    "name_abdul": ("error", "Abdul ↔ Abd."),
    "name_siti": ("error", "Siti ↔ St."),
    "name_title_add": ("error", "H./Hj. or a degree added (Drs., Dra., Ir., S.Pd, S.Ag, A.Md, S.E., S.Pd.I)"),
    "name_title_drop": ("error", "H./Hj. dropped"),
    "name_word_order": ("error", "two adjacent words swapped"),
    "name_drop_middle": ("error", "middle word of a name of three or more words dropped"),
    "name_upper": ("format", "all capitals"),
    "name_lower": ("format", "all lower case"),
    "name_proper_case": ("format", "capitals in the registry, Proper Case in the list (Ma'Ruf)"),
    "name_punct": ("format", "dots and apostrophes dropped (Moh Ma'ruf → Moh Maruf)"),
    "name_spacing": ("format", "double, leading or trailing spaces"),
    "nik_missing": ("error", "NIK blank"),
    "nik_one_digit": ("error", "one digit mistyped"),
    "nik_adjacent_swap": ("error", "two adjacent (different) digits swapped"),
    "kk_as_nik": ("error", "the No. KK typed in the NIK column"),
    "family_nik": ("error", "the NIK of another member of the same KK"),
    "nik_scientific": ("error", "Excel scientific notation (3.51301E+15): unrecoverable, 6 significant digits"),
    "nik_apostrophe": ("format", "leading apostrophe (Excel text): '3513014506900001"),
    "nik_spaced": ("format", "grouped with spaces or dots: 3513 0145 0690 0001, 3513.0145.0690.0001"),
    "kk_typo": ("error", "one digit of the No. KK mistyped"),
    "kk_blank": ("omission", "No. KK blank"),
    "dob_missing": ("error", "tanggal_lahir blank"),
    "dob_day_month_swap": ("error", "day and month swapped (only where both are ≤ 12 and differ)"),
    "dob_year_off": ("error", "year off by one"),
    "dob_year_only": ("error", "only the year known: YYYY, or 1 January of the year"),
    "dob_dd-mm-yyyy": ("format", "DD-MM-YYYY (the default is YYYY-MM-DD)"),
    "dob_dd/mm/yyyy": ("format", "DD/MM/YYYY"),
    "jk_blank": ("omission", "jenis_kelamin blank"),
    "jk_words": ("format", "Laki-laki/Perempuan, LAKI-LAKI/PEREMPUAN or Lk/Pr instead of L/P"),
    "kode_neighbour_desa": ("error", "another desa of the same kecamatan"),
    "kode_kecamatan": ("omission", "kecamatan only: 351301 or 35.13.01"),
    "kode_kabupaten": ("omission", "kabupaten only: 3513 or 35.13"),
    "kode_blank": ("omission", "kode_wilayah blank"),
    "kode_dotted": ("format", "desa code dotted: 35.13.01.2001"),
    "alamat_blank": ("omission", "alamat blank"),
    "alamat_abbrev": ("format", "abbreviated: Dsn./Dsn/no Dusun, Jl/Jln., No dropped, Gg, Perum, Blk"),
    "alamat_rtrw": ("format", "RT/RW appended"),
}
_KIND_ORDER = {kind: i for i, kind in enumerate(KINDS)}

# Error kinds: (field group, weight). A dirty row draws 1–3 distinct kinds by weight among those that apply to
# it, at most two on the name and one per other field. Kinds that apply to few names weigh more.
_ERRORS: dict[str, tuple[str, float]] = {
    "name_typo": ("nama", 10),
    "name_phonetic": ("nama", 7),
    "name_old_spelling": ("nama", 3),
    "name_new_spelling": ("nama", 30),
    "name_muhammad": ("nama", 30),
    "name_abdul": ("nama", 40),
    "name_siti": ("nama", 12),
    "name_title_add": ("nama", 4),
    "name_title_drop": ("nama", 30),
    "name_word_order": ("nama", 3),
    "name_drop_middle": ("nama", 6),
    "nik_missing": ("nik", 9),
    "nik_one_digit": ("nik", 7),
    "nik_adjacent_swap": ("nik", 4),
    "kk_as_nik": ("nik", 3),
    "family_nik": ("nik", 3),
    "nik_scientific": ("nik", 3),
    "kk_typo": ("kk", 5),
    "dob_missing": ("dob", 5),
    "dob_day_month_swap": ("dob", 6),
    "dob_year_off": ("dob", 4),
    "dob_year_only": ("dob", 5),
    "kode_neighbour_desa": ("kode", 4),
}
_GROUP_LIMIT = {"nama": 2}
_ERRORS_PER_ROW = ((0, 45), (1, 30), (2, 16), (3, 9))  # percent
_NAME_ORDER = (  # order the name errors are applied in
    "name_title_drop", "name_new_spelling", "name_old_spelling", "name_muhammad", "name_abdul", "name_siti",
    "name_phonetic", "name_drop_middle", "name_word_order", "name_typo", "name_title_add",
)  # fmt: skip

# Absent people: how each is made, as weights (falls back to the next when no registry anchor is found).
ABSENT_KINDS = {
    "namesake": "a registry person's exact name, same desa and dusun, born another year (within 12)",
    "namesake_same_year": "a registry person's exact name, same desa and dusun, same birth year, other date",
    "similar_name": "a registry person's name one typo or sound away, same desa, born within 12 years",
    "own": "the held-out person as generated: a common name from the same pools, own desa",
}
_ABSENT_WEIGHTS = (("namesake", 40), ("namesake_same_year", 20), ("similar_name", 15), ("own", 25))
_ANCHOR_YEARS = 12
_ANCHORS_PER_KEY = 3

DUPLICATE_SHARE = 0.005
# Members of one family in the list: 1 (84 %), 2 (12 %) or 3 (4 %).
_MEMBERS_PER_FAMILY = ((1, 84), (2, 12), (3, 4))
# Who is on a member list: heads and wives far more often than children.
_ROLE_WEIGHT = {"Kepala Keluarga": 5.0, "Istri": 4.0, "Orang Tua": 2.0, "Famili Lain": 1.0}
_CHILD_WEIGHT, _ADULT_CHILD_WEIGHT = 0.4, 1.5

# Format and omission rates (independent draws per row).
_KK_BLANK = 0.5
_NAME_UPPER, _NAME_LOWER, _NAME_PROPER = 0.22, 0.02, 0.5  # proper case: share of registry names in capitals
_NAME_PUNCT, _NAME_SPACING = 0.08, 0.05
_NIK_APOSTROPHE, _NIK_SPACED = 0.06, 0.03
_DOB_DASH, _DOB_SLASH = 0.3, 0.2
_JK_BLANK, _JK_WORDS = 0.12, 0.15
_KODE_BLANK, _KODE_KEC, _KODE_KAB, _KODE_DOTTED = 0.06, 0.08, 0.03, 0.1
_ALAMAT_BLANK, _ALAMAT_ABBREV, _ALAMAT_RTRW = 0.3, 0.2, 0.12

# --- names ----------------------------------------------------------------------------------------------
_HAJJ = frozenset({"h.", "hj."})
_TITLE_TOKENS = frozenset({"h.", "hj.", "drs.", "dra.", "ir."})
_MUHAMMAD_VARIANTS = ("Muhammad", "Mohammad", "Mochammad", "Mochamad", "Moch.", "Moh.", "Muh.", "M.")
_MUHAMMAD_KEYS = frozenset(v.lower() for v in (*_MUHAMMAD_VARIANTS, *gen_registry._MUHAMMAD))
_AHMAD_VARIANTS = ("Ahmad", "Achmad", "Akhmad", "Ach.", "Ahmat")
_AHMAD_KEYS = frozenset(v.lower() for v in _AHMAD_VARIANTS)
_DEGREE_SUFFIXES = (", S.Pd", ", S.Ag", ", A.Md", ", S.E.", ", S.Pd.I", " S.Pd", ", SE")
_OLD_MARKER = re.compile(r"oe|dj|tj|sj")
_TO_OLD = re.compile(r"ch|sy|kh|[jycu]")
_TO_OLD_MAP = {"ch": "ch", "sy": "sj", "kh": "ch", "j": "dj", "y": "j", "c": "tj", "u": "oe"}
_TO_NEW = re.compile(r"oe|dj|tj|sj|ch|j")
_TO_NEW_MAP = {"oe": "u", "dj": "j", "tj": "c", "sj": "sy", "ch": "kh", "j": "y"}
_PHONETIC = tuple(
    (re.compile(pattern), repl)
    for pattern, repl in (
        ("dh", "d"), ("th", "t"), ("kh", "k"), ("kh", "h"), ("ch", "kh"), ("sy", "s"), ("ts", "s"), ("f", "p"),
        ("q", "k"), ("z", "j"), ("iy(?=a)", "i"), ("ie$", "i"), ("(?<=[^aeiou'])i$", "ie"),
        (r"([bdfghjklmnprstz])\1", r"\1"), (r"(?<=[aeiou])([lmnrs])(?=[aeiou])", r"\1\1"), ("(?<=a)h$", ""),
        ("^ho", "hu"), ("^hu", "ho"), ("^h(?=[oa])", "kh"),
    )
)  # fmt: skip
_KEYBOARD = {
    "q": "wa", "w": "qes", "e": "wrd", "r": "etf", "t": "ryg", "y": "tuh", "u": "yij", "i": "uok", "o": "ipl",
    "p": "ol", "a": "qsz", "s": "awdz", "d": "sefx", "f": "drgc", "g": "fthv", "h": "gyjb", "j": "hukn",
    "k": "jilm", "l": "kop", "z": "asx", "x": "zsdc", "c": "xdfv", "v": "cfgb", "b": "vghn", "n": "bhjm",
    "m": "njk",
}  # fmt: skip
_DIGIT_NEIGHBOURS = {
    "0": "98", "1": "27", "2": "13", "3": "24", "4": "35", "5": "46", "6": "57", "7": "68", "8": "79", "9": "80",
}  # fmt: skip

# --- addresses ------------------------------------------------------------------------------------------
_ABBREVIATIONS = tuple(
    (re.compile(pattern, re.IGNORECASE), repl)
    for pattern, repl in (
        (r"^Dusun ", ("Dsn. ", "Dsn ", "")), (r"^Dsn\. ", ("Dsn ", "")), (r"^Jl\. ", ("Jl ", "Jln. ", "Jalan ")),
        (r" No\. ", (" No ", " ", " No.")), (r", Gg\. ", (" Gg ", " Gg. ", " Gang ")), (r"^Perumahan ", ("Perum ",)),
        (r"^Perum ", ("Prm ",)), (r" Blok ", (" Blk ", " Bl. ")),
    )
)  # fmt: skip
_HOUSE_NUMBER = re.compile(r"(No\. )(\d+)", re.IGNORECASE)


@dataclass(slots=True)
class Person:
    """One person as the list sees them (registry values, or an absent person's own)."""

    id: str  # id_individu; "" for absent people
    nama: str
    nik: str
    no_kk: str
    sex: str
    birth: dt.date
    alamat: str
    rt: str
    rw: str
    desa: str  # undotted 10-digit code
    hubungan: str
    family_niks: tuple[str, ...]  # NIKs of the other members of the same KK


@dataclass(slots=True)
class Row:
    person: Person
    values: list[str]  # LIST_COLUMNS without "no"
    kinds: list[str]
    source: str  # registry | absent
    absent_kind: str = ""
    lookalike_id: str = ""


def _weighted(r, items) -> object:
    """A value from ``items`` ((value, weight), …) drawn by weight."""
    total = sum(w for _, w in items)
    x = r() * total
    for value, weight in items:
        x -= weight
        if x < 0:
            return value
    return items[-1][0]


def _recase(original: str, new: str, upper: bool = False) -> str:
    """``new`` (lower case) in the case style of ``original`` (capitals when ``upper``: the whole name is)."""
    if upper or (original.isupper() and sum(c.isalpha() for c in original) > 1):
        return new.upper()
    if original[:1].isupper():
        return new[:1].upper() + new[1:]
    return new


def _age(birth: dt.date) -> float:
    return (gen_registry.REFERENCE_DATE - birth).days / gen_registry.DAYS_PER_YEAR


class _Name:
    """A name as tokens: leading titles (H., Hj.) and the name proper."""

    def __init__(self, nama: str):
        tokens = nama.split()
        n_titles = 0
        while n_titles < len(tokens) - 1 and tokens[n_titles].lower() in _TITLE_TOKENS:
            n_titles += 1
        self.titles = tokens[:n_titles]
        self.core = tokens[n_titles:]
        self.suffix = ""

    def text(self) -> str:
        return " ".join(self.titles + self.core) + self.suffix

    def upper(self) -> bool:
        return self.text().isupper()

    def find(self, keys: frozenset[str]) -> list[int]:
        return [i for i, tok in enumerate(self.core) if tok.lower() in keys]

    def phonetic_options(self) -> list[tuple[int, object, str | None]]:
        options = []
        for i, tok in enumerate(self.core):
            low = tok.lower()
            if low in _AHMAD_KEYS:
                options.append((i, None, None))
            elif "." not in low:
                options.extend((i, pattern, repl) for pattern, repl in _PHONETIC if pattern.search(low))
        return options

    def old_spelling_options(self) -> list[int]:
        return [
            i
            for i, tok in enumerate(self.core)
            if tok.lower() not in _MUHAMMAD_KEYS and _TO_OLD.sub(_old, tok.lower()) != tok.lower()
        ]

    def has_old_spelling(self) -> bool:
        return any(_OLD_MARKER.search(tok.lower()) for tok in self.core)

    def typo_options(self) -> list[int]:
        return [i for i, tok in enumerate(self.core) if "." not in tok and sum(c.isalpha() for c in tok) >= 3]


def _old(match: re.Match) -> str:
    return _TO_OLD_MAP[match.group()]


def _new(match: re.Match) -> str:
    return _TO_NEW_MAP[match.group()]


def _name_applicable(name: _Name, person: Person) -> dict[str, bool]:
    age = _age(person.birth)
    return {
        "name_typo": bool(name.typo_options()),
        "name_phonetic": bool(name.phonetic_options()),
        "name_old_spelling": (
            person.birth.year < 1975 and not name.has_old_spelling() and bool(name.old_spelling_options())
        ),
        "name_new_spelling": name.has_old_spelling(),
        "name_muhammad": bool(name.find(_MUHAMMAD_KEYS)),
        "name_abdul": bool(name.find(frozenset({"abdul", "abd."}))),
        "name_siti": bool(name.find(frozenset({"siti", "st."}))),
        "name_title_add": age >= 23 and not name.titles,
        "name_title_drop": any(t.lower() in _HAJJ for t in name.titles),
        "name_word_order": len(name.core) >= 2,
        "name_drop_middle": len(name.core) >= 3,
    }


def _name_error(kind: str, name: _Name, person: Person, rng: random.Random) -> None:
    """Apply the name error ``kind`` to ``name`` in place."""
    r = rng.random
    core = name.core
    if kind == "name_title_drop":
        name.titles = [t for t in name.titles if t.lower() not in _HAJJ]
    elif kind == "name_new_spelling":
        name.core = [_recase(t, _TO_NEW.sub(_new, t.lower())) if _OLD_MARKER.search(t.lower()) else t for t in core]
    elif kind == "name_old_spelling":
        keep = _MUHAMMAD_KEYS
        name.core = [t if t.lower() in keep else _recase(t, _TO_OLD.sub(_old, t.lower())) for t in core]
    elif kind == "name_muhammad":
        i = rng.choice(name.find(_MUHAMMAD_KEYS))
        others = [v for v in _MUHAMMAD_VARIANTS if v.lower() != core[i].lower()]
        core[i] = _recase(core[i], rng.choice(others).lower(), name.upper())
    elif kind == "name_abdul":
        i = rng.choice(name.find(frozenset({"abdul", "abd."})))
        core[i] = _recase(core[i], "abd." if core[i].lower() == "abdul" else "abdul", name.upper())
    elif kind == "name_siti":
        i = rng.choice(name.find(frozenset({"siti", "st."})))
        core[i] = _recase(core[i], "st." if core[i].lower() == "siti" else "siti", name.upper())
    elif kind == "name_phonetic":
        i, pattern, repl = rng.choice(name.phonetic_options())
        low = core[i].lower()
        if pattern is None:  # Ahmad and its spellings
            new = rng.choice([v for v in _AHMAD_VARIANTS if v.lower() != low]).lower()
        else:
            match = rng.choice(list(pattern.finditer(low)))
            new = low[: match.start()] + match.expand(repl) + low[match.end() :]
        core[i] = _recase(core[i], new, name.upper())
    elif kind == "name_drop_middle":
        del core[1 + int(r() * (len(core) - 2))]
    elif kind == "name_word_order":
        i = int(r() * (len(core) - 1))
        core[i], core[i + 1] = core[i + 1], core[i]
    elif kind == "name_typo":
        i = rng.choice(name.typo_options())
        core[i] = _recase(core[i], _typo(core[i].lower(), rng))
    elif kind == "name_title_add":
        upper = name.upper()
        if _age(person.birth) >= 30 and r() < 0.5:
            title = "H." if person.sex == "L" else "Hj."
            name.titles = [title.upper() if upper else title]
        elif r() < 0.4:
            title = rng.choice(("Drs.", "Ir.") if person.sex == "L" else ("Dra.", "Ir."))
            name.titles = [title.upper() if upper else title]
        else:
            suffix = rng.choice(_DEGREE_SUFFIXES)
            name.suffix = suffix.upper() if upper else suffix
    else:  # pragma: no cover - programming error
        raise ValueError(kind)


def _typo(token: str, rng: random.Random) -> str:
    """``token`` (lower case) with one substitution, deletion, insertion or transposition of letters."""
    r = rng.random
    letters = [i for i, c in enumerate(token) if c.isalpha()]
    inner = letters[1:]  # the first letter is left alone: it is the one people check
    while True:
        op = int(r() * 4)
        i = rng.choice(inner)
        c = token[i]
        if op == 0:  # substitution: a neighbouring key
            new = token[:i] + rng.choice(_KEYBOARD.get(c, "aeiou")) + token[i + 1 :]
        elif op == 1 and len(letters) >= 4:  # deletion
            new = token[:i] + token[i + 1 :]
        elif op == 2:  # insertion: the same letter or a neighbouring key
            new = token[:i] + rng.choice(c + _KEYBOARD.get(c, c)) + token[i:]
        else:  # transposition of two letters
            j = letters.index(i)
            if j + 1 >= len(letters) or token[letters[j + 1]] == c:
                continue
            k = letters[j + 1]
            new = token[:i] + token[k] + token[i + 1 : k] + c + token[k + 1 :]
        if new != token:
            return new


def _similar_name(nama: str, person: Person, rng: random.Random) -> str:
    """A name one typo or one sound away from ``nama`` (for absent look-alikes)."""
    name = _Name(nama)
    kind = "name_phonetic" if name.phonetic_options() and rng.random() < 0.6 else "name_typo"
    if kind == "name_typo" and not name.typo_options():
        return nama
    _name_error(kind, name, person, rng)
    return name.text()


def _name_format(text: str, registry_upper: bool, rng: random.Random, kinds: list[str]) -> str:
    r = rng.random
    x = r()
    if x < _NAME_UPPER:
        if not text.isupper():
            text = text.upper()
            kinds.append("name_upper")
    elif x < _NAME_UPPER + _NAME_LOWER:
        text = text.lower()
        kinds.append("name_lower")
    elif registry_upper and r() < _NAME_PROPER:
        text = " ".join(t[:1].upper() + t[1:].lower() for t in text.split(" "))
        kinds.append("name_proper_case")
    if r() < _NAME_PUNCT and ("." in text or "'" in text):
        text = text.replace(".", "").replace("'", "")
        kinds.append("name_punct")
    if r() < _NAME_SPACING and text:
        x = r()
        if x < 0.5 and " " in text:
            i = rng.choice([i for i, c in enumerate(text) if c == " "])
            text = text[:i] + "  " + text[i + 1 :]
        elif x < 0.75:
            text += " "
        else:
            text = " " + text
        kinds.append("name_spacing")
    return text


# --- other fields ---------------------------------------------------------------------------------------
def _one_digit(number: str, rng: random.Random) -> str:
    i = int(rng.random() * len(number))
    new = rng.choice(_DIGIT_NEIGHBOURS[number[i]] + "0123456789".replace(number[i], ""))
    return number[:i] + new + number[i + 1 :]


def _adjacent_swap(number: str, rng: random.Random) -> str:
    i = rng.choice([i for i in range(len(number) - 1) if number[i] != number[i + 1]])
    return number[:i] + number[i + 1] + number[i] + number[i + 2 :]


def excel_scientific(number: str) -> str:
    """How Excel's General format shows a 16-digit number: 3.51301E+15."""
    exponent = len(number) - 1
    mantissa = f"{int(number) / 10**exponent:.5f}".rstrip("0").rstrip(".")
    return f"{mantissa}E+{exponent}"


def _format_date(d: dt.date, style: int) -> str:
    if style == 0:
        return d.isoformat()
    sep = "-" if style == 1 else "/"
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year:04d}"


def _abbreviate(alamat: str, rng: random.Random) -> str:
    upper = alamat.isupper()
    new = alamat
    for pattern, replacements in _ABBREVIATIONS:
        if pattern.search(new) and rng.random() < 0.7:
            repl = rng.choice(replacements)
            new = pattern.sub(repl.upper() if upper else repl, new, count=1)
    return new


def _desa_dotted(desa: str) -> str:
    return f"{desa[:2]}.{desa[2:4]}.{desa[4:6]}.{desa[6:]}"


def _make_row(p: Person, rng: random.Random, kec_desa: dict[str, list[str]]) -> tuple[list[str], list[str]]:
    """The list values (nama … kode_wilayah) for ``p`` and the kinds applied, drawn independently."""
    r = rng.random
    kinds: list[str] = []
    kk_blank = r() < _KK_BLANK
    name = _Name(p.nama)
    applicable = _name_applicable(name, p)
    applicable |= dict.fromkeys(("nik_missing", "nik_one_digit", "nik_adjacent_swap", "nik_scientific"), True)
    applicable["kk_as_nik"] = bool(p.no_kk)
    applicable["family_nik"] = bool(p.family_niks)
    applicable["kk_typo"] = not kk_blank
    d = p.birth
    applicable["dob_missing"] = applicable["dob_year_only"] = True
    applicable["dob_day_month_swap"] = d.day <= 12 and d.day != d.month
    applicable["dob_year_off"] = not (d.month == 2 and d.day == 29)
    applicable["kode_neighbour_desa"] = len(kec_desa[p.desa[:6]]) > 1

    # Errors: how many, then which (by weight, among the kinds that apply, within the per-field limits).
    chosen: list[str] = []
    used: dict[str, int] = {}
    for _ in range(_weighted(r, _ERRORS_PER_ROW)):
        options = [
            (kind, weight)
            for kind, (group, weight) in _ERRORS.items()
            if applicable[kind] and kind not in chosen and used.get(group, 0) < _GROUP_LIMIT.get(group, 1)
        ]
        if not options:
            break
        kind = _weighted(r, options)
        chosen.append(kind)
        group = _ERRORS[kind][0]
        used[group] = used.get(group, 0) + 1

    # nama: an earlier change can make a later one inapplicable (no middle word left): then a typo, or none.
    for kind in [k for k in _NAME_ORDER if k in chosen]:
        if not _name_applicable(name, p)[kind]:
            chosen.remove(kind)
            if "name_typo" in chosen or not name.typo_options():
                continue
            kind = "name_typo"
            chosen.append(kind)
        _name_error(kind, name, p, rng)
    kinds.extend(chosen)
    nama = _name_format(name.text(), p.nama.isupper(), rng, kinds)

    # nik
    nik = p.nik
    if "nik_missing" in chosen:
        nik = ""
    elif "nik_one_digit" in chosen:
        nik = _one_digit(nik, rng)
    elif "nik_adjacent_swap" in chosen:
        nik = _adjacent_swap(nik, rng)
    elif "kk_as_nik" in chosen:
        nik = p.no_kk
    elif "family_nik" in chosen:
        nik = rng.choice(p.family_niks)
    if "nik_scientific" in chosen:
        nik = excel_scientific(nik)
    elif nik:
        x = r()
        if x < _NIK_APOSTROPHE:
            nik = "'" + nik
            kinds.append("nik_apostrophe")
        elif x < _NIK_APOSTROPHE + _NIK_SPACED:
            x = r()
            if x < 0.5:
                nik = " ".join(nik[i : i + 4] for i in range(0, 16, 4))
            elif x < 0.8:
                nik = ".".join(nik[i : i + 4] for i in range(0, 16, 4))
            else:
                nik = f"{nik[:6]} {nik[6:12]} {nik[12:]}"
            kinds.append("nik_spaced")

    # no_kk
    if kk_blank:
        no_kk = ""
        kinds.append("kk_blank")
    elif "kk_typo" in chosen:
        no_kk = _one_digit(p.no_kk, rng)
    else:
        no_kk = p.no_kk

    # tanggal_lahir
    x = r()
    style = 0 if x < 1 - _DOB_DASH - _DOB_SLASH else (1 if x < 1 - _DOB_SLASH else 2)
    if "dob_missing" in chosen:
        tanggal = ""
    else:
        if "dob_day_month_swap" in chosen:
            d = dt.date(d.year, d.day, d.month)
        elif "dob_year_off" in chosen:
            later = d.replace(year=d.year + 1)
            d = later if later <= gen_registry.REFERENCE_DATE and r() < 0.5 else d.replace(year=d.year - 1)
        if "dob_year_only" in chosen and r() < 0.5:
            tanggal = f"{d.year:04d}"
        else:
            if "dob_year_only" in chosen:
                d = dt.date(d.year, 1, 1)
            tanggal = _format_date(d, style)
            if style:
                kinds.append("dob_dd-mm-yyyy" if style == 1 else "dob_dd/mm/yyyy")

    # jenis_kelamin
    x = r()
    if x < _JK_BLANK:
        jk = ""
        kinds.append("jk_blank")
    elif x < _JK_BLANK + _JK_WORDS:
        words = (("Laki-laki", "Perempuan"), ("LAKI-LAKI", "PEREMPUAN"), ("Laki-Laki", "Perempuan"), ("Lk", "Pr"))
        jk = rng.choice(words)[0 if p.sex == "L" else 1]
        kinds.append("jk_words")
    else:
        jk = p.sex

    # alamat
    if r() < _ALAMAT_BLANK:
        alamat = ""
        kinds.append("alamat_blank")
    else:
        alamat = p.alamat
        if r() < _ALAMAT_ABBREV:
            abbreviated = _abbreviate(alamat, rng)
            if abbreviated != alamat:
                alamat = abbreviated
                kinds.append("alamat_abbrev")
        if r() < _ALAMAT_RTRW:
            rt, rw = p.rt, p.rw
            x = r()
            if x < 0.4:
                alamat = f"{alamat} RT {rt} RW {rw}"
            elif x < 0.7:
                alamat = f"{alamat} RT.{rt}/RW.{rw}"
            else:
                alamat = f"{alamat}, RT {int(rt):02d}/{int(rw):02d}"
            if alamat.startswith((" ", ",")):
                alamat = alamat.lstrip(" ,")
            kinds.append("alamat_rtrw")

    # kode_wilayah
    desa = p.desa
    neighbour = "kode_neighbour_desa" in chosen
    if neighbour:
        desa = rng.choice([c for c in kec_desa[desa[:6]] if c != desa])
    x = r()
    if not neighbour and x < _KODE_BLANK:
        kode = ""
        kinds.append("kode_blank")
    elif not neighbour and x < _KODE_BLANK + _KODE_KEC:
        kode = desa[:6] if r() < 0.5 else _desa_dotted(desa)[:8]
        kinds.append("kode_kecamatan")
    elif not neighbour and x < _KODE_BLANK + _KODE_KEC + _KODE_KAB:
        kode = desa[:4] if r() < 0.5 else _desa_dotted(desa)[:5]
        kinds.append("kode_kabupaten")
    elif r() < _KODE_DOTTED:
        kode = _desa_dotted(desa)
        kinds.append("kode_dotted")
    else:
        kode = desa

    kinds.sort(key=_KIND_ORDER.__getitem__)
    return [nama, nik, no_kk, jk, tanggal, alamat, kode], kinds


# --- registry passes ------------------------------------------------------------------------------------
def _scan(path: Path, rows: int) -> tuple[int, array, list[list[str]]]:
    """Byte offset where row ``rows + 1`` starts, members per family in the first ``rows`` rows, and the
    parsed rows after them, less the members of the family that straddles the cut."""
    sizes = array("B")
    tail: list[bytes] = []
    with path.open("rb") as handle:
        cut = len(handle.readline())
        previous = None
        n = 0
        for line in handle:
            n += 1
            family = line.split(b",", 2)[1]
            if n <= rows:
                cut += len(line)
                if family == previous:
                    sizes[-1] += 1
                else:
                    sizes.append(1)
                    previous = family
            elif family != previous:
                tail.append(line)
    if n < rows:
        raise SystemExit(f"{path}: {n} rows, expected at least {rows}")
    return cut, sizes, _parse_lines(tail)


def _parse_lines(lines: list[bytes]) -> list[list[str]]:
    return list(csv.reader(io.StringIO(b"".join(lines).decode("utf-8"), newline="")))


def _person(row: list[str], family: list[list[str]]) -> Person:
    nik = row[2]
    return Person(
        id=row[0],
        nama=row[4],
        nik=nik,
        no_kk=row[3],
        sex=row[5],
        birth=dt.date.fromisoformat(row[7]),
        alamat=row[9],
        rt=row[10],
        rw=row[11],
        desa=row[12].replace(".", ""),
        hubungan=row[8],
        family_niks=tuple(m[2] for m in family if m[2] != nik),
    )


def _role_weight(p: Person) -> float:
    if p.hubungan == "Anak":
        return _ADULT_CHILD_WEIGHT if _age(p.birth) >= 17 else _CHILD_WEIGHT
    return _ROLE_WEIGHT.get(p.hubungan, 1.0)


def _weighted_sample(people: list[Person], k: int, rng: random.Random) -> list[Person]:
    """``k`` of ``people`` without replacement, by role weight (Efraimidis–Spirakis), in their order."""
    r = rng.random
    keyed = sorted(((r() ** (1.0 / _role_weight(p)), i) for i, p in enumerate(people)), reverse=True)
    return [people[i] for i in sorted(i for _, i in keyed[:k])]


def _pick_families(sizes: array, wanted: int, rng: random.Random) -> dict[int, int]:
    """Family index → how many of its members go on the list, ``wanted`` people in all."""
    picks: dict[int, int] = {}
    total = 0
    n_families = len(sizes)
    r = rng.random
    while total < wanted:
        if len(picks) * 2 > n_families:  # small registry: take the rest in order
            for i in range(n_families):
                if total >= wanted:
                    break
                extra = min(sizes[i] - picks.get(i, 0), wanted - total)
                if extra > 0:
                    picks[i] = picks.get(i, 0) + extra
                    total += extra
            if total < wanted:
                raise SystemExit(f"the registry has fewer than {wanted} people for the list")
            break
        i = int(r() * n_families)
        if i in picks:
            continue
        m = min(_weighted(r, _MEMBERS_PER_FAMILY), sizes[i], wanted - total)
        picks[i] = m
        total += m
    return picks


def _anchor_key(nik: str, sex: str, year: int) -> tuple[bytes, bytes, bytes]:
    return nik[:6].encode(), sex.encode(), f"{year:04d}".encode()


def _collect(
    path: Path,
    sizes: array,
    picks: dict[int, int],
    anchors: dict[tuple[bytes, bytes, bytes], list],
    rng: random.Random,
) -> list[Person]:
    """Second pass over the registry: the picked members of the picked families, and a reservoir of
    ``_ANCHORS_PER_KEY`` rows (raw lines) for each wanted (kecamatan, sex, birth year)."""
    r = rng.random
    people: list[Person] = []
    k = _ANCHORS_PER_KEY
    with path.open("rb") as handle:
        handle.readline()
        family_index = -1
        remaining = 0
        lines: list[bytes] | None = None
        m = 0
        for line in handle:
            if not remaining:
                family_index += 1
                remaining = sizes[family_index]
                m = picks.get(family_index, 0)
                lines = [] if m else None
            remaining -= 1
            if lines is not None:
                lines.append(line)
                if not remaining:
                    family = _parse_lines(lines)
                    members = [_person(row, family) for row in family]
                    people.extend(_weighted_sample(members, m, rng))
            if anchors:
                parts = line.split(b",", 8)
                slot = anchors.get((parts[2][:6], parts[5], parts[7][:4]))
                if slot is not None:
                    slot[0] += 1
                    seen = slot[0]
                    if seen <= k:
                        slot.append(line)
                    else:
                        j = int(r() * seen)
                        if j < k:
                            slot[1 + j] = line
    return people


def _find_anchor(person: Person, kind: str, anchors: dict, rng: random.Random) -> tuple[Person, list[list[str]]] | None:
    """A registry person (as a parsed row) of the same kecamatan and sex to model ``person`` on."""
    if kind == "namesake_same_year":
        offsets = [0]
    else:
        offsets = [0] if kind == "similar_name" else []
        for d in range(1, _ANCHOR_YEARS + 1):
            offsets.extend((d, -d) if rng.random() < 0.5 else (-d, d))
    for offset in offsets:
        slot = anchors.get(_anchor_key(person.nik, person.sex, person.birth.year + offset))
        if not slot or len(slot) < 2:
            continue
        rows = [row for row in _parse_lines(slot[1:]) if row[7] != person.birth.isoformat()]
        if rows:
            row = rng.choice(rows)
            return _person(row, []), row
    return None


def _absent_people(
    tail: list[list[str]], n_absent: int, rng: random.Random
) -> tuple[list[tuple[Person, str]], dict[tuple[bytes, bytes, bytes], list]]:
    """``n_absent`` held-out people with the way each will be made look-alike, and the anchor keys wanted."""
    families: dict[str, list[list[str]]] = {}
    for row in tail:
        families.setdefault(row[1], []).append(row)
    people = [_person(row, families[row[1]]) for row in tail]
    if len(people) < n_absent:
        raise SystemExit(f"only {len(people)} held-out people for {n_absent} absent rows")
    chosen = [(p, _weighted(rng.random, _ABSENT_WEIGHTS)) for p in _weighted_sample(people, n_absent, rng)]
    anchors: dict[tuple[bytes, bytes, bytes], list] = {}
    for p, kind in chosen:
        if kind != "own":
            for offset in range(-_ANCHOR_YEARS, _ANCHOR_YEARS + 1):
                anchors.setdefault(_anchor_key(p.nik, p.sex, p.birth.year + offset), [0])
    return chosen, anchors


def _lookalike(p: Person, kind: str, anchors: dict, rng: random.Random) -> tuple[Person, str, Person | None]:
    """``p`` made into a look-alike of a registry person: (person, absent kind, the registry person)."""
    fallbacks = {
        "namesake": ("namesake", "namesake_same_year", "similar_name"),
        "namesake_same_year": ("namesake_same_year", "namesake", "similar_name"),
        "similar_name": ("similar_name",),
    }
    for attempt in fallbacks.get(kind, ()):
        found = _find_anchor(p, attempt, anchors, rng)
        if found is None:
            continue
        anchor, _ = found
        nama = anchor.nama if attempt != "similar_name" else _similar_name(anchor.nama, p, rng)
        if attempt == "similar_name" and nama == anchor.nama:
            continue
        alamat = anchor.alamat
        if _HOUSE_NUMBER.search(alamat):  # a neighbour: the same street, another house
            number = 1 + int(rng.random() * 150)
            alamat = _HOUSE_NUMBER.sub(lambda m, n=number: f"{m.group(1)}{n}", alamat, count=1)
        rt = anchor.rt if rng.random() < 0.5 else f"{1 + int(rng.random() * 12):03d}"
        person = Person(
            id="",
            nama=nama,
            nik=p.nik,
            no_kk=p.no_kk,
            sex=p.sex,
            birth=p.birth,
            alamat=alamat,
            rt=rt,
            rw=anchor.rw,
            desa=anchor.desa,
            hubungan=p.hubungan,
            family_niks=p.family_niks,
        )
        return person, attempt, anchor
    return replace(p, id=""), "own", None


def _plain(nama: str) -> str:
    return " ".join(nama.lower().replace(".", " ").replace("'", "").split())


def _nik_digits(value: str) -> str:
    digits = "".join(c for c in value if c.isdigit())
    return digits if len(digits) == 16 and "E" not in value.upper() else ""


# --- main -----------------------------------------------------------------------------------------------
def generate(
    registry_rows: int,
    list_rows: int,
    out_dir: Path,
    *,
    seed: int = 7,
    absent: float = 0.15,
    duplicates: float = DUPLICATE_SHARE,
    progress: bool = False,
) -> dict:
    """Write registry.csv, list.csv, truth.csv and meta.json into ``out_dir``; return the metadata (with
    timings, which are not written to meta.json)."""
    started = time.perf_counter()
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    rng = random.Random(f"linkage-{seed}")  # noqa: S311  # seeded on purpose: reproducible data
    n_absent = round(list_rows * absent)
    n_duplicates = round(list_rows * duplicates)
    n_registry = list_rows - n_absent - n_duplicates
    if n_registry < 1:
        raise SystemExit("--list-rows too small for the absent and duplicate shares")
    extra = 3 * n_absent + 20 if n_absent else 0

    # 1. The registry plus the held-out tail, written by gen_registry; cut at registry_rows.
    full = out_dir / ".registry-full.csv"
    registry = out_dir / "registry.csv"
    gen_meta = gen_registry.generate(registry_rows + extra, full, seed=seed, defects=0.0, progress=progress)
    gen_registry.meta_path(full).unlink()
    registry_seconds = time.perf_counter() - started
    cut, sizes, tail = _scan(full, registry_rows)
    os.truncate(full, cut)
    full.replace(registry)
    geo_codes, _ = gen_registry._load_geo()
    kec_desa: dict[str, list[str]] = {}
    for code in geo_codes:
        plain = code.replace(".", "")
        kec_desa.setdefault(plain[:6], []).append(plain)

    # 2. Who is on the list: registry people (by family) and absent people (held out, made look-alike).
    picks = _pick_families(sizes, n_registry, rng)
    absent_people, anchors = _absent_people(tail, n_absent, rng) if n_absent else ([], {})
    registry_people = _collect(registry, sizes, picks, anchors, rng)
    rows: list[Row] = []
    for p in registry_people:
        values, kinds = _make_row(p, rng, kec_desa)
        rows.append(Row(p, values, kinds, "registry"))
    for i in sorted(rng.sample(range(len(registry_people)), min(n_duplicates, len(registry_people)))):
        p = registry_people[i]
        values, kinds = _make_row(p, rng, kec_desa)
        rows.append(Row(p, values, kinds, "registry"))
    for p, kind in absent_people:
        person, made, anchor = _lookalike(p, kind, anchors, rng)
        for _ in range(20):  # a similar name must not turn back into the look-alike's own name
            values, kinds = _make_row(person, rng, kec_desa)
            if made != "similar_name" or _plain(values[0]) != _plain(anchor.nama):
                break
        rows.append(Row(person, values, kinds, "absent", made, anchor.id if anchor else ""))
    rng.shuffle(rows)

    # 3. Third pass: list NIKs (as typed) that belong to another registry person; absent NIKs must not exist.
    typed = {}
    for i, row in enumerate(rows):
        digits = _nik_digits(row.values[1])
        if digits:
            typed.setdefault(digits, []).append(i)
    absent_niks = {row.person.nik for row in rows if row.source == "absent"}
    other_person: dict[str, int] = {}
    with registry.open("rb") as handle:
        handle.readline()
        for line in handle:
            parts = line.split(b",", 3)
            nik = parts[2].decode()
            if nik in absent_niks:
                raise AssertionError(f"absent NIK {nik} is in the registry")
            for i in typed.get(nik, ()):
                row = rows[i]
                if row.person.id != parts[0].decode():
                    label = next((k for k in row.kinds if k in _ERRORS and _ERRORS[k][0] == "nik"), "none")
                    key = f"{row.source}:{label}"
                    other_person[key] = other_person.get(key, 0) + 1

    # 4. Files.
    with (out_dir / "list.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(LIST_COLUMNS)
        for no, row in enumerate(rows, 1):
            writer.writerow([str(no), *row.values])
    with (out_dir / "truth.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(TRUTH_COLUMNS)
        for no, row in enumerate(rows, 1):
            writer.writerow(
                [str(no), row.person.id, ";".join(row.kinds), row.source, row.absent_kind, row.lookalike_id]
            )

    counts = dict.fromkeys(KINDS, 0)
    counts_registry = dict.fromkeys(KINDS, 0)
    errors_per_row = {str(n): 0 for n in range(4)}
    no_kind = 0
    for row in rows:
        for kind in row.kinds:
            counts[kind] += 1
            if row.source == "registry":
                counts_registry[kind] += 1
        errors_per_row[str(sum(KINDS[k][0] == "error" for k in row.kinds))] += 1
        no_kind += not row.kinds
    absent_kinds = dict.fromkeys(ABSENT_KINDS, 0)
    namesakes_without_nik = namesakes_without_nik_or_date = 0
    for row in rows:
        if row.source == "absent":
            absent_kinds[row.absent_kind] += 1
            if row.absent_kind.startswith("namesake") and {"nik_missing", "nik_scientific"} & set(row.kinds):
                namesakes_without_nik += 1
                namesakes_without_nik_or_date += not row.values[4]
    family_sizes = {}
    for m in picks.values():
        family_sizes[str(m)] = family_sizes.get(str(m), 0) + 1
    meta = {
        "generator_version": GENERATOR_VERSION,
        "registry_generator_version": gen_registry.GENERATOR_VERSION,
        "parameters": {
            "registry_rows": registry_rows,
            "list_rows": list_rows,
            "seed": seed,
            "absent": absent,
            "duplicates": duplicates,
        },
        "reference_date": gen_registry.REFERENCE_DATE.isoformat(),
        "registry": {
            "rows": registry_rows,
            "families": len(sizes),
            "held_out_rows": extra,
            "bytes": registry.stat().st_size,
            "defects": 0,
        },
        "list": {
            "rows": len(rows),
            "registry_rows": sum(row.source == "registry" for row in rows),
            "registry_people": len(registry_people),
            "duplicate_rows": len(rows) - len(registry_people) - len(absent_people),
            "absent_rows": len(absent_people),
            "absent_share": round(len(absent_people) / len(rows), 4),
            "families_by_members_listed": dict(sorted(family_sizes.items())),
            "rows_by_error_count": errors_per_row,
            "rows_without_errors": errors_per_row["0"],
            "rows_without_any_kind": no_kind,
            "absent_namesakes_without_nik": namesakes_without_nik,
            "absent_namesakes_without_nik_or_date": namesakes_without_nik_or_date,
        },
        "absent_kinds": absent_kinds,
        "kinds": {
            kind: {"category": category, "rows": counts[kind], "registry_rows": counts_registry[kind], "what": what}
            for kind, (category, what) in KINDS.items()
        },
        "nik_of_another_registry_person": dict(sorted(other_person.items())),
        "absent_kind_descriptions": ABSENT_KINDS,
        "unrecoverable": {
            "nik_scientific": "only the first 6 significant digits survive (the kecamatan code)",
            "nik_missing": "no NIK",
            "dob_missing": "no date",
            "dob_year_only": "day and month lost (1 January or the year alone)",
            "kode_blank": "no region (the NIK's kecamatan still says where the card was issued)",
        },
        "traps": {
            "family_nik": "the NIK is a real registry NIK of another member of the same KK",
            "nik_one_digit": "a mistyped NIK can be another real person's (see nik_of_another_registry_person)",
            "kk_as_nik": (
                "a No. KK has a NIK's shape (kecamatan, issue date DDMMYY, serial): it reads as a valid NIK of a man "
                "born on the issue date and can be a real registry person's NIK; it equals the person's no_kk"
            ),
            "absent": "namesakes in the same desa and dusun, some born the same year",
        },
    }
    (out_dir / "meta.json").write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    meta["seconds"] = {
        "registry": round(registry_seconds, 2),
        "registry_generator": gen_meta["seconds"],
        "total": round(time.perf_counter() - started, 2),
    }
    return meta


def print_summary(meta: dict, out_dir: Path, file=sys.stdout) -> None:
    p, lst = meta["parameters"], meta["list"]
    seconds = meta.get("seconds", {})
    print(
        f"{out_dir}: registry {p['registry_rows']:,} rows ({meta['registry']['families']:,} families, "
        f"{meta['registry']['bytes'] / 1e6:,.1f} MB), list {lst['rows']:,} rows, seed {p['seed']}"
        + (f", {seconds['total']:.1f} s (registry {seconds['registry']:.1f} s)" if seconds else ""),
        file=file,
    )
    print(
        f"list: {lst['registry_people']:,} registry people + {lst['duplicate_rows']:,} duplicate rows + "
        f"{lst['absent_rows']:,} absent ({lst['absent_share']:.1%}); families with 1/2/3 listed: "
        + "/".join(str(lst["families_by_members_listed"].get(str(m), 0)) for m in (1, 2, 3)),
        file=file,
    )
    by_count = lst["rows_by_error_count"]
    print(
        "errors per row 0/1/2/3: "
        + " / ".join(f"{by_count[str(n)]:,} ({by_count[str(n)] / lst['rows']:.0%})" for n in range(4))
        + f"; rows with no kind at all: {lst['rows_without_any_kind']:,}",
        file=file,
    )
    print("absent kinds: " + ", ".join(f"{k} {v:,}" for k, v in meta["absent_kinds"].items()), file=file)
    print(f"{'kind':<22} {'category':<9} {'rows':>7} {'registry':>8}", file=file)
    for kind, info in meta["kinds"].items():
        print(f"  {kind:<20} {info['category']:<9} {info['rows']:>7,} {info['registry_rows']:>8,}", file=file)
    if meta["nik_of_another_registry_person"]:
        print(
            "list NIKs that are another registry person's: "
            + ", ".join(f"{k} {v}" for k, v in meta["nik_of_another_registry_person"].items()),
            file=file,
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--registry-rows", type=int, default=200_000)
    parser.add_argument("--list-rows", type=int, default=5_000)
    parser.add_argument("--out-dir", type=Path, default=Path("bench/data/linkage_200k_5k"))
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--absent", type=float, default=0.15, help="share of list rows not in the registry")
    parser.add_argument("--duplicates", type=float, default=DUPLICATE_SHARE, help="share of duplicate list rows")
    parser.add_argument("--progress", action="store_true", help="registry progress on stderr")
    args = parser.parse_args(argv)
    if args.registry_rows < 1 or args.list_rows < 1:
        parser.error("--registry-rows and --list-rows must be positive")
    if not 0 <= args.absent < 1 or not 0 <= args.duplicates < 0.5:
        parser.error("--absent must be in [0, 1), --duplicates in [0, 0.5)")
    meta = generate(
        args.registry_rows,
        args.list_rows,
        args.out_dir,
        seed=args.seed,
        absent=args.absent,
        duplicates=args.duplicates,
        progress=args.progress,
    )
    print_summary(meta, args.out_dir)
    return 0


if __name__ == "__main__":
    sys.exit(main())
