"""Matching against a real (small) snapshot: Splink on DuckDB, our decisions, the command line."""

import csv
import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from openpyxl import load_workbook

from apps.linkage.decide import DUPLICATE_IN_LIST, MATCHED, NOT_FOUND, POSSIBLE
from apps.linkage.services import match_records
from apps.linkage.tests.conftest import DESA, KK_A
from apps.linkage.tests.conftest import list_row as _row
from apps.registry.tests.helpers import nik

pytestmark = pytest.mark.django_db


def test_matching_decisions_on_a_real_snapshot(snapshot):
    rows = [
        _row("BUDI SANTOSO", nik(17, 5, 80, 1), jk="L", tgl="17-05-1980", kode="3513012001"),
        # Siti typed with her husband's NIK: the household and her own birth date find her.
        _row("Siti Aminah", nik(17, 5, 80, 1), jk="P", tgl="10/02/1983", kode=DESA),
        # The family card number in the NIK column.
        _row("Rizky Santoso", KK_A, tgl="2005-07-01", kode=DESA),
        # Old spelling, a title, one NIK digit mistyped (not in the serial), no region.
        _row("H. SOEHARTO", "3519" + nik(8, 6, 50, 1)[4:], tgl="1950-06-08"),
        # Name and desa only, and two people of that name live there.
        _row("Siti Aminah", kode=DESA),
        # Not in the registry at all.
        _row("Joko Widodo", nik(21, 6, 61, 1), jk="L", tgl="1961-06-21", kode=DESA),
        _row(""),
    ]
    outcome = match_records(snapshot, rows)
    got = [(d.status, d.person.id_individu if d.person else None) for d in outcome.decisions]
    assert got[0] == (MATCHED, "P00001")
    assert got[1] == (MATCHED, "P00002")
    assert "NIK anggota keluarga lain (KK sama)" in outcome.decisions[1].reasons[0]
    assert got[2] == (MATCHED, "P00003")
    assert "No. KK tertulis sebagai NIK" in outcome.decisions[2].reasons
    assert got[3] == (MATCHED, "P00005")
    assert "NIK beda 1 digit" in outcome.decisions[3].reasons[0]
    assert "nama cocok (ejaan lama)" in outcome.decisions[3].reasons
    assert outcome.decisions[4].status in (POSSIBLE, NOT_FOUND)  # never guessed between namesakes
    assert got[5][0] == NOT_FOUND
    assert outcome.decisions[6].status == NOT_FOUND and outcome.decisions[6].reasons == ["nama kosong"]
    assert outcome.counts == {
        MATCHED: 4,
        POSSIBLE: sum(s == POSSIBLE for s, _ in got),
        NOT_FOUND: outcome.counts[NOT_FOUND],
    }


def test_two_rows_for_one_person_both_go_to_review(snapshot):
    budi = _row("Budi Santoso", nik(17, 5, 80, 1), jk="L", tgl="1980-05-17", kode=DESA)
    outcome = match_records(snapshot, [budi, {**budi, "nama": "BUDI SANTOSO"}])
    for decision in outcome.decisions:
        assert decision.status == POSSIBLE
        assert decision.duplicate_in_list
        assert decision.reasons[0] == DUPLICATE_IN_LIST
        assert decision.person.id_individu == "P00001"  # the candidate is still shown to the reviewer


def test_results_are_deterministic_and_the_model_is_reused(snapshot, settings):
    rows = [_row("Siti Aminah", kode=DESA), _row("Budi Santoso", nik(17, 5, 80, 1), tgl="1980-05-17")]
    first = match_records(snapshot, rows)
    model_file = settings.REGISTRY_DIR / "linkage" / str(snapshot.pk) / "model.json"
    built = model_file.stat().st_mtime_ns
    second = match_records(snapshot, rows)
    assert model_file.stat().st_mtime_ns == built
    assert [(d.status, d.probability, d.reasons) for d in first.decisions] == [
        (d.status, d.probability, d.reasons) for d in second.decisions
    ]


