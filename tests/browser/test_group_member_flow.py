"""The key flow in a real Chromium: log in, create a group, add a member with a wrong NIK, read the
message, fix it, and find the change in the audit trail. Screenshots go to test-results/."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from apps.programs.models import Group, Member
from tests.browser.conftest import PASSWORD, SHOTS
from tests.factories import commodity, make_user, program_kube

pytestmark = pytest.mark.browser


def login(page, base, username):
    page.goto(base + "/masuk/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    expect(page.locator("h1")).to_contain_text("Selamat datang")


def pick(page, name, level, label):
    """Choose an option in the region cascade and wait for htmx to re-render the next level."""
    select = page.locator(f"#id_{name}_l{level}")
    select.select_option(label=label)
    if level < 4:
        expect(page.locator(f"#id_{name}_l{level + 1} option")).not_to_have_count(1)
    # htmx wires up swapped-in elements only after settling; a change fired before that is lost.
    page.wait_for_function(
        "() => !document.querySelector('.htmx-request, .htmx-swapping, .htmx-settling, .htmx-added')"
    )


def test_create_group_add_member_fix_nik_and_see_audit(live_server, page):
    SHOTS.mkdir(exist_ok=True)
    make_user("perencana", ["35.13"], username="bappeda.uji", password=PASSWORD)
    program = program_kube(name="KUBE Jatim")
    commodity("Kopi")
    base = live_server.url

    login(page, base, "bappeda.uji")
    page.click("text=Kelompok baru")
    page.fill("#id_name", "Kopi Arabika Ngadisari")
    page.select_option("#id_program", label="KUBE Jatim")
    page.fill("#id_year", "2025")
    pick(page, "desa", 2, "Kabupaten Probolinggo")
    pick(page, "desa", 3, "Sukapura")
    pick(page, "desa", 4, "Ngadisari")
    page.select_option("#id_commodity", label="Kopi")
    page.click("button:has-text('Simpan')")
    expect(page.locator("h1")).to_contain_text("Kopi Arabika Ngadisari")
    group = Group.objects.get(name="Kopi Arabika Ngadisari")
    assert (group.program, group.desa_id) == (program, "35.13.01.2001")

    page.click("text=Tambah anggota")
    page.fill("#id_nik", "351301570585001")  # 15 digits: one missing
    page.fill("#id_name", "Siti Aminah")
    page.check("input[name=sex][value=P]")
    page.fill("#id_birth_date", "1985-05-17")
    page.click("button:has-text('Simpan')")
    expect(page.locator(".invalid-feedback")).to_contain_text(
        "NIK harus terdiri dari 16 digit angka (tertulis 15 digit)"
    )
    page.screenshot(path=str(SHOTS / "member-wrong-nik.png"), full_page=True)
    assert not Member.objects.exists()

    page.fill("#id_nik", "3513015705850001")
    page.click("button:has-text('Simpan')")
    expect(page.locator(".alert-success")).to_contain_text("Siti Aminah ditambahkan")
    expect(page.locator("#member-table")).to_contain_text("3513015705850001")

    # Change the name and find old → new in the group's audit trail.
    page.click("a[aria-label='Ubah Siti Aminah']")
    page.fill("#id_name", "Siti Aminah Rahayu")
    page.click("button:has-text('Simpan')")
    trail = page.locator(".audit-trail")
    expect(trail).to_contain_text("Siti Aminah Rahayu")
    expect(trail.locator("del", has_text="Siti Aminah")).to_be_visible()
    expect(trail).to_contain_text("3513015705850001")
    expect(trail).to_contain_text("bappeda.uji")
    page.screenshot(path=str(SHOTS / "group-audit-trail.png"), full_page=True)


def test_member_warning_can_be_confirmed(live_server, page):
    make_user("perencana", ["35.13"], username="bappeda.uji2", password=PASSWORD)
    program = program_kube(name="KUBE Jatim")
    group = Group.objects.create(
        name="Madu Lumbang", program=program, year=2025, desa_id="35.13.01.2001", commodity=commodity("Madu")
    )
    login(page, live_server.url, "bappeda.uji2")
    page.goto(f"{live_server.url}/kelompok/{group.pk}/anggota/tambah/")
    page.fill("#id_nik", "3513015705850001")  # a woman's NIK …
    page.fill("#id_name", "Sutrisno")
    page.check("input[name=sex][value=L]")  # … typed as a man
    page.click("button:has-text('Simpan')")
    expect(page.locator("#nik-warnings")).to_contain_text("NIK menandakan perempuan")
    page.check("#confirm-warnings")
    page.click("button:has-text('Simpan')")
    expect(page.locator(".alert-success")).to_contain_text("Sutrisno ditambahkan")
    assert Member.objects.get().confirmed_warnings == ["nik_sex"]


def test_group_list_fits_a_phone_and_filters_with_htmx(live_server, phone_page):
    make_user("perencana", ["35.13"], username="bappeda.hp", password=PASSWORD)
    program = program_kube(name="KUBE Jatim")
    for name in ("Lele Maron", "Kopi Krucil"):
        Group.objects.create(
            name=name, program=program, year=2025, desa_id="35.13.01.2001", commodity=commodity("Lele")
        )
    page = phone_page
    login(page, live_server.url, "bappeda.hp")
    page.goto(live_server.url + "/kelompok/")
    expect(page.locator("#group-results")).to_contain_text("2 kelompok")
    page.fill("#id_q", "lele")
    expect(page.locator("#group-results")).to_contain_text("1 kelompok")
    expect(page).to_have_url(re.compile(r"q=lele"))
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"page is {overflow}px wider than a phone screen"
    page.screenshot(path=str(SHOTS / "group-list-phone.png"), full_page=True)
