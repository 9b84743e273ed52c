"""The decision rules on hand-made candidate pairs (no Splink): what turns a likely pair into a match,
a review or a "not found"."""

import datetime as dt

from apps.linkage.decide import MATCHED, NOT_FOUND, OTHER_NIK, OTHER_SERIAL, POSSIBLE, WHY_NAME_REGION, decide_row
from apps.linkage.features import list_record
from apps.registry.tests.helpers import nik

SITI = nik(10, 2, 83, 1, woman=True)
DESA = "3513012001"


def _pair(**fields) -> dict:
    pair = {
        "id_individu": "P1", "match_probability": 0.97, "match_weight": 12.0, "nik": SITI,
        "no_kk": "3513010101200001", "nama": "Siti Aminah", "desil": 1, "sex": "P", "dob": dt.date(1983, 2, 10),
        "desa": DESA, "alamat": "", "list_kk_via_nik": None, "list_nik_held": False,
    }  # fmt: skip
    pair.update(fields)
    return pair


def _decide(row: dict, pair: dict):
    full = {"nama": "", "nik": "", "no_kk": "", "jenis_kelamin": "", "tanggal_lahir": "", "kode_wilayah": "", **row}
    return decide_row(list_record("1", full), full["nama"], [pair])


def test_a_different_nik_whose_birth_date_is_not_the_candidates_means_another_person():
    decision = _decide({"nama": "Siti Aminah", "nik": nik(25, 12, 70, 7, woman=True), "kode_wilayah": DESA}, _pair())
    assert decision.status == NOT_FOUND
    assert decision.reasons == [f"{OTHER_NIK} (kandidat terdekat: Siti Aminah)"]
    assert decision.probability is None  # the candidate's score is what the NIK overrules


def test_a_different_nik_with_the_candidates_birth_date_may_be_an_old_nik_and_is_reviewed():
    # Same DDMMYY, another kecamatan: re-registered after moving.
    old = nik(10, 2, 83, 9, woman=True, kec="351302")
    decision = _decide({"nama": "Siti Aminah", "nik": old, "kode_wilayah": DESA}, _pair())
    assert decision.status == POSSIBLE
    assert decision.reasons[-1] == WHY_NAME_REGION


def test_the_next_serial_with_another_name_is_someone_born_the_same_day():
    decision = _decide(
        {"nama": "Rina Wulandari", "nik": nik(10, 2, 83, 2, woman=True), "tanggal_lahir": "1983-02-10"}, _pair()
    )
    assert decision.status == NOT_FOUND
    assert decision.reasons[0].startswith(OTHER_SERIAL)


def test_the_next_serial_with_the_same_name_is_a_typo_and_matches():
    decision = _decide(
        {"nama": "Siti Aminah", "nik": nik(10, 2, 83, 2, woman=True), "tanggal_lahir": "1983-02-10"}, _pair()
    )
    assert decision.status == MATCHED


def test_excel_last_digit_zero_matches_when_nobody_holds_the_typed_nik():
    row = {"nama": "Siti Aminah", "nik": SITI[:15] + "0", "kode_wilayah": DESA}
    assert _decide(row, _pair()).status == MATCHED
    # If someone else holds the typed NIK, the row may be theirs: a person decides.
    assert _decide(row, _pair(list_nik_held=True)).status == POSSIBLE


def test_one_letter_off_in_a_short_name_needs_the_persons_own_nik_or_birth_date():
    heru = _pair(nama="Heru", sex="L", nik=nik(21, 2, 77, 1), dob=dt.date(1977, 2, 21))
    assert _decide({"nama": "Hrru", "tanggal_lahir": "1977-02-21", "kode_wilayah": DESA}, heru).status == MATCHED
    # Only the family card: Rini's sister Rina may be the one meant.
    rini = _pair(nama="Rini", nik=nik(21, 2, 99, 1, woman=True), dob=dt.date(1999, 2, 21))
    row = {"nama": "Rina", "no_kk": "3513010101200001", "kode_wilayah": DESA}
    assert _decide(row, rini).status == POSSIBLE
