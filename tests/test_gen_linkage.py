"""bench/gen_linkage.py: determinism, ground truth that agrees with the registry, and errors that are really there."""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
from collections import Counter, defaultdict

import pytest

from bench import gen_linkage, gen_registry

FILES = ("registry.csv", "list.csv", "truth.csv", "meta.json")
NIK_KINDS = {"nik_missing", "nik_one_digit", "nik_adjacent_swap", "kk_as_nik", "family_nik", "nik_scientific"}


def _read(path):
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


class Data:
    def __init__(self, out, registry_rows, list_rows):
        self.out = out
        self.registry_rows = registry_rows
        self.list_rows = list_rows
        self.registry = _read(out / "registry.csv")
        self.by_id = {r["id_individu"]: r for r in self.registry}
        self.by_kk = defaultdict(list)
        for r in self.registry:
            self.by_kk[r["no_kk"]].append(r)
        self.list = _read(out / "list.csv")
        self.truth = _read(out / "truth.csv")
        self.meta = json.loads((out / "meta.json").read_text(encoding="utf-8"))

    def rows(self, source=None):
        for lst, truth in zip(self.list, self.truth, strict=True):
            if source is None or truth["source"] == source:
                kinds = set(truth["errors"].split(";")) - {""}
                yield lst, truth, kinds


def _generate(tmp_path_factory, name, registry_rows, list_rows, **kwargs):
    out = tmp_path_factory.mktemp(name)
    gen_linkage.generate(registry_rows, list_rows, out, **kwargs)
    return Data(out, registry_rows, list_rows)


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    return _generate(tmp_path_factory, "small", 3_000, 300)


@pytest.fixture(scope="module")
def medium(tmp_path_factory):
    """Large enough for every kind, rare ones (Abdul, Siti, same-year namesakes) included."""
    return _generate(tmp_path_factory, "medium", 40_000, 4_000)


def _digits(value):
    return "".join(c for c in value if c.isdigit())


def _parse_date(text):
    """(year, month, day) of YYYY-MM-DD, DD-MM-YYYY or DD/MM/YYYY; (year, None, None) for YYYY."""
    if re.fullmatch(r"\d{4}", text):
        return int(text), None, None
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text):
        return int(m[1]), int(m[2]), int(m[3])
    m = re.fullmatch(r"(\d{2})([-/])(\d{2})\2(\d{4})", text)
    assert m, text
    return int(m[4]), int(m[3]), int(m[1])


def _osa(a, b):
    """Optimal string alignment distance (Levenshtein plus adjacent transpositions)."""
    d = [[i + j if i * j == 0 else 0 for j in range(len(b) + 1)] for i in range(len(a) + 1)]
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] != b[j - 1]))
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[len(a)][len(b)]


def _plain(name):
    return " ".join(name.lower().split())


# --- files and truth ------------------------------------------------------------------------------------
def test_same_arguments_give_identical_files(small, tmp_path_factory):
    again = tmp_path_factory.mktemp("again")
    gen_linkage.generate(3_000, 300, again)
    for name in FILES:
        assert (again / name).read_bytes() == (small.out / name).read_bytes(), name
    other = tmp_path_factory.mktemp("other")
    gen_linkage.generate(3_000, 300, other, seed=8)
    assert (other / "list.csv").read_bytes() != (small.out / "list.csv").read_bytes()
    assert sorted(p.name for p in small.out.iterdir()) == sorted(FILES)  # no temporary files left


def test_registry_is_a_clean_canonical_snapshot(small):
    header = (small.out / "registry.csv").read_text(encoding="utf-8").split("\n", 1)[0]
    assert header == ",".join(gen_registry.COLUMNS)
    assert len(small.registry) == 3_000
    assert len({r["id_individu"] for r in small.registry}) == 3_000
    assert len({r["nik"] for r in small.registry}) == 3_000
    assert all(re.fullmatch(r"\d{16}", r["nik"]) and re.fullmatch(r"\d{16}", r["no_kk"]) for r in small.registry)
    assert all(dt.date.fromisoformat(r["tanggal_lahir"]) for r in small.registry)


