"""The decision rules on hand-made candidate pairs (no Splink): what turns a likely pair into a match,
a review or a "not found"."""

import datetime as dt

from apps.linkage.decide import (
    MATCHED,
    NAME_PLACE,
    NOT_FOUND,
    OTHER_KECAMATAN,
    OTHER_NIK,
    OTHER_SERIAL,
    OTHER_TYPO,
    POSSIBLE,
    WHY_HOUSEHOLD,
    WHY_NAME_REGION,
    WHY_OTHER_MEMBER,
    decide_row,
)
from apps.linkage.engine import Member
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


def test_name_village_and_birth_year_match_and_say_so():
    decision = _decide({"nama": "Siti Aminah", "tanggal_lahir": "1983", "kode_wilayah": DESA}, _pair())
    assert decision.status == MATCHED
    assert NAME_PLACE in decision.reasons
    # Name and village alone: too often a namesake who is not in the registry.
    decision = _decide({"nama": "Siti Aminah", "jenis_kelamin": "P", "kode_wilayah": DESA}, _pair())
    assert decision.status == POSSIBLE
    assert decision.reasons[-1] == WHY_NAME_REGION


def test_name_and_village_with_anything_that_disagrees_go_to_review():
    for disagreeing in (
        {"tanggal_lahir": "1990-07-04"},  # another birth date: a namesake
        {"tanggal_lahir": "1984"},  # another birth year
        {"no_kk": "3513010101200007"},  # another family card
    ):
        decision = _decide({"nama": "Siti Aminah", "kode_wilayah": DESA, **disagreeing}, _pair())
        assert decision.status == POSSIBLE, disagreeing
        assert decision.reasons[-1] == WHY_NAME_REGION, disagreeing
    assert _decide({"nama": "Siti Aminah", "jenis_kelamin": "L", "kode_wilayah": DESA}, _pair()).status == POSSIBLE


def test_name_and_place_need_the_desa_or_the_kecamatan_and_the_dusun():
    kecamatan = {"nama": "Siti Aminah", "tanggal_lahir": "01-01-1983", "kode_wilayah": DESA[:6]}
    assert _decide(kecamatan, _pair()).status == POSSIBLE
    with_dusun = {**kecamatan, "alamat": "Dsn. Krajan Kidul RT 3/RW 1"}
    assert _decide(with_dusun, _pair(alamat_key="kidul krajan")).status == MATCHED
    # A name only "agak mirip" is not enough without an identifier.
    assert _decide({"nama": "Siti Aisyah", "tanggal_lahir": "1983", "kode_wilayah": DESA}, _pair()).status != MATCHED


def test_the_family_card_typed_as_nik_finds_the_member_by_name_without_a_birth_date():
    row = {"nama": "Siti Aminah", "nik": "3513010101200001", "kode_wilayah": DESA}
    decision = _decide(row, _pair())
    assert decision.status == MATCHED
    assert "No. KK tertulis sebagai NIK" in decision.reasons


def test_an_adult_members_nik_finds_the_member_by_name_but_a_childs_nik_does_not():
    kk = "3513010101200001"
    husband = nik(3, 5, 80, 1)
    row = {"nama": "Siti Aminah", "nik": husband, "kode_wilayah": DESA}
    assert _decide(row, _pair(list_kk_via_nik=kk)).status == MATCHED
    # A child listed under the mother's name carries the child's own NIK: the family card does not
    # say which of the two is meant, only her birth date does.
    child = nik(14, 8, 15, 1)
    row = {"nama": "Siti Aminah", "nik": child, "no_kk": kk, "kode_wilayah": DESA}
    decision = _decide(row, _pair(list_kk_via_nik=kk))
    assert decision.status == POSSIBLE
    assert decision.reasons[-1] == WHY_HOUSEHOLD
    assert _decide({**row, "tanggal_lahir": "1983-02-10"}, _pair(list_kk_via_nik=kk)).status == MATCHED
    # The same son's NIK on a row marked P is not the row's own NIK (it says a man): the clerk copied
    # another line of the card, and the name says who the row is.
    assert _decide({**row, "jenis_kelamin": "P"}, _pair(list_kk_via_nik=kk)).status == MATCHED
    # A daughter's NIK on a row marked P still leaves both possible.
    daughter = nik(14, 8, 15, 1, woman=True)
    decision = _decide({**row, "nik": daughter, "jenis_kelamin": "P"}, _pair(list_kk_via_nik=kk))
    assert decision.reasons[-1] == WHY_HOUSEHOLD


