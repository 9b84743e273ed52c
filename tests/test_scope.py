"""Scope: walk every URL of the app as users who must not see a group, and expect no leak.

The walker enumerates the URL resolver, so a page added later is walked without editing this
test; a new URL keyword it cannot fill fails the test until someone says how to fill it.
"""

from __future__ import annotations

import io

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from openpyxl import Workbook

from apps.audit.services import Action, audit_record
from apps.linkage.models import MatchJob, MatchRow
from apps.programs.models import MemberImport
from apps.registry.models import Snapshot
from tests.factories import make_group, make_member

pytestmark = pytest.mark.django_db

SKIP_PREFIXES = ("admin:", "login", "logout")
SECRET_GROUP = "Kelompok Rahasia Madu Lumbang"
SECRET_MEMBER = "Sumiati Rahasia"


def _walk(patterns, prefix="", namespace=""):
    for p in patterns:
        if isinstance(p, URLResolver):
            ns = f"{namespace}{p.namespace}:" if p.namespace else namespace
            yield from _walk(p.url_patterns, prefix + str(p.pattern), ns)
        elif isinstance(p, URLPattern) and p.name:
            yield f"{namespace}{p.name}", p


def all_named_urls():
    return [(name, p) for name, p in _walk(get_resolver().url_patterns) if not name.startswith(SKIP_PREFIXES)]


@pytest.fixture
def world(make_user, kube):
    facilitator = make_user("fasilitator", ["35.13"], username="fas-pemilik")
    group = make_group(kube, name=SECRET_GROUP, facilitator=facilitator)
    member = make_member(group, name=SECRET_MEMBER, serial=4242)
    audit_record(actor=facilitator, action=Action.CREATE, target=member, context=group, region_code=group.desa_id)
    wb = Workbook()
    wb.active.append(["NIK", "Nama"])
    buf = io.BytesIO()
    wb.save(buf)
    imp = MemberImport.objects.create(
        group=group,
        uploaded_by=facilitator,
        filename="rahasia.xlsx",
        sha256="0",
        rows=[
            {"row": 2, "raw": {"nik": member.nik, "name": SECRET_MEMBER}, "errors": ["x"], "warnings": [], "values": {}}
        ],
        rows_read=1,
        rows_rejected=1,
    )
    # A match of the group's members: its job and row carry the walker's pk, so every pemadanan URL
    # is asked for a real record of another scope.
    # (the snapshot itself is not regional data: kept off the walker's pk)
    snap = Snapshot.objects.create(
        pk=group.pk + 1000, name="scope-walk", source="dtsen", period="2025-11", status="published"
    )
    job = MatchJob.objects.create(
        pk=group.pk, kind="group", snapshot=snap, group=group, region_id=group.desa_id, created_by=facilitator,
        status="done", rows=1, possible=1,
    )  # fmt: skip
    MatchRow.objects.create(
        pk=group.pk, job=job, position=0, key=str(member.pk), member=member, fingerprint="x", status="possible",
        values={"nama": SECRET_MEMBER, "nik": member.nik}, inputs={"nama": SECRET_MEMBER, "nik": member.nik},
        candidates=[{"id_individu": "P1", "nama": SECRET_MEMBER, "nik": member.nik, "reasons": []}],
    )  # fmt: skip
    return {"group": group, "member": member, "import": imp, "program": kube}


def _kwargs(pattern, world):
    fill = {
        "pk": world["group"].pk,
        "member_pk": world["member"].pk,
        "import_pk": world["import"].pk,
        "code": world["program"].code,
        "fmt": "xlsx",
    }
    names = list(pattern.pattern.converters)
    missing = [n for n in names if n not in fill]
    assert not missing, f"scope walker: add a value for URL keyword(s) {missing} of {pattern.pattern}"
    return {n: fill[n] for n in names}


def _assert_no_leak(response, world, where):
    body = response.content.decode(errors="ignore") if response.content else ""
    for secret in (SECRET_GROUP, SECRET_MEMBER, world["member"].nik):
        assert secret not in body, f"{where} leaked {secret!r}"


@pytest.mark.parametrize("persona", ["other_kabupaten_planner", "other_facilitator", "other_province_admin"])
def test_no_url_leaks_a_group_outside_the_scope(client, make_user, world, persona):
    user = {
        "other_kabupaten_planner": lambda: make_user("perencana", ["35.21"]),  # Ngawi
        "other_facilitator": lambda: make_user("fasilitator", ["35.13"]),  # same kabupaten
        "other_province_admin": lambda: make_user("admin_provinsi", ["64"]),  # Kalimantan Timur
    }[persona]()
    client.force_login(user)
    walked = 0
    for name, pattern in all_named_urls():
        kwargs = _kwargs(pattern, world)
        url = reverse(name, kwargs=kwargs)
        touches_group = "pk" in kwargs
        for method in ("get", "post"):
            response = getattr(client, method)(url)
            _assert_no_leak(response, world, f"{method.upper()} {url}")
            if touches_group:
                # 405 (a POST-only URL answering GET) reveals nothing about the group either.
                allowed = {404} if method == "post" else {404, 405}
                assert response.status_code in allowed, f"{method.upper()} {url} gave {response.status_code}"
        walked += 1
    assert walked >= 15


def test_the_owner_sees_everything_the_walk_hides(client, world):
    """Guards the walk itself: with the right user the same URLs do show the secrets."""
    client.force_login(world["group"].facilitator)
    page = client.get(reverse("programs:group_detail", args=[world["group"].pk])).content.decode()
    assert SECRET_GROUP in page and SECRET_MEMBER in page and world["member"].nik in page
    assert SECRET_GROUP in client.get(reverse("programs:group_list")).content.decode()


def test_the_django_admin_is_scoped_too(client, make_user, world):
    client.force_login(make_user("admin_provinsi", ["64"]))
    for url in (
        "/admin/programs/group/",
        "/admin/programs/member/",
        "/admin/audit/auditevent/",
        f"/admin/programs/group/{world['group'].pk}/change/",
        f"/admin/programs/member/{world['member'].pk}/change/",
    ):
        response = client.get(url, follow=True)
        assert response.status_code == 200
        _assert_no_leak(response, world, url)


def test_only_admin_provinsi_reaches_the_django_admin(client, make_user, world):
    client.force_login(make_user("perencana", ["35.13"]))
    assert client.get("/admin/").status_code == 302
    client.force_login(make_user("admin_provinsi", ["35"]))
    assert client.get("/admin/").status_code == 200


def test_mitra_sees_groups_but_never_member_identifiers(client, make_user, world):
    client.force_login(make_user("mitra", ["35.13"]))
    page = client.get(reverse("programs:group_detail", args=[world["group"].pk])).content.decode()
    assert SECRET_GROUP in page
    assert world["member"].nik not in page
    assert world["member"].nik[:6] + "*" * 10 in page


def test_anonymous_users_are_sent_to_login(client, world):
    for name, pattern in all_named_urls():
        url = reverse(name, kwargs=_kwargs(pattern, world))
        response = client.get(url)
        assert response.status_code == 302 and "/masuk/" in response["Location"], url