def test_list_and_truth_layout(small):
    assert list(small.list[0]) == list(gen_linkage.LIST_COLUMNS)
    assert list(small.truth[0])[:4] == ["no", "id_individu", "errors", "source"]
    assert [r["no"] for r in small.list] == [str(i) for i in range(1, 301)]
    assert [r["no"] for r in small.truth] == [str(i) for i in range(1, 301)]
    assert all(r["nama"].strip() for r in small.list)
    for _, truth, kinds in small.rows():
        assert kinds <= set(gen_linkage.KINDS)
        assert truth["source"] in ("registry", "absent")
        assert bool(truth["id_individu"]) == (truth["source"] == "registry")


@pytest.mark.parametrize("data", ["small", "medium"])
def test_truth_ids_exist_and_absent_share(data, request):
    d = request.getfixturevalue(data)
    ids = [t["id_individu"] for t in d.truth if t["id_individu"]]
    assert all(i in d.by_id for i in ids)
    absent = sum(t["source"] == "absent" for t in d.truth)
    assert absent == round(d.list_rows * 0.15)
    assert d.meta["list"]["absent_rows"] == absent
    duplicates = sum(n - 1 for n in Counter(ids).values())
    assert duplicates == d.meta["list"]["duplicate_rows"] == round(d.list_rows * 0.005)
    # Group lists: now and then two or three members of one family.
    families = Counter(d.by_id[i]["no_kk"] for i in set(ids))
    assert any(n >= 2 for n in families.values())


def test_absent_share_follows_the_argument(tmp_path_factory):
    d = _generate(tmp_path_factory, "absent30", 3_000, 200, absent=0.3)
    assert sum(t["source"] == "absent" for t in d.truth) == 60


@pytest.mark.parametrize("data", ["small", "medium"])
def test_absent_people_are_not_in_the_registry(data, request):
    d = request.getfixturevalue(data)
    niks = {r["nik"] for r in d.registry}
    checked = 0
    for lst, _, kinds in d.rows("absent"):
        # Their own NIK or a family member's (held out as well). A mistyped NIK or a No. KK may happen to be
        # a registry person's: that is a trap, not a leak.
        if lst["nik"] and not kinds & (NIK_KINDS - {"family_nik"}):
            assert _digits(lst["nik"]) not in niks
            checked += 1
    assert checked > 0.5 * sum(1 for _ in d.rows("absent"))


def test_absent_lookalikes_are_hard(medium):
    kinds = Counter(t["absent_kind"] for t in medium.truth if t["source"] == "absent")
    assert set(kinds) == set(gen_linkage.ABSENT_KINDS)
    assert kinds["namesake"] + kinds["namesake_same_year"] > 0.4 * sum(kinds.values())
    for lst, truth, errors in medium.rows("absent"):
        if truth["absent_kind"] == "own":
            assert truth["lookalike_id"] == ""
            continue
        anchor = medium.by_id[truth["lookalike_id"]]
        name_changed = any(k.startswith("name_") for k in errors)
        if truth["absent_kind"].startswith("namesake") and not name_changed:
            assert lst["nama"] == anchor["nama"]
        if truth["absent_kind"] == "similar_name" and not name_changed:
            assert _plain(lst["nama"]) != _plain(anchor["nama"])
        if lst["kode_wilayah"] and not errors & {"kode_neighbour_desa", "kode_kecamatan", "kode_kabupaten"}:
            assert lst["kode_wilayah"].replace(".", "") == anchor["kode_wilayah"].replace(".", "")  # same desa
        if lst["jenis_kelamin"] in ("L", "P"):
            assert lst["jenis_kelamin"] == anchor["jenis_kelamin"]
        if lst["tanggal_lahir"] and not errors & {"dob_year_off", "dob_year_only", "dob_day_month_swap"}:
            assert _parse_date(lst["tanggal_lahir"]) != _parse_date(anchor["tanggal_lahir"])  # another person
            if truth["absent_kind"] == "namesake_same_year":
                assert _parse_date(lst["tanggal_lahir"])[0] == int(anchor["tanggal_lahir"][:4])


# --- error kinds ----------------------------------------------------------------------------------------
def test_every_kind_appears(medium):
    seen = Counter(k for _, _, kinds in medium.rows() for k in kinds)
    assert set(seen) == set(gen_linkage.KINDS)
    assert {k: v["rows"] for k, v in medium.meta["kinds"].items()} == {k: seen[k] for k in gen_linkage.KINDS}