def _list_file(
    tmp_path, rows, headers=("no", "nama", "nik", "no_kk", "jenis_kelamin", "tanggal_lahir", "kode_wilayah")
):
    path = tmp_path / "daftar.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(headers)
        writer.writerows(rows)
    return path


def test_match_file_command_writes_every_input_column_and_a_json_line(snapshot, tmp_path):
    src = _list_file(tmp_path, [
        ["A-01", "Budi Santoso", f"'{nik(17, 5, 80, 1)}", "", "L", "17-05-1980", "3513012001"],
        ["A-02", "Orang Asing", "", "", "", "", ""],
    ])  # fmt: skip
    out = tmp_path / "hasil.csv"
    stdout = StringIO()
    call_command("match_file", str(src), snapshot="uji", out=str(out), json=True, stdout=stdout, stderr=StringIO())
    summary = json.loads(stdout.getvalue().strip().splitlines()[-1])
    assert {k: summary[k] for k in ("rows", "matched", "possible", "not_found")} == {
        "rows": 2, "matched": 1, "possible": 0, "not_found": 1,
    }  # fmt: skip
    assert summary["seconds"] >= 0
    with out.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert rows[0]["no"] == "A-01" and rows[0]["nik"] == f"'{nik(17, 5, 80, 1)}"  # input kept as delivered
    assert rows[0]["status"] == "matched" and rows[0]["id_individu"] == "P00001"
    assert rows[0]["registry_nik"] == nik(17, 5, 80, 1) and rows[0]["desil"] == "1"
    assert rows[0]["reasons"].startswith("NIK sama")
    assert rows[1]["status"] == "not_found" and rows[1]["id_individu"] == ""


def test_match_file_xlsx_output_and_names_only_list(snapshot, tmp_path):
    src = _list_file(tmp_path, [["Suharto"], ["Siti Aminah"]], headers=("Nama",))
    out = tmp_path / "hasil.xlsx"
    call_command("match_file", str(src), snapshot="uji", out=str(out), stdout=StringIO(), stderr=StringIO())
    ws = load_workbook(out).active
    values = list(ws.values)
    assert values[0][:3] == ("Nama", "status", "match_probability")
    assert [v[0] for v in values[1:]] == ["Suharto", "Siti Aminah"]
    # A name alone never links automatically.
    assert {v[1] for v in values[1:]} <= {"possible", "not_found"}


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("no,nik\n1,3513011705800001\n", "Kolom nama tidak ditemukan"),
        ("", "kosong"),
        ("no,nama\n", "tanpa baris data"),
    ],
)
def test_match_file_refuses_unusable_lists_with_one_line(snapshot, tmp_path, content, message):
    src = tmp_path / "daftar.csv"
    src.write_text(content, encoding="utf-8")
    with pytest.raises(CommandError, match=message):
        call_command("match_file", str(src), snapshot="uji", out=str(tmp_path / "o.csv"), stdout=StringIO())
    assert not (tmp_path / "o.csv").exists()


def test_match_file_needs_a_published_snapshot(tmp_path):
    src = _list_file(tmp_path, [["1", "Budi"]], headers=("no", "nama"))
    with pytest.raises(CommandError, match='Snapshot "tidak-ada" tidak ada'):
        call_command("match_file", str(src), snapshot="tidak-ada", out=str(tmp_path / "o.csv"))


def test_a_wife_listed_under_her_husbands_name_is_her_not_him(snapshot):
    # "Ny. Budi Santoso": Mrs Budi Santoso. Her family card and her husband's name find her.
    outcome = match_records(snapshot, [_row("Ny. Budi Santoso", kode=DESA, no_kk=KK_A)])
    decision = outcome.decisions[0]
    assert (decision.status, decision.person.id_individu) == (MATCHED, "P00002")
    assert "nama suami (Budi Santoso) — ditulis sebagai Ny./Bu/Istri" in decision.reasons
    # Without the household nothing ties her to him: a woman named Budi Santoso is not him either.
    outcome = match_records(snapshot, [_row("Ny. Budi Santoso", kode=DESA)])
    assert outcome.decisions[0].status != MATCHED


