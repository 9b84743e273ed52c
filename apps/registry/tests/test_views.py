"""Registry pages: upload → preview → (immediate) background import → summary, the rejected-rows
file, who may do what, and the look-up within the user's region."""

from __future__ import annotations

import csv
import io
import os
import re
import time

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import Workbook

from apps.registry import uploads
from apps.registry.columns import CANONICAL
from apps.registry.forms import UNMAPPED
from apps.registry.models import Snapshot, SnapshotStatus
from apps.registry.selectors import registry_lookup
from apps.registry.services import snapshot_import, snapshot_start
from apps.registry.tests.helpers import nik, person, write_csv

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _tasks_run_at_once(immediate_tasks):
    """The import runs inside enqueue(), so a confirm request returns with the snapshot done."""


def csv_bytes(tmp_path, rows, **kwargs) -> bytes:
    return write_csv(tmp_path / "in.csv", rows, **kwargs).read_bytes()


def good_rows(n: int = 4) -> list[dict]:
    return [person(i, nik=nik(17, 5, 85, i), tanggal_lahir="1985-05-17") for i in range(1, n + 1)]


def post_upload(client, content: bytes, *, filename: str = "dtks-nov.csv", **fields):
    data = {"source": "dtks", "period": "2025-11", "name": "DTKS Jatim Nov 2025", "preset": "canonical", **fields}
    data["file"] = SimpleUploadedFile(filename, content)
    return client.post(reverse("registry:snapshot_upload"), data)


def preview_url(response) -> str:
    assert response.status_code == 302, response.content.decode()[:2000]
    assert "/registri/impor/" in response["Location"]
    return response["Location"]


def mapping(**chosen) -> dict:
    """POST data of the mapping form: every canonical column mapped to the header of its own name
    (a canonical file), with some overridden."""
    data = {f"kolom-{c}": c for c in CANONICAL}
    data.update({f"kolom-{c}": h for c, h in chosen.items()})
    data["action"] = "confirm"
    return data


def text(response) -> str:
    """The page as a reader sees it: tags removed, whitespace collapsed."""
    return " ".join(re.sub(r"<[^>]+>", " ", response.content.decode()).split())


def upload_dirs() -> list:
    root = uploads.uploads_root()
    return sorted(root.iterdir()) if root.exists() else []


# The whole flow ------------------------------------------------------------------------------


def test_upload_preview_confirm_publishes_and_the_summary_adds_up(admin_client, admin_jatim, tmp_path):
    rows = [*good_rows(4), person(5, nama=""), person(6, desil="11")]
    url = preview_url(post_upload(admin_client, csv_bytes(tmp_path, rows)))
    assert not Snapshot.objects.exists(), "nothing is registered before the preview is confirmed"

    page = admin_client.get(url)
    body = page.content.decode()
    assert page.status_code == 200
    assert "UTF-8" in body and "koma" in body and "Warga 1" in body
    assert re.search(r'<option value="nik" selected>nik</option>', body)  # the preset's proposal

    done = admin_client.post(url, mapping())
    snap = Snapshot.objects.get()
    assert done.status_code == 302 and done["Location"] == reverse("registry:snapshot_detail", args=[snap.pk])
    assert snap.status == SnapshotStatus.PUBLISHED and snap.imported_by == admin_jatim
    assert (snap.rows_read, snap.rows_accepted, snap.rows_rejected) == (6, 4, 2)
    assert upload_dirs() == [], "the task deletes the upload once imported"

    summary = text(admin_client.get(done["Location"]))
    assert "6 baris dibaca = 4 diterima + 2 ditolak" in summary
    assert "nama kosong" in summary and "desil bukan bilangan bulat 1–10" in summary
    assert "Probolinggo" in summary and "dtks-nov.csv" in summary and snap.file_sha256 in summary
    assert admin_jatim.display_name in summary and "Terbit" in summary

    download = admin_client.get(reverse("registry:snapshot_rejected", args=[snap.pk]))
    assert download.status_code == 200 and "attachment" in download["Content-Disposition"]
    rejected = list(csv.DictReader(io.StringIO(b"".join(download.streaming_content).decode("utf-8"))))
    assert sorted(r["id_individu"] for r in rejected) == ["P00005", "P00006"]
    assert all(r["alasan"] for r in rejected)


