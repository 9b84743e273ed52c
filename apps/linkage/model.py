"""The Splink models: ours (Indonesian knowledge in the comparisons) and a plain baseline.

Pure settings, no database (house style: model logic apart from SQL engines, as Splink itself does).
Columns compared are those built by ``features.py`` (list side) and ``engine.py`` (registry side):
``name_norm, name_sorted, name_sound, name_sound_full, block_a, block_b, nik, nik_raw, nik_sci_low and
nik_sci_high (list side), no_kk, kk_via_nik, sex, dob, dob_year_only, desa, kec, kab, alamat_key`` and
``tf_name_norm``.

Training without labels: the u-probabilities (how often two *different* people agree by chance) are
estimated once per snapshot from random pairs of its own rows, which is where they vary — a
registry of one kabupaten has more namesakes than a province. The m-probabilities (how often the
*same* person's records agree) describe how member lists are typed, not the registry, so a registry
cannot teach them; they start from the values below, which come from the errors offices report
(``../shared/DESIGN.md``; NIK missing or mistyped in 10–20 % of rows, dates often year-only).
"""

from __future__ import annotations

from typing import Any

# Every comparison's level labels are used in ``reasons`` (via ``decisions.py``) — keep them short.
NIK = "nik"
NAME = "name"
DOB = "dob"
SEX = "sex"
REGION = "region"
KK = "kk"


def _level(sql: str, label: str, m: float | None = None, **extra: Any) -> dict[str, Any]:
    level = {"sql_condition": sql, "label_for_charts": label, **extra}
    if m is not None:
        level["m_probability"] = m
    return level


def _null(sql: str) -> dict[str, Any]:
    return {"sql_condition": sql, "label_for_charts": "kosong", "is_null_level": True}


def _comparison(name: str, description: str, levels: list[dict[str, Any]]) -> dict[str, Any]:
    return {"output_column_name": name, "comparison_description": description, "comparison_levels": levels}


# The NIK rounds to what Excel showed (``features.excel_sci_range``): its kecamatan, about.
_EXCEL_SCI = "nik_r >= nik_sci_low_l AND nik_r < nik_sci_high_l"
_OWN_DATE = "coalesce(nik_dob_ok_l AND nik_dob_ok_r AND dob_l <> dob_r, false)"

NIK_COMPARISON = _comparison(NIK, "NIK", [
    # A NIK Excel showed as "3.51803E+15" that this person's NIK does not round to says nothing: it may be
    # a family member's, or mangled further.
    _null(f"nik_r IS NULL OR (nik_l IS NULL AND nik_raw_l IS NULL AND NOT coalesce({_EXCEL_SCI}, false))"),
    _level("nik_l = nik_r", "exact", 0.82),
    # The No. KK typed in the NIK column: the household is right, the person is decided by the rest.
    _level("nik_l = no_kk_r", "kk_as_nik", 0.02),
    # Excel keeps 15 significant digits: a NIK stored as a number comes back with its last digit 0.
    _level("right(nik_l, 1) = '0' AND substr(nik_l, 1, 15) = substr(nik_r, 1, 15)", "excel_last0", 0.015),
    # One digit off in the serial: a typo, or the next person born that day in that kecamatan —
    # the rest of the row must decide, so it weighs less than a typo elsewhere.
    _level("hamming(nik_l, nik_r) = 1 AND substr(nik_l, 1, 12) = substr(nik_r, 1, 12)", "one_digit_serial", 0.02),
    # One digit (or two swapped) off elsewhere is a typo — unless the row's own birth date agrees
    # with its NIK and differs from this person's: then it is another person's real NIK.
    _level(f"hamming(nik_l, nik_r) = 1 AND NOT {_OWN_DATE}", "one_digit", 0.04),
    # hamming first: cheap, and it rules out nearly every pair before the edit distance runs.
    _level(f"hamming(nik_l, nik_r) = 2 AND damerau_levenshtein(nik_l, nik_r) = 1 AND NOT {_OWN_DATE}",
           "transposed", 0.02),
    # The NIK of someone else in this person's household (kk_via_nik: the KK of the NIK's holder).
    _level("kk_via_nik_l = no_kk_r", "family_member", 0.04),
    # Not 16 digits: one dropped or doubled, or the start or end cut off.
    _level("nik_l IS NULL AND length(nik_raw_l) IN (15, 17) AND levenshtein(nik_raw_l, nik_r) = 1",
           "digit_count", 0.01),
    _level("nik_l IS NULL AND length(nik_raw_l) BETWEEN 13 AND 15 "
           "AND (starts_with(nik_r, nik_raw_l) OR ends_with(nik_r, nik_raw_l))", "truncated", 0.005),
    # Worth a kecamatan only to a row that gives none: where the row names its kecamatan or desa, the
    # region comparison has counted that already, and the NIK adds little more than the day digit.
    _level(f"nik_l IS NULL AND kec_l IS NULL AND {_EXCEL_SCI}", "excel_sci", 0.01),
    _level(f"nik_l IS NULL AND {_EXCEL_SCI}", "excel_sci_region", 0.01),
    _level("substr(nik_l, 1, 12) = substr(nik_r, 1, 12)", "prefix_only", 0.01),
    _level("ELSE", "different", 0.04),
])  # fmt: skip