def test_a_nik_nobody_holds_beside_her_family_card_is_not_a_childs_nik():
    # A mistyped KK in the NIK column reads like a child born in 2024 — but no one holds that NIK, so it
    # is nobody's: the family card and her name find her, and the reasons do not claim a family member.
    kk = "3513010101200001"
    row = {"nama": "Siti Aminah", "nik": "3513011302240018", "no_kk": kk, "kode_wilayah": DESA}
    decision = _decide(row, _pair(list_nik_held=False))
    assert decision.status == MATCHED
    assert "No. KK sama" in decision.reasons
    assert "NIK anggota keluarga lain (KK sama)" not in decision.reasons
    # Held by someone (her child, listed under her name): still a person decides.
    assert _decide(row, _pair(list_nik_held=True, list_kk_via_nik=kk)).status == POSSIBLE


def test_a_family_card_with_a_slip_no_real_card_has_counts_as_the_card():
    for typed in ("3513070101200001", "3513019101200001"):  # kecamatan 351307; day 91
        decision = _decide({"nama": "Siti Aminah", "no_kk": typed, "kode_wilayah": DESA}, _pair())
        assert decision.status == MATCHED, typed
        assert "No. KK beda 1 digit" in decision.reasons
    # A real-looking card: another family's, issued a month apart or next that day.
    for typed in ("3513010102200001", "3513010101200004"):
        decision = _decide({"nama": "Siti Aminah", "no_kk": typed, "kode_wilayah": DESA}, _pair())
        assert decision.status == POSSIBLE, typed
        assert "No. KK beda" in decision.reasons
    # Nor when the birth date is someone else's.
    row = {"nama": "Siti Aminah", "no_kk": "3513070101200001", "tanggal_lahir": "1990-07-04", "kode_wilayah": DESA}
    assert _decide(row, _pair()).status == POSSIBLE


def test_a_husbands_name_on_a_row_marked_p_is_her_with_her_own_nik_or_birth_date():
    wife = _pair(hubungan="Istri", household_men=["Budi Santoso"])
    row = {"nama": "Budi Santoso", "jenis_kelamin": "P", "kode_wilayah": DESA}
    assert _decide({**row, "tanggal_lahir": "10-02-1983"}, wife).status == MATCHED
    assert (
        "nama suami (Budi Santoso) — tgl lahir dan jenis kelamin miliknya"
        in _decide({**row, "tanggal_lahir": "10-02-1983"}, wife).reasons
    )
    # Only the family card: his own row with the sex mistyped is as likely.
    assert _decide({**row, "no_kk": "3513010101200001"}, wife).status == POSSIBLE


def test_ny_with_her_own_nik_is_her_even_when_her_husband_is_not_on_her_card():
    head = _pair(hubungan="Kepala Keluarga", household_men=[])
    decision = _decide({"nama": "Bu Iqbal", "nik": SITI, "kode_wilayah": DESA}, head)
    assert decision.status == MATCHED
    assert "Ny./Bu/Istri dengan NIK miliknya — nama suami?" in decision.reasons
    # Without the title it is a stranger's name on her NIK: review.
    assert _decide({"nama": "Iqbal", "nik": SITI, "kode_wilayah": DESA}, head).status == POSSIBLE


def test_a_namesake_in_the_family_does_not_tie_with_the_holder_of_the_nik():
    kk = "3513010101200001"
    father = _pair(id_individu="P1", nama="Agus", sex="L", nik=nik(13, 9, 51, 1), dob=dt.date(1951, 9, 13),
                   match_weight=20.0, match_probability=1.0)  # fmt: skip
    son = _pair(id_individu="P2", nama="Agus", sex="L", nik=nik(28, 8, 92, 1), dob=dt.date(1992, 8, 28),
                match_weight=16.0, match_probability=1.0, list_kk_via_nik=kk)  # fmt: skip
    row = {"nama": "Agus", "nik": father["nik"], "kode_wilayah": DESA}
    full = {"nama": "", "nik": "", "no_kk": "", "jenis_kelamin": "", "tanggal_lahir": "", "kode_wilayah": "", **row}
    decision = decide_row(list_record("1", full), "Agus", [father, son])
    assert (decision.status, decision.person.id_individu) == (MATCHED, "P1")
    # The son's birth date on the row: the NIK may be his father's by mistake — a person decides.
    full["tanggal_lahir"] = "1992-08-28"
    assert decide_row(list_record("1", full), "Agus", [father, son]).status == POSSIBLE