def test_a_file_with_odd_headers_imports_with_a_mapping_chosen_by_hand(admin_client, tmp_path):
    odd = {
        "id_individu": "ID Orang",
        "nama": "Nama Lengkap Warga",
        "nik": "No Induk",
        "no_kk": "Kartu Keluarga",
        "kode_wilayah": "Desa (Kemendagri)",
        "desil": "Peringkat",
    }
    rows = [{odd.get(k, k): v for k, v in person(i, nik=nik(17, 5, 85, i), desil="3").items()} for i in (1, 2)]
    url = preview_url(post_upload(admin_client, csv_bytes(tmp_path, rows, headers=list(odd.values()))))

    body = text(admin_client.get(url))
    assert "Kolom wajib belum ditemukan di berkas: ID individu, Nama, Kode wilayah (desa)" in body

    # Confirming the proposal as it is fails on the required columns, and registers nothing.
    refused = admin_client.post(url, {"action": "confirm"})
    assert refused.status_code == 200 and "Wajib: pilih kolom berkas yang berisi Nama" in text(refused)
    assert not Snapshot.objects.exists()

    done = admin_client.post(url, {**{f"kolom-{c}": h for c, h in odd.items()}, "action": "confirm"})
    snap = Snapshot.objects.get()
    assert done.status_code == 302 and snap.status == SnapshotStatus.PUBLISHED, snap.error
    assert snap.rows_accepted == 2 and snap.column_map["nama"] == "Nama Lengkap Warga"
    assert "Peringkat" not in snap.extra_columns
    households = registry_lookup(user=snap.imported_by, query=nik(17, 5, 85, 1))
    assert households[0].members[0]["desil"] == 3


def test_a_column_set_to_none_is_not_imported_even_when_the_preset_matches_it(admin_client, tmp_path):
    url = preview_url(post_upload(admin_client, csv_bytes(tmp_path, good_rows(2))))
    admin_client.post(url, mapping(desil=""))
    snap = Snapshot.objects.get()
    assert snap.status == SnapshotStatus.PUBLISHED, snap.error
    assert "desil" not in snap.column_map and snap.extra_columns == ["x_desil"]  # kept under a safe name
    assert registry_lookup(user=snap.imported_by, query=nik(17, 5, 85, 1))[0].members[0]["desil"] is None


def test_one_header_cannot_fill_two_columns(admin_client, tmp_path):
    url = preview_url(post_upload(admin_client, csv_bytes(tmp_path, good_rows(2))))
    response = admin_client.post(url, mapping(no_kk="nik"))
    assert "Kolom «nik» sudah dipilih untuk NIK" in text(response)
    assert not Snapshot.objects.exists()


def test_an_xlsx_with_a_title_block_is_previewed_and_imported(admin_client, tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["Data P3KE Kabupaten Probolinggo"])
    ws.append([])
    ws.append(CANONICAL)
    for row in good_rows(3):
        ws.append([row[c] for c in CANONICAL])
    buf = io.BytesIO()
    wb.save(buf)
    url = preview_url(post_upload(admin_client, buf.getvalue(), filename="p3ke.xlsx"))
    body = text(admin_client.get(url))
    assert "Excel (XLSX), judul kolom di baris 3" in body and "Warga 3" in body
    admin_client.post(url, mapping())
    snap = Snapshot.objects.get()
    assert (snap.status, snap.rows_accepted) == (SnapshotStatus.PUBLISHED, 3)


# Refusals ------------------------------------------------------------------------------------