NAME_COMPARISON = _comparison(NAME, "Nama", [
    _null("name_norm_l IS NULL OR name_norm_r IS NULL"),
    # Common names ("Siti Aminah") agree by chance far more often: term-frequency adjusted.
    _level("name_norm_l = name_norm_r", "exact", 0.70, tf_adjustment_column="name_norm", tf_adjustment_weight=1.0),
    _level("name_sorted_l = name_sorted_r", "word_order", 0.04),
    # Spaces lost or added in typing ("Rinahandayani").
    _level("replace(name_norm_l, ' ', '') = replace(name_norm_r, ' ', '')", "spacing", 0.02),
    _level("name_sound_l = name_sound_r", "same_sound", 0.07),
    _level(
        "len(name_sound_l) >= 2 AND len(name_sound_r) >= 2 AND "
        "(list_has_all(name_sound_l, name_sound_r) OR list_has_all(name_sound_r, name_sound_l))",
        "dropped_name", 0.06,
    ),
    _level("jaro_winkler_similarity(name_sorted_l, name_sorted_r) >= 0.92 OR (len(name_sound_l) <> len(name_sound_r) "
           "AND jaro_winkler_similarity(replace(name_norm_l, ' ', ''), replace(name_norm_r, ' ', '')) >= 0.92)",
           "typo", 0.06),
    # Initials: "U. Aminah" for Umi Aminah — as many words, the full words all found on the other side.
    _level("len(name_sound_l) = len(name_sound_r) AND (list_has_all(name_sound_r, name_sound_full_l) "
           "OR list_has_all(name_sound_l, name_sound_full_r))", "initial", 0.02),
    _level("list_has_all(name_sound_l, name_sound_r) OR list_has_all(name_sound_r, name_sound_l)", "one_name", 0.02),
    _level("jaro_winkler_similarity(name_sorted_l, name_sorted_r) >= 0.80", "similar", 0.03),
    _level("ELSE", "different", 0.02),
])  # fmt: skip