def test_clean_share_and_errors_per_row(medium):
    errors = [sum(gen_linkage.KINDS[k][0] == "error" for k in kinds) for _, _, kinds in medium.rows()]
    assert max(errors) <= 3
    assert 0.38 <= errors.count(0) / len(errors) <= 0.52
    assert medium.meta["list"]["rows_without_errors"] == errors.count(0)


def test_nik_errors_are_present(medium):
    checked = Counter()
    for lst, truth, kinds in medium.rows("registry"):
        reg = medium.by_id[truth["id_individu"]]
        nik, typed = reg["nik"], lst["nik"]
        digits = _digits(typed)
        if "nik_missing" in kinds:
            assert typed == ""
        elif "nik_scientific" in kinds:
            assert re.fullmatch(r"\d\.\d{1,5}E\+15", typed), typed
            assert typed == gen_linkage.excel_scientific(nik)
        elif "nik_one_digit" in kinds:
            assert len(digits) == 16 and sum(a != b for a, b in zip(digits, nik, strict=True)) == 1
        elif "nik_adjacent_swap" in kinds:
            diff = [i for i in range(16) if digits[i] != nik[i]]
            assert len(diff) == 2 and diff[1] == diff[0] + 1
            assert (digits[diff[0]], digits[diff[1]]) == (nik[diff[1]], nik[diff[0]])
        elif "kk_as_nik" in kinds:
            assert digits == reg["no_kk"]
        elif "family_nik" in kinds:
            family = {m["nik"] for m in medium.by_kk[reg["no_kk"]]} - {nik}
            assert digits in family
        else:
            assert digits == nik
        if "nik_apostrophe" in kinds:
            assert typed.startswith("'")
        if "nik_spaced" in kinds:
            assert " " in typed or "." in typed
        if not kinds & {"nik_apostrophe", "nik_spaced", "nik_scientific"}:
            assert typed == digits
        checked.update(kinds & NIK_KINDS)
    assert all(checked[k] >= 10 for k in NIK_KINDS), checked


def test_kk_dob_sex_region_and_address(medium):
    for lst, truth, kinds in medium.rows("registry"):
        reg = medium.by_id[truth["id_individu"]]
        # no_kk
        if "kk_blank" in kinds:
            assert lst["no_kk"] == ""
        elif "kk_typo" in kinds:
            assert sum(a != b for a, b in zip(lst["no_kk"], reg["no_kk"], strict=True)) == 1
        else:
            assert lst["no_kk"] == reg["no_kk"]
        # tanggal_lahir
        born = dt.date.fromisoformat(reg["tanggal_lahir"])
        text = lst["tanggal_lahir"]
        if "dob_missing" in kinds:
            assert text == ""
        else:
            y, m, d = _parse_date(text)
            if "dob_year_off" in kinds:
                assert abs(y - born.year) == 1
            else:
                assert y == born.year
            if "dob_year_only" in kinds:
                assert (m, d) in ((None, None), (1, 1))
            elif "dob_day_month_swap" in kinds:
                assert (m, d) == (born.day, born.month) and born.day != born.month
            else:
                assert (m, d) == (born.month, born.day)
            if "dob_dd-mm-yyyy" in kinds:
                assert re.fullmatch(r"\d\d-\d\d-\d{4}", text)
            elif "dob_dd/mm/yyyy" in kinds:
                assert re.fullmatch(r"\d\d/\d\d/\d{4}", text)
            else:
                assert re.fullmatch(r"\d{4}(-\d\d-\d\d)?", text)
        # jenis_kelamin
        if "jk_blank" in kinds:
            assert lst["jenis_kelamin"] == ""
        elif "jk_words" in kinds:
            assert lst["jenis_kelamin"][0].upper() == ("L" if reg["jenis_kelamin"] == "L" else "P")
            assert len(lst["jenis_kelamin"]) > 1
        else:
            assert lst["jenis_kelamin"] == reg["jenis_kelamin"]
        # kode_wilayah
        desa = reg["kode_wilayah"].replace(".", "")
        kode = lst["kode_wilayah"]
        if "kode_neighbour_desa" in kinds:
            plain = kode.replace(".", "")
            assert len(plain) == 10 and plain != desa and plain[:6] == desa[:6]
        elif "kode_blank" in kinds:
            assert kode == ""
        elif "kode_kecamatan" in kinds:
            assert kode.replace(".", "") == desa[:6]
        elif "kode_kabupaten" in kinds:
            assert kode.replace(".", "") == desa[:4]
        elif "kode_dotted" in kinds:
            assert kode == f"{desa[:2]}.{desa[2:4]}.{desa[4:6]}.{desa[6:]}"
        else:
            assert kode == desa
        # alamat
        if "alamat_blank" in kinds:
            assert lst["alamat"] == ""
        elif not kinds & {"alamat_abbrev", "alamat_rtrw"}:
            assert lst["alamat"] == reg["alamat"]
        elif "alamat_rtrw" in kinds:
            assert "RT" in lst["alamat"] and reg["rt"][-2:] in lst["alamat"]


