"""Pemadanan pages: upload → background match → annotated Excel; review with stored, audited and
reused decisions; "Padankan" on a group and its members' eligibility; people in two groups; scope."""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import load_workbook

from apps.audit.models import AuditEvent
from apps.linkage.models import JobStatus, MatchDecision, MatchJob, MatchRow, RowStatus
from apps.linkage.tests.conftest import DESA, import_registry
from apps.registry.tests.helpers import nik, person
from tests.factories import make_group, make_member, make_user, program_kube

pytestmark = pytest.mark.django_db

BUDI = nik(17, 5, 80, 1)


@pytest.fixture(autouse=True)
def _tasks_run_at_once(immediate_tasks):
    """A match runs inside enqueue(): the request that starts it returns with the job done."""


def text(response) -> str:
    return re.sub(r"\s+", " ", response.content.decode())


def upload(client, snapshot, content: str, filename: str = "daftar.csv"):
    return client.post(
        reverse("linkage:job_list"),
        {"snapshot": snapshot.pk, "file": SimpleUploadedFile(filename, content.encode("utf-8"))},
    )


LIST = (
    "no,nama,nik,tanggal_lahir,kode_wilayah\n"
    f"1,BUDI SANTOSO,{BUDI},17-05-1980,3513012001\n"
    f"2,Budi Santoso,{BUDI},1980-05-17,{DESA}\n"
    "3,Orang Asing,,,\n"
)


def test_upload_matches_in_the_background_and_returns_the_annotated_excel(admin_client, snapshot):
    response = upload(admin_client, snapshot, LIST)
    job = MatchJob.objects.get()
    assert response["Location"] == reverse("linkage:job_detail", args=[job.pk])
    assert job.status == JobStatus.DONE and (job.rows, job.matched, job.possible, job.not_found) == (3, 0, 2, 1)
    page = text(admin_client.get(response["Location"]))
    assert "Perlu diperiksa" in page and "duplikat dalam daftar" in page

    download = admin_client.get(reverse("linkage:job_download", args=[job.pk, "xlsx"]))
    assert download["Content-Disposition"].endswith('daftar-hasil-padan.xlsx"')
    values = list(load_workbook(io.BytesIO(b"".join(download.streaming_content))).active.values)
    assert values[0][:5] == ("no", "nama", "nik", "tanggal_lahir", "kode_wilayah")
    assert values[0][5:] == (
        "status", "match_probability", "id_individu", "registry_nik", "registry_no_kk", "registry_nama", "desil",
        "reasons",
    )  # fmt: skip
    assert [(v[0], v[5], v[7]) for v in values[1:]] == [
        ("1", "possible", "P00001"), ("2", "possible", "P00001"), ("3", "not_found", None),
    ]  # fmt: skip


def test_a_wrong_file_is_refused_on_the_form_in_indonesian(admin_client, snapshot):
    response = upload(admin_client, snapshot, "no,nik\n1,123\n")
    assert response.status_code == 200
    assert "Kolom nama tidak ditemukan" in text(response)
    assert not MatchJob.objects.exists()


