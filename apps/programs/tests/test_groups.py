import pytest
from django.core.exceptions import PermissionDenied

from apps.audit.models import AuditEvent
from apps.core.errors import ApplicationError
from apps.programs.models import Group, GroupStatus
from apps.programs.services import group_create, group_transition, group_update
from apps.wilayah.models import Wilayah
from tests.factories import NGADISARI, commodity, first_desa, make_group, make_member, program_kube

pytestmark = pytest.mark.django_db


def _create(user, program, **overrides):
    fields = dict(
        name="Kopi Arabika Krucil",
        program=program,
        year=2025,
        desa=Wilayah.objects.get(code=NGADISARI),
        commodity=commodity("Kopi"),
    )
    fields.update(overrides)
    return group_create(acting_user=user, **fields)


def test_creating_a_group_records_who_and_what(make_user, kube):
    planner = make_user("perencana", ["35.13"])
    group = _create(planner, kube)
    assert group.status == GroupStatus.IDENTIFIED
    event = AuditEvent.objects.get(target_type="programs.group", target_id=str(group.pk))
    assert event.actor == planner
    assert event.action == "create"
    assert event.changes["nama kelompok"] == [None, "Kopi Arabika Krucil"]


def test_a_group_outside_the_users_region_is_refused(make_user, kube):
    ngawi_planner = make_user("perencana", ["35.21"])
    with pytest.raises(ApplicationError, match="di luar wilayah kerja Anda"):
        _create(ngawi_planner, kube)


def test_year_must_fall_within_the_program(make_user, kube):
    with pytest.raises(ApplicationError, match="di luar rentang"):
        _create(make_user("perencana", ["35.13"]), kube, year=2030)


def test_duplicate_name_in_the_same_desa_program_and_year_is_refused(make_user, kube):
    planner = make_user("perencana", ["35.13"])
    _create(planner, kube)
    with pytest.raises(ApplicationError, match="Sudah ada kelompok"):
        _create(planner, kube, name="kopi arabika krucil")


def test_read_only_roles_cannot_create_groups(make_user, kube):
    for role in ("pemantau", "opd_mitra", "mitra"):
        with pytest.raises(PermissionDenied):
            _create(make_user(role, ["35.13"]), kube)


def test_a_facilitator_creates_groups_for_themselves(make_user, kube):
    fac = make_user("fasilitator", ["35.13"])
    other = make_user("fasilitator", ["35.13"])
    group = _create(fac, kube, facilitator=other)
    assert group.facilitator == fac


def test_update_is_audited_old_to_new(make_user, kube):
    planner = make_user("perencana", ["35.13"])
    group = _create(planner, kube)
    group_update(acting_user=planner, group=group, name="Kopi Krucil Jaya", address="Dusun Krajan RT 01")
    event = AuditEvent.objects.filter(target_id=str(group.pk), action="update").get()
    assert event.changes["nama kelompok"] == ["Kopi Arabika Krucil", "Kopi Krucil Jaya"]
    assert event.changes["alamat sekretariat"] == ["", "Dusun Krajan RT 01"]


def test_moving_the_group_to_another_program_year_moves_its_members(make_user, kube):
    planner = make_user("admin_provinsi", ["35"])
    group = make_group(kube, year=2025)
    member = make_member(group)
    group_update(acting_user=planner, group=group, year=2026)
    member.refresh_from_db()
    assert member.year == 2026


def test_moving_is_refused_when_a_member_is_already_active_there(make_user, kube):
    planner = make_user("admin_provinsi", ["35"])
    group = make_group(kube, year=2025)
    member = make_member(group, serial=7)
    elsewhere = make_group(kube, year=2026, desa=first_desa("35.13"), name="Lain")
    twin = make_member(elsewhere, serial=8)
    twin.nik = member.nik
    twin.save()
    with pytest.raises(ApplicationError, match="sudah aktif di kelompok lain"):
        group_update(acting_user=planner, group=group, year=2026)


class TestTransitions:
    def test_next_step_needs_no_reason_and_is_recorded(self, make_user, kube):
        admin = make_user("admin_provinsi", ["35"])
        group = make_group(kube)
        for i in range(3):
            make_member(group, serial=100 + i)
        change = group_transition(acting_user=admin, group=group, to_status="proposed")
        group.refresh_from_db()
        assert group.status == "proposed"
        assert (change.from_status, change.to_status, change.by) == ("identified", "proposed", admin)
        assert AuditEvent.objects.filter(action="transition", target_id=str(group.pk)).exists()

    @pytest.mark.parametrize(
        ("start", "target"),
        [("identified", "approved"), ("funded", "proposed"), ("active", "inactive"), ("inactive", "active")],
    )
    def test_skipping_going_back_or_stopping_needs_a_reason(self, make_user, kube, start, target):
        admin = make_user("admin_provinsi", ["35"])
        group = make_group(kube, status=start)
        for i in range(3):
            make_member(group, serial=200 + i)
        with pytest.raises(ApplicationError, match="isi alasannya"):
            group_transition(acting_user=admin, group=group, to_status=target)
        group_transition(acting_user=admin, group=group, to_status=target, reason="Keputusan rapat 3 Maret")
        assert Group.objects.get(pk=group.pk).status == target

    def test_a_group_below_the_program_minimum_cannot_be_proposed(self, make_user, kube):
        admin = make_user("admin_provinsi", ["35"])
        group = make_group(kube)
        make_member(group)
        with pytest.raises(ApplicationError, match="minimal 3 anggota"):
            group_transition(acting_user=admin, group=group, to_status="proposed")

    def test_planners_of_other_roles_cannot_change_status(self, make_user, kube):
        group = make_group(kube)
        with pytest.raises(PermissionDenied):
            group_transition(acting_user=make_user("fasilitator", ["35.13"]), group=group, to_status="proposed")

    def test_same_status_is_refused(self, make_user, kube):
        with pytest.raises(ApplicationError, match="sudah berstatus"):
            group_transition(
                acting_user=make_user("admin_provinsi", ["35"]), group=make_group(kube), to_status="identified"
            )


def test_program_rules_are_data(db):
    big = program_kube(group_size_min=10, group_size_max=10, aid_ceiling_group=20_000_000)
    assert (big.group_size_max, big.aid_ceiling_group) == (10, 20_000_000)