def test_a_husbands_name_on_a_womans_row_is_her_only_with_her_own_nik(snapshot):
    siti, budi = nik(10, 2, 83, 1, woman=True), nik(17, 5, 80, 1)
    rows = [
        # Her NIK, marked P, her husband's name (no Ny./Bu): her.
        _row("Budi Santoso", siti, jk="P", no_kk=KK_A, kode=DESA),
        # His own NIK with the sex mistyped: him, not his wife.
        _row("Budi Santoso", budi, jk="P", no_kk=KK_A, kode=DESA),
    ]
    first, second = match_records(snapshot, rows[:1]).decisions[0], match_records(snapshot, rows[1:]).decisions[0]
    assert (first.status, first.person.id_individu) == (MATCHED, "P00002")
    assert "nama suami (Budi Santoso) — NIK dan jenis kelamin miliknya" in first.reasons
    assert (second.status, second.person.id_individu) == (MATCHED, "P00001")


def test_a_family_members_nik_without_a_birth_date(snapshot):
    # Siti's name on her husband's NIK: she is the likelier one, but the NIK is exactly his, so he is
    # close behind and a person decides.
    decision = match_records(snapshot, [_row("Siti Aminah", nik(17, 5, 80, 1), kode=DESA)]).decisions[0]
    assert (decision.status, decision.person.id_individu) == (POSSIBLE, "P00002")
    assert decision.reasons[-1] == "ada kandidat lain yang hampir sama (Budi Santoso)"
    # The family card in the NIK column is nobody's NIK: the name picks the member.
    decision = match_records(snapshot, [_row("Siti Aminah", KK_A, kode=DESA)]).decisions[0]
    assert (decision.status, decision.person.id_individu) == (MATCHED, "P00002")


def test_name_village_and_birth_year_match_a_row_without_nik_or_kk(snapshot):
    # Two women named Siti Aminah live in the desa; the birth year tells them apart.
    decision = match_records(snapshot, [_row("Siti Aminah", tgl="1983", kode=DESA)]).decisions[0]
    assert (decision.status, decision.person.id_individu) == (MATCHED, "P00002")
    assert decision.reasons[-1] == "tanpa NIK/KK: nama, wilayah dan tahun lahir cocok"
    decision = match_records(snapshot, [_row("Siti Aminah", tgl="1990", kode=DESA)]).decisions[0]
    assert (decision.status, decision.person.id_individu) == (MATCHED, "P00004")


def test_a_scope_with_nobody_in_the_snapshot_finds_nobody(snapshot):
    # The registry candidates are limited to the user's region: from Kalimantan Timur, nobody here.
    outcome = match_records(snapshot, [_row("Budi Santoso", nik(17, 5, 80, 1))], scope=("starts_with(desa, '64.')", {}))
    assert outcome.decisions[0].status == NOT_FOUND


def test_the_engine_is_a_parameter_and_an_unavailable_one_is_refused(snapshot, tmp_path):
    src = _list_file(tmp_path, [["1", "Budi Santoso"]], headers=("no", "nama"))
    call_command("match_file", str(src), snapshot="uji", out=str(tmp_path / "a.csv"), engine="duckdb",
                 stdout=StringIO(), stderr=StringIO())  # fmt: skip
    with pytest.raises(CommandError, match="Mesin pemadanan 'spark' belum tersedia"):
        call_command("match_file", str(src), snapshot="uji", out=str(tmp_path / "b.csv"), engine="spark")
    assert not (tmp_path / "b.csv").exists()