def test_a_birth_date_from_another_line_of_the_card_does_not_tie_with_her_own_nik_and_name():
    # The row's NIK and name are Kholifah's; its birth date is her father's, copied from the wrong line of
    # the family card. The father agrees on the card and that date, not on the name: not her rival.
    kk = "3513010101200001"
    her = _pair(id_individu="P1", nama="Kholifah", match_weight=16.0, match_probability=1.0)
    father = _pair(id_individu="P2", nama="Abd. Latif", sex="L", nik=nik(31, 12, 55, 3), dob=dt.date(1955, 12, 31),
                   match_weight=13.0, match_probability=1.0, list_kk_via_nik=kk)  # fmt: skip
    row = {"nama": "Kholifah", "nik": SITI, "no_kk": kk, "tanggal_lahir": "31-12-1955", "kode_wilayah": DESA}
    full = {"nama": "", "nik": "", "no_kk": "", "jenis_kelamin": "", "tanggal_lahir": "", "kode_wilayah": "", **row}
    decision = decide_row(list_record("1", full), "Kholifah", [her, father])
    assert (decision.status, decision.person.id_individu) == (MATCHED, "P1")
    # A sister whose name resembles the row's is still a rival: a person decides.
    sister = {**father, "nama": "Kholifatun", "sex": "P"}
    decision = decide_row(list_record("1", full), "Kholifah", [her, sister])
    assert decision.status == POSSIBLE
    assert "ada kandidat lain yang hampir sama (Kholifatun)" in decision.reasons


def test_a_nik_one_digit_off_with_another_name_is_someone_else_unless_a_date_says_otherwise():
    neighbour = SITI[:5] + "2" + SITI[6:]  # kecamatan 351302: same birth date and serial, next kecamatan
    decision = _decide({"nama": "Rohmah Wulandari", "nik": neighbour, "kode_wilayah": DESA}, _pair())
    assert decision.status == NOT_FOUND
    assert decision.reasons[0].startswith(OTHER_TYPO)
    # Her own birth date on the row: the name is what is wrong (a reviewer looks).
    row = {"nama": "Rohmah Wulandari", "nik": neighbour, "tanggal_lahir": "1983-02-10", "kode_wilayah": DESA}
    assert _decide(row, _pair()).status == POSSIBLE
    # Edi, 1961, typed with the year 67 in his NIK: the year on the row says the NIK is the typo.
    edi = _pair(nama="Edi", sex="L", nik=nik(3, 6, 61, 1), dob=dt.date(1961, 6, 3))
    row = {"nama": "Edu", "nik": nik(3, 6, 67, 1), "tanggal_lahir": "1961", "kode_wilayah": DESA}
    assert _decide(row, edi).status != NOT_FOUND


def test_a_nik_from_the_next_kecamatan_with_the_rows_own_region_is_someone_else():
    # Siti's NIK with kecamatan 351302, and the row's desa is in 351302 too: a woman born the same day
    # there, with the same serial — not a slip of Siti's NIK, whatever the name says.
    neighbour = "351302" + SITI[6:]
    row = {"nama": "Siti Aminah", "nik": neighbour, "tanggal_lahir": "10-02-1983", "kode_wilayah": "3513022001"}
    decision = _decide(row, _pair())
    assert decision.status == NOT_FOUND
    assert decision.reasons[0].startswith(OTHER_KECAMATAN)
    # The row's desa is Siti's: then the NIK's kecamatan digit is the slip.
    assert _decide({**row, "kode_wilayah": DESA}, _pair()).status == MATCHED


def test_a_birth_date_that_only_repeats_a_near_same_nik_is_no_evidence():
    # NIK one digit off in the kecamatan, the row's date is the one in its NIK (and so the candidate's),
    # the name only "agak mirip": a stranger born that day next door fits as well — a person decides.
    typo = "351307" + SITI[6:]
    row = {"nama": "Rohmah Aminah", "nik": typo, "tanggal_lahir": "10-02-1983"}
    assert _decide(row, _pair()).status == POSSIBLE
    # The row's desa is hers: then the NIK is the likelier slip, and her birth date counts.
    assert _decide({**row, "kode_wilayah": DESA}, _pair()).status == MATCHED


