"""Member lists from Excel, through the pages a facilitator uses: real XLSX files written and read back."""

import datetime as dt
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import Workbook, load_workbook

from apps.audit.models import AuditEvent
from apps.programs.models import Member, MemberImport
from tests.factories import make_member, nik_for

pytestmark = pytest.mark.django_db
HEADERS = [
    "NIK",
    "No. KK",
    "Nama",
    "Jenis Kelamin (L/P)",
    "Tanggal Lahir (DD-MM-YYYY)",
    "Alamat",
    "Kode Desa/Kelurahan",
    "Peran (ketua/sekretaris/bendahara/anggota)",
    "No. HP",
]


def xlsx(rows, headers=HEADERS, title_rows=()):
    wb = Workbook()
    ws = wb.active
    for t in title_rows:
        ws.append(t)
    ws.append(headers)
    for r in rows:
        ws.append(r)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def person(group, serial, sex="L", birth=dt.date(1980, 1, 2), name=None, role="anggota", **kw):
    nik = nik_for(group.desa_id, birth, sex, serial)
    row = [
        nik,
        "3513010101200001",
        name or f"Warga {serial}",
        sex,
        birth.strftime("%d-%m-%Y"),
        "Dusun Krajan",
        "3513012001",
        role,
        "",
    ]
    for k, v in kw.items():
        row[HEADERS.index(k)] = v
    return row


@pytest.fixture
def client_in(client, planner):
    client.force_login(planner)
    return client


def upload(client, group, content, name="anggota.xlsx"):
    url = reverse("programs:member_import", args=[group.pk])
    return client.post(url, {"file": SimpleUploadedFile(name, content)})


def test_template_downloads_with_text_columns_for_nik(client_in, group):
    response = client_in.get(reverse("programs:member_template", args=[group.pk]))
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    ws = load_workbook(io.BytesIO(response.content)).active
    assert [c.value for c in ws[1]] == HEADERS
    assert ws["A2"].number_format == "@"  # NIK typed as text keeps all 16 digits
    assert ws["G2"].value == group.desa_id


def test_a_valid_file_is_checked_then_saved_only_on_commit(client_in, group):
    rows = [person(group, 1, role="ketua"), person(group, 2, sex="P", role="bendahara"), person(group, 3)]
    response = upload(client_in, group, xlsx(rows))
    imp = MemberImport.objects.get()
    assert response.status_code == 302 and response["Location"].endswith(f"/impor/{imp.pk}/")
    assert (imp.rows_read, imp.rows_valid, imp.rows_rejected) == (3, 3, 0)
    assert not Member.objects.exists()  # nothing saved yet
    page = client_in.get(response["Location"]).content.decode()
    assert "3 baris dibaca" in page
    client_in.post(response["Location"], {"action": "commit_all"})
    assert Member.objects.filter(group=group, is_active=True).count() == 3
    assert Member.objects.get(role="ketua").name == "Warga 1"
    assert AuditEvent.objects.filter(action="import", target_id=str(group.pk)).exists()
    assert AuditEvent.objects.filter(action="create", target_type="programs.member").count() == 3


def test_every_row_problem_is_reported_and_nothing_is_saved(client_in, group):
    rows = [
        person(group, 1),
        person(group, 2, NIK="35130112345"),  # too short
        person(group, 3, **{"Jenis Kelamin (L/P)": "X"}),  # unknown sex
        person(group, 4, **{"Tanggal Lahir (DD-MM-YYYY)": "31-02-1980"}),  # impossible date
        person(group, 1, name="Duplikat"),  # same NIK as row 2 of data
        person(group, 6, **{"Kode Desa/Kelurahan": "3513019999"}),  # unknown desa
        person(group, 7, **{"Peran (ketua/sekretaris/bendahara/anggota)": "bos"}),
    ]
    upload(client_in, group, xlsx(rows))
    imp = MemberImport.objects.get()
    assert imp.rows_read == imp.rows_valid + imp.rows_rejected == 7
    assert imp.rows_valid == 1
    reasons = {r["row"]: " ".join(r["errors"]) for r in imp.rows}
    assert "16 digit" in reasons[3]
    assert 'Jenis kelamin "X" tidak dikenal' in reasons[4]
    assert 'Tanggal lahir "31-02-1980" tidak terbaca' in reasons[5]
    assert "lebih dari sekali dalam berkas" in reasons[6]
    assert "3513019999" in reasons[7]
    assert 'Peran "bos" tidak dikenal' in reasons[8]
    url = reverse("programs:member_import_review", args=[group.pk, imp.pk])
    response = client_in.post(url, {"action": "commit_all"}, follow=True)
    assert "6 baris masih bermasalah" in response.content.decode()
    assert not Member.objects.exists()