def test_review_decisions_are_stored_audited_and_reused(admin_client, snapshot, admin_jatim):
    upload(admin_client, snapshot, LIST)
    job = MatchJob.objects.get()
    first, second = MatchRow.objects.filter(job=job, status=RowStatus.POSSIBLE).order_by("position")
    review = text(admin_client.get(reverse("linkage:job_review", args=[job.pk])))
    assert "Ini orangnya" in review and "Budi Santoso" in review
    assert "lahir 1980-05-17" in review and DESA in review  # what the reviewer compares besides the name

    admin_client.post(reverse("linkage:row_decide", args=[first.pk]), {"id_individu": "P00001"})
    admin_client.post(reverse("linkage:row_decide", args=[second.pk]), {"id_individu": ""})
    first.refresh_from_db()
    second.refresh_from_db()
    job.refresh_from_db()
    assert (first.status, first.id_individu, first.registry_nama) == (RowStatus.MATCHED, "P00001", "Budi Santoso")
    assert (second.status, second.id_individu) == (RowStatus.NOT_FOUND, "")
    assert (job.matched, job.possible, job.not_found) == (1, 0, 2)
    assert MatchDecision.objects.count() == 2
    event = AuditEvent.objects.get(target_type="linkage.matchrow", target_id=str(first.pk))
    assert event.actor == admin_jatim and event.region_code == job.region_id
    assert event.changes["status"] == ["Perlu diperiksa", "Cocok"]

    # The same list again (rows in another order): the decisions apply without review.
    lines = LIST.strip().split("\n")
    upload(admin_client, snapshot, "\n".join([lines[0], lines[3], lines[2], lines[1]]) + "\n")
    again = MatchJob.objects.exclude(pk=job.pk).get()
    by_key = {r.key: r for r in again.result_rows.all()}
    assert by_key["1"].status == RowStatus.MATCHED and by_key["1"].id_individu == "P00001"
    assert by_key["1"].reasons[0].startswith("diputuskan pemeriksa")
    assert by_key["2"].status == RowStatus.NOT_FOUND


def test_a_decision_must_be_one_of_the_candidates(admin_client, snapshot):
    upload(admin_client, snapshot, LIST)
    row = MatchRow.objects.filter(status=RowStatus.POSSIBLE).first()
    response = admin_client.post(reverse("linkage:row_decide", args=[row.pk]), {"id_individu": "P00004"}, follow=True)
    assert "Pilih salah satu kandidat" in text(response)
    row.refresh_from_db()
    assert row.status == RowStatus.POSSIBLE and not MatchDecision.objects.exists()


def test_who_may_see_run_and_review(client, admin_client, snapshot):
    upload(admin_client, snapshot, LIST)
    job = MatchJob.objects.get()
    row = job.result_rows.filter(status=RowStatus.POSSIBLE).first()
    # Another kabupaten: the job does not exist for them.
    ngawi = make_user("perencana", ["35.21"])
    client.force_login(ngawi)
    assert client.get(reverse("linkage:job_detail", args=[job.pk])).status_code == 404
    assert client.post(reverse("linkage:row_decide", args=[row.pk]), {"id_individu": "P00001"}).status_code == 404
    # A facilitator may match lists but not decide who a person is.
    fasil = make_user("fasilitator", ["35.13"])
    client.force_login(fasil)
    assert client.get(reverse("linkage:job_list")).status_code == 200
    assert client.get(reverse("linkage:job_review", args=[job.pk])).status_code == 404  # not their job
    own = upload(client, snapshot, LIST)
    own_job = MatchJob.objects.get(pk=int(own["Location"].rstrip("/").split("/")[-1]))
    assert client.get(reverse("linkage:job_review", args=[own_job.pk])).status_code == 403
    # A monitor reads but does not match.
    client.force_login(make_user("pemantau", ["35"]))
    assert client.get(reverse("linkage:job_list")).status_code == 403