def test_her_own_nik_and_birth_date_excuse_a_badly_typed_name_only_where_the_kecamatan_agrees():
    row = {"nama": "Tri Anggraini", "nik": SITI, "tanggal_lahir": "10-02-1983"}
    assert _decide(row, _pair()).status == MATCHED  # no region on the row
    assert _decide({**row, "kode_wilayah": DESA}, _pair()).status == MATCHED
    # Another kecamatan on the row: a NIK typo that landed on her; the name is not hers.
    assert _decide({**row, "kode_wilayah": "3513072001"}, _pair()).status == POSSIBLE


def test_a_namesake_born_the_same_day_with_her_own_nik_and_card_is_not_linked():
    # Her NIK is the next serial after Siti's (same kecamatan, same birth date) and her family card is
    # another family's: the agreeing name and date are all that is left, and a namesake born that day has
    # them too. A reviewer decides.
    row = {"nama": "Siti Aminah", "nik": nik(10, 2, 83, 2, woman=True), "no_kk": "3513012207150004",
           "tanggal_lahir": "1983-02-10", "kode_wilayah": DESA}  # fmt: skip
    decision = _decide(row, _pair())
    assert decision.status == POSSIBLE
    assert "NIK dan No. KK di daftar bukan milik orang ini" in decision.reasons
    assert decision.reasons[-1] == "bisa orang lain dengan nama dan tgl lahir sama — perlu dipastikan"
    # A slip in her own card's number is still her card, and the serial a typo.
    assert _decide({**row, "no_kk": "3513010101200002"}, _pair()).status == MATCHED
    # NIK and No. KK in each other's columns, both kept as Excel numbers (last digit 0): hers.
    swapped = {**row, "nik": "3513010101200000", "no_kk": SITI[:15] + "0"}
    assert _decide(swapped, _pair()).status == MATCHED


def test_the_next_serial_from_another_dusun_is_not_linked():
    row = {"nama": "Siti Aminah", "nik": nik(10, 2, 83, 2, woman=True), "tanggal_lahir": "1983-02-10",
           "kode_wilayah": DESA, "alamat": "Dusun Gondang RT 1 RW 3"}  # fmt: skip
    decision = _decide(row, _pair(alamat_key="curahkalong"))
    assert decision.status == POSSIBLE
    assert "NIK beda nomor urut dan dusun/jalan berbeda" in decision.reasons
    assert _decide(row, _pair(alamat_key="gondang")).status == MATCHED


def test_a_twin_is_not_the_sibling_the_card_and_the_birth_date_find():
    # Najwa, not in the registry, beside her twin Zahra: same card, same birth date, the next serial.
    zahra = _pair(nama="Zahra Nuraini", nik=nik(12, 1, 15, 1, woman=True), dob=dt.date(2015, 1, 12))
    row = {"nama": "Najwa Nuraini", "nik": nik(12, 1, 15, 2, woman=True), "no_kk": "3513010101200001",
           "tanggal_lahir": "12-01-2015", "kode_wilayah": DESA}  # fmt: skip
    assert _decide(row, zahra).status == POSSIBLE
    # A typo in her own name (and the serial) is still her.
    assert _decide({**row, "nama": "Zahra Nurain"}, zahra).status == MATCHED


def test_a_family_members_own_nik_and_birth_date_beside_the_card_are_not_this_person():
    # A baby named after his grandfather, on the grandfather's family card: the row's NIK encodes the
    # row's birth date, and both are the baby's — the card and the name do not make him the grandfather.
    grandfather = _pair(nama="Muhammad Alvino", sex="L", nik=nik(8, 5, 60, 1), dob=dt.date(1960, 5, 8))
    row = {"nama": "Moh. Alvino", "nik": nik(3, 7, 24, 2), "no_kk": "3513010101200001",
           "tanggal_lahir": "03-07-2024", "kode_wilayah": DESA}  # fmt: skip
    assert _decide(row, grandfather).status != MATCHED
    # The grandfather's own row with a mistyped birth date is still him.
    assert _decide({**row, "nik": nik(8, 5, 60, 1), "tanggal_lahir": "08-05-1961"}, grandfather).status == MATCHED


def test_a_call_name_with_her_own_nik_is_her():
    # "Minah" is what the village calls Siti Aminah: beside her own NIK that is her.
    assert _decide({"nama": "Minah", "nik": SITI, "kode_wilayah": DESA}, _pair()).status == MATCHED
    # Another woman's name beside her NIK is not.
    assert _decide({"nama": "Suyati", "nik": SITI, "kode_wilayah": DESA}, _pair()).status == POSSIBLE


