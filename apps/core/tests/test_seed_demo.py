"""seed_demo builds a demo that obeys every program rule, through the services, exactly once."""

from __future__ import annotations

import datetime as dt
import io
import tempfile
from collections import Counter

import pytest
from django.core.management import CommandError, call_command

from apps.accounts.models import User
from apps.accounts.roles import Role
from apps.accounts.scope import restrict
from apps.audit.models import Action, AuditEvent
from apps.core.demo import (
    REGISTRY_ON,
    DemoPeople,
    Enrolled,
    ethnicity_of,
    nik_build,
    no_kk_build,
    old_spelling,
    registry_build,
    registry_spelling,
)
from apps.core.management.commands.seed_demo import DEMO_PASSWORD, DEMO_USERNAMES, demo_registry
from apps.core.nik import kk_check, nik_check
from apps.linkage.models import JobKind, MatchDecision, MatchJob
from apps.programs.models import Commodity, Group, GroupStatus, Member, MemberRole, Program, Target
from apps.programs.presets import COMMODITY_PRESETS, PRESET_CODES, presets_install
from apps.registry import gateway
from apps.registry.models import Snapshot, SnapshotStatus
from apps.wilayah.models import Wilayah

pytestmark = pytest.mark.django_db

DTSEN, DTKS = "DT-SEN Demo 2025-11", "DTKS Demo 2024-05"


@pytest.fixture(autouse=True)
def registry_dir(settings, tmp_path):
    """The demo snapshots go to a store of the test's own, never to var/registry."""
    settings.REGISTRY_DIR = tmp_path / "registry"
    return settings.REGISTRY_DIR


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
        "snapshots": Snapshot.objects.filter(name__in=[DTSEN, DTKS], status=SnapshotStatus.PUBLISHED).count(),
    }


def _snapshot(name: str) -> Snapshot:
    return Snapshot.objects.get(name=name, status=SnapshotStatus.PUBLISHED)


def _rows(snapshot: Snapshot) -> list[dict]:
    query, params = gateway.visible_rows([(snapshot.pk, snapshot.storage)])
    return gateway.fetch(query, params)


def _one_digit_off(nik: str) -> set[str]:
    return {nik[:i] + d + nik[i + 1 :] for i in range(16) for d in "0123456789" if d != nik[i]}


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


