"""seed_demo builds a demo that obeys every program rule, through the services, exactly once."""

from __future__ import annotations

import datetime as dt
import io
from collections import Counter

import pytest
from django.core.management import CommandError, call_command

from apps.accounts.models import User
from apps.accounts.roles import Role
from apps.accounts.scope import restrict
from apps.audit.models import Action, AuditEvent
from apps.core.demo import DemoPeople, nik_build, no_kk_build
from apps.core.management.commands.seed_demo import DEMO_PASSWORD, DEMO_USERNAMES
from apps.core.nik import kk_check, nik_check
from apps.programs.models import Commodity, Group, GroupStatus, Member, MemberRole, Program, Target
from apps.programs.presets import COMMODITY_PRESETS, PRESET_CODES, presets_install
from apps.wilayah.models import Wilayah

pytestmark = pytest.mark.django_db


def _seed(*args: str) -> str:
    out = io.StringIO()
    call_command("seed_demo", *args, stdout=out)
    return out.getvalue()


def _demo_groups():
    return Group.objects.filter(program__code__in=PRESET_CODES)


def _counts() -> dict[str, int]:
    return {
        "programs": Program.objects.filter(code__in=PRESET_CODES).count(),
        "commodities": Commodity.objects.count(),
        "groups": _demo_groups().count(),
        "members": Member.objects.filter(group__in=_demo_groups()).count(),
        "users": User.objects.filter(username__in=DEMO_USERNAMES).count(),
        "group_audit": AuditEvent.objects.filter(target_type="programs.group").count(),
        "member_audit": AuditEvent.objects.filter(target_type="programs.member").count(),
    }


def test_seed_demo_builds_a_believable_east_java_demo():
    output = _seed()

    groups = list(_demo_groups().select_related("program", "desa"))
    members = list(Member.objects.filter(group__in=groups, is_active=True).select_related("group__program"))

    # Regions and programs.
    kabupaten = {g.desa_id[:5] for g in groups}
    assert len(kabupaten) >= 3
    assert {"35.13", "35.21"} <= kabupaten
    assert set(Program.objects.filter(code__in=PRESET_CODES).values_list("code", flat=True)) == set(PRESET_CODES)
    assert {g.program.code for g in groups} == set(PRESET_CODES)

    # Groups at every stage, through the services (each has its history).
    assert len(groups) >= 40
    statuses = Counter(g.status for g in groups)
    assert len(statuses) >= 6
    assert GroupStatus.INACTIVE in statuses
    assert len({g.commodity_id for g in groups}) >= 8
    for g in groups:
        if g.status != GroupStatus.IDENTIFIED:
            assert g.status_changes.exists(), g
    for change in Group.objects.get(name="Kelompok Kopi Tani Makmur").status_changes.all():
        if change.to_status == GroupStatus.INACTIVE:
            assert change.reason

    # Members: enough, valid NIKs that agree with the person, living near their group.
    assert len(members) >= 200
    for m in members:
        check = nik_check(m.nik, sex=m.sex, birth_date=m.birth_date)
        assert check.errors == [] and check.warnings == [], (m, check.errors, check.warnings)
        assert kk_check(m.no_kk) == (m.no_kk, None)
        assert m.nik[:6] == m.desa_id.replace(".", "")[:6]
        assert m.desa_id[:8] == m.group.desa_id[:8], m  # same kecamatan
        assert m.confirmed_warnings == []
    assert len({m.nik for m in members}) == len(members)

    # Program rules.
    by_group = Counter(m.group_id for m in members)
    for g in groups:
        program = g.program
        if program.code == "kube":
            assert by_group[g.pk] == 5, g
        if g.status not in (GroupStatus.IDENTIFIED, GroupStatus.INACTIVE) and program.group_size_min:
            assert by_group[g.pk] >= program.group_size_min, g
        if program.group_size_max:
            assert by_group[g.pk] <= program.group_size_max, g
    assert all(m.sex == "P" for m in members if m.group.program.code == "wrse")
    assert Member.objects.filter(group__program__code="wrse").exists()
    for g in groups:
        if g.program.target == Target.GROUP and by_group[g.pk] >= 3:
            roles = Counter(m.role for m in members if m.group_id == g.pk)
            assert roles[MemberRole.KETUA] == roles[MemberRole.SEKRETARIS] == roles[MemberRole.BENDAHARA] == 1, g

    # One login per role, each seeing something of its own.
    users = {u.username: u for u in User.objects.filter(username__in=DEMO_USERNAMES)}
    assert {u.role for u in users.values()} == set(Role.values)
    for username, user in users.items():
        assert user.check_password(DEMO_PASSWORD)
        assert username in output
    assert DEMO_PASSWORD in output
    for username in ("fasilitator.krucil", "fasilitator.ngawi"):
        mine = restrict(Group.objects.all(), users[username])
        assert mine.exists()
        assert mine.count() == Group.objects.filter(facilitator=users[username]).count()
    assert not restrict(Group.objects.all(), users["bappeda.ngawi"]).filter(desa__code__startswith="35.13.").exists()

    # Audit rows, by the demo admin, dated in the group's own years rather than all "now".
    admin = users["admin"]
    group_events = AuditEvent.objects.filter(target_type="programs.group", action=Action.CREATE, actor=admin)
    assert group_events.count() == len(groups)
    assert AuditEvent.objects.filter(target_type="programs.member", action=Action.CREATE).count() >= len(members)
    assert AuditEvent.objects.filter(action=Action.TRANSITION, actor=admin).exists()
    old = Group.objects.get(name="Kelompok Gula Semut Manggar Sari")
    assert old.created_at.year == 2022
    assert all(e.at.date() < dt.date.today() for e in AuditEvent.objects.filter(context_key=f"programs.group:{old.pk}"))