def test_padankan_on_a_group_and_the_members_eligibility(admin_client, tmp_path):
    program = program_kube(registry_sources=["dtks"], max_desil=2)
    group = make_group(program, year=2025)
    poor = make_member(group, name="Sumarni", sex="P", birth=dt.date(1975, 3, 4), serial=11)
    richer = make_member(group, name="Paimin", birth=dt.date(1969, 8, 9), serial=12)
    absent = make_member(group, name="Tukinem", sex="P", birth=dt.date(1971, 1, 2), serial=13)
    rows = [
        person(1, nama="Sumarni", nik=poor.nik, jenis_kelamin="P", tanggal_lahir="1975-03-04", desil="1"),
        person(2, nama="PAIMIN", nik=richer.nik, tanggal_lahir="1969-08-09", desil="5", no_kk="3513010101200009"),
        *[person(10 + i, nama=f"Warga Lain {i}", nik=nik(1 + i, 2, 60, 100 + i), desil="3") for i in range(20)],
    ]
    snapshot = import_registry(tmp_path, rows, name="dtks-uji", source="dtks")
    detail = text(admin_client.get(reverse("programs:group_detail", args=[group.pk])))
    assert "Padankan" in detail and "dtks-uji" in detail

    response = admin_client.post(reverse("linkage:group_match", args=[group.pk]), {"snapshot": snapshot.pk})
    job = MatchJob.objects.get(group=group)
    assert response["Location"] == reverse("linkage:job_detail", args=[job.pk])
    assert (job.rows, job.matched, job.not_found) == (3, 2, 1)

    page = admin_client.get(reverse("linkage:group_match", args=[group.pk]))
    rows = {r.member.name: r for r in page.context["rows"]}
    assert rows["Sumarni"].eligible is True and rows["Sumarni"].row.desil == 1
    assert rows["Paimin"].eligible is False and "desil 5 di atas batas program (2)" in rows["Paimin"].reasons
    assert rows["Tukinem"].eligible is False and rows["Tukinem"].reasons == ["tidak ditemukan di registri"]
    assert absent.pk == rows["Tukinem"].member.pk
    assert "1 layak" in text(page) and "2 tidak layak" in text(page)


def test_members_changed_after_a_match_ask_for_a_new_one(admin_client, tmp_path):
    program = program_kube(registry_sources=["dtks"], max_desil=2)
    group = make_group(program, year=2025)
    sumarni = make_member(group, name="Sumarni", sex="P", birth=dt.date(1975, 3, 4), serial=11)
    rows = [person(1, nama="Sumarni", nik=sumarni.nik, jenis_kelamin="P", tanggal_lahir="1975-03-04", desil="1")]
    rows += [person(10 + i, nama=f"Warga Lain {i}", nik=nik(1 + i, 2, 60, 100 + i)) for i in range(10)]
    snapshot = import_registry(tmp_path, rows, name="dtks-uji", source="dtks")
    admin_client.post(reverse("linkage:group_match", args=[group.pk]), {"snapshot": snapshot.pk})
    job = MatchJob.objects.get(group=group)
    detail = reverse("linkage:job_detail", args=[job.pk])
    eligibility = reverse("linkage:group_match", args=[group.pk])
    assert "sejak pemadanan ini" not in text(admin_client.get(detail))
    assert "padankan ulang" not in text(admin_client.get(eligibility))

    make_member(group, name="Tukinem", sex="P", birth=dt.date(1971, 1, 2), serial=13)
    assert "1 anggota ditambah, diubah atau dikeluarkan sejak pemadanan ini" in text(admin_client.get(detail))
    assert "1 anggota berubah sejak itu — padankan ulang" in text(admin_client.get(eligibility))


def test_matches_without_nik_or_kk_can_be_listed_for_a_check(admin_client, snapshot):
    content = (
        f"no,nama,nik,tanggal_lahir,kode_wilayah\n1,Budi Santoso,{BUDI},17-05-1980,{DESA}\n2,Siti Aminah,,1983,{DESA}\n"
    )
    upload(admin_client, snapshot, content)
    url = reverse("linkage:job_detail", args=[MatchJob.objects.get().pk])
    assert [r.key for r in admin_client.get(url + "?status=matched").context["page"].object_list] == ["1", "2"]
    page = admin_client.get(url + "?status=matched_without_id")
    assert [r.key for r in page.context["page"].object_list] == ["2"]
    assert "tanpa NIK/KK: nama, wilayah dan tahun lahir cocok" in text(page)
    assert "Cocok tanpa NIK/KK" in text(admin_client.get(url))
    # A reviewer confirms them one by one; a confirmed row leaves that list (and is audited).
    assert "Pastikan 1 baris ini" in text(page)
    review = admin_client.get(
        reverse("linkage:job_review", args=[MatchJob.objects.get().pk]) + "?status=matched_without_id"
    )
    assert [r.key for r in review.context["rows"]] == ["2"] and "Periksa kecocokan tanpa NIK/KK" in text(review)
    row = review.context["rows"][0]
    response = admin_client.post(
        reverse("linkage:row_decide", args=[row.pk]), {"id_individu": "P00002", "status": "matched_without_id"}
    )
    assert response["Location"].endswith("?status=matched_without_id")
    row.refresh_from_db()
    assert row.decided_by is not None and row.status == RowStatus.MATCHED and row.id_individu == "P00002"
    assert not admin_client.get(url + "?status=matched_without_id").context["page"].object_list
    assert AuditEvent.objects.filter(target_type="linkage.matchrow", target_id=str(row.pk)).exists()
    # A job without such rows does not offer the filter.
    upload(admin_client, snapshot, f"no,nama,nik,kode_wilayah\n1,Budi Santoso,{BUDI},{DESA}\n")
    other = MatchJob.objects.latest("pk")
    assert "Cocok tanpa NIK/KK" not in text(admin_client.get(reverse("linkage:job_detail", args=[other.pk])))


