import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction

from apps.audit.models import AuditEvent
from apps.core.errors import ApplicationError
from apps.programs.models import Member
from apps.programs.services import MemberData, member_add, member_remove, member_update
from apps.programs.services.members import MemberRejected
from tests.factories import first_desa, make_group, make_member, nik_for, program_kube

pytestmark = pytest.mark.django_db
BIRTH = dt.date(1985, 5, 17)


def data(group, *, sex="P", serial=1, birth=BIRTH, **kw):
    fields = dict(nik=nik_for(group.desa_id, birth, sex, serial), name="Siti Aminah", sex=sex, birth_date=birth)
    fields.update(kw)
    return MemberData(**fields)


def test_adding_a_member_is_audited_on_the_groups_page(planner, group):
    member = member_add(acting_user=planner, group=group, data=data(group, no_kk="3513010101200001"))
    assert (member.program_id, member.year, member.desa_id) == (group.program_id, group.year, group.desa_id)
    event = AuditEvent.objects.get(target_type="programs.member", target_id=str(member.pk))
    assert event.context_key == f"programs.group:{group.pk}"
    assert event.changes["NIK"] == [None, member.nik]


def test_wrong_nik_is_refused_with_the_reason(planner, group):
    with pytest.raises(MemberRejected) as err:
        member_add(acting_user=planner, group=group, data=data(group, nik="35130157058500"))
    assert ("nik", "NIK harus terdiri dari 16 digit angka (tertulis 14 digit).") in err.value.check.errors
    assert not Member.objects.exists()


def test_nik_disagreeing_with_sex_needs_confirmation_then_saves(planner, group):
    d = data(group, sex="P")
    d.sex = "L"  # the NIK says woman, the form says man
    with pytest.raises(MemberRejected) as err:
        member_add(acting_user=planner, group=group, data=d)
    assert [code for code, _ in err.value.check.warnings] == ["nik_sex"]
    assert not Member.objects.exists()
    member = member_add(acting_user=planner, group=group, data=d, confirmed_warnings=["nik_sex"])
    assert member.confirmed_warnings == ["nik_sex"]
    assert "Peringatan dikonfirmasi" in AuditEvent.objects.get(target_id=str(member.pk)).note


def test_group_size_maximum_is_enforced(planner, group):
    for i in range(5):
        make_member(group, serial=300 + i)
    with pytest.raises(MemberRejected, match="maksimal 5 anggota"):
        member_add(acting_user=planner, group=group, data=data(group, serial=9))


def test_sex_restriction_of_the_program(planner):
    wrse = program_kube(name="WRSE", sex_restriction="P", target="individual", group_size_max=None)
    group = make_group(wrse)
    with pytest.raises(MemberRejected, match="hanya perempuan"):
        member_add(acting_user=planner, group=group, data=data(group, sex="L", name="Budi"))


def test_one_active_membership_per_nik_per_program_year(planner, kube, group):
    member_add(acting_user=planner, group=group, data=data(group))
    other = make_group(kube, desa=first_desa("35.13"), name="Madu Lumbang")
    with pytest.raises(MemberRejected, match='sudah menjadi anggota aktif kelompok "'):
        member_add(acting_user=planner, group=other, data=data(group))
    # another year of the same program is fine
    next_year = make_group(kube, year=2026, name="Madu 2026")
    member_add(acting_user=planner, group=next_year, data=data(group))


def test_the_database_itself_refuses_a_second_active_membership(kube, group):
    member = make_member(group, serial=42)
    other = make_group(kube, desa=first_desa("35.13"), name="Lain")
    with pytest.raises(IntegrityError), transaction.atomic():
        Member.objects.create(
            group=other, program=kube, year=group.year, nik=member.nik, name="X", sex="L", desa_id=other.desa_id
        )


def test_clash_in_another_region_does_not_reveal_the_group_name(make_user, kube):
    ngawi_group = make_group(kube, desa=first_desa("35.21"), name="Rahasia Ngawi")
    ngawi_member = make_member(ngawi_group, serial=51)
    prob = make_user("perencana", ["35.13"])
    group = make_group(kube)
    d = MemberData(nik=ngawi_member.nik, name="Orang", sex="L", birth_date=BIRTH)
    with pytest.raises(MemberRejected) as err:
        member_add(acting_user=prob, group=group, data=d)
    text = " ".join(m for _, m in err.value.check.errors)
    assert "kelompok lain (di luar wilayah Anda)" in text
    assert "Rahasia Ngawi" not in text


def test_a_removed_member_frees_the_nik(planner, kube, group):
    member = member_add(acting_user=planner, group=group, data=data(group))
    with pytest.raises(ApplicationError, match="Isi alasan"):
        member_remove(acting_user=planner, member=member, reason=" ")
    member_remove(acting_user=planner, member=member, reason="Pindah domisili")
    other = make_group(kube, desa=first_desa("35.13"), name="Baru")
    assert member_add(acting_user=planner, group=other, data=data(group)).is_active
    assert AuditEvent.objects.filter(action="delete", target_id=str(member.pk)).get().note == "Pindah domisili"


def test_only_one_ketua_per_group(planner, group):
    member_add(acting_user=planner, group=group, data=data(group, serial=1, role="ketua"))
    with pytest.raises(MemberRejected, match="sudah memiliki ketua"):
        member_add(acting_user=planner, group=group, data=data(group, serial=2, role="ketua"))


def test_update_is_audited_and_keeps_the_rules(planner, group):
    member = member_add(acting_user=planner, group=group, data=data(group))
    member_update(acting_user=planner, member=member, data=data(group, name="Siti Aminah Rahayu"))
    event = AuditEvent.objects.get(action="update", target_id=str(member.pk))
    assert event.changes == {"nama": ["Siti Aminah", "Siti Aminah Rahayu"]}
    with pytest.raises(MemberRejected):
        member_update(acting_user=planner, member=member, data=data(group, nik="123"))


def test_future_birth_date_and_unknown_desa_are_refused(planner, group):
    d = data(group, birth=dt.date(2999, 1, 1))
    d.desa_code = "3513019999"
    with pytest.raises(MemberRejected) as err:
        member_add(acting_user=planner, group=group, data=d)
    fields = {f for f, _ in err.value.check.errors}
    assert {"birth_date", "desa"} <= fields


def test_read_only_roles_cannot_add_members(make_user, group):
    with pytest.raises(PermissionDenied):
        member_add(acting_user=make_user("pemantau", ["35"]), group=group, data=data(group))
