import pytest
from django.urls import reverse

from apps.audit.services import Action, audit_record
from tests.factories import make_group, make_member

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, admin_jatim):
    client.force_login(admin_jatim)
    return client


def test_group_list_query_count_does_not_grow_with_groups(admin_client, kube, django_assert_max_num_queries):
    for i in range(30):
        g = make_group(kube, name=f"Kelompok {i:02d}")
        make_member(g, serial=900 + i)
    with django_assert_max_num_queries(12):
        response = admin_client.get(reverse("programs:group_list"))
    body = response.content.decode()
    assert "30 kelompok" in body and "Halaman 1 dari 2" in body


def test_group_list_filters(admin_client, kube):
    make_group(kube, name="Lele Maron")
    make_group(kube, name="Madu Argopuro", status="active")
    body = admin_client.get(reverse("programs:group_list"), {"q": "lele"}).content.decode()
    assert "Lele Maron" in body and "Madu Argopuro" not in body
    body = admin_client.get(reverse("programs:group_list"), {"status": "active"}).content.decode()
    assert "Madu Argopuro" in body and "Lele Maron" not in body
    # region filter through the picker's fields (kecamatan Sukapura vs. Ngawi)
    body = admin_client.get(reverse("programs:group_list"), {"region_l1": "35", "region_l2": "35.21"}).content
    assert b"Madu Argopuro" not in body


def test_htmx_filter_returns_only_the_results_fragment(admin_client, kube):
    make_group(kube, name="Lele Maron")
    response = admin_client.get(
        reverse("programs:group_list"), {"q": "lele"}, HTTP_HX_REQUEST="true", HTTP_HX_TARGET="group-results"
    )
    body = response.content.decode()
    assert "Lele Maron" in body and "<html" not in body


def test_group_page_shows_the_latest_audit_entries_and_links_to_all(admin_client, admin_jatim, kube):
    group = make_group(kube)
    for i in range(20):
        audit_record(
            actor=admin_jatim,
            action=Action.UPDATE,
            target=group,
            region_code=group.desa_id,
            changes={"catatan": [str(i), str(i + 1)]},
        )
    url = reverse("programs:group_detail", args=[group.pk])
    body = admin_client.get(url).content.decode()
    assert body.count("<del>") == 15 and "Tampilkan semua 20 catatan" in body
    assert admin_client.get(url, {"audit": "semua"}).content.decode().count("<del>") == 20


def test_form_errors_are_in_indonesian(admin_client, kube):
    response = admin_client.post(reverse("programs:group_create"), {"name": "", "year": "dua ribu"})
    body = response.content.decode()
    assert "Kolom ini wajib diisi." in body
    assert "Tahun harus berupa angka" in body