DOB_COMPARISON = _comparison(DOB, "Tanggal lahir", [
    _null("dob_l IS NULL OR dob_r IS NULL"),
    _level("dob_l = dob_r AND NOT dob_year_only_l AND NOT dob_year_only_r", "exact", 0.80),
    _level("NOT dob_year_only_l AND NOT dob_year_only_r AND year(dob_l) = year(dob_r) "
           "AND day(dob_l) = month(dob_r) AND month(dob_l) = day(dob_r)", "day_month_swapped", 0.03),
    _level("(dob_year_only_l OR dob_year_only_r) AND year(dob_l) = year(dob_r)", "year_only", 0.08),
    _level("NOT dob_year_only_l AND NOT dob_year_only_r AND day(dob_l) = day(dob_r) AND month(dob_l) = month(dob_r) "
           "AND abs(year(dob_l) - year(dob_r)) = 1", "year_off_by_one", 0.03),
    # One mistyped digit changes one of day, month, year: the other two must agree (cheap test first).
    _level("NOT dob_year_only_l AND NOT dob_year_only_r AND (day(dob_l) = day(dob_r))::INT "
           "+ (month(dob_l) = month(dob_r))::INT + (year(dob_l) = year(dob_r))::INT = 2 AND "
           "damerau_levenshtein(strftime(dob_l, '%Y%m%d'), strftime(dob_r, '%Y%m%d')) = 1", "one_digit", 0.03),
    _level("abs(year(dob_l) - year(dob_r)) <= 1", "year_close", 0.015),
    _level("ELSE", "different", 0.015),
])  # fmt: skip

SEX_COMPARISON = _comparison(SEX, "Jenis kelamin", [
    _null("sex_l IS NULL OR sex_r IS NULL"),
    _level("sex_l = sex_r", "same", 0.97),
    _level("ELSE", "different", 0.03),
])  # fmt: skip

# Region and dusun/street together: the same dusun name means much more in another kecamatan than in
# the same desa (where one in a handful of dusun agrees by chance), so the address only refines the
# region level it comes with instead of being counted as a separate piece of evidence.
_SAME_ALAMAT = "alamat_key_l = alamat_key_r"
REGION_COMPARISON = _comparison(REGION, "Wilayah dan alamat", [
    # No region on the row: only an agreeing dusun/street says anything (see "alamat_only").
    _null("kab_r IS NULL OR (desa_l IS NULL AND kec_l IS NULL AND kab_l IS NULL "
          f"AND NOT coalesce({_SAME_ALAMAT}, false))"),
    _level(f"desa_l = desa_r AND {_SAME_ALAMAT}", "same_desa_alamat", 0.40),
    _level("desa_l = desa_r", "same_desa", 0.40),
    _level(f"kec_l = kec_r AND {_SAME_ALAMAT}", "same_kecamatan_alamat", 0.07),
    _level("kec_l = kec_r", "same_kecamatan", 0.05),
    _level(f"kab_l = kab_r AND {_SAME_ALAMAT}", "same_kabupaten_alamat", 0.03),
    _level("kab_l = kab_r", "same_kabupaten", 0.02),
    _level(f"desa_l IS NULL AND kec_l IS NULL AND kab_l IS NULL AND {_SAME_ALAMAT}", "alamat_only", 0.5),
    _level("ELSE", "different", 0.03),
])  # fmt: skip

KK_COMPARISON = _comparison(KK, "No. KK", [
    _null("no_kk_l IS NULL OR no_kk_r IS NULL"),
    _level("no_kk_l = no_kk_r", "exact", 0.85),
    # The person's NIK typed in the No. KK column (or the two columns swapped).
    _level("no_kk_l = nik_r", "nik_in_kk_column", 0.015),
    _level("hamming(no_kk_l, no_kk_r) = 1", "one_digit", 0.05),
    _level("ELSE", "different", 0.10),
])  # fmt: skip

OUR_COMPARISONS = [NIK_COMPARISON, NAME_COMPARISON, DOB_COMPARISON, SEX_COMPARISON, REGION_COMPARISON, KK_COMPARISON]