def test_the_upload_form_reports_the_services_rules_in_indonesian(admin_client, tmp_path):
    snapshot_import(
        acting_user=None,
        path=write_csv(tmp_path / "old.csv", good_rows(1)),
        name="DTKS Jatim Nov 2025",
        source="dtks",
        period="2025-11",
    )
    content = csv_bytes(tmp_path, good_rows(1))
    taken = post_upload(admin_client, content)
    assert taken.status_code == 200 and "sudah dipakai; pilih nama lain" in text(taken)
    bad_period = post_upload(admin_client, content, name="Baru", period="11/2025")
    assert "Periode harus berformat YYYY-MM, mis. 2025-11." in text(bad_period)
    xls = post_upload(admin_client, content, name="Baru", filename="lama.xls")
    assert "Berkas harus berformat CSV (.csv) atau Excel (.xlsx)" in text(xls)
    assert upload_dirs() == [] and Snapshot.objects.count() == 1, "refused uploads leave nothing behind"


def test_an_unreadable_file_is_explained_with_a_way_back(admin_client):
    url = preview_url(post_upload(admin_client, b"\x00\x01\x02binary\x00" * 10, filename="rusak.csv"))
    response = admin_client.get(url)
    body = text(response)
    assert "Berkas ini tidak dapat diimpor" in body and "bukan teks/CSV" in body
    assert reverse("registry:snapshot_upload") in response.content.decode()
    assert 'name="action" value="confirm"' not in response.content.decode()
    (directory,) = upload_dirs()
    assert not (directory / "rusak.csv").exists(), "the unusable file is deleted at once"


def test_a_failed_import_shows_its_reason_and_a_way_to_try_again(admin_client, tmp_path):
    rows = [person(i, kode_wilayah="99.99.99.9999") for i in (1, 2)]  # no known desa: nothing acceptable
    url = preview_url(post_upload(admin_client, csv_bytes(tmp_path, rows)))
    done = admin_client.post(url, mapping())
    snap = Snapshot.objects.get()
    assert snap.status == SnapshotStatus.FAILED
    assert upload_dirs() == [], "a failed import deletes its upload too"
    page = admin_client.get(done["Location"])
    body = text(page)
    assert "Impor gagal" in body and "Tidak ada baris yang dapat diterima dari 2 baris" in body
    assert "Coba impor lagi" in body and 'hx-trigger="every 1s"' not in page.content.decode()


def test_cancelling_a_preview_deletes_the_upload(admin_client, tmp_path):
    url = preview_url(post_upload(admin_client, csv_bytes(tmp_path, good_rows(1))))
    response = admin_client.post(url, {"action": "cancel"})
    assert response.status_code == 302 and response["Location"] == reverse("registry:snapshot_upload")
    assert upload_dirs() == [] and not Snapshot.objects.exists()
    assert admin_client.get(url).status_code == 404


def test_a_preview_belongs_to_whoever_uploaded_it(client, admin_client, make_user, tmp_path):
    url = preview_url(post_upload(admin_client, csv_bytes(tmp_path, good_rows(1))))
    client.force_login(make_user("admin_provinsi", ["35"]))
    assert client.get(url).status_code == 404
    assert client.post(url, mapping()).status_code == 404
    assert not Snapshot.objects.exists()


def test_abandoned_uploads_are_swept_but_queued_ones_are_left_to_their_task(admin_client, tmp_path):
    content = csv_bytes(tmp_path, good_rows(1))
    abandoned = uploads.uploads_root() / preview_url(post_upload(admin_client, content)).rstrip("/").split("/")[-1]
    queued = uploads.uploads_root() / preview_url(post_upload(admin_client, content)).rstrip("/").split("/")[-1]
    upload = uploads.upload_get(token=queued.name, user_id=int(admin_client.session["_auth_user_id"]))
    uploads.upload_mark_queued(upload, snapshot_id=999)
    old = time.time() - uploads.STALE_AFTER_SECONDS - 60
    for directory in (abandoned, queued):
        os.utime(directory, (old, old))
    post_upload(admin_client, content)
    assert not abandoned.exists() and queued.exists()


# Who may do what -----------------------------------------------------------------------------


