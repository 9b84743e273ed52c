import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from apps.registry.services import snapshot_import
from apps.registry.tests.helpers import nik, person, write_csv
from apps.registry.tests.test_targeting import NGADISARI, NGAWI, household
from tests.factories import make_group, make_member

pytestmark = pytest.mark.django_db


@pytest.fixture
def snaps(tmp_path):
    rows = household(1, NGADISARI, 1, 3) + household(2, NGADISARI, 5, 2) + household(7, NGAWI, 1, 2, kec="352101")
    a = snapshot_import(
        acting_user=None, path=write_csv(tmp_path / "a.csv", rows), name="dtks-2024", source="dtks", period="2024-06"
    )
    later = household(1, NGADISARI, 3, 3) + household(2, NGADISARI, 5, 2) + household(7, NGAWI, 1, 2, kec="352101")
    b = snapshot_import(
        acting_user=None, path=write_csv(tmp_path / "b.csv", later), name="dtsen-2025", source="dtsen", period="2025-11"
    )
    return a, b


def test_targeting_page_counts_in_scope(client, make_user, snaps):
    client.force_login(make_user("perencana", ["35.13"]))
    body = client.get(reverse("registry:targeting"), {"snapshot": snaps[0].pk, "max_desil": 2}).content.decode()
    assert 'id="targeting-summary"' in body
    assert "KK1-0" in body and "KK7-0" not in body  # Ngawi household is outside the scope


def test_locus_page_and_xlsx(client, make_user, snaps):
    client.force_login(make_user("admin_provinsi", ["35"]))
    params = {"snapshot": snaps[0].pk, "kabupaten": "35.13", "level": "desa"}
    body = client.get(reverse("registry:locus"), params).content.decode()
    assert "Ngadisari" in body
    response = client.get(reverse("registry:locus"), {**params, "format": "xlsx"})
    ws = load_workbook(io.BytesIO(response.content)).active
    assert ws["C4"].value == "Ngadisari" and ws["E4"].value == 1


def test_transitions_for_a_programs_members(client, make_user, kube, snaps):
    group = make_group(kube, desa=NGADISARI)
    member = make_member(group, serial=10)
    member.nik = nik(1, 2, 80, 10)  # KK1's head in the registry
    member.save()
    client.force_login(make_user("admin_provinsi", ["35"]))
    body = client.get(
        reverse("registry:transitions"), {"a": snaps[0].pk, "b": snaps[1].pk, "program": kube.pk, "year": group.year}
    ).content.decode()
    assert "1 orang di snapshot A" in body
    assert "KK1-0" in body


def test_mitra_cannot_open_planning_pages(client, make_user, snaps):
    client.force_login(make_user("mitra", ["35.13"]))
    for name in ("registry:targeting", "registry:locus", "registry:transitions"):
        assert client.get(reverse(name)).status_code == 403


def test_same_snapshot_twice_is_refused(client, make_user, snaps):
    client.force_login(make_user("admin_provinsi", ["35"]))
    body = client.get(reverse("registry:transitions"), {"a": snaps[0].pk, "b": snaps[0].pk}).content.decode()
    assert "Pilih dua snapshot yang berbeda." in body


def test_person_helper_sanity():
    assert person(1)["kode_wilayah"] == "35.13.01.2001"