def test_dates_as_lists_write_them_are_read(client_in, group):
    rows = [
        person(group, 1, birth=dt.date(1978, 12, 20), **{"Tanggal Lahir (DD-MM-YYYY)": "Nganjuk, 20-12-1978"}),
        person(group, 2, birth=dt.date(1978, 1, 1), **{"Tanggal Lahir (DD-MM-YYYY)": 28491}),  # Excel day count
        person(group, 3, **{"Tanggal Lahir (DD-MM-YYYY)": "Nganjuk"}),  # a place is no date
        person(group, 4, **{"Tanggal Lahir (DD-MM-YYYY)": "1978"}),  # a year is no date either
        person(group, 5, birth=dt.date(1945, 8, 17), **{"Tanggal Lahir (DD-MM-YYYY)": "17 Agustus 1945"}),
        # Excel's "dd-mmm-yy" display of a date cell, copied as text.
        person(group, 6, birth=dt.date(1968, 11, 16), **{"Tanggal Lahir (DD-MM-YYYY)": "16-Nov-68"}),
        person(group, 7, birth=dt.date(1978, 10, 11), **{"Tanggal Lahir (DD-MM-YYYY)": "11101978"}),  # no separators
    ]
    upload(client_in, group, xlsx(rows))
    imp = MemberImport.objects.get()
    assert (imp.rows_valid, imp.rows_rejected) == (5, 2)
    valid = {r["row"]: r["values"]["birth_date"] for r in imp.rows if not r["errors"]}
    assert valid == {2: "1978-12-20", 3: "1978-01-01", 6: "1945-08-17", 7: "1968-11-16", 8: "1978-10-11"}
    reasons = {r["row"]: " ".join(r["errors"]) for r in imp.rows if r["errors"]}
    assert 'Tanggal lahir "Nganjuk" tidak terbaca' in reasons[4]
    assert 'Tanggal lahir "1978" tidak terbaca' in reasons[5]


def test_valid_rows_can_be_committed_and_rejects_downloaded(client_in, group):
    upload(client_in, group, xlsx([person(group, 1), person(group, 2, NIK="123")]))
    imp = MemberImport.objects.get()
    client_in.post(reverse("programs:member_import_review", args=[group.pk, imp.pk]), {"action": "commit_valid"})
    assert Member.objects.count() == 1
    response = client_in.get(reverse("programs:member_import_rejected", args=[group.pk, imp.pk]))
    ws = load_workbook(io.BytesIO(response.content)).active
    rows = list(ws.values)
    assert rows[0][0] == "Baris" and rows[0][-1] == "Alasan penolakan"
    assert len(rows) == 2
    assert rows[1][0] == 3 and rows[1][1] == "123" and "16 digit" in rows[1][-1]


def test_nik_stored_as_an_excel_number_is_refused(client_in, group):
    row = person(group, 1)
    row[0] = int(row[0])  # Excel keeps only 15 significant digits of numbers
    upload(client_in, group, xlsx([row]))
    assert "tersimpan sebagai angka" in MemberImport.objects.get().rows[0]["errors"][0]


def test_group_capacity_counts_existing_members_and_earlier_rows(client_in, group):
    for i in range(3):
        make_member(group, serial=500 + i)
    upload(client_in, group, xlsx([person(group, 1), person(group, 2), person(group, 3)]))
    imp = MemberImport.objects.get()
    assert [bool(r["errors"]) for r in imp.rows] == [False, False, True]
    assert "maksimal 5 anggota" in imp.rows[2]["errors"][0]


def test_header_row_is_found_below_a_title_block(client_in, group):
    title = [["DAFTAR ANGGOTA KELOMPOK"], ["Kabupaten Probolinggo"], []]
    headers = ["No", "Nama Lengkap", "NIK", "Jenis Kelamin", "Tgl Lahir"]
    r = person(group, 1)
    upload(client_in, group, xlsx([[1, r[2], r[0], "L", "02-01-1980"]], headers=headers, title_rows=title))
    imp = MemberImport.objects.get()
    assert (imp.rows_read, imp.rows_valid, imp.rows[0]["row"]) == (1, 1, 5)


def test_nik_warnings_must_be_confirmed_before_commit(client_in, group):
    row = person(group, 1, sex="P", **{"Jenis Kelamin (L/P)": "L"})
    upload(client_in, group, xlsx([row]))
    imp = MemberImport.objects.get()
    assert imp.rows_valid == 1 and "perempuan" in imp.rows[0]["warnings"][0]
    url = reverse("programs:member_import_review", args=[group.pk, imp.pk])
    client_in.post(url, {"action": "commit_all"})
    assert not Member.objects.exists()
    client_in.post(url, {"action": "commit_all", "confirm_warnings": "1"})
    assert Member.objects.get().confirmed_warnings == ["nik_sex"]


@pytest.mark.parametrize(
    ("content", "name", "message"),
    [
        (b"", "kosong.xlsx", "Berkas kosong"),
        (b"NIK,Nama\n3513011705850002,Budi\n", "daftar.xlsx", "tidak dapat dibaca sebagai Excel"),
        (b"\x00\x01\x02binary", "x.xlsx", "tidak dapat dibaca sebagai Excel"),
        (None, "judul.xlsx", "Berkas tidak berisi baris data"),
        ("noheader", "lain.xlsx", "Judul kolom NIK dan Nama tidak ditemukan"),
        (b"a,b", "daftar.csv", "harus berformat Excel .xlsx"),
    ],
)
def test_bad_files_get_a_clear_message_and_save_nothing(client_in, group, content, name, message):
    if content is None:
        content = xlsx([])
    elif content == "noheader":
        content = xlsx([["a", "b"]], headers=["Kolom A", "Kolom B"])
    response = upload(client_in, group, content, name=name)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Member.objects.exists()


def test_members_export_reads_back_with_full_niks(client_in, group):
    m = make_member(group, serial=77, name="Sulastri")
    response = client_in.get(reverse("programs:members_export", args=[group.pk]))
    ws = load_workbook(io.BytesIO(response.content)).active
    rows = list(ws.values)
    assert rows[1][0] == m.nik and rows[1][2] == "Sulastri" and rows[1][-2] == "Aktif"


def test_partners_export_without_personal_identifiers(client, make_user, group):
    make_member(group, serial=78)
    client.force_login(make_user("pemantau", ["35.13"]))
    # pemantau sees personal data; a Mitra never does
    mitra = make_user("mitra", ["35.13"])
    client.force_login(mitra)
    response = client.get(reverse("programs:members_export", args=[group.pk]))
    assert response.status_code == 403