def test_second_run_adds_nothing_and_reset_rebuilds_only_the_demo():
    _seed()
    first = _counts()
    admin_pk = User.objects.get(username="admin").pk
    niks = set(Member.objects.filter(group__in=_demo_groups()).values_list("nik", flat=True))

    output = _seed()

    assert "sudah ada" in output
    assert "bappeda.probolinggo" in output
    assert _counts() == first

    # A group someone else made in a preset program is not the demo's to delete.
    other_admin = User.objects.create_user(username="admin-kab", password="x-1234567", role=Role.ADMIN_PROVINSI)
    theirs = Group.objects.create(
        name="KUBE Buatan Pengguna",
        program=Program.objects.get(code="kube"),
        year=2025,
        desa_id=Wilayah.objects.filter(level=4, code__startswith="35.13.").order_by("code").first().code,
        commodity=Commodity.objects.get(name="Kopi"),
        created_by=other_admin,
    )

    output = _seed("--reset")

    assert "dihapus" in output
    assert Group.objects.filter(pk=theirs.pk).exists()
    theirs.delete()
    assert _counts() == first
    assert User.objects.get(username="admin").pk != admin_pk
    # Same seed, same synthetic people.
    assert set(Member.objects.filter(group__in=_demo_groups()).values_list("nik", flat=True)) == niks


def test_refuses_an_admin_that_is_not_the_demo_admin():
    User.objects.create_user(username="admin", password="x-1234567", role=Role.ADMIN_PROVINSI)

    with pytest.raises(CommandError, match="bukan akun demo"):
        _seed("--reset")

    assert User.objects.filter(username="admin").count() == 1
    assert not _demo_groups().exists()


def test_needs_regions_loaded_first():
    Wilayah.objects.filter(code__startswith="35.21.").delete()

    with pytest.raises(CommandError, match="Jalankan manage.py load_wilayah dulu"):
        _seed()


def test_presets_install_is_idempotent_and_audited():
    programs = presets_install()

    assert [p.code for p in programs] == list(PRESET_CODES)
    kube = Program.objects.get(code="kube")
    assert (kube.group_size_min, kube.group_size_max, kube.aid_ceiling_group) == (5, 5, 15_000_000)
    assert Program.objects.get(code="wrse").sex_restriction == "P"
    assert Program.objects.get(code="wub").training_only
    assert "Nomor 70 Tahun 2022" in Program.objects.get(code="peti-koin-bermantra").description
    created = AuditEvent.objects.filter(target_type="programs.program", action=Action.CREATE)
    assert created.count() == len(PRESET_CODES)
    assert all(e.actor is None for e in created)  # "sistem"
    before = (Program.objects.count(), Commodity.objects.count(), AuditEvent.objects.count())

    presets_install()

    assert (Program.objects.count(), Commodity.objects.count(), AuditEvent.objects.count()) == before
    assert set(Commodity.objects.values_list("name", flat=True)) >= {name for name, _ in COMMODITY_PRESETS}

    # A preset edited by hand is put back, and the correction is audited under the acting user.
    Program.objects.filter(code="kube").update(aid_ceiling_group=1)
    admin = User.objects.create_user(username="admin-uji", password="x-1234567", role=Role.ADMIN_PROVINSI)

    presets_install(acting_user=admin)

    assert Program.objects.get(code="kube").aid_ceiling_group == 15_000_000
    update = AuditEvent.objects.get(target_type="programs.program", action=Action.UPDATE)
    assert update.actor == admin


def test_demo_people_are_deterministic_and_their_numbers_are_valid():
    on = dt.date(2025, 3, 1)

    def people(seed: int) -> list:
        gen = DemoPeople(seed)
        return [
            gen.person(kecamatan_code="35.13.08", sex="P" if i % 2 else "L", on=on, ethnicity=("jawa", "madura")[i % 2])
            for i in range(300)
        ]

    first, again = people(7), people(7)

    assert first == again
    assert people(8) != first
    assert len({p.nik for p in first}) == len(first)
    assert len({p.no_kk for p in first}) == len(first)
    for p in first:
        check = nik_check(p.nik, sex=p.sex, birth_date=p.birth_date)
        assert check.errors == [] and check.warnings == [], p
        assert p.nik.startswith("351308") and p.no_kk.startswith("351308")
        assert 20 <= (on - p.birth_date).days // 365.25 <= 58
        assert p.address.startswith("Dusun ") and " RT " in p.address and " RW " in p.address
    assert nik_build("35.13.08.2001", dt.date(1990, 12, 5), "P", 1) == "3513084512900001"
    assert no_kk_build("351308", dt.date(2015, 1, 9), 12) == "3513080901150012"