# Blocking: every candidate pair must share one of these. Each rule is an equality join on keys
# whose groups stay small however big the registry is (a NIK, a household, a kecamatan + name
# sound, a birth date + name sound), so the work grows linearly with the registry.
OUR_BLOCKING_RULES = [
    "l.nik = r.nik",
    "l.nik = r.no_kk",  # KK typed as NIK: the whole household
    "l.kk_via_nik = r.no_kk",  # a family member's NIK: the whole household
    "l.no_kk = r.no_kk",
    "l.no_kk = r.nik",  # the NIK typed in the No. KK column
    "substr(l.nik, 1, 12) = substr(r.nik, 1, 12)",  # serial mistyped (or a twin's)
    "substr(l.nik, 1, 6) = substr(r.nik, 1, 6) AND l.dob = r.dob",  # date digits of the NIK mistyped
    "substr(l.nik, 7, 10) = substr(r.nik, 7, 10) AND l.kec_block = r.kec_block",  # region digits mistyped
    # Region digits mistyped and no region column to fall back on.
    "substr(l.nik, 7, 10) = substr(r.nik, 7, 10) AND left(l.block_a, 1) = left(r.block_a, 1)",
    "substr(l.nik_raw, 1, 12) = substr(r.nik, 1, 12)",  # a NIK of 13–17 digits: its start
    # One part of the NIK's birth date mistyped (day, month or year), no birth date column to catch it:
    # the kecamatan, the other two parts and the serial still agree.
    "substr(l.nik, 1, 6) = substr(r.nik, 1, 6) AND substr(l.nik, 9, 8) = substr(r.nik, 9, 8)",
    "substr(l.nik, 1, 8) = substr(r.nik, 1, 8) AND substr(l.nik, 11, 6) = substr(r.nik, 11, 6)",
    "substr(l.nik, 1, 10) = substr(r.nik, 1, 10) AND substr(l.nik, 13, 4) = substr(r.nik, 13, 4)",
    # kec_block: the row's kecamatan, else the one in its NIK. Name sound, or birth date when the
    # name is mistyped.
    "l.kec_block = r.kec_block AND l.block_a = r.block_a",
    "l.kec_block = r.kec_block AND l.block_b = r.block_b",
    "l.kec_block = r.kec_block AND l.dob = r.dob",
    # A mistyped name with no region and no NIK at all: the birth date (some dozens a day in a province).
    "l.kab IS NULL AND l.kec_block IS NULL AND l.dob = r.dob",
    # A typo in the name's distinctive word and the birth date wrong or missing: within one desa
    # (a few hundred people) the first letter is enough.
    "l.desa = r.desa AND left(l.block_a, 1) = left(r.block_a, 1)",
    "l.kec_block = r.kec_block AND year(l.dob) = year(r.dob) AND left(l.block_a, 1) = left(r.block_a, 1)",
    "l.kab = r.kab AND l.block_a = r.block_a AND year(l.dob) = year(r.dob)",
    "l.kab = r.kab AND l.name_sorted = r.name_sorted",
    "l.dob = r.dob AND l.block_a = r.block_a",  # moved away: same birth date and name sound anywhere
    # No region and no NIK: name sound with the day and month (year mistyped) or the year (day and
    # month swapped) anywhere.
    # (Rows with a region are covered by the kecamatan/kabupaten rules above; without this condition
    # these two rules would add a province's worth of namesakes.)
    "l.kab IS NULL AND l.block_a = r.block_a AND month(l.dob) = month(r.dob) AND day(l.dob) = day(r.dob)",
    "l.kab IS NULL AND l.block_a = r.block_a AND l.block_b = r.block_b AND year(l.dob) = year(r.dob)",
]


def level_m(comparison_name: str, label: str) -> float:
    """The m-probability this module sets for one level."""
    for comparison in OUR_COMPARISONS:
        if comparison["output_column_name"] == comparison_name:
            for level in comparison["comparison_levels"]:
                if level["label_for_charts"] == label:
                    return level["m_probability"]
    raise KeyError((comparison_name, label))


def our_blocking_rules() -> list[dict[str, str]]:
    return [{"blocking_rule": rule} for rule in OUR_BLOCKING_RULES]


def our_settings(*, prior: float) -> dict[str, Any]:
    return {
        "link_type": "dedupe_only",
        "unique_id_column_name": "unique_id",
        "probability_two_random_records_match": prior,
        "comparisons": OUR_COMPARISONS,
        "blocking_rules_to_generate_predictions": our_blocking_rules(),
        # The level reached in each comparison (gamma_*) is what ``reasons`` are made from.
        "retain_intermediate_calculation_columns": True,
        "retain_matching_columns": False,
        "additional_columns_to_retain": [],
    }