@pytest.mark.parametrize("role", ["perencana", "fasilitator", "pemantau", "mitra"])
def test_only_importers_may_upload(client, make_user, tmp_path, role):
    client.force_login(make_user(role, ["35.13"]))
    assert client.get(reverse("registry:snapshot_upload")).status_code == 403
    assert post_upload(client, csv_bytes(tmp_path, good_rows(1))).status_code == 403
    assert upload_dirs() == []


def test_a_user_granted_the_import_may_upload(client, make_user, tmp_path):
    user = make_user("pemantau", ["35"])
    user.may_import_registry = True
    user.save()
    client.force_login(user)
    assert client.get(reverse("registry:snapshot_upload")).status_code == 200
    preview_url(post_upload(client, csv_bytes(tmp_path, good_rows(1))))


def test_the_rejected_rows_file_is_for_importers_only(client, make_user, tmp_path):
    snap = snapshot_import(
        acting_user=None,
        path=write_csv(tmp_path / "a.csv", [*good_rows(2), person(9, nama="")]),
        name="a",
        source="dtks",
        period="2025-11",
    )
    client.force_login(make_user("perencana", ["35.13"]))
    assert client.get(reverse("registry:snapshot_rejected", args=[snap.pk])).status_code == 403
    page = client.get(reverse("registry:snapshot_detail", args=[snap.pk]))
    assert page.status_code == 200 and "ditolak.csv" not in page.content.decode()


@pytest.fixture
def three_states(tmp_path):
    published = snapshot_import(
        acting_user=None,
        path=write_csv(tmp_path / "ok.csv", good_rows(2)),
        name="Terbit",
        source="dtks",
        period="2025-11",
    )
    failed = snapshot_start(acting_user=None, name="Gagal", source="dtks", period="2025-10")
    Snapshot.objects.filter(pk=failed.pk).update(status=SnapshotStatus.FAILED, error="Berkas rusak.")
    importing = snapshot_start(acting_user=None, name="Berjalan", source="p3ke", period="2025-09")
    Snapshot.objects.filter(pk=importing.pk).update(stage="membaca dan memeriksa berkas", progress=42)
    return published, Snapshot.objects.get(pk=failed.pk), Snapshot.objects.get(pk=importing.pk)


def test_the_list_hides_failed_and_running_imports_from_non_importers(
    client, admin_client, make_user, three_states, django_assert_max_num_queries
):
    published, failed, importing = three_states
    with django_assert_max_num_queries(6):
        body = text(admin_client.get(reverse("registry:snapshot_list")))
    assert all(name in body for name in ("Terbit", "Gagal", "Berjalan", "Impor snapshot", "Berkas rusak."))

    client.force_login(make_user("perencana", ["35.13"]))
    body = text(client.get(reverse("registry:snapshot_list")))
    assert "Terbit" in body and "Gagal" not in body and "Berjalan" not in body and "Impor snapshot" not in body
    for hidden in (failed, importing):
        assert client.get(reverse("registry:snapshot_detail", args=[hidden.pk])).status_code == 404
    assert client.get(reverse("registry:snapshot_detail", args=[published.pk])).status_code == 200


def test_the_status_partial_polls_while_importing_and_stops_when_done(admin_client, three_states):
    published, failed, importing = three_states
    running = admin_client.get(reverse("registry:snapshot_detail", args=[importing.pk]), HTTP_HX_REQUEST="true")
    body = running.content.decode()
    assert "<html" not in body and 'hx-trigger="every 1s"' in body
    assert 'style="width: 42%"' in body and "Membaca dan memeriksa berkas" in body
    assert f'href="{reverse("registry:snapshot_detail", args=[importing.pk])}"' in body, "a reload link without JS"
    for done in (published, failed):
        final = admin_client.get(reverse("registry:snapshot_detail", args=[done.pk]), HTTP_HX_REQUEST="true")
        assert 'id="snapshot-status"' in final.content.decode()
        assert "hx-trigger" not in final.content.decode() and "<html" not in final.content.decode()