def test_seed_demo_imports_a_demo_registry_around_the_members(tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    output = _seed()

    new, old = _snapshot(DTSEN), _snapshot(DTKS)
    assert (new.source, new.period, old.source, old.period) == ("dtsen", "2025-11", "dtks", "2024-05")
    assert new.imported_by is None and old.imported_by is None  # the command line
    # Every row generated is accepted, and the counts are the generator's.
    expected = demo_registry(list(User.objects.filter(username__in=DEMO_USERNAMES)))
    for snapshot, rows in ((new, expected.rows()), (old, expected.rows(old=True))):
        assert snapshot.rows_read == snapshot.rows_accepted == len(rows), snapshot
        assert snapshot.rows_rejected == 0
        assert snapshot.households == len({r["no_kk"] for r in rows})
    assert 1_000 <= new.rows_accepted <= 3_000
    assert old.rows_accepted < new.rows_accepted
    # The swapped birth dates disagree with their NIK; nothing else is flagged.
    assert new.flag_counts == {"nik_tgl_lahir_beda": Counter(expected.varied.values())["tanggal_lahir"]}
    assert f"Snapshot demo: {DTSEN} ({new.rows_accepted:,} baris".replace(",", ".") in output
    assert DTKS in output
    assert not list(gateway.staging_dir().iterdir())
    assert not list(tmp_path.glob("berdaya-demo-*"))  # the CSV files are gone

    rows = _rows(new)
    with_nik = [r for r in rows if r["nik"]]
    by_nik = {r["nik"]: r for r in with_nik}
    assert len(by_nik) == len(with_nik) == len(rows) - 2 and len(rows) == len({r["id_individu"] for r in rows})
    for r in with_nik:
        assert nik_check(r["nik"]).errors == [], r
        assert kk_check(r["no_kk"]) == (r["no_kk"], None)
        assert r["nik"][:6] == r["kode_wilayah"].replace(".", "")[:6]
    households = {}
    for r in rows:
        households.setdefault(r["no_kk"], []).append(r)
    for people in households.values():
        assert len({p["kode_wilayah"] for p in people}) == len({p["desil"] for p in people}) == 1
        assert [p["hubungan_keluarga"] for p in people].count("Kepala Keluarga") == 1
    assert sum(1 for r in rows if r["desil"] <= 4) / len(rows) >= 0.6

    # ≥ 85 % of the active members are there (by their NIK, or one digit off on their own family
    # card: people born the same day in one kecamatan have neighbouring serials), some are not.
    members = list(Member.objects.filter(group__in=_demo_groups(), is_active=True))
    # Two members are registered without a NIK (and a birth year one off): found by name on their card.
    no_nik = {(r["nama"], r["no_kk"]): r for r in rows if not r["nik"]}
    found = {
        m.nik: by_nik.get(m.nik)
        or no_nik.get((m.name, m.no_kk))
        or next((by_nik[n] for n in _one_digit_off(m.nik) if n in by_nik and by_nik[n]["no_kk"] == m.no_kk), None)
        for m in members
    }
    blank = [m for m in members if found[m.nik] and not found[m.nik]["nik"]]
    assert len(blank) == 2
    assert all(found[m.nik]["tanggal_lahir"].year == m.birth_date.year + 1 for m in blank)
    present = [m for m in members if found[m.nik]]
    assert len(present) >= 0.85 * len(members)
    assert len(present) <= 0.95 * len(members)  # some are "not in the registry"
    typos = [m for m in present if found[m.nik]["nik"] not in (m.nik, None)]
    assert 1 <= len(typos) <= 3
    for m in present:
        r = found[m.nik]
        assert (r["no_kk"], r["kode_wilayah"], r["jenis_kelamin"]) == (m.no_kk, m.desa_id, m.sex), m
    renamed = [m for m in present if found[m.nik]["nama"] != m.name]
    swapped = [m for m in present if found[m.nik]["tanggal_lahir"] != m.birth_date and m not in blank]
    assert len(renamed) >= 0.08 * len(present)
    assert any(found[m.nik]["nama"].isupper() for m in renamed)
    assert 1 <= len(swapped) <= 5
    for m in swapped:
        born = found[m.nik]["tanggal_lahir"]
        assert (born.day, born.month, born.year) == (m.birth_date.month, m.birth_date.day, m.birth_date.year)
    assert 0.8 * len(present) <= len(present) - len(renamed) - len(swapped) - len(typos)
    # Mostly poor, but some above a program's maximum desil.
    rich = [m for m in present if found[m.nik]["desil"] >= 6]
    assert 0.05 * len(present) <= len(rich) <= 0.15 * len(present)
    assert all(found[m.nik]["desil"] <= 9 for m in present)
    # Namesakes: same name and sex in the member's desa, but someone else.
    namesakes = [
        m for m in members
        if any(r["nama"] == m.name and r["kode_wilayah"] == m.desa_id and r["jenis_kelamin"] == m.sex
               and r["tanggal_lahir"].year != m.birth_date.year for r in rows)
    ]  # fmt: skip
    assert len(namesakes) >= 3

    # The older delivery: mostly the same people and desil, some moved, some not there yet.
    old_rows = {r["nik"]: r for r in _rows(old)}
    both = set(old_rows) & set(by_nik)
    assert len(both) >= 0.9 * len(old_rows)
    assert len(set(by_nik) - set(old_rows)) >= 20
    moved = [n for n in both if old_rows[n]["desil"] != by_nik[n]["desil"]]
    assert 0.1 * len(both) <= len(moved) <= 0.5 * len(both)
    assert all(1 <= abs(old_rows[n]["desil"] - by_nik[n]["desil"]) <= 3 for n in moved)
    assert all(r["tanggal_lahir"] < dt.date(2024, 5, 1) for r in old_rows.values())


def test_second_run_adds_nothing_and_reset_rebuilds_only_the_demo(registry_dir, django_capture_on_commit_callbacks):
    _seed()
    first = _counts()
    admin_pk = User.objects.get(username="admin").pk
    niks = set(Member.objects.filter(group__in=_demo_groups()).values_list("nik", flat=True))
    snapshots = {s.name: s for s in Snapshot.objects.filter(name__in=[DTSEN, DTKS])}
    assert first["snapshots"] == 2

    output = _seed()

    assert "sudah ada" in output
    assert "bappeda.probolinggo" in output
    assert _counts() == first
    assert {s.name: s for s in Snapshot.objects.filter(name__in=[DTSEN, DTKS])} == snapshots

    # A demo without its snapshots (made before they existed, or a failed import) gets the missing one.
    gateway.unpublish_files(snapshots[DTKS].storage)
    snapshots[DTKS].delete()

    output = _seed()

    assert "Snapshot demo: DTKS Demo 2024-05" in output
    assert _counts() == first
    assert _snapshot(DTKS).file_sha256 == snapshots[DTKS].file_sha256  # the same delivery again
    assert _snapshot(DTSEN).pk == snapshots[DTSEN].pk
    snapshots[DTKS] = _snapshot(DTKS)

    # Matching runs and decisions against a demo snapshot go with it (a run protects its snapshot).
    job = MatchJob.objects.create(
        kind=JobKind.PROGRAM, snapshot=snapshots[DTSEN], program=Program.objects.get(code="kube"), region_id="35"
    )
    MatchDecision.objects.create(snapshot=snapshots[DTSEN], fingerprint="f" * 32, region_code="35")

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

    with django_capture_on_commit_callbacks(execute=True):
        output = _seed("--reset")

    assert "dihapus" in output
    assert Group.objects.filter(pk=theirs.pk).exists()
    theirs.delete()
    assert _counts() == first
    assert User.objects.get(username="admin").pk != admin_pk
    # Same seed, same synthetic people.
    assert set(Member.objects.filter(group__in=_demo_groups()).values_list("nik", flat=True)) == niks
    # The snapshots are rebuilt: new rows, the old files gone, the same content.
    assert not MatchJob.objects.filter(pk=job.pk).exists()
    assert not MatchDecision.objects.exists()
    for name, before in snapshots.items():
        after = _snapshot(name)
        assert after.pk != before.pk
        assert not Snapshot.objects.filter(pk=before.pk).exists()
        assert not (registry_dir / before.storage).exists()
        assert (registry_dir / after.storage / gateway.DATA_FILE).exists()
        assert (after.file_sha256, after.rows_accepted) == (before.file_sha256, before.rows_accepted)


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


def test_registry_spellings_are_the_same_person_written_otherwise():
    assert old_spelling("Suyono") == "Soejono"
    assert old_spelling("Joko") == "Djoko"
    assert old_spelling("Khasanah") == "Chasanah"
    assert old_spelling("Moch.") == "Moch."
    assert ethnicity_of("Muhammad Sholeh") == "madura"
    assert ethnicity_of("Sri Wahyuni") == "jawa"
    gen = DemoPeople(3)
    seen = set()
    for i in range(400):
        sex = "LP"[i % 2]
        name = gen.name(sex, ethnicity=("jawa", "madura")[i % 3 == 0])
        variant = registry_spelling(name, gen.rng, sex=sex)
        assert variant.upper() != name.upper(), name
        seen.add(variant)
    assert any(v.isupper() for v in seen) and any(not v.isupper() for v in seen)
    assert any(v.startswith(("MOCH.", "Moch.", "St. ", "ST. ")) for v in seen)


def test_demo_registry_is_deterministic_and_reserves_the_members_numbers():
    on = dt.date(2025, 3, 1)

    def registry(seed: int):
        gen = DemoPeople(1)
        members = []
        for i in range(60):
            desa = ("35.13.08.2001", "35.21.01.2002")[i % 2]
            p = gen.person(kecamatan_code=desa, sex="LP"[i % 3 == 0], on=on)
            members.append(Enrolled(p.nik, p.name, p.sex, p.birth_date, p.no_kk, p.address, desa))
        # A generator with its own seed hands out the same serials as the members' one did.
        return members, registry_build(DemoPeople(seed), members, birthplaces={"35.13": "Probolinggo"})

    members, first = registry(9)
    _, again = registry(9)

    assert first.rows() == again.rows() and first.rows(old=True) == again.rows(old=True)
    assert registry(10)[1].rows() != first.rows()
    assert len(first.absent) == 6 and len(first.present) == 54
    assert len(first.varied) == round(54 * 0.15)
    rows = first.rows()
    assert len({r["nik"] for r in rows if r["nik"]}) == len(rows) - 2  # two registered without a NIK
    by_nik = {m.nik: m for m in members}
    in_registry = {r["nik"] for r in rows if r["nik"] in by_nik}
    assert in_registry == set(first.present) - {n for n, kind in first.varied.items() if kind in ("nik", "tanpa_nik")}
    for r in rows:
        if r["nik"] in by_nik:  # the member, not someone else given their number
            assert (r["no_kk"], r["jenis_kelamin"]) == (by_nik[r["nik"]].no_kk, by_nik[r["nik"]].sex)
    assert all(r["tanggal_lahir"] < REGISTRY_ON.isoformat() for r in rows)


def test_reserved_numbers_are_not_handed_out_again():
    gen = DemoPeople(1)
    gen.reserve(niks=["3513084512900007"], no_kks=["3513080901150012"])

    assert gen.nik("35.13.08", dt.date(1990, 12, 5), "P") == "3513084512900008"
    assert gen.no_kk("35.13.08", dt.date(2015, 1, 9)) == "3513080901150013"
    assert gen.nik("35.13.08", dt.date(1990, 12, 5), "L") == "3513080512900001"