CASE_KINDS = {"name_upper", "name_lower", "name_proper_case"}


def test_name_errors_are_present(medium):
    checked = Counter()
    for lst, truth, kinds in medium.rows("registry"):
        reg = medium.by_id[truth["id_individu"]]["nama"]
        name = lst["nama"]
        content = {k for k in kinds if k.startswith("name_")} - CASE_KINDS - {"name_spacing", "name_punct"}
        if "name_upper" in kinds:
            assert name == name.upper() and reg != reg.upper()
        if "name_lower" in kinds:
            assert name == name.lower()
        if "name_proper_case" in kinds:
            assert reg == reg.upper() and name != name.upper()
        if "name_spacing" in kinds:
            assert name != name.strip() or "  " in name
        a, b = _plain(reg), _plain(name)
        if "name_punct" in kinds:
            assert "." not in b and "'" not in b
            a = a.replace(".", "").replace("'", "")
            if content:
                continue
        if not content:
            assert a == b
            checked["none"] += 1
        elif content == {"name_typo"}:
            assert _osa(a, b) == 1 and len(a.split()) == len(b.split())
        elif content == {"name_word_order"}:
            assert a != b and sorted(a.split()) == sorted(b.split())
        elif content == {"name_drop_middle"}:
            ta, tb = a.split(), b.split()
            assert len(tb) == len(ta) - 1 and tb[0] == ta[0] and tb[-1] == ta[-1]
        elif content == {"name_title_drop"}:
            assert a.split()[0] in ("h.", "hj.") and a.split(None, 1)[1] == b
        elif content == {"name_title_add"}:
            assert a in b and len(b) > len(a)
        elif content == {"name_siti"}:
            assert {"siti", "st."} & set(a.split()) and a != b
            assert b.replace("st.", "siti") == a.replace("st.", "siti")
        elif content == {"name_abdul"}:
            assert b.replace("abd.", "abdul") == a.replace("abd.", "abdul") and a != b
        elif content == {"name_muhammad"}:
            variants = gen_linkage._MUHAMMAD_KEYS
            diff = [(x, y) for x, y in zip(a.split(), b.split(), strict=True) if x != y]
            assert len(diff) == 1 and set(diff[0]) <= variants
        elif content == {"name_new_spelling"}:
            assert re.search(r"oe|dj|tj|sj", a) and not re.search(r"oe|dj|tj|sj", b)
        elif content == {"name_old_spelling"}:
            assert a != b and len(b) >= len(a) and int(medium.by_id[truth["id_individu"]]["tanggal_lahir"][:4]) < 1975
        elif content == {"name_phonetic"}:
            assert a != b and len(a.split()) == len(b.split())
        else:
            continue
        checked.update(content)
    single = {k for k in gen_linkage.KINDS if k.startswith("name_")} - CASE_KINDS - {"name_punct", "name_spacing"}
    assert all(checked[k] >= 1 for k in single), checked
    assert checked["none"] > 0.5 * len(medium.list)


def test_scientific_notation_like_excel():
    assert gen_linkage.excel_scientific("3513014506900001") == "3.51301E+15"
    assert gen_linkage.excel_scientific("3510000000000001") == "3.51E+15"