def test_mitra_has_no_registry_pages(client, make_user, three_states):
    published = three_states[0]
    client.force_login(make_user("mitra", ["35.13"]))
    assert client.get(reverse("registry:lookup"), {"q": nik(17, 5, 85, 1)}).status_code == 403
    assert client.get(reverse("registry:snapshot_list")).status_code == 403
    assert client.get(reverse("registry:snapshot_detail", args=[published.pk])).status_code == 403
    assert "Data registri" not in client.get(reverse("home")).content.decode()


def test_the_snapshot_admin_is_read_only(admin_client, three_states):
    assert admin_client.get("/admin/registry/snapshot/").status_code == 200
    assert admin_client.get(f"/admin/registry/snapshot/{three_states[0].pk}/change/").status_code == 200
    assert admin_client.get("/admin/registry/snapshot/add/").status_code == 403


# Look-up -------------------------------------------------------------------------------------


@pytest.fixture
def family(tmp_path):
    kk = "3513010101200001"
    rows = [
        person(1, nik=nik(17, 5, 85, 1), no_kk=kk, nama="Sutrisno", hubungan_keluarga="Kepala Keluarga", desil="2"),
        person(2, nik=nik(20, 6, 88, 2, woman=True), no_kk=kk, nama="Siti Rahayu", jenis_kelamin="P", desil="2"),
        person(9, nik="3521011705850009", no_kk="3521010101200009", nama="Warga Ngawi", kode_wilayah="35.21.01.2001"),
    ]
    older = snapshot_import(
        acting_user=None, path=write_csv(tmp_path / "a.csv", rows), name="DTKS 2024", source="dtks", period="2024-06"
    )
    newer_rows = [dict(r, desil="4") for r in rows[:2]]
    newer = snapshot_import(
        acting_user=None,
        path=write_csv(tmp_path / "b.csv", newer_rows),
        name="DTSEN 2025",
        source="dtsen",
        period="2025-11",
    )
    return older, newer, kk


@pytest.mark.parametrize("role", ["fasilitator", "perencana"])
def test_look_up_shows_the_household_and_desil_history_in_the_users_region(client, make_user, family, role):
    older, newer, kk = family
    client.force_login(make_user(role, ["35.13"]))
    response = client.get(reverse("registry:lookup"), {"q": nik(20, 6, 88, 2, woman=True)})
    body = text(response)
    assert response.status_code == 200
    assert "Sutrisno" in body and "Siti Rahayu" in body and "Warga Ngawi" not in body
    assert "Ngadisari" in body and kk in body
    assert re.search(r"DTSEN 2025 DT-SEN 2025-11 4 DTKS 2024 DTKS 2024-06 2", body), "desil per snapshot"
    assert response.content.decode().count('badge bg-warning text-dark">dicari') == 2  # once per snapshot


def test_look_up_by_no_kk_shows_the_households_desil(client, make_user, family):
    client.force_login(make_user("perencana", ["35.13"]))
    body = text(client.get(reverse("registry:lookup"), {"q": "3513.0101.0120.0001"}))
    assert "Riwayat desil keluarga" in body and "Sutrisno" in body and "Siti Rahayu" in body


def test_look_up_never_reveals_a_person_outside_the_region(client, make_user, family):
    client.force_login(make_user("perencana", ["35.21"]))  # Ngawi
    response = client.get(reverse("registry:lookup"), {"q": nik(17, 5, 85, 1)})
    body = text(response)
    assert "NIK/No. KK tidak ditemukan di wilayah Anda" in body
    assert "Sutrisno" not in body and "DTKS 2024" not in body
    own = text(client.get(reverse("registry:lookup"), {"q": "3521011705850009"}))
    assert "Warga Ngawi" in own


def test_look_up_explains_a_mistyped_number(client, make_user, family):
    client.force_login(make_user("perencana", ["35.13"]))
    body = text(client.get(reverse("registry:lookup"), {"q": "35130157058"}))
    assert "NIK atau No. KK terdiri dari 16 digit; yang diketik 11 digit." in body
    assert "tidak ditemukan" not in body


def test_unmapped_sentinel_can_never_be_a_header():
    assert UNMAPPED.strip() != UNMAPPED
