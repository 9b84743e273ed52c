"""Pemadanan in a real Chromium: upload an Excel list, follow the job to its summary, review a row
the matcher left open, download the annotated Excel, and "Padankan" a group then read its members'
eligibility. Screenshots (desktop and phone width) go to test-results/."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import Workbook, load_workbook
from playwright.sync_api import expect

from apps.linkage.models import MatchDecision
from apps.linkage.tests.conftest import DESA, import_registry, registry_rows
from apps.registry.tests.helpers import nik, person
from tests.browser.conftest import PASSWORD, PHONE, SHOTS
from tests.factories import make_group, make_member, make_user, program_kube

pytestmark = pytest.mark.browser


@pytest.fixture
def linkage_settings(immediate_tasks, tmp_path):
    immediate_tasks.REGISTRY_DIR = tmp_path / "registry"
    return immediate_tasks


def _login(page, base, username):
    page.goto(base + "/masuk/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")


def test_upload_review_and_download_an_annotated_list(live_server, page, linkage_settings, tmp_path):
    SHOTS.mkdir(exist_ok=True)
    make_user("opd_mitra", ["35.13"], username="dinsos.uji", password=PASSWORD)
    snapshot = import_registry(tmp_path, registry_rows(), name="DTSEN Probolinggo 2025-11")
    wb = Workbook()
    ws = wb.active
    ws.append(["DAFTAR CALON ANGGOTA KUBE"])  # a title block above the header, as offices send them
    ws.append([])
    ws.append(["No", "Nama Lengkap", "NIK", "Tgl Lahir", "Kode Desa"])
    ws.append([1, "BUDI SANTOSO", nik(17, 5, 80, 1), "17-05-1980", "3513012001"])
    ws.append([2, "Budi Santoso", nik(17, 5, 80, 1), "1980-05-17", DESA])  # listed twice: both to review
    ws.append([3, "H. SOEHARTO", "3519" + nik(8, 6, 50, 1)[4:], "1950-06-08", ""])
    ws.append([4, "Joko Widodo", "", "1961-06-21", DESA])
    # Mrs Budi Santoso, written after her husband, with her own NIK kept by Excel as a number.
    ws.append([5, "Ny. Budi Santoso", int(nik(10, 2, 83, 1, woman=True)[:15] + "0"), "Kraksaan, 10-02-1983", DESA])
    upload = tmp_path / "calon-kube.xlsx"
    wb.save(upload)
    base = live_server.url

    _login(page, base, "dinsos.uji")
    page.click("nav >> text=Pemadanan")
    page.select_option("#id_snapshot", str(snapshot.pk))
    page.set_input_files("#id_file", str(upload))
    page.click("#match-upload button[type=submit]")

    expect(page.locator("#job-counts")).to_contain_text("Cocok")
    expect(page.locator("#row-table")).to_contain_text("ejaan lama")
    expect(page.locator("#row-table")).to_contain_text("digit terakhir NIK jadi 0 (Excel)")
    page.screenshot(path=str(SHOTS / "pemadanan-hasil.png"), full_page=True)

    page.click("#review-link")
    card = page.locator(".review-row").first
    expect(card).to_contain_text("duplikat dalam daftar")
    page.screenshot(path=str(SHOTS / "pemadanan-periksa.png"), full_page=True)
    card.locator("button:has-text('Ini orangnya')").first.click()
    expect(page.locator(".alert-success").first).to_contain_text("Keputusan disimpan")
    assert MatchDecision.objects.count() == 1

    page.click("text=#")  # breadcrumb back to the job
    with page.expect_download() as info:
        page.click("#download-xlsx")
    saved = tmp_path / "hasil.xlsx"
    info.value.save_as(saved)
    rows = list(load_workbook(saved).active.values)
    assert rows[0][:5] == ("No", "Nama Lengkap", "NIK", "Tgl Lahir", "Kode Desa")
    statuses = {r[1]: r[5] for r in rows[1:]}
    assert statuses["BUDI SANTOSO"] == "matched"  # decided by the reviewer
    assert statuses["Budi Santoso"] == "possible"  # still waiting
    assert statuses["H. SOEHARTO"] == "matched" and statuses["Joko Widodo"] == "not_found"
    wife = next(r for r in rows[1:] if r[1] == "Ny. Budi Santoso")
    assert wife[5] == "matched" and wife[10] == "Siti Aminah"  # status, registry_nama


def test_padankan_a_group_and_read_the_eligibility_on_a_phone(live_server, browser, linkage_settings, tmp_path):
    SHOTS.mkdir(exist_ok=True)
    make_user("perencana", ["35.13"], username="bappeda.uji", password=PASSWORD)
    group = make_group(program_kube(registry_sources=["dtsen"], max_desil=2), name="KUBE Mawar")
    ok = make_member(group, name="Sumarni", sex="P", birth=dt.date(1975, 3, 4), serial=11)
    high = make_member(group, name="Paimin", birth=dt.date(1969, 8, 9), serial=12)
    rows = [
        person(1, nama="Sumarni", nik=ok.nik, jenis_kelamin="P", tanggal_lahir="1975-03-04", desil="1"),
        person(2, nama="Paimin", nik=high.nik, tanggal_lahir="1969-08-09", desil="6", no_kk="3513010101200009"),
        *[person(10 + i, nama=f"Warga {i}", nik=nik(1 + i, 2, 60, 100 + i)) for i in range(20)],
    ]
    import_registry(tmp_path, rows, name="DTSEN uji")
    context = browser.new_context(viewport=PHONE, locale="id-ID")
    page = context.new_page()
    try:
        _login(page, live_server.url, "bappeda.uji")
        page.goto(f"{live_server.url}/kelompok/{group.pk}/")
        page.click("#match-form button[type=submit]")
        expect(page.locator("#job-counts")).to_contain_text("2")
        page.click("text=halaman kelompok")
        page.click("text=Kelayakan anggota")
        table = page.locator("#eligibility-table")
        expect(table).to_contain_text("Sumarni")
        expect(table.locator("tr", has_text="Sumarni")).to_contain_text("Layak")
        expect(table.locator("tr", has_text="Paimin")).to_contain_text("desil 6 di atas batas program (2)")
        page.screenshot(path=str(SHOTS / "pemadanan-kelayakan-hp.png"), full_page=True)
    finally:
        context.close()
