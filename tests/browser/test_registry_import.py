"""Registry snapshot import in a real Chromium: upload a CSV, check the preview and its column
mapping, start the import, read the summary, download the rejected rows, then look a NIK up.
Screenshots of the summary (desktop and phone width) go to test-results/."""

from __future__ import annotations

import csv

import pytest
from playwright.sync_api import expect

from apps.registry.models import Snapshot, SnapshotStatus
from apps.registry.tests.helpers import nik, person, write_csv
from tests.browser.conftest import PASSWORD, PHONE, SHOTS
from tests.factories import make_user

pytestmark = pytest.mark.browser


@pytest.fixture
def registry_settings(immediate_tasks, tmp_path):
    immediate_tasks.REGISTRY_DIR = tmp_path / "registry"
    return immediate_tasks


def test_import_a_snapshot_read_the_summary_and_look_a_nik_up(live_server, page, registry_settings, tmp_path):
    SHOTS.mkdir(exist_ok=True)
    make_user("admin_provinsi", ["35"], username="admin.registri", password=PASSWORD)
    kk = "3513010101200001"
    searched = nik(20, 6, 88, 2, woman=True)
    rows = [
        person(1, nik=nik(17, 5, 85, 1), no_kk=kk, nama="Sutrisno", hubungan_keluarga="Kepala Keluarga", desil="2"),
        person(2, nik=searched, no_kk=kk, nama="Siti Rahayu", jenis_kelamin="P", hubungan_keluarga="Istri", desil="2"),
        person(3, nik="3513011701100003", no_kk=kk, nama="Bagus", tanggal_lahir="2010-01-17", desil="2"),
        person(4, nama="", desil="2"),  # rejected: no name
        person(5, desil="12"),  # rejected: desil out of range
    ]
    upload = write_csv(tmp_path / "dtks-probolinggo.csv", rows)
    base = live_server.url

    page.goto(base + "/masuk/")
    page.fill("#id_username", "admin.registri")
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.click("nav >> text=Data registri")
    page.click("text=Impor snapshot")

    page.set_input_files("#id_file", str(upload))
    page.select_option("#id_source", "dtks")
    page.fill("#id_period", "2025-11")
    page.fill("#id_name", "DTKS Probolinggo Nov 2025")
    page.select_option("#id_preset", "canonical")
    page.click("#upload-submit")

    expect(page.locator("h1")).to_contain_text("Pratinjau dtks-probolinggo.csv")
    expect(page.locator("#preview-encoding")).to_have_text("UTF-8")
    expect(page.locator("#preview-rows")).to_contain_text("Siti Rahayu")
    expect(page.locator("#id_kolom-nik")).to_have_value("nik")
    expect(page.locator("#id_kolom-kode_wilayah")).to_have_value("kode_wilayah")
    page.screenshot(path=str(SHOTS / "registry-preview.png"), full_page=True)
    page.click("#confirm-import")

    expect(page.locator("#rows-equation")).to_contain_text("5 baris dibaca = 3 diterima + 2 ditolak")
    expect(page.locator("#reject-table")).to_contain_text("nama kosong")
    expect(page.locator("#coverage-table")).to_contain_text("Probolinggo")
    assert Snapshot.objects.get().status == SnapshotStatus.PUBLISHED
    page.screenshot(path=str(SHOTS / "registry-summary.png"), full_page=True)
    page.set_viewport_size(PHONE)
    page.screenshot(path=str(SHOTS / "registry-summary-phone.png"), full_page=True)

    with page.expect_download() as download_info:
        page.click("#download-rejected")
    download = download_info.value
    assert download.suggested_filename == "baris-ditolak-dtks-probolinggo-nov-2025.csv"
    with open(download.path(), encoding="utf-8", newline="") as f:
        rejected = list(csv.DictReader(f))
    assert sorted(r["id_individu"] for r in rejected) == ["P00004", "P00005"]

    page.goto(base + "/registri/")
    page.fill("#id_q", searched)
    page.click("button:has-text('Cari')")
    household = page.locator("section.card").first
    expect(household).to_contain_text("DTKS Probolinggo Nov 2025")
    expect(household).to_contain_text("Sutrisno")
    expect(household.locator("tr.table-warning")).to_contain_text("Siti Rahayu")
    expect(page.locator("#desil-history")).to_contain_text("2025-11")
    page.screenshot(path=str(SHOTS / "registry-lookup-phone.png"), full_page=True)