def test_another_members_nik_and_birth_year_are_that_member_even_beside_the_card():
    # "Pak Taufiq" is Taufiq's father, called after his son: the row carries the father's NIK and his
    # birth date and the family card. Only the name says the son.
    kk = "3513010101200001"
    son = _pair(nama="Taufiq", sex="L", nik=nik(2, 2, 99, 1), dob=dt.date(1999, 2, 2), list_kk_via_nik=kk,
                match_weight=20.0, match_probability=1.0)  # fmt: skip
    father = nik(15, 12, 68, 1)
    row = {"nama": "Pak Taufiq", "nik": father, "no_kk": kk, "tanggal_lahir": "31/05/1968", "kode_wilayah": DESA}
    decision = _decide(row, son)
    assert decision.status == POSSIBLE
    assert decision.reasons[-1] == WHY_OTHER_MEMBER
    # A birth date that is neither the son's nor of the NIK's year is a typo: card and name decide.
    assert _decide({**row, "nama": "Taufiq", "tanggal_lahir": "20/10/1993"}, son).status == MATCHED


def test_a_parent_called_after_a_child_of_the_household_is_the_parent():
    kk = "3513010101200001"
    father_nik, son_nik = nik(15, 12, 68, 1), nik(2, 2, 99, 1)
    household = [Member("P1", father_nik, "Slamet", "L", dt.date(1968, 12, 15)),
                 Member("P2", son_nik, "Taufiq", "L", dt.date(1999, 2, 2))]  # fmt: skip
    # The model's name weight: -2 bits for Slamet against "Taufiq", +8 for Taufiq; a name that agrees
    # is worth 6 (what the father's name is counted as when he is called after his son).
    father = _pair(id_individu="P1", nama="Slamet", sex="L", nik=father_nik, dob=dt.date(1968, 12, 15),
                   match_weight=14.0, match_probability=1.0, mw_name=-2.0, household=household)  # fmt: skip
    son = _pair(id_individu="P2", nama="Taufiq", sex="L", nik=son_nik, dob=dt.date(1999, 2, 2), list_kk_via_nik=kk,
                match_weight=20.0, match_probability=1.0, mw_name=8.0, household=household)  # fmt: skip
    row = {"nama": "Pak Taufiq", "nik": father_nik, "no_kk": kk, "tanggal_lahir": "1968-12-15", "kode_wilayah": DESA}
    full = {"nama": "", "nik": "", "no_kk": "", "jenis_kelamin": "", "tanggal_lahir": "", "kode_wilayah": "", **row}
    decision = decide_row(list_record("1", full), row["nama"], [son, father], agreeing_name_weight=6.0)
    assert (decision.status, decision.person.id_individu) == (MATCHED, "P1")
    assert "dipanggil dengan nama anak (Taufiq)" in decision.reasons
    # The son's own NIK on the row: "Pak Taufiq" is Mr Taufiq himself.
    full.update(nik=son_nik, tanggal_lahir="")
    decision = decide_row(list_record("1", full), row["nama"], [son, father], agreeing_name_weight=6.0)
    assert (decision.status, decision.person.id_individu) == (MATCHED, "P2")
    # Only the family card: the father called after his son or the son himself — a person decides.
    full.update(nik="", tanggal_lahir="")
    assert decide_row(list_record("1", full), row["nama"], [son, father], agreeing_name_weight=6.0).status == POSSIBLE


def test_a_parent_is_called_after_one_of_the_childs_names():
    father_nik = nik(15, 12, 68, 1)
    household = [Member("P2", nik(2, 2, 99, 1), "Dafa Abqori Al Fatih", "L", dt.date(1999, 2, 2))]
    father = _pair(id_individu="P1", nama="Hariyanto Salim", sex="L", nik=father_nik, dob=dt.date(1968, 12, 15),
                   household=household)  # fmt: skip
    row = {"nama": "P. Dafa", "tanggal_lahir": "15.12.1968", "kode_wilayah": DESA}
    decision = _decide(row, father)
    assert decision.status == MATCHED
    assert "dipanggil dengan nama anak (Dafa Abqori Al Fatih)" in decision.reasons
    # A name the child does not carry is no call name of the father's.
    assert _decide({**row, "nama": "P. Firman"}, father).status == POSSIBLE