def test_a_long_result_is_paged_and_searchable(client, admin_client, snapshot):
    names = "".join(f"{i},Orang Nomor {i},{nik(1, 1, 90, 500 + i)},,\n" for i in range(1, 121))
    upload(admin_client, snapshot, "no,nama,nik,tanggal_lahir,kode_wilayah\n" + names)
    url = reverse("linkage:job_detail", args=[MatchJob.objects.get().pk])
    first = admin_client.get(url)
    assert len(first.context["page"].object_list) == 100
    assert "Halaman 1 dari 2 · 120 baris" in text(first)
    assert [r.key for r in admin_client.get(url + "?page=2").context["page"].object_list] == [
        str(i) for i in range(101, 121)
    ]
    found = admin_client.get(url + "?q=orang+nomor+7")
    assert sorted(int(r.key) for r in found.context["page"].object_list) == [7, *range(70, 80)]
    assert len(admin_client.get(url + f"?q={nik(1, 1, 90, 512)}").context["page"].object_list) == 1
    assert "Tidak ada baris yang cocok" in text(admin_client.get(url + "?status=matched&q=orang"))
    # Without the right to see NIKs, a NIK finds nothing.
    client.force_login(make_user("mitra", ["35"]))
    response = client.get(url + f"?q={nik(1, 1, 90, 512)}")
    assert response.status_code == 200 and not response.context["page"].object_list


def test_a_snapshot_from_a_source_the_program_does_not_accept_makes_nobody_eligible(admin_client, tmp_path):
    program = program_kube(registry_sources=["dtks"], max_desil=2)
    group = make_group(program)
    member = make_member(group, name="Sumarni", sex="P", birth=dt.date(1975, 3, 4), serial=11)
    rows = [person(1, nama="Sumarni", nik=member.nik, jenis_kelamin="P", tanggal_lahir="1975-03-04", desil="1")]
    rows += [person(10 + i, nama=f"Warga {i}", nik=nik(1 + i, 2, 60, 100 + i)) for i in range(10)]
    snapshot = import_registry(tmp_path, rows, name="p3ke-uji", source="p3ke")
    admin_client.post(reverse("linkage:group_match", args=[group.pk]), {"snapshot": snapshot.pk})
    (row,) = admin_client.get(reverse("linkage:group_match", args=[group.pk])).context["rows"]
    assert row.eligible is False and "tidak diterima program ini" in row.reasons[0]


def test_people_in_two_groups_of_one_year_are_listed_by_nik_or_registry_person(admin_client):
    a = make_group(program_kube(), year=2025, name="Kelompok A")
    b = make_group(program_kube(), year=2025, name="Kelompok B")
    c = make_group(program_kube(), year=2024, name="Kelompok C")
    twice = make_member(a, name="Sutini", serial=21)
    make_member(b, name="Sutini", serial=21)  # same NIK, another program
    make_member(c, name="Sutini", serial=21)  # another year
    make_member(a, name="Sendiri", serial=22)
    page = admin_client.get(reverse("linkage:duplicates") + "?tahun=2025")
    (found,) = page.context["people"]
    assert found.key == f"nik:{twice.nik}"
    assert sorted(m.group.name for m in found.memberships) == ["Kelompok A", "Kelompok B"]
    assert "Tidak ada orang" in text(admin_client.get(reverse("linkage:duplicates") + "?tahun=2023"))