def test_what_excel_and_typists_do_to_nik_and_dates_is_read_through(snapshot):
    budi, suharto, siti = nik(17, 5, 80, 1), nik(8, 6, 50, 1), nik(10, 2, 83, 1, woman=True)
    rows = [
        # A NIK kept as a number by Excel comes back with its last digit 0.
        _row("Budi Santoso", budi[:15] + "0", tgl="17-05-1980", kode=DESA),
        # One digit dropped, and the date written with the place of birth.
        _row("Suharto", suharto[:8] + suharto[9:], tgl="Surabaya, 08-06-1950"),
        # The NIK typed in the No. KK column, only the birth year.
        _row("Rizky Santoso", no_kk=nik(1, 7, 5, 1), tgl="2005", kode=DESA),
        # A woman's birth date copied from her NIK (day + 40), and a two-digit year.
        _row("Siti Aminah", siti, tgl="50-02-83", kode=DESA),
    ]
    outcome = match_records(snapshot, rows)
    got = [(d.status, d.person.id_individu if d.person else None) for d in outcome.decisions]
    assert got == [(MATCHED, "P00001"), (MATCHED, "P00005"), (MATCHED, "P00003"), (MATCHED, "P00002")]
    assert any("Excel" in r for r in outcome.decisions[0].reasons)
    assert "NIK kurang/lebih 1 digit" in outcome.decisions[1].reasons
    assert "tgl lahir sama" in outcome.decisions[1].reasons
    assert "NIK tertulis di kolom No. KK" in outcome.decisions[2].reasons
    assert "tgl lahir sama" in outcome.decisions[3].reasons


def test_a_nik_excel_showed_as_3_5e15_still_names_the_kecamatan(snapshot):
    # Siti's NIK 3513015002830001 rounds to 3.51302E+15 (day + 40 = 50 rounds up); only the kabupaten
    # is on the row. The reason tells the reviewer what Excel did.
    def decide(shown: str):
        return match_records(snapshot, [_row("Siti Aminah", shown, tgl="10-02-1983", kode="35.13")]).decisions[0]

    decision = decide("3,51302E+15")
    assert (decision.status, decision.person.id_individu) == (MATCHED, "P00002")
    assert "NIK jadi angka Excel (3,5E+15): awalnya cocok (kecamatan)" in decision.reasons
    # Another kecamatan's NIK is not counted for or against her.
    assert not any("Excel" in r for r in decide("3,52302E+15").reasons)


def test_initials_and_lost_spaces_still_find_the_person(snapshot):
    rows = [
        _row("S. Aminah", jk="P", tgl="1990-03-03", kode=DESA),
        _row("Rizkysantoso", tgl="01-07-2005", kode=DESA),
    ]
    outcome = match_records(snapshot, rows)
    assert [(d.status, d.person.id_individu) for d in outcome.decisions] == [(MATCHED, "P00004"), (MATCHED, "P00003")]
    assert "nama disingkat (inisial)" in outcome.decisions[0].reasons
    assert "spasi nama berbeda" in outcome.decisions[1].reasons


def test_a_row_whose_own_nik_says_it_is_someone_else_is_not_sent_to_review(snapshot):
    rows = [
        # Her NIK (born 25-12-1970) is nobody's here, and neither Siti Aminah of this desa was born then
        # (the rule itself: test_decide.py).
        _row("Siti Aminah", nik(25, 12, 70, 7, woman=True), kode=DESA),
        # The next serial after Suharto's — same birth date and kecamatan — and another name.
        _row("Rina Wulandari", nik(8, 6, 50, 2, woman=False), tgl="1950-06-08", kode=DESA),
    ]
    outcome = match_records(snapshot, rows)
    assert [d.status for d in outcome.decisions] == [NOT_FOUND, NOT_FOUND]
    assert outcome.decisions[1].reasons[0].startswith("NIK hanya beda nomor urut dan nama berbeda")


def test_a_nik_with_mistyped_birth_year_digits_is_found_without_a_birth_date(snapshot):
    # Year digits swapped (80 → 08), a typo in the surname's consonant, only the kecamatan code: no
    # name or region key is shared, the NIK's kecamatan, day, month and serial still are.
    swapped = nik(17, 5, 80, 1)[:10] + "08" + nik(17, 5, 80, 1)[12:]
    decision = match_records(snapshot, [_row("Budi Sandoso", swapped, kode=DESA[:8])]).decisions[0]
    assert decision.status != NOT_FOUND and decision.person.id_individu == "P00001"
    assert "dua digit NIK tertukar" in decision.reasons