def test_dtsen_counts_for_a_program_written_for_dtks():
    from apps.linkage.selectors import source_accepted

    program = program_kube(registry_sources=["dtks"])
    assert source_accepted(program, "dtks") and source_accepted(program, "dtsen")
    assert not source_accepted(program, "p3ke")
    assert source_accepted(program_kube(registry_sources=[]), "p3ke")


def test_a_running_job_polls_its_status_and_stops_when_done(admin_client, snapshot, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}  # queued, not run
    response = upload(admin_client, snapshot, LIST)
    job = MatchJob.objects.get()
    assert job.status == JobStatus.QUEUED
    page = text(admin_client.get(response["Location"]))
    assert "Sedang dipadankan" in page and 'hx-trigger="every 1s"' in page
    partial = admin_client.get(response["Location"] + "?poll=1", HTTP_HX_REQUEST="true")
    assert "<html" not in partial.content.decode() and "Sedang dipadankan" in text(partial)

    from apps.linkage.services import job_run

    job_run(job)
    done = text(admin_client.get(response["Location"] + "?poll=1", HTTP_HX_REQUEST="true"))
    assert "hx-trigger" not in done and "Unduh hasil (Excel)" in done
    assert not (settings.REGISTRY_DIR / "linkage" / "jobs" / str(job.pk)).exists()  # the upload is gone


def test_the_list_template_has_our_columns_as_text_and_reads_back(admin_client, snapshot, tmp_path):
    response = admin_client.get(reverse("linkage:list_template"))
    path = tmp_path / "templat.xlsx"
    path.write_bytes(response.content)
    wb = load_workbook(path)
    ws = wb["Daftar"]
    assert [c.value for c in ws[1]] == ["no", "nama", "nik", "no_kk", "jenis_kelamin", "tanggal_lahir", "alamat",
                                       "kode_wilayah"]  # fmt: skip
    assert ws["C2"].number_format == "@" and "Petunjuk" in wb.sheetnames
    # Filled in as an office would, it goes through the matcher.
    ws.append(["A1", "Budi Santoso", BUDI, "", "L", "17-05-1980", "", "3513012001"])
    wb.save(path)
    with path.open("rb") as f:
        admin_client.post(reverse("linkage:job_list"), {"snapshot": snapshot.pk, "file": f})
    row = MatchJob.objects.get().result_rows.get()
    assert (row.key, row.status, row.id_individu) == ("A1", RowStatus.MATCHED, "P00001")


def test_a_job_and_its_personal_data_can_be_deleted_by_who_ran_it(client, admin_client, snapshot, admin_jatim):
    upload(admin_client, snapshot, LIST)
    job = MatchJob.objects.get()
    row = job.result_rows.filter(status=RowStatus.POSSIBLE).first()
    admin_client.post(reverse("linkage:row_decide", args=[row.pk]), {"id_individu": "P00001"})
    # Another agency user of the same region sees the job but may not delete it.
    other = make_user("opd_mitra", ["35"])
    client.force_login(other)
    assert client.get(reverse("linkage:job_detail", args=[job.pk])).status_code == 200
    client.force_login(other)
    assert client.post(reverse("linkage:job_delete", args=[job.pk])).status_code == 403
    assert MatchJob.objects.filter(pk=job.pk).exists()

    client.force_login(admin_jatim)  # (admin_client is the same test client)
    response = client.post(reverse("linkage:job_delete", args=[job.pk]))
    assert response["Location"] == reverse("linkage:job_list")
    assert not MatchJob.objects.exists() and not MatchRow.objects.exists()
    assert MatchDecision.objects.count() == 1  # the reviewer's decision stays with the snapshot
    event = AuditEvent.objects.get(target_type="linkage.matchjob", action="delete")
    assert event.actor == admin_jatim and "3 baris" in event.note
